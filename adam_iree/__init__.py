"""adam_iree: Keras 3's Adam, compiled ahead of time by IREE, with its state on the device."""

from .optimizer import Adam, OptimizerVariable

__version__ = "0.1.0"
__all__ = ["Adam", "OptimizerVariable", "__version__"]

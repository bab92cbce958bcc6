"""adam_iree: Keras 3's Adam, compiled ahead of time by IREE, with its state on the device."""

from .checkpoint import CheckpointError
from .optimizer import Adam, OptimizerVariable, load

__version__ = "0.1.0"
__all__ = ["Adam", "CheckpointError", "OptimizerVariable", "load", "__version__"]

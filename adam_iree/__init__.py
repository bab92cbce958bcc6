"""adam_iree: Keras 3's Adam, compiled ahead of time by IREE, with its state on the device."""

import importlib

from .checkpoint import CheckpointError
from .optimizer import Adam, OptimizerVariable, load

# Imported on first use: they trace JAX code, and `import adam_iree` does not import JAX (an optimizer whose
# step is in the compile cache starts without it).
_LAZY = {"DynamicLossScale": ".train_step", "TrainStep": ".trainer", "compile_train_step": ".trainer"}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__version__ = "0.1.0"
__all__ = ["Adam", "CheckpointError", "DynamicLossScale", "OptimizerVariable", "TrainStep", "compile_train_step",
           "load", "__version__"]

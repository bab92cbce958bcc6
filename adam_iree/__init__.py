"""adam_iree: Keras 3's Adam, compiled ahead of time by IREE, with its state on the device."""

from .checkpoint import CheckpointError
from .optimizer import Adam, OptimizerVariable, load
from .train_step import DynamicLossScale
from .trainer import TrainStep, compile_train_step

__version__ = "0.1.0"
__all__ = ["Adam", "CheckpointError", "DynamicLossScale", "OptimizerVariable", "TrainStep", "compile_train_step",
           "load", "__version__"]

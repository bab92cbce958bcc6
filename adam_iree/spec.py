"""What a compiled step is, in plain Python: `StepSpec` and the names of the module that holds it.

Apart from step.py (the JAX math) so that a step found in the compile cache loads without importing JAX
(`compiler.compile_step`).
"""

from __future__ import annotations

import dataclasses
from typing import Optional

from .config import AdamConfig
from .layout import StateLayout

MODULE_NAME = "adam_iree"
STEP_FUNCTION = "step"
COUNTER_SLOT = 0  # the iteration counter's index among the state arrays and results (StateLayout)
# The custom call an array of undefined contents is exported as (train_step.uninitialized), which
# export.finish_module turns into IREE's `tensor.empty`.
UNINITIALIZED_TARGET = "adam_iree.uninitialized"


@dataclasses.dataclass(frozen=True)
class StepSpec:
    """What is static in a compiled step: hyper-parameters, layout and which variables have gradients."""

    config: AdamConfig
    layout: StateLayout
    present: tuple[bool, ...]
    # With gradient accumulation, which calls this step serves: None, any call (the device decides from
    # k); "update", only calls with (k + 1) % N == 0; "accumulate", only the others (no Adam math at all).
    phase: Optional[str] = None
    # Compiled with IREE's aggressive dispatch fusion (compiler.fuses_aggressively).
    fused: bool = False
    # A fused step's per-tensor clip factors built in rows of LEAF_BLOCK (step.per_element), else per element:
    # rows are cheaper on CPUs and CUDA, and without that fusion they are stored whole
    # (compiler.builds_factor_rows).
    factor_rows: bool = False
    # The norms' short row sums (leaves and trees) as products with a vector of ones (step.row_sums): IREE's
    # CPU code for those is vector multiply-adds, for a row reduction a chain of scalar adds
    # (on CPUs: compiler.step_choices).
    row_sums_by_dot: bool = False

    def __post_init__(self):
        if self.phase not in (None, "update", "accumulate"):
            raise ValueError(f"StepSpec.phase must be None, 'update' or 'accumulate'. Received: {self.phase!r}")
        if self.factor_rows and not self.fused:
            raise ValueError("StepSpec.factor_rows needs a fused step (without it the rows are stored whole)")
        if self.phase is not None and self.config.accumulation_steps is None:
            raise ValueError("StepSpec.phase needs gradient accumulation (config.accumulation_steps is None)")

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


@dataclasses.dataclass(frozen=True)
class StepSpec:
    """What is static in a compiled step: hyper-parameters, layout and which variables have gradients."""

    config: AdamConfig
    layout: StateLayout
    present: tuple[bool, ...]
    # With gradient accumulation, which calls this step serves: None, any call (the device decides from
    # k); "update", only calls with (k + 1) % N == 0; "accumulate", only the others (no Adam math at all).
    phase: Optional[str] = None
    # Compiled with IREE's aggressive dispatch fusion (compiler.fuses_aggressively): per-tensor clipnorm
    # then builds each element's member value in rows (step.per_element), which without that fusion are
    # stored whole.
    fused: bool = False

    def __post_init__(self):
        if self.phase not in (None, "update", "accumulate"):
            raise ValueError(f"StepSpec.phase must be None, 'update' or 'accumulate'. Received: {self.phase!r}")
        if self.phase is not None and self.config.accumulation_steps is None:
            raise ValueError("StepSpec.phase needs gradient accumulation (config.accumulation_steps is None)")

"""The step's calling conventions, for tests that compare them: what production exports, and the two that
format-2 artifacts used."""

from __future__ import annotations

import jax

from adam_iree.export import STEP_FUNCTION, export_step, finish_module, step_signature
from adam_iree.step import StepSpec, flat_step_fn

CONVENTIONS = ("production", "all_donated", "all_in_storage")


def step_text(spec: StepSpec, convention: str) -> str:
    """StableHLO of the step for `spec`. production: export_step (arrays donated, the counter into storage);
    all_donated: every state argument donated, nothing in storage; all_in_storage: nothing donated, every
    result written into trailing output-storage arguments."""
    n_state = len(spec.layout.device_arrays())
    signature = step_signature(spec)[:-1]  # state, grads, lr
    if convention == "production":
        return export_step(spec)
    if convention == "all_donated":
        lowered = jax.jit(flat_step_fn(spec), keep_unused=True, donate_argnums=tuple(range(n_state)))
        return finish_module(lowered.lower(*signature).as_text(), STEP_FUNCTION)
    if convention == "all_in_storage":
        lowered = jax.jit(flat_step_fn(spec), keep_unused=True).lower(*signature, *signature[:n_state])
        return finish_module(lowered.as_text(), STEP_FUNCTION, len(signature), n_state)
    raise ValueError(f"convention must be one of {CONVENTIONS}. Received: {convention!r}")


def storage_results(spec: StepSpec, convention: str) -> tuple[int, ...]:
    """The results `convention` writes into output-storage arguments, in argument order."""
    n_state = len(spec.layout.device_arrays())
    return {"production": (0,), "all_donated": (), "all_in_storage": tuple(range(n_state))}[convention]

"""A whole training step as one pure JAX function: loss, gradients and the Adam step, on packed state.

    loss, g = value_and_grad(loss_fn · s)(params, batch)      s = loss scale (1, static, or dynamic)
    finite  = all(isfinite(g))                                 (only with non-finite protection)
    state'  = adam_step(state, g / s_dyn, lr)                  (the static factor is unscaled by Adam, spec 1.7)
    state'  = finite ? state' : state                          (skip: x, m, v, k ... all unchanged)

Dynamic loss scaling follows Keras's `LossScaleOptimizer` (spec 1.13): a non-finite step halves the
scale and resets the counter; a finite step doubles the scale after `dynamic_growth_steps` finite
steps in a row. Everything is a `select` on the device, so no value goes back to the host to decide.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from typing import Any, Callable, NamedTuple, Optional, Sequence

import jax
import jax.numpy as jnp
import numpy as np
from jax.extend import core as jax_core
from jax.extend.mlir.dialects import stablehlo
from jax.interpreters import mlir

from .layout import StateLayout
from .spec import COUNTER_SLOT, UNINITIALIZED_TARGET
from .step import (NORM_REGIONS, REDUCTION_BLOCK, StepSpec, adam_step, flagged_finite, flagged_global_sums,
                   flatten_state, float32_bits, no_fusion, operand_lane_rows, unflatten_state)

TRAIN_FUNCTION = "train_step"
EXPONENT_BITS = 0x7F800000  # of a float32: all ones for inf and NaN


@dataclasses.dataclass(frozen=True)
class DynamicLossScale:
    """Keras `LossScaleOptimizer(inner, initial_scale, dynamic_growth_steps)` loss scaling, on the device."""

    initial_scale: float = 2.0**15
    dynamic_growth_steps: int = 2000

    def __post_init__(self):
        s = self.initial_scale
        if isinstance(s, bool) or not isinstance(s, (int, float)) or not math.isfinite(s) or s <= 0:
            raise ValueError(f"Argument `initial_scale` must be a positive finite float. Received: initial_scale={s!r}")
        n = self.dynamic_growth_steps
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
            raise ValueError("Argument `dynamic_growth_steps` must be an integer >= 1. "
                             f"Received: dynamic_growth_steps={n!r}")


class LossScaleState(NamedTuple):
    """Keras LossScaleOptimizer's own variables: `dynamic_scale` (float32) and `step_counter` (int32)."""

    scale: jax.Array
    counter: jax.Array


@dataclasses.dataclass(frozen=True)
class TrainSpec:
    """What is static in a compiled training step."""

    step: StepSpec
    loss_fn: Callable[[Any, Any], jax.Array]
    param_keys: Optional[tuple[str, ...]]  # the dict keys given to build, or None for a list
    batch_treedef: Any
    batch_leaves: tuple[jax.ShapeDtypeStruct, ...]
    skip_nonfinite: bool
    loss_scale: Optional[DynamicLossScale]

    @property
    def protected(self) -> bool:
        return self.skip_nonfinite or self.loss_scale is not None

    @property
    def n_loss_scale(self) -> int:
        return 0 if self.loss_scale is None else 2


# -- packed state <-> per-variable arrays (the JAX mirror of StateLayout.pack/unpack) ---------------
def packed_slice(flat: jax.Array, off: int, size: int, shape: tuple[int, ...]) -> jax.Array:
    """flat[off : off + size], for a variable of `shape`. Where the variable is whole and its rows (all but
    the first axis) line up with the buffer's, as rows of a 2-D view of the whole buffer: IREE copies a
    slice of an argument that is then reshaped out of it each call, while it reads rows of a reshaped whole
    argument in place (4 x 2048 x 2048 with global clipnorm: 4 copies of 16 MB a call, 40-41 -> 36-37 ms)."""
    row = math.prod(shape[1:]) if len(shape) > 1 else 0
    if row and size == row * shape[0] and off % row == 0 and flat.shape[0] % row == 0:
        return flat.reshape(-1, row)[off // row : off // row + shape[0]].reshape(-1)
    return flat[off : off + size]


def unpack_params(layout: StateLayout, flats: Sequence[jax.Array]) -> list[jax.Array]:
    """Per-variable parameter arrays, in build order, sliced out of the packed group buffers."""
    pieces: dict[int, list[tuple[int, jax.Array]]] = {v.index: [] for v in layout.variables}
    shapes = {v.index: v.shape for v in layout.variables}
    for group, flat in zip(layout.groups, flats):
        for i, off, start, size in group.pieces:
            pieces[i].append((start, packed_slice(flat, off, size, shapes[i])))
    out = []
    for v in layout.variables:
        parts = [p for _, p in sorted(pieces[v.index], key=lambda sp: sp[0])]
        if not parts:
            out.append(jnp.zeros(v.shape, v.dtype))
        else:
            out.append((parts[0] if len(parts) == 1 else jnp.concatenate(parts)).reshape(v.shape))
    return out


# An array the step writes whole before it reads it: StableHLO has no such op (jnp.zeros is a fill of the
# whole buffer), so it is exported as a custom call that export.finish_module turns into IREE's
# `tensor.empty`. Only for IREE: XLA has no such custom call.
uninitialized_p = jax_core.Primitive("adam_iree_uninitialized")
uninitialized_p.def_abstract_eval(lambda *, shape, dtype: jax.core.ShapedArray(shape, dtype))


def _uninitialized_lowering(ctx, *, shape, dtype):
    result = mlir.aval_to_ir_type(ctx.module_context, ctx.avals_out[0])
    return stablehlo.CustomCallOp([result], [], call_target_name=mlir.ir.StringAttr.get(UNINITIALIZED_TARGET)).results


mlir.register_lowering(uninitialized_p, _uninitialized_lowering)


def uninitialized(shape: tuple[int, ...], dtype) -> jax.Array:
    """An array of `shape` and `dtype` with undefined contents (IREE's tensor.empty once exported)."""
    return uninitialized_p.bind(shape=tuple(int(d) for d in shape), dtype=np.dtype(dtype))


def pack_gradients(layout: StateLayout, per_variable: Sequence[jax.Array]) -> list[jax.Array]:
    """One flat gradient per group, as `StateLayout.pack` builds it on the host (the pad zeros).

    Each group's pieces are written into an uninitialized buffer, the last piece first. IREE has a
    dispatch write its result straight into a buffer it updates (stream emplacement) only where that
    buffer was produced before the dispatch; backpropagation produces the gradient of the variable a model
    uses last first, and a model's variables are usually built in the order it uses them. A concatenation
    (written in offset order) had every piece but the first copied in (4 x 2048 x 2048 with global
    clipnorm: 3 copies of 16 MB a call, 30.8 -> 28.1 ms a step); zeros under the pieces, a fill of the
    whole buffer. Another order only costs copies."""
    flats = []
    for group in layout.groups:
        flat = uninitialized((group.storage_size,), group.dtype)
        if group.storage_size > group.size:
            flat = jax.lax.dynamic_update_slice(flat, jnp.zeros((group.storage_size - group.size,), group.dtype),
                                                (group.size,))
        assert sum(size for *_, size in group.pieces) == group.size, "a group's pieces cover its buffer"
        for i, off, start, size in reversed(group.pieces):
            if size == 0:
                continue
            flat = jax.lax.dynamic_update_slice(flat, per_variable[i].reshape(-1)[start : start + size], (off,))
        flats.append(flat)
    return flats


# -- protection ---------------------------------------------------------------------------------------
def largest_exponent(g: jax.Array) -> jax.Array:
    """The largest exponent field of g's elements, as float32 bits masked to it (int32): all ones
    (0x7F800000) where some element is inf or NaN. Taken in lanes as the norms sum squares
    (step.sum_of_squares), then in a tree: IREE reduces a whole array to one value in one workgroup, a
    chain of scalar ops on one core (4 x 2048 x 2048 with global clipnorm, `jnp.all(isfinite)` over the
    packed gradient: a protected step 44.3 -> 38.2 ms, 33.2 unprotected). Integer tests: step.float32_bits
    says why."""
    def exponent(x):
        return float32_bits(x) & EXPONENT_BITS
    lanes = operand_lane_rows((g,), NORM_REGIONS)
    if lanes is None:
        return jnp.max(exponent(g))
    partials = no_fusion(functools.reduce(jnp.maximum, (exponent(*row) for row in lanes)))
    while partials.shape[0] > REDUCTION_BLOCK:  # a tree, as step.blocked_sum's
        n, rows = partials.shape[0], partials.shape[0] // REDUCTION_BLOCK
        head = jnp.max(partials[: rows * REDUCTION_BLOCK].reshape(rows, REDUCTION_BLOCK), axis=1)
        partials = head if rows * REDUCTION_BLOCK == n else jnp.concatenate(
            [head, jnp.max(partials[rows * REDUCTION_BLOCK :])[None]])
    return jnp.max(partials)


def all_finite(arrays: Sequence[jax.Array]) -> jax.Array:
    """True iff no element of any array is inf or NaN (Keras `check_finite`)."""
    largest = [largest_exponent(a) for a in arrays if a.size]
    return functools.reduce(jnp.maximum, largest) != EXPONENT_BITS if largest else jnp.asarray(True)


def next_loss_scale(ls: LossScaleState, finite: jax.Array, growth_steps: int) -> LossScaleState:
    """Keras LossScaleOptimizer: non-finite → (scale·0.5, 0); finite and counter == growth−1 → (scale·2, 0);
    otherwise (scale, counter+1)."""
    grow = ls.counter == growth_steps - 1
    scale = jnp.where(finite, jnp.where(grow, ls.scale * 2.0, ls.scale), ls.scale * 0.5)
    counter = jnp.where(finite & ~grow, ls.counter + 1, jnp.zeros_like(ls.counter))
    return LossScaleState(scale.astype(jnp.float32), counter.astype(jnp.int32))


# -- the step -------------------------------------------------------------------------------------------
def params_container(spec: TrainSpec, per_variable: Sequence[jax.Array]):
    """The parameters in the container `loss_fn` was written for (the one given to build)."""
    per_variable = list(per_variable)
    return per_variable if spec.param_keys is None else dict(zip(spec.param_keys, per_variable))


def gradients_in_order(spec: TrainSpec, grads) -> list[jax.Array]:
    return list(grads) if spec.param_keys is None else [grads[k] for k in spec.param_keys]


def check_loss(loss: Any) -> jax.Array:
    loss = jnp.asarray(loss)
    if loss.shape != () or not jnp.issubdtype(loss.dtype, jnp.floating):
        raise ValueError("Argument `loss_fn` must return a scalar floating-point loss. "
                         f"Received a value of shape {loss.shape} and dtype {loss.dtype}.")
    return loss


def train_step(spec: TrainSpec, state, loss_scale: Optional[LossScaleState], batch, learning_rate):
    """One training step; returns (new Adam state, new loss-scale state or None, unscaled float32 loss)."""
    layout, config = spec.step.layout, spec.step.config
    params = params_container(spec, unpack_params(layout, [gs.param for gs in state.groups]))

    def objective(p):
        loss = check_loss(spec.loss_fn(p, batch))
        if loss_scale is not None:
            scaled = loss * loss_scale.scale  # LossScaleOptimizer.scale_loss
        elif config.loss_scale_factor is not None:
            scaled = loss * config.loss_scale_factor  # Optimizer.scale_loss, as model.fit calls it
        else:
            scaled = loss
        return scaled, loss

    (_, loss), grads = jax.value_and_grad(objective, has_aux=True)(params)
    grads = pack_gradients(layout, gradients_in_order(spec, grads))
    finite, global_sums = None, None
    if spec.protected:  # tested with the global norm where there is one, in the same read of the gradients
        global_sums = flagged_global_sums(spec.step, state, grads, None if loss_scale is None else loss_scale.scale)
        finite = all_finite(grads) if global_sums is None else flagged_finite(global_sums)
    if loss_scale is not None:
        grads = [(g / loss_scale.scale).astype(g.dtype) for g in grads]
    # The skip is made inside the step, each new value selected as it is computed: a select of the whole
    # new state after it failed to compile fused ("operand #0 does not dominate this use", IREE 3.13).
    new_state = adam_step(spec.step, state, grads, learning_rate, proceed=finite, global_sums=global_sums)
    new_scale = None
    if loss_scale is not None:
        new_scale = next_loss_scale(loss_scale, finite, spec.loss_scale.dynamic_growth_steps)
    return new_state, new_scale, loss.astype(jnp.float32)


def train_signature(spec: TrainSpec) -> list[jax.ShapeDtypeStruct]:
    """Arguments of the exported function, in calling order: state, loss-scale state, batch leaves, lr."""
    state = [jax.ShapeDtypeStruct(shape, dtype) for _, _, shape, dtype in spec.step.layout.device_arrays()]
    scale = [jax.ShapeDtypeStruct((), jnp.float32), jax.ShapeDtypeStruct((), jnp.int32)][: spec.n_loss_scale]
    return state + scale + list(spec.batch_leaves) + [jax.ShapeDtypeStruct((), jnp.float32)]


def flat_train_fn(spec: TrainSpec, with_counter: bool = False):
    """fn(*state, *loss_scale, *batch, lr[, *output_storage]) -> (*state, *loss_scale, loss[, counter]).

    Output-storage arguments (when asked for) are unused in the math; export ties them to the results.
    `with_counter`: the new iteration counter once more, last, for the host to read from mapped memory (a
    protected step may skip, and only the device knows)."""
    layout = spec.step.layout
    n_state = len(layout.device_arrays())
    n_scale = spec.n_loss_scale
    n_batch = len(spec.batch_leaves)

    def fn(*args):
        state = unflatten_state(layout, args[:n_state])
        pos = n_state
        ls = LossScaleState(*args[pos : pos + n_scale]) if n_scale else None
        pos += n_scale
        batch = jax.tree_util.tree_unflatten(spec.batch_treedef, args[pos : pos + n_batch])
        lr = args[pos + n_batch]
        new_state, new_ls, loss = train_step(spec, state, ls, batch, lr)
        flat = flatten_state(new_state)
        return (*flat, *(new_ls or ()), loss, *([flat[COUNTER_SLOT]] if with_counter else []))

    return fn

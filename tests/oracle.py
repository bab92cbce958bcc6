"""Running Keras (the oracle) and adam_iree side by side on the same gradients, and comparing them.

Tolerances (spec 1.11): Keras's own eager and jitted paths differ by up to 2-12 ulp per step; XLA's
and IREE's `pow` are both not correctly rounded (1 ulp for ~21% of t); reductions (clip norms)
sum in an implementation-defined order (1-12 ulp). The spec's suggested per-step acceptance is
rtol ~1e-6 / atol ~1e-7 for float32, "growing slowly with steps". We allow
    |ours - keras| <= RTOL·|keras| + ATOL·max|keras array|
where max|keras array| is taken over every array of the same kind (all parameters, all momentums, ...):
a small entry built by cancellation (m summing ±c terms to ~c/200) carries the absolute error of the
terms it was summed from, not of its own size. RTOL = ATOL = 1e-6·(1 + steps/10) for float32: that is the spec's per-step rtol, grown
linearly with the number of steps. Half precision has no bit-exact story at all (XLA CPU computes
bf16/f16 elementwise chains in f32 with excess precision; IREE rounds at other points), so there the
bound is 4 ulp of the dtype (eps·4), grown the same way. A real bug (a wrong formula, a missing 1-β
rounding = 1.3e-5 relative, a wrong t) is far outside these bounds.

Keras runs its step as `model.fit` runs it on JAX: `jax.jit(optimizer.stateless_apply)` (spec 1.1; 2-12 ulp
from eager Keras, spec 1.11.6, well inside the bounds above). That is one compiled program a step instead of
one small XLA program per op, as eager mode compiles them: about 8x faster, and Keras was most of a
differential test's time. Two cases stay eager. A plain callable learning rate: under jit it would be called
once, at tracing (spec 1.8), where Keras's eager `apply` calls it every step. Half-precision variables: jitted
XLA carries a fused bf16/f16 chain in float32 and rounds once at its end, so it overflows (inf, then NaN) where
per-op rounding, eager Keras's and ours, does not, and the other way round.
"""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import warnings

import jax
import jax.numpy as jnp
import keras
import ml_dtypes
import numpy as np
import pytest

import adam_iree
from adam_iree.targets import device_unavailable_reason, get_target


def where_it_runs(name: str):
    """`name` as a test parameter, skipped with the reason where this machine has no device for it."""
    reason = device_unavailable_reason(get_target(name))
    return pytest.param(name, marks=pytest.mark.skipif(reason is not None, reason=f"{name}: {reason}"))


def tolerance(dtype, steps: int, target="llvm-cpu") -> tuple[float, float]:
    """(rtol, atol) after `steps` steps: the target profile's per-step bound ([tolerance] in its file),
    grown linearly with the steps."""
    profile = get_target(target)
    grow = 1.0 + steps / 10.0
    if np.dtype(dtype) == np.float32:
        return profile.tolerance_float32 * grow, profile.tolerance_float32 * grow
    eps = float(ml_dtypes.finfo(np.dtype(dtype)).eps)
    return profile.tolerance_half_ulps * eps * grow, profile.tolerance_half_ulps * eps * grow


def assert_close(ours: np.ndarray, ref: np.ndarray, steps: int, what: str, tolerance_dtype=None,
                 scale: float | None = None, target="llvm-cpu") -> None:
    ours = np.asarray(ours)
    ref = np.asarray(ref)
    assert ours.shape == ref.shape, f"{what}: shape {ours.shape} != keras {ref.shape}"
    assert ours.dtype == ref.dtype, f"{what}: dtype {ours.dtype} != keras {ref.dtype}"
    if ref.dtype.kind in "iu":
        np.testing.assert_array_equal(ours, ref, err_msg=what)
        return
    rtol, atol = tolerance(tolerance_dtype or ref.dtype, steps, target)
    a = ours.astype(np.float64)
    b = ref.astype(np.float64)
    same_nonfinite = (np.isnan(a) & np.isnan(b)) | ((a == b) & ~np.isfinite(b))
    assert np.array_equal(np.isnan(a), np.isnan(b)), f"{what}: NaN pattern differs from Keras"
    finite = ~same_nonfinite
    if scale is None:
        scale = np.max(np.abs(b[np.isfinite(b)]), initial=0.0)
    err = np.abs(a - b)[finite]
    bound = (rtol * np.abs(b) + atol * scale)[finite]
    if err.size and not np.all(err <= bound):
        worst = int(np.argmax(err - bound))
        raise AssertionError(
            f"{what}: max |ours-keras| = {err.max():.3e} exceeds tolerance (rtol={rtol:.1e}, atol={atol:.1e}·"
            f"{scale:.3e}); worst element ours={a[finite][worst]!r} keras={b[finite][worst]!r}"
        )


SLOT_SUFFIXES = ("_velocity_hat", "_momentum", "_velocity", "_average", "_gradient_accumulator")


def slot_kind(name: str) -> str:
    return next((s for s in SLOT_SUFFIXES if name.endswith(s)), name)


def kind_scale(arrays: list[np.ndarray]) -> dict:
    """Largest finite magnitude per dtype over arrays of one kind (the atol reference)."""
    out: dict = {}
    for a in arrays:
        if a.dtype.kind in "iub" or not a.size:  # (bfloat16 has kind "V")
            continue
        finite = np.abs(a[np.isfinite(a)].astype(np.float64))
        out[a.dtype] = max(out.get(a.dtype, 0.0), float(finite.max(initial=0.0)))
    return out


def assert_like_keras(what: str, ours: list, refs: list, names: list[str], steps: int, kind_of=slot_kind,
                      shared_dtype=None, target="llvm-cpu") -> None:
    """`assert_close` of each of `ours` against Keras's value in `refs` (same order, named by `names`).
    atol's scale is the largest finite magnitude among the Keras values of the same kind (`kind_of(name)`:
    all parameters together, each slot kind apart) and dtype; `shared_dtype` is the bound's dtype for every
    floating value (SideBySide's global_clipnorm case)."""
    refs = [np.asarray(r) for r in refs]
    groups: dict[str, list[np.ndarray]] = {}
    for name, ref in zip(names, refs):
        groups.setdefault(kind_of(name), []).append(ref)
    scales = {kind: kind_scale(arrays) for kind, arrays in groups.items()}
    for name, value, ref in zip(names, ours, refs, strict=True):
        assert_close(np.asarray(value), ref, steps, f"{what} {name} after {steps} steps",
                     None if ref.dtype.kind in "iub" else shared_dtype,
                     scales[kind_of(name)].get(ref.dtype), target)


def keras_variable(path: str, value: np.ndarray) -> keras.Variable:
    """A Keras variable whose `path` is `path` ('scope/name' through a name scope)."""
    scope, _, name = path.rpartition("/")
    if scope:
        with keras.name_scope(scope):
            return keras.Variable(value, name=name, dtype=str(value.dtype))
    return keras.Variable(value, name=name, dtype=str(value.dtype))


def keras_step(optimizer, kvars: list):
    """`step(grads)`: one Keras `apply` of `grads` (in `kvars`' order, None for an absent gradient) to the
    built `optimizer`'s variables; jitted like `model.fit`, except for a plain callable learning rate or
    half-precision variables (module docstring)."""
    lr = optimizer._learning_rate
    plain_callable = callable(lr) and not isinstance(
        lr, (keras.Variable, keras.optimizers.schedules.LearningRateSchedule))
    if plain_callable or any(v.dtype != "float32" for v in kvars):
        return lambda grads: optimizer.apply(grads, kvars)
    compiled: dict = {}  # one jitted step per Python-side configuration (below); None patterns retrace inside

    def step(grads):
        # Tracing bakes in what Keras's step reads from Python attributes rather than variables: the
        # learning-rate object (a schedule assigned after build) and the weight-decay exclusions (set again
        # after build). A change of either gets a fresh trace; the entry holds them, so their ids stay unique.
        held = (optimizer._learning_rate, getattr(optimizer, "_exclude_from_weight_decay_cache", None))
        key = tuple(map(id, held))
        if key not in compiled:
            # A new function each time: JAX keys its traces on the function, and bound methods compare equal.
            compiled[key] = (jax.jit(lambda *values: optimizer.stateless_apply(*values)), held)
        new_params, new_slots = compiled[key][0](
            [v.value for v in optimizer.variables], grads, [v.value for v in kvars])
        for v, x in zip(kvars, new_params):
            v.assign(x)
        for v, x in zip(optimizer.variables, new_slots):
            v.assign(x)
    return step


class SideBySide:
    """The same configuration in Keras and in adam_iree, fed the same gradients."""

    def __init__(self, kwargs: dict, params: dict[str, np.ndarray], exclude=None, target: str = "llvm-cpu"):
        self.names = list(params)
        self.kvars = [keras_variable(n, p) for n, p in params.items()]
        self.keras = keras.optimizers.Adam(**kwargs)
        self.ours = adam_iree.Adam(target=target, **kwargs)
        self.target = target
        self.host_params = params
        if exclude:
            var_idx, names = exclude
            self.keras.exclude_from_weight_decay(var_list=[self.kvars[i] for i in var_idx], var_names=names)
            self.ours.exclude_from_weight_decay(var_list=[params[self.names[i]] for i in var_idx], var_names=names)
        self.ours.build(params)
        self.keras.build(self.kvars)
        self.keras_step = keras_step(self.keras, self.kvars)
        self.steps = 0
        # global_clipnorm scales every gradient by one norm; when half-precision tensors take part,
        # their per-tensor sums are rounded to half precision (in Keras too), so every variable
        # inherits the half-precision bound.
        dtypes = {np.dtype(p.dtype) for p in params.values()}
        low = [d for d in dtypes if d != np.float32]
        gc = kwargs.get("global_clipnorm")
        self.shared_dtype = max(low, key=lambda d: ml_dtypes.finfo(d).eps) if (gc and gc > 0 and low) else None

    def apply(self, grads: list) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # Keras sees JAX arrays, as in a real JAX training loop (NumPy bfloat16 arrays would make
            # Keras's own unscale promote to float32 and crash its accumulation cond).
            self.keras_step([None if g is None else jnp.asarray(g) for g in grads])
            self.ours.apply(dict(zip(self.names, grads)))
        self.steps += 1

    def compare(self) -> None:
        variables, params = self.ours.variables, self.ours.params  # (one download of each: all the state)
        names = [v.name for v in variables]
        assert names == [v.name for v in self.keras.variables]
        assert_like_keras("param", [params[n] for n in self.names], [kv.numpy() for kv in self.kvars],
                          self.names, self.steps, kind_of=lambda name: "param",
                          shared_dtype=self.shared_dtype, target=self.target)
        assert_like_keras("variable", [v.value for v in variables],
                          [v.numpy() for v in self.keras.variables], names, self.steps,
                          shared_dtype=self.shared_dtype, target=self.target)
        assert self.ours.iterations == int(self.keras.iterations)

"""Keras 3's six learning-rate schedules, written with jnp so they trace into the compiled step.

Same constructor arguments, defaults, validation messages and `get_config` as
`keras.optimizers.schedules` (spec section 3); `__call__(step)` is the same sequence of operations,
so it runs on the device from the on-device iteration counter (or eagerly on the host).
A Keras schedule object or config dict of one of these classes is converted to ours.
"""

from __future__ import annotations

import math
from typing import Any

import jax.numpy as jnp
import numpy as np


def _tensor(value) -> jnp.ndarray:
    """`ops.convert_to_tensor` on JAX: Python float -> float32, int -> int32 (strongly typed)."""
    if isinstance(value, bool):
        return jnp.asarray(value)
    if isinstance(value, int):
        return jnp.asarray(value, jnp.int32)
    if isinstance(value, float):
        return jnp.asarray(value, jnp.float32)
    return jnp.asarray(value)


def _cast(value, dtype) -> jnp.ndarray:
    return jnp.asarray(value).astype(dtype) if not isinstance(value, (int, float)) else jnp.asarray(value, dtype)


def _check_positive(name: str, value) -> None:
    if value <= 0:
        raise ValueError(f"Argument `{name}` must be > 0. Received: {name}={value}")


class LearningRateSchedule:
    """Base class; like Keras's, `__call__` and `get_config` must be implemented by subclasses."""

    def __call__(self, step):
        raise NotImplementedError(f"Learning rate schedule '{self.__class__.__name__}' must override `__call__(self, step)`.")

    def get_config(self) -> dict:
        raise NotImplementedError(f"Learning rate schedule '{self.__class__.__name__}' must override `get_config()`.")

    @classmethod
    def from_config(cls, config: dict) -> "LearningRateSchedule":
        return cls(**config)

    def __eq__(self, other) -> bool:
        return type(self) is type(other) and self.get_config() == other.get_config()

    def __hash__(self) -> int:
        return hash((type(self).__name__, repr(sorted(self.get_config().items()))))

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_config().items())
        return f"{type(self).__name__}({args})"


class _StepRatioDecay(LearningRateSchedule):
    """Shared by ExponentialDecay and InverseTimeDecay: same arguments, p = step / decay_steps
    (floored when `staircase`), then `_decay(init, rate, p)`."""

    def __init__(self, initial_learning_rate, decay_steps, decay_rate, staircase=False, name=None):
        self.initial_learning_rate = initial_learning_rate
        self.decay_steps = decay_steps
        self.decay_rate = decay_rate
        self.staircase = staircase
        self.name = name
        _check_positive("decay_steps", decay_steps)

    def __call__(self, step):
        init = _tensor(self.initial_learning_rate)
        dtype = init.dtype
        p = _cast(step, dtype) / _cast(self.decay_steps, dtype)
        if self.staircase:
            p = jnp.floor(p)
        return self._decay(init, _cast(self.decay_rate, dtype), p, dtype)

    def _decay(self, init, rate, p, dtype):
        raise NotImplementedError

    def get_config(self):
        return {"initial_learning_rate": self.initial_learning_rate, "decay_steps": self.decay_steps,
                "decay_rate": self.decay_rate, "staircase": self.staircase, "name": self.name}


class ExponentialDecay(_StepRatioDecay):
    """lr = init · rate^(step / decay_steps), the exponent floored when `staircase`."""

    def __init__(self, initial_learning_rate, decay_steps, decay_rate, staircase=False, name="ExponentialDecay"):
        super().__init__(initial_learning_rate, decay_steps, decay_rate, staircase, name)

    def _decay(self, init, rate, p, dtype):
        return init * ieee_pow(rate, p)


class PiecewiseConstantDecay(LearningRateSchedule):
    """values[i] on (boundaries[i-1], boundaries[i]], as a sum of indicator·value (boundaries in the step dtype)."""

    def __init__(self, boundaries, values, name="PiecewiseConstant"):
        if len(boundaries) != len(values) - 1:
            raise ValueError(
                "The length of boundaries should be 1 less than the length of values. "
                f"Received: boundaries={boundaries} of length {len(boundaries)}, and values={values} "
                f"of length {len(values)}."
            )
        self.boundaries = boundaries
        self.values = values
        self.name = name

    def __call__(self, step):
        step = _tensor(step)
        bounds = [_tensor(b) for b in self.boundaries]
        bounds = [b.astype(step.dtype) if b.dtype != step.dtype else b for b in bounds]
        values = [_tensor(v) for v in self.values]
        dtype = values[0].dtype
        result = jnp.asarray(0, dtype)
        result = result + (step <= bounds[0]).astype(dtype) * values[0]
        result = result + (step > bounds[-1]).astype(dtype) * values[-1]
        for low, high, value in zip(bounds[:-1], bounds[1:], values[1:-1]):
            result = result + ((step > low) & (step <= high)).astype(dtype) * value
        return result

    def get_config(self):
        return {"boundaries": self.boundaries, "values": self.values, "name": self.name}


class PolynomialDecay(LearningRateSchedule):
    """lr = (init − end)·(1 − s/D)^power + end; s capped at D, or D grown by whole cycles with `cycle`."""

    def __init__(self, initial_learning_rate, decay_steps, end_learning_rate=0.0001, power=1.0, cycle=False,
                 name="PolynomialDecay"):
        self.initial_learning_rate = initial_learning_rate
        self.decay_steps = decay_steps
        self.end_learning_rate = end_learning_rate
        self.power = power
        self.cycle = cycle
        self.name = name
        _check_positive("decay_steps", decay_steps)

    def __call__(self, step):
        init = _tensor(self.initial_learning_rate)
        dtype = init.dtype
        end = _cast(self.end_learning_rate, dtype)
        power = _cast(self.power, dtype)
        s = _cast(step, dtype)
        d = _cast(self.decay_steps, dtype)
        if self.cycle:
            multiplier = jnp.where(s == 0, 1.0, jnp.ceil(s / self.decay_steps))
            d = d * multiplier
        else:
            s = jnp.minimum(s, d)
        p = s / d
        return (init - end) * ieee_pow(1 - p, power) + end

    def get_config(self):
        return {"initial_learning_rate": self.initial_learning_rate, "decay_steps": self.decay_steps,
                "end_learning_rate": self.end_learning_rate, "power": self.power, "cycle": self.cycle,
                "name": self.name}


class InverseTimeDecay(_StepRatioDecay):
    """lr = init / (1 + rate · step/decay_steps), the ratio floored when `staircase`."""

    def __init__(self, initial_learning_rate, decay_steps, decay_rate, staircase=False, name="InverseTimeDecay"):
        super().__init__(initial_learning_rate, decay_steps, decay_rate, staircase, name)

    def _decay(self, init, rate, p, dtype):
        return init / (jnp.asarray(1, dtype) + rate * p)


class CosineDecay(LearningRateSchedule):
    """Cosine decay to alpha·from, optionally after a linear warmup from init to warmup_target."""

    def __init__(self, initial_learning_rate, decay_steps, alpha=0.0, name="CosineDecay", warmup_target=None,
                 warmup_steps=0):
        self.initial_learning_rate = initial_learning_rate
        self.decay_steps = decay_steps
        self.alpha = alpha
        self.name = name
        self.warmup_steps = warmup_steps
        self.warmup_target = warmup_target
        _check_positive("decay_steps", decay_steps)

    def _decay(self, s, decay_steps, decay_from, dtype):
        completed = s / decay_steps
        cosine = 0.5 * (1.0 + jnp.cos(jnp.asarray(math.pi, dtype) * completed))
        return decay_from * ((1 - self.alpha) * cosine + self.alpha)

    def __call__(self, step):
        init = _tensor(self.initial_learning_rate)
        dtype = init.dtype
        decay_steps = _cast(self.decay_steps, dtype)
        s = _cast(step, dtype)
        if self.warmup_target is None:
            return self._decay(jnp.minimum(s, decay_steps), decay_steps, init, dtype)
        target = _cast(self.warmup_target, dtype)
        warmup_steps = _cast(self.warmup_steps, dtype)
        s = jnp.minimum(s, decay_steps + warmup_steps)
        warm = (target - init) * (s / warmup_steps) + init
        return jnp.where(s < warmup_steps, warm, self._decay(s - warmup_steps, decay_steps, target, dtype))

    def get_config(self):
        return {"initial_learning_rate": self.initial_learning_rate, "decay_steps": self.decay_steps,
                "alpha": self.alpha, "name": self.name, "warmup_target": self.warmup_target,
                "warmup_steps": self.warmup_steps}


class CosineDecayRestarts(LearningRateSchedule):
    """SGDR: cosine decay restarting after first_decay_steps·t_mul^i steps, peaks scaled by m_mul^i."""

    def __init__(self, initial_learning_rate, first_decay_steps, t_mul=2.0, m_mul=1.0, alpha=0.0, name="SGDRDecay"):
        self.initial_learning_rate = initial_learning_rate
        self.first_decay_steps = first_decay_steps
        self._t_mul = t_mul
        self._m_mul = m_mul
        self.alpha = alpha
        self.name = name
        _check_positive("first_decay_steps", first_decay_steps)

    def __call__(self, step):
        init = _tensor(self.initial_learning_rate)
        dtype = init.dtype
        first = _cast(self.first_decay_steps, dtype)
        alpha = _cast(self.alpha, dtype)
        t_mul = _cast(self._t_mul, dtype)
        m_mul = _cast(self._m_mul, dtype)
        completed = _cast(step, dtype) / first
        if np.float32(self._t_mul) == 1.0:  # Keras's cond on t_mul == 1, static here
            i_restart = jnp.floor(completed)
            completed = completed - i_restart
        else:
            i_restart = jnp.floor(jnp.log((1.0 - completed * (1.0 - t_mul)).astype(dtype)) / jnp.log(t_mul))
            sum_r = (1.0 - ieee_pow(t_mul, i_restart)) / (1.0 - t_mul)
            completed = (completed - sum_r) / ieee_pow(t_mul, i_restart)
        m_fac = ieee_pow(m_mul, i_restart)
        cosine = 0.5 * m_fac * (1.0 + jnp.cos(jnp.asarray(math.pi, dtype) * completed))
        return init * ((1 - alpha) * cosine + alpha)

    def get_config(self):
        return {"initial_learning_rate": self.initial_learning_rate, "first_decay_steps": self.first_decay_steps,
                "t_mul": self._t_mul, "m_mul": self._m_mul, "alpha": self.alpha, "name": self.name}


BUILTIN = {c.__name__: c for c in (ExponentialDecay, PiecewiseConstantDecay, PolynomialDecay, InverseTimeDecay,
                                   CosineDecay, CosineDecayRestarts)}


def serialize(schedule: LearningRateSchedule) -> dict:
    """Keras's serialized form: {"module", "class_name", "config", "registered_name"}."""
    return {"module": "keras.optimizers.schedules", "class_name": type(schedule).__name__,
            "config": schedule.get_config(), "registered_name": None}


def deserialize(config: dict) -> LearningRateSchedule:
    """A built-in schedule from Keras's serialized form."""
    name = config.get("class_name")
    if name not in BUILTIN:
        raise ValueError(
            f"Argument `learning_rate`: unknown schedule class {name!r}; built-in ones are {sorted(BUILTIN)}. "
            "Pass a custom schedule object instead (it is evaluated on the host)."
        )
    return BUILTIN[name].from_config(config.get("config", {}))


def to_device_schedule(obj: Any) -> LearningRateSchedule | None:
    """Ours for one of ours or for a Keras built-in schedule object; None for a custom schedule."""
    if isinstance(obj, LearningRateSchedule) and type(obj).__name__ in BUILTIN and type(obj) is BUILTIN[type(obj).__name__]:
        return obj
    name = type(obj).__name__
    module = type(obj).__module__ or ""
    if name in BUILTIN and module.startswith("keras"):
        return BUILTIN[name].from_config(obj.get_config())
    return None


def ieee_pow(x, y):
    """x**y with IEEE/XLA special cases that IREE's exp(y·log x) lowering misses.

    pow(x, 0) = 1 for every x (NaN and 0 included) and a negative base with an integral exponent
    keeps its sign; elsewhere the plain pow (NaN for a negative base, as in XLA)."""
    x = jnp.asarray(x)
    y = jnp.asarray(y)
    magnitude = jnp.power(jnp.abs(x), y)
    integral = jnp.floor(y) == y
    odd = integral & (jnp.remainder(jnp.abs(y), 2) == 1)
    signed = jnp.where((x < 0) & odd, -magnitude, magnitude)
    result = jnp.where((x < 0) & ~integral, jnp.power(x, y), signed)
    return jnp.where(y == 0, jnp.ones_like(result), result)

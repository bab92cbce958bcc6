"""Constructor arguments of Keras 3 `Adam`: validation, defaults and (de)serialization.

This layer knows nothing about JAX or IREE. It turns user arguments into a frozen
`AdamConfig` and refuses exactly what Keras refuses (spec section 2), with Keras's messages.
"""

from __future__ import annotations

import collections
import dataclasses
import numbers
import warnings
from typing import Any, Callable, Union

LearningRate = Union[float, Callable[[], Any], Any]

# Keras auto-names optimizers "adam", "adam_1", ... per process (keras.src.utils.naming).
_NAME_UIDS: collections.Counter = collections.Counter()

LR_FLOAT = "float"
LR_CALLABLE = "callable"
LR_SCHEDULE = "schedule"

_LR_ERROR = (
    "Argument `learning_rate` should be float, or an instance of "
    "LearningRateSchedule, or a callable (that takes in the current iteration "
    "value and returns the corresponding learning rate value). "
    "Received instead: learning_rate={}"
)


def auto_name(prefix: str = "adam") -> str:
    """Return `prefix`, then `prefix_1`, `prefix_2`, ... like Keras's `uniquify`."""
    n = _NAME_UIDS[prefix]
    _NAME_UIDS[prefix] += 1
    return prefix if n == 0 else f"{prefix}_{n}"


def is_learning_rate_schedule(obj: Any) -> bool:
    """True for Keras `LearningRateSchedule` instances (duck-typed: Keras is optional)."""
    return any(cls.__name__ == "LearningRateSchedule" for cls in type(obj).__mro__)


def learning_rate_kind(learning_rate: Any) -> str:
    """Classify `learning_rate` as Keras does in `BaseOptimizer.__init__`."""
    if is_learning_rate_schedule(learning_rate):
        return LR_SCHEDULE
    if callable(learning_rate):
        return LR_CALLABLE
    if not isinstance(learning_rate, float):
        raise ValueError(_LR_ERROR.format(learning_rate))
    return LR_FLOAT


def _require_real(name: str, value: Any, allow_none: bool = False) -> None:
    # Keras accepts anything here and fails at the first update; every value here
    # is baked into the compiled step, so refuse non-numbers at construction.
    if value is None and allow_none:
        return
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        expected = "a float or None" if allow_none else "a float"
        raise TypeError(f"Argument `{name}` must be {expected}. Received: {name}={value!r}")


@dataclasses.dataclass(frozen=True)
class AdamConfig:
    """Every Keras `Adam` hyper-parameter, validated. Immutable: a new step is compiled per config."""

    learning_rate: LearningRate = 0.001
    beta_1: float = 0.9
    beta_2: float = 0.999
    epsilon: float = 1e-7
    amsgrad: bool = False
    weight_decay: float | None = None
    clipnorm: float | None = None
    clipvalue: float | None = None
    global_clipnorm: float | None = None
    use_ema: bool = False
    ema_momentum: float = 0.99
    ema_overwrite_frequency: int | None = None
    loss_scale_factor: float | None = None
    gradient_accumulation_steps: float | None = None
    name: str = "adam"

    @property
    def lr_kind(self) -> str:
        return learning_rate_kind(self.learning_rate)

    @property
    def accumulation_steps(self) -> float | None:
        """N of spec 1.9, or None when accumulation is off (0 and None both disable it)."""
        return self.gradient_accumulation_steps or None

    @property
    def clip_mode(self) -> str | None:
        """The one active clip mode of spec 1.5 (a value <= 0 silently disables it)."""
        if self.clipnorm and self.clipnorm > 0:
            return "clipnorm"
        if self.global_clipnorm and self.global_clipnorm > 0:
            return "global_clipnorm"
        if self.clipvalue and self.clipvalue > 0:
            return "clipvalue"
        return None

    @property
    def ema_overwrites(self) -> bool:
        """JAX flavour (spec 1.3 b): any non-None frequency, 0 included, overwrites."""
        return self.use_ema and self.ema_overwrite_frequency is not None


def make_config(
    learning_rate: LearningRate = 0.001,
    beta_1: float = 0.9,
    beta_2: float = 0.999,
    epsilon: float = 1e-7,
    amsgrad: bool = False,
    weight_decay: float | None = None,
    clipnorm: float | None = None,
    clipvalue: float | None = None,
    global_clipnorm: float | None = None,
    use_ema: bool = False,
    ema_momentum: float = 0.99,
    ema_overwrite_frequency: int | None = None,
    loss_scale_factor: float | None = None,
    gradient_accumulation_steps: float | None = None,
    name: str | None = None,
    **kwargs: Any,
) -> AdamConfig:
    """Validate Keras `Adam` arguments in Keras's order and with its messages (spec section 2)."""
    if kwargs.pop("decay", None) is not None:
        warnings.warn("Argument `decay` is no longer supported and will be ignored.", UserWarning, stacklevel=3)
    if kwargs:
        raise ValueError(f"Argument(s) not recognized: {kwargs}")
    if name is None:
        name = auto_name("adam")
    elif not isinstance(name, str):
        raise TypeError(f"Argument `name` must be a string or None. Received: name={name!r}")

    if gradient_accumulation_steps:
        _require_real("gradient_accumulation_steps", gradient_accumulation_steps)
        if not gradient_accumulation_steps >= 2:
            raise ValueError(
                "`gradient_accumulation_steps` must be an integer >= 2. "
                f"Received: gradient_accumulation_steps={gradient_accumulation_steps}"
            )
    if use_ema:
        _require_real("ema_momentum", ema_momentum)
        if ema_momentum > 1 or ema_momentum < 0:
            raise ValueError(f"`ema_momentum` must be in the range [0, 1]. Received: ema_momentum={ema_momentum}")
        if ema_overwrite_frequency and (
            not isinstance(ema_overwrite_frequency, int) or ema_overwrite_frequency < 1
        ):
            raise ValueError(
                "`ema_overwrite_frequency` must be an integer >= 1 or None. "
                f"Received: ema_overwrite_frequency={ema_overwrite_frequency}"
            )
    if sum(a is not None for a in (clipnorm, clipvalue, global_clipnorm)) > 1:
        raise ValueError(
            "Only one of `clipnorm`, `clipvalue` and `global_clipnorm` can be set. "
            f"Received: clipnorm={clipnorm}, clipvalue={clipvalue}, global_clipnorm={global_clipnorm}"
        )
    learning_rate_kind(learning_rate)

    for arg, value in (("beta_1", beta_1), ("beta_2", beta_2), ("epsilon", epsilon)):
        _require_real(arg, value)
    for arg, value in (
        ("weight_decay", weight_decay),
        ("clipnorm", clipnorm),
        ("clipvalue", clipvalue),
        ("global_clipnorm", global_clipnorm),
        ("loss_scale_factor", loss_scale_factor),
    ):
        _require_real(arg, value, allow_none=True)
    return AdamConfig(
        learning_rate=learning_rate,
        beta_1=beta_1,
        beta_2=beta_2,
        epsilon=epsilon,
        amsgrad=bool(amsgrad),
        weight_decay=weight_decay,
        clipnorm=clipnorm,
        clipvalue=clipvalue,
        global_clipnorm=global_clipnorm,
        use_ema=bool(use_ema),
        ema_momentum=ema_momentum,
        ema_overwrite_frequency=ema_overwrite_frequency,
        loss_scale_factor=loss_scale_factor,
        gradient_accumulation_steps=gradient_accumulation_steps,
        name=name,
    )


def serialize_learning_rate(learning_rate: LearningRate, float_value: float | None) -> Any:
    """`get_config()["learning_rate"]` as Keras writes it (spec section 2)."""
    kind = learning_rate_kind(learning_rate)
    if kind == LR_FLOAT:
        return float_value
    if kind == LR_SCHEDULE:
        return {
            "module": "keras.optimizers.schedules",
            "class_name": type(learning_rate).__name__,
            "config": learning_rate.get_config(),
            "registered_name": None,
        }
    return {
        "module": getattr(learning_rate, "__module__", None),
        "class_name": "function",
        "config": getattr(learning_rate, "__name__", repr(learning_rate)),
        "registered_name": "function",
    }


def config_to_dict(config: AdamConfig, float_learning_rate: float | None) -> dict:
    """Keras `Adam.get_config()`: same keys, same order."""
    return {
        "name": config.name,
        "learning_rate": serialize_learning_rate(config.learning_rate, float_learning_rate),
        "weight_decay": config.weight_decay,
        "clipnorm": config.clipnorm,
        "global_clipnorm": config.global_clipnorm,
        "clipvalue": config.clipvalue,
        "use_ema": config.use_ema,
        "ema_momentum": config.ema_momentum,
        "ema_overwrite_frequency": config.ema_overwrite_frequency,
        "loss_scale_factor": config.loss_scale_factor,
        "gradient_accumulation_steps": config.gradient_accumulation_steps,
        "beta_1": config.beta_1,
        "beta_2": config.beta_2,
        "epsilon": config.epsilon,
        "amsgrad": config.amsgrad,
    }


def learning_rate_from_config(value: Any, custom_objects: dict | None = None) -> LearningRate:
    """Deserialize `learning_rate` from a Keras config dict entry."""
    if not isinstance(value, dict):
        return value
    class_name = value.get("class_name")
    if custom_objects and class_name in custom_objects:
        obj = custom_objects[class_name]
        return obj.from_config(value.get("config", {})) if hasattr(obj, "from_config") else obj
    if value.get("module") == "keras.optimizers.schedules":
        from .schedules import deserialize

        return deserialize(value)
    raise ValueError(
        "Argument `learning_rate` is a serialized callable that cannot be rebuilt without its code: "
        f"{value!r}. Pass it in `custom_objects` under its class_name."
    )

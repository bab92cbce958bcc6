"""`adam_iree.Adam`: Keras 3's Adam with its state on an IREE device.

The public class only validates, keeps the host-side bookkeeping Keras has (names, exclusions,
learning-rate reads) and drives the layers below: layout → JAX step → export → compile → runtime.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import warnings
from typing import Any, Mapping, Sequence

import numpy as np

from . import config as cfg
from . import artifact
from .compiler import compile_step, step_choices, step_compile_flags
from .layout import (AVERAGE, GROUP_ALIGN, PARAM, SUPPORTED_DTYPES, StateLayout, VariableSpec, canonical_dtype,
                     round_up)
from .runtime import DeviceSession, LoadedStep, StateBuffers, lost_device_note
from .spec import COUNTER_SLOT, StepSpec
from .targets import DEFAULT_TARGET, TargetProfile, check_variable_dtypes, device_unavailable_reason, get_target


def schedule_on_device(config: cfg.AdamConfig) -> bool:
    """Whether the step computes the learning rate from the counter (a built-in schedule). JAX is imported
    only to look at a schedule: a float learning rate starts without it."""
    if config.lr_kind != cfg.LR_SCHEDULE:
        return False
    from .step import device_schedule

    return device_schedule(config) is not None


@dataclasses.dataclass(frozen=True)
class OptimizerVariable:
    """A host copy of one Keras optimizer variable (`optimizer.variables` entry)."""

    name: str
    path: str
    value: np.ndarray

    @property
    def shape(self) -> tuple[int, ...]:
        return self.value.shape

    @property
    def dtype(self) -> np.dtype:
        return self.value.dtype

    def numpy(self) -> np.ndarray:
        return self.value

    def __array__(self, dtype=None, copy=None):
        return self.value if dtype is None else self.value.astype(dtype)


class Adam:
    """Keras 3 `keras.optimizers.Adam`, compiled ahead of time by IREE, state resident on the device.

    Same arguments, defaults, validation and numbers as Keras (JAX backend); `target` picks the
    compile target profile from `targets/`. Typical use::

        opt = Adam(learning_rate=1e-3, weight_decay=0.004)
        opt.build({"dense/kernel": w, "dense/bias": b})
        opt.apply({"dense/kernel": gw, "dense/bias": gb})
        params = opt.params
    """

    def __init__(
        self,
        learning_rate: Any = 0.001,
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
        gradient_accumulation_steps: int | None = None,
        name: str | None = None,
        target: str = DEFAULT_TARGET,
        **kwargs: Any,
    ):
        self._config = cfg.make_config(
            learning_rate=learning_rate, beta_1=beta_1, beta_2=beta_2, epsilon=epsilon, amsgrad=amsgrad,
            weight_decay=weight_decay, clipnorm=clipnorm, clipvalue=clipvalue,
            global_clipnorm=global_clipnorm, use_ema=use_ema, ema_momentum=ema_momentum,
            ema_overwrite_frequency=ema_overwrite_frequency, loss_scale_factor=loss_scale_factor,
            gradient_accumulation_steps=gradient_accumulation_steps, name=name, **kwargs,
        )
        self._target = get_target(target)
        # A float learning rate lives in a float32 variable in Keras: keep it rounded the same way.
        self._lr_float = np.float32(learning_rate) if self._config.lr_kind == cfg.LR_FLOAT else None
        self._on_device_schedule = schedule_on_device(self._config)  # read once, not per step
        self._exclude_ids: set[int] = set()
        self._exclude_pattern: re.Pattern | None = None
        self._built = False
        self._layout: StateLayout | None = None  # set by build(), which compiles a step before it counts as built
        self._session: DeviceSession | None = None
        self._steps: dict[tuple[tuple[bool, ...], str | None], LoadedStep] = {}
        self._artifact: tuple[bytes, dict] | None = None  # a precompiled module and its manifest

    # -- properties ---------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._config.name

    @property
    def config(self) -> cfg.AdamConfig:
        return self._config

    @property
    def target(self) -> str:
        return self._target.name

    @property
    def driver(self) -> str:
        """The IREE runtime driver the step runs on: the target's, or local-sync for a state of at most
        the profile's `sync_up_to_params` parameters (decided at build)."""
        return (self._session.target if self._session is not None else self._target).driver

    @property
    def built(self) -> bool:
        return self._built

    def __getattr__(self, item: str) -> Any:
        # Hyper-parameters read like Keras attributes: opt.beta_1, opt.use_ema, ...
        if item.startswith("_") or item not in cfg.AdamConfig.__dataclass_fields__:
            raise AttributeError(item)
        return getattr(self._config, item)

    @property
    def learning_rate(self) -> float:
        """The current learning rate value (reads a callable/schedule, as Keras does)."""
        return self._read_learning_rate()

    @learning_rate.setter
    def learning_rate(self, value: Any) -> None:
        kind = cfg.learning_rate_kind(value)
        if kind == cfg.LR_FLOAT:
            if self._config.lr_kind == cfg.LR_SCHEDULE:
                raise TypeError(
                    "This optimizer was created with a `LearningRateSchedule` object as its `learning_rate` "
                    "constructor argument, hence its learning rate is not settable. If you need the learning "
                    "rate to be settable, you should instantiate the optimizer with a float `learning_rate` "
                    "argument."
                )
            if self._config.lr_kind == cfg.LR_FLOAT:
                self._lr_float = np.float32(value)
                return
            # Keras assigns into the untracked variable only if one exists; a callable lr has none.
            raise TypeError("This optimizer's learning rate is a callable; assign a callable or schedule instead.")
        self._config = dataclasses.replace(self._config, learning_rate=value)
        self._lr_float = None
        self._on_device_schedule = schedule_on_device(self._config)
        self._artifact = None  # a precompiled module holds the old learning rate's step
        if self._built:
            # The variable list loses `learning_rate`, and a built-in schedule is traced into the step:
            # recompile rather than keep steps made for the old learning rate.
            self._layout = dataclasses.replace(self._layout, has_learning_rate=False)
            self._steps = {}
            self._compile_common_step()

    @property
    def iterations(self) -> int:
        """Keras `optimizer.iterations`: k // N with accumulation, else k (read from the device)."""
        k = self._read_counter()
        n = self._config.accumulation_steps
        return k if n is None else (k // n)

    # -- build ----------------------------------------------------------------------------------------
    def build(self, params: Mapping[str, Any] | Sequence[Any]) -> None:
        """Create the device state for `params`: a dict (keys are the variable paths) or a list of arrays.

        Arrays may be NumPy or JAX; float64 becomes float32 as on JAX without x64."""
        if self._built:
            return
        if isinstance(params, Mapping):
            self._param_keys: list[str] | None = list(params.keys())
            for key in self._param_keys:
                if not isinstance(key, str) or not key:
                    raise TypeError(f"Argument `params` keys must be non-empty strings. Received key {key!r}")
            values = list(params.values())
            paths = self._param_keys
        elif isinstance(params, (list, tuple)):
            self._param_keys = None
            values = list(params)
            paths = ["variable"] * len(values)  # what an unnamed keras.Variable is called
        else:
            raise TypeError(
                "Argument `params` must be a dict of name -> array or a list of arrays. "
                f"Received: {type(params).__name__}"
            )
        if not values:
            raise ValueError("Argument `params` must hold at least one array. Received an empty collection.")
        self._param_objects = values
        self._ids = {id(v): i for i, v in enumerate(values)}
        host = []
        specs = []
        for i, (path, v) in enumerate(zip(paths, values)):
            arr = np.asarray(v)
            label = f"params[{path!r}]" if self._param_keys is not None else f"params[{i}]"
            dtype = canonical_dtype(arr.dtype, argument=label)
            specs.append(VariableSpec(i, path, tuple(int(d) for d in arr.shape), dtype))
            host.append(arr.astype(dtype, copy=False))  # uploaded, never kept: no host copy
        check_variable_dtypes([self._target], specs)
        self._specs = tuple(specs)
        self._layout = self._make_layout()
        if self._session is None:
            self._session = self._session_on(self._target)
        self._upload_state(0, host, None)
        self._built = True

    def _session_on(self, target: TargetProfile) -> DeviceSession:
        """A device session for this state on `target`, with the driver its size calls for (runtime_for)."""
        return DeviceSession(target.runtime_for(sum(v.size for v in self._specs)))

    def _make_layout(self) -> StateLayout:
        decayed = [self._use_weight_decay(v) for v in self._specs]
        limit = self._artifact[1]["max_group_bytes"] if self._artifact else self._target.max_storage_buffer_bytes
        return StateLayout.for_config(self._config, self._specs, decayed, limit)

    def _upload_state(self, k: int, params: list[np.ndarray], slots: dict[str, list[np.ndarray]] | None) -> None:
        """Upload the state; `slots=None` means all zeros (a fresh build)."""
        layout = self._layout
        arrays = [np.asarray(k, dtype=np.int32)]
        packed = {PARAM: layout.pack(params)}
        for s in layout.slots:
            # np.zeros is lazily zeroed memory: a fresh build's slots cost no host memory before the upload
            packed[s] = ([np.zeros(g.storage_size, g.dtype) for g in layout.groups] if slots is None
                         else layout.pack(slots[s]))
        for gi in range(len(layout.groups)):
            for slot in (PARAM, *layout.slots):
                arrays.append(packed[slot][gi])
        self._state = StateBuffers(self._session, arrays)
        self._grad_staging = [self._session.staging(shape, dt) for _, shape, dt in layout.grad_arrays()]
        self._lr_staging = self._session.staging((), np.dtype(np.float32))
        self._k_host = k
        self._steps = {}
        self._compile_common_step()

    def _compile_common_step(self) -> None:
        """Compile (or fetch from the cache) the all-gradients-present step now, not on the first apply."""
        for phase in self.step_phases():
            self._step_for(tuple(True for _ in self._specs), phase)

    # -- weight decay exclusions -------------------------------------------------------------------------
    def exclude_from_weight_decay(self, var_list: Sequence[Any] | None = None,
                                  var_names: Sequence[str] | None = None) -> None:
        """Exclude variables from weight decay, replacing any previous exclusion (Keras semantics).

        `var_list`: the arrays passed to `build` (matched by identity) or their dict keys.
        `var_names`: regex patterns searched in each variable's short name (last path component).
        Allowed after build too, as in Keras: it takes effect from the next call."""
        ids: set[int] = set()
        for v in var_list or []:
            ids.add(("key", v) if isinstance(v, str) else id(v))
        self._exclude_ids = ids
        if var_names:
            if isinstance(var_names, str) or not all(isinstance(n, str) for n in var_names):
                raise TypeError(f"Argument `var_names` must be a list of regex strings. Received: {var_names!r}")
            self._exclude_pattern = re.compile("|".join(set(var_names)))
        else:
            self._exclude_pattern = None
        if self._built:
            self._relayout()

    def _use_weight_decay(self, spec: VariableSpec) -> bool:
        if (id(self._param_objects[spec.index]) in self._exclude_ids or ("key", spec.path) in self._exclude_ids
                or ("index", spec.index) in self._exclude_ids):
            return False
        if self._exclude_pattern is not None and re.search(self._exclude_pattern, spec.name) is not None:
            return False
        return True

    def _relayout(self) -> None:
        """Re-pack the device state after the decay classes changed (download, re-pack, upload)."""
        params, slots = self._per_variable_state()
        k = self._read_counter()
        self._layout = self._make_layout()
        self._upload_state(k, params, slots)

    # -- state access -----------------------------------------------------------------------------------
    def _check_built(self, what: str) -> None:
        if not self._built:
            raise ValueError(f"`{what}` needs a built optimizer: call `optimizer.build(params)` first.")

    def _read_counter(self) -> int:
        if not self._built:
            return 0
        return int(self._state.read(0))

    def _state_index(self, group: int, slot: str) -> int:
        """Where `slot` (PARAM or a slot name) of group `group` is in the device state: after the counter,
        each group's parameters and then its slots."""
        kinds = (PARAM, *self._layout.slots)
        return 1 + group * len(kinds) + kinds.index(slot)

    def _per_variable(self, slots: Sequence[str]) -> dict[str, list[np.ndarray]]:
        """Host copies of `slots` (PARAM and/or slot names), per variable in Keras order. Downloads only those
        slots' buffers: on a discrete GPU one download is a device copy and a queue round trip."""
        groups = range(len(self._layout.groups))
        return {s: self._layout.unpack([self._state.read(self._state_index(g, s)) for g in groups]) for s in slots}

    def _per_variable_state(self) -> tuple[list[np.ndarray], dict[str, list[np.ndarray]]]:
        """Host copies of the parameters and of every slot, per variable in Keras order."""
        unpacked = self._per_variable((PARAM, *self._layout.slots))
        return unpacked.pop(PARAM), unpacked

    @property
    def params(self) -> dict[str, np.ndarray] | list[np.ndarray]:
        """Host copies of the parameters, in the container type given to `build`. Each access downloads every
        parameter: read it once, then index the copy."""
        self._check_built("params")
        params = self._per_variable((PARAM,))[PARAM]
        if self._param_keys is None:
            return params
        return dict(zip(self._param_keys, params))

    @property
    def variables(self) -> list[OptimizerVariable]:
        """Host copies of Keras's `optimizer.variables`: same names, order, shapes and dtypes (spec 4)."""
        return self._variables("3.10")

    def _variables(self, order: str) -> list[OptimizerVariable]:
        if not self._built:
            out = [OptimizerVariable("iteration", f"{self.name}/iteration", np.asarray(0, np.int32))]
            if self._config.lr_kind == cfg.LR_FLOAT:
                out.append(OptimizerVariable("learning_rate", f"{self.name}/learning_rate",
                                             np.asarray(self._lr_float, np.float32)))
            return out
        slots = self._per_variable(self._layout.slots)
        k = self._read_counter()
        out = []
        for name, slot, index in self._layout.keras_variables(order):
            if slot == "iteration":
                value = np.asarray(k, np.int32)
            elif slot == "learning_rate":
                value = np.asarray(self._lr_float, np.float32)
            else:
                value = slots[slot][index]
            out.append(OptimizerVariable(name, f"{self.name}/{name}", value))
        return out

    def finalize_variable_values(self) -> None:
        """With EMA, set every parameter to its moving average (Keras calls this at the end of fit)."""
        self._check_built("finalize_variable_values")
        if not self._config.use_ema:
            return
        for g in range(len(self._layout.groups)):
            self._state.replace(self._state_index(g, PARAM), self._state.read(self._state_index(g, AVERAGE)))

    # -- the step -------------------------------------------------------------------------------------
    def step_phases(self) -> tuple[str | None, ...]:
        """The step variants calls use: with gradient accumulation, one for update calls and one for pure
        accumulation calls (the host knows k, so a micro call does no Adam math), except from an artifact,
        whose single step decides on the device."""
        if self._config.accumulation_steps is None or self._artifact is not None:
            return (None,)
        return ("update", "accumulate")

    def _phase(self) -> str | None:
        """Which variant the next call runs (see `step_phases`)."""
        if self.step_phases() == (None,):
            return None
        return "update" if (self._k_host + 1) % self._config.accumulation_steps == 0 else "accumulate"

    def step_module(self, present: tuple[bool, ...], phase: str | None) -> tuple[bytes, tuple[int, ...]]:
        """The module (vmfb) this optimizer runs for a call with gradients `present` (per variable, build
        order) in `phase` (one of `step_phases()`), compiled or taken from its artifact, and the state slots
        its step writes into storage the caller passes (the rest are donated: updated in place). For tools
        that run the step outside the optimizer (`tools/profile_dispatches.py`); phase None is also the
        single step an artifact holds, which decides on the device whether a call updates."""
        if self._layout is None:  # build() itself calls this before the optimizer counts as built
            self._check_built("step_module")
        present = tuple(present)
        if len(present) != len(self._specs) or not all(isinstance(p, bool) for p in present):
            raise ValueError(f"Argument `present`: expected {len(self._specs)} bools, one per variable in build "
                             f"order; received {present!r}.")
        phases = tuple(dict.fromkeys((*self.step_phases(), None)))
        if phase not in phases:
            raise ValueError(f"Argument `phase`: expected one of {phases!r}; received {phase!r}.")
        targets = [self._target]
        spec = StepSpec(self._config, self._layout, present, phase, **step_choices(targets, self._config))
        if self._artifact is not None and all(present):
            return self._checked_artifact(spec), artifact.storage_results(self._artifact[1])
        siblings = [dataclasses.replace(spec, phase=other) for other in self.step_phases()
                    if phase is not None and other != phase]
        return (compile_step(spec, targets, extra_flags=step_compile_flags(targets, spec.fused), siblings=siblings),
                (COUNTER_SLOT,))

    def _step_for(self, present: tuple[bool, ...], phase: str | None) -> LoadedStep:
        step = self._steps.get((present, phase))
        if step is None:
            vmfb, storage = self.step_module(present, phase)
            all_tied = len(storage) == len(self._layout.device_arrays())  # a double-buffered format-2 module
            step = self._session.load_step(vmfb, tied=None if all_tied else storage)
            self._steps[(present, phase)] = step
        return step

    def _checked_artifact(self, spec: StepSpec) -> bytes:
        """The precompiled module, once its manifest is shown to describe exactly this step."""
        vmfb, abi = self._artifact
        ours = artifact.expected_manifest(spec, abi)
        for key in ("variables", "groups", "arguments"):
            if ours[key] != abi[key]:
                diff = next((f"{a} vs {b}" for a, b in zip(abi[key], ours[key]) if a != b),
                            f"{len(abi[key])} vs {len(ours[key])} entries")
                raise artifact.ArtifactError(f"the precompiled module's {key} differ from this optimizer's "
                                             f"(module vs ours: {diff}){artifact.older_padding_note(abi['format_version'])}")
        return vmfb

    def _read_learning_rate(self) -> float:
        kind = self._config.lr_kind
        lr = self._config.learning_rate
        if kind == cfg.LR_FLOAT:
            return float(self._lr_float)
        try:
            value = lr(np.int32(self._k_host if self._built else 0)) if kind == cfg.LR_SCHEDULE else lr()
            value = float(np.asarray(value))
        except Exception as e:
            raise ValueError(
                f"Argument `learning_rate`: evaluating the {kind} failed or did not give a scalar: {e}"
            ) from e
        return value

    def _failure(self, step: LoadedStep, error: Exception) -> str:
        if not step.donates_state:
            return (f"The compiled Adam step failed on target {self.target!r}; state unchanged: {error}"
                    + lost_device_note(error))
        # A donated state is written as the step runs: only a failure before it ran leaves it whole.
        return (f"The compiled Adam step failed on target {self.target!r}: {error}. IREE checks a call's arguments "
                "before running it, so a refused call changes nothing; a device fault during the step can leave "
                "the in-place state partly updated (reload a checkpoint)." + lost_device_note(error))

    def _write_learning_rate(self) -> None:
        """Hand this call's learning rate to the device (a built-in schedule runs on the device instead)."""
        if not self._on_device_schedule:
            self._lr_staging.write_if_changed(np.float32(self._read_learning_rate()))

    def apply_gradients(self, grads_and_vars: Sequence[tuple[Any, Any]]) -> int:
        """Keras `apply_gradients`: pairs of (gradient, variable); returns the raw iteration count."""
        grads, variables = zip(*grads_and_vars)
        self.apply(list(grads), list(variables))
        return self._k_host

    def apply(self, grads: Sequence[Any] | Mapping[str, Any], trainable_variables: Sequence[Any] | None = None) -> None:
        """One optimizer step on the device (Keras `apply`).

        `grads`: a list in build order (None entries are skipped with a warning), or a dict keyed like
        `build`'s dict (a subset updates only those variables). `trainable_variables`: optionally the
        arrays given to `build`, matched by identity, to update a subset in any order; on the first
        call it builds the optimizer. Everything is checked before the device runs: a refused call
        changes nothing."""
        if len(grads) == 0:
            return
        if not self._built:
            if trainable_variables is None:
                raise ValueError(
                    "When passing `grads` without `variables`, the optimizer must already be built on a list "
                    "of variables. Call `optimizer.build(trainable_variables)` first. "
                )
            self.build(trainable_variables)
        per_var, explicit_none = self._match_gradients(grads, trainable_variables)
        present = tuple(g is not None for g in per_var)
        if not any(present):
            raise ValueError("No gradients provided for any variable.")
        if explicit_none:
            warnings.warn(
                f"Gradients do not exist for variables {explicit_none} when minimizing the loss. If using "
                "`model.compile()`, did you forget to provide a `loss` argument?",
                UserWarning,
                stacklevel=2,
            )
        self._write_learning_rate()
        step = self._step_for(present, self._phase())
        if all(s.host is not None for s in self._grad_staging):  # mapped: one copy, straight into the buffer
            self._layout.pack_into(per_var, [s.host for s in self._grad_staging])
        else:
            for staging, flat in zip(self._grad_staging, self._layout.pack(per_var)):
                staging.write(flat)
        self._run(step)

    def gradient_buffers(self) -> dict[str, np.ndarray] | list[np.ndarray]:
        """Writable views of the device's gradient staging memory, one per variable, in the container given
        to `build`. Write gradients into them in place (`np.copyto(bufs[k], g)`, `out=` of a ufunc, a
        loss function's output buffer) and call `apply_staged()`: the step then reads them with no copy.

        Needs host-visible device memory (CPUs, integrated and mobile GPUs; not discrete GPUs, which get
        `apply`), and variables that are not split across storage buffers."""
        self._check_built("gradient_buffers")
        if any(s.host is None for s in self._grad_staging):
            raise RuntimeError(f"Target {self.target!r}: the gradient staging memory is not host-visible here; "
                               "pass gradients to `apply` instead.")
        split = self._layout.split_variables()
        if split:
            raise RuntimeError("gradient_buffers: variables "
                               f"{[self._specs[i].path for i in sorted(split)]} span several storage buffers "
                               f"(the target's {self._layout.max_group_bytes}-byte limit); pass gradients to `apply`.")
        views: list[np.ndarray] = [np.empty(0)] * len(self._specs)
        for g, staging in zip(self._layout.groups, self._grad_staging):
            for i, off, _, size in g.pieces:
                views[i] = staging.host[off : off + size].reshape(self._specs[i].shape)
        return views if self._param_keys is None else dict(zip(self._param_keys, views))

    def apply_staged(self) -> None:
        """One step on the gradients written into `gradient_buffers()` (every variable has one). The cheapest
        call: no validation or copy of gradients, only the learning rate is written."""
        self._check_built("apply_staged")
        self._write_learning_rate()
        self._run(self._step_for(tuple(True for _ in self._specs), self._phase()))

    def _run(self, step: LoadedStep) -> None:
        """Invoke `step` on the state with the staged gradients and learning rate; count the call."""
        try:
            step(self._state, [s.view for s in self._grad_staging] + [self._lr_staging.view])
        except Exception as e:
            raise RuntimeError(self._failure(step, e)) from e
        self._k_host += 1

    def _match_gradients(self, grads, trainable_variables) -> tuple[list[np.ndarray | None], list[str]]:
        """Gradients per variable in build order (None where absent), and the paths given as None."""
        n = len(self._specs)
        per_var: list[Any] = [None] * n
        explicit_none: list[str] = []
        if isinstance(grads, Mapping):
            if self._param_keys is None:
                raise TypeError("Argument `grads` is a dict but the optimizer was built from a list; pass a list.")
            index = self._key_index
            for key, g in grads.items():
                if key not in index:
                    raise ValueError(
                        f"Unknown variable: {key!r}. This optimizer can only be called for the variables it was "
                        "originally built with. When working with a new set of variables, you should recreate a "
                        "new optimizer instance."
                    )
                per_var[index[key]] = g
                if g is None:
                    explicit_none.append(self._specs[index[key]].path)
        else:
            grads = list(grads)
            if trainable_variables is None:
                if len(grads) != n:
                    raise ValueError(
                        "When passing `grads` as a list of gradient tensors, the gradients must match "
                        f"`optimizer.variables` one-to-on. Received a list of {len(grads)} gradients, but the "
                        f"optimizer is tracking {n} trainable variables."
                    )
                indices = list(range(n))
            else:
                trainable_variables = list(trainable_variables)
                if len(trainable_variables) != len(grads):
                    raise ValueError(
                        f"Argument `grads` has {len(grads)} entries but `trainable_variables` has "
                        f"{len(trainable_variables)}; they must pair one-to-one."
                    )
                indices = []
                for v in trainable_variables:
                    if id(v) not in self._ids:
                        raise ValueError(
                            f"Unknown variable: {type(v).__name__} of shape {getattr(v, 'shape', '?')}. This "
                            "optimizer can only be called for the variables it was originally built with. When "
                            "working with a new set of variables, you should recreate a new optimizer instance."
                        )
                    indices.append(self._ids[id(v)])
            for i, g in zip(indices, grads):
                per_var[i] = g
                if g is None:
                    explicit_none.append(self._specs[i].path)
        return [self._check_gradient(i, g) for i, g in enumerate(per_var)], explicit_none

    @functools.cached_property
    def _key_index(self) -> dict[str, int]:
        """Each name given to `build` -> its variable's index (the names never change once built)."""
        return {k: i for i, k in enumerate(self._param_keys or ())}

    def _check_gradient(self, i: int, g: Any) -> np.ndarray | None:
        """`g` as an array of variable i's shape and dtype (float64 for float32), or a clear error. On the
        path of every `apply`, per gradient: plain comparisons, the message built only for an error."""
        if g is None:
            return None
        spec = self._specs[i]
        arr = np.asarray(g)
        if arr.dtype != spec.dtype and not (arr.dtype == np.float64 and spec.dtype == np.float32):
            raise TypeError(
                f"Argument `{self._gradient_label(i)}` has dtype {arr.dtype}; expected {spec.dtype} (the "
                "variable's dtype" + (", or float64" if spec.dtype == np.float32 else "") + ")."
            )
        if arr.shape != spec.shape:
            raise ValueError(f"Argument `{self._gradient_label(i)}` has shape {arr.shape}; expected {spec.shape}.")
        return arr

    def _gradient_label(self, i: int) -> str:
        return f"grads[{self._specs[i].path!r}]" if self._param_keys is not None else f"grads[{i}]"

    # -- Keras interop -------------------------------------------------------------------------------------
    def keras_state(self, order: str = "3.10") -> list[np.ndarray]:
        """The values of Keras's `optimizer.variables`, in Keras `order` ("3.10" or "3.6", spec section 4)."""
        self._check_built("keras_state")
        return [v.value for v in self._variables(order)]

    def set_keras_state(self, values, order: str = "3.10", params=None) -> None:
        """Take over a Keras optimizer's state (its `optimizer.variables` values in Keras `order`) and, when
        given, new parameter values (same container as `build`). Everything is checked first."""
        self._check_built("set_keras_state")
        expected = self._layout.keras_variables(order)
        values = [np.asarray(v) for v in values]
        if len(values) != len(expected):
            raise ValueError(f"Argument `values` has {len(values)} entries; this optimizer has {len(expected)} "
                             f"variables ({', '.join(name for name, _, _ in expected)})")
        for (name, _, index), x in zip(expected, values):
            shape, dtype = self._keras_variable_form(name, index)
            if x.shape != shape or np.dtype(x.dtype) != dtype:
                raise ValueError(f"Argument `values`: {name} must be {shape} {dtype}; received {x.shape} {x.dtype}")
        if params is not None:
            items = list(params.values()) if isinstance(params, Mapping) else list(params)
            if len(items) != len(self._specs):
                raise ValueError(f"Argument `params` has {len(items)} arrays; expected {len(self._specs)}")
            for spec, x in zip(self._specs, items):
                if tuple(np.shape(x)) != spec.shape:
                    raise ValueError(f"Argument `params[{spec.path!r}]` has shape {np.shape(x)}; expected {spec.shape}")
            current = [np.asarray(x, spec.dtype) for spec, x in zip(self._specs, items)]
        else:
            current = self._per_variable((PARAM,))[PARAM]
        # Keras's variables hold every slot of every variable: the device's slots are replaced, not read
        slots: dict[str, list] = {s: [None] * len(self._layout.variables) for s in self._layout.slots}
        learning_rate = self._lr_float
        for (_, slot, index), x in zip(expected, values):
            if slot == "learning_rate":
                learning_rate = np.float32(x)
            elif index is not None:
                slots[slot][index] = x
        self._upload_state(int(values[0]), current, slots)
        self._lr_float = learning_rate  # after the upload: a failed one changes nothing

    def _keras_variable_form(self, name: str, index: int | None) -> tuple[tuple[int, ...], np.dtype]:
        """Shape and dtype of one Keras optimizer variable (a `keras_variables` entry), known without a
        download: the counter is int32, the learning rate float32, a slot its variable's shape and dtype."""
        if index is not None:
            v = self._layout.variables[index]
            return tuple(v.shape), np.dtype(v.dtype)
        return (), np.dtype(np.int32 if name == "iteration" else np.float32)

    def load_keras_file(self, path, order: str = "3.10", params=None) -> None:
        """`set_keras_state` from the `optimizer/vars` of a `.keras` file saved by Keras."""
        from .keras_io import read_optimizer_variables

        self.set_keras_state(read_optimizer_variables(path), order=order, params=params)

    def save_keras_file(self, src, dst, order: str = "3.10") -> None:
        """Write `src` (a `.keras` file of the same model and optimizer config) to `dst` with this state."""
        from .keras_io import write_optimizer_variables

        write_optimizer_variables(src, dst, self.keras_state(order))

    # -- checkpoints -------------------------------------------------------------------------------------
    def save(self, path) -> None:
        """Write a self-describing, checksummed checkpoint atomically (see adam_iree/checkpoint.py)."""
        self._save(path, {})

    def _save(self, path, extra_metadata: dict) -> None:
        from . import __version__, checkpoint

        self._check_built("save")
        flat = self._state.read_all()
        names = ["iteration"] + [f"{g}/{slot}" for g, slot, _, _ in self._layout.device_arrays()[1:]]
        pieces: dict[int, list] = {}
        for g in self._layout.groups:
            for i, off, start, size in g.pieces:
                pieces.setdefault(i, []).append([g.key, int(off), int(start), int(size)])
        decayed = {i: g.decayed for g in self._layout.groups for i in g.members}
        metadata = {
            "library_version": __version__,
            "config": self.get_config(),
            "learning_rate_kind": self._config.lr_kind,
            "container": "list" if self._param_keys is None else "dict",
            "variables": [
                {"path": v.path, "shape": list(v.shape), "dtype": v.dtype.name, "decayed": decayed[v.index],
                 "group": pieces[v.index][0][0], "offset": pieces[v.index][0][1],
                 "pieces": pieces[v.index]}  # [group, offset in group, start in variable, size]
                for v in self._specs
            ],
            # groups are cut to the saving target's storage-buffer limit; a load re-packs for its own
            "max_group_bytes": self._layout.max_group_bytes,
            "keras_variables": [name for name, _, _ in self._layout.keras_variables()],
            "iteration": int(flat[0]),
            **extra_metadata,  # e.g. a training step's loss-scale state
        }
        checkpoint.write(path, list(zip(names, flat)), metadata)

    def load_state(self, path) -> None:
        """Replace this built optimizer's state with a checkpoint's. The file is verified and compared with
        this optimizer (variables and config) before anything changes; a refused load changes nothing."""
        from . import checkpoint

        self._check_built("load_state")
        tensors, meta = checkpoint.read(path)
        saved_vars = json.loads(meta["variables"])
        ours = [{"path": v.path, "shape": list(v.shape), "dtype": v.dtype.name} for v in self._specs]
        theirs = [{k: v[k] for k in ("path", "shape", "dtype")} for v in saved_vars]
        if ours != theirs:
            diff = next(((a, b) for a, b in zip(ours, theirs) if a != b), None)
            raise checkpoint.CheckpointError(
                f"{path}: checkpoint variables do not match this optimizer ({len(theirs)} saved vs {len(ours)}; "
                f"first difference: saved {diff[1] if diff else '-'} vs ours {diff[0] if diff else '-'})")
        saved_config = json.loads(meta["config"])
        mine = self.get_config()
        differing = sorted(k for k in set(mine) | set(saved_config) if k != "name" and mine.get(k) != saved_config.get(k))
        if differing:
            raise checkpoint.CheckpointError(
                f"{path}: checkpoint config differs from this optimizer's in {differing}: "
                + ", ".join(f"{k}: saved {saved_config.get(k)!r}, ours {mine.get(k)!r}" for k in differing))
        exclude = {("index", i) for i, v in enumerate(saved_vars) if not v["decayed"]}
        decayed = [v["decayed"] for v in saved_vars]
        saved_limit = json.loads(meta.get("max_group_bytes", "0"))
        if isinstance(saved_limit, bool) or not isinstance(saved_limit, int) or saved_limit < 0:
            raise checkpoint.CheckpointError(f"{path}: bad max_group_bytes {saved_limit!r} in the metadata")
        layout = StateLayout.for_config(self._config, self._specs, decayed, saved_limit)
        # Each group's arrays padded (layout.storage_size); or padded to GROUP_ALIGN only, written before
        # groups above DISTRIBUTION_TILE were padded to it; or not, written before groups were padded.
        expected = {"iteration": [((), np.dtype(np.int32))]}
        for (g, slot, shape, dt), (_, _, bare, _) in zip(layout.device_arrays()[1:], layout.device_arrays(False)[1:]):
            expected[f"{g}/{slot}"] = [(shape, dt), ((round_up(bare[0], GROUP_ALIGN),), dt), (bare, dt)]
        got = {k: (tuple(a.shape), a.dtype) for k, a in tensors.items()}
        if set(got) != set(expected) or any(got[k] not in expected[k] for k in got):
            raise checkpoint.CheckpointError(
                f"{path}: checkpoint tensors {sorted((k, list(s)) for k, (s, _) in got.items())} do not match the "
                f"state layout {sorted((k, list(a[0][0])) for k, a in expected.items())}")
        # Verified: from here on nothing can fail for a reason the file could cause.
        self._exclude_ids, self._exclude_pattern = exclude, None
        k = int(tensors["iteration"])
        params = layout.unpack([tensors[f"{g.key}/param"] for g in layout.groups])
        slots = {s: layout.unpack([tensors[f"{g.key}/{s}"] for g in layout.groups]) for s in layout.slots}
        self._layout = self._make_layout()  # this target's groups (the saver's limit may differ)
        self._upload_state(k, params, slots)

    # -- config -------------------------------------------------------------------------------------------
    def get_config(self) -> dict:
        """Keras `Adam.get_config()`: same keys, order and values (a float lr is float32-rounded)."""
        lr = float(self._lr_float) if self._lr_float is not None else None
        return cfg.config_to_dict(self._config, lr)

    @classmethod
    def from_config(cls, config: Mapping[str, Any], custom_objects: Mapping[str, Any] | None = None,
                    target: str = DEFAULT_TARGET) -> "Adam":
        """Build from a Keras `Adam` config dict (a serialized schedule or callable is deserialized)."""
        config = dict(config)
        if "learning_rate" in config:
            config["learning_rate"] = cfg.learning_rate_from_config(config["learning_rate"], custom_objects)
        return cls(target=target, **config)

    @classmethod
    def from_artifact(cls, path, params: Mapping[str, Any] | Sequence[Any], target: str | None = None,
                      custom_objects: Mapping[str, Any] | None = None) -> "Adam":
        """An optimizer built on `params` whose step runs from a module written by `adam-iree compile`.

        `target`: one of the module's targets (default: the first that has a device here). The module's
        manifest must describe exactly these variables (paths, shapes, dtypes, decay classes); a call
        with some gradients missing compiles that variant as usual."""
        vmfb, abi = artifact.read(path)
        names = [t["name"] for t in abi["targets"]]
        if target is None:
            target = next((n for n in names if device_unavailable_reason(get_target(n)) is None), None)
            if target is None:
                raise artifact.ArtifactError(f"{path}: none of its targets ({', '.join(names)}) has a device here")
        elif getattr(target, "name", target) not in names:
            raise artifact.ArtifactError(f"{path} was compiled for {', '.join(names)}; "
                                         f"Argument `target` must be one of them. Received: target={target!r}")
        opt = cls.from_config(abi["config"], custom_objects=custom_objects, target=target)
        opt._exclude_ids = {("index", p["index"]) for g in abi["groups"] if not g["decayed"] for p in g["pieces"]}
        opt._artifact = (vmfb, abi)
        opt.build(params)
        return opt

    def to_target(self, target: str | TargetProfile) -> None:
        """Move this optimizer, state included, to another target: the state is read back, re-packed for
        the new target's limits and uploaded to its device, and the step is compiled for it. Training
        continues where it stopped; on any failure the optimizer stays where it was, unchanged."""
        new = get_target(target)
        if not self._built:
            self._target, self._session = new, None
            return
        check_variable_dtypes([new], self._specs)
        params, slots = self._per_variable_state()
        k = self._read_counter()
        saved = {n: getattr(self, n) for n in ("_target", "_session", "_layout", "_state", "_grad_staging",
                                                "_lr_staging", "_k_host", "_steps", "_artifact")}
        try:
            if self._artifact is not None and new.name not in [t["name"] for t in self._artifact[1]["targets"]]:
                self._artifact = None
            self._session = self._session_on(new)
            self._target = new
            self._layout = self._make_layout()
            self._upload_state(k, params, slots)
        except BaseException:
            for n, v in saved.items():
                setattr(self, n, v)
            raise

    def __repr__(self) -> str:
        state = f"{len(self._specs)} variables" if self._built else "not built"
        return f"<adam_iree.Adam name={self.name!r} target={self.target!r} {state}>"


def load(path, target: str = DEFAULT_TARGET, custom_objects: Mapping[str, Any] | None = None) -> Adam:
    """A new optimizer on `target` resumed from a checkpoint written by `Adam.save`.

    A callable learning rate cannot be stored: pass it in `custom_objects` under its serialized
    class_name (or its function name), as for Keras's `from_config`."""
    from . import checkpoint

    _, meta = checkpoint.read(path)
    config = json.loads(meta["config"])
    lr = config.get("learning_rate")
    if isinstance(lr, dict) and lr.get("class_name") == "function":
        if not custom_objects or lr.get("config") not in custom_objects:
            raise checkpoint.CheckpointError(
                f"{path}: the learning rate was the callable {lr.get('config')!r}; pass it as "
                f"custom_objects={{{lr.get('config')!r}: fn}}")
        config["learning_rate"] = custom_objects[lr["config"]]
    opt = Adam.from_config(config, custom_objects=custom_objects, target=target)
    variables = json.loads(meta["variables"])
    zeros = [np.zeros(v["shape"], SUPPORTED_DTYPES[v["dtype"]]) for v in variables]
    opt._exclude_ids = {("index", i) for i, v in enumerate(variables) if not v["decayed"]}
    opt.build(dict(zip((v["path"] for v in variables), zeros)) if meta["container"] == "dict" else zeros)
    opt.load_state(path)
    return opt

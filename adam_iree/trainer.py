"""`compile_train_step`: a user's JAX loss, its gradient and the full Adam step in one IREE module.

The module works on the optimizer's own device state (the same buffers `Adam.apply` uses), so
`optimizer.params`, `optimizer.variables`, `save` and `load_state` all see what the training steps did.
Per call the host writes the batch and (for a float or host-evaluated learning rate) one float; the
gradients exist only inside the module. `step(batch)` reads back the scalar loss.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import jax
import numpy as np

from . import bundle as bundle_io
from . import checkpoint
from .compiler import compile_stablehlo, on_cpus, step_choices, step_compile_flags
from .export import export_train_step
from .layout import canonical_dtype
from .optimizer import Adam
from .runtime import StateBuffers, lost_device_note
from .step import StepSpec
from .targets import TargetProfile
from .train_step import TRAIN_FUNCTION, DynamicLossScale, TrainSpec

_INT_DTYPES = {np.dtype(np.int32), np.dtype(np.int64), np.dtype(np.int16), np.dtype(np.int8), np.dtype(np.uint8)}


def batch_dtype(dtype, *, argument: str) -> np.dtype:
    """The dtype a batch leaf has on the device: float64 -> float32 and integers -> int32 (JAX without x64)."""
    dt = np.dtype(dtype)
    if dt in _INT_DTYPES:
        return np.dtype(np.int32)
    try:
        return canonical_dtype(dt, argument=argument)
    except TypeError:
        raise TypeError(f"Argument `{argument}` has dtype {dt}; expected a float (float32, bfloat16, float16; "
                        "float64 becomes float32) or integer (stored as int32) array.") from None


class TrainStep:
    """A compiled training step bound to an `Adam` optimizer's device state. Call it with a batch."""

    def __init__(self, optimizer: Adam, spec: TrainSpec, loaded):
        self.optimizer = optimizer
        self._spec = spec
        self._step = loaded
        self._session = optimizer._session
        self._layout = optimizer._layout
        self._batch_staging = [self._session.staging(tuple(l.shape), np.dtype(l.dtype)) for l in spec.batch_leaves]
        # The loss (and, where a step may skip, the new counter) is written into host-mapped output storage:
        # read without a device-to-host copy, on Vulkan a queue operation and a wait more per call each
        # (lavapipe: a step 8.9 -> 0.8-1.6 ms, and those copies made it lose its device; README).
        self._read_back = [self._session.staging((), np.dtype(np.float32))] + (
            [self._session.staging((), np.dtype(np.int32))] if spec.protected else [])
        self._loss_scale: StateBuffers | None = None
        if spec.loss_scale is not None:
            self._loss_scale = StateBuffers(self._session, [np.float32(spec.loss_scale.initial_scale), np.int32(0)])

    # -- calling ----------------------------------------------------------------------------------------
    def __call__(self, batch: Any) -> float:
        """One training step on `batch` (same structure, shapes and dtypes as `example_batch`); returns the
        loss before this step's update (unscaled). A refused or failed call changes nothing."""
        self._check_bound()
        leaves = self._check_batch(batch)
        opt = self.optimizer
        opt._write_learning_rate()
        for staging, leaf in zip(self._batch_staging, leaves):
            staging.write(leaf)
        states = [opt._state] + ([self._loss_scale] if self._loss_scale is not None else [])
        inputs = [s.view for s in self._batch_staging] + [opt._lr_staging.view]
        try:
            results = self._step.invoke(states, inputs, len(self._read_back), [s.view for s in self._read_back])
        except Exception as e:  # nothing swapped: the state is the one before the call
            raise RuntimeError(f"The compiled training step failed on target {opt.target!r}; state unchanged: {e}"
                               + lost_device_note(e)) from e
        loss, *counter = [self._scalar(s, r) for s, r in zip(self._read_back, results)]
        # A skipped step leaves k alone; only the device knows, so it hands the counter back too.
        opt._k_host = int(counter[0]) if counter else opt._k_host + 1
        return float(loss)

    def _scalar(self, staging, result):
        """A scalar result the module wrote into `staging` (mapped; else downloaded from the result)."""
        return staging.host[()] if staging.host is not None else self._session.download(result, staging.dtype)

    step = __call__

    def _check_bound(self) -> None:
        opt = self.optimizer
        if opt._session is not self._session or opt._layout != self._layout:
            raise RuntimeError("The optimizer was moved to another target or its state was re-laid out since this "
                               "training step was compiled; call `compile_train_step` again.")

    def _check_batch(self, batch: Any) -> list[np.ndarray]:
        leaves, treedef = jax.tree_util.tree_flatten(batch)
        if treedef != self._spec.batch_treedef:
            raise ValueError(f"Argument `batch` must have the structure of `example_batch` ({self._spec.batch_treedef}). "
                             f"Received: {treedef}")
        out = []
        for i, (leaf, want) in enumerate(zip(leaves, self._spec.batch_leaves)):
            arr = np.asarray(leaf)
            if tuple(arr.shape) != tuple(want.shape):
                raise ValueError(f"Argument `batch` leaf {i} has shape {tuple(arr.shape)}; expected {tuple(want.shape)} "
                                 "(the example batch's: a compiled step has fixed shapes).")
            if batch_dtype(arr.dtype, argument=f"batch leaf {i}") != np.dtype(want.dtype):
                raise TypeError(f"Argument `batch` leaf {i} has dtype {arr.dtype}; expected {np.dtype(want.dtype)} "
                                "(the example batch's).")
            out.append(arr.astype(want.dtype, copy=False))
        return out

    # -- state ------------------------------------------------------------------------------------------
    @property
    def params(self):
        """Host copies of the parameters (same container as given to build)."""
        return self.optimizer.params

    @property
    def loss_scale(self) -> float | None:
        """The current dynamic loss scale (Keras `dynamic_scale`), or None without dynamic loss scaling."""
        return None if self._loss_scale is None else float(self._loss_scale.read(0))

    @property
    def loss_scale_counter(self) -> int | None:
        """Finite steps since the scale last changed (Keras `step_counter`), or None."""
        return None if self._loss_scale is None else int(self._loss_scale.read(1))

    def _loss_scale_metadata(self) -> dict | None:
        if self._loss_scale is None:
            return None
        return {"scale": self.loss_scale, "counter": self.loss_scale_counter,
                "initial_scale": float(self._spec.loss_scale.initial_scale),
                "dynamic_growth_steps": int(self._spec.loss_scale.dynamic_growth_steps)}

    def save(self, path) -> None:
        """The optimizer's checkpoint (atomic, checksummed), plus the loss-scale state when there is one."""
        self.optimizer._save(path, {"loss_scale": self._loss_scale_metadata()})

    def restore(self, path) -> None:
        """Load a checkpoint written by `save` (or `Adam.save`). Verified first; a refused load changes nothing."""
        _, meta = checkpoint.read(path)
        saved = json.loads(meta.get("loss_scale", "null"))
        if self._loss_scale is not None:
            if not isinstance(saved, dict) or not isinstance(saved.get("scale"), float) or \
                    isinstance(saved.get("counter"), bool) or not isinstance(saved.get("counter"), int):
                raise checkpoint.CheckpointError(f"{path}: no loss-scale state in this checkpoint, and this training "
                                                 "step uses dynamic loss scaling")
        self.optimizer.load_state(path)
        self._layout = self.optimizer._layout
        if self._loss_scale is not None:
            self._loss_scale = StateBuffers(self._session, [np.float32(saved["scale"]), np.int32(saved["counter"])])

    # -- without Python -----------------------------------------------------------------------------------
    def export_bundle(self, directory) -> Path:
        """Write `directory` with the module (plain `train_step(state, batch, lr) -> (state, loss)`), the
        current state (`state.npy`, every array in argument order) and `manifest.json` describing the
        entry point. See README "Bundles" for the ABI."""
        self._check_bound()
        opt = self.optimizer
        vmfb = compile_train_module(self._spec, opt._target, tied=False)
        state = opt._state.read_all() + (self._loss_scale.read_all() if self._loss_scale is not None else [])
        manifest = bundle_io.manifest(self._spec, opt, state)
        return bundle_io.write(directory, vmfb, state, manifest)


# On CPUs a training step's optimizer part is planned and compiled as the optimizer's own step is (fused,
# factor rows, row sums by dot; coarser workgroups): unfused, its update round-tripped m and v through a
# transient buffer (4 tensors of 2048 x 2048 with global clipnorm: 111 -> 84 ms a step; 55 -> 42 with the
# transient storage below). Elsewhere the plain plan: on Vulkan (lavapipe) a fused training step is 3.5-4.4x
# slower (a 2-64-64-2 MLP with EMA and global clipnorm, batch 128: 13.8 -> 60.9 ms; 2-512-512-2: 64.8 ->
# 227 ms), and CUDA is untimed with it.
def train_step_choices(target: TargetProfile, config) -> dict[str, bool]:
    """The StepSpec fields a training step for `target` takes: `compiler.step_choices` on CPUs, else none."""
    return step_choices([target], config) if on_cpus([target]) else {}


def compile_train_module(spec: TrainSpec, target: TargetProfile, tied: bool = True) -> bytes:
    """The training step of `spec` compiled for `target` (`export_train_step`'s `tied` as it takes it); one
    planned as the optimizer's step (`train_step_choices`) with the flags that step compiles with."""
    flags = step_compile_flags([target], spec.step.fused) if spec.step.fused and on_cpus([target]) else []
    # Scratch in storage allocated once (export.add_transient_storage): on CPUs, where a call's own
    # allocations are fresh pages each time. A bundle keeps the plain calling convention.
    return compile_stablehlo(export_train_step(spec, tied=tied, transients=tied and on_cpus([target])), target,
                             extra_flags=flags)


def _check_same_variables(optimizer: Adam, params) -> None:
    """A built optimizer keeps its state: `params` must only match its variables."""
    if isinstance(params, Mapping):
        if optimizer._param_keys is None or list(params.keys()) != optimizer._param_keys:
            raise ValueError("Argument `params` must have the keys the optimizer was built with, in the same order "
                             f"({optimizer._param_keys}). Received keys: {list(params.keys())}")
        values = list(params.values())
    else:
        values = list(params)
        if optimizer._param_keys is not None or len(values) != len(optimizer._specs):
            raise ValueError(f"Argument `params` must match the optimizer's {len(optimizer._specs)} variables "
                             "(a dict when it was built from a dict).")
    for spec, v in zip(optimizer._specs, values):
        if tuple(np.shape(v)) != spec.shape:
            raise ValueError(f"Argument `params[{spec.path!r}]` has shape {tuple(np.shape(v))}; the optimizer's "
                             f"variable has {spec.shape}.")


def compile_train_step(
    loss_fn: Callable[[Any, Any], Any],
    optimizer: Adam,
    params: Mapping[str, Any] | Sequence[Any],
    example_batch: Any,
    target: str | TargetProfile | None = None,
    *,
    skip_nonfinite: bool = False,
    loss_scale: DynamicLossScale | bool | None = None,
) -> TrainStep:
    """Trace `loss_fn(params, batch)`, its gradient and `optimizer`'s full step into one module.

    params: the initial values (a dict keyed by variable path, or a list), in the container `loss_fn`
      takes. An optimizer already built (e.g. `adam_iree.load(checkpoint)`) keeps its state; `params`
      must then match its variables.
    example_batch: any pytree of arrays; every later batch must have its structure, shapes and dtypes.
    target: a target profile name; moves the optimizer (and its state) there when it differs.
    skip_nonfinite: when any gradient is inf/NaN, leave the whole state (params, slots, iteration)
      unchanged, decided on the device.
    loss_scale: `DynamicLossScale(initial_scale, dynamic_growth_steps)` (or True for Keras's defaults
      2**15 and 2000): Keras `LossScaleOptimizer`'s dynamic loss scaling around this Adam; implies skipping.
    """
    if not callable(loss_fn):
        raise TypeError(f"Argument `loss_fn` must be a function (params, batch) -> scalar loss. Received: {loss_fn!r}")
    if not isinstance(optimizer, Adam):
        raise TypeError(f"Argument `optimizer` must be an adam_iree.Adam. Received: {type(optimizer).__name__}")
    if not isinstance(skip_nonfinite, bool):
        raise TypeError(f"Argument `skip_nonfinite` must be a bool. Received: skip_nonfinite={skip_nonfinite!r}")
    if loss_scale is True:
        loss_scale = DynamicLossScale()
    elif loss_scale is False:
        loss_scale = None
    if loss_scale is not None and not isinstance(loss_scale, DynamicLossScale):
        raise TypeError("Argument `loss_scale` must be None, True or an adam_iree.DynamicLossScale. "
                        f"Received: loss_scale={loss_scale!r}")
    if loss_scale is not None and optimizer.config.loss_scale_factor is not None:
        raise ValueError("Dynamic loss scaling replaces the optimizer's static `loss_scale_factor` (Keras's "
                         "LossScaleOptimizer clears it): use one or the other. Received: "
                         f"loss_scale_factor={optimizer.config.loss_scale_factor!r} and loss_scale={loss_scale!r}")
    leaves, treedef = jax.tree_util.tree_flatten(example_batch)
    batch_leaves = tuple(
        jax.ShapeDtypeStruct(tuple(int(d) for d in np.shape(leaf)),
                             batch_dtype(np.asarray(leaf).dtype, argument=f"example_batch leaf {i}"))
        for i, leaf in enumerate(leaves))
    if target is not None and getattr(target, "name", target) != optimizer.target:
        optimizer.to_target(target)
    if optimizer.built:
        _check_same_variables(optimizer, params)
    else:
        optimizer.build(params)
    step_spec = StepSpec(optimizer.config, optimizer._layout, tuple(True for _ in optimizer._specs),
                         **train_step_choices(optimizer._target, optimizer.config))
    keys = tuple(optimizer._param_keys) if optimizer._param_keys is not None else None
    spec = TrainSpec(step_spec, loss_fn, keys, treedef, batch_leaves, skip_nonfinite, loss_scale)
    vmfb = compile_train_module(spec, optimizer._target)
    return TrainStep(optimizer, spec, optimizer._session.load_step(vmfb, TRAIN_FUNCTION))

"""Export the JAX step to StableHLO text that IREE compiles.

The exported function `step` takes (state..., grads..., learning_rate, counter_storage) and returns the
new state, updated in place: the state arrays are donated (`jax.jit(donate_argnums=...)`, which JAX writes
as `tf.aliasing_output = i`) and IREE writes result i over argument i's buffer, so the state exists once
and a step moves 28 bytes per parameter instead of 40 (no write-allocate reads). The iteration counter
alone is not donated: its new value goes into the trailing 4-byte output-storage argument
(`iree.abi.output = 0`), and the runtime swaps two counter buffers. Donated, IREE 3.13 lets the in-place
`k += 1` land before later dispatches that still read k (with EMA or gradient accumulation), which then
compute with k + 1; tests/test_runtime.py watches it. The module's names are in spec.py, its compile flags
in compiler.py (`step_compile_flags`).
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
from iree.compiler import ir

from .spec import COUNTER_SLOT, MODULE_NAME, STEP_FUNCTION, UNINITIALIZED_TARGET, StepSpec
from .step import flat_step_fn


def step_signature(spec: StepSpec) -> list[jax.ShapeDtypeStruct]:
    """Argument shapes of the exported step, in calling order: state, grads, lr, counter storage."""
    layout = spec.layout
    state = [jax.ShapeDtypeStruct(shape, dtype) for _, _, shape, dtype in layout.device_arrays()]
    grads = [jax.ShapeDtypeStruct(shape, dtype) for _, shape, dtype in layout.grad_arrays()]
    lr = [jax.ShapeDtypeStruct((), jnp.float32)]
    return state + grads + lr + [state[COUNTER_SLOT]]


def export_step(spec: StepSpec) -> str:
    """StableHLO text of the step: state arrays donated, the counter's result tied to the last argument."""
    signature = step_signature(spec)
    n_state = len(spec.layout.device_arrays())
    donated = tuple(i for i in range(n_state) if i != COUNTER_SLOT)
    lowered = jax.jit(flat_step_fn(spec), keep_unused=True, donate_argnums=donated).lower(*signature)
    return finish_module(lowered.as_text(), STEP_FUNCTION, len(signature) - 1, 1)


def finish_module(text: str, function: str, first_storage: int | None = None, n_tied: int = 0,
                  transients: bool = False) -> str:
    """Name the module and its function; tie arguments [first_storage, first_storage + n_tied) to results
    0..n_tied-1 as output storage (`iree.abi.output`). Without first_storage nothing is tied: the plain
    calling convention other tools (iree-run-module, C apps) use. Uninitialized arrays become
    `tensor.empty` (`empty_uninitialized`). `transients`: a last argument `!hal.buffer
    {iree.abi.transients}` for the call's scratch (`add_transient_storage`)."""
    with ir.Context() as ctx:
        ctx.allow_unregistered_dialects = True
        module = ir.Module.parse(text)
        empty_uninitialized(module.operation)
        module.operation.attributes["sym_name"] = ir.StringAttr.get(MODULE_NAME)
        main = next(
            op for op in module.body.operations
            if "sym_name" in op.attributes and ir.StringAttr(op.attributes["sym_name"]).value == "main"
        )
        main.attributes["sym_name"] = ir.StringAttr.get(function)
        if first_storage is not None:
            n_args = first_storage + n_tied
            old = list(ir.ArrayAttr(main.attributes["arg_attrs"])) if "arg_attrs" in main.attributes else []
            attrs = []
            for i in range(n_args):
                entries = {}
                if i < len(old):
                    d = ir.DictAttr(old[i])
                    entries = {d[j].name: d[j].attr for j in range(len(d))}
                if i >= first_storage:
                    entries["iree.abi.output"] = ir.IntegerAttr.get(ir.IndexType.get(), i - first_storage)
                attrs.append(ir.DictAttr.get(entries))
            main.attributes["arg_attrs"] = ir.ArrayAttr.get(attrs)
        if transients:
            add_transient_storage(main)
        return str(module)


def add_transient_storage(function) -> None:
    """Give `function` (a func.func op) a last argument `!hal.buffer {iree.abi.transients}`: IREE then
    places every scratch buffer of a call in that caller-provided storage and records its size in the
    function's reflection (`iree.abi.transients.size.constant`; runtime.DeviceSession.load_step allocates it
    once). Without it each call allocates its scratch anew: on llvm-cpu fresh pages, faulted and zeroed by
    the kernel every call (a training step of 4 tensors of 2048 x 2048 with global clipnorm: 201 MB, 49K
    page faults a call; with the storage none, and 138 -> 55 ms a step)."""
    buffer = ir.Type.parse("!hal.buffer")  # HAL is not registered here: an opaque type, printed as written
    signature = ir.FunctionType(ir.TypeAttr(function.attributes["function_type"]).value)
    inputs = list(signature.inputs)
    function.regions[0].blocks[0].add_argument(buffer, ir.Location.unknown())
    function.attributes["function_type"] = ir.TypeAttr.get(ir.FunctionType.get([*inputs, buffer], signature.results))
    old = list(ir.ArrayAttr(function.attributes["arg_attrs"])) if "arg_attrs" in function.attributes else []
    old += [ir.DictAttr.get({}) for _ in range(len(inputs) - len(old))]
    function.attributes["arg_attrs"] = ir.ArrayAttr.get(
        [*old, ir.DictAttr.get({"iree.abi.transients": ir.UnitAttr.get()})])


def empty_uninitialized(root) -> None:
    """Replace each custom call to UNINITIALIZED_TARGET under `root` (train_step.uninitialized) by IREE's
    `tensor.empty` of its type: storage the module writes before it reads, with no fill."""
    found = []

    def walk(op):
        for region in op.regions:
            for block in region.blocks:
                for inner in block.operations:
                    inner = inner.operation
                    if inner.name == "stablehlo.custom_call" and "call_target_name" in inner.attributes and \
                            ir.StringAttr(inner.attributes["call_target_name"]).value == UNINITIALIZED_TARGET:
                        found.append(inner)
                    walk(inner)

    walk(root)
    for op in found:
        empty = ir.Operation.create("tensor.empty", results=[op.results[0].type], loc=op.location,
                                    ip=ir.InsertionPoint(op))
        op.results[0].replace_all_uses_with(empty.results[0])
        op.erase()


def plan_step(
    config,
    variables: "list[tuple[str, tuple[int, ...], str]]",
    exclude_from_weight_decay: "list[str] | None" = None,
    max_group_bytes: int = 0,
    fused: bool = False,
    factor_rows: bool = False,
    row_sums_by_dot: bool = False,
) -> StepSpec:
    """A StepSpec from a config and (path, shape, dtype) triples, with every gradient present.

    Weight-decay exclusion here is by name regex only (what a file or command line can say);
    `max_group_bytes` cuts the packed groups to a storage-buffer limit (0: none); `fused`, `factor_rows`
    and `row_sums_by_dot` as StepSpec's fields (compiler.step_choices for the module's targets)."""
    import re

    import numpy as np

    from .layout import StateLayout, VariableSpec, canonical_dtype

    specs = [
        VariableSpec(i, path, tuple(int(d) for d in shape), canonical_dtype(np.dtype(dtype), argument=f"params[{path!r}]"))
        for i, (path, shape, dtype) in enumerate(variables)
    ]
    pattern = re.compile("|".join(set(exclude_from_weight_decay))) if exclude_from_weight_decay else None
    decayed = [pattern is None or re.search(pattern, v.name) is None for v in specs]
    layout = StateLayout.for_config(config, specs, decayed, max_group_bytes)
    return StepSpec(config, layout, tuple(True for _ in specs), fused=fused, factor_rows=factor_rows,
                    row_sums_by_dot=row_sums_by_dot)


def export_train_step(spec, tied: bool = True, transients: bool = False) -> str:
    """StableHLO text of a whole training step (adam_iree.train_step.TrainSpec), function `train_step`.

    tied=True appends output-storage arguments for the state and loss-scale results (the Python runtime
    ping-pongs preallocated buffers), for the loss and, in a protected step (which may skip), for a copy of
    the new iteration counter: host-mapped buffers, read without a device-to-host copy (on Vulkan a queue
    operation and a wait more per call, and those made lavapipe lose its device: README). tied=False is
    the plain `(state, batch, lr) -> (state, loss)` function of an exported bundle, callable by
    iree-run-module or a C/Kotlin/Swift app. `transients` (with tied) appends one more argument, the
    caller's storage for the call's scratch (`add_transient_storage`)."""
    from .train_step import TRAIN_FUNCTION, flat_train_fn, train_signature

    signature = train_signature(spec)
    counter = [jax.ShapeDtypeStruct((), jnp.int32)] if spec.protected else []
    n_state = len(spec.step.layout.device_arrays()) + spec.n_loss_scale
    storage = [*signature[:n_state], jax.ShapeDtypeStruct((), jnp.float32), *counter] if tied else []
    n_tied = len(storage)
    train_fn = flat_train_fn(spec, with_counter=tied and spec.protected)
    lowered = jax.jit(train_fn, keep_unused=True).lower(*signature, *storage)
    text = lowered.as_text()
    if not tied:
        return finish_module(text, TRAIN_FUNCTION)
    return finish_module(text, TRAIN_FUNCTION, len(signature), n_tied, transients)

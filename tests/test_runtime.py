"""Device residency: no per-step allocation, one call and few dispatches per step, failures lose nothing,
and the compile cache is shared between processes."""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import re
import subprocess
import sys
import textwrap
import threading
import unittest.mock
from typing import Sequence

import ml_dtypes
import numpy as np
import pytest

import adam_iree
from adam_iree.compiler import (NO_CONST_EVAL, builds_factor_rows, fuses_aggressively, plan_of_stream_ir,
                                step_choices, step_compile_flags, stream_ir, stream_plan)
from adam_iree.config import make_config
from adam_iree.export import export_step
from adam_iree.layout import storage_size
import adam_iree.step as adam_step_module
from adam_iree.step import StepSpec, block_members, block_select_limit
from adam_iree.targets import get_target

from extents import EXTENTS, cases_at, product_at, product_params

FULL = dict(amsgrad=True, use_ema=True, ema_overwrite_frequency=3, weight_decay=0.01, global_clipnorm=1.0,
            gradient_accumulation_steps=2, loss_scale_factor=4.0)


def model(n_tensors: int, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {f"layer{i}/{'kernel' if i % 2 == 0 else 'bias'}":
            rng.standard_normal((int(rng.integers(1, 30)), int(rng.integers(1, 20)))).astype(np.float32)
            for i in range(n_tensors)}


@pytest.mark.parametrize("driver", ["local-task", "local-sync"])
@pytest.mark.parametrize("kwargs", [{}, FULL], ids=["plain", "full"])
def test_steps_allocate_no_device_memory(kwargs, driver):
    """local-task allocates nothing per step (its queue pools the step's scalar transient); local-sync, which
    small states run on, has no pool: it allocates that transient (a few scalars, the stream plan's largest)
    and frees it in the same step, keeping nothing."""
    params = model(20)
    target = local_task_always("llvm-cpu") if driver == "local-task" else "llvm-cpu"
    opt = adam_iree.Adam(target=target, **kwargs)
    opt.build(params)
    assert opt.driver == driver
    grads = {k: np.ones_like(v) for k, v in params.items()}
    opt.apply(grads)
    allocator = opt._session.device.allocator
    assert allocator.has_statistics

    def allocated_and_live():
        s = allocator.statistics
        allocated = s["device_bytes_allocated"] + s["host_bytes_allocated"]
        return allocated, allocated - s["device_bytes_freed"] - s["host_bytes_freed"]

    before, live_before = allocated_and_live()
    for _ in range(10):
        opt.apply(grads)
    after, live_after = allocated_and_live()
    assert live_after == live_before, f"{live_after - live_before} bytes kept over 10 steps"
    per_step = (after - before) / 10
    if driver == "local-task":
        assert per_step == 0, f"{after - before} bytes allocated over 10 steps"
    else:
        plans = [step_plan(opt, get_target("llvm-cpu"), phase) for phase in opt.step_phases()]
        assert per_step <= max(p.largest_transient_bytes for p in plans), (per_step, plans)


def buffer_address(view) -> int:
    """Where a host-visible device buffer's bytes are (llvm-cpu device memory is host memory)."""
    n = int(view.get_buffer().byte_length())
    return view.get_buffer().map().asarray([n], np.dtype(np.uint8)).__array_interface__["data"][0]


IN_PLACE = dict(amsgrad=True, weight_decay=0.01, global_clipnorm=1.0, loss_scale_factor=4.0)


@pytest.mark.parametrize("kwargs", [
    {}, IN_PLACE, {"clipnorm": 1.0}, {"clipvalue": 0.1}, {**IN_PLACE, "use_ema": True}, {"use_ema": True, "clipnorm": 1.0},
    {"gradient_accumulation_steps": 3}, FULL,
], ids=["plain", "amsgrad_decay_globalclip_lossscale", "clipnorm", "clipvalue", "ema_fused", "ema_clipnorm_unfused",
        "accumulation", "full"])
def test_the_state_exists_once_and_is_updated_in_place(kwargs):
    """Every state array keeps its one buffer, whatever the options; only the 4-byte iteration counter
    has a spare, written by each call and swapped in (export.py says why the counter is not donated)."""
    opt = adam_iree.Adam(**kwargs)
    opt.build(model(5))
    arrays = [buffer_address(v) for v in opt._state.current[1:]]
    grads = {k: np.ones(v.shape, np.float32) for k, v in opt.params.items()}
    counters = []
    for _ in range(6):
        opt.apply(grads)
        assert [buffer_address(v) for v in opt._state.current[1:]] == arrays
        counters.append(buffer_address(opt._state.current[0]))
    assert opt._state.spare[1:] == [None] * len(arrays)  # no second set was ever allocated
    assert len(set(counters)) == 2 and counters[0] != counters[1]


def state_reads(monkeypatch) -> list[int]:
    """The state indices `StateBuffers.read` downloads from now on (until `monkeypatch` is undone)."""
    from adam_iree.runtime import StateBuffers

    reads: list[int] = []
    read = StateBuffers.read
    monkeypatch.setattr(StateBuffers, "read", lambda self, i: (reads.append(i), read(self, i))[1])
    return reads


def test_reading_the_parameters_downloads_only_their_buffers(monkeypatch):
    """`params` downloads each group's parameter buffer and nothing else, `variables` the slots and the
    counter: on a discrete GPU each download is a device round trip (lavapipe's were too, about 7 ms), and
    `params` read the whole state before (a Keras comparison of 50 tensors on Vulkan spent 5.5 of its 24 s
    on downloads)."""
    target = dataclasses.replace(get_target("llvm-cpu"), max_storage_buffer_bytes=4096)
    params = model(6)
    opt = planned(params, target=target, amsgrad=True, use_ema=True)
    groups, slots = len(opt._layout.groups), len(opt._layout.slots)
    assert groups > 1 and slots == 4  # momentum, velocity, velocity_hat, average
    reads = state_reads(monkeypatch)
    got = opt.params
    assert len(reads) == groups
    for name, value in params.items():
        np.testing.assert_array_equal(got[name], value, err_msg=name)
    reads.clear()
    keras_state = opt.variables
    assert len(keras_state) == 2 + slots * len(params) and len(reads) == groups * slots + 1


def test_gradients_are_packed_where_the_layout_says_and_the_pad_is_left_alone():
    """`apply` packs gradients with one copy per whole group (`np.concatenate`, 50 gradients of 64: 0.14 ->
    0.02 ms) and per piece where a group is split or a gradient is absent: both against a NumPy restatement of
    the layout (member j's piece [start, start + size) at [offset, offset + size)), float64 gradients cast,
    absent ones zero, and the pad as it was."""
    params = model(7, seed=3)
    split = dataclasses.replace(get_target("llvm-cpu"), max_storage_buffer_bytes=4096)
    layouts = [planned(params, target=t, exclude=["layer1/bias"], weight_decay=0.1)._layout
               for t in (get_target("llvm-cpu"), split)]
    groups = [g for layout in layouts for g in layout.groups]
    assert any(g.starts for g in groups) and any(not g.starts for g in groups)  # both paths
    rng = np.random.default_rng(4)
    for layout, absent in itertools.product(layouts, (None, 2)):
        grads = [rng.standard_normal(v.shape).astype(np.float64 if i % 2 else np.float32)
                 for i, v in enumerate(params.values())]
        if absent is not None:
            grads[absent] = None
        flats = [np.full(g.storage_size, np.nan, g.dtype) for g in layout.groups]
        layout.pack_into(grads, flats)
        for g, flat in zip(layout.groups, flats):
            want = np.full(g.storage_size, np.nan, g.dtype)
            for j, i in enumerate(g.members):
                start = g.starts[j] if g.starts else 0
                piece = (np.zeros(g.sizes[j]) if grads[i] is None
                         else np.ravel(grads[i])[start : start + g.sizes[j]])
                want[g.offsets[j] : g.offsets[j] + g.sizes[j]] = piece
            np.testing.assert_array_equal(flat, want)


def test_taking_over_keras_state_downloads_only_the_parameters_it_is_not_given(monkeypatch):
    """`set_keras_state` replaces every slot, so it reads none back: with new parameters given it downloads
    nothing, without them only the parameter buffers (it downloaded the whole state twice before)."""
    target = dataclasses.replace(get_target("llvm-cpu"), max_storage_buffer_bytes=4096)
    params = model(6)
    opt = planned(params, target=target, amsgrad=True, use_ema=True)
    rng = np.random.default_rng(5)
    state = [np.asarray(7, np.int32)] + [
        (rng.standard_normal(v.value.shape) if v.value.ndim else v.value).astype(v.value.dtype)
        for v in opt.variables[1:]]
    new_params = {name: rng.standard_normal(value.shape).astype(value.dtype) for name, value in params.items()}
    reads = state_reads(monkeypatch)
    with unittest.mock.patch.object(adam_iree.Adam, "_compile_common_step", lambda self: None):
        opt.set_keras_state(state, params=new_params)
        assert reads == []
        opt.set_keras_state(state)
    assert len(reads) == len(opt._layout.groups)
    monkeypatch.undo()
    for got, want in zip(opt.variables, state):
        np.testing.assert_array_equal(got.value, want, err_msg=got.name)
    for name, value in opt.params.items():
        np.testing.assert_array_equal(value, new_params[name], err_msg=name)


def test_a_constant_learning_rate_is_written_to_the_device_once():
    """The learning rate reaches the device only when it changes: on a discrete GPU its staging is managed
    memory, and a host write each step made every step fault its page back (H100: a 64K step 0.17-0.22 ->
    0.09 ms). Each value still takes effect: the parameters follow Keras through a change of rate."""
    import keras

    rng = np.random.default_rng(3)
    p0 = rng.standard_normal(7).astype(np.float32)
    opt = adam_iree.Adam(learning_rate=0.01)
    opt.build([p0])
    written = []
    write = opt._lr_staging.write
    opt._lr_staging.write = lambda a: (written.append(float(a)), write(a))[1]
    ref = keras.optimizers.Adam(learning_rate=0.01)
    var = keras.Variable(p0)
    ref.build([var])
    for step in range(6):
        if step == 3:
            opt.learning_rate = ref.learning_rate = 0.002
        g = rng.standard_normal(7).astype(np.float32)
        opt.apply([g])
        ref.apply([g], [var])
    assert written == [np.float32(0.01), np.float32(0.002)]
    np.testing.assert_allclose(opt.params[0], var.numpy(), rtol=2e-6, atol=1e-7)


@pytest.mark.parametrize("kwargs", [{}, FULL, {"clipnorm": 1.0}], ids=["plain", "full", "clipnorm"])
def test_two_hundred_tensors_cost_one_call_and_few_dispatches(kwargs):
    """Dispatches depend on the state's size (blocked reductions add a level per 32x of the longest
    tensor), not on how many tensors hold it: 200 tensors cost no more than 8 tensors of the same total
    size. (8: 4 in each weight-decay group; a group of two takes a cheaper select for its per-tensor
    norms.)"""
    def dispatches(n_tensors):
        rng = np.random.default_rng(n_tensors)
        cuts = np.sort(rng.choice(np.arange(1, 30_000), n_tensors - 1, replace=False))
        sizes = np.diff([0, *cuts, 30_000])
        o = planned({f"layer{i}/{'kernel' if i % 2 == 0 else 'bias'}": rng.standard_normal(int(k)).astype(np.float32)
                     for i, k in enumerate(sizes)}, exclude=["bias"], **kwargs)
        targets = [get_target("llvm-cpu")]
        spec = StepSpec(o.config, o._layout, tuple([True] * n_tensors), None, **step_choices(targets, o.config))
        return o, spec, stream_plan(export_step(spec), targets[0], step_compile_flags(targets, True)).dispatches

    _, _, n_small = dispatches(8)
    opt, spec, n = dispatches(200)
    params = opt.params
    assert n <= n_small <= 26, f"{n} dispatches for 200 tensors ({n_small} for 8)"
    opt._compile_common_step()  # what `build` does (`planned` did not)
    calls = []
    key = (spec.present, opt._phase())
    original = opt._steps[key].context.invoke
    opt._steps[key].context = type("Counting", (), {
        "invoke": lambda self, *a: (calls.append(1), original(*a))})()
    opt.apply({k: np.ones_like(v) for k, v in params.items()})
    assert len(calls) == 1


# A call is one submission (no barrier splits it: compiler.with_dispatch_barriers), so IREE packs its scratch
# buffers into one allocation: the largest holds the big one plus the few small ones (sums per tensor,
# per block of lanes: 4-8 KB at 1M params).
PACKED_SMALL_SCRATCH = 16 * 1024


def phases_and_artifact_step(opt) -> list:
    """The step variants `opt` runs (`step_phases`) and an artifact's single step (phase None, which decides on
    the device; the same as the optimizer's without accumulation)."""
    return list(dict.fromkeys([*opt.step_phases(), None]))


def step_stream_ir(opt, target, phase=None, flags=None, present=None) -> str:
    """IREE's stream IR of `opt`'s step (every gradient present unless `present` says) for `target`,
    compiled with the flags the optimizer uses unless `flags` says."""
    choices = step_choices([target], opt.config) if flags is None else {}  # as the optimizer builds it
    present = (True,) * len(opt._layout.variables) if present is None else present
    spec = StepSpec(opt.config, opt._layout, present, phase, **choices)
    return stream_ir(export_step(spec), target, step_compile_flags([target], spec.fused) if flags is None else flags)


def step_plan(opt, target, phase=None, flags=None, present=None):
    """The plan of one call of `step_stream_ir`'s module."""
    return plan_of_stream_ir(step_stream_ir(opt, target, phase, flags, present))


def planned(params, exclude: Sequence[str] = (), **kwargs) -> adam_iree.Adam:
    """An Adam(**kwargs) over `params` (`exclude`: names excluded from weight decay) for a test that counts
    its steps' plans and never calls it: built without compiling its steps for its own target, llvm-cpu,
    which `build` does (1-3.5 s a module; 14 in the stale-read test's 12 cases)."""
    opt = adam_iree.Adam(**kwargs)
    if exclude:
        opt.exclude_from_weight_decay(var_names=list(exclude))
    with unittest.mock.patch.object(adam_iree.Adam, "_compile_common_step", lambda self: None):
        opt.build(params)
    return opt


@pytest.mark.parametrize("kwargs,target_name", [
    ({"clipnorm": 0.7, "amsgrad": True, "use_ema": True}, "llvm-cpu"),
    ({"gradient_accumulation_steps": 2, "clipnorm": 1.0, "weight_decay": 0.01}, "llvm-cpu"),
    ({"gradient_accumulation_steps": 2, "clipnorm": 1.0, "weight_decay": 0.01}, "vulkan")],
    ids=["clipnorm_amsgrad_ema", "accumulation_clipnorm", "accumulation_clipnorm-vulkan"])
@EXTENTS
def test_a_step_evaluates_no_constants_while_compiling_and_keeps_its_call_plan(kwargs, target_name, extent):
    """CPU and Vulkan steps compile without IREE's evaluation of constant expressions (compiler.NO_CONST_EVAL:
    it compiles and runs a module of its own for per-tensor clipnorm's index tables): those globals are
    filled when the module loads instead, and each call's plan is the one compiled with the evaluation
    (dispatches, scratch, waits), absent gradients and the update call included. (The numbers: every
    clipnorm test on llvm-cpu and Vulkan runs such a module.)"""
    target = get_target(target_name)
    o = planned({"a/kernel": np.zeros((40, 33), np.float32), "b/bias": np.zeros(77, np.float32),
                 "c/scale": np.zeros(5000, np.float32), "d/kernel": np.zeros(70, np.float32)}, **kwargs)
    for phase, present in product_at(extent, phases_and_artifact_step(o), [(True,) * 4, (True, False, True, True)]):
        spec = StepSpec(o.config, o._layout, present, phase, **step_choices([target], o.config))
        flags = step_compile_flags([target], spec.fused)
        assert NO_CONST_EVAL in flags
        mlir = export_step(spec)
        text = stream_ir(mlir, target, flags)
        hoisted = re.findall(r"util\.global private @__hoisted\w*", text)
        # (an accumulation call has no norm, so no table)
        assert bool(hoisted) == (phase != "accumulate"), (phase, present, "the comparison would show nothing")
        evaluated = [f for f in flags if f != NO_CONST_EVAL]
        assert plan_of_stream_ir(text) == stream_plan(mlir, target, evaluated), (phase, present)


@pytest.mark.parametrize("kwargs,n_tensors", [
    ({"global_clipnorm": 1.0}, 1), ({"clipvalue": 0.1, "loss_scale_factor": 8.0}, 1),
    ({"amsgrad": True, "use_ema": True, "weight_decay": 0.01}, 1), ({"clipnorm": 1.0}, 1), ({"clipnorm": 1.0}, 7),
    ({"global_clipnorm": 1.0, "loss_scale_factor": 4.0}, 3), ({"gradient_accumulation_steps": 2}, 3)],
    ids=["global_clipnorm", "clipvalue_loss_scale", "amsgrad_ema_decay", "clipnorm", "clipnorm_7_tensors",
         "global_clipnorm_loss_scale", "accumulation"])
def test_a_gradient_transform_does_not_split_the_update_on_cpu(kwargs, n_tensors):
    """IREE's default fusion splits an update whose gradients are transformed into two full-size
    dispatches and round-trips m and v through a transient twice the state's size; the CPU step
    compiles with aggressive fusion, which keeps one full-size pass and no large transient (per-tensor
    norms over several tensors included: no full-size scatter, nothing full-size stored). With
    accumulation, an artifact's single step too (phase None, which decides on the device)."""
    n = 1 << 20
    target = get_target("llvm-cpu")
    cuts = [0, 5, 40, 1000, 1033, 70_000, n - 3, n][: n_tensors] + [n]
    o = planned({f"w{i}": np.zeros(b - a, np.float32) for i, (a, b) in enumerate(zip(cuts, cuts[1:]))}, **kwargs)
    for phase in phases_and_artifact_step(o):
        default, fused = step_plan(o, target, phase, flags=[]), step_plan(o, target, phase)
        if n_tensors == 1 and ("clipvalue" in kwargs or "clipnorm" in kwargs or "global_clipnorm" in kwargs):
            assert default.largest_transient_bytes >= 2 * 4 * n  # the finding this guards against
        assert fused.largest_transient_bytes < 4 * n, (phase, fused)


@pytest.mark.parametrize("target_name", ["llvm-cpu", "vulkan", "cuda-sm90"])
@pytest.mark.parametrize("kwargs", [{}, {"amsgrad": True, "use_ema": True}, {"global_clipnorm": 1.0},
                                    {"global_clipnorm": 1.0, "loss_scale_factor": 4.0},
                                    {"gradient_accumulation_steps": 2}],
                         ids=["plain", "amsgrad_ema", "global_clipnorm", "global_clipnorm_loss_scale", "accumulation"])
def test_a_step_with_absent_gradients_stores_nothing_full_size(kwargs, target_name):
    """A variable without a gradient keeps its values through a select on the group's mask. Selected after
    the update of x had read the new m (and v_hat), those selects got dispatches of their own and the new
    slots full-size transients on every target (16M params in two tensors, one gradient absent, llvm-cpu:
    42-44 ms a call, 19-20 since; amsgrad+EMA 94-95 -> 25-26). With loss scaling, the masked norm's rows
    unscaled the same 1-D gradient as the update, which IREE stored whole for both (`sum_of_squares`)."""
    n = 1 << 20
    target = get_target(target_name)
    o = planned({"a": np.zeros(n // 2, np.float32), "b": np.zeros(n // 2, np.float32)}, **kwargs)
    for phase in phases_and_artifact_step(o):
        plan = step_plan(o, target, phase, present=(True, False))
        assert plan.largest_transient_bytes < n, (phase, plan)  # half of one array: the norm's partials fit
        assert plan.host_reads == 0, (phase, plan)


@pytest.mark.parametrize("target_name", ["llvm-cpu", "vulkan", "cuda-sm90"])
@pytest.mark.parametrize("kwargs", [{}, {"loss_scale_factor": 4.0, "use_ema": True}, {"amsgrad": True}],
                         ids=["plain", "loss_scale_ema", "amsgrad"])
@EXTENTS
def test_the_global_norm_of_an_accumulated_gradient_stores_nothing_full_size(kwargs, target_name, extent):
    """The update call's global norm sums the accumulated gradient computed slice by slice from the gradients
    and the accumulators (step.norm_transform); it read that gradient computed by the update, which IREE
    stored whole (4 bytes a parameter, written once and read twice: 1M params, 456 KB of scratch, 14-28 KB
    since). Checked for the update call, an artifact's single step, and with an absent gradient."""
    n = 1 << 20
    target = get_target(target_name)
    o = planned({"a": np.zeros(n // 2, np.float32), "b": np.zeros(n // 2, np.float32)},
                global_clipnorm=1.0, gradient_accumulation_steps=3, **kwargs)
    for phase, present in product_at(extent, ("update", None), ((True, True), (True, False))):
        plan = step_plan(o, target, phase, present=present)
        assert plan.largest_transient_bytes < n, (phase, present, plan)  # below a quarter of one array
        assert plan.stale_reads == 0 and plan.host_reads == 0, (phase, present, plan)


@pytest.mark.parametrize("target_name", ["llvm-cpu", "vulkan", "cuda-sm90"])
@pytest.mark.parametrize("kwargs", [{}, {"loss_scale_factor": 4.0}, {"amsgrad": True, "weight_decay": 0.01}],
                         ids=["plain", "loss_scale", "amsgrad_decay"])
@EXTENTS
def test_per_tensor_norms_of_an_accumulated_gradient_store_nothing_full_size(kwargs, target_name, extent):
    """On the update call and in an artifact's single step (phase None), per-tensor norms sum the
    accumulated gradient from the gradients and the accumulators, as the global norm does, without EMA
    (step.adam_step says where not). They read it computed by the update and stored whole before (1M params
    over four tensors: 4.3 MB of scratch, 256 KB since). Four tensors in one group, with and without an
    absent gradient."""
    n = 1 << 20
    target = get_target(target_name)
    sizes = [n // 2 - 1000, 993, 7, n // 2]
    o = planned({f"w{i}": np.zeros(size, np.float32) for i, size in enumerate(sizes)},
                clipnorm=1.0, gradient_accumulation_steps=3, **kwargs)
    for phase, present in product_at(extent, ("update", None), ((True,) * 4, (True, False, True, True))):
        plan = step_plan(o, target, phase, present=present)
        assert plan.largest_transient_bytes < n, (phase, present, plan)  # below a quarter of one array
        assert plan.stale_reads == 0 and plan.host_reads == 0, (phase, present, plan)


@pytest.mark.parametrize("target_name", ["llvm-cpu", "vulkan", "cuda-sm90"])
@pytest.mark.parametrize("kwargs", [
    {"gradient_accumulation_steps": 2, "global_clipnorm": 1.0, "loss_scale_factor": 2.0, "use_ema": True},
    {"gradient_accumulation_steps": 3, "clipnorm": 1.0, "loss_scale_factor": 2.0, "use_ema": True},
    {"gradient_accumulation_steps": 3, "clipnorm": 1.0, "loss_scale_factor": 2.0, "amsgrad": True,
     "weight_decay": 0.01},
    {"gradient_accumulation_steps": 2, "clipnorm": 1.0, "weight_decay": 0.004, "use_ema": True,
     "ema_overwrite_frequency": 0}],
    ids=["global_clipnorm", "clipnorm_ema", "clipnorm", "clipnorm_ema_overwrite"])
@EXTENTS
def test_no_dispatch_reads_a_state_buffer_after_it_was_overwritten(kwargs, target_name, extent):
    """The accumulators are donated: the update call writes their reset in place. Where a norm reads them
    (step.norm_transform: the global norm; per-tensor norms on the update call without EMA), every dispatch
    that reads them must come before the one that writes them. IREE does not guarantee it: with per-tensor
    norms reading them it wrote the reset first for 15 small tensors with weight decay and EMA overwrite
    (seed 1049 of the slow fuzz), and on llvm-cpu, Vulkan and CUDA for three tensors in one group while the
    clip factors took four operands of the update. Checked on IREE's stream plan
    (`StreamPlan.stale_reads`) for a packed group, a second dtype's group and an absent gradient, and with
    per-tensor norms for 15 small tensors."""
    target = get_target(target_name)
    layouts = {"variables": {"a/kernel": 40000, "b/bias": 300, "c/kernel": 70001, "h": 7000},
               "small": {f"{['dense', 'conv', 'norm'][i % 3]}_{i}/{'bias' if i % 4 == 1 else 'kernel'}": size
                         for i, size in enumerate([3, 33, 7, 1, 17, 40, 5, 31, 12, 2, 9, 27, 1, 36, 11])}}
    # (layout, phase, first gradient absent)
    cases = [("variables", phase, absent) for phase in ("update", None) for absent in (False, True)]
    core = [("variables", "update", False), ("variables", None, True)]
    if "clipnorm" in kwargs:
        cases += [("small", "update", False), ("small", "update", True)]
        core += [("small", "update", True)]
    for name, phase, absent in cases_at(extent, cases, core):
        sizes = layouts[name]
        o = planned({k: np.zeros(n, ml_dtypes.bfloat16 if k == "h" else np.float32) for k, n in sizes.items()},
                    exclude=["bias"], **kwargs)
        present = (not absent,) + (True,) * (len(sizes) - 1)
        plan = step_plan(o, target, phase, present=present)
        assert plan.stale_reads == 0, (name, phase, present, plan)


@pytest.mark.slow
@pytest.mark.parametrize("target_name", ["llvm-cpu", "vulkan", "cuda-sm90"])
@pytest.mark.parametrize("phase", ["update", None], ids=["update", "artifact"])
@pytest.mark.parametrize("seed", range(40))
def test_random_layouts_read_no_accumulator_after_its_reset(seed, target_name, phase):
    """Per-tensor norms of an accumulated gradient read the accumulators on the update call and in an
    artifact's single step (without EMA): over random layouts (2-23 tensors of 1-4099 elements, bfloat16
    groups, decay exclusions, absent gradients, amsgrad, weight decay, loss scaling), IREE's plan of that
    step reads no accumulator after writing its reset."""
    rng = np.random.default_rng(seed)
    kwargs = {"clipnorm": float(rng.uniform(0.1, 2)), "gradient_accumulation_steps": int(rng.integers(2, 5)),
              "amsgrad": bool(rng.random() < 0.5)}
    if rng.random() < 0.6:
        kwargs["weight_decay"] = 0.01
    if rng.random() < 0.4:
        kwargs["loss_scale_factor"] = 3.0
    n = int(rng.integers(2, 24))
    half = target_name != "vulkan" and rng.random() < 0.3
    params = {f"{['dense', 'conv', 'norm'][i % 3]}_{i}/{['kernel', 'bias'][int(rng.integers(0, 2))]}": np.zeros(
        int(rng.choice([1, 3, 7, 31, 33, 100, 513, 1000, 4099])),
        ml_dtypes.bfloat16 if half and rng.random() < 0.4 else np.float32) for i in range(n)}
    o = planned(params, exclude=["bias"] if "weight_decay" in kwargs and rng.random() < 0.6 else [], **kwargs)
    present = None if rng.random() < 0.5 else tuple(bool(rng.random() >= 0.3) or i == 0 for i in range(n))
    plan = step_plan(o, get_target(target_name), phase, present=present)
    assert plan.stale_reads == 0 and plan.host_reads == 0, (kwargs, present, plan)


def test_stale_reads_finds_a_dispatch_reading_what_an_earlier_one_wrote():
    """`compiler.stale_reads` over a function's stream IR: a read of an external buffer after an earlier
    dispatch wrote it counts, a read before the write, of a transient, or by the writer itself does not."""
    from adam_iree.compiler import stale_reads

    def dispatch(*access):
        lines = "\n".join(f"        {mode} {name}[%c0 for %c4] : !stream.resource<{kind}>{{%c4}}"
                          for mode, name, kind in access)
        return f"      stream.cmd.dispatch @ex::@fn {{\n{lines}\n      }} loc(unknown)\n"

    norm_first = (dispatch(("ro", "%arg1", "external"), ("wo", "%arg9", "transient"))
                  + dispatch(("ro", "%arg9", "transient"), ("rw", "%arg1", "external")))
    reset_first = (dispatch(("ro", "%arg2", "external"), ("rw", "%arg1", "external"))
                   + dispatch(("ro", "%arg1", "external"), ("wo", "%arg9", "transient"))
                   + dispatch(("rw", "%arg9", "transient"), ("ro", "%arg9", "transient")))
    assert stale_reads(norm_first) == 0
    assert stale_reads(reset_first) == 1


@pytest.mark.parametrize("target_name", ["llvm-cpu", "vulkan", "cuda-sm90", "metal"])
@pytest.mark.parametrize("n,slots", product_params([1 << 20, (1 << 20) + 13],
                                                   [{}, {"amsgrad": True, "use_ema": True}],
                                                   ids=[None, ["plain", "amsgrad_ema"]]))
def test_per_tensor_clipnorm_stores_nothing_full_size_where_fused(target_name, n, slots):
    """Per-tensor clipnorm over several tensors gives every element its tensor's factor
    (`step.per_element`): on CPUs and CUDA, compiled with aggressive fusion, in rows inside the update (no
    gather per element: 5.4 ms of a 16-ms, 200-tensor, 16M-param step on the CPU before); on Vulkan, fused
    too, per element (on lavapipe the rows took twice the gathers' time). Unfused, m and v go through a
    transient twice the gradients' size: on CUDA one tensor of 16M + 2 params took 1.28 ms on an H100, fused
    0.39-0.47; on Vulkan that was every clipnorm step before (8 MB of scratch at 1M params). Metal's stays
    unfused (untried). A total that 32 does not divide is padded (layout.GROUP_ALIGN): before, its rows
    and squares were cut to the total, and IREE stored them whole (200 tensors of 16M + 2 params on the
    CPU: 24-25 ms, 14-15 padded). With amsgrad and EMA the update has the most operands: the factor's took
    it past IREE's limit per dispatch before, and IREE stored the clipped gradient and the new m whole."""
    target = get_target(target_name)
    cuts = [0, 5, 40, 1000, 1033, 70_000, n - 3, n]
    o = planned({f"w{i}": np.zeros(b - a, np.float32) for i, (a, b) in enumerate(zip(cuts, cuts[1:]))},
                clipnorm=1.0, **slots)
    fused = fuses_aggressively([target], o.config)
    assert fused == (target.device != "metal")
    assert builds_factor_rows([target], o.config) == (target.device in ("local", "cuda"))
    plan = step_plan(o, target)
    # fused: the largest scratch is the blocks' sums (n/32), not the squares (unpadded, 16M + 13: 4n)
    assert plan.largest_transient_bytes <= (4 * storage_size(n) // 32 + PACKED_SMALL_SCRATCH if fused
                                            else 2 * 4 * n + 4 * storage_size(n) // 32 + PACKED_SMALL_SCRATCH), plan


@pytest.mark.parametrize("target_name,case", product_params(
    ["llvm-cpu", "cuda-sm90"], [({}, 3), ({"amsgrad": True}, 2), ({"use_ema": True}, 2),
                                ({"gradient_accumulation_steps": 2}, 2)],
    ids=[None, ["plain", "amsgrad", "ema", "accumulation"]]))
def test_per_tensor_clipnorm_selects_fit_the_update(target_name, case, monkeypatch):
    """Where its blocks hold at most `step.block_select_limit` members, per-tensor clipnorm takes each
    block's factors by selects (`step.block_selects`: two more operands of the update a member after the
    first); at that limit the call does what it does with the factor table's rows: as many dispatches, no
    more scratch. One member more (three with one slot) stored the clipped gradient whole (8 MB at 1M
    params), and so did even one with two slots: those keep the rows. `case`: the slots, and the members a
    block may hold with them."""
    slots, members = case
    n = 1 << 20
    target = get_target(target_name)
    # member starts inside blocks of 32: [5, 40) holds 2 members per block, [1000, 1040) 3
    cuts = [0, 5, 40, 1000, 1033, 70_000, n - 3, n] if members == 2 else [0, 5, 40, 50, 1000, 1033, 1040, n]
    o = planned({f"w{i}": np.zeros(b - a, np.float32) for i, (a, b) in enumerate(zip(cuts, cuts[1:]))},
                clipnorm=1.0, **slots)
    (group,) = o._layout.groups
    assert block_members(group).cuts.shape[0] + 1 == members == block_select_limit(o.config)
    # (not an accumulation call's: it has no norm, and one module either way)
    phases = [phase for phase in phases_and_artifact_step(o) if phase != "accumulate"]
    selects = {phase: step_plan(o, target, phase) for phase in phases}
    monkeypatch.setattr(adam_step_module, "block_select_limit", lambda config: 0)
    for phase, plan in selects.items():
        rows = step_plan(o, target, phase)
        assert (plan.dispatches, plan.largest_transient_bytes) == (rows.dispatches, rows.largest_transient_bytes)
        assert plan.largest_transient_bytes < n, (phase, plan)  # the norms' partials


@pytest.mark.parametrize("target_name", ["llvm-cpu", "vulkan", "cuda-sm90"])
@pytest.mark.parametrize("clip,cuts", [("clipnorm", [0, 5, 40, 1000, 1033, 70_000, (1 << 20) - 3, 1 << 20]),
                                       ("clipnorm", [*range(0, 1 << 20, 3000), 1 << 20]),
                                       ("global_clipnorm", [0, 1 << 20])],
                         ids=["clipnorm-spans", "clipnorm-blocks", "global_clipnorm"])
def test_cpu_norms_sum_their_rows_as_products_with_ones(target_name, clip, cuts):
    """On CPUs the norms' row sums (leaves of 32, the partials' 1024s, spans' 16: `step.row_sums`) are
    products with a vector of ones, which IREE's CPU code runs in vector multiply-adds where its row
    reduction is a chain of scalar adds; the call then has as many dispatches and no more scratch than with
    the reductions. GPU targets keep the reductions (untimed with products). Per-tensor norms over spans
    (7 tensors in 2^20) and, with 350 tensors, over element blocks (`member_sums_of_squares`)."""
    target = get_target(target_name)
    o = planned({f"w{i}": np.zeros(b - a, np.float32) for i, (a, b) in enumerate(zip(cuts, cuts[1:]))}, **{clip: 1.0})
    choices = step_choices([target], o.config)
    assert choices["row_sums_by_dot"] == (target.device == "local")
    spec = StepSpec(o.config, o._layout, (True,) * (len(cuts) - 1), None, **choices)
    flags = step_compile_flags([target], spec.fused)
    text = stream_ir(export_step(spec), target, flags)
    dispatches = re.findall(r"stream\.cmd\.dispatch @\w+::@(\w+)", text.split("@step(", 1)[1])
    assert any(re.search(r"_matvec_\d+x(16|32|1024)_", d) for d in dispatches) == choices["row_sums_by_dot"], dispatches
    if choices["row_sums_by_dot"]:
        products = plan_of_stream_ir(text)  # the step as the optimizer compiles it (step_plan)
        reductions = stream_plan(export_step(dataclasses.replace(spec, row_sums_by_dot=False)), target, flags)
        assert products.dispatches == reductions.dispatches, (products, reductions)
        assert products.largest_transient_bytes <= reductions.largest_transient_bytes, (products, reductions)


def test_a_stream_plan_counts_what_a_call_does_not_the_modules_initializers():
    """IREE moves work on constants (per-tensor clipnorm's index tables, a hoisted scalar) into initializers
    that run once when the module loads, each with a submission of its own; a plan counted them as every
    call's (clipnorm over 8 tensors on llvm-cpu: 2 submissions and 10 dispatches a call instead of 1 and 9)."""
    target = get_target("llvm-cpu")
    o = planned([np.zeros(4096 + 7 * i, np.float32) for i in range(8)], clipnorm=1.0)
    text = step_stream_ir(o, target)
    call = text.split("util.func public @step(", 1)[1]
    assert "util.initializer" in text and text.count("stream.cmd.execute") > call.count("stream.cmd.execute") == 1
    plan = plan_of_stream_ir(text)
    assert (plan.submissions, plan.dispatches) == (1, call.count("stream.cmd.dispatch ")), plan


def test_an_unfused_step_keeps_its_index_tables_constant():
    """The static index tables of per-tensor clipnorm are kept dispatch operands by a barrier only in fused
    steps (step.index_table; for CUDA's PTX). In an unfused step (then Vulkan's, now Metal's) the barrier
    made each call submit more command buffers (7 instead of 5 for two tensors) and cost 12-14 ms a step on
    lavapipe instead of 0.7-1.1 (a 2-tensor step in a loop, before and after)."""
    target = get_target("metal")
    o = planned({"a": np.zeros(1, np.float32), "b": np.zeros(16, np.float32)}, clipnorm=1.0)
    assert not fuses_aggressively([target], o.config)
    assert step_plan(o, target).submissions <= 5


@pytest.mark.parametrize("clip,target_name", [("global_clipnorm", "llvm-cpu"), ("global_clipnorm", "vulkan"),
                                              ("global_clipnorm", "cuda-sm90"), ("clipnorm", "llvm-cpu"),
                                              ("clipnorm", "cuda-sm90")])
@pytest.mark.parametrize("n", [(1 << 20) + 8, (1 << 20) + 2, (1 << 20) + 1])
def test_a_norm_over_a_size_32_does_not_divide_stores_nothing_full_size(clip, n, target_name):
    """Summed in rows of 32, a size 32 does not divide made IREE store the squared gradients whole (global
    clipnorm at 16M + 8: 13.5 reads of the gradients more than plain); so did lanes over a slice of the
    gradient reshaped (IREE copies the argument to reshape a part of it); one span of 16 plain slices with
    n mod 16 elements apart kept the scratch to n/16 partial sums. Now the group's buffer is padded to
    spans (layout.GROUP_ALIGN): n/32 partial sums. Per-tensor clipnorm of a lone tensor takes the same
    lanes (on the CPU and CUDA: Vulkan steps with it are not fused, so their m and v round-trip through a
    transient)."""
    target = get_target(target_name)
    o = planned([np.zeros(n, np.float32)], **{clip: 1.0})
    plan = step_plan(o, target)
    # the lanes' partial sums, with the call's few small buffers
    assert plan.largest_transient_bytes <= 4 * storage_size(n) // 32 + PACKED_SMALL_SCRATCH, plan


@pytest.mark.parametrize("log2_n", [16, 20, 24, 26])
def test_the_global_norm_costs_its_lanes_and_one_dispatch_per_tree_level(log2_n):
    """The global norm over one tensor of n = 2^k elements adds to the plain step its lanes (n/32 partial
    sums of 32 squares) and one dispatch per level of sums of at most 1024 partials (step.REDUCTION_BLOCK)
    down to one: 1 + ceil(log2(n/32) / 10). At 16M that is 3; the partials summed in 32s first took 4."""
    n = 1 << log2_n
    target = get_target("llvm-cpu")
    dispatches = {}
    for kwargs in ({}, {"global_clipnorm": 1.0}):
        o = planned([np.zeros(n, np.float32)], **kwargs)
        dispatches[bool(kwargs)] = step_plan(o, target).dispatches
    assert dispatches[True] - dispatches[False] == 1 + -(-(log2_n - 5) // 10), dispatches


@pytest.mark.parametrize("target_name", ["llvm-cpu", "vulkan", "cuda-sm90"])
@pytest.mark.parametrize("log2_n", [20, 24])
def test_the_norm_of_an_accumulated_gradient_takes_its_lanes_in_one_dispatch(log2_n, target_name):
    """The update call's global norm reads the gradients and the accumulators, in `norm_rows(2)` = 16 rows
    of 32 lanes a span each: 32 slices in all, which IREE fuses into one dispatch. With 32 rows of each
    (64 slices) it cut them into two, each reading the arrays from memory (200 tensors / 16M on llvm-cpu,
    per-tensor norms: 7.9-8.0 ms for the lanes, 5.0-6.1 in one). So the norm adds its lanes and one dispatch per
    level of sums of at most 1024 of the n/16 partials, as a plain gradient's norm does with n/32."""
    n = 1 << log2_n
    target = get_target(target_name)
    dispatches = {}
    for kwargs in ({}, {"global_clipnorm": 1.0}):
        o = planned([np.zeros(n, np.float32)], gradient_accumulation_steps=2, **kwargs)
        dispatches[bool(kwargs)] = step_plan(o, target, "update").dispatches
    assert dispatches[True] - dispatches[False] == 1 + -(-(log2_n - 4) // 10), dispatches


@pytest.mark.parametrize("target_name", ["cuda-sm90", "vulkan"])
@pytest.mark.parametrize("kwargs", [{"global_clipnorm": 1.0}, {"amsgrad": True, "use_ema": True},
                                    {"gradient_accumulation_steps": 4, "amsgrad": True, "use_ema": True},
                                    {"loss_scale_factor": 4.0, "clipvalue": 0.1},
                                    {"global_clipnorm": 1.0, "loss_scale_factor": 4.0}],
                         ids=["global_clipnorm", "amsgrad_ema", "accumulation", "loss_scale_clipvalue",
                              "global_clipnorm_loss_scale"])
def test_gpu_steps_make_one_pass_and_never_wait_for_the_host(kwargs, target_name):
    """On GPUs (compiled here, run on an H200 for the README's figures) the step fuses like the CPU's: no
    full-size transient, so m and v are not round-tripped (global clipnorm at 16M on an H200 took 1.45 ms
    with it, plain 0.26); and no value read back to the host between dispatches (the update call of
    gradient accumulation selected on a scalar `(k + 1) % N == 0`, which IREE read back: 2 ms a call on
    CUDA, whatever the size). Per-tensor clipnorm is fused on both since it runs on lavapipe (once it
    never finished there). With accumulation an artifact's single step (phase None) is checked too: a new m read by both the
    update of x and its own select made IREE give that select a dispatch and a full-size transient (16M on
    llvm-cpu: 35 ms a call instead of 12-14)."""
    n = 1 << 20
    target = get_target(target_name)
    o = planned([np.zeros(n, np.float32)], **kwargs)
    for phase in phases_and_artifact_step(o):
        plan = step_plan(o, target, phase)
        assert plan.largest_transient_bytes < 4 * n, (phase, plan)
        assert plan.host_reads == 0, (phase, plan)
    assert fuses_aggressively([target], make_config(clipnorm=1.0))


@pytest.mark.parametrize("target_name", ["llvm-cpu", "vulkan", "cuda-sm90"])
@pytest.mark.parametrize("kwargs,n_tensors", [({"global_clipnorm": 1.0}, 1), ({"clipnorm": 1.0}, 1),
                                              ({"clipnorm": 1.0}, 3),
                                              ({"global_clipnorm": 1.0, "gradient_accumulation_steps": 2}, 2)],
                         ids=["global_clipnorm", "clipnorm", "clipnorm_3_tensors", "global_clipnorm_accumulation"])
def test_a_norm_step_waits_for_the_device_only_at_its_end(kwargs, n_tensors, target_name, monkeypatch):
    """The barriers that keep a norm's reductions in dispatches of their own (step.no_fusion) are compiled
    as IREE's dispatch barriers (compiler.with_dispatch_barriers): the same dispatches as JAX's
    optimization_barrier gives, without the device-to-host wait IREE puts before each of those (a norm
    step was 2 submissions, per-tensor clipnorm over 3 tensors on Vulkan 7)."""
    from adam_iree import compiler
    target = get_target(target_name)
    o = planned([np.zeros(4096 + 7 * i, np.float32) for i in range(n_tensors)], **kwargs)
    for phase in o.step_phases():
        plan = step_plan(o, target, phase)
        assert plan.host_waits == 0, (phase, plan)
        with monkeypatch.context() as m:
            m.setattr(compiler, "with_dispatch_barriers", lambda mlir: mlir)
            as_exported = step_plan(o, target, phase)
        assert plan.dispatches == as_exported.dispatches, (phase, plan, as_exported)
        if phase != "accumulate":
            assert as_exported.host_waits >= 1, (phase, as_exported)  # what the rewrite removes


def test_failed_device_call_leaves_state_intact():
    params = model(3)
    opt = adam_iree.Adam(**FULL)
    opt.build(params)
    grads = {k: np.full_like(v, 0.5) for k, v in params.items()}
    opt.apply(grads)
    before = [v.value.copy() for v in opt.variables]

    class Broken:
        def invoke(self, *args):
            raise ValueError("simulated device failure")

    step = opt._steps[((True, True, True), opt._phase())]
    good = step.context
    step.context = Broken()
    with pytest.raises(RuntimeError, match="simulated device failure. IREE checks a call's arguments"):
        opt.apply(grads)
    for a, b in zip(before, [v.value for v in opt.variables]):
        np.testing.assert_array_equal(a, b)
    step.context = good
    opt.apply(grads)
    assert opt._read_counter() == 2


@pytest.mark.parametrize("error,lost", [
    ("Error invoking function: DATA_LOSS; while invoking native function hal.fence.await", True),  # CI's
    ("queue.c:9356: DATA_LOSS; [vkGetSemaphoreCounterValue] VK_ERROR_DEVICE_LOST; while invoking native "
     "function hal.device.queue.alloca", True),
    ("simulated device failure", False)])
def test_a_lost_device_is_named_in_the_error(error, lost):
    """A call that lost its device (IREE reports Vulkan's VK_ERROR_DEVICE_LOST as DATA_LOSS; the texts are
    IREE's own, from a CI run and from lavapipe) says so and what to do; other failures do not. The note's
    "The device was lost" is also what tools/run_tests.sh reruns a Vulkan test on."""
    params = model(2)
    opt = adam_iree.Adam(learning_rate=0.01)
    opt.build(params)
    grads = {k: np.full_like(v, 0.5) for k, v in params.items()}

    class Lost:
        def invoke(self, *args):
            raise RuntimeError(error)

    step = opt._steps[((True, True), opt._phase())]
    step.context = Lost()
    with pytest.raises(RuntimeError) as info:
        opt.apply(grads)
    assert error in str(info.value)
    assert ("The device was lost" in str(info.value)) == lost
    assert ("a new optimizer loaded from a checkpoint" in str(info.value)) == lost


class PolicyDuringCall:
    """Stands in for a step's VM context: records the calling thread's scheduling policy during the call."""

    def __init__(self, context, fail: bool = False):
        self.context, self.fail, self.seen = context, fail, []

    def invoke(self, *args):
        self.seen.append(os.sched_getscheduler(0))
        if self.fail:
            raise ValueError("simulated device failure")
        return self.context.invoke(*args)


def local_task_always(name: str):
    """The profile `name` without its switch to local-sync for small states (these tests' models are small)."""
    return dataclasses.replace(get_target(name), sync_up_to_params=0)


@pytest.mark.skipif(not hasattr(os, "SCHED_BATCH"), reason="SCHED_BATCH is Linux-only")
def test_local_task_calls_run_without_wakeup_preemption_and_restore_the_callers_policy():
    """On local-task the caller waits for IREE workers that share its cores; during the call it is in
    SCHED_BATCH (no wake-up preemption of the worker that signals it) and after it, even a failed one,
    back in SCHED_OTHER. local-sync runs on the caller and leaves it alone."""
    params = model(3)
    grads = {k: np.full_like(v, 0.5) for k, v in params.items()}
    seen = {}
    for name, fail in (("llvm-cpu", False), ("llvm-cpu", True), ("llvm-cpu-sync", False)):
        opt = adam_iree.Adam(target=local_task_always(name))
        opt.build(params)
        assert opt.driver == get_target(name).driver
        opt.apply(grads)
        step = opt._steps[((True, True, True), opt._phase())]
        step.context = probe = PolicyDuringCall(step.context, fail)
        assert os.sched_getscheduler(0) == os.SCHED_OTHER
        if fail:
            with pytest.raises(RuntimeError, match="simulated device failure"):
                opt.apply(grads)
        else:
            opt.apply(grads)
        assert os.sched_getscheduler(0) == os.SCHED_OTHER
        seen[name, fail] = probe.seen
    assert seen == {("llvm-cpu", False): [os.SCHED_BATCH], ("llvm-cpu", True): [os.SCHED_BATCH],
                    ("llvm-cpu-sync", False): [os.SCHED_OTHER]}


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="SCHED_IDLE is Linux-only")
def test_a_caller_outside_sched_other_keeps_its_policy():
    params = model(2)
    opt = adam_iree.Adam(target=local_task_always("llvm-cpu"))
    opt.build(params)
    assert opt.driver == "local-task"
    grads = {k: np.ones_like(v) for k, v in params.items()}
    opt.apply(grads)
    step = opt._steps[((True, True), opt._phase())]
    step.context = probe = PolicyDuringCall(step.context)
    after = []

    def idle_thread():  # its own thread: leaving SCHED_IDLE may need privileges this run lacks
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        opt.apply(grads)
        after.append(os.sched_getscheduler(0))

    worker = threading.Thread(target=idle_thread)
    worker.start()
    worker.join()
    assert probe.seen == [os.SCHED_IDLE] and after == [os.SCHED_IDLE]
    assert opt._read_counter() == 2


def test_second_process_reuses_the_compile_cache(tmp_path):
    """A process that has not imported JAX compiles its step in a child process (compiler.compile_in_child):
    neither JAX nor the compiler enters it, and the numbers are Keras's. A second process finds the step by
    its spec (a warm start); a stale index entry (its module file gone) is compiled again; a process that
    imported JAX itself exports and compiles in itself, to the same module and numbers."""
    env = dict(os.environ, ADAM_IREE_CACHE_DIR=str(tmp_path))
    program = textwrap.dedent("""
        import json, sys, numpy as np
        if sys.argv[1] == "jax":
            import jax
        import adam_iree
        opt = adam_iree.Adam(amsgrad=True, use_ema=True)
        opt.build([np.linspace(-1, 1, 12, dtype=np.float32).reshape(3, 4)])
        for i in range(3):
            opt.apply([np.linspace(0.5, -2, 12, dtype=np.float32).reshape(3, 4) * (i + 1)])
        print(json.dumps([opt.params[0].tolist(), "jax" in sys.modules, "iree.compiler" in sys.modules]))
    """)

    def run(imports: str) -> list:
        proc = subprocess.run([sys.executable, "-c", program, imports], env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout.strip().splitlines()[-1])

    first = run("numpy")
    assert first[1:] == [False, False]  # compiled in a child process
    assert len(list(tmp_path.glob("*.vmfb"))) == 1 and len(list(tmp_path.glob("*.step"))) == 1
    import jax.numpy as jnp
    import keras
    from oracle import assert_close, keras_step, keras_variable

    kvar = keras_variable("w", np.linspace(-1, 1, 12, dtype=np.float32).reshape(3, 4))
    keras_adam = keras.optimizers.Adam(amsgrad=True, use_ema=True)
    keras_adam.build([kvar])
    step = keras_step(keras_adam, [kvar])
    for i in range(3):
        step([jnp.asarray(np.linspace(0.5, -2, 12, dtype=np.float32).reshape(3, 4) * (i + 1))])
    assert_close(np.array(first[0], np.float32), kvar.numpy(), 3, "param")
    assert run("numpy") == first  # a warm start
    (module,) = tmp_path.glob("*.vmfb")
    compiled = module.read_bytes()
    module.unlink()
    assert run("numpy") == first
    assert [m.read_bytes() for m in tmp_path.glob("*.vmfb")] == [compiled]
    for path in tmp_path.iterdir():
        path.unlink()
    assert run("jax") == [first[0], True, True]  # exported and compiled in the process itself
    assert [m.read_bytes() for m in tmp_path.glob("*.vmfb")] == [compiled]


def _child_request(config_kwargs: dict, target: str = "llvm-cpu"):
    from adam_iree.compiler import step_choices, step_compile_flags
    from adam_iree.export import plan_step

    targets, config = [get_target(target)], make_config(**config_kwargs)
    spec = plan_step(config, [("w", (3, 4), "float32"), ("b", (4,), "float32")], **step_choices(targets, config))
    return spec, targets, tuple(step_compile_flags(targets, spec.fused))


def test_a_step_compiled_in_a_child_process_is_the_one_compiled_here(tmp_path, monkeypatch):
    """compile_in_child's module is byte for byte the one this process compiles, for a target with flags of
    its own and a fused step; nothing is cached when caching is off."""
    import pickle

    from adam_iree.compiler import compile_in_child, compile_step

    monkeypatch.setenv("ADAM_IREE_CACHE_DIR", str(tmp_path))
    for kwargs, target in [(dict(global_clipnorm=1.0, amsgrad=True), "llvm-cpu"), (dict(use_ema=True), "vulkan")]:
        spec, targets, flags = _child_request(kwargs, target)
        child = compile_in_child(pickle.dumps((spec, (), targets, flags, False)))
        assert child == compile_step(spec, targets, extra_flags=flags, use_cache=False)
    assert not list(tmp_path.glob("*.vmfb"))


def test_an_accumulating_step_compiles_both_phases_in_one_child_process(tmp_path, monkeypatch):
    """Without JAX in the process, the first call's miss compiles the other phase too, in the same child
    process (a child's start is most of its cost); the update call then finds it cached. Keras's numbers."""
    import adam_iree.compiler as compiler
    from oracle import SideBySide

    monkeypatch.setenv("ADAM_IREE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiler, "jax_imported", lambda: False)
    requests = []
    real = compiler.compile_in_child
    monkeypatch.setattr(compiler, "compile_in_child", lambda request: requests.append(request) or real(request))
    rng = np.random.default_rng(3)
    pair = SideBySide(dict(gradient_accumulation_steps=2, amsgrad=True), {"w": rng.normal(size=(3, 4)).astype(np.float32)})
    for _ in range(4):
        pair.apply([rng.normal(size=(3, 4)).astype(np.float32)])
    pair.compare()
    assert len(requests) == 1
    assert len(list(tmp_path.glob("*.step"))) == 2 and len(list(tmp_path.glob("*.vmfb"))) == 2


def test_a_failed_child_compile_says_why(tmp_path, monkeypatch):
    """A child process that fails raises with its exit status and the end of its error output, or the signal
    that killed it (the kernel's OOM killer, say)."""
    import pickle

    from adam_iree.compiler import compile_in_child

    (tmp_path / "jax").mkdir()
    (tmp_path / "jax" / "__init__.py").write_text("raise ImportError('a broken JAX, planted by the test')\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    spec, targets, flags = _child_request({})
    with pytest.raises(RuntimeError, match=r"(?s)child process.*exited with status 1:.*a broken JAX, planted by the test"):
        compile_in_child(pickle.dumps((spec, (), targets, flags, False)))
    (tmp_path / "jax" / "__init__.py").write_text("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n")
    with pytest.raises(RuntimeError, match="child process.*it was killed by signal 9 and printed nothing"):
        compile_in_child(pickle.dumps((spec, (), targets, flags, False)))


def test_only_a_process_without_jax_compiles_in_a_child(monkeypatch, tmp_path):
    """compile_step goes to a child process only when JAX is not imported here, and only with a float learning
    rate: a callable (a lambda here) or a schedule brings code the child may not import; compiled here."""
    import pickle

    import adam_iree.compiler as compiler
    from adam_iree.schedules import ExponentialDecay

    monkeypatch.setenv("ADAM_IREE_CACHE_DIR", str(tmp_path))
    children = []
    monkeypatch.setattr(compiler, "compile_in_child", lambda request: children.append(request) or b"module")
    spec, targets, flags = _child_request({})
    lambda_spec, _, _ = _child_request(dict(learning_rate=lambda: 0.01))
    schedule_spec, _, _ = _child_request(dict(learning_rate=ExponentialDecay(0.01, 10, 0.9)))
    compiled = compiler.compile_step(spec, targets, extra_flags=flags, use_cache=False)
    assert children == []  # JAX is imported in this test process
    monkeypatch.setattr(compiler, "jax_imported", lambda: False)
    assert compiler.compile_step(spec, targets, extra_flags=flags, use_cache=False) == b"module"
    assert len(children) == 1 and pickle.loads(children[0]) == (spec, (), targets, flags, False)
    assert compiler.compile_step(lambda_spec, targets, extra_flags=flags, use_cache=False)[:4] == compiled[:4]
    assert compiler.compile_step(schedule_spec, targets, extra_flags=flags, use_cache=False)[:4] == compiled[:4]
    assert len(children) == 1


def test_step_cache_key_follows_the_spec_and_jax_settings(monkeypatch):
    """The spec-keyed index must change whenever the exported text could: any field of the spec (config,
    layout, present gradients, phase), the targets' and the step's flags, and JAX's environment."""
    from adam_iree.compiler import step_cache_key
    from adam_iree.config import make_config
    from adam_iree.export import plan_step

    cpu = [get_target("llvm-cpu")]
    base = plan_step(make_config(amsgrad=True), [("w", (3, 4), "float32"), ("b", (4,), "float32")])
    key = step_cache_key(base, cpu)
    renamed = plan_step(make_config(amsgrad=True, name="other"), [("w", (3, 4), "float32"), ("b", (4,), "float32")])
    assert step_cache_key(renamed, cpu) == key  # the name is left out of the key: the step never reads it
    assert export_step(renamed) == export_step(base)
    variants = [
        plan_step(make_config(amsgrad=True, beta_2=0.998), [("w", (3, 4), "float32"), ("b", (4,), "float32")]),
        plan_step(make_config(amsgrad=True), [("w", (4, 3), "float32"), ("b", (4,), "float32")]),
        plan_step(make_config(amsgrad=True), [("w", (3, 4), "float32"), ("b", (4,), "bfloat16")]),
        dataclasses.replace(base, present=(True, False)),
    ]
    keys = {step_cache_key(v, cpu) for v in variants}
    keys |= {step_cache_key(base, [get_target("vulkan")]), step_cache_key(base, cpu, ["--iree-opt-level=O3"])}
    assert key not in keys and len(keys) == 6
    monkeypatch.setenv("JAX_ENABLE_X64", "1")
    assert step_cache_key(base, cpu) != key


def test_cache_key_changes_with_flags_and_text():
    from adam_iree.compiler import cache_key
    import dataclasses

    target = get_target("llvm-cpu")
    other = dataclasses.replace(target, flags=target.flags + ("--iree-opt-level=O3",))
    assert cache_key("a", target) != cache_key("b", target)
    assert cache_key("a", target) != cache_key("a", other)


def test_finalize_variable_values_copies_the_averages():
    opt = adam_iree.Adam(use_ema=True, ema_momentum=0.5, learning_rate=0.1)
    opt.build({"w": np.zeros(3, np.float32)})
    for _ in range(3):
        opt.apply({"w": np.ones(3, np.float32)})
    average = [v.value for v in opt.variables if v.name == "w_average"][0]
    opt.finalize_variable_values()
    np.testing.assert_array_equal(opt.params["w"], average)


EMA_CLIP = dict(use_ema=True, global_clipnorm=2.0, loss_scale_factor=0.37)
ACC = dict(gradient_accumulation_steps=3)
ACC_EMA = dict(gradient_accumulation_steps=3, use_ema=True, amsgrad=True, clipvalue=0.5)


EMA_OVERWRITE = dict(use_ema=True, ema_overwrite_frequency=1, weight_decay=0.1, loss_scale_factor=0.5)


@pytest.mark.parametrize("kwargs, phase, fused, counter_donated_breaks", [
    (dict(amsgrad=True, global_clipnorm=1.0), None, False, False),
    (dict(amsgrad=True, global_clipnorm=1.0), None, True, False),
    (dict(use_ema=True), None, False, True),
    (dict(use_ema=True), None, True, False),
    (EMA_CLIP, None, False, True),
    (EMA_CLIP, None, True, False),
    (EMA_OVERWRITE, None, True, False),
    (ACC, None, False, True),
    (ACC, None, True, True),
    (ACC, "update", False, False),  # its accumulator reset reads k element by element (step.always_per_element)
    (ACC, "update", True, False),
    (ACC, "accumulate", False, False),
    (ACC_EMA, "accumulate", True, False),
], ids=["amsgrad_globalclip", "amsgrad_globalclip_fused", "ema", "ema_fused", "ema_global_clipnorm",
        "ema_global_clipnorm_fused", "ema_overwrite_fused", "accumulation", "accumulation_fused",
        "accumulation_update_call", "accumulation_update_call_fused", "accumulation_micro_call",
        "accumulation_ema_micro_call_fused"])
def test_donated_state_is_exact_with_the_counter_in_output_storage(kwargs, phase, fused, counter_donated_breaks):
    """Why the counter is not donated. Updated in place (JAX donation, which IREE receives as
    `tf.aliasing_output`), a step needs half the state memory and runs faster (no write-allocate reads).
    The production module (export_step: arrays donated, the counter's result in output storage) must
    agree bit for bit with a step that writes all its results into output storage. Donating the counter
    too, IREE 3.13 lets `k += 1` land before dispatches that still read k, with EMA and accumulation:
    `counter_donated_breaks`. `phase`: the module serves only those calls (StepSpec.phase), production
    modules the others. When a breaking case agrees, IREE is fixed and the counter could be donated."""
    import iree.runtime as rt

    from adam_iree.compiler import compile_stablehlo
    from adam_iree.config import make_config
    from adam_iree.export import plan_step
    from conventions import step_text, storage_results

    base = plan_step(make_config(**kwargs), [("w", (1024,), "float32")])
    n_state = len(base.layout.device_arrays())
    flags = step_compile_flags([get_target("llvm-cpu")], True) if fused else []  # production's CPU flags
    assert not fused or flags

    def module(call_phase, convention: str):
        spec = dataclasses.replace(base, phase=call_phase)
        text = step_text(spec, convention)
        if convention == "all_donated":
            assert "tf.aliasing_output = 0 : i32" in text
        ctx = rt.SystemContext(config=rt.Config("local-task"))
        vmfb = compile_stablehlo(text, get_target("llvm-cpu"), extra_flags=flags)
        ctx.add_vm_module(rt.VmModule.copy_buffer(ctx.instance, vmfb))
        return ctx.modules.adam_iree.step, storage_results(spec, convention)

    def run(modules: dict, steps: int = 7) -> list[np.ndarray]:
        rng = np.random.default_rng(0)
        w = rng.standard_normal(1024).astype(np.float32)
        state = [np.array(0, np.int32), w] + [np.zeros(1024, np.float32)] * (n_state - 2)
        for k in range(steps):
            g = rng.standard_normal(1024).astype(np.float32)
            key = None if None in modules else ("update" if (k + 1) % 3 == 0 else "accumulate")
            step, storage = modules[key]
            outputs = step(*state, g, np.float32(0.001), *(np.zeros_like(state[i]) for i in storage))
            state = [np.asarray(r.to_host()) for r in outputs]
        return state

    def error(ours: list[np.ndarray]) -> float:
        return max(float(np.max(np.abs(a - b))) for a, b in zip(ours, reference))

    reference = run({None: module(None, "all_in_storage")})
    assert error(run({None: module(None, "all_in_storage")}, 0)) > 1e-4  # the steps move the state
    phases = [None] if phase is None else ["update", "accumulate"]
    assert error(run({p: module(p, "production") for p in phases})) == 0.0
    counter_donated = run({p: module(p, "all_donated" if p == phase else "production") for p in phases})
    if counter_donated_breaks:
        assert error(counter_donated) > 1e-5, "a donated counter now gives exact numbers: IREE is fixed"
    else:
        assert error(counter_donated) == 0.0


def test_gradients_written_into_the_staging_buffers_step_like_apply():
    params = model(6)
    rng = np.random.default_rng(3)
    staged, copied = adam_iree.Adam(**FULL), adam_iree.Adam(**FULL)
    staged.build(params)
    copied.build(params)
    buffers = staged.gradient_buffers()
    assert list(buffers) == list(params) and all(buffers[k].shape == v.shape for k, v in params.items())
    for _ in range(4):
        grads = {k: rng.standard_normal(v.shape).astype(np.float32) for k, v in params.items()}
        for k, g in grads.items():
            np.copyto(buffers[k], g)
        staged.apply_staged()
        copied.apply(grads)
    assert staged.iterations == copied.iterations == 2  # accumulation of 2
    staged_params, copied_params = staged.params, copied.params
    for k in params:
        np.testing.assert_array_equal(staged_params[k], copied_params[k])
    split = adam_iree.Adam(target=dataclasses.replace(get_target("llvm-cpu"), max_storage_buffer_bytes=4096))
    split.build([np.zeros(3000, np.float32)])  # 12000 bytes: three groups
    with pytest.raises(RuntimeError, match="span several storage buffers"):
        split.gradient_buffers()


def transparent_huge_pages() -> str | None:
    """Linux's transparent huge page mode ('always', 'madvise'), or None where there are none."""
    try:
        text = open("/sys/kernel/mm/transparent_hugepage/enabled").read()
    except OSError:
        return None
    mode = text[text.index("[") + 1 : text.index("]")]
    return None if mode == "never" else mode


HUGE_PAGE_PROBE = textwrap.dedent("""
    import dataclasses, sys, numpy as np, adam_iree
    from adam_iree import runtime
    from adam_iree.targets import get_target

    def huge_page_kib_in(view):  # AnonHugePages of the mappings overlapping the buffer (/proc/self/smaps)
        n = int(view.get_buffer().byte_length())
        start = view.get_buffer().map().asarray([n], np.dtype(np.uint8)).__array_interface__["data"][0]
        total, overlaps = 0, False
        for line in open("/proc/self/smaps"):
            head = line.split()[0]
            if "-" in head and not head.endswith(":"):
                lo, hi = (int(x, 16) for x in head.split("-"))
                overlaps = lo < start + n and start < hi
            elif overlaps and head == "AnonHugePages:":
                total += int(line.split()[1])
        return n, total

    driver, advise = sys.argv[1], sys.argv[2] == "advise"
    n = runtime.HUGE_PAGES_FROM // 4
    if not advise:
        runtime.HUGE_PAGES_FROM = 1 << 62
    target = dataclasses.replace(get_target("llvm-cpu"), driver=driver, sync_up_to_params=0)
    opt = adam_iree.Adam(target=target, use_ema=True, ema_overwrite_frequency=2)
    opt.build([np.ones(n, np.float32), np.ones(1000, np.float32)])
    opt.apply([np.full(n, 0.5, np.float32), np.ones(1000, np.float32)])
    assert opt.driver == driver and float(opt.params[0][0]) == float(opt.params[0][-1]) < 1
    for view in list(opt._state.current) + [s.view for s in opt._grad_staging]:
        print(*huge_page_kib_in(view))
""")


@pytest.mark.skipif(transparent_huge_pages() is None, reason="no transparent huge pages on this machine")
@pytest.mark.parametrize("driver", ["local-task", "local-sync"])
def test_large_host_state_lies_in_huge_pages(driver):
    """On llvm-cpu every state array and gradient staging buffer of at least HUGE_PAGES_FROM bytes is backed
    by huge pages (the step streams them: README, *Huge pages*); where the machine's mode is `madvise`, as
    by default, they are not without our advice. Each case in a fresh process: freed memory that was
    advised before is reused, advice and all."""
    from adam_iree.runtime import HUGE_PAGES_FROM

    def huge_kib(advise: str) -> list[tuple[int, int]]:
        done = subprocess.run([sys.executable, "-c", HUGE_PAGE_PROBE, driver, advise], capture_output=True,
                              text=True)
        assert done.returncode == 0, done.stderr
        return [tuple(map(int, line.split())) for line in done.stdout.splitlines()]

    large = [kib for n, kib in huge_kib("advise") if n >= HUGE_PAGES_FROM]
    assert len(large) == 5  # param, m, v, average; gradient staging
    assert all(kib >= HUGE_PAGES_FROM // 2 // 1024 for kib in large), large
    if transparent_huge_pages() == "madvise":
        assert all(kib == 0 for _, kib in huge_kib("none"))


@pytest.mark.parametrize("driver", ["local-task", "local-sync"])
def test_imported_state_memory_lives_as_long_as_its_buffers(driver, monkeypatch):
    """Large llvm-cpu state is our memory from a huge page's boundary, imported (runtime.OwnedBufferView;
    threshold lowered to 1 byte, so every buffer is). Steps donate it and return views of the same buffers:
    the state keeps its own views, so with every other handle dropped and the freed memory reused between
    steps it still holds Keras's numbers (IREE's import does not keep the memory alive: without our views the
    state read freed memory). Gradient buffers the caller keeps stay writable after the optimizer is gone."""
    import gc

    from adam_iree import runtime
    from oracle import SideBySide

    monkeypatch.setattr(runtime, "HUGE_PAGES_FROM", 1)
    target = "llvm-cpu-sync" if driver == "local-sync" else local_task_always("llvm-cpu")
    rng = np.random.default_rng(11)
    params = {"w": rng.standard_normal((64, 33)).astype(np.float32), "b": rng.standard_normal(33).astype(np.float32)}
    pair = SideBySide(dict(amsgrad=True, use_ema=True, ema_overwrite_frequency=2), params, target=target)
    for _ in range(4):
        pair.apply([rng.standard_normal(p.shape).astype(np.float32) for p in params.values()])
        gc.collect()
        reuse = [np.full(v.size + 4096, np.nan, np.float32) for v in params.values() for _ in range(4)]
        del reuse
    assert [type(v).__name__ for v in pair.ours._state.current] == ["OwnedBufferView"] * len(pair.ours._state.current)
    assert pair.ours.driver == driver
    pair.compare()
    kept = pair.ours.gradient_buffers()
    del pair
    gc.collect()
    for array in kept.values():
        array[...] = 1.0
        assert float(array.sum()) == array.size


@pytest.mark.parametrize("driver", ["local-task", "local-sync"])
def test_state_written_for_huge_pages_steps_like_state_copied_in(driver, monkeypatch, tmp_path):
    """Every buffer, down to the 0-d ones, through the huge-page path (mapped, advised, written; threshold
    lowered to 1 byte) gives a state bit-identical to IREE's copying upload, in every dtype, through
    steps, a checkpoint and a loaded state."""
    from adam_iree import runtime

    target = get_target("llvm-cpu-sync") if driver == "local-sync" else local_task_always("llvm-cpu")
    rng = np.random.default_rng(5)
    params = {**model(4), "half": rng.standard_normal((7, 3)).astype(np.float16),
              "brain": rng.standard_normal(9).astype(ml_dtypes.bfloat16)}
    grads = [{k: rng.standard_normal(v.shape).astype(v.dtype) for k, v in params.items()} for _ in range(4)]
    results = []
    for threshold in (runtime.HUGE_PAGES_FROM, 1):
        monkeypatch.setattr(runtime, "HUGE_PAGES_FROM", threshold)
        opt = adam_iree.Adam(target=target, **FULL)
        opt.build(params)
        for g in grads[:2]:
            opt.apply(g)
        opt.save(tmp_path / f"{threshold}.npz")
        for g in grads[2:]:
            opt.apply(g)
        opt.load_state(tmp_path / f"{threshold}.npz")
        opt.apply(grads[3])
        results.append([np.asarray(v.value) for v in opt.variables])
    for ours, copied in zip(*results):
        np.testing.assert_array_equal(ours, copied)


@pytest.mark.slow
@pytest.mark.parametrize("kwargs", [{}, FULL], ids=["plain", "full"])
def test_no_memory_growth_over_ten_thousand_steps(kwargs):
    """Resident memory after step 1,000 and after step 10,000, each configuration in a process of its own.
    Run after the other tests, on the heap they left, the full step's ~4 MB transients made the C allocator
    take in more memory once or twice (2-12 MB between steps 4,000 and 22,000, then flat to step 100,000;
    the same before the norm's lanes): a high-water mark that depends on what ran before, not growth."""
    program = textwrap.dedent("""
        import sys, numpy as np, adam_iree
        def resident_kib():
            return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:"))
        params = {"w": np.zeros(1 << 20, np.float32), "b": np.zeros(1000, np.float32)}
        grads = {k: np.full_like(v, 1e-3) for k, v in params.items()}
        opt = adam_iree.Adam(**eval(sys.argv[1]))
        opt.build(params)
        for _ in range(1000):
            opt.apply(grads)
        before = resident_kib()
        for _ in range(9000):
            opt.apply(grads)
        print(opt._read_counter(), resident_kib() - before)
    """)
    done = subprocess.run([sys.executable, "-c", program, repr(kwargs)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    steps, grown = map(int, done.stdout.split())
    assert steps == 10000
    assert grown < 2048, f"resident memory grew by {grown} KiB over 9000 steps"


def test_small_states_run_on_the_calling_thread_with_the_same_numbers():
    """llvm-cpu runs a state of at most `sync_up_to_params` parameters on local-sync (its workers' hand-offs
    cost more than they save there: tools/bench.py's ours-task vs ours-sync rows), larger ones on
    local-task; both drivers run the same module, so the state after a few steps is bit-identical."""
    from adam_iree.runtime import HOST_WORKER_DRIVERS

    profile = get_target("llvm-cpu")
    limit = profile.sync_up_to_params
    assert limit == 1 << 18 and profile.driver in HOST_WORKER_DRIVERS
    kw = {"learning_rate": 0.01, "amsgrad": True, "use_ema": True, "global_clipnorm": 1.0,
          "gradient_accumulation_steps": 2}
    rng = np.random.default_rng(0)
    params = [rng.standard_normal(n).astype(np.float32) for n in (limit - 10, 10)]
    grads = [[rng.standard_normal(p.shape).astype(np.float32) for p in params] for _ in range(5)]
    states = {}
    for name, target in [("auto", profile), ("task", local_task_always("llvm-cpu")),
                         ("sync", get_target("llvm-cpu-sync"))]:
        opt = adam_iree.Adam(target=target, **kw)
        opt.build(params)
        assert opt.target == target.name
        for g in grads:
            opt.apply(g)
        states[name] = (opt.driver, [v.value for v in opt.variables])
    assert [states[k][0] for k in ("auto", "task", "sync")] == ["local-sync", "local-task", "local-sync"]
    for name in ("task", "sync"):
        for a, b in zip(states["auto"][1], states[name][1]):
            np.testing.assert_array_equal(a, b, err_msg=name)
    big = adam_iree.Adam()
    big.build([np.zeros(limit + 1, np.float32)])
    assert big.driver == "local-task"


@pytest.mark.parametrize("kwargs", [{}, {"amsgrad": True, "use_ema": True, "global_clipnorm": 1.0}],
                         ids=["plain", "amsgrad_ema_global_clipnorm"])
def test_the_cpu_update_runs_in_whole_workgroups(kwargs):
    """IREE's CPU code cuts the element-wise update into workgroups of 4096 elements where no divisor of
    the buffer lies near that size; a partial last one made the loop's trip count dynamic, and LLVM then
    computed the step's scalars inside the vector loop (2.5x slower). Groups above 4096 elements are padded
    to a multiple of it (layout.DISTRIBUTION_TILE): the update's workgroups divide its buffer. 128K + 100
    params (storage 135168; 131584, padded to 512 only, took workgroups of 4096 with a rest)."""
    from adam_iree.compiler import compiled_to

    target = get_target("llvm-cpu")
    o = planned({"w": np.zeros(131072 + 100, np.float32)}, **kwargs)
    n = o._layout.groups[0].storage_size
    spec = StepSpec(o.config, o._layout, (True,), None, **step_choices([target], o.config))
    text = compiled_to(export_step(spec), target, "executable-configurations", step_compile_flags([target], spec.fused))
    functions = re.split(r"func\.func @", text)[1:]
    updates = [f for f in functions if f.startswith("step_dispatch_") and f"elementwise_{n}_" in f.split("(", 1)[0]]
    tiles = [int(t) for f in updates for t in re.findall(r"distribution = \[(\d+)\]", f)]
    assert updates and tiles, f"no element-wise update over {n} elements found"
    assert all(n % t == 0 for t in tiles), (n, tiles)

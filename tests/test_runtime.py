"""Device residency: no per-step allocation, one call and few dispatches per step, failures lose nothing,
and the compile cache is shared between processes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import adam_iree
from adam_iree.compiler import dispatch_count
from adam_iree.export import export_step
from adam_iree.step import StepSpec
from adam_iree.targets import get_target

FULL = dict(amsgrad=True, use_ema=True, ema_overwrite_frequency=3, weight_decay=0.01, global_clipnorm=1.0,
            gradient_accumulation_steps=2, loss_scale_factor=4.0)


def model(n_tensors: int, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {f"layer{i}/{'kernel' if i % 2 == 0 else 'bias'}":
            rng.standard_normal((int(rng.integers(1, 30)), int(rng.integers(1, 20)))).astype(np.float32)
            for i in range(n_tensors)}


@pytest.mark.parametrize("kwargs", [{}, FULL], ids=["plain", "full"])
def test_steps_allocate_no_device_memory(kwargs):
    params = model(20)
    opt = adam_iree.Adam(**kwargs)
    opt.build(params)
    grads = {k: np.ones_like(v) for k, v in params.items()}
    opt.apply(grads)
    allocator = opt._session.device.allocator
    assert allocator.has_statistics
    before = allocator.statistics["device_bytes_allocated"] + allocator.statistics["host_bytes_allocated"]
    for _ in range(10):
        opt.apply(grads)
    after = allocator.statistics["device_bytes_allocated"] + allocator.statistics["host_bytes_allocated"]
    assert after == before, f"{after - before} bytes allocated over 10 steps"


def test_state_lives_in_two_preallocated_sets():
    opt = adam_iree.Adam(**FULL)
    opt.build(model(5))
    views = {id(v) for v in opt._state.current + opt._state.spare}
    grads = {k: np.ones(v.shape, np.float32) for k, v in zip(opt.params, opt.params.values())}
    for _ in range(5):
        opt.apply(grads)
        assert {id(v) for v in opt._state.current + opt._state.spare} == views


@pytest.mark.parametrize("kwargs", [{}, FULL, {"clipnorm": 1.0}], ids=["plain", "full", "clipnorm"])
def test_two_hundred_tensors_cost_one_call_and_few_dispatches(kwargs):
    """Dispatches depend on the state's size (blocked reductions add a level per 1024x), not on how
    many tensors hold it: 200 tensors cost what 4 tensors of the same total size cost."""
    def dispatches(n_tensors):
        rng = np.random.default_rng(n_tensors)
        cuts = np.sort(rng.choice(np.arange(1, 30_000), n_tensors - 1, replace=False))
        sizes = np.diff([0, *cuts, 30_000])
        o = adam_iree.Adam(**kwargs)
        o.exclude_from_weight_decay(var_names=["bias"])
        o.build({f"layer{i}/{'kernel' if i % 2 == 0 else 'bias'}": rng.standard_normal(int(k)).astype(np.float32)
                 for i, k in enumerate(sizes)})
        spec = StepSpec(o.config, o._layout, tuple([True] * n_tensors))
        return o, spec, dispatch_count(export_step(spec), get_target("llvm-cpu"))

    _, _, n_small = dispatches(4)
    opt, spec, n = dispatches(200)
    params = opt.params
    assert n == n_small and n <= 26, f"{n} dispatches for 200 tensors ({n_small} for 4)"
    calls = []
    original = opt._steps[spec.present].context.invoke
    opt._steps[spec.present].context = type("Counting", (), {
        "invoke": lambda self, *a: (calls.append(1), original(*a))})()
    opt.apply({k: np.ones_like(v) for k, v in params.items()})
    assert len(calls) == 1


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

    step = opt._steps[(True, True, True)]
    good = step.context
    step.context = Broken()
    with pytest.raises(RuntimeError, match="state unchanged: simulated device failure"):
        opt.apply(grads)
    for a, b in zip(before, [v.value for v in opt.variables]):
        np.testing.assert_array_equal(a, b)
    step.context = good
    opt.apply(grads)
    assert opt._read_counter() == 2


def test_second_process_reuses_the_compile_cache(tmp_path):
    env = dict(os.environ, ADAM_IREE_CACHE_DIR=str(tmp_path))
    program = textwrap.dedent("""
        import sys, numpy as np
        import iree.compiler
        if sys.argv[1] == "forbid":
            def refuse(*a, **k):
                raise SystemExit("compiler called although the cache should hold the module")
            iree.compiler.compile_str = refuse
        import adam_iree
        opt = adam_iree.Adam(amsgrad=True, use_ema=True)
        opt.build([np.ones((3, 4), np.float32)])
        opt.apply([np.ones((3, 4), np.float32)])
        print(repr(float(opt.params[0][0, 0])))
    """)
    first = subprocess.run([sys.executable, "-c", program, "allow"], env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert len(list(tmp_path.glob("*.vmfb"))) == 1
    second = subprocess.run([sys.executable, "-c", program, "forbid"], env=env, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout


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

"""tools/profile_dispatches.py: each dispatch of a compiled step timed by IREE's HAL profiling."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import ml_dtypes
import numpy as np
import pytest

import adam_iree
from adam_iree.compiler import step_choices, step_compile_flags, stream_plan
from adam_iree.export import export_step
from adam_iree.spec import StepSpec
from adam_iree.targets import get_target

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("adam_iree_profile_tool", ROOT / "tools" / "profile_dispatches.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def test_splat_inputs_are_what_the_step_takes(tool, tmp_path):
    """One splat per argument (state, gradients, learning rate, output storage), of its exact type: IREE's
    own runner takes them (it refuses a wrong shape or element type), bfloat16 and a 2-D variable included."""
    opt = adam_iree.Adam(amsgrad=True, weight_decay=0.01)
    opt.build({"a": np.zeros(100, np.float32), "b": np.zeros((3, 5), np.float32),
               "c": np.zeros(70, ml_dtypes.bfloat16)})
    vmfb, _ = opt.step_module((True, True, True), None)
    flags = tool.splat_inputs(tool.function_declaration(vmfb))
    assert any("xbf16=" in f for f in flags) and flags[0] == f"--input=i32={tool.COUNTER_VALUE}"
    module = tmp_path / "step.vmfb"
    module.write_bytes(vmfb)
    run = subprocess.run([tool.runtime_tool("iree-run-module"), f"--module={module}", "--function=step",
                          "--device=local-sync", *flags], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    n = int(flags[1].split("=")[1].split("x")[0])  # the first state array, one element short
    wrong = [flags[0], flags[1].replace(f"={n}x", f"={n - 1}x", 1), *flags[2:]]
    assert subprocess.run([tool.runtime_tool("iree-run-module"), f"--module={module}", "--function=step",
                           "--device=local-sync", *wrong], capture_output=True, text=True).returncode != 0


def test_step_module_gives_each_variants_module_and_refuses_what_is_not_one():
    """`Adam.step_module`: a module per step variant (with accumulation the update call, the accumulation call
    and the single step that decides on the device: three different modules); a wrong `present` or `phase`, or
    an optimizer not built, refused by name."""
    opt = adam_iree.Adam(gradient_accumulation_steps=2)
    with pytest.raises(ValueError, match="needs a built optimizer"):
        opt.step_module((True,), None)
    opt.build({"a": np.zeros(10, np.float32), "b": np.zeros(3, np.float32)})
    assert opt.step_phases() == ("update", "accumulate")
    modules = {phase: opt.step_module((True, True), phase)[0] for phase in ("update", "accumulate", None)}
    assert len(set(modules.values())) == 3
    with pytest.raises(ValueError, match=r"Argument `present`: expected 2 bools"):
        opt.step_module((True,), "update")
    with pytest.raises(ValueError, match=r"Argument `phase`: expected one of \('update', 'accumulate', None\)"):
        opt.step_module((True, True), "apply")
    plain = adam_iree.Adam()
    plain.build({"a": np.zeros(10, np.float32)})
    with pytest.raises(ValueError, match=r"Argument `phase`: expected one of \(None,\); received 'update'"):
        plain.step_module((True,), "update")


def test_a_declaration_that_is_not_one_is_refused(tool):
    with pytest.raises(ValueError, match="not a function declaration of tensor arguments"):
        tool.splat_inputs("sync func @step(%input0: !hal.buffer) -> ()")


def test_each_dispatch_of_a_call_is_timed(tool):
    """Per-tensor clipnorm over three tensors on local-sync: as many dispatches as IREE's stream plan of
    the same step counts, in order, each run once per call, and together no longer than the call."""
    sizes = [40_000, 3_000, 17]
    target = get_target("llvm-cpu")
    [(phase, vmfb)] = tool.step_modules(sizes, "clipnorm", target)
    call_us, dispatches = tool.profile_module(vmfb, "local-sync", 0.2)
    opt = adam_iree.Adam(clipnorm=1.0)
    opt.build({f"v{i}": np.zeros(s, np.float32) for i, s in enumerate(sizes)})
    spec = StepSpec(opt.config, opt._layout, (True,) * 3, phase, **step_choices([target], opt.config))
    plan = stream_plan(export_step(spec), target, step_compile_flags([target], spec.fused))
    assert len(dispatches) == plan.dispatches > 2
    assert [int(d.name.split("_")[2]) for d in dispatches] == list(range(len(dispatches)))
    assert len({d.calls for d in dispatches}) == 1 and dispatches[0].calls >= 10
    assert all(d.mean_us >= 0 for d in dispatches) and 0 < sum(d.mean_us for d in dispatches) <= call_us
    update = max(dispatches, key=lambda d: d.mean_us)
    assert "elementwise" in update.name and update.mean_us > 0.3 * call_us  # the Adam update itself


def test_the_command_line_refuses_a_target_it_cannot_profile():
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "profile_dispatches.py"), "--target", "vulkan"],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "--target: 'vulkan' runs on 'vulkan'; expected a CPU profile" in run.stderr

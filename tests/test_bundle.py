"""Exported bundles run with IREE's iree-run-module (tools/run_bundle.py: no adam_iree import) and give the
Python runtime's numbers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import adam_iree
from adam_iree import bundle
from adam_iree.demo import mlp_loss, mlp_task, run_demo, spirals
from adam_iree.schedules import CosineDecay
from adam_iree.targets import device_unavailable_reason, get_target
from extents import product_params

ROOT = Path(__file__).resolve().parents[1]
IREE_RUN_MODULE = str(Path(sys.executable).with_name("iree-run-module"))


def demo_batches(n, batch_size=128, seed=7, poison=()):
    x, y = spirals()
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        idx = rng.choice(len(x), batch_size, replace=False)
        xb = x[idx].copy()
        if i in poison:
            xb[0, 0] = np.inf
        out.append((xb, y[idx]))
    return out


def run_with_iree_run_module(directory: Path, batches, tmp_path: Path, tool: str = IREE_RUN_MODULE) -> list[float]:
    proc = run_bundle_tool(directory, batches, tmp_path, tool)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return [float(line.split("loss ")[1]) for line in proc.stdout.splitlines()]


def run_bundle_tool(directory: Path, batches, tmp_path: Path, tool: str) -> subprocess.CompletedProcess:
    files = []
    for i, (x, y) in enumerate(batches):
        files.append(tmp_path / f"batch{i}.npz")
        np.savez(files[-1], batch_0=x, batch_1=y)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([sys.executable, str(ROOT / "tools" / "run_bundle.py"), str(directory), *map(str, files),
                           "--iree-run-module", tool], capture_output=True, text=True, env=env, cwd=tmp_path)


CASES = {
    "float_lr": dict(config=dict(learning_rate=0.01, weight_decay=1e-4, use_ema=True, gradient_accumulation_steps=2),
                     train=dict()),
    "schedule_loss_scale": dict(
        config=dict(learning_rate=CosineDecay(0.02, decay_steps=20), amsgrad=True, global_clipnorm=1.0),
        train=dict(loss_scale=adam_iree.DynamicLossScale(initial_scale=64.0, dynamic_growth_steps=2))),
}


@pytest.mark.parametrize("case,target", product_params(sorted(CASES), ["llvm-cpu", "vulkan"]))
def test_iree_run_module_trains_from_the_bundle_like_the_python_runtime(case, target, tmp_path):
    reason = device_unavailable_reason(get_target(target))
    if reason:
        pytest.skip(f"{target}: {reason}")
    task = mlp_task()
    opt = adam_iree.Adam(target=target, **CASES[case]["config"])
    opt.exclude_from_weight_decay(var_names=["bias"])
    train = adam_iree.compile_train_step(task.loss_fn, opt, task.params, task.example_batch, **CASES[case]["train"])
    for b in demo_batches(3, seed=1):  # the bundle starts mid-run
        train(b)
    directory = train.export_bundle(tmp_path / "bundle")
    m = bundle.read_manifest(directory)
    assert m["iteration"] == 3 and m["target"]["name"] == target
    data = demo_batches(6, poison={2} if "loss_scale" in case else ())
    ours = [train(b) for b in data]
    theirs = run_with_iree_run_module(directory, data, tmp_path)
    np.testing.assert_array_equal(np.float32(theirs), np.float32(ours))
    state_entries = [a for a in m["arguments"] if a["role"] == "state"]
    final = bundle.read_state(directory / bundle.STATE_FILE, state_entries)
    device = opt._state.read_all() + ([np.float32(train.loss_scale), np.int32(train.loss_scale_counter)]
                                      if train.loss_scale is not None else [])
    assert len(final) == len(device)
    for entry, a, b in zip(state_entries, final, device):
        np.testing.assert_array_equal(a, b, err_msg=entry["name"])
    if "loss_scale" in case:
        assert not np.isfinite(theirs[2]) and train.loss_scale_counter is not None


def test_manifest_describes_every_argument_and_where_each_parameter_lives(tmp_path):
    task = mlp_task()
    opt = task.optimizer("llvm-cpu")
    train = adam_iree.compile_train_step(task.loss_fn, opt, task.params, task.example_batch)
    directory = train.export_bundle(tmp_path / "b")
    m = json.loads((directory / "manifest.json").read_text())
    roles = [a["role"] for a in m["arguments"]]
    assert roles == ["state"] * roles.count("state") + ["batch", "batch", "learning_rate"]
    assert [a["name"] for a in m["arguments"] if a["role"] == "batch"] == ["batch/0", "batch/1"]
    assert m["arguments"][-3]["iree_type"] == "128x2xf32" and m["arguments"][-2]["iree_type"] == "128xi32"
    assert m["results"][-1]["name"] == "loss" and m["results"][:-1] == m["arguments"][: roles.count("state")]
    assert m["learning_rate"] == {"kind": "float", "computed_on_device": False, "value": float(np.float32(0.01))}
    # The parameters, cut out of state.npy with the manifest's pieces, are the optimizer's.
    state = bundle.read_state(directory / "state.npy", [a for a in m["arguments"] if a["role"] == "state"])
    by_name = {a["name"]: s for a, s in zip(m["arguments"], state)}
    params = opt.params
    for v in m["variables"]:
        flat = np.concatenate([by_name[p["array"]][p["offset"] : p["offset"] + p["size"]] for p in v["pieces"]])
        np.testing.assert_array_equal(flat.reshape(v["shape"]), params[v["path"]], err_msg=v["path"])


def test_export_bundle_command_from_a_demo_checkpoint(tmp_path):
    from adam_iree.cli import main

    result = run_demo(steps=20, out=open(os.devnull, "w"), out_dir=tmp_path / "demo")
    assert main(["export-bundle", str(tmp_path / "b"), "--checkpoint", str(result.checkpoint)]) == 0
    m = bundle.read_manifest(tmp_path / "b")
    assert m["iteration"] == 10  # the checkpoint is saved at the resume point, half way
    resumed = adam_iree.load(result.checkpoint)
    state = bundle.read_state(tmp_path / "b" / "state.npy", [a for a in m["arguments"] if a["role"] == "state"])
    for got, want in zip(state, resumed._state.read_all()):
        np.testing.assert_array_equal(got, want)
    # One step with iree-run-module equals one Python step from the same checkpoint.
    data = demo_batches(1)
    theirs = run_with_iree_run_module(tmp_path / "b", data, tmp_path)
    train = adam_iree.compile_train_step(mlp_loss, resumed, resumed.params, mlp_task().example_batch)
    assert np.float32(theirs[0]) == np.float32(train(data[0]))


def test_a_bad_bundle_is_refused_with_the_reason(tmp_path):
    task = mlp_task()
    train = adam_iree.compile_train_step(task.loss_fn, task.optimizer("llvm-cpu"), task.params, task.example_batch)
    directory = train.export_bundle(tmp_path / "b")
    m = bundle.read_manifest(directory)
    entries = [a for a in m["arguments"] if a["role"] == "state"]
    with open(directory / "state.npy", "ab") as f:
        np.save(f, np.zeros(3, np.float32))
    with pytest.raises(bundle.BundleError, match="more arrays than the manifest"):
        bundle.read_state(directory / "state.npy", entries)
    (directory / "manifest.json").write_text(json.dumps({**m, "format_version": 99}))
    with pytest.raises(bundle.BundleError, match="expected 'adam_iree.bundle' v1"):
        bundle.read_manifest(directory)


def failing_tool(tmp_path: Path, fail_call: int, message: str) -> str:
    """An iree-run-module stand-in that counts its calls (in tmp_path/calls), fails call `fail_call` (from 0;
    -1: every call) with `message`, and runs the real tool otherwise."""
    script = tmp_path / "flaky-iree-run-module"
    script.write_text(f"""#!/bin/bash
n=$(cat {tmp_path}/calls 2>/dev/null || echo 0); echo $((n + 1)) > {tmp_path}/calls
if [ {fail_call} = -1 ] || [ "$n" = {fail_call} ]; then echo '{message}' >&2; exit 1; fi
exec {IREE_RUN_MODULE} "$@"
""")
    script.chmod(0o755)
    return str(script)


LOST = "queue.c:2867: DATA_LOSS; [vkSignalSemaphore] VK_ERROR_DEVICE_LOST; while invoking native function hal.fence.await"


def test_a_step_whose_device_was_lost_runs_again_from_the_same_state(tmp_path):
    """IREE 3.13's Vulkan queue can lose its device (README, Vulkan: lost devices); iree-run-module then fails
    with nothing written. run_bundle runs that step once more in a new process (a new device): the losses and
    the final state are those of a run without the loss. Any other failure is not retried."""
    task = mlp_task()
    opt = adam_iree.Adam(learning_rate=0.01)
    train = adam_iree.compile_train_step(task.loss_fn, opt, task.params, task.example_batch)
    directory = train.export_bundle(tmp_path / "bundle")
    data = demo_batches(3)
    ours = [train(b) for b in data]
    theirs = run_with_iree_run_module(directory, data, tmp_path, failing_tool(tmp_path, 1, LOST))
    assert (tmp_path / "calls").read_text().strip() == "4"  # step 1 ran twice
    np.testing.assert_array_equal(np.float32(theirs), np.float32(ours))
    state_entries = [a for a in bundle.read_manifest(directory)["arguments"] if a["role"] == "state"]
    final = bundle.read_state(directory / bundle.STATE_FILE, state_entries)
    for got, want in zip(final, opt._state.read_all(), strict=True):
        np.testing.assert_array_equal(got, want)

    (tmp_path / "calls").unlink()
    proc = run_bundle_tool(directory, data, tmp_path, failing_tool(tmp_path, -1, "INVALID_ARGUMENT; bad input"))
    assert proc.returncode != 0 and "INVALID_ARGUMENT" in proc.stderr
    assert (tmp_path / "calls").read_text().strip() == "1"

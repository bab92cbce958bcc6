"""The adam-iree command line: compile writes a module that runs, demo trains, info reports."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import numpy as np

import adam_iree
from adam_iree.cli import main


def test_compile_writes_a_runnable_module(tmp_path):
    import iree.runtime as rt

    cfg = tmp_path / "adam.json"
    cfg.write_text(json.dumps({"learning_rate": 0.5, "amsgrad": True, "name": "adam"}))
    out = tmp_path / "step.vmfb"
    assert main(["compile", "--config", str(cfg), "--param", "w=4", "--param", "s=scalar:float32",
                 "-o", str(out)]) == 0
    abi = json.loads((tmp_path / "step.vmfb.json").read_text())
    roles = [a["role"] for a in abi["arguments"]]
    (group,) = abi["groups"]  # both float32 and decayed: one packed group
    assert [(q["variable"], q["offset"], q["size"]) for q in group["pieces"]] == [("w", 0, 4), ("s", 4, 1)]
    assert roles.count("state") == 1 + 4 and abi["in_place"]  # counter + param, m, v, v_hat; donated
    assert [a for a in abi["arguments"] if a["role"] == "output_storage"] == [
        {"role": "output_storage", "result": 0, "shape": [], "dtype": "int32"}]  # the counter's new value
    # The group's arguments hold storage_size elements: the pieces, then zeros.
    n = group["storage_size"]
    assert group["size"] == 5 and n == 512 and all(a["shape"] == [n] for a in abi["arguments"][1:6])
    # Run it with IREE alone (no adam_iree): state in, new state out; spec golden numbers.
    config = rt.Config("local-task")
    ctx = rt.SystemContext(config=config)
    ctx.add_vm_module(rt.VmModule.copy_buffer(ctx.instance, out.read_bytes()))
    x, g = np.zeros(n, np.float32), np.zeros(n, np.float32)
    x[:5], g[:5] = [1, 2, 3, 4, 0], [1, 6, 7, 2, 0]
    state = [np.array(0, np.int32), x] + [np.zeros(n, np.float32)] * 3
    result = ctx.modules.adam_iree.step(*state, g, np.array(0.5, np.float32), np.array(0, np.int32))
    new_x = result[1].to_host()
    np.testing.assert_allclose(new_x[:4], [0.50000495, 1.5000036, 2.5000036, 3.500004], rtol=2e-7)
    assert not new_x[4:].any()  # a zero gradient keeps the zero scalar and the pad
    assert int(result[0].to_host()) == 1


def test_compile_rejects_bad_shapes(capsys):
    try:
        main(["compile", "--param", "w=4xq", "-o", "x.vmfb"])
    except SystemExit as e:
        assert e.code == 2
    assert "--param must look like NAME=4x3" in capsys.readouterr().err


def test_demo_trains_checkpoints_resumes_and_plots(tmp_path):
    from adam_iree.demo import run_demo

    buf = io.StringIO()
    result = run_demo(steps=60, out=buf, out_dir=tmp_path)
    text = buf.getvalue()
    assert "step   60/60" in text and "loss" in text and "resumed from it (iteration 30" in text
    assert np.mean(result.losses[-10:]) < 0.6 * np.mean(result.losses[:10])
    assert result.accuracy > 0.7 and result.resumed_at == 30
    assert adam_iree.load(result.checkpoint).iterations == 30
    png = result.loss_curve.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and int.from_bytes(png[16:20], "big") == 800


def test_demo_on_vulkan_gives_the_llvm_cpu_losses(tmp_path):
    from adam_iree.demo import run_demo

    cpu = run_demo(steps=20, out=io.StringIO(), out_dir=tmp_path / "cpu")
    vk = run_demo(steps=20, target="vulkan", out=io.StringIO(), out_dir=tmp_path / "vk")
    np.testing.assert_allclose(vk.losses, cpu.losses, rtol=1e-5)


def test_info_runs_as_a_console_script():
    proc = subprocess.run([sys.executable, "-m", "adam_iree.cli", "info"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "iree-base-compiler" in proc.stdout and "profiles in" in proc.stdout and "compile cache" in proc.stdout

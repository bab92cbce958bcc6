"""Train from an exported bundle with IREE's own `iree-run-module`, reading only the bundle's manifest.

What a C, Kotlin or Swift app does with IREE's runtime, done with the command-line tool: no adam_iree
import (checked at the end), only json, numpy and subprocess. Each step passes the state arrays from
state.npy, the batch arrays and the learning rate; writes the new state to a temporary .npy stream and
moves it over state.npy (so a failed step leaves the old state); prints the loss. A step whose device was
lost (IREE 3.13's Vulkan queue can lose one: README, *Vulkan: lost devices*) runs again once, in a new
process with a new device, from the state it started from.

    python tools/run_bundle.py BUNDLE_DIR STEP0.npz [STEP1.npz ...] [--iree-run-module PATH]

Each .npz holds one batch: arrays named like the manifest's batch arguments with '/' as '_' (batch_0, ...).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np


def step_command(manifest: dict, bundle: Path, batch_files: list[Path], learning_rate: float, next_state: Path,
                 loss_file: Path, tool: str) -> list[str]:
    states = [a for a in manifest["arguments"] if a["role"] == "state"]
    cmd = [tool, f"--module={bundle / manifest['module']}", f"--device={manifest['target']['driver']}",
           f"--function={manifest['function']}"]
    cmd += [f"--input={'@' if i == 0 else '+'}{bundle / manifest['state_file']}" for i in range(len(states))]
    cmd += [f"--input=@{f}" for f in batch_files]
    cmd += [f"--input=f32={learning_rate!r}"]
    cmd += [f"--output={'@' if i == 0 else '+'}{next_state}" for i in range(len(states))]
    cmd += [f"--output=@{loss_file}"]
    return cmd


def device_lost(stderr: str) -> bool:
    """Whether iree-run-module failed because its device was lost (Vulkan's VK_ERROR_DEVICE_LOST, which IREE
    reports as DATA_LOSS): nothing was written, and a new process gets a new device. The same test as
    adam_iree.runtime.lost_device_note's, restated: this tool imports nothing of adam_iree."""
    return "VK_ERROR_DEVICE_LOST" in stderr or "DATA_LOSS" in stderr


def run_steps(bundle: Path, batches: list[dict[str, np.ndarray]], tool: str = "iree-run-module") -> list[float]:
    """Run one iree-run-module call per batch on `bundle`, updating its state.npy; returns the losses."""
    manifest = json.loads((bundle / "manifest.json").read_text())
    batch_args = [a for a in manifest["arguments"] if a["role"] == "batch"]
    lr = manifest["learning_rate"]["value"]
    lr = 0.0 if lr is None else float(lr)  # a built-in schedule is computed in the module from `iteration`
    losses = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for step, batch in enumerate(batches):
            files = []
            for a in batch_args:
                array = np.asarray(batch[a["name"].replace("/", "_")])
                if list(array.shape) != a["shape"] or array.dtype.name != a["dtype"]:
                    raise ValueError(f"step {step}: {a['name']} is {list(array.shape)} {array.dtype}; the manifest "
                                     f"says {a['shape']} {a['dtype']}")
                files.append(tmp / f"{a['name'].replace('/', '_')}.npy")
                np.save(files[-1], array)
            next_state, loss_file = tmp / "next_state.npy", tmp / "loss.npy"
            command = step_command(manifest, bundle, files, lr, next_state, loss_file, tool)
            proc = subprocess.run(command, capture_output=True, text=True)
            if proc.returncode != 0 and device_lost(proc.stderr):
                print(f"step {step}: the device was lost; running the step again on a new one", file=sys.stderr)
                proc = subprocess.run(command, capture_output=True, text=True)
            if proc.returncode != 0:
                raise RuntimeError(f"step {step}: iree-run-module failed ({proc.returncode}): {proc.stderr[-2000:]}")
            shutil.copyfile(next_state, bundle / (manifest["state_file"] + ".tmp"))
            os.replace(bundle / (manifest["state_file"] + ".tmp"), bundle / manifest["state_file"])
            losses.append(float(np.load(loss_file)))
    return losses


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("batches", nargs="+", type=Path, help="one .npz per step")
    parser.add_argument("--iree-run-module", default=shutil.which("iree-run-module") or "iree-run-module")
    args = parser.parse_args(argv)
    batches = [dict(np.load(p)) for p in args.batches]
    for step, loss in enumerate(run_steps(args.bundle, batches, args.iree_run_module)):
        print(f"step {step}: loss {loss!r}")
    assert "adam_iree" not in sys.modules, "run_bundle must not need adam_iree"
    return 0


if __name__ == "__main__":
    sys.exit(main())

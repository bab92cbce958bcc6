"""Bundles: a training step that runs without Python (iree-run-module, or a C/Kotlin/Swift app on IREE's C API).

A bundle is a folder:
  train_step.vmfb  the module; function `train_step(*state, *batch, learning_rate) -> (*state, loss)`,
                   plain calling convention (nothing tied), result i < len(state) is argument i's new value
  state.npy        the state arrays in argument order, written back to back with numpy.save (what
                   iree-run-module reads with `--input=@state.npy --input=+state.npy ...` and writes
                   with `--output=@next.npy --output=+next.npy ...`)
  manifest.json    every argument and result (name, role, shape, dtype, IREE type), where each parameter
                   lives inside the packed state, the learning rate and the optimizer config
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Sequence

import numpy as np

from .fileio import atomic_write
from .layout import SUPPORTED_DTYPES
from .train_step import TRAIN_FUNCTION

FORMAT = "adam_iree.bundle"
FORMAT_VERSION = 1
MODULE_FILE = "train_step.vmfb"
STATE_FILE = "state.npy"
MANIFEST_FILE = "manifest.json"

_IREE_TYPES = {"float32": "f32", "float16": "f16", "bfloat16": "bf16", "int32": "i32"}


class BundleError(ValueError):
    """A bundle folder is missing a file, or its files disagree with its manifest."""


def iree_type(shape: Sequence[int], dtype: str) -> str:
    """IREE's tensor type spelling, as iree-run-module's --input takes it: `4x3xf32`, `i32`."""
    return "x".join([*(str(int(d)) for d in shape), _IREE_TYPES[dtype]])


def _entry(name: str, role: str, shape, dtype) -> dict:
    dtype = np.dtype(dtype).name
    return {"name": name, "role": role, "shape": [int(d) for d in shape], "dtype": dtype,
            "iree_type": iree_type(shape, dtype)}


def manifest(spec, optimizer, state: Sequence[np.ndarray]) -> dict:
    """The manifest of a bundle of `spec` (a TrainSpec) holding `state` for `optimizer`."""
    from . import __version__

    layout = spec.step.layout
    state_entries = [_entry("iteration" if slot == "iteration" else f"{key}/{slot}", "state", shape, dt)
                     for key, slot, shape, dt in layout.device_arrays()]
    if spec.loss_scale is not None:
        state_entries += [_entry("loss_scale/scale", "state", (), np.float32),
                          _entry("loss_scale/counter", "state", (), np.int32)]
    batch_entries = [_entry(f"batch/{i}", "batch", leaf.shape, leaf.dtype) for i, leaf in enumerate(spec.batch_leaves)]
    lr_kind = optimizer.config.lr_kind
    on_device = optimizer._on_device_schedule
    pieces = {}
    for g in layout.groups:
        for i, off, start, size in g.pieces:
            pieces.setdefault(i, []).append({"array": f"{g.key}/param", "offset": int(off), "start": int(start),
                                             "size": int(size)})
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "library_version": __version__,
        "module": MODULE_FILE,
        "function": TRAIN_FUNCTION,
        "state_file": STATE_FILE,
        "target": {"name": optimizer.target, "driver": optimizer._target.driver},
        "arguments": state_entries + batch_entries + [_entry("learning_rate", "learning_rate", (), np.float32)],
        "results": state_entries + [_entry("loss", "loss", (), np.float32)],
        "learning_rate": {
            "kind": lr_kind,
            # a built-in schedule is computed inside the module from `iteration`: the argument is ignored
            "computed_on_device": on_device,
            "value": None if on_device else optimizer._read_learning_rate(),
        },
        "variables": [{"path": v.path, "shape": list(v.shape), "dtype": v.dtype.name, "pieces": pieces.get(v.index, [])}
                      for v in layout.variables],
        "skip_nonfinite": spec.protected,
        "loss_scale": None if spec.loss_scale is None else {
            "initial_scale": float(spec.loss_scale.initial_scale),
            "dynamic_growth_steps": int(spec.loss_scale.dynamic_growth_steps)},
        "optimizer_config": optimizer.get_config(),
        "iteration": int(state[0]),
    }


def write_state(path, arrays: Sequence[np.ndarray]) -> None:
    """Arrays back to back in one .npy stream (numpy.save each), atomically."""
    def write(f):
        for a in arrays:
            np.save(f, np.asarray(a), allow_pickle=False)

    atomic_write(path, write)


def read_state(path, entries: Sequence[dict]) -> list[np.ndarray]:
    """The state arrays of a .npy stream, checked against the manifest's state entries."""
    out = []
    with open(path, "rb") as f:
        for e in entries:
            try:
                a = np.load(f, allow_pickle=False)
            except (ValueError, EOFError, OSError) as err:
                raise BundleError(f"{path}: cannot read state array {e['name']!r}: {err}") from err
            if list(a.shape) != e["shape"] or a.dtype.name != np.dtype(SUPPORTED_DTYPES.get(e["dtype"], e["dtype"])).name:
                raise BundleError(f"{path}: state array {e['name']!r} is {list(a.shape)} {a.dtype}; the manifest says "
                                  f"{e['shape']} {e['dtype']}")
            out.append(a)
        if f.read(1):
            raise BundleError(f"{path}: more arrays than the manifest's {len(entries)} state entries")
    return out


def write(directory, vmfb: bytes, state: Sequence[np.ndarray], manifest_dict: dict) -> Path:
    """Write the three files (each atomically; the manifest last, so a complete manifest means a complete bundle)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    atomic_write(directory / MODULE_FILE, lambda f: f.write(vmfb))
    write_state(directory / STATE_FILE, state)
    text = json.dumps(manifest_dict, indent=2) + "\n"
    atomic_write(directory / MANIFEST_FILE, lambda f: f.write(text.encode()))
    return directory


def read_manifest(directory) -> dict:
    path = Path(directory) / MANIFEST_FILE
    try:
        m = json.loads(path.read_text())
    except (OSError, ValueError) as e:
        raise BundleError(f"{path}: not a readable bundle manifest: {e}") from e
    if m.get("format") != FORMAT or m.get("format_version") != FORMAT_VERSION:
        raise BundleError(f"{path}: format {m.get('format')!r} v{m.get('format_version')!r}; expected {FORMAT!r} "
                          f"v{FORMAT_VERSION}")
    return m


def iree_run_module_args(m: dict, directory, batch_files: Sequence[str | os.PathLike], learning_rate: float,
                         next_state, loss_file) -> list[str]:
    """iree-run-module's arguments for one step of bundle `directory` (what README "Bundles" spells out)."""
    directory = Path(directory)
    n_state = sum(1 for a in m["arguments"] if a["role"] == "state")
    args = [f"--module={directory / m['module']}", f"--device={m['target']['driver']}", f"--function={m['function']}"]
    args += [f"--input={'@' if i == 0 else '+'}{directory / m['state_file']}" for i in range(n_state)]
    args += [f"--input=@{p}" for p in batch_files]
    args += [f"--input=f32={float(np.float32(learning_rate))!r}"]
    args += [f"--output={'@' if i == 0 else '+'}{next_state}" for i in range(n_state)]
    args += [f"--output=@{loss_file}"]
    return args

"""Precompiled step modules: one .vmfb for one or several targets, and the JSON manifest of its ABI.

`adam-iree compile --target llvm-cpu --target vulkan --target cuda-sm80 -o step.vmfb` writes `step.vmfb`
(an executable per device, chosen when the module is loaded) and `step.vmfb.json`: the Keras config,
the variables and how they are packed, and the function's arguments in order. `Adam.from_artifact`
runs the file without compiling; a C, Kotlin or Swift host can call it from the manifest alone.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from .fileio import atomic_write
from .layout import DISTRIBUTION_TILE, GROUP_ALIGN
from .spec import COUNTER_SLOT, MODULE_NAME, STEP_FUNCTION, StepSpec
from .targets import TargetProfile

# 2: the state is donated (updated in place) where `in_place` is true, else all of it is written into
#    output storage; 3: the state arrays are donated and the counter is written into output storage;
# 4: each group's arrays hold `storage_size` elements, its size padded with zeros (layout.GROUP_ALIGN).
#    A module of an earlier version runs only where no group needed a pad (its manifest says so);
# 5: groups above layout.DISTRIBUTION_TILE elements are padded to a multiple of it. A module of version 4
#    runs where no group's pad changed (groups of at most 4096 elements, or sizes 4096 divides).
FORMAT_VERSION = 5
READABLE_VERSIONS = (2, 3, 4, 5)
PADDED_SINCE = 4  # the first version whose groups are padded
TILE_PADDED_SINCE = 5  # the first version whose large groups are padded to layout.DISTRIBUTION_TILE


def older_padding_note(version: int) -> str:
    """Why a module of manifest `version` may not fit a layout of today, for a mismatch's message."""
    if version < PADDED_SINCE:
        return f"; modules of format_version {version} < {PADDED_SINCE} have no group padding: compile it again"
    if version < TILE_PADDED_SINCE:
        return (f"; modules of format_version {version} pad groups to {GROUP_ALIGN} elements only, where groups "
                f"above {DISTRIBUTION_TILE} elements now pad to a multiple of {DISTRIBUTION_TILE}: compile it again")
    return ""


class ArtifactError(ValueError):
    """A module or manifest that is missing, malformed, or does not fit the optimizer it is used with."""


def group_limit(targets: Sequence[TargetProfile]) -> int:
    """The storage-buffer limit a module for all of `targets` must respect: the smallest non-zero one."""
    limits = [t.max_storage_buffer_bytes for t in targets if t.max_storage_buffer_bytes]
    return min(limits) if limits else 0


def manifest(spec: StepSpec, config: dict, targets: Sequence[TargetProfile],
             storage_results: Sequence[int] = (COUNTER_SLOT,)) -> dict[str, Any]:
    """The ABI of a compiled step for `targets`: what each argument is, in order, and how variables are
    packed. `storage_results`: the results written into trailing output-storage arguments (the default
    is what export_step builds; a manifest read from a file gives its own when a module is checked)."""
    layout = spec.layout
    state = layout.device_arrays()
    return {
        "format": "adam_iree.step", "format_version": FORMAT_VERSION,
        "module": MODULE_NAME, "function": STEP_FUNCTION,
        # host_dependent: code for the compiling machine's CPU only (llvm-cpu); ship x86_64-generic instead
        "targets": [{"name": t.name, "device": t.device, "driver": t.driver, "host_dependent": t.host_dependent}
                    for t in targets],
        "config": config,
        "max_group_bytes": layout.max_group_bytes,
        "variables": [{"path": v.path, "shape": list(v.shape), "dtype": v.dtype.name} for v in layout.variables],
        # an argument of a group holds storage_size elements: the pieces, then zeros (a gradient's pad
        # must be zeros)
        "groups": [{"key": g.key, "dtype": g.dtype.name, "decayed": g.decayed, "size": g.size,
                    "storage_size": g.storage_size,
                    "pieces": [{"variable": layout.variables[i].path, "index": int(i), "offset": int(o),
                                "start": int(st), "size": int(sz)} for i, o, st, sz in g.pieces]}
                   for g in layout.groups],
        "arguments": (
            [{"role": "state", "group": g, "slot": s, "shape": list(shape), "dtype": np.dtype(dt).name}
             for g, s, shape, dt in state]
            + [{"role": "gradient", "group": g, "shape": list(shape), "dtype": np.dtype(dt).name}
               for g, shape, dt in layout.grad_arrays()]
            + [{"role": "learning_rate", "shape": [], "dtype": "float32",
                "note": "ignored when the config's schedule is computed on the device"}]
            + [{"role": "output_storage", "result": i, "shape": list(state[i][2]),
                "dtype": np.dtype(state[i][3]).name} for i in storage_results]
        ),
        # in place: the state arguments without output storage are donated, result i is written over
        # argument i's buffer
        "in_place": len(storage_results) < len(state),
        "results": [{"group": g, "slot": s, "shape": list(shape), "dtype": np.dtype(dt).name}
                    for g, s, shape, dt in state],
    }


def compile_artifact(path: str | os.PathLike, config: dict, variables: Sequence[tuple[str, tuple[int, ...], str]],
                     targets: Sequence[TargetProfile], exclude_from_weight_decay: Sequence[str] | None = None
                     ) -> tuple[Path, bytes, StepSpec]:
    """Compile the step of a Keras Adam `config` (a `get_config()` dict as JSON holds it: the learning rate a
    float or a built-in schedule's config) for `variables` ((path, shape, dtype) triples) and `targets`, and
    write it with its manifest (`write`): what `adam-iree compile` does. Returns the path, the module and
    its StepSpec. A callable learning rate has no manifest form (ArtifactError)."""
    from .compiler import compile_step, step_choices, step_compile_flags
    from .config import config_to_dict, learning_rate_from_config, make_config
    from .export import plan_step
    from .targets import check_variable_dtypes

    config = dict(config)
    if "learning_rate" in config:
        config["learning_rate"] = learning_rate_from_config(config["learning_rate"])
    adam_config = make_config(**config)
    if adam_config.lr_kind == "callable":
        raise ArtifactError("a callable learning rate cannot be written to a manifest; "
                            "use a float or a built-in schedule")
    spec = plan_step(adam_config, list(variables), exclude_from_weight_decay, group_limit(targets),
                     **step_choices(targets, adam_config))
    check_variable_dtypes(targets, spec.layout.variables)
    vmfb = compile_step(spec, targets, extra_flags=step_compile_flags(targets, spec.fused))
    lr = config.get("learning_rate", 0.001)
    float_lr = float(np.float32(lr)) if adam_config.lr_kind == "float" else None
    return write(path, vmfb, manifest(spec, config_to_dict(adam_config, float_lr), targets)), vmfb, spec


def write(path: str | os.PathLike, vmfb: bytes, abi: dict) -> Path:
    """Write the module and `<path>.json` beside it, each atomically."""
    path = Path(path)
    atomic_write(path, lambda f: f.write(vmfb))
    atomic_write(Path(f"{path}.json"), lambda f: f.write(json.dumps(abi, indent=1).encode()))
    return path


def read(path: str | os.PathLike) -> tuple[bytes, dict]:
    """The module bytes and its manifest; clear errors for a missing or foreign file."""
    path = Path(path)
    try:
        vmfb = path.read_bytes()
        abi = json.loads(Path(f"{path}.json").read_text())
    except OSError as e:
        raise ArtifactError(f"{path}: cannot read the module and its manifest {path}.json: {e}") from e
    except json.JSONDecodeError as e:
        raise ArtifactError(f"{path}.json: not a JSON manifest: {e}") from e
    if not isinstance(abi, dict) or abi.get("format") != "adam_iree.step":
        raise ArtifactError(f"{path}.json: not an adam_iree step manifest (no format 'adam_iree.step')")
    if abi.get("format_version") not in READABLE_VERSIONS:
        raise ArtifactError(f"{path}.json: manifest format_version {abi.get('format_version')!r}; "
                            f"this adam_iree reads {' and '.join(map(str, READABLE_VERSIONS))}")
    return vmfb, abi


def expected_manifest(spec: StepSpec, abi: dict) -> dict[str, Any]:
    """The manifest of `spec`'s step in the version and conventions of `abi`, a manifest read from a file."""
    ours = manifest(spec, abi["config"], [], storage_results(abi))
    if abi["format_version"] < PADDED_SINCE:  # no pads then: the arguments' shapes say whether one is needed now
        ours["groups"] = [{k: v for k, v in g.items() if k != "storage_size"} for g in ours["groups"]]
    return ours


def storage_results(abi: dict) -> tuple[int, ...]:
    """The results a manifest's module writes into output-storage arguments, in argument order."""
    return tuple(int(a["result"]) for a in abi["arguments"] if a.get("role") == "output_storage")

"""StableHLO -> IREE VM flatbuffer, with an on-disk cache shared between processes.

The cache key is the StableHLO text, the target's flags and the compiler version (plus the host
CPU identity for host-dependent targets), so a second process with the same step reuses the file.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import iree.compiler as ireec

from .fileio import atomic_write
from .targets import TargetProfile, compile_flags


def cache_dir() -> Path:
    """`$ADAM_IREE_CACHE_DIR`, else `$XDG_CACHE_HOME/adam_iree` (default ~/.cache/adam_iree)."""
    env = os.environ.get("ADAM_IREE_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "adam_iree"


@lru_cache(maxsize=1)
def compiler_version() -> str:
    from importlib.metadata import version

    return version("iree-base-compiler")


@lru_cache(maxsize=1)
def host_cpu_identity() -> str:
    """What `--iree-llvmcpu-target-cpu=host` resolves against: CPU model and feature flags."""
    ident = platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("model name", "flags", "Features", "CPU part")):
                ident += "|" + line.split(":", 1)[-1].strip()
                if line.startswith(("flags", "Features")):
                    break
    except OSError:
        pass
    return ident


def _as_list(target: TargetProfile | Sequence[TargetProfile]) -> list[TargetProfile]:
    return [target] if isinstance(target, TargetProfile) else list(target)


def cache_key(mlir: str, target: TargetProfile | Sequence[TargetProfile], extra_flags: Sequence[str] = ()) -> str:
    targets = _as_list(target)
    h = hashlib.sha256()
    for part in (mlir, "\0".join([*compile_flags(targets), *extra_flags]), compiler_version()):
        h.update(part.encode())
        h.update(b"\0")
    if any(t.host_dependent for t in targets):
        h.update(host_cpu_identity().encode())
    return h.hexdigest()


def compile_stablehlo(mlir: str, target: TargetProfile | Sequence[TargetProfile], *,
                      extra_flags: Sequence[str] = (), use_cache: bool = True) -> bytes:
    """Compile StableHLO text for one target, or into one module for several, with the targets' flags
    plus `extra_flags` (the module's own, e.g. export.step_compile_flags); returns the .vmfb bytes (from
    the cache when present)."""
    targets = _as_list(target)
    path = cache_dir() / f"{cache_key(mlir, targets, extra_flags)}.vmfb"
    if use_cache and path.is_file():
        return path.read_bytes()
    vmfb = ireec.compile_str(mlir, input_type="stablehlo", extra_args=[*compile_flags(targets), *extra_flags])
    if use_cache:
        atomic_write(path, lambda f: f.write(vmfb))
    return vmfb


@dataclass(frozen=True)
class StreamPlan:
    """What one call of a compiled module does on the device, read from IREE's stream IR."""
    dispatches: int               # device dispatches issued
    largest_transient_bytes: int  # the largest scratch buffer allocated for the call (0: none)
    host_reads: int = 0           # values read back to the host mid-call (a device-to-host wait each)


def stream_plan(mlir: str, target: TargetProfile, extra_flags: Sequence[str] = ()) -> StreamPlan:
    """Compile to IREE's stream IR and count dispatches, transient allocations and host read-backs."""
    stream_ir = ireec.compile_str(mlir, input_type="stablehlo",
                                  extra_args=[*compile_flags([target]), *extra_flags, "--compile-to=stream"])
    text = stream_ir.decode() if isinstance(stream_ir, bytes) else stream_ir
    sizes = [int(n) for n in re.findall(r"stream\.resource\.alloca[^\n]*!stream\.resource<transient>\{%c(\d+)\}", text)]
    return StreamPlan(text.count("stream.cmd.dispatch "), max(sizes, default=0), text.count("stream.resource.load "))

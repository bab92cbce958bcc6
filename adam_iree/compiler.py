"""StableHLO -> IREE VM flatbuffer, with an on-disk cache shared between processes.

The cache key is the StableHLO text, the target's flags and the compiler version (plus the host
CPU identity for host-dependent targets), so a second process with the same step reuses the file.
"""

from __future__ import annotations

import hashlib
import os
import platform
from functools import lru_cache
from pathlib import Path

import iree.compiler as ireec

from .fileio import atomic_write
from .targets import TargetProfile


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


def cache_key(mlir: str, target: TargetProfile) -> str:
    h = hashlib.sha256()
    for part in (mlir, "\0".join(target.flags), compiler_version(), target.backend):
        h.update(part.encode())
        h.update(b"\0")
    if target.host_dependent:
        h.update(host_cpu_identity().encode())
    return h.hexdigest()


def compile_stablehlo(mlir: str, target: TargetProfile, *, use_cache: bool = True) -> bytes:
    """Compile StableHLO text for `target`; returns the .vmfb bytes (from the cache when present)."""
    path = cache_dir() / f"{cache_key(mlir, target)}.vmfb"
    if use_cache and path.is_file():
        return path.read_bytes()
    vmfb = ireec.compile_str(mlir, input_type="stablehlo", extra_args=list(target.flags))
    if use_cache:
        atomic_write(path, lambda f: f.write(vmfb))
    return vmfb


def dispatch_count(mlir: str, target: TargetProfile) -> int:
    """How many device dispatches one call of the compiled module issues (read from IREE's stream IR)."""
    stream_ir = ireec.compile_str(mlir, input_type="stablehlo", extra_args=[*target.flags, "--compile-to=stream"])
    text = stream_ir.decode() if isinstance(stream_ir, bytes) else stream_ir
    return text.count("stream.cmd.dispatch ")

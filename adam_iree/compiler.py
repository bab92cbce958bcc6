"""StableHLO -> IREE VM flatbuffer, with an on-disk cache shared between processes.

The cache key is the StableHLO text, the target's flags and the compiler version (plus the host
CPU identity for host-dependent targets), so a second process with the same step reuses the file.
`compile_step` adds an index keyed by the step's spec, so that a cached step loads without exporting it:
neither JAX nor the compiler is imported (a warm start). A miss in a process that has not imported JAX is
exported and compiled in a child process (`compile_in_child`): JAX and the compiler's MLIR bindings never
enter a process that only runs steps. `step_compile_flags(targets, fused)` adds IREE's
aggressive dispatch fusion to a step planned fused (`StepSpec.fused`, where `fuses_aggressively` says it is
known good): without it, any transform of the
gradients (clipping, loss scaling) splits the update into two full-size dispatches that round-trip m and v
through a transient buffer.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import platform
import re
import subprocess
import sys
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence

from .fileio import atomic_write
from .targets import TargetProfile, compile_flags, flag_identity, host_cpu_arch

if TYPE_CHECKING:
    from .config import AdamConfig
    from .spec import StepSpec

AGGRESSIVE_FUSION = "--iree-dispatch-creation-enable-aggressive-fusion"


# Where a per-tensor clipnorm step compiles fused. Unfused, m and v go through a transient as large as both
# (8 bytes a parameter): on CUDA one tensor of 16M + 2 params took 1.28 ms a step, fused 0.39-0.47 (H100);
# on Vulkan the same 8 MB at 1M params, 512 MB at 64M. Metal's code is untried. (Fused, a 1M-param step over
# 7 tensors once never finished on lavapipe; it now runs there in 25-29 ms a step, unfused 44-52.)
FUSED_CLIPNORM_DEVICES = ("local", "cuda", "vulkan")
# Where a fused step builds the per-tensor clip factors in rows (StepSpec.factor_rows, step.per_element)
# rather than per element: on lavapipe the rows took twice the gathers' time (200 tensors, 4M params: 236-240
# vs 132-136 ms a step), on the CPU the gathers cost 5.4 ms of a 16-ms step (200 tensors, 16M params).
FACTOR_ROW_DEVICES = ("local", "cuda")


def fuses_aggressively(targets: Sequence[TargetProfile], config: Optional[AdamConfig] = None) -> bool:
    """Whether the step for `targets` compiles with IREE's aggressive dispatch fusion: always, except a
    step that clips per tensor (`clipnorm`) for a target outside FUSED_CLIPNORM_DEVICES. Without it a
    step with any gradient transform, EMA or amsgrad round-trips m and v through a transient buffer
    (global clipnorm at 16M on an H200: 1.45 -> 0.87 ms with it; amsgrad+EMA at 64M 1.55 -> 1.05 ms)."""
    if not targets:
        return False
    return config is None or config.clip_mode != "clipnorm" or on_devices(targets, FUSED_CLIPNORM_DEVICES)


def builds_factor_rows(targets: Sequence[TargetProfile], config: Optional[AdamConfig] = None) -> bool:
    """StepSpec.factor_rows for `targets`: a fused step for FACTOR_ROW_DEVICES only."""
    return fuses_aggressively(targets, config) and on_devices(targets, FACTOR_ROW_DEVICES)


def on_devices(targets: Sequence[TargetProfile], devices: Sequence[str]) -> bool:
    """Whether there are `targets` and each one's compile-time device is one of `devices`."""
    return bool(targets) and all(t.device in devices for t in targets)


def on_cpus(targets: Sequence[TargetProfile]) -> bool:
    return on_devices(targets, ("local",))


# A step sums its norms' short rows as products with a vector of ones on CPUs (StepSpec.row_sums_by_dot,
# step.row_sums): IREE's CPU code for a sum over rows of 32 or 1024 is a chain of scalar adds, for a
# matrix-vector product vector multiply-adds (200 tensors / 1M params with clipnorm: the leaf sums 188 -> 83
# us; global clipnorm's tree of partials at 64M 406 -> 280 us). GPU code is untimed with it, so unchanged.
def step_choices(targets: Sequence[TargetProfile], config: Optional[AdamConfig] = None) -> dict[str, bool]:
    """The StepSpec fields that depend on the targets, as keywords: `fused`, `factor_rows`,
    `row_sums_by_dot`."""
    return {"fused": fuses_aggressively(targets, config), "factor_rows": builds_factor_rows(targets, config),
            "row_sums_by_dot": on_cpus(targets)}


# IREE's default CPU distribution tiles the leaf reduction of a gradient norm ((n/32) x 32) into workgroups
# of 32 rows, 4 KB (16384 of them at 16M params), whose scheduling costs more than the read itself; this
# gives 512-row, 64 KB workgroups (global clipnorm at 16M: 10.3 -> 8.5 ms, best of 31; plain unchanged).
CPU_DISTRIBUTION = "--iree-llvmcpu-distribution-size=1024"


# IREE hoists a step's constant expressions into globals and, by default, evaluates them while compiling, by
# compiling and running a module of its own. Per-tensor clipnorm's index tables (operands by
# step.index_table's barrier) are such expressions: that evaluation took 1.0-1.5 s of a 3.2-4.0 s CPU compile
# (3 to 200 tensors), and 35-50 % of a Vulkan one. Without it the module fills those globals once when it
# loads (elementwise i32 dispatches; on Vulkan with scratch of its own, at most 1.3 MB measured, then freed),
# and a call's plan is the same (dispatches, scratch: tests/test_runtime.py). Steps without such tables
# compile to the same module. Not on CUDA (5.0-5.7 -> 2.6-3.2 s) until the load-time fill has run on a GPU.
NO_CONST_EVAL = "--iree-opt-const-eval=false"
NO_CONST_EVAL_DEVICES = ("local", "vulkan")


def evaluates_constants_at_load(targets: Sequence[TargetProfile]) -> bool:
    """Whether a step for `targets` compiles without evaluating constant expressions (NO_CONST_EVAL)."""
    return on_devices(targets, NO_CONST_EVAL_DEVICES)


def step_compile_flags(targets: Sequence[TargetProfile], fused: bool) -> list[str]:
    """iree-compile flags a step adds to the targets' own: aggressive fusion for a step planned fused
    (`StepSpec.fused`: the step's code depends on it too, so the one decision is the spec's), coarser
    workgroups on CPUs, and on CPUs and Vulkan no constant evaluation while compiling."""
    flags = [AGGRESSIVE_FUSION] if fused else []
    if on_cpus(targets):
        flags.append(CPU_DISTRIBUTION)
    if evaluates_constants_at_load(targets):
        flags.append(NO_CONST_EVAL)
    return flags


def cache_dir() -> Path:
    """`$ADAM_IREE_CACHE_DIR`, else `$XDG_CACHE_HOME/adam_iree` (default ~/.cache/adam_iree)."""
    env = os.environ.get("ADAM_IREE_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "adam_iree"


@lru_cache(maxsize=1)
def compiler_version() -> str:
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


# The host CPU's half-precision instructions, which compiled steps do not use. With them LLVM computes
# float16 arithmetic in float16 (x86 avx512fp16: each op rounded, multiply-adds fused in float16; Arm
# fullfp16), where XLA, and so Keras, computes it in float32 and rounds what it stores (excess precision),
# as IREE does on CPUs without them: on an Intel Sapphire Rapids host a float16 momentum 1 ulp off became
# 30 ulps off after a cancellation, against none with them off. bfloat16: converted with vcvtneps2bf16 /
# BFCVT, which flush denormals. Elementwise steps gain nothing from them (memory-bound); turned off after
# the host's own list, which also turns off what needs them (avx10.1, fp16fml).
HOST_HALF_PRECISION_FEATURES = {"x86_64": ("avx512fp16", "avx512bf16", "avxneconvert"),
                                 "aarch64": ("fullfp16", "bf16")}
HOST_CPU_FLAG = "--iree-llvmcpu-target-cpu=host"
_HOST_TARGET = re.compile(r'cpu = "([^"]+)", cpu_features = "([^"]*)"')


def host_cpu_flags(flags: Sequence[str]) -> list[str]:
    """`flags` with `--iree-llvmcpu-target-cpu=host` replaced by the host's CPU name and features as IREE
    resolves them, less HOST_HALF_PRECISION_FEATURES; other flags as they are. Resolved once per host (an
    IREE compile of a one-op module, ~0.2 s), kept in the cache directory."""
    if HOST_CPU_FLAG not in flags or any(f.startswith("--iree-llvmcpu-target-cpu-features=") for f in flags):
        return list(flags)
    cpu, features = _host_cpu_target()
    off = "".join(f",-{name}" for name in HOST_HALF_PRECISION_FEATURES.get(host_cpu_arch(), ()))
    resolved = [f"--iree-llvmcpu-target-cpu={cpu}", f"--iree-llvmcpu-target-cpu-features={features}{off}"]
    return [g for f in flags for g in (resolved if f == HOST_CPU_FLAG else [f])]


def iree_compile_flags(targets: Sequence[TargetProfile], extra_flags: Sequence[str] = ()) -> list[str]:
    """What iree-compile is given for `targets` plus `extra_flags`: the targets' flags (`compile_flags`, which
    the cache keys hash) with the host CPU resolved (`host_cpu_flags`)."""
    return host_cpu_flags([*compile_flags(targets), *extra_flags])


@lru_cache(maxsize=1)
def _host_cpu_target() -> tuple[str, str]:
    """(CPU name, features) that IREE resolves `--iree-llvmcpu-target-cpu=host` to on this machine."""
    path = cache_dir() / f"host-cpu-{hashlib.sha256((host_cpu_identity() + compiler_version()).encode()).hexdigest()}"
    if path.is_file():
        cpu, _, features = path.read_text().partition("\n")
        return cpu, features
    import iree.compiler as ireec

    probe = "func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n  return %x : tensor<4xf32>\n}\n"
    ir = ireec.compile_str(probe, input_type="stablehlo", extra_args=[
        "--iree-hal-target-device=local", "--iree-hal-local-target-device-backends=llvm-cpu", HOST_CPU_FLAG,
        "--compile-to=flow"])
    match = _HOST_TARGET.search(ir.decode() if isinstance(ir, bytes) else ir)
    if match is None:
        raise RuntimeError("IREE did not report the host CPU it resolves --iree-llvmcpu-target-cpu=host to")
    try:
        atomic_write(path, lambda f: f.write(f"{match[1]}\n{match[2]}".encode()))
    except OSError:  # a read-only cache: resolved again by the next process
        pass
    return match[1], match[2]


def _as_list(target: TargetProfile | Sequence[TargetProfile]) -> list[TargetProfile]:
    return [target] if isinstance(target, TargetProfile) else list(target)


# JAX's optimization_barrier reaches IREE as util.optimization_barrier, an op of the host program on a
# device buffer: IREE waits on the host for the work producing it (iree-org/iree#13727), so each barrier
# split a call in two submissions with a device-to-host wait between them (a norm step: 2-3 submissions, a
# per-tensor norm over 3 tensors: 8). IREE's own dispatch-formation barrier keeps the same dispatches (its
# pass removes it once they are formed) and leaves the call one submission.
_ONE_OPERAND_BARRIER = re.compile(
    r"^(\s*%[\w#]+) = stablehlo\.optimization_barrier (%[\w#]+) : (tensor<[^>]*>)$", re.MULTILINE)


def with_dispatch_barriers(mlir: str) -> str:
    """`mlir` with every one-operand `stablehlo.optimization_barrier` (what `step.no_fusion` writes) as
    `iree_tensor_ext.compute_barrier.end`: the same dispatches, no host wait (see above). Barriers of
    several operands (a user's `jax.checkpoint`) are left as they are: correct, only waited for."""
    return _ONE_OPERAND_BARRIER.sub(
        lambda m: f"{m[1]} = iree_tensor_ext.compute_barrier.end {m[2]} : {m[3]} -> {m[3]}", mlir)


def cache_key(mlir: str, target: TargetProfile | Sequence[TargetProfile], extra_flags: Sequence[str] = ()) -> str:
    targets = _as_list(target)
    h = hashlib.sha256()
    flags = [flag_identity(f) for f in [*compile_flags(targets), *extra_flags]]
    for part in (mlir, "\0".join(flags), compiler_version()):
        h.update(part.encode())
        h.update(b"\0")
    if any(t.host_dependent for t in targets):
        h.update(f"{host_cpu_identity()}\0{HOST_HALF_PRECISION_FEATURES.get(host_cpu_arch())}".encode())
    return h.hexdigest()


def compile_stablehlo(mlir: str, target: TargetProfile | Sequence[TargetProfile], *,
                      extra_flags: Sequence[str] = (), use_cache: bool = True) -> bytes:
    """Compile StableHLO text for one target, or into one module for several, with the targets' flags
    plus `extra_flags` (the module's own, e.g. step_compile_flags); returns the .vmfb bytes (from
    the cache when present)."""
    targets = _as_list(target)
    mlir = with_dispatch_barriers(mlir)
    return _compile_keyed(cache_key(mlir, targets, extra_flags), mlir, targets, extra_flags, use_cache)


def _compile_keyed(key: str, mlir: str, targets: list[TargetProfile], extra_flags: Sequence[str],
                   use_cache: bool) -> bytes:
    # `mlir` is the text as IREE compiles it (after with_dispatch_barriers), the text its key hashed.
    path = cache_dir() / f"{key}.vmfb"
    if use_cache and path.is_file():
        return path.read_bytes()
    import iree.compiler as ireec  # here, not at import: a warm start never needs the compiler

    vmfb = ireec.compile_str(mlir, input_type="stablehlo",
                             extra_args=iree_compile_flags(targets, extra_flags))
    if use_cache:
        atomic_write(path, lambda f: f.write(vmfb))
    return vmfb


@lru_cache(maxsize=1)
def _source_identity() -> str:
    h = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{h.hexdigest()}|jax {version('jax')}|jaxlib {version('jaxlib')}"


def exporter_identity() -> str:
    """What else decides a step's StableHLO besides its spec: this package's source, JAX's version and
    JAX's settings from the environment (`JAX_*`), plus x64 mode turned on in code (JAX already imported;
    off, the default, adds nothing, so a process that has not imported JAX finds the same key)."""
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith("JAX_"))
    jax = sys.modules.get("jax")
    x64 = "|x64" if jax is not None and getattr(getattr(jax, "config", None), "jax_enable_x64", False) else ""
    return f"{_source_identity()}|{env}{x64}"


def step_cache_key(spec: StepSpec, target: TargetProfile | Sequence[TargetProfile],
                   extra_flags: Sequence[str] = ()) -> str:
    """The compiled step's key before it is exported: the spec's repr (config, layout, present gradients,
    phase; dataclass reprs, so every field) without the optimizer's name, which the step never reads (names
    are numbered adam, adam_1, ... in creation order), `exporter_identity`, and what `cache_key` adds to the
    text. A spec whose repr is not stable across processes (a callable learning rate's holds its address)
    misses, and is exported and compiled as before."""
    unnamed = dataclasses.replace(spec, config=dataclasses.replace(spec.config, name="adam"))
    h = hashlib.sha256()
    for part in (repr(unnamed), exporter_identity(), cache_key("", target, extra_flags)):
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()


def compile_step(spec: StepSpec, target: TargetProfile | Sequence[TargetProfile], *,
                 extra_flags: Sequence[str] = (), use_cache: bool = True,
                 siblings: Sequence[StepSpec] = ()) -> bytes:
    """The step of `spec` compiled for the targets: `compile_stablehlo(export.export_step(spec), ...)`, and
    a small file `<step_cache_key>.step` naming the module's text-keyed file, read first: a step compiled
    before loads without importing JAX or the compiler. `siblings`: steps the caller needs next (the other
    phase of an accumulating step), compiled into the cache by the same child process when this one is
    compiled in one (`compile_in_child`: its start, JAX's import, is most of its cost); else left for later."""
    targets = _as_list(target)
    index = cache_dir() / f"{step_cache_key(spec, targets, extra_flags)}.step"
    if use_cache and index.is_file():
        path = cache_dir() / f"{index.read_text().strip()}.vmfb"
        if path.is_file():
            return path.read_bytes()
    # In a child only with a float learning rate: a schedule or a callable brings code of its own, which the
    # child may not import (a class in __main__, a lambda); and no executable means an embedded interpreter.
    if not jax_imported() and isinstance(spec.config.learning_rate, float) and sys.executable:
        return compile_in_child(pickle.dumps((spec, tuple(siblings) if use_cache else (), targets,
                                              tuple(extra_flags), use_cache)))
    from .export import export_step  # JAX: only on a miss

    mlir = with_dispatch_barriers(export_step(spec))
    key = cache_key(mlir, targets, extra_flags)
    vmfb = _compile_keyed(key, mlir, targets, extra_flags, use_cache)
    if use_cache:
        atomic_write(index, lambda f: f.write(key.encode()))
    return vmfb


def jax_imported() -> bool:
    return "jax" in sys.modules


def compile_in_child(request: bytes) -> bytes:
    """`compile_step` of a pickled (spec, siblings, targets, extra_flags, use_cache) in a child process that exits
    once the module is built (`main`), with this interpreter, environment (JAX's settings, as
    `exporter_identity` keys them; the cache directory) and working directory, and this package's source
    first on its path. Why: the JAX and MLIR libraries an export and a compile load stay resident for a
    process's life, about 220 MiB (README, Compile cache), in a process that may only ever run steps. The
    cost: the child's start, mostly JAX's import, about a second per miss (on a first miss, most of that
    is the import this process would have paid)."""
    package_root = str(Path(__file__).resolve().parent.parent)
    code = f"import sys; sys.path.insert(0, {package_root!r}); from adam_iree.compiler import main; main()"
    env = {**os.environ, "ADAM_IREE_CACHE_DIR": str(cache_dir().resolve())}
    proc = subprocess.run([sys.executable, "-c", code], input=request, capture_output=True, env=env)
    if proc.returncode != 0:
        how = f"was killed by signal {-proc.returncode}" if proc.returncode < 0 else f"exited with status {proc.returncode}"
        tail = proc.stderr.decode(errors="replace").strip()[-3000:]
        raise RuntimeError(f"Compiling the step in a child process (adam_iree.compiler.main) failed: it {how}"
                           f"{':' + chr(10) + tail if tail else ' and printed nothing'}")
    return proc.stdout


def main() -> None:
    """The child of `compile_in_child`: `compile_step`'s arguments, pickled, from stdin; the module to stdout."""
    module_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything else printed (a library's notice) goes to stderr, not into the module's bytes
    from . import export  # noqa: F401  (JAX imported: compile_step exports here, not in another child)

    spec, siblings, targets, extra_flags, use_cache = pickle.load(sys.stdin.buffer)
    for sibling in siblings:  # into the cache, where the parent's compile_step finds them
        compile_step(sibling, targets, extra_flags=extra_flags)
    module_out.write(compile_step(spec, targets, extra_flags=extra_flags, use_cache=use_cache))
    module_out.flush()
    os._exit(0)  # skips JAX's teardown (tenths of a second): the module is written, the cache files closed


@dataclasses.dataclass(frozen=True)
class StreamPlan:
    """What one call of a compiled module does on the device, read from IREE's stream IR."""
    dispatches: int               # device dispatches issued
    largest_transient_bytes: int  # the largest scratch buffer allocated for the call (0: none)
    host_reads: int = 0           # values read back to the host mid-call (a device-to-host wait each)
    submissions: int = 0          # command buffers submitted (a queue round trip each)
    host_waits: int = 0           # device-to-host waits before the call's last (barriers, read-backs)
    stale_reads: int = 0          # dispatches reading an argument's buffer after an earlier one wrote it in place


def compiled_to(mlir: str, target: TargetProfile, phase: str, extra_flags: Sequence[str] = ()) -> str:
    """The step's module compiled by IREE as far as `phase` (`--compile-to`: "stream", "executable-
    configurations", ...), as text."""
    import iree.compiler as ireec

    out = ireec.compile_str(with_dispatch_barriers(mlir), input_type="stablehlo",
                            extra_args=[*iree_compile_flags([target], extra_flags), f"--compile-to={phase}"])
    return out.decode() if isinstance(out, bytes) else out


def stream_ir(mlir: str, target: TargetProfile, extra_flags: Sequence[str] = ()) -> str:
    """The step's module compiled to IREE's stream IR (the device work of each call, as commands)."""
    return compiled_to(mlir, target, "stream", extra_flags)


def stream_plan(mlir: str, target: TargetProfile, extra_flags: Sequence[str] = ()) -> StreamPlan:
    """Compile to IREE's stream IR and count what one call of the exported functions does: dispatches,
    transient allocations, host read-backs and submissions (`plan_of_stream_ir`)."""
    return plan_of_stream_ir(stream_ir(mlir, target, extra_flags))


def plan_of_stream_ir(text: str) -> StreamPlan:
    """What one call of the exported functions in a module's stream IR (`stream_ir`) does."""
    # The exported functions' bodies (not the initializer, which runs once at load): each ends in one wait.
    bodies = [re.split(r"\n  (?:util\.func|util\.initializer|stream\.executable)", f, maxsplit=1)[0]
              for f in re.split(r"\n  util\.func public @", text)[1:]]
    # Counted in those bodies: an initializer's work (a hoisted constant's fill, with its scratch, where the
    # constants are evaluated at load: NO_CONST_EVAL) is not a call's.
    sizes = [int(n) for n in re.findall(r"stream\.resource\.alloca[^\n]*!stream\.resource<transient>\{%c(\d+)\}",
                                        "\n".join(bodies))]
    waits = sum(max(b.count("stream.timepoint.await") - 1, 0) for b in bodies)
    return StreamPlan(sum(b.count("stream.cmd.dispatch ") for b in bodies), max(sizes, default=0),
                      sum(b.count("stream.resource.load ") for b in bodies),
                      sum(b.count("stream.cmd.execute ") for b in bodies), waits, sum(map(stale_reads, bodies)))


_DISPATCH = re.compile(r"stream\.cmd\.dispatch @\S+ \{(.*?)\n\s*\}", re.S)
_EXTERNAL_ACCESS = re.compile(r"\b(ro|wo|rw) (%[\w#]+)\[[^\]]*\] : !stream\.resource<external>")


def stale_reads(body: str) -> int:
    """Dispatches of one function's stream IR, in order, that read an external buffer (an argument, written
    in place for a donated one) after an earlier dispatch wrote it. The step reads only the values it was
    called with, so each is a read of an overwritten value (IREE ordered an in-place write before a read of
    the old value: see step.adam_step's norms)."""
    written: set[str] = set()
    count = 0
    for dispatch in _DISPATCH.findall(body):
        access = _EXTERNAL_ACCESS.findall(dispatch)
        count += any(mode != "wo" and name in written for mode, name in access)
        written.update(name for mode, name in access if mode != "ro")
    return count

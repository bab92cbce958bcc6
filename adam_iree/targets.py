"""Compile-target profiles: one TOML file per target in `targets/`, read by people and by adam_iree.

A profile names the IREE compile-time device (`local`, `vulkan`, `cuda`, `hip`, `metal`), the executable
backend that generates its code, the runtime HAL driver that runs it, the backend's flags, the target's
limits and the tolerance against Keras that its tests use. `compile_flags` turns one or several
profiles into iree-compile flags; several profiles give one module with an executable per device.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import platform
import re
import tomllib
from pathlib import Path
from typing import Sequence

from .layout import GROUP_ALIGN

DEFAULT_TARGET = "llvm-cpu"

# compile-time device -> (executable backends it accepts, runtime drivers that run it)
DEVICES = {
    "local": (("llvm-cpu", "vmvx"), ("local-task", "local-sync")),
    "vulkan": (("vulkan-spirv",), ("vulkan",)),
    "cuda": (("cuda",), ("cuda",)),
    "hip": (("rocm",), ("hip",)),
    "metal": (("metal-spirv",), ("metal",)),
}
CPU_ARCHES = ("host", "x86_64", "aarch64", "riscv64")
_REQUIRED = {"name": str, "description": str, "device": str, "backend": str, "driver": str, "flags": list}
_OPTIONAL = {"cpu_arch": str, "device_name": str, "host_dependent": bool, "sync_up_to_params": int, "limits": dict,
             "tolerance": dict, "transform_library": str}
_TOLERANCE_DEFAULTS = {"float32": 1e-6, "half_ulps": 4.0}
# A profile's `transform_library` (an .mlir file beside it) becomes this flag, naming the library's entry
# point, which configures the module's dispatches (workgroup shapes, tiles).
TRANSFORM_LIBRARY_FLAG = "--iree-codegen-transform-dialect-library"
TRANSFORM_LIBRARY_ENTRY = "__kernel_config"
# Flags adam_iree writes itself from `device`/`backend`/`transform_library`; a profile that sets them would fight it.
_RESERVED_FLAGS = ("--iree-hal-target-backends", "--iree-hal-target-device", "--iree-hal-local-target-device-backends",
                   "--iree-input-type", "--compile-to", "-o", TRANSFORM_LIBRARY_FLAG)


def targets_dir() -> Path:
    """`$ADAM_IREE_TARGETS_DIR`, else the package's `profiles/`: a link to the repository's `targets/`,
    copied into the wheel, so an installed adam_iree has them too."""
    env = os.environ.get("ADAM_IREE_TARGETS_DIR")
    return Path(env) if env else Path(__file__).parent / "profiles"


class TargetProfileError(ValueError):
    """A profile file that is missing or malformed; the message names the file and the field."""


@dataclasses.dataclass(frozen=True)
class TargetProfile:
    name: str
    description: str
    device: str  # IREE compile-time device
    backend: str  # executable code generator
    driver: str  # IREE runtime HAL driver
    sync_up_to_params: int  # local-task only: states of at most this many parameters run local-sync (0: never)
    flags: tuple[str, ...]
    cpu_arch: str  # local devices: the CPU architecture the code runs on ("host": this machine's)
    device_name: str  # regex the runtime device's name must match (GPU family); "" for any device
    host_dependent: bool
    max_storage_buffer_bytes: int  # 0: no per-buffer limit
    half_precision: bool  # bfloat16/float16 variables are updated correctly (16-bit storage and arithmetic)
    tolerance_float32: float  # per-step bound vs Keras (relative and absolute), grown with steps
    tolerance_half_ulps: float  # bound for bfloat16/float16 state, in ulps of the dtype
    path: Path
    transform_library: Path | None = None  # IREE codegen configs for this target's dispatches (see compile_flags)

    @staticmethod
    def from_file(path: Path) -> "TargetProfile":
        """The profile in the file at `path`, parsed once per content of the file: profiles are looked up
        per tensor and per step plan (a parse about 0.35 ms, a read 0.01), and an edited file is parsed
        again."""
        try:
            text = path.read_text()
        except OSError as e:
            raise TargetProfileError(f"{path}: cannot read target profile: {e}") from e
        return _parse_profile(str(path), text)

    @staticmethod
    def from_text(path: Path, text: str) -> "TargetProfile":
        """The profile in `text`, the content of the file at `path` (named in errors; its stem is the name)."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise TargetProfileError(f"{path}: cannot read target profile: {e}") from e

        def bad(field: str, expected: str, got=None) -> TargetProfileError:
            received = "" if got is None else f"; got {got!r}"
            return TargetProfileError(f"{path}: field `{field}` must be {expected}{received}")

        for field in data:
            if field not in _REQUIRED and field not in _OPTIONAL:
                raise TargetProfileError(f"{path}: unknown field `{field}` (known: "
                                         f"{', '.join([*_REQUIRED, *_OPTIONAL])})")
        for field, typ in {**_REQUIRED, **_OPTIONAL}.items():
            if field not in data:
                if field in _REQUIRED:
                    raise TargetProfileError(f"{path}: missing field `{field}` ({typ.__name__})")
                continue
            if not isinstance(data[field], typ):
                raise bad(field, f"a {typ.__name__}", data[field])
        if data["name"] != path.stem:
            raise TargetProfileError(f"{path}: field `name` is {data['name']!r} but the file is named {path.stem!r}")
        device, backend, driver = data["device"], data["backend"], data["driver"]
        if device not in DEVICES:
            raise bad("device", f"one of {', '.join(DEVICES)}", device)
        backends, drivers = DEVICES[device]
        if backend not in backends:
            raise bad("backend", f"one of {', '.join(backends)} for device {device!r}", backend)
        if driver not in drivers:
            raise bad("driver", f"one of {', '.join(drivers)} for device {device!r}", driver)
        for f in data["flags"]:
            if not isinstance(f, str) or not f.startswith("--"):
                raise bad("flags", "a list of '--flag[=value]' strings", f)
            if f.split("=", 1)[0] in _RESERVED_FLAGS:
                raise bad("flags", f"free of {f.split('=', 1)[0]} (adam_iree sets it from `device`, `backend` or "
                          "`transform_library`)", f)
        sync_up_to = data.get("sync_up_to_params", 0)
        if isinstance(sync_up_to, bool) or sync_up_to < 0:
            raise bad("sync_up_to_params", "an integer >= 0 (0: never)", sync_up_to)
        if sync_up_to and driver != "local-task":
            raise bad("sync_up_to_params", f"0 for driver {driver!r} (it picks local-sync over local-task)", sync_up_to)
        cpu_arch = data.get("cpu_arch", "host" if device == "local" else "")
        if device == "local" and cpu_arch not in CPU_ARCHES:
            raise bad("cpu_arch", f"one of {', '.join(CPU_ARCHES)}", cpu_arch)
        try:
            re.compile(data.get("device_name", ""))
        except re.error as e:
            raise bad("device_name", f"a regular expression ({e})", data["device_name"]) from e
        limits = data.get("limits", {})
        for key in limits:
            if key not in ("max_storage_buffer_bytes", "half_precision"):
                raise TargetProfileError(f"{path}: unknown field `limits.{key}` "
                                         "(known: max_storage_buffer_bytes, half_precision)")
        if not isinstance(limits.get("half_precision", True), bool):
            raise bad("limits.half_precision", "true or false", limits["half_precision"])
        max_bytes = limits.get("max_storage_buffer_bytes", 0)
        least = GROUP_ALIGN * 4  # a padded group of float32 must fit
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0 or (
                0 < max_bytes < least):
            raise bad("limits.max_storage_buffer_bytes", f"0 (no limit) or an integer >= {least}", max_bytes)
        tolerance = dict(_TOLERANCE_DEFAULTS)
        for key, value in data.get("tolerance", {}).items():
            if key not in _TOLERANCE_DEFAULTS:
                raise TargetProfileError(f"{path}: unknown field `tolerance.{key}` (known: "
                                         f"{', '.join(_TOLERANCE_DEFAULTS)})")
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
                raise bad(f"tolerance.{key}", "a number > 0", value)
            tolerance[key] = float(value)
        library = None
        if "transform_library" in data:
            name = data["transform_library"]
            library = path.parent / name
            if Path(name).name != name or library.suffix != ".mlir" or not library.is_file():
                raise bad("transform_library", "the name of an .mlir file beside the profile", name)
        return TargetProfile(
            name=data["name"], description=data["description"], device=device, backend=backend, driver=driver,
            sync_up_to_params=sync_up_to, flags=tuple(data["flags"]), cpu_arch=cpu_arch,
            device_name=data.get("device_name", ""), host_dependent=bool(data.get("host_dependent", False)),
            max_storage_buffer_bytes=max_bytes,
            half_precision=limits.get("half_precision", True), tolerance_float32=tolerance["float32"],
            tolerance_half_ulps=tolerance["half_ulps"], path=path, transform_library=library,
        )

    def runtime_for(self, n_params: int) -> "TargetProfile":
        """The profile to run a state of `n_params` parameters with: local-sync (the calling thread) up to
        `sync_up_to_params`, where local-task's hand-offs to its workers cost more than they save; the
        compiled module is the same for both drivers."""
        if self.sync_up_to_params and n_params <= self.sync_up_to_params:
            return dataclasses.replace(self, driver="local-sync")
        return self


@functools.lru_cache(maxsize=64)
def _parse_profile(path: str, text: str) -> TargetProfile:
    return TargetProfile.from_text(Path(path), text)


def list_targets() -> list[TargetProfile]:
    return [TargetProfile.from_file(p) for p in sorted(targets_dir().glob("*.toml"))]


def get_target(name) -> TargetProfile:
    """The profile named `name` (a profile passes through); a clear error lists the known ones."""
    if isinstance(name, TargetProfile):
        return name
    if not isinstance(name, str):
        raise TypeError(f"Argument `target` must be a target name string. Received: target={name!r}")
    path = targets_dir() / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(p.stem for p in sorted(targets_dir().glob("*.toml")))
        raise ValueError(f"Argument `target` must be one of: {known}. Received: target={name!r}")
    return TargetProfile.from_file(path)


def check_variable_dtypes(targets: Sequence[TargetProfile], variables) -> None:
    """Refuse variables a target cannot update correctly (`variables`: objects with .path and .dtype)."""
    for t in targets:
        if t.half_precision:
            continue
        bad = next((v for v in variables if v.dtype.name in ("float16", "bfloat16")), None)
        if bad is not None:
            fine = [p.name for p in list_targets() if p.device == t.device and p.half_precision]
            raise ValueError(
                f"Argument `params`: variable {bad.path!r} is {bad.dtype.name}, which target {t.name!r} cannot "
                f"update correctly (no 16-bit storage or arithmetic; its profile sets limits.half_precision = "
                f"false). Use float32 there, or a target with 16-bit floats: {', '.join(fine) or 'none found'}.")


def _device_flags(target: TargetProfile) -> list[str]:
    if target.device == "local":
        return [f"--iree-hal-local-target-device-backends={target.backend}"]
    return []


def compile_flags(targets: Sequence[TargetProfile]) -> list[str]:
    """iree-compile flags for one target, or for one module that runs on any of several.

    Several targets become one device chosen at load time among them (`--iree-hal-target-device=a,b,..`,
    a #hal.device.select); each keeps its own executable (executable linking off, since IREE 3.13 links
    the variants of different backends into one name and keeps only the last)."""
    targets = list(targets)
    if not targets:
        raise ValueError("Argument `target` must name at least one target.")
    devices = [t.device for t in targets]
    if len(set(devices)) != len(devices):
        dup = next(d for d in devices if devices.count(d) > 1)
        names = [t.name for t in targets if t.device == dup]
        raise ValueError(f"Argument `target`: {', '.join(names)} all compile for the IREE device {dup!r}; "
                         "one module holds one executable per device, so pick one of them.")
    flags = [f"--iree-hal-target-device={','.join(devices)}"]
    owner: dict[str, tuple[str, str]] = {}
    for t in targets:
        for f in [*_device_flags(t), *t.flags]:
            key = f.split("=", 1)[0]
            if key in owner and owner[key][1] != f:
                raise ValueError(f"Argument `target`: {owner[key][0]} sets {owner[key][1]} but {t.name} sets {f}")
            if key not in owner:
                owner[key] = (t.name, f)
                flags.append(f)
    if len(targets) > 1:
        flags.append("--iree-hal-link-executables=false")
    # A transform library configures every executable of the module, whatever its backend (a CUDA
    # config breaks llvm-cpu's), so it is used only where every target names the same one. IREE parses it
    # under a lock when the first executable needs it, while the others compile on the same threads: a CUDA
    # compile hung so once in CI (every thread waiting, 10 minutes). On one thread it cannot (a 20-dispatch
    # step: 2.1-2.5 -> 2.8 s on 2 cores; a plain step 0.37 -> 0.32).
    libraries = {t.transform_library for t in targets}
    if len(libraries) == 1 and None not in libraries:
        flags += [f"{TRANSFORM_LIBRARY_FLAG}={libraries.pop()}@{TRANSFORM_LIBRARY_ENTRY}", "--mlir-disable-threading"]
    return flags


def flag_identity(flag: str) -> str:
    """`flag` as a cache key hashes it: a transform library by its contents, not where it lies."""
    if not flag.startswith(TRANSFORM_LIBRARY_FLAG + "="):
        return flag
    path = Path(flag.split("=", 1)[1].rsplit("@", 1)[0])
    return f"{TRANSFORM_LIBRARY_FLAG}=sha256:{hashlib.sha256(path.read_bytes()).hexdigest()}"


def host_cpu_arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def device_unavailable_reason(target: TargetProfile) -> str | None:
    """Why this machine has no device for `target` (None when it has one): wrong CPU architecture,
    a driver that cannot start (no CUDA library, no Vulkan loader), or a driver with no device."""
    import iree.runtime as rt

    if target.device == "local" and target.cpu_arch not in ("host", host_cpu_arch()):
        return f"its code is for {target.cpu_arch} CPUs and this machine is {host_cpu_arch()}"
    kind = {"cuda": "CUDA", "hip": "HIP (ROCm)", "vulkan": "Vulkan", "metal": "Metal"}.get(target.driver, target.driver)
    try:
        devices = rt.get_driver(target.driver).query_available_devices()
    except Exception as e:  # a driver whose library is missing raises when created
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        return f"no {kind} device found (the IREE {target.driver!r} driver cannot start: {first})"
    if not devices:
        return f"no {kind} device found (the IREE {target.driver!r} driver lists none)"
    if target.device_name and not any(re.search(target.device_name, d["name"], re.IGNORECASE) for d in devices):
        # e.g. a Mali profile on lavapipe: its code assumes Mali's subgroup size, so it is not run elsewhere
        return (f"no {kind} device matching {target.device_name!r} found "
                f"(devices here: {', '.join(d['name'] for d in devices)})")
    return None

"""Compile-target profiles: one TOML file per target in `targets/`, read by people and by adam_iree."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from pathlib import Path

DEFAULT_TARGET = "llvm-cpu"
_REQUIRED = {"name": str, "description": str, "backend": str, "driver": str, "flags": list}


def targets_dir() -> Path:
    """`$ADAM_IREE_TARGETS_DIR`, else the `targets/` folder beside the package (the repository's)."""
    env = os.environ.get("ADAM_IREE_TARGETS_DIR")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "targets"


class TargetProfileError(ValueError):
    """A profile file that is missing or malformed; the message names the file and the field."""


@dataclasses.dataclass(frozen=True)
class TargetProfile:
    name: str
    description: str
    backend: str
    driver: str
    flags: tuple[str, ...]
    host_dependent: bool
    max_storage_buffer_bytes: int
    tolerance: dict
    path: Path

    @staticmethod
    def from_file(path: Path) -> "TargetProfile":
        try:
            data = tomllib.loads(path.read_text())
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise TargetProfileError(f"{path}: cannot read target profile: {e}") from e
        for field, typ in _REQUIRED.items():
            if field not in data:
                raise TargetProfileError(f"{path}: missing field `{field}` ({typ.__name__})")
            if not isinstance(data[field], typ):
                raise TargetProfileError(
                    f"{path}: field `{field}` must be a {typ.__name__}, got {type(data[field]).__name__}"
                )
        if not all(isinstance(f, str) and f.startswith("--") for f in data["flags"]):
            raise TargetProfileError(f"{path}: field `flags` must be a list of '--flag' strings")
        if data["name"] != path.stem:
            raise TargetProfileError(f"{path}: field `name` is {data['name']!r} but the file is named {path.stem!r}")
        limits = data.get("limits", {})
        max_bytes = limits.get("max_storage_buffer_bytes", 0)
        if not isinstance(max_bytes, int) or max_bytes < 0:
            raise TargetProfileError(f"{path}: field `limits.max_storage_buffer_bytes` must be an integer >= 0")
        return TargetProfile(
            name=data["name"],
            description=data["description"],
            backend=data["backend"],
            driver=data["driver"],
            flags=tuple(data["flags"]),
            host_dependent=bool(data.get("host_dependent", False)),
            max_storage_buffer_bytes=max_bytes,
            tolerance=dict(data.get("tolerance", {})),
            path=path,
        )


def list_targets() -> list[TargetProfile]:
    return [TargetProfile.from_file(p) for p in sorted(targets_dir().glob("*.toml"))]


def get_target(name: str) -> TargetProfile:
    """The profile named `name`; a clear error lists the known ones."""
    if not isinstance(name, str):
        raise TypeError(f"Argument `target` must be a target name string. Received: target={name!r}")
    path = targets_dir() / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(p.stem for p in sorted(targets_dir().glob("*.toml")))
        raise ValueError(f"Argument `target` must be one of: {known}. Received: target={name!r}")
    return TargetProfile.from_file(path)

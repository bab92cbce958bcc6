"""Self-describing checkpoints: safetensors payload + JSON metadata + SHA-256 checksum, written atomically.

The tensors are the packed device state arrays exactly as the compiled step takes them (`iteration`,
then `<group>/<slot>` per packed group), so code on a device can feed a checkpoint straight to the module
(IREE's runtime reads safetensors as a parameter archive). The metadata says everything else needed to
resume exactly: the Keras config (schedule included), the variables (path, shape, dtype, decay class, group
and offset), the float learning-rate value, the library and format versions.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import ml_dtypes
import numpy as np

from .fileio import atomic_write

FORMAT = "adam_iree.checkpoint"
FORMAT_VERSION = 1
_DTYPES = {"F32": np.dtype(np.float32), "F16": np.dtype(np.float16), "BF16": np.dtype(ml_dtypes.bfloat16),
           "I32": np.dtype(np.int32)}
_CODES = {v: k for k, v in _DTYPES.items()}


class CheckpointError(ValueError):
    """A checkpoint that cannot be used: the message says which file and why."""


def _checksum(index: dict, metadata: dict, data: bytes) -> str:
    h = hashlib.sha256()
    h.update(json.dumps(index, sort_keys=True, separators=(",", ":")).encode())
    h.update(json.dumps({k: v for k, v in metadata.items() if k != "checksum"}, sort_keys=True,
                        separators=(",", ":")).encode())
    h.update(data)
    return h.hexdigest()


def write(path: str | os.PathLike, tensors: list[tuple[str, np.ndarray]], metadata: dict[str, Any]) -> None:
    """Write a safetensors file atomically: temporary file in the same folder, fsync, rename, fsync folder."""
    index: dict[str, dict] = {}
    chunks = []
    offset = 0
    for name, array in tensors:
        array = np.ascontiguousarray(array) if array.ndim else np.asarray(array)
        raw = array.tobytes()
        index[name] = {"dtype": _CODES[array.dtype], "shape": list(array.shape),
                       "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    data = b"".join(chunks)
    meta = {k: (v if isinstance(v, str) else json.dumps(v)) for k, v in metadata.items()}
    meta["format"] = FORMAT
    meta["format_version"] = str(FORMAT_VERSION)
    meta["checksum"] = _checksum(index, meta, data)
    header = json.dumps({"__metadata__": meta, **index}, separators=(",", ":")).encode()
    header += b" " * (-len(header) % 8)  # safetensors: pad the header to 8 bytes so tensors stay aligned

    def write_file(f) -> None:
        f.write(len(header).to_bytes(8, "little"))
        f.write(header)
        f.write(data)

    atomic_write(path, write_file)


def read(path: str | os.PathLike) -> tuple[dict[str, np.ndarray], dict[str, str]]:
    """Read and verify a checkpoint: (tensors by name, metadata). Refuses anything truncated or altered."""
    path = Path(path)
    try:
        blob = path.read_bytes()
    except OSError as e:
        raise CheckpointError(f"{path}: cannot read checkpoint: {e}") from e
    if len(blob) < 8:
        raise CheckpointError(f"{path}: truncated checkpoint ({len(blob)} bytes, no header)")
    n = int.from_bytes(blob[:8], "little")
    if n <= 0 or 8 + n > len(blob):
        raise CheckpointError(f"{path}: truncated or not a safetensors checkpoint (header of {n} bytes "
                              f"in a {len(blob)}-byte file)")
    try:
        header = json.loads(blob[8 : 8 + n])
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CheckpointError(f"{path}: corrupted checkpoint header: {e}") from e
    meta = header.pop("__metadata__", None)
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise CheckpointError(f"{path}: not an adam_iree checkpoint (metadata `format` is missing or wrong)")
    if meta.get("format_version") != str(FORMAT_VERSION):
        raise CheckpointError(f"{path}: checkpoint format version {meta.get('format_version')!r} is not supported "
                              f"(this adam_iree reads version {FORMAT_VERSION})")
    data = blob[8 + n :]
    expected_len = max((t["data_offsets"][1] for t in header.values()), default=0)
    if len(data) != expected_len:
        raise CheckpointError(f"{path}: truncated checkpoint: {len(data)} payload bytes, header says {expected_len}")
    if _checksum(header, meta, data) != meta.get("checksum"):
        raise CheckpointError(f"{path}: checksum mismatch: the checkpoint is corrupted")
    tensors = {}
    for name, t in header.items():
        b, e = t["data_offsets"]
        tensors[name] = np.frombuffer(data[b:e], dtype=_DTYPES[t["dtype"]]).reshape(t["shape"]).copy()
    return tensors, meta

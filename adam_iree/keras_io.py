"""Optimizer state in `.keras` files: the `optimizer/vars/<i>` datasets of `model.weights.h5` (spec section 4).

Needs `h5py` (installed with Keras; `pip install adam_iree[keras]`). The values are positional, in
`optimizer.variables` order; which of Keras's two orders a file uses is the caller's explicit choice.
"""

from __future__ import annotations

import io
import os
import zipfile

import numpy as np

from .fileio import atomic_write

WEIGHTS = "model.weights.h5"


def _h5py():
    try:
        import h5py
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("reading or writing .keras files needs h5py: pip install 'adam_iree[keras]'") from e
    return h5py


def read_optimizer_variables(path: str | os.PathLike) -> list[np.ndarray]:
    """The optimizer's variable values stored in a `.keras` file, in stored order."""
    h5py = _h5py()
    with zipfile.ZipFile(path) as z:
        if WEIGHTS not in z.namelist():
            raise ValueError(f"{path}: no {WEIGHTS} inside; is it a .keras file?")
        blob = z.read(WEIGHTS)
    with h5py.File(io.BytesIO(blob), "r") as f:
        if "optimizer" not in f or "vars" not in f["optimizer"]:
            raise ValueError(f"{path}: the model was saved without optimizer state (no optimizer/vars group)")
        group = f["optimizer"]["vars"]
        return [np.array(group[str(i)]) for i in range(len(group))]


def write_optimizer_variables(src: str | os.PathLike, dst: str | os.PathLike, values: list[np.ndarray]) -> None:
    """Copy the `.keras` file `src` to `dst` with its optimizer variables replaced by `values`.

    The count, shapes and dtypes must equal what `src` holds. `dst` is written atomically."""
    h5py = _h5py()
    with zipfile.ZipFile(src) as z:
        members = {name: z.read(name) for name in z.namelist()}
    buf = io.BytesIO(members[WEIGHTS])
    with h5py.File(buf, "r+") as f:
        group = f["optimizer"]["vars"]
        if len(group) != len(values):
            raise ValueError(f"{src}: holds {len(group)} optimizer variables; received {len(values)}")
        for i, value in enumerate(values):
            ds = group[str(i)]
            value = np.asarray(value)
            if ds.shape != value.shape or ds.dtype != value.dtype:
                raise ValueError(f"{src}: optimizer/vars/{i} is {ds.shape} {ds.dtype}; received "
                                 f"{value.shape} {value.dtype}")
            ds[...] = value
    members[WEIGHTS] = buf.getvalue()

    def write_zip(f) -> None:
        with zipfile.ZipFile(f, "w") as z:
            for name, data in members.items():
                z.writestr(name, data)

    atomic_write(dst, write_zip)

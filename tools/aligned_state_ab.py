"""A/B experiment (not yet in the runtime): large llvm-cpu state in host memory that starts on a 2 MiB
boundary, imported into IREE, against IREE's own allocation (what `DeviceSession.allocate_mapped` does).

    python tools/aligned_state_ab.py --cases 64M,200x16M --configs plain,global_clipnorm

Both kinds are built alternately in one process and timed in interleaved rounds (bench.py's `measure`), then
a fresh pair runs 3 steps each and their parameters are compared bit for bit. The imported memory is kept
alive here: `HalAllocator.import_host_allocation` in iree-base-runtime 3.13 does not keep its Python object
alive, whatever its docstring says (dropping the array and allocating more crashed the process, 2026-11-30),
so the runtime would have to own each buffer's memory before it can use this (README, *Huge pages*).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import numpy as np
import iree.runtime as rt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from adam_iree import runtime  # noqa: E402

_spec = importlib.util.spec_from_file_location("adam_iree_bench_tool", ROOT / "tools" / "bench.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = bench
_spec.loader.exec_module(bench)

IREE_ALLOCATED = runtime.DeviceSession.allocate_mapped
OWNERS: list[np.ndarray] = []  # the imported memory, alive to the process's end


def huge_page_aligned_import(self, shape, dtype):
    """`allocate_mapped`, except that a buffer in huge pages is our memory, from a 2 MiB boundary, imported."""
    count = int(np.prod(shape, dtype=np.int64))
    nbytes = max(count, 1) * np.dtype(dtype).itemsize
    if not self.in_huge_pages(nbytes):
        return IREE_ALLOCATED(self, shape, dtype)
    raw = np.empty(nbytes + (2 << 20), np.uint8)
    start = -raw.ctypes.data % (2 << 20)
    host = raw[start:start + nbytes]
    OWNERS.append(raw)
    runtime.advise_huge_pages(host)
    buffer = self.device.allocator.import_host_allocation(
        host, int(rt.MemoryType.DEVICE_LOCAL | rt.MemoryType.HOST_VISIBLE),
        int(rt.BufferUsage.DEFAULT | rt.BufferUsage.MAPPING))
    view = rt.HalBufferView(buffer, list(shape), runtime._ELEMENT_TYPES[np.dtype(dtype)])
    mapping = buffer.map()
    return view, mapping, mapping.asarray([nbytes], np.dtype(np.uint8)).view(dtype)[:count].reshape(shape)


KINDS = {"iree-allocated": IREE_ALLOCATED, "aligned-import": huge_page_aligned_import}


def build(kind: str, sizes, config: str):
    runtime.DeviceSession.allocate_mapped = KINDS[kind]
    try:
        return bench.make_ours("local-task")(sizes, config)
    finally:
        runtime.DeviceSession.allocate_mapped = IREE_ALLOCATED


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", default="64M,200x16M")
    parser.add_argument("--configs", default="plain,global_clipnorm")
    parser.add_argument("--builds", type=int, default=2, help="builds of each kind and config")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--budget", type=float, default=1.5)
    args = parser.parse_args()
    for case in args.cases.split(","):
        sizes = bench.case_sizes(case)
        fns, keep = {}, []
        for build_index in range(args.builds):
            for kind in KINDS:
                for config in args.configs.split(","):
                    fn, opt = build(kind, sizes, config)
                    fns[f"{case} {config} {kind} #{build_index}"] = fn
                    keep.append(opt)
        times = bench.measure(fns, args.rounds, args.budget)
        for name, t in times.items():
            print(f"{name:48s} {t * 1e3:8.3f} ms")
        params = []
        for kind in KINDS:
            fn, opt = build(kind, sizes, "plain")
            for _ in range(3):
                fn()
            params.append(opt.params)
        same = all(np.array_equal(params[0][k], params[1][k]) for k in params[0])
        print(f"{case}: after 3 plain steps the two kinds' parameters are {'bit-identical' if same else 'DIFFERENT'}")


if __name__ == "__main__":
    main()

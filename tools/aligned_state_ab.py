"""A/B of where large llvm-cpu state lives: our memory from a 2 MiB boundary, imported (the runtime's choice,
`DeviceSession.allocate_mapped`), against IREE's own allocation (`aligned=False`).

    python tools/aligned_state_ab.py --cases 16M,64M,200x16M --configs plain,global_clipnorm

Both kinds are built alternately in one process and timed in interleaved rounds (bench.py's `measure`), then
a fresh pair runs 3 steps each and their parameters are compared bit for bit (README, *Huge pages*).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import bench  # noqa: E402

from adam_iree import runtime  # noqa: E402

ALLOCATE_MAPPED = runtime.DeviceSession.allocate_mapped


def iree_allocated(self, shape, dtype, *, aligned: bool = True):
    return ALLOCATE_MAPPED(self, shape, dtype, aligned=False)


KINDS = {"aligned-import": ALLOCATE_MAPPED, "iree-allocated": iree_allocated}


def build(kind: str, sizes, config: str):
    runtime.DeviceSession.allocate_mapped = KINDS[kind]
    try:
        return bench.make_ours("local-task")(sizes, config)
    finally:
        runtime.DeviceSession.allocate_mapped = ALLOCATE_MAPPED


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

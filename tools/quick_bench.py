#!/usr/bin/env python3
"""Quick step timings of adam_iree.Adam on the default target (build time, ms per step).

Not the issue-5 benchmark (no baselines): a smoke measure for the README.
    python tools/quick_bench.py [--target llvm-cpu] [--steps 20]
"""

from __future__ import annotations

import argparse
import time

import numpy as np

import adam_iree


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", default="llvm-cpu")
    parser.add_argument("--steps", type=int, default=20)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    models = [
        ("1 tensor x 1M", {"w": rng.standard_normal(1 << 20).astype(np.float32)}),
        ("200 tensors, 1M total", {f"l{i}/w": rng.standard_normal(5243).astype(np.float32) for i in range(200)}),
        ("1 tensor x 16M", {"w": rng.standard_normal(1 << 24).astype(np.float32)}),
    ]
    for name, params in models:
        for kwargs in ({}, {"amsgrad": True, "use_ema": True}):
            opt = adam_iree.Adam(target=args.target, **kwargs)
            t = time.perf_counter()
            opt.build(params)
            build_s = time.perf_counter() - t
            grads = {k: np.ones_like(v) for k, v in params.items()}
            for _ in range(3):
                opt.apply(grads)
            t = time.perf_counter()
            for _ in range(args.steps):
                opt.apply(grads)
            step_ms = (time.perf_counter() - t) / args.steps * 1e3
            label = ",".join(kwargs) or "plain"
            print(f"{name:24s} {label:16s} build {build_s:5.2f} s   step {step_ms:8.3f} ms")


if __name__ == "__main__":
    main()

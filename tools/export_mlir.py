#!/usr/bin/env python3
"""Write the StableHLO of the reference configurations into mlir/ (tests/test_mlir_sync.py checks it).

    python tools/export_mlir.py            # rewrite mlir/*.mlir
    python tools/export_mlir.py --check    # exit 1 if any file would change
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from adam_iree.config import make_config
from adam_iree.export import export_step, plan_step

MLIR_DIR = Path(__file__).resolve().parent.parent / "mlir"

DENSE = [("dense/kernel", (4, 3), "float32"), ("dense/bias", (3,), "float32")]
MIXED = [("a/kernel", (8, 5), "float32"), ("b/kernel", (5, 2), "bfloat16"), ("c/scale", (), "float16")]

# name -> (Adam keyword arguments, variables, weight-decay exclusion regexes)
REFERENCES = {
    "plain": ({}, DENSE, None),
    "amsgrad_ema_wd": (
        {"amsgrad": True, "use_ema": True, "ema_overwrite_frequency": 3, "weight_decay": 0.004}, DENSE, ["bias"]),
    "accum3_globalclip_lossscale": (
        {"gradient_accumulation_steps": 3, "global_clipnorm": 1.0, "loss_scale_factor": 128.0}, DENSE, None),
    "clipnorm_mixed_precision": ({"clipnorm": 0.5, "clipvalue": None}, MIXED, None),
}


def reference_mlir() -> dict[str, str]:
    out = {}
    for name, (kwargs, variables, exclude) in REFERENCES.items():
        config = make_config(name="adam", **kwargs)
        out[name] = export_step(plan_step(config, variables, exclude))
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report files that would change")
    args = parser.parse_args(argv)
    stale = []
    MLIR_DIR.mkdir(exist_ok=True)
    for name, text in reference_mlir().items():
        path = MLIR_DIR / f"{name}.mlir"
        if path.exists() and path.read_text() == text:
            continue
        stale.append(path.name)
        if not args.check:
            path.write_text(text)
    verb = "stale" if args.check else "written"
    print(f"{len(stale)} file(s) {verb}: {', '.join(stale) or '-'}")
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())

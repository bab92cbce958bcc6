"""Conformance table: per target and configuration family, the largest difference from Keras after 50 steps.

    python tools/conformance.py                 # every target that runs here, as a Markdown table
    python tools/conformance.py --write-readme  # also replace the table in README.md

For each (target, family) it builds the same model in Keras 3 (JAX backend) and in adam_iree, feeds both
the same 50 random gradient sets, then compares every parameter and every optimizer variable (momentums,
velocities, EMA averages, accumulators). "max abs" is the largest |ours - keras|; "max ulp" the largest
distance in units in the last place of the variable's dtype (0: bit-identical). Slots include momentums
that cancel to near zero, where a tiny absolute difference is many ulps of a tiny number.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import warnings
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "jax")
os.environ.setdefault("JAX_PLATFORMS", "cpu")

import jax.numpy as jnp  # noqa: E402
import keras  # noqa: E402
import ml_dtypes  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import adam_iree  # noqa: E402
from adam_iree.targets import device_unavailable_reason, get_target, list_targets  # noqa: E402

STEPS = 50
FAMILIES = {
    "plain": {},
    "amsgrad + EMA": {"amsgrad": True, "use_ema": True, "ema_momentum": 0.9, "ema_overwrite_frequency": 10},
    "weight decay + schedule": {"weight_decay": 0.05,
                                "learning_rate": keras.optimizers.schedules.CosineDecay(0.01, 40, alpha=0.1)},
    "clipnorm": {"clipnorm": 0.5},
    "global_clipnorm": {"global_clipnorm": 1.0},
    "clipvalue": {"clipvalue": 0.05},
    "accumulation + loss scale": {"gradient_accumulation_steps": 4, "loss_scale_factor": 64.0},
    "bfloat16/float16 state": {"amsgrad": True},
}
README_BEGIN, README_END = "<!-- conformance:begin -->", "<!-- conformance:end -->"


def ulp_distance(a: np.ndarray, b: np.ndarray) -> int:
    """Largest distance between a and b in representable values of their dtype (ordered integer view)."""
    if a.size == 0:
        return 0
    bits = {4: np.int32, 2: np.int16}[a.dtype.itemsize]
    ia, ib = a.view(bits).astype(np.int64), b.view(bits).astype(np.int64)
    top = np.int64(1) << (8 * a.dtype.itemsize - 1)
    oa = np.where(ia < 0, -top - ia, ia)  # monotonic in the float value, -0 and +0 adjacent
    ob = np.where(ib < 0, -top - ib, ib)
    return int(np.max(np.abs(oa - ob)))


def schedule_for(kw: dict) -> dict:
    """Our side's kwargs: Keras schedules become adam_iree's own from their config."""
    lr = kw.get("learning_rate")
    if isinstance(lr, keras.optimizers.schedules.LearningRateSchedule):
        from adam_iree import schedules

        kw = dict(kw, learning_rate=schedules.deserialize(keras.optimizers.schedules.serialize(lr)))
    return kw


def run(target: str, family: str, seed: int = 0) -> tuple[tuple[float, int], tuple[float, int]]:
    """((max abs, max ulp) over the parameters, (max abs, max ulp) over the optimizer variables)."""
    rng = np.random.default_rng(seed)
    kw = {"learning_rate": 0.01, **FAMILIES[family]}
    half = family.startswith("bfloat16")
    dtypes = [np.float32, ml_dtypes.bfloat16, np.float16] if half else [np.float32]
    shapes = [(32, 16), (16,), (16, 4), (4,), ()]
    params = {f"layer{i}/w": rng.standard_normal(s).astype(dtypes[i % len(dtypes)]) for i, s in enumerate(shapes)}
    kvars = [keras.Variable(p, name=n.split("/")[1], dtype=str(p.dtype)) for n, p in params.items()]
    ref = keras.optimizers.Adam(**kw)
    ref.build(kvars)
    ours = adam_iree.Adam(target=target, **schedule_for(kw))
    ours.build(params)
    for _ in range(STEPS):
        grads = [(rng.standard_normal(p.shape) * 0.3 * kw.get("loss_scale_factor", 1.0)).astype(p.dtype)
                 for p in params.values()]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ref.apply([jnp.asarray(g) for g in grads], kvars)
        ours.apply(grads)
    param_pairs = list(zip(ours.params.values(), (np.asarray(v.numpy()) for v in kvars)))
    slot_pairs = [(o.value, np.asarray(k.numpy())) for o, k in zip(ours.variables, ref.variables)
                  if o.value.dtype.kind == "f" or o.value.dtype == ml_dtypes.bfloat16]

    def worst(pairs):
        max_abs = max(float(np.max(np.abs(a.astype(np.float64) - b.astype(np.float64)), initial=0)) for a, b in pairs)
        return max_abs, max(ulp_distance(a, b) for a, b in pairs)

    return worst(param_pairs), worst(slot_pairs)


def table(targets: list[str]) -> str:
    rows = ["| family | target | params: max abs | params: max ulp | slots: max abs | slots: max ulp |",
            "|---|---|---:|---:|---:|---:|"]
    for family in FAMILIES:
        for t in targets:
            if family.startswith("bfloat16") and not get_target(t).half_precision:
                rows.append(f"| {family} | {t} | float32-only target | | | |")
                continue
            (p_abs, p_ulp), (s_abs, s_ulp) = run(t, family)
            rows.append(f"| {family} | {t} | {p_abs:.2e} | {p_ulp} | {s_abs:.2e} | {s_ulp} |")
    return "\n".join(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", action="append", help="a target (repeat); default: all that run here")
    parser.add_argument("--write-readme", action="store_true", help="replace the table in README.md")
    args = parser.parse_args(argv)
    targets = args.target or [t.name for t in list_targets() if device_unavailable_reason(t) is None]
    start = time.perf_counter()
    text = table(targets)
    note = (f"Keras {keras.__version__} (JAX backend) vs adam_iree, {STEPS} steps, 5 variables (32x16 ... scalar), "
            f"every parameter and optimizer variable compared; `python tools/conformance.py` "
            f"({time.perf_counter() - start:.0f} s here).")
    print(text)
    print()
    print(note)
    if args.write_readme:
        readme = Path(__file__).resolve().parent.parent / "README.md"
        body = readme.read_text()
        block = f"{README_BEGIN}\n{text}\n\n{note}\n{README_END}"
        if README_BEGIN not in body:
            raise SystemExit(f"README.md has no {README_BEGIN} ... {README_END} block")
        readme.write_text(re.sub(re.escape(README_BEGIN) + ".*?" + re.escape(README_END), lambda _: block, body,
                                 flags=re.S))
        print(f"updated {readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

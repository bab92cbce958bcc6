"""`adam-iree`: compile a step to a .vmfb, run the demo, export a training bundle, show what is installed."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np


def _parse_param(text: str) -> tuple[str, tuple[int, ...], str]:
    """NAME=SHAPE[:DTYPE], SHAPE like 4x3, 7 or 'scalar'."""
    try:
        name, rest = text.split("=", 1)
        shape_s, _, dtype = rest.partition(":")
        shape = () if shape_s in ("", "scalar") else tuple(int(d) for d in shape_s.split("x"))
    except ValueError as e:
        raise argparse.ArgumentTypeError(
            f"--param must look like NAME=4x3[:float32] (SHAPE 'scalar' for a scalar); received {text!r}") from e
    if not name or any(d < 0 for d in shape):
        raise argparse.ArgumentTypeError(f"--param needs a name and non-negative dims; received {text!r}")
    return name, shape, dtype or "float32"


def cmd_compile(args) -> int:
    from . import artifact
    from .targets import get_target

    config_dict = json.loads(Path(args.config).read_text()) if args.config else {}
    if not isinstance(config_dict, dict):
        raise SystemExit(f"--config {args.config}: expected a JSON object (a Keras Adam config)")
    params = list(args.param)
    if args.params_json:
        for name, entry in json.loads(Path(args.params_json).read_text()).items():
            params.append((name, tuple(entry["shape"]), entry.get("dtype", "float32")))
    if not params:
        raise SystemExit("adam-iree compile: give the parameter shapes with --param NAME=SHAPE or --params-json")
    targets = [get_target(name) for name in (args.target or ["llvm-cpu"])]
    try:
        out, vmfb, spec = artifact.compile_artifact(args.output, config_dict, params, targets,
                                                    args.exclude_from_weight_decay)
    except artifact.ArtifactError as e:
        raise SystemExit(f"adam-iree compile: {e}") from e
    print(f"wrote {out} ({len(vmfb)} bytes) and {out}.json for {', '.join(t.name for t in targets)}: "
          f"{len(params)} variables in {len(spec.layout.groups)} packed group(s)")
    return 0


def cmd_targets(args) -> int:
    from .targets import TargetProfileError, device_unavailable_reason, list_targets, targets_dir

    try:
        targets = list_targets()
    except TargetProfileError as e:
        print(f"adam-iree targets: {e}", file=sys.stderr)
        return 2
    print(f"targets in {targets_dir().resolve()} (one .toml file each; add a file to add a target):")
    for t in targets:
        reason = device_unavailable_reason(t)
        if reason is None and args.probe:
            reason = _probe(t)
        status = "runs here" if reason is None else f"cannot run here: {reason}"
        limit = f"{t.max_storage_buffer_bytes // 2**20} MiB buffers" if t.max_storage_buffer_bytes else "no buffer limit"
        print(f"  {t.name:16s} {t.device:6s} {t.backend:12s} driver {t.driver:10s} {limit:16s} {status}")
        print(f"  {'':16s} {t.description}")
    return 0


def _probe(target) -> str | None:
    """Run one step of a tiny optimizer on `target`; None when it gives Adam's numbers, else why not."""
    import adam_iree

    try:
        opt = adam_iree.Adam(learning_rate=0.1, target=target.name)
        opt.build([np.ones(3, np.float32)])
        opt.apply([np.ones(3, np.float32)])
        value = opt.params[0]
    except Exception as e:  # the probe reports any failure as text, it does not raise
        return f"probe step failed: {str(e).splitlines()[0][:160]}"
    if not np.allclose(value, 0.9, rtol=1e-5):
        return f"probe step gave {value.tolist()} instead of 0.9"
    return None


def cmd_demo(args) -> int:
    from .demo import run_demo

    result = run_demo(steps=args.steps, target=args.target, learning_rate=args.learning_rate, out_dir=args.out)
    losses = result.losses
    return 0 if np.mean(losses[-10:]) < np.mean(losses[:10]) else 1


def _load_task(spec: str):
    """MODULE:FUNCTION -> the TrainTask that function returns."""
    import importlib

    from .demo import TrainTask

    module_name, _, fn_name = spec.partition(":")
    if not module_name or not fn_name:
        raise ValueError(f"--model must look like package.module:function; received {spec!r}")
    task = getattr(importlib.import_module(module_name), fn_name)()
    if not isinstance(task, TrainTask):
        raise TypeError(f"--model {spec}: the function must return an adam_iree.demo.TrainTask; got {type(task).__name__}")
    return task


def cmd_export_bundle(args) -> int:
    from . import bundle, load
    from .trainer import compile_train_step
    from .train_step import DynamicLossScale

    task = _load_task(args.model)
    if args.checkpoint:
        optimizer = load(args.checkpoint, target=args.target)
    else:
        optimizer = task.optimizer(args.target)
    loss_scale = DynamicLossScale(args.loss_scale, args.growth_steps) if args.loss_scale else None
    train = compile_train_step(task.loss_fn, optimizer, optimizer.params if optimizer.built else task.params,
                               task.example_batch, skip_nonfinite=args.skip_nonfinite, loss_scale=loss_scale)
    if args.checkpoint and loss_scale is not None:
        train.restore(args.checkpoint)
    out = train.export_bundle(args.output)
    m = bundle.read_manifest(out)
    n_state = sum(1 for a in m["arguments"] if a["role"] == "state")
    batch = [a for a in m["arguments"] if a["role"] == "batch"]
    print(f"wrote {out}/: {m['module']}, {m['state_file']} ({n_state} state arrays, iteration {m['iteration']}), "
          f"{bundle.MANIFEST_FILE}; target {m['target']['name']}")
    print("one training step without Python:")
    args_ = bundle.iree_run_module_args(m, out, [f"batch{i}.npy" for i in range(len(batch))],
                                        m["learning_rate"]["value"] or 0.0, "next_state.npy", "loss.npy")
    print("  iree-run-module " + " \\\n    ".join(args_))
    print("  mv next_state.npy " + str(Path(out) / m["state_file"]))
    return 0


def cmd_info(args) -> int:
    import iree.runtime as rt

    from . import __version__
    from .compiler import cache_dir, compiler_version
    from .targets import list_targets, targets_dir

    print(f"adam_iree {__version__}")
    print(f"iree-base-compiler {compiler_version()}")
    drivers = rt.query_available_drivers()
    print(f"runtime drivers compiled in: {', '.join(drivers)}")
    print(f"targets: {len(list_targets())} profiles in {targets_dir().resolve()} (`adam-iree targets` says which run here)")
    d = cache_dir()
    files = list(d.glob("*.vmfb")) if d.is_dir() else []
    print(f"compile cache: {d} ({len(files)} module(s), {sum(f.stat().st_size for f in files) / 1e6:.1f} MB)")
    return 0


def cmd_inspect(args) -> int:
    from .checkpoint import CheckpointError, read

    try:
        tensors, meta = read(args.checkpoint)
    except CheckpointError as e:
        print(f"adam-iree inspect: {e}", file=sys.stderr)
        return 1
    config = json.loads(meta["config"])
    variables = json.loads(meta["variables"])
    k = json.loads(meta["iteration"])
    n = config.get("gradient_accumulation_steps") or None
    print(f"{args.checkpoint}: adam_iree checkpoint, format {meta['format_version']}, "
          f"written by adam_iree {meta.get('library_version')}; checksum OK ({meta['checksum'][:16]}...)")
    print(f"step: raw iteration k = {k}" + (f", iterations (k // {n}) = {k // n}" if n else ""))
    print("config:")
    for key, value in config.items():
        print(f"  {key}: {json.dumps(value)}")
    print(f"variables ({len(variables)}, {meta['container']}):")
    for v in variables:
        shape = "x".join(map(str, v["shape"])) or "scalar"
        print(f"  {v['path']:32s} {shape:>12s} {v['dtype']:9s} {'decayed' if v['decayed'] else 'no decay':9s}"
              f" group {v['group']} @ {v['offset']}")
    print(f"tensors ({len(tensors)}, {sum(a.nbytes for a in tensors.values())} bytes):")
    for name, a in tensors.items():
        print(f"  {name:32s} {str(list(a.shape)):>12s} {a.dtype}")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="adam-iree", description="Keras Adam compiled by IREE.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("compile", help="compile the Adam step for a config and parameter shapes to a .vmfb")
    p.add_argument("--config", help="JSON file with a Keras Adam config dict (get_config())")
    p.add_argument("--param", action="append", default=[], type=_parse_param, metavar="NAME=SHAPE[:DTYPE]",
                   help="a trainable variable, in build order (repeat), e.g. dense/kernel=784x128")
    p.add_argument("--params-json", help='JSON file {"name": {"shape": [..], "dtype": "float32"}, ...}')
    p.add_argument("--exclude-from-weight-decay", action="append", metavar="REGEX",
                   help="variable-name regex excluded from weight decay (repeat)")
    p.add_argument("--target", action="append", metavar="NAME",
                   help="a target profile from `adam-iree targets` (repeat: one module that runs on any of them; "
                        "default llvm-cpu)")
    p.add_argument("-o", "--output", required=True, help="the .vmfb to write (an ABI .json is written beside it)")
    p.set_defaults(fn=cmd_compile)

    p = sub.add_parser("targets", help="list the target profiles and say which run on this machine")
    p.add_argument("--no-probe", dest="probe", action="store_false",
                   help="only check for a device; do not run a probe step on it")
    p.set_defaults(fn=cmd_targets)

    p = sub.add_parser("demo", help="fine-tune a small MLP with a compiled training step: progress, checkpoint, "
                                    "resume, loss-curve PNG")
    p.add_argument("--steps", type=int, default=300)
    p.add_argument("--target", default="llvm-cpu", help="a target profile (e.g. vulkan)")
    p.add_argument("--learning-rate", type=float, default=0.01)
    p.add_argument("--out", default="adam_iree_demo", help="folder for the checkpoint and loss_curve.png")
    p.set_defaults(fn=cmd_demo)

    p = sub.add_parser("export-bundle", help="write a folder (module, state, manifest) that trains without Python")
    p.add_argument("output", help="the bundle folder to write")
    p.add_argument("--model", default="adam_iree.demo:mlp_task",
                   help="MODULE:FUNCTION returning an adam_iree.demo.TrainTask (default: the demo's MLP)")
    p.add_argument("--target", default="llvm-cpu")
    p.add_argument("--checkpoint", help="start from this checkpoint's state instead of the model's initial values")
    p.add_argument("--skip-nonfinite", action="store_true", help="skip steps whose gradients are not finite")
    p.add_argument("--loss-scale", type=float, metavar="INITIAL",
                   help="dynamic loss scaling from this initial scale (Keras LossScaleOptimizer)")
    p.add_argument("--growth-steps", type=int, default=2000, help="finite steps before the loss scale doubles")
    p.set_defaults(fn=cmd_export_bundle)

    p = sub.add_parser("inspect", help="print a checkpoint's config, variables, shapes, dtypes and step; verify it")
    p.add_argument("checkpoint")
    p.set_defaults(fn=cmd_inspect)

    p = sub.add_parser("info", help="version, targets, runtime drivers and cache location")
    p.set_defaults(fn=cmd_info)

    args = parser.parse_args(argv)
    try:
        return args.fn(args)
    except (ValueError, TypeError, OSError) as e:
        print(f"adam-iree {args.command}: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

"""One artifact on every device, training moved between targets, and state larger than a target's buffers.

Each result is checked against Keras (or against uninterrupted llvm-cpu training) within the tolerance
of the target the numbers came from (its profile's [tolerance], tests/oracle.py)."""

from __future__ import annotations

import dataclasses
import json

import ml_dtypes
import numpy as np
import pytest

import adam_iree
from adam_iree.artifact import ArtifactError
from adam_iree.cli import main as cli_main
from adam_iree.targets import get_target
from extents import product_params
from oracle import SideBySide, assert_close

FAMILIES = {
    "plain": {"learning_rate": 0.01},
    "amsgrad_ema": {"learning_rate": 0.02, "amsgrad": True, "use_ema": True, "ema_momentum": 0.9,
                    "ema_overwrite_frequency": 4, "weight_decay": 0.01},
    "accumulation": {"learning_rate": 0.02, "gradient_accumulation_steps": 3, "clipnorm": 0.8,
                     "loss_scale_factor": 8.0},
}


SHAPES = {"dense/kernel": (6, 5), "dense/bias": (5,), "out/kernel": (5, 2), "norm/gamma": ()}
SHAPES_512 = {"dense/kernel": (16, 31), "dense/bias": (15,), "norm/gamma": ()}  # one group that needs no pad


def problem(seed: int = 0, shapes=SHAPES):
    rng = np.random.default_rng(seed)
    params = {k: rng.standard_normal(shape).astype(np.float32) for k, shape in shapes.items()}
    grads = [[(rng.standard_normal(p.shape) * 0.5).astype(p.dtype) for p in params.values()] for _ in range(20)]
    return params, grads


def compile_with_cli(tmp_path, kw: dict, params: dict, targets: list, *extra: str):
    """`adam-iree compile` of the Keras config `kw` for `params`' shapes and `targets` (`extra`: more
    arguments), from JSON files as a user writes them: the artifact's path."""
    (tmp_path / "config.json").write_text(json.dumps(kw))
    (tmp_path / "params.json").write_text(json.dumps({k: {"shape": list(v.shape), "dtype": "float32"}
                                                      for k, v in params.items()}))
    out = tmp_path / "step.vmfb"
    target_args = [a for t in targets for a in ("--target", t)]
    assert cli_main(["compile", "--config", str(tmp_path / "config.json"), "--params-json",
                     str(tmp_path / "params.json"), *extra, *target_args, "-o", str(out)]) == 0
    return out


# -- 4. one artifact for all ------------------------------------------------------------------------------
def test_one_compiled_file_runs_on_cpu_and_vulkan_with_keras_numbers(tmp_path, capsys):
    params, grads = problem(1)
    kw = {"learning_rate": 0.01, "amsgrad": True, "use_ema": True, "global_clipnorm": 1.5, "weight_decay": 0.02}
    out = compile_with_cli(tmp_path, kw, params, ["llvm-cpu", "vulkan", "cuda"], "--exclude-from-weight-decay", "bias")
    assert "llvm-cpu, vulkan, cuda" in capsys.readouterr().out
    blob = out.read_bytes()
    for fmt in (b"embedded-elf-", b"vulkan-spirv-fb", b"cuda-nvptx-fb"):  # one executable per device
        assert fmt in blob
    manifest = json.loads((tmp_path / "step.vmfb.json").read_text())
    assert [t["name"] for t in manifest["targets"]] == ["llvm-cpu", "vulkan", "cuda"]
    assert manifest["max_group_bytes"] == get_target("vulkan").max_storage_buffer_bytes

    results = {}
    for target in ("llvm-cpu", "vulkan"):
        pair = SideBySide(kw, params, exclude=([1], None), target=target)
        pair.ours = adam_iree.Adam.from_artifact(out, params, target=target)
        assert pair.ours.target == target
        assert all(pair.ours._steps[k] for k in pair.ours._steps)  # the file's module, nothing compiled:
        assert list(pair.ours._steps) == [((True,) * len(params), None)]
        for g in grads[:10]:
            pair.apply(g)
        pair.compare()  # Keras numbers, with the decay exclusion the file was compiled with
        results[target] = pair.ours.params
    for name in params:
        assert_close(results["vulkan"][name], results["llvm-cpu"][name], 10, f"{name} vulkan vs cpu",
                     target="vulkan")


@pytest.mark.parametrize("kw,target", product_params([
    {"learning_rate": 0.02, "gradient_accumulation_steps": 3, "clipnorm": 0.05, "loss_scale_factor": 8.0,
     "amsgrad": True, "weight_decay": 0.01},
    {"learning_rate": 0.02, "gradient_accumulation_steps": 2, "clipnorm": 0.5, "use_ema": True,
     "ema_overwrite_frequency": 2},
    {"learning_rate": 0.02, "gradient_accumulation_steps": 2, "global_clipnorm": 1.0, "amsgrad": True}],
    ["llvm-cpu", "vulkan"], ids=[["clipnorm_amsgrad_decay", "clipnorm_ema", "global_clipnorm"], None]))
def test_an_artifact_with_gradient_accumulation_gives_keras_numbers(tmp_path, kw, target):
    """An artifact's single step decides on the device whether a call updates; its clip norms sum the
    accumulated gradient from the gradients and the accumulators, or with EMA read it stored
    (step.adam_step). Keras numbers over three accumulation cycles either way; the clip norms are below
    most tensors' norms, so a wrong norm shows."""
    params, grads = problem(6)
    out = compile_with_cli(tmp_path, kw, params, [target])
    pair = SideBySide(kw, params, target=target)
    pair.ours = adam_iree.Adam.from_artifact(out, params, target=target)
    assert list(pair.ours._steps) == [((True,) * len(params), None)]
    for g in grads[: 3 * kw["gradient_accumulation_steps"]]:
        pair.apply(g)
    pair.compare()


def test_an_artifact_refuses_other_variables_and_targets(tmp_path):
    out = tmp_path / "s.vmfb"
    assert cli_main(["compile", "--param", "w=4x3", "--param", "b=3", "--target", "llvm-cpu", "-o", str(out)]) == 0
    with pytest.raises(ArtifactError, match=r"compiled for llvm-cpu; Argument `target` must be one of them"):
        adam_iree.Adam.from_artifact(out, {"w": np.zeros((4, 3)), "b": np.zeros(3)}, target="vulkan")
    with pytest.raises(ArtifactError, match="variables differ"):
        adam_iree.Adam.from_artifact(out, {"w": np.zeros((4, 4)), "b": np.zeros(3)})
    opt = adam_iree.Adam.from_artifact(out, {"w": np.ones((4, 3)), "b": np.ones(3)})
    opt.apply({"w": np.ones((4, 3)), "b": np.ones(3)})
    assert opt.target == "llvm-cpu" and opt.iterations == 1
    (tmp_path / "s.vmfb.json").write_text("{}")
    with pytest.raises(ArtifactError, match="not an adam_iree step manifest"):
        adam_iree.Adam.from_artifact(out, {"w": np.ones((4, 3)), "b": np.ones(3)})


@pytest.mark.parametrize("convention", ["all_donated", "all_in_storage"])
def test_format_2_artifacts_still_load_and_give_keras_numbers(tmp_path, convention):
    """Before format 3 a module either donated all its state (counter included) or wrote all of it into
    output storage (then `in_place` was false): files written by that version keep working where no group
    needs a pad (format 4 pads groups to layout.GROUP_ALIGN elements; before, a manifest had no
    storage_size), and the others are refused with a clear error."""
    from adam_iree import artifact
    from adam_iree.compiler import compile_stablehlo
    from adam_iree.config import config_to_dict, make_config
    from adam_iree.export import plan_step
    from conventions import step_text, storage_results

    def old_module(params, name):
        spec = plan_step(config, [(k, v.shape, "float32") for k, v in params.items()])
        abi = artifact.manifest(spec, config_to_dict(config, kw["learning_rate"]), targets,
                                storage_results(spec, convention))
        abi["format_version"] = 2
        for group in abi["groups"]:
            del group["storage_size"]
        return abi, artifact.write(tmp_path / name, compile_stablehlo(step_text(spec, convention), targets), abi)

    kw = {"learning_rate": 0.01, "amsgrad": True} if convention == "all_donated" else FAMILIES["amsgrad_ema"]
    config = make_config(**kw)
    targets = [get_target("llvm-cpu")]
    params, grads = problem(4, SHAPES_512)
    _, out = old_module(params, "old.vmfb")
    pair = SideBySide(kw, params)
    pair.ours = adam_iree.Adam.from_artifact(out, params)
    for g in grads[:8]:
        pair.apply(g)
    pair.compare()

    params, _ = problem(4)  # 46 params: padded to 512 now, so a version-2 module had arguments of 46
    abi, out = old_module(params, "needs_pad.vmfb")
    for a in abi["arguments"] + abi["results"]:
        if a["shape"] == [512]:
            a["shape"] = [46]
    (tmp_path / "needs_pad.vmfb.json").write_text(json.dumps(abi))
    with pytest.raises(ArtifactError, match=r"arguments differ .*format_version 2 < 4 have no group padding"):
        adam_iree.Adam.from_artifact(out, params)


def test_format_4_artifacts_load_where_no_pad_changed(tmp_path):
    """Format 5 pads groups above 4096 elements to a multiple of 4096 (layout.DISTRIBUTION_TILE); format 4
    padded every group to 512. A format-4 module whose groups are at most 4096 elements loads and steps as
    before; one with a larger group, whose arguments are now shorter than ours, is refused, saying why."""
    from adam_iree import artifact
    from adam_iree.compiler import compile_stablehlo
    from adam_iree.config import config_to_dict, make_config
    from adam_iree.export import export_step, plan_step

    config = make_config(learning_rate=0.01)
    targets = [get_target("llvm-cpu")]

    def as_format_4(params, name, old_storage=None):
        spec = plan_step(config, [(k, v.shape, "float32") for k, v in params.items()])
        abi = artifact.manifest(spec, config_to_dict(config, 0.01), targets)
        abi["format_version"] = 4
        out = artifact.write(tmp_path / name, compile_stablehlo(export_step(spec), targets), abi)
        if old_storage is not None:  # what format 4 wrote for this group: padded to 512 only
            new_storage = abi["groups"][0]["storage_size"]
            abi["groups"][0]["storage_size"] = old_storage
            for a in abi["arguments"] + abi["results"]:
                if a["shape"] == [new_storage]:
                    a["shape"] = [old_storage]
            (tmp_path / f"{name}.json").write_text(json.dumps(abi))
        return out

    small = {"w": np.ones(46, np.float32)}
    opt = adam_iree.Adam.from_artifact(as_format_4(small, "small.vmfb"), small)
    opt.apply({"w": np.ones(46, np.float32)})
    np.testing.assert_allclose(opt.params["w"], 1 - 0.01 / (1 + 1e-7), rtol=1e-6)  # Adam's first step, g = 1
    large = {"w": np.ones(4900, np.float32)}
    with pytest.raises(ArtifactError, match=r"groups differ .*format_version 4 pad groups to 512 elements only"):
        adam_iree.Adam.from_artifact(as_format_4(large, "large.vmfb", 5120), large)


# -- 5. train here, continue there -----------------------------------------------------------------------
@pytest.mark.parametrize("how", ["to_target", "checkpoint"])
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_ten_steps_on_cpu_then_ten_on_vulkan_equal_twenty_on_cpu(tmp_path, family, how):
    params, grads = problem(2)
    kw = FAMILIES[family]
    reference = adam_iree.Adam(**kw)
    reference.build(params)
    for g in grads:
        reference.apply(g)

    moved = adam_iree.Adam(**kw)
    moved.build(params)
    for g in grads[:10]:
        moved.apply(g)
    if how == "to_target":
        moved.to_target("vulkan")
    else:
        moved.save(tmp_path / "c.safetensors")
        moved = adam_iree.load(tmp_path / "c.safetensors", target="vulkan")
    assert moved.target == "vulkan"
    for g in grads[10:]:
        moved.apply(g)
    assert moved.iterations == reference.iterations
    reference_params = reference.params
    for name, value in moved.params.items():
        assert_close(value, reference_params[name], 20, f"param {name}", target="vulkan")
    ref_vars = {v.name: v.value for v in reference.variables}
    for v in moved.variables:
        assert_close(v.value, ref_vars[v.name], 20, f"variable {v.name}", target="vulkan",
                     scale=float(np.max(np.abs(ref_vars[v.name]), initial=0) or 1.0) if v.value.dtype.kind == "f" else None)


def test_a_failed_move_leaves_the_optimizer_where_it_was():
    params, grads = problem(3)
    opt = adam_iree.Adam(learning_rate=0.01)
    opt.build({**params, "h": np.ones(4, np.float16)})
    opt.apply([*grads[0], np.ones(4, np.float16)])
    before = opt.params
    with pytest.raises(ValueError, match="is float16, which target 'vulkan' cannot update"):
        opt.to_target("vulkan")
    assert opt.target == "llvm-cpu"
    opt.apply([*grads[1], np.ones(4, np.float16)])
    assert opt.iterations == 2 and not np.array_equal(opt.params["dense/kernel"], before["dense/kernel"])


# -- 6. state larger than a storage buffer ---------------------------------------------------------------
def small_buffers(name: str, limit: int = 4096):
    return dataclasses.replace(get_target(name), max_storage_buffer_bytes=limit)


@pytest.mark.parametrize("kw,target", product_params([
    {"learning_rate": 0.01, "clipnorm": 0.5, "amsgrad": True},
    {"learning_rate": 0.01, "global_clipnorm": 2.0, "use_ema": True, "weight_decay": 0.05},
    {"learning_rate": 0.01, "gradient_accumulation_steps": 2, "clipnorm": 3.0, "ema_overwrite_frequency": 2,
     "use_ema": True}], ["llvm-cpu", "vulkan"], ids=[["clipnorm_amsgrad", "global_clipnorm_ema_decay",
                                                     "accumulation_clipnorm_ema_overwrite"], None]))
def test_state_split_across_small_buffers_gives_keras_numbers(target, kw):
    """A 4 KiB storage-buffer limit cuts ~40 KB of state into many groups, variables across group
    boundaries included (per-tensor clip norms then add up over the pieces); None gradients too."""
    rng = np.random.default_rng(4)
    half = ml_dtypes.bfloat16 if get_target(target).half_precision else np.float32
    params = {"a/kernel": rng.standard_normal((40, 60)).astype(np.float32),
              "b/bias": rng.standard_normal(700).astype(np.float32),
              "c/scale": rng.standard_normal(()).astype(np.float32),
              "d/kernel": rng.standard_normal(3000).astype(half),
              "e/bias": rng.standard_normal(5000).astype(np.float32)}
    profile = small_buffers(target)
    pair = SideBySide(kw, params, exclude=([1], None), target=profile)
    layout = pair.ours._layout
    assert len(layout.groups) > 10 and layout.split_variables()
    assert all(np.prod(shape) * dt.itemsize <= 4096 for _, _, shape, dt in layout.device_arrays())
    for step in range(8):
        grads = [(rng.standard_normal(p.shape) * 0.3).astype(p.dtype) for p in params.values()]
        if step % 3 == 2:
            grads[0] = None
        pair.apply(grads)
    pair.compare()


def test_a_split_checkpoint_resumes_on_a_target_without_the_limit(tmp_path):
    params, grads = problem(5)
    params["big"] = np.linspace(-1, 1, 3000).astype(np.float32)
    grads = [g + [np.cos(np.arange(3000) * i).astype(np.float32)] for i, g in enumerate(grads)]
    kw = FAMILIES["accumulation"]
    split = adam_iree.Adam(target=small_buffers("llvm-cpu", 2048), **kw)
    split.build(params)
    whole = adam_iree.Adam(**kw)
    whole.build(params)
    for g in grads[:7]:
        split.apply(g)
        whole.apply(g)
    split.save(tmp_path / "s.safetensors")
    resumed = adam_iree.load(tmp_path / "s.safetensors")
    assert len(resumed._layout.groups) == 1 and len(split._layout.groups) > 5
    for g in grads[7:]:
        resumed.apply(g)
        whole.apply(g)
    whole_params = whole.params
    for name, value in resumed.params.items():
        np.testing.assert_allclose(value, whole_params[name], rtol=2e-6, atol=2e-6, err_msg=name)


@pytest.mark.slow
def test_state_over_the_real_vulkan_limit_runs_on_lavapipe():
    """160 MB of float32 parameters: more than lavapipe's 128 MiB maxStorageBufferRange (the vulkan
    profile's limit), so the state is cut into two groups, the big variable across both; per-tensor clip
    norms over 40M elements (segmented, joined across groups); the numbers match llvm-cpu."""
    n = 40_000_000
    limit = get_target("vulkan").max_storage_buffer_bytes
    assert n * 4 > limit
    w = (np.arange(n, dtype=np.float32) % 1000) / 1000
    results = []
    for target in ("vulkan", "llvm-cpu"):
        opt = adam_iree.Adam(learning_rate=0.01, clipnorm=100.0, target=target)
        opt.build([w, np.ones(5, np.float32)])
        if target == "vulkan":
            assert len(opt._layout.groups) == 2 and opt._layout.split_variables()
        for i in range(2):
            opt.apply([np.full(n, 0.5 + i, np.float32), np.full(5, 3.0, np.float32)])
        results.append(opt.params)
    for ours, ref in zip(*results):
        assert_close(ours, ref, 2, "vulkan vs llvm-cpu", target="vulkan")

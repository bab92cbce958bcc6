"""Checkpoints: exact resume (bit-exact on the same target) for every configuration family, a save in the
middle of an accumulation window and with EMA; refusal of truncated, corrupted, wrong-version and
mismatched files with the live optimizer untouched; atomic writes."""

from __future__ import annotations

import json
import os

import ml_dtypes
import numpy as np
import pytest

import adam_iree
from adam_iree import checkpoint, schedules

FAMILIES = {
    "plain": {},
    "amsgrad_ema": {"amsgrad": True, "use_ema": True, "ema_overwrite_frequency": 4},
    "accum3_ema_wd_sched": {"gradient_accumulation_steps": 3, "use_ema": True, "weight_decay": 0.05,
                            "learning_rate": schedules.CosineDecay(0.05, 30, warmup_target=0.1, warmup_steps=5)},
    "clipnorm_lossscale": {"clipnorm": 0.5, "loss_scale_factor": 64.0},
    "global_clip_exp_decay": {"global_clipnorm": 1.0, "learning_rate": schedules.ExponentialDecay(0.05, 10, 0.5)},
    "clipvalue": {"clipvalue": 0.1, "weight_decay": 0.01},
}


def problem(seed=0):
    rng = np.random.default_rng(seed)
    params = {"d/kernel": rng.standard_normal((6, 4)).astype(np.float32),
              "d/bias": rng.standard_normal(4).astype(np.float32),
              "e/scale": rng.standard_normal(()).astype(np.float32),
              "h/kernel": rng.standard_normal((3, 5)).astype(ml_dtypes.bfloat16)}
    grads = [{k: rng.standard_normal(v.shape).astype(v.dtype) for k, v in params.items()} for _ in range(17)]
    return params, grads


def state(opt):
    return [(v.name, v.value) for v in opt.variables]


@pytest.mark.parametrize("family", sorted(FAMILIES))
@pytest.mark.parametrize("n_before", [7, 8])  # 7: in the middle of an accumulation window of 3
def test_save_load_resume_is_bit_exact(tmp_path, family, n_before):
    params, grads = problem()
    straight = adam_iree.Adam(**FAMILIES[family])
    straight.exclude_from_weight_decay(var_names=["bias"])
    straight.build(params)
    for g in grads:
        straight.apply(g)

    first = adam_iree.Adam(**FAMILIES[family])
    first.exclude_from_weight_decay(var_names=["bias"])
    first.build(params)
    for g in grads[:n_before]:
        first.apply(g)
    path = tmp_path / "opt.safetensors"
    first.save(path)
    resumed = adam_iree.load(path)
    assert resumed.get_config() == first.get_config()
    for g in grads[n_before:]:
        resumed.apply(g)
    for (n1, a), (n2, b) in zip(state(straight), state(resumed)):
        assert n1 == n2
        np.testing.assert_array_equal(a, b, err_msg=n1)
    assert resumed.iterations == straight.iterations


def test_load_state_into_a_live_optimizer(tmp_path):
    params, grads = problem()
    a = adam_iree.Adam(amsgrad=True)
    a.build(params)
    for g in grads[:5]:
        a.apply(g)
    a.save(tmp_path / "a.safetensors")
    b = adam_iree.Adam(amsgrad=True)
    b.build(params)
    b.load_state(tmp_path / "a.safetensors")
    for (n1, x), (n2, y) in zip(state(a), state(b)):
        np.testing.assert_array_equal(x, y, err_msg=n1)


def rewrite_tensors(path, tensors, meta):
    """A checkpoint of these tensors with `meta` (as `checkpoint.read` gave it), checksummed anew."""
    kept = {k: v for k, v in meta.items() if k not in ("format", "format_version", "checksum")}
    checkpoint.write(path, tensors, kept)


def trained_and_saved(path, params, grads, **kwargs):
    """An optimizer after `grads`, saved to `path`: (it, the checkpoint's tensors, its metadata, its groups
    by key)."""
    opt = adam_iree.Adam(**kwargs)
    opt.build(params)
    for g in grads:
        opt.apply(g)
    opt.save(path)
    tensors, meta = checkpoint.read(path)
    return opt, tensors, meta, {g.key: g for g in opt._layout.groups}


def assert_resumes_alike(first, paths, grads):
    """Each checkpoint in `paths`, loaded and fed `grads`, ends where `first` does fed the same."""
    resumed = [adam_iree.load(p) for p in paths]
    for g in grads:
        first.apply(g)
        for opt in resumed:
            opt.apply(g)
    for opt in resumed:
        for (n1, x), (n2, y) in zip(state(first), state(opt)):
            np.testing.assert_array_equal(x, y, err_msg=n1)


def test_a_checkpoint_of_unpadded_groups_loads_and_resumes_exactly(tmp_path):
    """A checkpoint holds the device state exactly, each group's arrays padded with zeros
    (layout.storage_size; IREE reads it as a parameter archive for the module); one written before
    groups were padded holds the members' elements only, and it loads and resumes the same."""
    params, grads = problem()
    first, tensors, meta, groups = trained_and_saved(tmp_path / "padded.safetensors", params, grads[:5],
                                                     amsgrad=True, use_ema=True, clipnorm=0.5)
    assert {k: a.shape for k, a in tensors.items() if "/" in k} == {
        f"{key}/{slot}": (groups[key].storage_size,) for key, slot, _, _ in first._layout.device_arrays()[1:]}
    unpadded = [(k, a[: groups[k.split("/")[0]].size] if "/" in k else a) for k, a in tensors.items()]
    rewrite_tensors(tmp_path / "unpadded.safetensors", unpadded, meta)
    assert_resumes_alike(first, [tmp_path / "padded.safetensors", tmp_path / "unpadded.safetensors"], grads[5:])


def test_a_checkpoint_padded_to_512_before_large_groups_padded_to_4096_loads_and_resumes(tmp_path):
    """Groups above layout.DISTRIBUTION_TILE elements are padded to a multiple of it; a checkpoint written
    before, its groups padded to GROUP_ALIGN only, loads and resumes the same (a 70 x 70 kernel and its
    bias: 4970 elements, 5120 then, 8192 now)."""
    rng = np.random.default_rng(5)
    params = {"k": rng.standard_normal((70, 70)).astype(np.float32), "b": rng.standard_normal(70).astype(np.float32)}
    grads = [{k: rng.standard_normal(v.shape).astype(v.dtype) for k, v in params.items()} for _ in range(8)]
    first, tensors, meta, groups = trained_and_saved(tmp_path / "now.safetensors", params, grads[:4],
                                                     amsgrad=True, use_ema=True, global_clipnorm=1.0)
    assert {groups[k.split("/")[0]].storage_size for k in tensors if "/" in k} == {8192}
    before = [(k, np.concatenate([a[:4970], np.zeros(5120 - 4970, a.dtype)]) if "/" in k else a)
              for k, a in tensors.items()]
    rewrite_tensors(tmp_path / "before.safetensors", before, meta)
    assert_resumes_alike(first, [tmp_path / "before.safetensors"], grads[4:])


def test_a_checkpoint_of_other_sizes_is_refused(tmp_path):
    opt, path, _ = saved(tmp_path)
    tensors, meta = checkpoint.read(path)
    rewrite_tensors(path, [(k, a[:-1] if a.ndim else a) for k, a in tensors.items()], meta)
    refused_and_untouched(opt, path, "do not match the state layout")


def saved(tmp_path, **kwargs):
    params, grads = problem()
    opt = adam_iree.Adam(**kwargs)
    opt.build(params)
    for g in grads[:3]:
        opt.apply(g)
    path = tmp_path / "c.safetensors"
    opt.save(path)
    return opt, path, grads


def refused_and_untouched(opt, path, match):
    before = state(opt)
    with pytest.raises(adam_iree.CheckpointError, match=match):
        opt.load_state(path)
    for (n, x), (_, y) in zip(before, state(opt)):
        np.testing.assert_array_equal(x, y, err_msg=n)


def test_truncated_checkpoint_is_refused(tmp_path):
    opt, path, _ = saved(tmp_path)
    blob = path.read_bytes()
    for cut in (4, 100, len(blob) - 3):
        path.write_bytes(blob[:cut])
        refused_and_untouched(opt, path, "truncated")


def test_corrupted_checkpoint_is_refused(tmp_path):
    opt, path, _ = saved(tmp_path)
    blob = bytearray(path.read_bytes())
    blob[-10] ^= 0x40
    path.write_bytes(bytes(blob))
    refused_and_untouched(opt, path, "checksum mismatch")


def rewrite_metadata(path, **changes):
    blob = path.read_bytes()
    n = int.from_bytes(blob[:8], "little")
    header = json.loads(blob[8 : 8 + n])
    header["__metadata__"].update(changes)
    new = json.dumps(header).encode()
    new += b" " * (-len(new) % 8)
    path.write_bytes(len(new).to_bytes(8, "little") + new + blob[8 + n :])


def test_wrong_version_is_refused(tmp_path):
    opt, path, _ = saved(tmp_path)
    rewrite_metadata(path, format_version="99")
    refused_and_untouched(opt, path, "format version '99' is not supported")


def test_mismatched_checkpoint_is_refused(tmp_path):
    opt, path, _ = saved(tmp_path)
    other = adam_iree.Adam()
    other.build({"x": np.zeros(3, np.float32)})
    refused_and_untouched(other, path, "variables do not match")
    different = adam_iree.Adam(amsgrad=True)
    different.build(problem()[0])
    refused_and_untouched(different, path, r"config differs from this optimizer's in \['amsgrad'\]")


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    opt, path, grads = saved(tmp_path)
    old = path.read_bytes()
    opt.apply(grads[5])

    def failing_fsync(fd):
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="disk full"):
        opt.save(path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind


def test_payload_is_plain_safetensors(tmp_path):
    """Tensors are readable by any safetensors reader: check the layout by hand (header, offsets, dtypes)."""
    opt, path, _ = saved(tmp_path, use_ema=True)
    blob = path.read_bytes()
    n = int.from_bytes(blob[:8], "little")
    assert n % 8 == 0
    header = json.loads(blob[8 : 8 + n])
    meta = header.pop("__metadata__")
    assert meta["format"] == "adam_iree.checkpoint" and json.loads(meta["iteration"]) == 3
    data = blob[8 + n :]
    it = header["iteration"]
    assert it["dtype"] == "I32" and it["shape"] == []
    assert int(np.frombuffer(data[it["data_offsets"][0] : it["data_offsets"][1]], np.int32)[0]) == 3
    assert {v["dtype"] for v in header.values()} == {"I32", "F32", "BF16"}


def test_callable_learning_rate_needs_custom_objects(tmp_path):
    def my_lr():
        return 0.01

    opt, path, _ = saved(tmp_path, learning_rate=my_lr)
    with pytest.raises(adam_iree.CheckpointError, match="custom_objects"):
        adam_iree.load(path)
    loaded = adam_iree.load(path, custom_objects={"my_lr": my_lr})
    assert loaded.learning_rate == 0.01


def test_inspect_prints_and_verifies(tmp_path, capsys):
    from adam_iree.cli import main

    opt, path, _ = saved(tmp_path, gradient_accumulation_steps=2, use_ema=True)
    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    assert "checksum OK" in out and "raw iteration k = 3, iterations (k // 2) = 1" in out
    assert "d/kernel" in out and "6x4" in out and "bfloat16" in out and 'use_ema: true' in out
    blob = bytearray(path.read_bytes())
    blob[-1] ^= 1
    path.write_bytes(bytes(blob))
    assert main(["inspect", str(path)]) == 1
    assert "checksum mismatch" in capsys.readouterr().err


def test_iree_runtime_reads_the_checkpoint_as_a_parameter_archive(tmp_path):
    """IREE's own parameter loader (what `iree-run-module --parameters=` uses) indexes every tensor, and the
    bytes it maps are the state the optimizer holds."""
    import iree.runtime as rt

    opt, path, _ = saved(tmp_path, amsgrad=True)
    index = rt.ParameterIndex()
    index.load(str(path))
    entries = dict(index.items())
    tensors, _ = checkpoint.read(path)
    assert sorted(entries) == sorted(tensors)
    for name, array in tensors.items():
        raw = rt.parameter_index_entry_as_numpy_flat_ndarray(entries[name])
        assert raw.tobytes() == array.tobytes(), name


@pytest.mark.skipif(__import__("platform").machine() not in ("x86_64", "AMD64"),
                    reason="the x86_64-generic target runs only on an x86-64 host")
@pytest.mark.parametrize("family", ["plain", "amsgrad_ema", "accum3_ema_wd_sched"])
def test_resume_on_another_target_within_tolerance(tmp_path, family):
    """Train on llvm-cpu (host ISA, local-task), move the checkpoint to x86_64-generic (baseline ISA,
    local-sync), continue: equal to uninterrupted llvm-cpu training within the float32 tolerance of
    tests/oracle.py (the two targets vectorize and round pow/sqrt differently)."""
    from oracle import assert_close

    params, grads = problem()
    straight = adam_iree.Adam(**FAMILIES[family])
    straight.build(params)
    for g in grads:
        straight.apply(g)
    first = adam_iree.Adam(**FAMILIES[family])
    first.build(params)
    for g in grads[:7]:
        first.apply(g)
    first.save(tmp_path / "c.safetensors")
    moved = adam_iree.load(tmp_path / "c.safetensors", target="x86_64-generic")
    assert moved.target == "x86_64-generic"
    for g in grads[7:]:
        moved.apply(g)
    for (n, a), (_, b) in zip(state(moved), state(straight)):
        assert_close(a, b, len(grads), f"{n} after moving targets")

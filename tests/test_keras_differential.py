"""Random shapes and random configurations covering every Adam argument, against real Keras."""

from __future__ import annotations

import warnings

import jax.numpy as jnp
import keras
import ml_dtypes
import numpy as np
import pytest

from adam_iree.targets import get_target
from oracle import SideBySide, assert_like_keras, keras_step, keras_variable, where_it_runs

STEPS = 24


def random_shape(rng) -> tuple[int, ...]:
    kind = rng.integers(0, 4)
    if kind == 0:
        return ()
    if kind == 1:
        return (int(rng.integers(1, 40)),)
    if kind == 2:
        return (int(rng.integers(1, 9)), int(rng.integers(1, 13)))
    return (int(rng.choice([1, 3, 7, 17, 31])), int(rng.choice([1, 5, 11])), int(rng.integers(1, 4)))


def random_config(rng, case: int) -> dict:
    kw: dict = {}
    kw["learning_rate"] = float(10 ** rng.uniform(-3.5, -1))
    if rng.random() < 0.5:
        kw["beta_1"] = float(rng.uniform(0.5, 0.99))
        kw["beta_2"] = float(rng.uniform(0.9, 0.9999))
    if rng.random() < 0.4:
        kw["epsilon"] = float(rng.choice([1e-7, 1e-5, 1e-3]))
    kw["amsgrad"] = bool(rng.random() < 0.5)
    if rng.random() < 0.6:
        kw["weight_decay"] = float(rng.choice([0.0, 0.004, 0.05, rng.uniform(0, 0.2)]))
    clip = case % 4  # every clip mode in every fourth case
    value = float(rng.choice([rng.uniform(0.05, 3.0), rng.uniform(0.05, 3.0), 0.0, -1.0]))
    if clip == 1:
        kw["clipnorm"] = value
    elif clip == 2:
        kw["global_clipnorm"] = value
    elif clip == 3:
        kw["clipvalue"] = value
    if rng.random() < 0.5:
        kw["use_ema"] = True
        kw["ema_momentum"] = float(rng.uniform(0.5, 0.999))
        kw["ema_overwrite_frequency"] = [None, 0, 1, 2, 3, 5][int(rng.integers(0, 6))]
    if rng.random() < 0.35:
        kw["loss_scale_factor"] = float(rng.choice([128.0, 3.0, 0.37]))
    if rng.random() < 0.4:
        kw["gradient_accumulation_steps"] = int(rng.choice([0, 2, 3, 4]))
    return kw


def random_problem(rng, n_tensors: int, dtypes=(np.float32,)):
    params = {}
    for i in range(n_tensors):
        dt = np.dtype(dtypes[int(rng.integers(0, len(dtypes)))])
        scope = ["dense", "conv", "norm"][i % 3]
        leaf = ["kernel", "bias", "gamma"][int(rng.integers(0, 3))]
        params[f"{scope}_{i}/{leaf}"] = rng.standard_normal(random_shape(rng)).astype(dt)
    return params


def run_case(seed: int, n_tensors: int, dtypes=(np.float32,), none_prob: float = 0.0, target: str = "llvm-cpu"):
    rng = np.random.default_rng(seed)
    kw = random_config(rng, seed)
    params = random_problem(rng, n_tensors, dtypes)
    exclude = None
    if "weight_decay" in kw and rng.random() < 0.6:
        exclude = ([int(rng.integers(0, n_tensors))], ["bias"] if rng.random() < 0.5 else None)
    pair = SideBySide(kw, params, exclude, target=target)
    shapes = [p.shape for p in params.values()]
    # A couple of fixed None patterns (each pattern is a compiled variant).
    patterns = [None]
    if none_prob and n_tensors > 1:
        patterns.append([bool(rng.random() >= none_prob) or i == 0 for i in range(n_tensors)])
    for step in range(STEPS):
        scale = [float(10 ** rng.uniform(-2, 1)) for _ in shapes]
        grads = [(rng.standard_normal(s) * c).astype(p.dtype) for s, c, p in zip(shapes, scale, params.values())]
        if "loss_scale_factor" in kw:
            grads = [(g * np.asarray(kw["loss_scale_factor"], g.dtype)).astype(g.dtype) for g in grads]
        pattern = patterns[int(rng.integers(0, len(patterns)))]
        if pattern is not None:
            grads = [g if keep else None for g, keep in zip(grads, pattern)]
        pair.apply(grads)
        if step in (0, STEPS // 2):
            pair.compare()
    pair.compare()
    return kw


# Every target that runs in CI takes the same differential tests (Vulkan on Mesa lavapipe); CUDA takes them
# wherever a CUDA device exists.
TARGETS = ["llvm-cpu", "vulkan", where_it_runs("cuda")]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("seed", range(16))
def test_random_config_float32(seed, target):
    n = [1, 2, 5, 13, 50][seed % 5]
    run_case(seed, n, target=target)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("seed", range(100, 106))
def test_random_config_with_none_gradients(seed, target):
    run_case(seed, 6 + seed % 7, none_prob=0.3, target=target)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("kwargs", [
    {"learning_rate": 0.01, "global_clipnorm": 0.5, "loss_scale_factor": 3.0, "amsgrad": True, "use_ema": True},
    {"learning_rate": 0.01, "clipnorm": 0.5, "loss_scale_factor": 0.37, "gradient_accumulation_steps": 2}],
    ids=["global_clipnorm_loss_scale_amsgrad_ema", "clipnorm_loss_scale_accumulation"])
def test_masked_norms_of_scaled_gradients_match_keras(kwargs, target):
    """Norms over groups with an absent gradient (a mask) of loss-scaled gradients: the masked rows unscale
    their own 2-D view of the gradients (`step.sum_of_squares`), and the mask's selects are made inside the
    update (`step.adam_update`'s keep). Every other call leaves the middle variable without a gradient."""
    rng = np.random.default_rng(1)
    params = {"a/kernel": rng.standard_normal((40, 33)).astype(np.float32),
              "b/bias": rng.standard_normal(77).astype(np.float32),
              "c/kernel": rng.standard_normal((3, 5)).astype(np.float32)}
    pair = SideBySide(kwargs, params, target=target)
    for step in range(8):
        grads = [(rng.standard_normal(p.shape) * kwargs["loss_scale_factor"]).astype(np.float32)
                 for p in params.values()]
        pair.apply([None if step % 2 and i == 1 else g for i, g in enumerate(grads)])
    pair.compare()


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("kwargs", [
    {"learning_rate": 0.01, "amsgrad": True, "use_ema": True, "weight_decay": 0.01},
    {"learning_rate": 0.01, "global_clipnorm": 0.5, "gradient_accumulation_steps": 3}],
    ids=["amsgrad_ema_weight_decay", "global_clipnorm_accumulation"])
def test_large_groups_match_keras(kwargs, target):
    """A group of 66,033 params (69,632 padded, layout.storage_size): on CUDA the profiles' transform library
    runs its full-size element-wise dispatches in workgroups of 1024 elements (targets/cuda-elementwise.mlir),
    elsewhere IREE's own tiles."""
    rng = np.random.default_rng(3)
    params = {"dense/kernel": rng.standard_normal((330, 200)).astype(np.float32),
              "dense/bias": rng.standard_normal(33).astype(np.float32)}
    pair = SideBySide(kwargs, params, target=target)
    for _ in range(6):
        pair.apply([(rng.standard_normal(p.shape) * 0.1).astype(np.float32) for p in params.values()])
    pair.compare()


# The Vulkan baseline has no 16-bit types (its profile refuses half-precision variables); the vendor
# Vulkan profiles that have them run only on their own GPUs, not on lavapipe.
@pytest.mark.parametrize("target", ["llvm-cpu", where_it_runs("cuda")])
@pytest.mark.parametrize("seed", range(200, 204))
def test_random_config_half_precision(seed, target):
    run_case(seed, 8, dtypes=(np.float32, ml_dtypes.bfloat16, np.float16), target=target)


def test_every_argument_is_drawn():
    """The generator really covers every constructor argument over the seeds used above."""
    seen = set()
    for seed in list(range(16)) + list(range(100, 106)) + list(range(200, 204)):
        seen |= set(random_config(np.random.default_rng(seed), seed))
    expected = {
        "learning_rate", "beta_1", "beta_2", "epsilon", "amsgrad", "weight_decay", "clipnorm", "clipvalue",
        "global_clipnorm", "use_ema", "ema_momentum", "ema_overwrite_frequency", "loss_scale_factor",
        "gradient_accumulation_steps",
    }
    assert expected <= seen, expected - seen


@pytest.mark.parametrize("seed", [2, 5, 101, 102])
def test_the_jitted_keras_oracle_keeps_eager_keras_numbers(seed):
    """The oracle runs Keras jitted (oracle.keras_step); eager Keras `apply`, fed the same gradients (absent
    ones too), stays within the bounds the oracle grants us: jitting changes Keras only by rounding."""
    rng = np.random.default_rng(seed)
    kw = random_config(rng, seed)
    params = random_problem(rng, 5)
    eager_vars, jit_vars = ([keras_variable(k, v) for k, v in params.items()] for _ in range(2))
    eager, jitted = keras.optimizers.Adam(**kw), keras.optimizers.Adam(**kw)
    eager.build(eager_vars)
    jitted.build(jit_vars)
    jitted_step = keras_step(jitted, jit_vars)
    steps = 12
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for step in range(steps):
            grads = [jnp.asarray((rng.standard_normal(p.shape) * 10 ** rng.uniform(-2, 1)).astype(np.float32))
                     for p in params.values()]
            if seed > 100 and step % 3 == 1:
                grads[2] = None
            eager.apply(grads, eager_vars)
            jitted_step(grads)
    assert int(jitted.iterations) == int(eager.iterations)
    names = [v.name for v in eager.variables]
    assert_like_keras("param", [v.numpy() for v in jit_vars], [v.numpy() for v in eager_vars], list(params),
                      steps, kind_of=lambda name: "param")
    assert_like_keras("variable", [v.numpy() for v in jitted.variables], [v.numpy() for v in eager.variables],
                      names, steps)


@pytest.mark.slow
@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("seed", range(1000, 1120))
def test_fuzz_many_configurations(seed, target):
    """Long fuzz (behind -m slow): 120 more random configurations, half of them with None gradients."""
    half = seed % 3 == 0 and get_target(target).half_precision  # the Vulkan baseline is float32-only
    run_case(seed, 1 + seed % 23, dtypes=(np.float32, ml_dtypes.bfloat16) if half else (np.float32,),
             none_prob=0.25 if seed % 2 else 0.0, target=target)

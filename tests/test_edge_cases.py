"""The spec's edge cases (section 1.14 and the worked examples), each against Keras or the spec's numbers."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import adam_iree
from oracle import SideBySide, where_it_runs


def params3():
    rng = np.random.default_rng(7)
    return {"a/kernel": rng.standard_normal((4, 3)).astype(np.float32),
            "a/bias": rng.standard_normal((3,)).astype(np.float32),
            "b/kernel": rng.standard_normal((5,)).astype(np.float32)}


# The edge cases whose numbers depend on device arithmetic (NaN/inf propagation through max, clip and
# norms; zero sizes) run on every target CI has: the host CPU and Vulkan (lavapipe); and on CUDA where a
# CUDA device exists.
TARGETS = pytest.mark.parametrize("target", ["llvm-cpu", "vulkan", where_it_runs("cuda")])


def run(kwargs, grads_seq, params=None, exclude=None, target="llvm-cpu"):
    pair = SideBySide(kwargs, params or params3(), exclude, target=target)
    for grads in grads_seq:
        pair.apply(grads)
    pair.compare()
    return pair


def test_spec_golden_step0():
    """adam_test golden (spec 1.4): lr 0.5, g=[1,6,7,2], x=[1,2,3,4] -> [0.50000495, 1.5000036, 2.5000036, 3.500004]."""
    opt = adam_iree.Adam(learning_rate=0.5)
    opt.build([np.array([1, 2, 3, 4], np.float32)])
    opt.apply([np.array([1, 6, 7, 2], np.float32)])
    np.testing.assert_allclose(opt.params[0], [0.50000495, 1.5000036, 2.5000036, 3.500004], rtol=2e-7)


def test_global_bias_correction_for_late_variable():
    """Spec 1.4: lr 0.1, g=1; var with grads at steps 1,2 ends at -0.19999778; var None at step 1 ends at -0.0744127."""
    opt = adam_iree.Adam(learning_rate=0.1)
    opt.build({"x": np.zeros(1, np.float32), "y": np.zeros(1, np.float32)})
    one = np.ones(1, np.float32)
    with pytest.warns(UserWarning, match=r"Gradients do not exist for variables \['y'\]"):
        opt.apply({"x": one, "y": None})
    opt.apply({"x": one, "y": one})
    np.testing.assert_allclose(opt.params["x"], [-0.19999778], rtol=1e-6)
    np.testing.assert_allclose(opt.params["y"], [-0.0744127], rtol=1e-6)


def test_zero_gradients():
    z = [np.zeros((4, 3), np.float32), np.zeros(3, np.float32), np.zeros(5, np.float32)]
    rng = np.random.default_rng(1)
    g = [rng.standard_normal(a.shape).astype(np.float32) for a in z]
    run({"learning_rate": 0.01, "weight_decay": 0.01, "use_ema": True}, [g, z, z, z, g, z])


def test_zero_gradients_epsilon_zero_gives_nan():
    z = [np.zeros((4, 3), np.float32), np.zeros(3, np.float32), np.zeros(5, np.float32)]
    pair = run({"epsilon": 0.0}, [z])
    assert np.isnan(pair.ours.params["a/kernel"]).all()


def test_none_gradients_and_accumulator_kept_on_update_call():
    """JAX keeps the accumulator of a var absent on the update call (spec 1.9), EMA still covers it."""
    rng = np.random.default_rng(2)
    shapes = [(4, 3), (3,), (5,)]
    seq = []
    for step in range(9):
        g = [rng.standard_normal(s).astype(np.float32) for s in shapes]
        if step in (2, 5):  # update calls of N=3 (k = 2, 5)
            g[1] = None
        if step == 4:
            g[0] = None
        seq.append(g)
    run({"gradient_accumulation_steps": 3, "use_ema": True, "weight_decay": 0.02}, seq)


@TARGETS
@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
@pytest.mark.parametrize("clip", [{}, {"clipnorm": 1.0}, {"clipvalue": 0.5}, {"global_clipnorm": 1.0}])
def test_non_finite_gradients(bad, clip, target):
    rng = np.random.default_rng(3)
    g = [rng.standard_normal(s).astype(np.float32) for s in [(4, 3), (3,), (5,)]]
    g[1][1] = bad
    run({"learning_rate": 0.01, "use_ema": True, "amsgrad": True, **clip}, [g, [x * 0.5 for x in g]], target=target)


@TARGETS
def test_global_clipnorm_spreads_nan_to_every_param(target):
    rng = np.random.default_rng(4)
    g = [rng.standard_normal(s).astype(np.float32) for s in [(4, 3), (3,), (5,)]]
    g[2][0] = np.inf
    pair = run({"global_clipnorm": 1.0}, [g], target=target)
    for p in pair.ours.params.values():
        assert np.isnan(p).all()


@TARGETS
def test_clipnorm_keeps_nan_inside_the_tensor(target):
    rng = np.random.default_rng(5)
    g = [rng.standard_normal(s).astype(np.float32) for s in [(4, 3), (3,), (5,)]]
    g[0][0, 0] = np.nan
    pair = run({"clipnorm": 1.0}, [g], target=target)
    assert np.isnan(pair.ours.params["a/kernel"]).all()
    assert np.isfinite(pair.ours.params["a/bias"]).all() and np.isfinite(pair.ours.params["b/kernel"]).all()


def test_clipnorm_never_short_circuits():
    """(g·c)/c differs from g by 1 ulp for some elements with c = 0.37 (spec 1.5).

    Our step evaluates the spec's formula literally: bit-equal to its NumPy restatement, different
    from a short-circuited `g`, and within tolerance of Keras (whose eager and jitted paths round
    this division differently from each other, spec 1.11.6)."""
    rng = np.random.default_rng(6)
    p = {"w": rng.standard_normal(1000).astype(np.float32)}
    g = (rng.standard_normal(1000) * 1e-4).astype(np.float32)  # norm far below c
    pair = SideBySide({"clipnorm": 0.37}, p)
    pair.apply([g])
    pair.compare()
    c = np.float32(0.37)
    momentum = pair.ours.variables[2]
    assert momentum.name == "w_momentum"
    spec_formula = ((g * c) / c) * np.float32(1 - 0.9)
    short_circuit = g * np.float32(1 - 0.9)
    np.testing.assert_array_equal(momentum.value, spec_formula)
    assert np.mean(momentum.value != short_circuit) > 0.05


@TARGETS
def test_accumulation_with_ema_and_weight_decay(target):
    rng = np.random.default_rng(8)
    seq = [[rng.standard_normal(s).astype(np.float32) for s in [(4, 3), (3,), (5,)]] for _ in range(13)]
    run({"gradient_accumulation_steps": 3, "use_ema": True, "ema_overwrite_frequency": 2,
         "weight_decay": 0.05, "learning_rate": 0.02}, seq, target=target)


def test_accumulation_matches_one_step_on_the_average():
    """Keras's test_gradient_accumulation_with_weigth_decay, restated with NumPy (spec 1.9)."""
    g = [np.array([1.0, 2.0], np.float32), np.array([3.0, -1.0], np.float32), np.array([2.0, 2.0], np.float32)]
    acc = adam_iree.Adam(learning_rate=0.1, weight_decay=0.01, gradient_accumulation_steps=3)
    acc.build([np.array([1.0, -1.0], np.float32)])
    one = adam_iree.Adam(learning_rate=0.1, weight_decay=0.01)
    one.build([np.array([1.0, -1.0], np.float32)])
    for x in g:
        acc.apply([x])
    one.apply([((g[0] + g[1] + g[2]) * np.float32(1 / 3)).astype(np.float32)])
    np.testing.assert_allclose(acc.params[0], one.params[0], rtol=1e-6)
    assert acc.iterations == 1 and one.iterations == 1


@pytest.mark.parametrize("freq", [0, 1, 3])
@TARGETS
def test_ema_overwrite_frequency(freq, target):
    rng = np.random.default_rng(9)
    seq = [[rng.standard_normal(s).astype(np.float32) for s in [(4, 3), (3,), (5,)]] for _ in range(7)]
    run({"use_ema": True, "ema_momentum": 0.9, "ema_overwrite_frequency": freq}, seq, target=target)


def test_exclusions_by_name_and_by_variable():
    rng = np.random.default_rng(10)
    seq = [[rng.standard_normal(s).astype(np.float32) for s in [(4, 3), (3,), (5,)]] for _ in range(5)]
    run({"weight_decay": 0.1, "learning_rate": 0.05}, seq, exclude=([2], ["^bi"]))


def test_exclusion_regex_is_searched_in_the_short_name():
    """'^w_b' excludes w_bias but not xw_bias (spec 1.6)."""
    p = {"s/w_bias": np.ones(2, np.float32), "s/xw_bias": np.ones(2, np.float32)}
    pair = SideBySide({"weight_decay": 0.5, "learning_rate": 0.1}, p, exclude=([], ["^w_b"]))
    pair.apply([np.zeros(2, np.float32), np.zeros(2, np.float32)])
    pair.compare()
    assert pair.ours.params["s/w_bias"][0] == 1.0 and pair.ours.params["s/xw_bias"][0] < 1.0


def test_exclusion_after_build_takes_effect_from_next_call():
    rng = np.random.default_rng(11)
    p = params3()
    pair = SideBySide({"weight_decay": 0.1, "learning_rate": 0.05, "amsgrad": True}, p)
    g = lambda: [rng.standard_normal(s).astype(np.float32) for s in [(4, 3), (3,), (5,)]]  # noqa: E731
    pair.apply(g())
    pair.keras.exclude_from_weight_decay(var_names=["kernel"])
    pair.ours.exclude_from_weight_decay(var_names=["kernel"])
    pair.apply(g())
    pair.apply(g())
    pair.compare()


def test_weight_decay_zero_still_runs_the_arithmetic():
    p = {"w": np.array([np.inf, 1.0], np.float32)}
    pair = SideBySide({"weight_decay": 0.0}, p)
    pair.apply([np.array([1.0, 1.0], np.float32)])
    pair.compare()
    assert np.isnan(pair.ours.params["w"][0])


def test_all_none_is_an_error_and_changes_nothing():
    opt = adam_iree.Adam()
    opt.build([np.ones(3, np.float32), np.ones(2, np.float32)])
    opt.apply([np.ones(3, np.float32), np.ones(2, np.float32)])
    before = [v.value.copy() for v in opt.variables]
    with pytest.raises(ValueError, match="No gradients provided for any variable."):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            opt.apply([None, None])
    after = [v.value for v in opt.variables]
    for a, b in zip(before, after):
        np.testing.assert_array_equal(a, b)
    assert opt.iterations == 1


def test_empty_grads_is_a_no_op():
    opt = adam_iree.Adam()
    opt.build([np.ones(3, np.float32)])
    opt.apply([])
    assert opt.iterations == 0


def test_callable_learning_rate_is_read_on_the_host_each_call():
    values = iter([0.1, 0.01, 0.001])
    current = {"lr": 0.0}

    def lr():
        return current["lr"]

    rng = np.random.default_rng(12)
    pair = SideBySide({"learning_rate": lr, "weight_decay": 0.01}, params3())
    for _ in range(3):
        current["lr"] = next(values)
        pair.apply([rng.standard_normal(s).astype(np.float32) for s in [(4, 3), (3,), (5,)]])
    pair.compare()
    assert [v.name for v in pair.ours.variables][:2] == ["iteration", "a_kernel_average"] or \
        "learning_rate" not in [v.name for v in pair.ours.variables]


def test_float64_inputs_become_float32():
    opt = adam_iree.Adam()
    opt.build([np.ones(3)])
    opt.apply([np.ones(3)])
    assert opt.params[0].dtype == np.float32


def test_jax_arrays_are_accepted():
    import jax.numpy as jnp

    opt = adam_iree.Adam(learning_rate=0.5)
    opt.build({"w": jnp.array([1.0, 2.0, 3.0, 4.0])})
    opt.apply({"w": jnp.array([1.0, 6.0, 7.0, 2.0])})
    np.testing.assert_allclose(opt.params["w"], [0.50000495, 1.5000036, 2.5000036, 3.500004], rtol=2e-7)


@TARGETS
@pytest.mark.parametrize("kwargs", [{}, {"clipnorm": 1.0, "use_ema": True},
                                    {"global_clipnorm": 1.0, "gradient_accumulation_steps": 2}])
def test_zero_size_variables(kwargs, target):
    half = np.float16 if target != "vulkan" else np.float32  # the Vulkan baseline is float32-only
    p = {"a/w": np.ones((0,), np.float32), "b/w": np.ones((2, 3), np.float32), "c/w": np.ones((3, 0), half)}
    g = [np.ones((0,), np.float32), np.full((2, 3), 0.5, np.float32), np.ones((3, 0), half)]
    run(kwargs, [g, g, g], params=p, target=target)


@TARGETS
@pytest.mark.parametrize("n_small", [0, 1, 4])
@pytest.mark.parametrize("clip", [{"clipnorm": 1.0}, {"global_clipnorm": 1.0}])
def test_norms_of_long_tensors_are_accurate(clip, n_small, target):
    """A sum of squares over 2^20 elements led by one outlier: a single float32 accumulator (IREE's
    plain lowering of a long reduction) stops growing at 2^24 and misses 6 % of the norm; our sums are
    trees of short sums. With small tensors beside it the per-tensor norms take the segmented path, whose
    scatters must cover every element (IREE's 1-D scatter on Vulkan stopped after 65535)."""
    n = 1 << 20
    g = np.ones(n, np.float32)
    g[0] = 4096.0  # g[0]² = 2^24: every later 1.0 is below half an ulp of a running float32 sum
    g[-1] = 3.0
    params = {"big/kernel": np.zeros(n, np.float32)}
    params.update({f"small{i}/bias": np.zeros(3 + i, np.float32) for i in range(n_small)})
    grads = [g] + [np.full(3 + i, 1.0 + i, np.float32) for i in range(n_small)]
    run({"learning_rate": 0.01, **clip}, [grads, [x * 0.5 for x in grads]], params=params, target=target)


@TARGETS
@pytest.mark.parametrize("n", [(1 << 20) + 1001, 5000])
@pytest.mark.parametrize("clip", ["global_clipnorm", "clipnorm"])
def test_norms_of_scaled_and_accumulated_gradients(clip, n, target):
    """The global norm, and a lone tensor's own, from 2^20 elements in lanes (here an odd size: the group's
    buffer padded with zeros to spans of 512), below that in rows; with loss scaling and accumulation over
    two calls, whose
    sum the norms must read before the update call resets it in place (on Vulkan they once read the reset),
    and for the global norm a small tensor beside it."""
    rng = np.random.default_rng(3)
    params = {"big/kernel": np.zeros(n, np.float32), "small/bias": np.zeros(5, np.float32)}
    calls = [[rng.standard_normal(n).astype(np.float32) * s, np.full(5, 2.0 * s, np.float32)] for s in (1, 3, 0.5, 2)]
    calls[1][0][-12:] = 50.0  # the last elements before the pad
    if clip == "clipnorm":  # alone in its group
        params.pop("small/bias")
        calls = [c[:1] for c in calls]
    run({"learning_rate": 0.01, clip: 1.0, "loss_scale_factor": 4.0, "gradient_accumulation_steps": 2}, calls,
        params=params, target=target)


@pytest.mark.parametrize("kwargs,slot", [({"amsgrad": True}, "velocity_hat"), ({"clipnorm": 1.0}, "param"),
                                         ({"clipvalue": 0.5}, "param")], ids=["amsgrad", "clipnorm", "clipvalue"])
def test_nan_survives_a_maximum_that_ignores_nan(monkeypatch, kwargs, slot):
    """IREE lowers the IEEE maximum to CUDA's `max.f32`, which returns the other operand when one is NaN:
    amsgrad's v̂ = max(v̂, v), clipnorm's max(‖g‖, c) and clipvalue's clip lost a NaN on an H200 (Keras keeps
    it). Here the pure step runs with jnp.maximum and jnp.clip swapped for such NaN-ignoring versions: the
    NaN must still come out where IEEE arithmetic puts it (element 1 for amsgrad and clipvalue, the whole
    tensor for clipnorm, whose norm is NaN). Runs on every CI machine, no GPU needed."""
    import jax
    import jax.numpy as jnp

    from adam_iree.config import make_config
    from adam_iree.export import plan_step
    from adam_iree.step import flat_step_fn

    monkeypatch.setattr(jnp, "maximum", jnp.fmax)
    monkeypatch.setattr(jnp, "clip", lambda x, lo, hi: jnp.fmin(jnp.fmax(x, lo), hi))
    spec = plan_step(make_config(learning_rate=0.01, **kwargs), [("w", (8,), "float32")])
    state = [np.zeros(shape, dtype) for _, _, shape, dtype in spec.layout.device_arrays()]
    state[1][:8] = np.linspace(-1, 1, 8, dtype=np.float32)  # the parameter (then the group's zero pad)
    g = np.zeros_like(state[1])
    g[:8] = np.linspace(0.5, 2.0, 8, dtype=np.float32)
    g[1] = np.nan
    out = jax.jit(flat_step_fn(spec))(*state, g, np.float32(0.01))
    names = [s for _, s, _, _ in spec.layout.device_arrays()]
    got = np.isnan(np.asarray(out[names.index(slot)]))[:8]
    want = np.ones(8, bool) if "clipnorm" in kwargs else np.arange(8) == 1
    np.testing.assert_array_equal(got, want)


# A float16 gradient sequence from the random differential tests (seed 201) whose momentum cancels at the
# 13th step: m ≈ 0.1819 + (−1.594 − 0.1819)·0.1 ≈ 0.0044, so 1 ulp of 0.18 is 30 ulps of the result.
CANCELLING_FLOAT16_GRADIENTS = [-0.0276, -1.55, -0.0372, 3.02, 0.0478, 0.0407, -0.03766, 3.238, -0.862, 0.9126,
                                -0.315, -0.8916, -1.594, 0.524]


def test_float16_moments_round_like_keras_through_a_cancellation():
    """float16 state is computed in float32 and rounded where it is stored, as XLA computes it for Keras,
    whatever the host CPU: compiled with the host's float16 instructions (avx512fp16, Intel Sapphire Rapids)
    every op rounded to float16 and the momentum ended 1.26e-4 (30 ulps) from Keras's after the cancellation
    (compiler.HOST_HALF_PRECISION_FEATURES)."""
    x0 = np.float16(0.75)
    pair = SideBySide({"learning_rate": 0.09480568100847717}, {"norm/gamma": np.array(x0)})
    for step, g in enumerate(CANCELLING_FLOAT16_GRADIENTS):
        pair.apply([np.array(g, np.float16)])
        ours = {v.name: v.value for v in pair.ours.variables}
        keras = {v.name: np.asarray(v.numpy()) for v in pair.keras.variables}
        assert ours["norm_gamma_momentum"] == keras["norm_gamma_momentum"], f"momentum after step {step + 1}"
    assert abs(float(keras["norm_gamma_momentum"])) < 0.06  # the cancellation happened
    pair.compare()

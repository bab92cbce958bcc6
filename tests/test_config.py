"""Constructor and call validation (spec section 2 and 1.1), get_config/from_config, against Keras."""

from __future__ import annotations

import re
import warnings

import keras
import numpy as np
import pytest

import adam_iree

REFUSED = [
    {"learning_rate": 1},
    {"learning_rate": "0.1"},
    {"learning_rate": np.float32(0.1)},
    {"gradient_accumulation_steps": 1},
    {"gradient_accumulation_steps": -3},
    {"use_ema": True, "ema_momentum": 1.5},
    {"use_ema": True, "ema_momentum": -0.1},
    {"use_ema": True, "ema_overwrite_frequency": 2.0},
    {"use_ema": True, "ema_overwrite_frequency": -1},
    {"clipnorm": 1.0, "clipvalue": 1.0},
    {"clipnorm": 0.0, "global_clipnorm": 0.0},
    {"clipvalue": 1.0, "global_clipnorm": 2.0},
    {"foo": 1},
]
ACCEPTED = [
    {"gradient_accumulation_steps": 0},
    {"gradient_accumulation_steps": 2.5},
    {"use_ema": True, "ema_overwrite_frequency": 0},
    {"ema_momentum": 7.0},  # validated only with use_ema
    {"clipnorm": -1.0},
    {"learning_rate": -0.1},
    {"weight_decay": -0.5},
    {"learning_rate": np.float64(0.01)},
]


@pytest.mark.parametrize("kwargs", REFUSED, ids=lambda k: repr(k))
def test_refused_like_keras(kwargs):
    with pytest.raises(ValueError) as keras_err:
        keras.optimizers.Adam(**kwargs)
    with pytest.raises(ValueError) as ours_err:
        adam_iree.Adam(**kwargs)
    assert str(ours_err.value) == str(keras_err.value)


@pytest.mark.parametrize("kwargs", ACCEPTED, ids=lambda k: repr(k))
def test_accepted_like_keras(kwargs):
    keras.optimizers.Adam(**kwargs)
    adam_iree.Adam(**kwargs)


def test_decay_kwarg_warns_and_is_ignored():
    with pytest.warns(UserWarning, match="Argument `decay` is no longer supported and will be ignored."):
        adam_iree.Adam(decay=0.1)


@pytest.mark.parametrize("arg", ["beta_1", "beta_2", "epsilon"])
def test_non_numeric_hyper_parameters_name_the_argument(arg):
    with pytest.raises(TypeError, match=rf"Argument `{arg}` must be a float\. Received: {arg}='x'"):
        adam_iree.Adam(**{arg: "x"})


def test_unknown_target_lists_the_known_ones():
    with pytest.raises(ValueError, match=r"Argument `target` must be one of: .*llvm-cpu.*Received: target='tpu'"):
        adam_iree.Adam(target="tpu")


CONFIGS = [
    {},
    {"learning_rate": 0.01, "amsgrad": True, "weight_decay": 0.004, "clipnorm": 1.0, "name": "opt"},
    {"use_ema": True, "ema_momentum": 0.9, "ema_overwrite_frequency": 3, "global_clipnorm": 2.0,
     "loss_scale_factor": 128.0, "gradient_accumulation_steps": 4, "beta_1": 0.8, "epsilon": 1e-5},
]


@pytest.mark.parametrize("kwargs", CONFIGS)
def test_get_config_equals_keras(kwargs):
    kwargs = {"name": "adam_x", **kwargs}
    ours = adam_iree.Adam(**kwargs).get_config()
    ref = keras.optimizers.Adam(**kwargs).get_config()
    assert list(ours) == list(ref)
    assert ours == ref


@pytest.mark.parametrize("kwargs", CONFIGS)
def test_from_keras_config_round_trip(kwargs):
    ref = keras.optimizers.Adam(**kwargs).get_config()
    opt = adam_iree.Adam.from_config(ref)
    assert opt.get_config() == ref


def test_schedule_config_is_accepted_and_evaluated_with_the_raw_counter():
    sched = keras.optimizers.schedules.ExponentialDecay(0.1, decay_steps=2, decay_rate=0.5)
    ref = keras.optimizers.Adam(learning_rate=sched, gradient_accumulation_steps=2)
    opt = adam_iree.Adam.from_config(ref.get_config())
    assert opt.get_config() == ref.get_config()
    kv = [keras.Variable(np.ones(3, np.float32))]
    opt.build([np.ones(3, np.float32)])
    rng = np.random.default_rng(0)
    for _ in range(6):
        g = rng.standard_normal(3).astype(np.float32)
        ref.apply([g], kv)
        opt.apply([g])
    np.testing.assert_allclose(opt.params[0], kv[0].numpy(), rtol=2e-6)


def test_auto_names_like_keras():
    names = {adam_iree.Adam().name for _ in range(3)}
    assert len(names) == 3 and all(re.fullmatch(r"adam(_\d+)?", n) for n in names)


def test_learning_rate_setter():
    opt = adam_iree.Adam(learning_rate=0.1)
    opt.learning_rate = 0.5
    assert opt.learning_rate == 0.5 and opt.get_config()["learning_rate"] == 0.5
    opt.learning_rate = lambda: 0.25
    assert opt.learning_rate == 0.25
    assert "learning_rate" not in [v.name for v in opt.variables]
    sched = keras.optimizers.schedules.ExponentialDecay(0.1, 10, 0.5)
    fixed = adam_iree.Adam(learning_rate=sched)
    with pytest.raises(TypeError, match="not settable"):
        fixed.learning_rate = 0.1


# -- call validation: refused before anything runs, state untouched ---------------------------------
def built():
    opt = adam_iree.Adam(learning_rate=0.1)
    opt.build({"w": np.ones((2, 3), np.float32), "b": np.ones(3, np.float32)})
    opt.apply({"w": np.ones((2, 3), np.float32), "b": np.ones(3, np.float32)})
    return opt


def snapshot(opt):
    return [v.value.copy() for v in opt.variables]


@pytest.mark.parametrize(
    "grads, error, pattern",
    [
        ([np.ones((2, 3), np.float32)], ValueError, r"gradients must match `optimizer.variables` one-to-on\. "
         r"Received a list of 1 gradients, but the optimizer is tracking 2 trainable variables\."),
        ({"w": np.ones((3, 2), np.float32)}, ValueError, r"Argument `grads\['w'\]` has shape \(3, 2\); expected \(2, 3\)"),
        ({"b": np.ones(3, np.int32)}, TypeError, r"Argument `grads\['b'\]` has dtype int32; expected float32"),
        ({"b": np.ones(3, np.float16)}, TypeError, r"Argument `grads\['b'\]` has dtype float16"),
        ({"nope": np.ones(3, np.float32)}, ValueError, r"Unknown variable: 'nope'"),
        ({"w": None, "b": None}, ValueError, r"No gradients provided for any variable\."),
    ],
)
def test_bad_gradients_are_refused_and_change_nothing(grads, error, pattern):
    opt = built()
    before = snapshot(opt)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(error, match=pattern):
            opt.apply(grads)
    for a, b in zip(before, snapshot(opt)):
        np.testing.assert_array_equal(a, b)
    assert opt.iterations == 1


def test_grads_without_build_is_refused_like_keras():
    with pytest.raises(ValueError, match="When passing `grads` without `variables`, the optimizer must already be built"):
        adam_iree.Adam().apply([np.ones(3, np.float32)])


def test_apply_builds_on_first_call_and_matches_by_identity():
    w, b = np.ones(3, np.float32), np.zeros(2, np.float32)
    opt = adam_iree.Adam(learning_rate=0.1)
    opt.apply([np.ones(3, np.float32), np.ones(2, np.float32)], [w, b])
    opt.apply([np.ones(2, np.float32)], [b])  # a subset, by identity
    assert opt.iterations == 2
    with pytest.raises(ValueError, match="Unknown variable"):
        opt.apply([np.ones(3, np.float32)], [np.ones(3, np.float32)])


def test_bad_params_are_refused():
    with pytest.raises(TypeError, match=r"Argument `params\[0\]` has dtype int64"):
        adam_iree.Adam().build([np.ones(3, np.int64)])
    with pytest.raises(TypeError, match="Argument `params` must be a dict"):
        adam_iree.Adam().build(np.ones(3, np.float32))
    with pytest.raises(ValueError, match="at least one array"):
        adam_iree.Adam().build([])

"""Optimizer state moves between a `.keras` file written by Keras and adam_iree, in both directions."""

from __future__ import annotations

import warnings
from unittest import mock

import keras
import numpy as np
import pytest

import adam_iree
from oracle import assert_close

KW = dict(learning_rate=0.01, amsgrad=True, use_ema=True, gradient_accumulation_steps=2, weight_decay=0.01)


def keras_model_file(tmp_path):
    rng = np.random.default_rng(0)
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4, name="d1"), keras.layers.Dense(2, name="d2")])
    model.compile(optimizer=keras.optimizers.Adam(**KW), loss="mse")
    x = rng.standard_normal((40, 3)).astype(np.float32)
    y = rng.standard_normal((40, 2)).astype(np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(x, y, batch_size=8, epochs=1, verbose=0, shuffle=False)  # 5 micro-steps: mid-window
    path = tmp_path / "model.keras"
    model.save(path)
    return model, path


def continue_both(model, opt, steps=6, seed=1):
    rng = np.random.default_rng(seed)
    for _ in range(steps):
        grads = [rng.standard_normal(v.shape).astype(np.float32) for v in model.trainable_variables]
        model.optimizer.apply([keras.ops.convert_to_tensor(g) for g in grads], model.trainable_variables)
        opt.apply(grads)
    for k, o in zip(model.optimizer.variables, opt.variables):
        assert k.name.endswith(o.name) or o.name.endswith(k.name)  # a model name may prefix the paths
        assert_close(o.value, np.asarray(k.numpy()), steps, o.name)
    for v, p in zip(model.trainable_variables, opt.params.values()):
        assert_close(p, v.numpy(), steps, v.path)


def test_from_a_keras_file_then_training_continues_like_keras(tmp_path):
    model, path = keras_model_file(tmp_path)
    params = {v.path: v.numpy() for v in model.trainable_variables}
    opt = adam_iree.Adam(**KW)
    opt.build(params)
    opt.load_keras_file(path, order="3.10", params=params)
    for k, o in zip(model.optimizer.variables, opt.variables):
        np.testing.assert_array_equal(o.value, k.numpy(), err_msg=o.name)
    assert opt.iterations == int(model.optimizer.iterations)
    continue_both(model, opt)


def test_to_a_keras_file_then_keras_continues_like_us(tmp_path):
    model, path = keras_model_file(tmp_path)
    opt = adam_iree.Adam(**KW)
    opt.build({v.path: v.numpy() for v in model.trainable_variables})
    rng = np.random.default_rng(5)
    for _ in range(3):
        opt.apply([rng.standard_normal(v.shape).astype(np.float32) for v in model.trainable_variables])
    out = tmp_path / "from_adam_iree.keras"
    opt.save_keras_file(path, out, order="3.10")
    loaded = keras.models.load_model(out)
    for v, p in zip(loaded.trainable_variables, opt.params.values()):
        v.assign(p)
    for k, o in zip(loaded.optimizer.variables, opt.variables):
        np.testing.assert_array_equal(o.value, k.numpy(), err_msg=o.name)
    continue_both(loaded, opt, seed=2)


def test_keras_36_order_interleaves_average_and_accumulator():
    opt = adam_iree.Adam(use_ema=True, gradient_accumulation_steps=3)
    opt.build({"p0": np.zeros((4, 3), np.float32), "p1": np.zeros(5, np.float32)})
    names = lambda order: [name for name, _, _ in opt._layout.keras_variables(order)]  # noqa: E731
    assert names("3.10")[2:6] == ["p0_average", "p1_average", "p0_gradient_accumulator", "p1_gradient_accumulator"]
    assert names("3.6")[2:6] == ["p0_average", "p0_gradient_accumulator", "p1_average", "p1_gradient_accumulator"]
    values = opt.keras_state("3.6")
    values[3][...] = 7.0  # p0_gradient_accumulator in the 3.6 order
    opt.set_keras_state(values, order="3.6")
    acc = [v.value for v in opt.variables if v.name == "p0_gradient_accumulator"][0]
    assert (acc == 7.0).all()


def test_bad_keras_state_is_refused_and_changes_nothing(monkeypatch):
    opt = adam_iree.Adam(amsgrad=True)
    opt.build({"w": np.ones(3, np.float32)})
    opt.apply({"w": np.ones(3, np.float32)})
    before = [v.value.copy() for v in opt.variables]
    values = opt.keras_state()
    with pytest.raises(ValueError, match="has 4 entries; this optimizer has 5"):
        opt.set_keras_state(values[:-1])
    values[2] = np.zeros(4, np.float32)
    with pytest.raises(ValueError, match=r"w_momentum must be \(3,\) float32"):
        opt.set_keras_state(values)
    with pytest.raises(ValueError, match="Argument `order` must be one of"):
        opt.set_keras_state(values, order="2.0")
    # a valid state whose upload fails (the device out of memory, say) leaves the rate as well as the state
    values = opt.keras_state()
    values[1] = np.float32(0.5)
    monkeypatch.setattr(adam_iree.optimizer, "StateBuffers", mock.Mock(side_effect=RuntimeError("no memory")))
    with pytest.raises(RuntimeError, match="no memory"):
        opt.set_keras_state(values)
    monkeypatch.undo()
    for a, b in zip(before, [v.value for v in opt.variables]):
        np.testing.assert_array_equal(a, b)
    assert opt.learning_rate == pytest.approx(0.001)

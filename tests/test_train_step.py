"""compile_train_step: loss, gradients and Adam in one module, against Adam.apply, Keras model training and
Keras's LossScaleOptimizer."""

from __future__ import annotations

import warnings

import jax
import jax.numpy as jnp
import keras
import numpy as np
import pytest

import adam_iree
from adam_iree.targets import device_unavailable_reason, get_target
from extents import product_params
from oracle import assert_close

TARGETS = ["llvm-cpu", "vulkan"]
SIZES = (4, 16, 3)
BATCH = 32


def init_params(seed=0, dtype=np.float32) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    params = {}
    for i, (m, n) in enumerate(zip(SIZES[:-1], SIZES[1:])):
        name = "dense" if i == 0 else f"dense_{i}"
        params[f"{name}/kernel"] = (rng.standard_normal((m, n)) * np.sqrt(2.0 / m)).astype(dtype)
        params[f"{name}/bias"] = (0.1 * rng.standard_normal(n)).astype(dtype)
    return params


def assert_state_like(step, opt, ref_params: list, ref_slots: list, steps: int, target="llvm-cpu") -> None:
    """The step's parameters and `opt`'s variables (iterations, slots) against a reference's, in the same
    order, each by `assert_close`."""
    for (path, ours), theirs in zip(step.params.items(), ref_params, strict=True):
        assert_close(ours, np.asarray(theirs), steps, path, target=target)
    for o, r in zip(opt.variables, ref_slots, strict=True):
        assert_close(o.value, np.asarray(r), steps, o.name, target=target)


def logits_fn(p, x):
    h = jax.nn.relu(x @ p["dense/kernel"] + p["dense/bias"])
    return h @ p["dense_1/kernel"] + p["dense_1/bias"]


def loss_fn(p, batch):
    """Mean sparse categorical cross-entropy from logits, as Keras's loss computes it."""
    x, y = batch
    logp = jax.nn.log_softmax(logits_fn(p, x).astype(jnp.float32))
    return -jnp.mean(jnp.take_along_axis(logp, y[:, None], axis=1))


def batches(n, seed=1, dtype=np.float32):
    rng = np.random.default_rng(seed)
    return [(rng.standard_normal((BATCH, SIZES[0])).astype(dtype), rng.integers(0, SIZES[-1], BATCH).astype(np.int32))
            for _ in range(n)]


def needs(target):
    reason = device_unavailable_reason(get_target(target))
    if reason is not None:
        pytest.skip(f"{target}: {reason}")


CONFIGS = {
    "plain": dict(learning_rate=0.01),
    "amsgrad_ema_decay": dict(learning_rate=0.01, amsgrad=True, use_ema=True, ema_overwrite_frequency=3,
                              weight_decay=0.05),
    "global_clipnorm_accumulation": dict(learning_rate=0.02, global_clipnorm=0.5, gradient_accumulation_steps=3),
    "clipnorm_schedule_loss_scale": dict(
        learning_rate=keras.optimizers.schedules.ExponentialDecay(0.02, decay_steps=3, decay_rate=0.5),
        clipnorm=0.3, loss_scale_factor=64.0),
}


@pytest.mark.parametrize("name,target", product_params(sorted(CONFIGS), TARGETS))
def test_same_numbers_as_adam_apply_with_those_gradients(name, target):
    needs(target)
    kw = CONFIGS[name]
    params = init_params()
    opt = adam_iree.Adam(target=target, **kw)
    opt.exclude_from_weight_decay(var_names=["bias"])
    step = adam_iree.compile_train_step(loss_fn, opt, params, batches(1)[0])
    ref = adam_iree.Adam(target=target, **kw)
    ref.exclude_from_weight_decay(var_names=["bias"])
    ref.build(params)
    factor = kw.get("loss_scale_factor") or 1.0
    n = 8
    for i, batch in enumerate(batches(n)):
        loss_ref, grads = jax.value_and_grad(lambda p: loss_fn(p, batch) * factor)(ref.params)
        ref.apply({k: np.asarray(g) for k, g in grads.items()})
        loss = step(batch)
        assert abs(loss - float(loss_ref) / factor) <= 1e-5 * max(1.0, abs(loss)), (i, loss, float(loss_ref))
    assert opt.iterations == ref.iterations
    assert_state_like(step, opt, list(ref.params.values()), [r.value for r in ref.variables], n, target)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("skip", [False, True], ids=["plain", "skip_nonfinite"])
def test_a_training_step_over_state_split_across_small_buffers(target, skip):
    """A 4 KiB storage-buffer limit cuts the state into groups, a kernel across three of them: each group's
    packed gradient is written piece by piece (pieces that start inside a variable included) and the skip
    test reads every group; the same numbers as Adam.apply fed with JAX's gradients, and a non-finite batch
    changes nothing."""
    import dataclasses

    needs(target)
    rng = np.random.default_rng(11)
    params = {"w1": (rng.standard_normal((8, 300)) * 0.3).astype(np.float32), "b1": np.zeros(300, np.float32),
              "w2": (rng.standard_normal((300, 4)) * 0.1).astype(np.float32), "b2": np.zeros(4, np.float32)}

    def mlp(p, batch):
        x, y = batch
        return jnp.mean((jnp.tanh(x @ p["w1"] + p["b1"]) @ p["w2"] + p["b2"] - y) ** 2)

    data = [(rng.standard_normal((16, 8)).astype(np.float32), rng.standard_normal((16, 4)).astype(np.float32))
            for _ in range(5)]
    if skip:
        data[2][0][3, 5] = np.nan
    # epsilon large beside the gradients' float32 rounding (IREE's sums in another order than XLA's), which
    # Adam's g / (|g| + epsilon) would magnify where a gradient is near 0
    kw = dict(learning_rate=0.01, global_clipnorm=0.5, use_ema=True, epsilon=1e-2)
    profile = dataclasses.replace(get_target(target), max_storage_buffer_bytes=4096)
    opt = adam_iree.Adam(target=profile, **kw)
    step = adam_iree.compile_train_step(mlp, opt, params, data[0], skip_nonfinite=skip)
    assert len(opt._layout.groups) > 3 and opt._layout.split_variables()
    ref = adam_iree.Adam(target=profile, **kw)
    ref.build(params)
    for i, batch in enumerate(data):
        step(batch)
        if skip and i == 2:
            continue
        grads = jax.grad(lambda p: mlp(p, batch))(ref.params)
        ref.apply({k: np.asarray(g) for k, g in grads.items()})
    assert opt.iterations == ref.iterations == (4 if skip else 5)
    assert_state_like(step, opt, list(ref.params.values()), [r.value for r in ref.variables], 5, target)


def keras_mlp(params, **adam_kw):
    model = keras.Sequential([keras.Input((SIZES[0],)), keras.layers.Dense(SIZES[1], activation="relu", name="dense"),
                              keras.layers.Dense(SIZES[2], name="dense_1")])
    model.set_weights([params[k] for k in ("dense/kernel", "dense/bias", "dense_1/kernel", "dense_1/bias")])
    opt = keras.optimizers.Adam(**adam_kw)
    opt.exclude_from_weight_decay(var_names=["bias"])
    model.compile(optimizer=opt, loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    return model


@pytest.mark.parametrize("target", TARGETS)
def test_trains_like_keras_on_a_small_model(target):
    needs(target)
    kw = dict(learning_rate=0.01, weight_decay=0.01, use_ema=True, gradient_accumulation_steps=2, loss_scale_factor=8.0)
    params = init_params()
    model = keras_mlp(params, **kw)
    opt = adam_iree.Adam(target=target, **kw)
    opt.exclude_from_weight_decay(var_names=["bias"])
    step = adam_iree.compile_train_step(loss_fn, opt, params, batches(1)[0])
    n = 10
    for i, (x, y) in enumerate(batches(n)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            keras_loss = float(model.train_on_batch(x, y))
        loss = step((x, y))
        assert abs(loss - keras_loss) <= 1e-5 * max(1.0, abs(keras_loss)), (i, loss, keras_loss)
    for v, path in zip(model.trainable_variables, step.params, strict=True):
        assert v.path.endswith(path), (v.path, path)  # Keras prefixes the model's name
    assert_state_like(step, opt, [v.numpy() for v in model.trainable_variables],
                      [k.numpy() for k in model.optimizer.variables], n, target)


# -- non-finite protection and dynamic loss scaling ---------------------------------------------------
def poisoned_batches(n, bad):
    out = batches(n, seed=3)
    for i in bad:
        x, y = out[i]
        x = x.copy()
        x[0, 0] = np.inf if i % 2 else np.nan
        out[i] = (x, y)
    return out


def keras_loss_scale_run(params, data, initial_scale, growth, **adam_kw):
    """Keras LossScaleOptimizer(Adam) driven statelessly (the JAX way, spec 1.13) with the gradients of
    the scaled loss; returns (params, {variable name: value}) after every batch."""
    inner = keras.optimizers.Adam(**adam_kw)
    lso = keras.optimizers.LossScaleOptimizer(inner, initial_scale=initial_scale, dynamic_growth_steps=growth)
    variables = [keras.Variable(v, name=k.split("/")[-1]) for k, v in params.items()]
    lso.build(variables)
    names = [v.name for v in lso.variables]
    opt_values = [v.value for v in lso.variables]
    values = [v.value for v in variables]
    keys = list(params)
    history = []
    for batch in data:
        scale = opt_values[names.index("dynamic_scale")]
        grads = jax.grad(lambda vs: loss_fn(dict(zip(keys, vs)), batch) * scale)(values)
        values, opt_values = lso.stateless_apply(opt_values, grads, values)
        history.append(([np.asarray(v) for v in values], dict(zip(names, (np.asarray(v) for v in opt_values)))))
    return history


@pytest.mark.parametrize("target", TARGETS)
def test_dynamic_loss_scaling_matches_keras_loss_scale_optimizer(target):
    needs(target)
    params = init_params()
    kw = dict(learning_rate=0.01, amsgrad=True)
    bad = {1, 2, 5, 9}  # two non-finite steps in a row halve twice; growth every 2 finite steps
    data = poisoned_batches(12, bad)
    history = keras_loss_scale_run(params, data, 8.0, 2, **kw)
    opt = adam_iree.Adam(target=target, **kw)
    step = adam_iree.compile_train_step(loss_fn, opt, params, data[0],
                                        loss_scale=adam_iree.DynamicLossScale(initial_scale=8.0, dynamic_growth_steps=2))
    scales = []
    for i, batch in enumerate(data):
        loss = step(batch)
        assert np.isfinite(loss) == (i not in bad)
        ref_params, ref_vars = history[i]
        scales.append(step.loss_scale)
        assert step.loss_scale == float(ref_vars["dynamic_scale"]), (i, step.loss_scale, ref_vars["dynamic_scale"])
        assert step.loss_scale_counter == int(ref_vars["step_counter"]), i
        assert opt.iterations == int(ref_vars["iteration"]), i  # the inner optimizer's (the last of that name)
        for (path, ours), theirs in zip(step.params.items(), ref_params):
            assert_close(ours, theirs, i + 1, f"step {i} {path}", target=target)
    assert opt.iterations == len(data) - len(bad)  # skipped steps do not count, as in Keras's inner optimizer
    assert scales[:5] == [8.0, 4.0, 2.0, 2.0, 4.0]  # halved twice, then grew after 2 finite steps


@pytest.mark.parametrize("target", TARGETS)
def test_a_finite_gradient_whose_global_norm_overflows_is_not_skipped(target):
    """A protected step tests its gradients for inf and NaN in the global norm's own read of them
    (step.flagged_global_sums). Gradients that are all finite but whose squares overflow float32 are not
    skipped: Keras's LossScaleOptimizer finds them finite and calls Adam, whose global norm is then inf and
    its clip scale NaN, so every parameter becomes NaN, and later batches are skipped. A batch with an inf is
    skipped. Against Keras, step by step."""
    needs(target)
    params = init_params()
    data = batches(5, seed=4)
    x, y = data[1]
    data[1] = (np.where(np.arange(x.shape[1]) == 0, np.inf, x).astype(np.float32), y)  # an inf: skipped
    x, y = data[3]
    data[3] = (x * np.float32(1e30), y)  # finite gradients near 1e29 once unscaled: their squares overflow
    kw = dict(learning_rate=0.01, global_clipnorm=1.0)
    history = keras_loss_scale_run(params, data, 8.0, 2, **kw)
    assert all(np.isnan(v).all() for v in history[3][0])  # what Keras does: not skipped, then NaN
    opt = adam_iree.Adam(target=target, **kw)
    step = adam_iree.compile_train_step(loss_fn, opt, params, data[0],
                                        loss_scale=adam_iree.DynamicLossScale(initial_scale=8.0, dynamic_growth_steps=2))
    for i, batch in enumerate(data):
        step(batch)
        ref_params, ref_vars = history[i]
        assert step.loss_scale == float(ref_vars["dynamic_scale"]), (i, step.loss_scale, ref_vars["dynamic_scale"])
        assert step.loss_scale_counter == int(ref_vars["step_counter"]), i
        assert opt.iterations == int(ref_vars["iteration"]), i
        for (path, ours), theirs in zip(step.params.items(), ref_params):
            assert_close(ours, theirs, i + 1, f"step {i} {path}", target=target)
    assert opt.iterations == 3  # batches 0, 2 and 3; 1 had an inf, 4 met NaN parameters


@pytest.mark.parametrize("target", TARGETS)
def test_skip_nonfinite_leaves_everything_as_if_the_batch_never_came(target):
    needs(target)
    params = init_params()
    kw = dict(learning_rate=0.01, use_ema=True, global_clipnorm=1.0)
    bad = {2, 3}
    data = poisoned_batches(6, bad)
    opt = adam_iree.Adam(target=target, **kw)
    step = adam_iree.compile_train_step(loss_fn, opt, params, data[0], skip_nonfinite=True)
    ref = keras.optimizers.Adam(**kw)
    variables = [keras.Variable(v) for v in params.values()]
    ref.build(variables)
    for i, batch in enumerate(data):
        assert np.isfinite(step(batch)) == (i not in bad)
        if i in bad:
            continue
        grads = jax.grad(lambda vs: loss_fn(dict(zip(params, vs)), batch))([v.value for v in variables])
        ref.apply(grads, variables)
    assert opt.iterations == int(ref.iterations) == 4
    assert_state_like(step, opt, [v.numpy() for v in variables], [k.numpy() for k in ref.variables], 4, target)


def test_without_protection_a_nonfinite_gradient_spreads_as_in_keras():
    params = init_params()
    opt = adam_iree.Adam(learning_rate=0.01, global_clipnorm=1.0)
    step = adam_iree.compile_train_step(loss_fn, opt, params, batches(1)[0])
    step(poisoned_batches(2, {1})[1])
    assert all(np.isnan(p).all() for p in step.params.values())  # spec 1.14: global_clipnorm spreads NaN


def test_half_precision_loss_scaling_recovers_from_overflow():
    """float16 parameters: 2**15 times the loss overflows float16 gradients; the scale halves on the device
    until the gradients fit, then training proceeds, as with Keras's LossScaleOptimizer."""
    params = init_params(dtype=np.float16)
    data = [(x * np.float16(8), y) for x, y in batches(6, dtype=np.float16)]  # large enough to overflow
    kw = dict(learning_rate=1e-3, epsilon=1e-3)  # float16 v underflows: the usual half-precision epsilon
    history = keras_loss_scale_run(params, data, 2.0**15, 2000, **kw)
    opt = adam_iree.Adam(**kw)
    step = adam_iree.compile_train_step(loss_fn, opt, params, data[0], loss_scale=True)
    for i, batch in enumerate(data):
        step(batch)
        assert step.loss_scale == float(history[i][1]["dynamic_scale"]), (i, step.loss_scale)
    assert step.loss_scale == 2.0**13 and opt.iterations == int(history[-1][1]["iteration"]) == 4
    for (path, ours), theirs in zip(step.params.items(), history[-1][0]):
        assert_close(ours, theirs, len(data), path)


def test_loss_scale_state_survives_save_and_restore(tmp_path):
    params = init_params()
    data = poisoned_batches(8, {1, 5})
    ls = adam_iree.DynamicLossScale(initial_scale=4.0, dynamic_growth_steps=2)

    def fresh():
        return adam_iree.compile_train_step(loss_fn, adam_iree.Adam(learning_rate=0.01), params, data[0], loss_scale=ls)

    whole = fresh()
    for b in data:
        whole(b)
    first = fresh()
    for b in data[:4]:
        first(b)
    first.save(tmp_path / "ckpt")
    resumed_opt = adam_iree.load(tmp_path / "ckpt")
    resumed = adam_iree.compile_train_step(loss_fn, resumed_opt, resumed_opt.params, data[0], loss_scale=ls)
    resumed.restore(tmp_path / "ckpt")
    assert (resumed.loss_scale, resumed.loss_scale_counter) == (first.loss_scale, first.loss_scale_counter)
    for b in data[4:]:
        resumed(b)
    assert (resumed.loss_scale, resumed.loss_scale_counter) == (whole.loss_scale, whole.loss_scale_counter)
    resumed_params = resumed.params
    for k, v in whole.params.items():
        np.testing.assert_array_equal(resumed_params[k], v, err_msg=k)
    # A plain optimizer checkpoint has no loss scale: refused, and nothing changes.
    plain = adam_iree.Adam(learning_rate=0.01)
    plain.build(params)
    plain.save(tmp_path / "plain")
    before = resumed.params
    with pytest.raises(adam_iree.CheckpointError, match="loss-scale"):
        resumed.restore(tmp_path / "plain")
    for k, v in before.items():
        np.testing.assert_array_equal(resumed.params[k], v)


# -- refusals ----------------------------------------------------------------------------------------------
def test_bad_batches_are_refused_and_change_nothing():
    params = init_params()
    opt = adam_iree.Adam(learning_rate=0.01)
    step = adam_iree.compile_train_step(loss_fn, opt, params, batches(1)[0])
    x, y = batches(1)[0]
    step((x, y))
    before = step.params
    with pytest.raises(ValueError, match=r"leaf 0 has shape \(31, 4\); expected \(32, 4\)"):
        step((x[:31], y))
    with pytest.raises(TypeError, match="leaf 0 has dtype float16; expected float32"):
        step((x.astype(np.float16), y))
    with pytest.raises(ValueError, match="structure of `example_batch`"):
        step([x, y, y])
    step((x.astype(np.float64), y.astype(np.int64)))  # what NumPy makes by default is accepted
    assert opt.iterations == 2
    after_one_more = step.params
    assert any(not np.array_equal(before[k], after_one_more[k]) for k in before)


def test_bad_arguments_name_what_was_expected():
    params = init_params()
    x, y = batches(1)[0]
    with pytest.raises(TypeError, match="`loss_fn` must be a function"):
        adam_iree.compile_train_step(None, adam_iree.Adam(), params, (x, y))
    with pytest.raises(TypeError, match="`optimizer` must be an adam_iree.Adam"):
        adam_iree.compile_train_step(loss_fn, keras.optimizers.Adam(), params, (x, y))
    with pytest.raises(ValueError, match="`loss_fn` must return a scalar"):
        adam_iree.compile_train_step(lambda p, b: logits_fn(p, b[0]), adam_iree.Adam(), params, (x, y))
    with pytest.raises(ValueError, match="loss_scale_factor"):
        adam_iree.compile_train_step(loss_fn, adam_iree.Adam(loss_scale_factor=4.0), params, (x, y), loss_scale=True)
    with pytest.raises(ValueError, match="`initial_scale` must be a positive finite float"):
        adam_iree.DynamicLossScale(initial_scale=0.0)
    with pytest.raises(ValueError, match="`dynamic_growth_steps` must be an integer >= 1"):
        adam_iree.DynamicLossScale(dynamic_growth_steps=0)
    with pytest.raises(TypeError, match="`example_batch leaf 1` has dtype complex64"):
        adam_iree.compile_train_step(loss_fn, adam_iree.Adam(), params, (x, y.astype(np.complex64)))
    built = adam_iree.Adam()
    built.build(params)
    with pytest.raises(ValueError, match=r"params\['dense/kernel'\]"):
        adam_iree.compile_train_step(loss_fn, built, {**params, "dense/kernel": np.zeros((2, 2))}, (x, y))


def test_a_step_compiled_before_the_optimizer_moved_is_refused():
    params = init_params()
    opt = adam_iree.Adam(learning_rate=0.01, weight_decay=0.1)
    step = adam_iree.compile_train_step(loss_fn, opt, params, batches(1)[0])
    opt.exclude_from_weight_decay(var_names=["bias"])  # re-lays the state out (a new decay class)
    with pytest.raises(RuntimeError, match="call `compile_train_step` again"):
        step(batches(1)[0])


@pytest.mark.parametrize("target_name", ["llvm-cpu", "vulkan", "cuda-sm90"])
@pytest.mark.parametrize("case", ["accumulation", "skip_nonfinite", "dynamic_loss_scale"])
def test_a_training_step_reads_nothing_back_to_the_host_mid_call(case, target_name):
    """A training step whose selects hang on one traced scalar (the accumulation's update call, the skip of a
    non-finite batch) compiles with no value read back to the host between dispatches: IREE turns a select
    between whole tensors on a scalar into a choice made on the host, a device-to-host wait mid-call (and on
    Vulkan more queue operations for IREE 3.13's racy wake-ups: README, *Vulkan: lost devices*). The plan
    is compiled here for every target, CUDA included."""
    from adam_iree.compiler import on_cpus, step_compile_flags, stream_plan
    from adam_iree.export import export_train_step
    kw = {"accumulation": dict(opt=dict(gradient_accumulation_steps=3, global_clipnorm=0.5)),
          "skip_nonfinite": dict(opt=dict(use_ema=True, global_clipnorm=1.0), skip_nonfinite=True),
          "dynamic_loss_scale": dict(opt=dict(), loss_scale=True)}[case]
    params = init_params()
    opt = adam_iree.Adam(learning_rate=0.01, **kw.pop("opt"))
    step = adam_iree.compile_train_step(loss_fn, opt, params, batches(1)[0], **kw)
    target = get_target(target_name)
    flags = step_compile_flags([target], step._spec.step.fused) if on_cpus([target]) else []  # as compiled
    plan = stream_plan(export_train_step(step._spec), target, flags)
    assert plan.host_reads == 0 and plan.host_waits == 0, plan  # waited for once, at the end


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("skip", [False, True], ids=["plain", "skip_nonfinite"])
def test_the_loss_and_counter_are_read_from_mapped_memory_without_a_device_copy(target, skip):
    """The module writes the loss (and, where a step may skip, the new counter) into host-mapped output
    storage: a call reads them without a device-to-host copy (on Vulkan a queue operation and a wait more per
    call each, which made lavapipe lose its device). The loss is that of the parameters the step started
    from, as JAX computes it on the host; a skipped batch leaves the count where it was."""
    needs(target)
    params = init_params()
    opt = adam_iree.Adam(target=target, learning_rate=0.01)
    data = poisoned_batches(4, {1} if skip else set())
    step = adam_iree.compile_train_step(loss_fn, opt, params, data[0], skip_nonfinite=skip)
    downloads = []
    download = step._session.download
    step._session.download = lambda *a, **k: (downloads.append(a), download(*a, **k))[1]
    for i, batch in enumerate(data):
        before = {k: np.array(v) for k, v in step.params.items()}  # reads the state: downloads, not counted
        downloads.clear()
        loss = step(batch)
        assert downloads == [], f"{len(downloads)} device-to-host copies in one call"
        want = float(loss_fn(before, batch))
        if skip and i == 1:
            assert not np.isfinite(loss)
        else:
            assert abs(loss - want) <= 1e-5 * max(1.0, abs(want)), (loss, want)
        assert opt._k_host == opt.iterations == i + 1 - (skip and i >= 1)


def dense_mse_case():
    """One 512 x 512 kernel beside its bias, a batch of 8 and a mean-squared-error loss: parameters large
    enough that a copy or a stored slot shows in IREE's plan."""
    params = {"w": np.full((512, 512), 0.01, np.float32), "b": np.zeros(512, np.float32)}
    batch = (np.ones((8, 512), np.float32), np.zeros((8, 512), np.float32))

    def mse(p, batch):
        x, y = batch
        return jnp.mean((x @ p["w"] + p["b"] - y) ** 2)
    return params, batch, mse


def test_a_cpu_training_step_is_planned_as_the_optimizers_own_step():
    """On llvm-cpu a training step's Adam part is fused as the optimizer's step is (compiled with its flags):
    the update no longer round-trips m and v through a transient buffer, so the call has fewer dispatches and
    a smaller transient than the plain plan (4 tensors of 2048 x 2048 with global clipnorm: 201 -> 134 MB,
    138 -> 103 ms a step). Other targets keep the plain plan (IREE 3.13's SPIR-V code generation fails on
    it fused; CUDA is untimed with it)."""
    import dataclasses

    from adam_iree.compiler import step_compile_flags, stream_plan
    from adam_iree.export import export_train_step
    from adam_iree.trainer import compile_train_module, train_step_choices

    params, batch, mse = dense_mse_case()
    opt = adam_iree.Adam(learning_rate=0.01, global_clipnorm=1.0, use_ema=True)
    step = adam_iree.compile_train_step(mse, opt, params, batch)
    spec, target = step._spec, get_target("llvm-cpu")
    assert spec.step.fused and spec.step.row_sums_by_dot
    fused = stream_plan(export_train_step(spec), target, step_compile_flags([target], True))
    plain_spec = dataclasses.replace(spec, step=dataclasses.replace(spec.step, fused=False, factor_rows=False,
                                                                    row_sums_by_dot=False))
    plain = stream_plan(export_train_step(plain_spec), target)
    assert fused.dispatches < plain.dispatches, (fused, plain)
    # More than one parameter-sized array less (m and v were stored whole between two dispatches).
    assert plain.largest_transient_bytes - fused.largest_transient_bytes > 4 * 512 * 512, (fused, plain)
    assert compile_train_module(spec, target)  # the module as compile_train_step built it
    # A step that may skip its batch too (its selects made as each value is computed, in adam_step).
    protected = adam_iree.compile_train_step(mse, adam_iree.Adam(learning_rate=0.01, global_clipnorm=1.0),
                                             params, batch, loss_scale=True)
    assert protected._spec.step.fused and protected._spec.protected
    assert train_step_choices(get_target("vulkan"), opt.config) == {}


def test_a_cpu_training_step_keeps_its_scratch_in_storage_allocated_once():
    """On llvm-cpu the training step takes its scratch as a last argument (`iree.abi.transients`), of the
    size its reflection names, allocated once at load: IREE's plan then allocates nothing per call (each
    call's own scratch was fresh pages, faulted and zeroed every call: 49K page faults and 138 -> 55 ms a
    step at 4 x 2048 x 2048). The bundle keeps the plain calling convention."""
    from adam_iree.compiler import stream_ir
    from adam_iree.export import export_train_step

    def call_allocations(mlir: str) -> int:
        """Transient allocations in the body of train_step's stream IR (not the initializer's, run once)."""
        body = stream_ir(mlir, get_target("llvm-cpu")).split("util.func public @train_step(", 1)[1]
        return body.split("\n  util.func", 1)[0].count("stream.resource.alloca")

    opt = adam_iree.Adam(learning_rate=0.01, global_clipnorm=1.0)
    step = adam_iree.compile_train_step(loss_fn, opt, init_params(), batches(1)[0])
    loaded = step._step
    size = int(loaded.function.reflection["iree.abi.transients.size.constant"])
    assert size > 0 and loaded.transients is not None and loaded.transients.byte_length() >= size
    assert call_allocations(export_train_step(step._spec, transients=True)) == 0
    assert call_allocations(export_train_step(step._spec)) > 0
    batch = batches(1)[0]
    losses = [step(batch) for _ in range(3)]  # the same batch: training on it lowers its loss
    assert losses[0] > losses[1] > losses[2] > 0


def test_the_scratch_argument_is_added_through_the_ir_whatever_the_signature_holds():
    """export.add_transient_storage appends `!hal.buffer {iree.abi.transients}` to the function through
    MLIR's IR, keeping the other arguments' attributes: a parenthesis inside one of them (which a scan of
    the text's parentheses would have taken for the end of the argument list) changes nothing."""
    from iree.compiler import ir

    from adam_iree.export import finish_module

    text = ('func.func public @main(%arg0: tensor<8xf32> {my.note = "a) b(("}, %arg1: tensor<f32>) '
            "-> tensor<8xf32> {\n  return %arg0 : tensor<8xf32>\n}\n")
    out = finish_module(text, "f", transients=True)
    with ir.Context() as ctx:
        ctx.allow_unregistered_dialects = True
        fn = next(iter(ir.Module.parse(out).body.operations))
        inputs = [str(t) for t in ir.FunctionType(ir.TypeAttr(fn.attributes["function_type"]).value).inputs]
        attrs = [str(a) for a in ir.ArrayAttr(fn.attributes["arg_attrs"])]
    assert inputs == ["tensor<8xf32>", "tensor<f32>", "!hal.buffer"], inputs
    assert attrs == ['{my.note = "a) b(("}', "{}", "{iree.abi.transients}"], attrs


def test_a_training_step_reads_its_parameters_where_they_are_packed():
    """The loss function's kernels are rows of a 2-D view of the whole packed buffer, not slices of the 1-D
    buffer then reshaped, which IREE copied out first, each call (4 x 2048 x 2048 with global clipnorm:
    40-41 -> 36-37 ms a step). So no parameter-sized copy out of the state: with a 512 x 512 kernel beside its
    bias, the plan copies nothing of the kernel's size from an argument."""
    import re

    from adam_iree.compiler import stream_ir
    from adam_iree.export import export_train_step

    params, batch, mse = dense_mse_case()
    step = adam_iree.compile_train_step(mse, adam_iree.Adam(learning_rate=0.01), params, batch)
    plan = stream_ir(export_train_step(step._spec), get_target("llvm-cpu"))
    copies = re.findall(r"stream\.cmd\.copy [^\n]*, %c(\d+) : !stream\.resource<external>", plan)
    assert str(4 * 512 * 512) not in copies, copies
    # The loss of the parameters as read: JAX's on the host (Adam's first step then takes every weight to 0).
    assert step(batch) == pytest.approx(float(mse(params, batch)), rel=1e-4)  # float32 sums, any order
    assert step(batch) < 1e-3


def packed_gradient(n):
    """A group's packed gradient of n elements (its last 4096 the zero pad)."""
    g = np.random.default_rng(7).standard_normal(n).astype(np.float32)
    g[-4096:] = 0.0
    return g


def lane_boundaries(n):
    """Places in a packed gradient of n elements where a lane, region or tail block begins or ends, and 12
    random ones."""
    return [0, 1, 15, 16, 511, 512, n // 8 - 1, n // 8, n // 2, n - 4097, n - 1,
            *np.random.default_rng(8).integers(0, n, 12)]


def test_the_global_norm_flags_exactly_the_nonfinite_gradients():
    """A protected step with a global norm tests its gradients in the norm's read (step.sum_of_squares with
    flag_nonfinite): an inf or NaN anywhere in the gradient as given makes the sum NaN. Finite gradients
    whose squares overflow give +inf, as the plain sum does, and so does a NaN that only the transform makes
    (inf − inf): not flagged, and a norm that is not finite clips to NaN either way. Finite sums are the
    plain sums, bit for bit. Evaluated by JAX (XLA) here; the Keras runs check it compiled by IREE."""
    from adam_iree.layout import storage_size
    from adam_iree.step import flagged_finite, sum_of_squares

    n = storage_size(3 * 2**20 + 12345)
    plain = jax.jit(lambda g: sum_of_squares(g))
    flagged = jax.jit(lambda g: sum_of_squares(g, flag_nonfinite=True))
    g = packed_gradient(n)
    assert np.isfinite(flagged(g)) and np.asarray(flagged(g)).tobytes() == np.asarray(plain(g)).tobytes()
    assert bool(flagged_finite([flagged(g)]))
    big = g.copy()
    big[:: 997] = -np.finfo(np.float32).max
    assert flagged(big) == np.inf == plain(big) and bool(flagged_finite([flagged(big), flagged(g)]))
    for p in lane_boundaries(n):
        for bad in (np.inf, -np.inf, np.nan):
            h = g.copy()
            h[p] = bad
            assert np.isnan(flagged(h)), (p, bad)
            assert not bool(flagged_finite([flagged(g), flagged(h)])), (p, bad)
    # The transform's own NaN from a finite g: 0 / 0.
    transform = lambda x, acc: x / acc  # noqa: E731
    acc = np.ones(n, np.float32)
    acc[5] = 0.0
    h = g.copy()
    h[5] = 0.0
    transformed = jax.jit(lambda g, acc, flag: sum_of_squares(g, transform=transform, others=(acc,),
                                                              flag_nonfinite=flag), static_argnums=2)
    assert np.isnan(transformed(h, acc, False)) and transformed(h, acc, True) == np.inf


def test_all_finite_finds_one_nonfinite_element_anywhere_in_a_packed_gradient():
    """The skip test reads the packed gradient in lanes and a tree of maxima of exponent fields
    (train_step.largest_exponent): one inf or NaN anywhere, in any lane, region or tail block, is seen;
    the largest finite floats and zeros are not. Evaluated by JAX (XLA) here; the Keras runs above check it
    compiled by IREE."""
    from adam_iree.layout import storage_size
    from adam_iree.train_step import all_finite

    n = storage_size(3 * 2**20 + 12345)
    check = jax.jit(lambda *gs: all_finite(gs))
    g = packed_gradient(n)
    g[:: 997] = np.finfo(np.float32).max
    g[1:: 1013] = -np.finfo(np.float32).max
    small = np.ones(640, np.float32)
    assert bool(check(g, small))
    for p in lane_boundaries(n):
        for bad in (np.inf, -np.inf, np.nan):
            h = g.copy()
            h[p] = bad
            assert not bool(check(h, small)), (p, bad)
    h = small.copy()
    h[-1] = np.nan
    assert not bool(check(g, h))


def test_a_training_step_writes_its_gradients_where_they_are_packed():
    """Each kernel's gradient is computed straight into its place in the packed gradient: the pieces are
    written into an uninitialized buffer (`tensor.empty`) in the order backpropagation produces them, last
    variable first. A concatenation had IREE copy every piece but the first in (4 x 2048 x 2048 with global
    clipnorm: 3 copies of 16 MB a call, 30.8 -> 28.1 ms a step); zeros under the pieces, a fill of the
    whole buffer. Two dense layers of 512 x 512: no copy of a kernel's size, and Keras's first step."""
    import re

    from adam_iree.compiler import stream_ir
    from adam_iree.export import export_train_step
    from adam_iree.spec import UNINITIALIZED_TARGET

    rng = np.random.default_rng(5)
    params = {"w1": rng.standard_normal((512, 512)).astype(np.float32) * 0.05, "b1": np.zeros(512, np.float32),
              "w2": rng.standard_normal((512, 512)).astype(np.float32) * 0.05, "b2": np.zeros(512, np.float32)}
    batch = (rng.standard_normal((8, 512)).astype(np.float32), rng.standard_normal((8, 512)).astype(np.float32))

    def mlp(p, batch):
        x, y = batch
        h = jnp.tanh(x @ p["w1"] + p["b1"])
        return jnp.mean((h @ p["w2"] + p["b2"] - y) ** 2)

    # epsilon large beside the gradients' float32 rounding (sums of 8 products in another order than XLA's),
    # which Adam's g / (|g| + epsilon) would make a difference of signs where a gradient is near 0
    config = dict(learning_rate=0.01, global_clipnorm=0.5, epsilon=1e-2)
    opt = adam_iree.Adam(**config)
    step = adam_iree.compile_train_step(mlp, opt, params, batch)
    text = export_train_step(step._spec)
    assert "tensor.empty" in text and UNINITIALIZED_TARGET not in text
    copies = re.findall(r"stream\.cmd\.copy [^\n]*, %c(\d+) :", stream_ir(text, get_target("llvm-cpu")))
    assert str(4 * 512 * 512) not in copies, copies
    ref = keras.optimizers.Adam(**config)
    variables = [keras.Variable(v) for v in params.values()]
    ref.build(variables)
    step(batch)
    ref.apply(jax.grad(lambda vs: mlp(dict(zip(params, vs)), batch))([v.value for v in variables]), variables)
    # m and v: the clipped gradients, each where it belongs
    assert_state_like(step, opt, [v.numpy() for v in variables], [k.numpy() for k in ref.variables], 1)

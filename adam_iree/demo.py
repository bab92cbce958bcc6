"""The main job: train a small MLP classifier with adam_iree.Adam on the default target.

Data are generated deterministically (two interleaved spirals, nothing downloaded). JAX computes
the loss and gradients on the host; every optimizer step runs in the IREE module on the device.
"""

from __future__ import annotations

import sys
import time

import jax
import jax.numpy as jnp
import numpy as np

from .optimizer import Adam


def spirals(n_per_class: int = 256, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved spirals in 2-D with a little noise: a classic not-linearly-separable task."""
    rng = np.random.default_rng(seed)
    t = np.sqrt(rng.uniform(0.05, 1.0, n_per_class)) * 3 * np.pi
    arm = np.stack([t * np.cos(t), t * np.sin(t)], axis=1) / (3 * np.pi)
    x = np.concatenate([arm, -arm]) + rng.normal(0, 0.02, (2 * n_per_class, 2))
    y = np.concatenate([np.zeros(n_per_class), np.ones(n_per_class)]).astype(np.int32)
    return x.astype(np.float32), y


def init_mlp(sizes=(2, 64, 64, 2), seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    params = {}
    for i, (m, n) in enumerate(zip(sizes[:-1], sizes[1:])):
        params[f"dense_{i}/kernel"] = (rng.standard_normal((m, n)) * np.sqrt(2.0 / m)).astype(np.float32)
        params[f"dense_{i}/bias"] = np.zeros(n, np.float32)
    return params


def mlp_logits(params: dict, x: jax.Array) -> jax.Array:
    n_layers = len(params) // 2
    h = x
    for i in range(n_layers):
        h = h @ params[f"dense_{i}/kernel"] + params[f"dense_{i}/bias"]
        if i < n_layers - 1:
            h = jax.nn.relu(h)
    return h


@jax.jit
def loss_and_grads(params, x, y):
    def loss_fn(p):
        logits = mlp_logits(p, x)
        return -jnp.mean(jax.nn.log_softmax(logits)[jnp.arange(y.shape[0]), y])

    return jax.value_and_grad(loss_fn)(params)


@jax.jit
def accuracy(params, x, y):
    return jnp.mean(jnp.argmax(mlp_logits(params, x), axis=1) == y)


def progress_bar(step: int, total: int, loss: float, acc: float, width: int = 30) -> str:
    done = int(width * step / total)
    return f"\r[{'#' * done}{'.' * (width - done)}] step {step:4d}/{total}  loss {loss:.4f}  acc {acc:6.1%}"


def run_demo(steps: int = 300, target: str = "llvm-cpu", learning_rate: float = 0.01,
             batch_size: int = 128, out=sys.stdout, seed: int = 0) -> list[float]:
    """Train; returns the loss of every step. Prints a progress bar and a loss summary."""
    x, y = spirals(seed=seed)
    params = init_mlp(seed=seed)
    opt = Adam(learning_rate=learning_rate, weight_decay=1e-4, target=target)
    opt.exclude_from_weight_decay(var_names=["bias"])
    t0 = time.perf_counter()
    opt.build(params)
    build_s = time.perf_counter() - t0
    print(f"adam_iree demo: MLP 2-64-64-2 on {len(x)} spiral points, target {opt.target!r} "
          f"(build + compile {build_s:.2f} s)", file=out)
    rng = np.random.default_rng(seed)
    losses = []
    interactive = out.isatty() if hasattr(out, "isatty") else False
    step_time = 0.0
    for step in range(1, steps + 1):
        idx = rng.choice(len(x), batch_size, replace=False)
        loss, grads = loss_and_grads(params, x[idx], y[idx])
        t = time.perf_counter()
        opt.apply({k: np.asarray(g) for k, g in grads.items()})
        step_time += time.perf_counter() - t
        params = opt.params
        losses.append(float(loss))
        if interactive or step % max(steps // 10, 1) == 0 or step == steps:
            acc = float(accuracy(params, x, y))
            line = progress_bar(step, steps, float(loss), acc)
            print(line if interactive else line.lstrip("\r"), end="" if interactive else "\n", file=out, flush=True)
    if interactive:
        print(file=out)
    final_acc = float(accuracy(params, x, y))
    first, last = np.mean(losses[:10]), np.mean(losses[-10:])
    print(f"loss {first:.4f} -> {last:.4f} (mean of first/last 10 steps), accuracy {final_acc:.1%}, "
          f"{1e3 * step_time / steps:.3f} ms per optimizer step", file=out)
    return losses

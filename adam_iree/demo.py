"""The main job: fine-tune a small MLP classifier with one compiled training step on the default target.

Data are generated deterministically (two interleaved spirals, nothing downloaded). The loss, its
gradient and the Adam step run in one IREE module; the host only hands in batches and reads the loss.
Half way the run saves a checkpoint, then resumes from it in a fresh optimizer, as an app restarting
on a device would; at the end it writes a loss-curve PNG.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path
from typing import Any, Callable

import jax
import jax.numpy as jnp
import numpy as np

from . import plot
from .optimizer import Adam, load
from .trainer import compile_train_step


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


def mlp_loss(params: dict, batch) -> jax.Array:
    """Mean softmax cross-entropy of the MLP's logits (Keras SparseCategoricalCrossentropy(from_logits=True))."""
    x, y = batch
    logp = jax.nn.log_softmax(mlp_logits(params, x))
    return -jnp.mean(jnp.take_along_axis(logp, y[:, None], axis=1))


@jax.jit
def accuracy(params, x, y):
    return jnp.mean(jnp.argmax(mlp_logits(params, x), axis=1) == y)


@dataclasses.dataclass
class TrainTask:
    """Everything `compile_train_step` needs for one model: what `adam-iree export-bundle --model` loads."""

    loss_fn: Callable[[Any, Any], Any]
    params: dict[str, np.ndarray]
    example_batch: Any
    optimizer_config: dict
    exclude_from_weight_decay: tuple[str, ...] = ()

    def optimizer(self, target: str) -> Adam:
        opt = Adam(target=target, **self.optimizer_config)
        if self.exclude_from_weight_decay:
            opt.exclude_from_weight_decay(var_names=list(self.exclude_from_weight_decay))
        return opt


def mlp_task(batch_size: int = 128, learning_rate: float = 0.01, seed: int = 0) -> TrainTask:
    """The demo's model: a 2-64-64-2 MLP on the spirals, Adam with decoupled weight decay except on biases."""
    x, y = spirals(seed=seed)
    return TrainTask(mlp_loss, init_mlp(seed=seed), (x[:batch_size], y[:batch_size]),
                     {"learning_rate": learning_rate, "weight_decay": 1e-4}, ("bias",))


def progress_bar(step: int, total: int, loss: float, acc: float, width: int = 30) -> str:
    done = int(width * step / total)
    return f"\r[{'#' * done}{'.' * (width - done)}] step {step:4d}/{total}  loss {loss:.4f}  acc {acc:6.1%}"


@dataclasses.dataclass
class DemoResult:
    losses: list[float]
    accuracy: float
    resumed_at: int
    checkpoint: Path
    loss_curve: Path
    ms_per_step: float


def run_demo(steps: int = 300, target: str = "llvm-cpu", learning_rate: float = 0.01, batch_size: int = 128,
             out=sys.stdout, seed: int = 0, out_dir="adam_iree_demo") -> DemoResult:
    """Train `steps` steps, checkpointing and resuming half way; print progress; write the loss curve."""
    if steps < 2:
        raise ValueError(f"Argument `steps` must be at least 2 (one before and one after the resume). Received: {steps}")
    out_dir = Path(out_dir)
    x, y = spirals(seed=seed)
    task = mlp_task(batch_size, learning_rate, seed)
    t0 = time.perf_counter()
    train = compile_train_step(task.loss_fn, task.optimizer(target), task.params, task.example_batch)
    print(f"adam_iree demo: MLP 2-64-64-2 on {len(x)} spiral points, target {train.optimizer.target!r}; loss, "
          f"gradients and Adam in one compiled step (build + compile {time.perf_counter() - t0:.2f} s)", file=out)
    rng = np.random.default_rng(seed)
    losses: list[float] = []
    interactive = out.isatty() if hasattr(out, "isatty") else False
    step_time = 0.0
    resume_at = steps // 2
    checkpoint = out_dir / "checkpoint.safetensors"
    for step in range(1, steps + 1):
        idx = rng.choice(len(x), batch_size, replace=False)
        t = time.perf_counter()
        losses.append(train((x[idx], y[idx])))
        step_time += time.perf_counter() - t
        if interactive or step % max(steps // 10, 1) == 0 or step == steps or step == resume_at:
            acc = float(accuracy(train.params, x, y))
            line = progress_bar(step, steps, losses[-1], acc)
            print(line if interactive else line.lstrip("\r"), end="" if interactive else "\n", file=out, flush=True)
        if step == resume_at:
            train.save(checkpoint)
            t = time.perf_counter()
            # A fresh optimizer from the file alone, as a restarted app would make it.
            optimizer = load(checkpoint, target=target)
            train = compile_train_step(task.loss_fn, optimizer, optimizer.params, task.example_batch)
            print(("\n" if interactive else "") + f"saved {checkpoint} at step {step}; resumed from it "
                  f"(iteration {optimizer.iterations}, load + compile-cache hit {time.perf_counter() - t:.2f} s)",
                  file=out, flush=True)
    if interactive:
        print(file=out)
    final_acc = float(accuracy(train.params, x, y))
    first, last = np.mean(losses[:10]), np.mean(losses[-10:])
    window = min(10, steps)
    smooth = np.convolve(losses, np.ones(window) / window, mode="valid")
    xs = np.arange(1, steps + 1)
    png = plot.write_png(out_dir / "loss_curve.png", plot.line_chart(
        {"loss per step": (xs, losses), f"mean of {window}": (xs[window - 1 :], smooth)},
        title=f"adam_iree demo on {target}", xlabel="step", ylabel="loss", markers=[(resume_at, "resumed")]))
    ms = 1e3 * step_time / steps
    print(f"loss {first:.4f} -> {last:.4f} (mean of first/last 10 steps), accuracy {final_acc:.1%}, "
          f"{ms:.3f} ms per training step; wrote {png}", file=out)
    return DemoResult(losses, final_acc, resume_at, checkpoint, png, ms)

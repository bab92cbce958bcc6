#!/usr/bin/env python3
"""Where a step's time goes: each dispatch of our compiled step, timed by IREE's own HAL profiling.

    python tools/profile_dispatches.py --cases 200x1M --configs plain,clipnorm
    python tools/profile_dispatches.py --cases 64M --configs plain,global_clipnorm --min-time 5
    python tools/profile_dispatches.py --cases 64K --configs accumulation --driver local-task

For each case (tools/bench.py's names) and configuration (bench.py's), builds adam_iree.Adam on the CPU
profile, takes the module each of its step variants runs (`Adam.step_module`: with accumulation the update
and the accumulation call) and runs it with `iree-benchmark-module --device_profiling_mode=host-execution`
on splat inputs, then sums the capture with `iree-profile statistics`: the mean time of each dispatch, in the
order the call runs them, and of the whole call (its command buffer). Profiling adds its own cost to each
dispatch, and the state here is not in huge pages: use these figures for shares, and tools/bench.py for
times. CPU drivers only (local-task, local-sync): on a GPU the HAL's dispatch timestamps would be needed.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import bench  # noqa: E402

import adam_iree  # noqa: E402
from adam_iree.spec import STEP_FUNCTION  # noqa: E402
from adam_iree.targets import get_target  # noqa: E402

CPU_DRIVERS = ("local-task", "local-sync")
# Splat values of the step's arguments: finite and nonzero, so no call takes a NaN or zero path. The
# counter 1: a call after the first (bias correction and schedules as in training).
COUNTER_VALUE, LEARNING_RATE, ARRAY_VALUE = 1, 1e-3, 1e-2


class DispatchTime(NamedTuple):
    """One dispatch of a call: its function's name, how many times the capture ran it, its mean time."""
    name: str
    calls: int
    mean_us: float


def runtime_tool(name: str) -> str:
    """The path of one of iree-base-runtime's command-line tools (on PATH, else in the package)."""
    found = shutil.which(name)
    if found:
        return found
    import iree._runtime_libs as libs

    path = Path(libs.__file__).parent / name
    if not path.exists():
        raise FileNotFoundError(f"{name} is neither on PATH nor in {path.parent} (iree-base-runtime's tools)")
    return str(path)


def function_declaration(vmfb: bytes, function: str = STEP_FUNCTION) -> str:
    """The `iree.abi.declaration` of a module's function: its arguments' and results' tensor types."""
    import iree.runtime as rt

    instance = rt.VmInstance()
    module = rt.VmModule.copy_buffer(instance, vmfb)  # kept while its function is read (else a crash)
    return module.lookup_function(function).reflection["iree.abi.declaration"]


def splat_inputs(declaration: str) -> list[str]:
    """`--input=` flags for every argument of a function, from its `iree.abi.declaration` (what
    `VmFunction.reflection` holds): each tensor a splat, integer scalars COUNTER_VALUE, float scalars
    LEARNING_RATE, arrays ARRAY_VALUE (output storage included)."""
    arguments = declaration.split("->")[0]
    types = re.findall(r"%input\d+: tensor<([^>]*)>", arguments)
    if not types or len(types) != arguments.count("%input"):
        raise ValueError(f"not a function declaration of tensor arguments: {declaration!r}")
    flags = []
    for t in types:
        element = t.split("x")[-1]
        scalar = "x" not in t
        value = (COUNTER_VALUE if element.startswith("i") else LEARNING_RATE) if scalar else ARRAY_VALUE
        flags.append(f"--input={t}={value}")
    return flags


def parse_statistics(jsonl: str) -> tuple[float, list[DispatchTime]]:
    """From `iree-profile statistics --format=jsonl` of a host-execution capture: the mean time of one
    call's command buffer (µs) and each dispatch function's, in the order of their ordinals."""
    call_us, dispatches = None, []
    for line in jsonl.splitlines():
        row = json.loads(line)
        if row.get("type") != "statistics_row" or not row.get("sample_count"):
            continue
        mean_us = row["total_duration_ns"] / row["sample_count"] / 1e3
        if row["row_type"] == "host_execution_function":
            dispatches.append((row["function_ordinal"], DispatchTime(row["function_name"], row["sample_count"], mean_us)))
        elif row["row_type"] == "host_execution_queue_operation" and row["event_name"] == "execute":
            call_us = mean_us
    if call_us is None:
        raise ValueError("the capture holds no command-buffer execution (host-execution rows)")
    return call_us, [d for _, d in sorted(dispatches)]


def profile_module(vmfb: bytes, driver: str, min_time_s: float, function: str = STEP_FUNCTION
                   ) -> tuple[float, list[DispatchTime]]:
    """Run `function` of the module repeatedly for at least `min_time_s` on `driver` with HAL host-execution
    profiling, and return `parse_statistics` of the capture."""
    if driver not in CPU_DRIVERS:
        raise ValueError(f"--driver: {driver!r} is not profiled here; expected one of {', '.join(CPU_DRIVERS)}")
    declaration = function_declaration(vmfb, function)
    with tempfile.TemporaryDirectory(prefix="profile_dispatches_") as folder:
        module, capture = Path(folder) / "step.vmfb", Path(folder) / "step.ireeprof"
        module.write_bytes(vmfb)
        run_tool("iree-benchmark-module", f"--module={module}", f"--function={function}", f"--device={driver}",
                 *splat_inputs(declaration), f"--benchmark_min_time={min_time_s}",
                 "--device_profiling_mode=host-execution", f"--device_profiling_output={capture}")
        stats = run_tool("iree-profile", "statistics", "--format=jsonl", str(capture))
    return parse_statistics(stats)


def run_tool(name: str, *args: str) -> str:
    """Run one of iree-base-runtime's tools and return its standard output; a failure raises with its own
    message."""
    done = subprocess.run([runtime_tool(name), *args], capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{name} failed (exit {done.returncode}): {(done.stderr or done.stdout).strip()}")
    return done.stdout


def step_modules(sizes: list[int], config: str, target) -> list[tuple[str | None, bytes]]:
    """(phase, module) for each step variant adam_iree.Adam runs for tensors of `sizes` in `config`
    (bench.ALL_CONFIGS), every gradient present."""
    opt = adam_iree.Adam(learning_rate=bench.LR, target=target, **bench.ALL_CONFIGS[config])
    opt.build({f"v{i}": np.zeros(s, np.float32) for i, s in enumerate(sizes)})
    present = (True,) * len(sizes)
    return [(phase, opt.step_module(present, phase)[0]) for phase in opt.step_phases()]


def report(title: str, call_us: float, dispatches: list[DispatchTime]) -> str:
    lines = [f"{title}: a call {call_us:.1f} µs (its command buffer), {len(dispatches)} dispatches"]
    for d in dispatches:
        lines.append(f"  {d.mean_us:10.1f} µs {100 * d.mean_us / call_us:5.1f} %  {d.name}")
    rest = call_us - sum(d.mean_us for d in dispatches)
    lines.append(f"  {rest:10.1f} µs {100 * rest / call_us:5.1f} %  between and around them (barriers, hand-offs)")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default="200x1M", help="comma list of tools/bench.py's case names")
    parser.add_argument("--configs", default="plain", help="comma list from " + ",".join(bench.ALL_CONFIGS))
    parser.add_argument("--target", default="llvm-cpu", help="a CPU target profile")
    parser.add_argument("--driver", choices=CPU_DRIVERS,
                        help="default: the one the profile runs each case's size on (sync_up_to_params)")
    parser.add_argument("--min-time", type=float, default=1.0, help="seconds of calls per step variant")
    args = parser.parse_args()
    cases = bench.named_cases(args.cases.split(","), parser)
    configs = bench.named_configs(args.configs.split(","), parser)
    target = get_target(args.target)
    if target.driver not in CPU_DRIVERS:
        parser.error(f"--target: {args.target!r} runs on {target.driver!r}; expected a CPU profile "
                     f"({', '.join(CPU_DRIVERS)})")
    for name, sizes in cases:
        driver = args.driver or target.runtime_for(int(sum(sizes))).driver
        for config in configs:
            for phase, vmfb in step_modules(sizes, config, target):
                call_us, dispatches = profile_module(vmfb, driver, args.min_time)
                where = f"{name} {config}" + (f" ({phase} call)" if phase else "") + f" on {driver}"
                print(report(where, call_us, dispatches), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

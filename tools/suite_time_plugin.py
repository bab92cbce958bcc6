"""Where the test run's time goes: a pytest plugin that charges each test its `iree-compile` runs and its JAX
exports, then a summary by test file.

    PYTHONPATH=tools ADAM_IREE_TEST_TIMES=/tmp/times tools/run_tests.sh -p suite_time_plugin
    .venv/bin/python tools/suite_time_plugin.py /tmp/times

Each worker writes `<worker>.json` into $ADAM_IREE_TEST_TIMES: per test id, its own time (setup, call and
teardown), the seconds and count of `iree.compiler.compile_str` calls (every compile of the package and the
tests goes through it) and of `adam_iree.export.export_step`, a hash of each compile's input and flags, so
that a compile repeated across tests shows, and the compile seconds by target device and phase.
"""
from __future__ import annotations

import collections
import functools
import hashlib
import json
import os
import sys
import time
from pathlib import Path

_TIMES: dict[str, dict] = collections.defaultdict(lambda: collections.defaultdict(float))
_KEYS: dict[str, list[str]] = collections.defaultdict(list)
_DEVICES: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
_CURRENT = ["(collection)"]


def _charged(fn, kind: str):
    """`fn`, with its time and call count added to the current test's `kind`."""
    @functools.wraps(fn)
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            entry = _TIMES[_CURRENT[0]]
            entry[kind] += time.perf_counter() - start
            entry[kind + "_calls"] += 1
            if kind == "compile":
                text = args[0] if isinstance(args[0], str) else bytes(args[0]).decode()
                flags = repr(kwargs.get("extra_args")) + repr(kwargs.get("target_backends"))
                _KEYS[_CURRENT[0]].append(hashlib.sha256((text + flags).encode()).hexdigest()[:20])
                _DEVICES[_CURRENT[0]][compile_label(kwargs)] += time.perf_counter() - start
    return timed


def compile_label(kwargs: dict) -> str:
    """A compile's target device and, where it stops early, its phase: "cuda", "vulkan to stream"."""
    args = list(kwargs.get("extra_args") or [])
    device = next((a.split("=", 1)[1] for a in args if a.startswith("--iree-hal-target-device=")), None)
    device = device or ",".join(kwargs.get("target_backends") or ["?"])
    phase = next((a.split("=", 1)[1] for a in args if a.startswith("--compile-to=")), None)
    return device if phase is None else f"{device} to {phase}"


def pytest_configure(config):
    import iree.compiler
    import adam_iree.export

    # Before the test modules import them: `from adam_iree.export import export_step` then binds the wrapper.
    iree.compiler.compile_str = _charged(iree.compiler.compile_str, "compile")
    adam_iree.export.export_step = _charged(adam_iree.export.export_step, "export")


def pytest_runtest_logstart(nodeid, location):
    _CURRENT[0] = nodeid


def pytest_runtest_logreport(report):
    _TIMES[report.nodeid]["test"] += report.duration


def pytest_sessionfinish(session):
    controller = session.config.pluginmanager.has_plugin("dsession")  # xdist's: it gets every worker's reports
    if not os.environ.get("ADAM_IREE_TEST_TIMES") or controller:
        return
    out = Path(os.environ["ADAM_IREE_TEST_TIMES"])
    out.mkdir(parents=True, exist_ok=True)
    # (not $PYTEST_XDIST_WORKER: a pytest run inside a worker's test inherits it)
    worker = getattr(session.config, "workerinput", {}).get("workerid", "main")
    (out / f"{worker}.json").write_text(json.dumps(
        {test: {**times, "keys": _KEYS.get(test, []), "devices": _DEVICES.get(test, {})}
         for test, times in _TIMES.items()}))


def summary(directory: Path) -> str:
    """Per test file: tests' own time, compile seconds (count), export seconds, the rest; then the totals
    and the time of compiles that repeated an earlier one."""
    tests: dict[str, dict] = {}
    for path in sorted(directory.glob("*.json")):
        tests.update(json.loads(path.read_text()))
    by_file: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    seen: set[str] = set()
    repeated = 0.0
    devices: collections.Counter = collections.Counter()
    for test, t in tests.items():
        devices.update(t.get("devices", {}))
        row = by_file[test.split("::")[0]]
        for kind in ("test", "compile", "compile_calls", "export"):
            row[kind] += t.get(kind, 0.0)
        keys = t.get("keys", [])
        for key in keys:
            if key in seen:
                repeated += t.get("compile", 0.0) / len(keys)  # that test's mean compile time
            seen.add(key)
    def line(row: collections.Counter, name: str) -> str:
        return (f"{row['test']:8.0f} {row['compile']:8.0f} {int(row['compile_calls']):7d} "
                f"{row['export']:7.0f} {row['test'] - row['compile'] - row['export']:7.0f}  {name}")

    lines = [f"{'tests':>8} {'compile':>8} {'(runs)':>7} {'export':>7} {'rest':>7}  file"]
    total: collections.Counter = collections.Counter()
    for name, row in sorted(by_file.items(), key=lambda item: -item[1]["test"]):
        total.update(row)
        lines.append(line(row, name))
    lines.append(line(total, "all (seconds)"))
    lines.append(f"distinct compiles {len(seen)} of {int(total['compile_calls'])}; the repeats took about "
                 f"{repeated:.0f} s")
    lines.append("compile seconds by target: " + ", ".join(f"{label} {seconds:.0f}"
                                                           for label, seconds in devices.most_common()))
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary(Path(sys.argv[1])))

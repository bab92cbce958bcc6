"""tools/bench.py's case names: what sizes they stand for, and a clear refusal of anything else."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("adam_iree_bench_tool", ROOT / "tools" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


@pytest.mark.parametrize("name, n_tensors, total", [
    ("64K", 1, 65536), ("2M", 1, 2 * 1024 * 1024), ("16M+2", 1, 2**24 + 2), ("200x1M", 200, 2**20),
    ("200x16M+2", 200, 2**24 + 2), ("3x5K", 3, 5 * 1024),
])
def test_a_case_name_gives_its_tensor_sizes(bench, name, n_tensors, total):
    sizes = bench.case_sizes(name)
    assert len(sizes) == n_tensors and sum(sizes) == total and min(sizes) >= 1


@pytest.mark.parametrize("name", ["2Q", "16M+", "0x1M", "0K", "x1M", "1m", ""])
def test_a_malformed_case_name_is_refused_by_name(bench, name):
    with pytest.raises(ValueError, match=r"--cases: .* is not a case; expected <n>K or <n>M"):
        bench.case_sizes(name)


def test_the_command_line_refuses_a_malformed_case_by_name():
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "bench.py"), "--cases", "64K,2Q"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    assert "--cases: '2Q' is not a case" in proc.stderr and "Traceback" not in proc.stderr


def test_the_command_line_refuses_an_unknown_config_by_name():
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "bench.py"), "--cases", "64K", "--configs",
                           "plain,bogus"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    assert "--configs: 'bogus' not known" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("budget_s", [0.0, 1e9])
def test_a_timed_block_covers_whole_accumulation_cycles(bench, monkeypatch, budget_s):
    """Three cheap micro calls then a dear update, on a clock only the calls advance: every block, the
    budget's smallest (one cycle) and its largest alike, must give the cycle's mean, 25.75 per call."""
    clock = {"now": 0.0, "calls": 0}

    def step():
        clock["now"] += 100.0 if clock["calls"] % 4 == 3 else 1.0
        clock["calls"] += 1

    monkeypatch.setattr(bench.time, "perf_counter", lambda: clock["now"])
    monkeypatch.setattr(bench.time, "sleep", lambda s: None)
    period = bench.calls_per_cycle("accumulation")
    assert period == 4 and bench.calls_per_cycle("plain") == 1
    assert bench.measure({"step": step}, rounds=5, budget_s=budget_s, period=period)["step"] == 25.75

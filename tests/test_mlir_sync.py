"""mlir/ holds the exported StableHLO of the reference configurations; regenerating must not change it."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("export_mlir", ROOT / "tools" / "export_mlir.py")
export_mlir = importlib.util.module_from_spec(spec)
spec.loader.exec_module(export_mlir)

REFERENCE = export_mlir.reference_mlir()


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_exported_stablehlo_is_in_sync(name):
    path = ROOT / "mlir" / f"{name}.mlir"
    assert path.exists(), f"{path} missing: run `python tools/export_mlir.py`"
    assert path.read_text() == REFERENCE[name], f"{path} is stale: run `python tools/export_mlir.py`"


def test_no_orphan_files():
    assert sorted(p.stem for p in (ROOT / "mlir").glob("*.mlir")) == sorted(REFERENCE)


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_reference_modules_compile_and_update_the_state_in_place(name):
    from adam_iree.compiler import compile_stablehlo
    from adam_iree.targets import get_target

    text = REFERENCE[name]
    # The state arrays are donated; the counter's result goes into the last argument (see export.py)
    assert "tf.aliasing_output = 1 : i32" in text and "iree.abi.output = 0 : index" in text
    assert "tf.aliasing_output = 0 : i32" not in text and "iree.abi.output = 1 : index" not in text
    assert "func.func public @step" in text
    assert len(compile_stablehlo(text, get_target("llvm-cpu"), use_cache=False)) > 1000

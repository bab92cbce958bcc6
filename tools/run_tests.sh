#!/usr/bin/env bash
# The test command (README, .ci/run): sets everything up from nothing, then runs pytest.
# Extra arguments go to pytest, e.g. `tools/run_tests.sh -m slow` or `tools/run_tests.sh -k clip`.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
export KERAS_BACKEND=jax JAX_PLATFORMS=cpu
# A fresh compile cache per run: CI measures the real compile path, not a leftover cache.
export ADAM_IREE_CACHE_DIR=${ADAM_IREE_CACHE_DIR:-$(mktemp -d)}
exec .venv/bin/python -m pytest "$@"

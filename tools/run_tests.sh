#!/usr/bin/env bash
# The test command (README, .ci/run): sets everything up from nothing, then runs pytest.
# Extra arguments go to pytest, e.g. `tools/run_tests.sh -m slow` or `tools/run_tests.sh -k clip`.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

# Vulkan is tested on every run, on Mesa's lavapipe (a CPU Vulkan driver): install it where missing.
if ! ldconfig -p | grep -q 'libvulkan\.so\.1' || ! ls /usr/share/vulkan/icd.d/lvp_icd.*.json >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q --no-install-recommends mesa-vulkan-drivers libvulkan1 >/dev/null \
    || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends \
           mesa-vulkan-drivers libvulkan1 >/dev/null; }
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
export KERAS_BACKEND=jax JAX_PLATFORMS=cpu
# A fresh compile cache per run: CI measures the real compile path, not a leftover cache.
export ADAM_IREE_CACHE_DIR=${ADAM_IREE_CACHE_DIR:-$(mktemp -d)}
# One rerun, for one failure only: a Vulkan call that lost its device. IREE 3.13's Vulkan queue can signal
# its wake-up semaphore out of order from two threads, and lavapipe (Mesa 22.3, emulated timelines) then
# declares the device lost; it happens on rare calls (README, *Vulkan: lost devices*). The rerun gets a
# fresh device and asserts the same numbers; the summary lists it (R). Any other failure fails at once.
# The match is the note our errors end with when a device was lost (runtime.lost_device_note).
# Two worker processes (pytest-xdist; ADAM_IREE_TEST_WORKERS, or `-n 0` among the arguments, says otherwise):
# most of a test's time is one-threaded (JAX tracing, iree-compile, Keras), and on 2 cores one process kept
# 1.3 of them busy (default run, 2026-11-28: 20.4 min in one process, 14.5 in two). The workers share the
# compile cache, its files written atomically (compiler.py).
exec .venv/bin/python -m pytest -n "${ADAM_IREE_TEST_WORKERS:-2}" \
  --reruns 1 --only-rerun "(?s)on target 'vulkan'.*The device was lost" -rR "$@"

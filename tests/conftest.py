import os
import shutil
import tempfile

# Keras is the oracle and must use the backend adam_iree follows (spec: JAX flavour).
os.environ.setdefault("KERAS_BACKEND", "jax")
os.environ.setdefault("JAX_PLATFORMS", "cpu")

# One XLA compilation cache for the whole run, which the xdist workers inherit from the controller's
# environment: the jitted Keras oracle (oracle.keras_step) compiles the same program for each target a
# configuration runs on, and XLA's compiles were about a third of a differential test's time. The cache is
# content-addressed (a hit is the executable that compile would have made) and starts empty each run. A size
# limit turns on JAX's file lock, so that one worker never reads an entry another is still writing.
_XLA_CACHE_CREATED = "JAX_COMPILATION_CACHE_DIR" not in os.environ
if _XLA_CACHE_CREATED:
    os.environ["JAX_COMPILATION_CACHE_DIR"] = tempfile.mkdtemp(prefix="adam_iree_xla_cache_")
os.environ.setdefault("JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS", "0")
os.environ.setdefault("JAX_PERSISTENT_CACHE_MIN_ENTRY_SIZE_BYTES", "-1")
os.environ.setdefault("JAX_COMPILATION_CACHE_MAX_SIZE", str(4 << 30))


def pytest_unconfigure(config):
    if _XLA_CACHE_CREATED and not hasattr(config, "workerinput"):  # the process that made it (not a worker)
        shutil.rmtree(os.environ["JAX_COMPILATION_CACHE_DIR"], ignore_errors=True)

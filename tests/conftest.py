import os

# Keras is the oracle and must use the backend adam_iree follows (spec: JAX flavour).
os.environ.setdefault("KERAS_BACKEND", "jax")
os.environ.setdefault("JAX_PLATFORMS", "cpu")

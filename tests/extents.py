"""How much of a test's product of cases the default run checks. Where every combination costs too much for
it (each is an `iree-compile`), a test checks a core by default and the rest with `-m slow`: the two runs
together check the whole product."""

from __future__ import annotations

import itertools
from typing import Sequence

import pytest

# Parametrizes a test's `extent`: "core" in the default run, "rest" with `-m slow`.
EXTENTS = pytest.mark.parametrize("extent", ["core", pytest.param("rest", marks=pytest.mark.slow)])


def diagonal_indices(*dimensions: Sequence) -> list[tuple[int, ...]]:
    """Combinations (as indices into each dimension) that take every value of every dimension at least once,
    in as few as the longest dimension has values: the i-th takes each dimension's value i, cycling through
    the shorter ones."""
    return [tuple(i % len(d) for d in dimensions) for i in range(max(map(len, dimensions)))]


def diagonal(*dimensions: Sequence) -> list[tuple]:
    """The combinations of `diagonal_indices`, as values."""
    return [tuple(d[i] for d, i in zip(dimensions, c)) for c in diagonal_indices(*dimensions)]


def cases_at(extent: str, cases: Sequence, core: Sequence) -> list:
    """The `cases` a test checks at `extent`: those in `core` for "core", the others for "rest"."""
    missing = [c for c in core if c not in cases]
    if missing:
        raise ValueError(f"core cases {missing} are not among the cases")
    chosen = [c for c in cases if (c in core) == (extent == "core")]
    if not chosen:
        pytest.skip("the core is every case")  # "rest" of a product its diagonal covers
    return chosen


def product_at(extent: str, *dimensions: Sequence) -> list[tuple]:
    """`cases_at` over the product of `dimensions`, with its `diagonal` as the core."""
    return cases_at(extent, list(itertools.product(*dimensions)), diagonal(*dimensions))


def product_params(*dimensions: Sequence, ids: Sequence[Sequence[str] | None] | None = None) -> list:
    """The product of `dimensions` as parameters for `pytest.mark.parametrize` (one argument name per
    dimension): its `diagonal` in the default run, the other combinations with `-m slow`. `ids`: names for
    each dimension's values (None: pytest's own)."""
    core = diagonal_indices(*dimensions)
    params = []
    for indices in itertools.product(*(range(len(d)) for d in dimensions)):
        name = None if ids is None else "-".join(
            str(d[i]) if names is None else names[i] for d, i, names in zip(dimensions, indices, ids))
        params.append(pytest.param(*(d[i] for d, i in zip(dimensions, indices)), id=name,
                                   marks=() if indices in core else pytest.mark.slow))
    return params


def seeds(n_all: int, n_core: int, start: int = 0) -> list:
    """Seeds start .. start + n_all - 1 as parameters: the first `n_core` in the default run, the rest with
    `-m slow`."""
    return [seed if seed < start + n_core else pytest.param(seed, marks=pytest.mark.slow)
            for seed in range(start, start + n_all)]

"""tests/extents.py: the default run's core and the slow run's rest of a product are the whole product, each
combination once, and the core takes every value of every dimension."""

from __future__ import annotations

import itertools

import pytest

from extents import cases_at, diagonal, product_at, product_params, seeds


@pytest.mark.parametrize("dimensions", [([1, 2, 3], "ab"), ("abcd", [0], "xy"), ([{}, {"k": 1}], ["cpu", "vk"])])
def test_the_default_core_and_the_slow_rest_are_the_product_once(dimensions):
    product = list(itertools.product(*dimensions))
    core = diagonal(*dimensions)
    assert len(core) == max(map(len, dimensions))
    for i, values in enumerate(dimensions):
        assert all(any(c[i] == v for c in core) for v in values), (i, values, core)

    params = product_params(*dimensions)
    assert [tuple(p.values) for p in params] == product
    slow = [tuple(p.values) for p in params if any(m.name == "slow" for m in p.marks)]
    assert [tuple(p.values) for p in params if not p.marks] == [c for c in product if c in core]
    assert sorted(map(repr, slow + core)) == sorted(map(repr, product))

    if len(core) < len(product):
        rest = product_at("rest", *dimensions)
        assert product_at("core", *dimensions) == [c for c in product if c in core]
        assert sorted(map(repr, rest + core)) == sorted(map(repr, product))


def test_a_core_outside_the_cases_is_refused_and_an_empty_rest_skips():
    with pytest.raises(ValueError, match=r"core cases \[\(9,\)\] are not among the cases"):
        cases_at("core", [(1,), (2,)], [(9,)])
    with pytest.raises(pytest.skip.Exception, match="the core is every case"):
        cases_at("rest", [(1,), (2,)], [(1,), (2,)])


def test_seeds_beyond_the_core_run_with_the_slow_marker():
    params = seeds(5, 2, start=100)
    assert params[:2] == [100, 101]
    assert [(p.values, [m.name for m in p.marks]) for p in params[2:]] == [((s,), ["slow"]) for s in (102, 103, 104)]


def test_names_join_each_dimensions_names():
    params = product_params([{}, {"amsgrad": True}], ["llvm-cpu", "vulkan"], ids=[["plain", "amsgrad"], None])
    assert [p.id for p in params] == ["plain-llvm-cpu", "plain-vulkan", "amsgrad-llvm-cpu", "amsgrad-vulkan"]

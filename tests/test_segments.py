"""Per-tensor norms over a packed group (`step.leaf_plan`): every element counted once, sums and the
per-element scale against a NumPy restatement, for layouts where tensors start inside element blocks."""

from __future__ import annotations

import jax
import numpy as np
import pytest

from adam_iree.layout import Group
from adam_iree.step import LEAF_BLOCK, leaf_plan, member_sums_of_squares, per_element

SIZES = [0, 1, 3, 31, 32, 33, 64, 100, 1000, 5000]


def random_group(rng, whole_blocks: bool = False) -> Group:
    """2 to 11 members of sizes from SIZES (some empty, never all); with `whole_blocks`, a last member
    that makes the total a multiple of LEAF_BLOCK (per_element's rows)."""
    sizes = [int(s) for s in rng.choice(SIZES, size=int(rng.integers(2, 12)))]
    sizes[int(rng.integers(len(sizes)))] += 1  # never all empty
    if whole_blocks:
        sizes.append(int(rng.integers(1, 3)) * LEAF_BLOCK - sum(sizes) % LEAF_BLOCK)
    offsets = tuple(int(o) for o in np.concatenate([[0], np.cumsum(sizes)[:-1]]))
    return Group(np.dtype(np.float32), True, tuple(range(len(sizes))), offsets, tuple(sizes))


@pytest.mark.parametrize("seed", range(40))
def test_per_tensor_sums_and_scales_match_numpy(seed):
    rng = np.random.default_rng(seed)
    group = random_group(rng)
    plan = leaf_plan(group)
    covered = np.zeros(group.size, int)
    for b, cut in enumerate(plan.cut):
        covered[b * LEAF_BLOCK: b * LEAF_BLOCK + cut] += 1
    covered[plan.rest_index] += 1
    assert (covered == 1).all()

    g = rng.standard_normal(group.size).astype(np.float32)
    sums = np.asarray(jax.jit(lambda a: member_sums_of_squares(a, group))(g))
    want = [np.sum(g[o:o + s].astype(np.float64) ** 2) for o, s in zip(group.offsets, group.sizes)]
    np.testing.assert_allclose(sums, want, rtol=1e-5, atol=0)

    assert_per_element_matches_numpy(group)


@pytest.mark.parametrize("seed", range(20))
def test_per_element_in_rows_matches_numpy(seed):
    """Groups that LEAF_BLOCK divides: per_element's rows (fused steps) and its gathers give each element
    its member's value, members starting inside blocks and empty ones included."""
    group = random_group(np.random.default_rng(100 + seed), whole_blocks=True)
    assert group.size % LEAF_BLOCK == 0
    assert_per_element_matches_numpy(group)


def assert_per_element_matches_numpy(group: Group) -> None:
    per_member = np.arange(1, len(group.members) + 1, dtype=np.float32)
    want = np.repeat(per_member, group.sizes)
    for rows in (False, True):
        scale = np.asarray(jax.jit(lambda p: per_element(p, group, rows))(per_member))
        np.testing.assert_array_equal(np.broadcast_to(scale, want.shape), want, err_msg=f"rows={rows}")

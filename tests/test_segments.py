"""Per-tensor norms over a packed group (`step.leaf_plan`): every element counted once, sums and the
per-element scale against a NumPy restatement, for layouts where tensors start inside element blocks."""

from __future__ import annotations

import jax
import numpy as np
import pytest

from adam_iree.layout import DISTRIBUTION_TILE, GROUP_ALIGN, Group
from adam_iree.step import (LEAF_BLOCK, MIXED_SHARE, NORM_REGIONS, SPAN, block_members, lane_rows, leaf_plan,
                            member_sums_of_squares, norm_rows, per_element, segment_sums, span_plan)

from extents import seeds

SIZES = [0, 1, 3, 31, 32, 33, 64, 100, 1000, 5000]


def packed(sizes) -> Group:
    """A float32 group of members of these sizes, back to back."""
    offsets = tuple(int(o) for o in np.concatenate([[0], np.cumsum(sizes)[:-1]]))
    return Group(np.dtype(np.float32), True, tuple(range(len(sizes))), offsets, tuple(int(s) for s in sizes))


def random_group(rng) -> Group:
    """2 to 11 members of sizes from SIZES (some empty, never all)."""
    sizes = [int(s) for s in rng.choice(SIZES, size=int(rng.integers(2, 12)))]
    sizes[int(rng.integers(len(sizes)))] += 1  # never all empty
    return packed(sizes)


@pytest.mark.parametrize("seed", seeds(40, 16))
def test_per_tensor_sums_and_scales_match_numpy(seed):
    """Over the group's buffer (padded with zeros to storage_size): every element in one block run or
    the gathered rest, the sums and each element's value (per_element's rows, for fused steps, and its
    gathers) against NumPy, members starting inside blocks and empty ones included."""
    rng = np.random.default_rng(seed)
    group = random_group(rng)
    align = GROUP_ALIGN if group.size <= DISTRIBUTION_TILE else DISTRIBUTION_TILE
    assert group.storage_size % align == 0 and 0 <= group.storage_size - group.size < align
    plan = leaf_plan(group)
    covered = np.zeros(group.storage_size, int)
    for b, cut in enumerate(plan.cut):
        covered[b * LEAF_BLOCK: b * LEAF_BLOCK + cut] += 1
    covered[plan.rest_index] += 1
    assert (covered == 1).all()

    g = np.zeros(group.storage_size, np.float32)
    g[: group.size] = rng.standard_normal(group.size)
    want = [np.sum(g[o:o + s].astype(np.float64) ** 2) for o, s in zip(group.offsets, group.sizes)]
    for by_dot in (False, True):  # the rows summed as reductions, and as products with ones (CPU steps)
        sums = np.asarray(jax.jit(lambda a: member_sums_of_squares(a, group, by_dot=by_dot))(g))
        np.testing.assert_allclose(sums, want, rtol=1e-5, atol=0, err_msg=f"by_dot={by_dot}")

    per_member = np.arange(1, len(group.members) + 1, dtype=np.float32)
    want = np.repeat(per_member, group.sizes)
    # element by element; in rows of the factor table; by selects in each block (every block, however many
    # members it holds: the step bounds them by its operands, `block_select_limit`)
    for rows, select_members in ((False, 0), (True, 0), (True, LEAF_BLOCK)):
        scale = np.broadcast_to(jax.jit(lambda p: per_element(p, group, rows, select_members=select_members))(
            per_member), g.shape)
        np.testing.assert_array_equal(scale[: group.size], want, err_msg=f"rows={rows}, selects={select_members}")
        assert np.isin(scale[group.size:], per_member).all()  # the pad's: some member's (its gradient is 0)


@pytest.mark.parametrize("sizes,most", [([64, 32, 4096], 1), ([5, 35, 960, 40], 2), ([5, 35, 10, 950, 33, 7], 3),
                                        ([0, 3, 0, 1, 20, 100], 4), ([1] * 40, 32)])
def test_block_members_lists_each_blocks_members(sizes, most):
    """`block_members` against the members' offsets: each element of block b belongs to live[head[b] + j],
    j the number of cuts[:, b] at or before it, and K = `most`, the most members a block holds (empty
    members skipped, the pad its last member's)."""
    group = packed(sizes)
    m = block_members(group)
    assert m.cuts.shape == (most - 1, group.storage_size // LEAF_BLOCK)
    owner = np.repeat([j for j, s in enumerate(sizes) if s], [s for s in sizes if s])
    owner = np.r_[owner, np.full(group.storage_size - group.size, owner[-1])]
    col = np.arange(group.storage_size) % LEAF_BLOCK
    block = np.arange(group.storage_size) // LEAF_BLOCK
    after = (m.cuts[:, block] <= col[None, :]).sum(axis=0)
    np.testing.assert_array_equal(m.live[m.head[block] + after], owner)


@pytest.mark.parametrize("by_dot", [False, True], ids=["reductions", "products"])
@pytest.mark.parametrize("total,n_tensors", [((1 << 20) + 13, 7), ((1 << 21) + 5, 40), (1 << 20, 3000),
                                              ((1 << 16) + 13, 5)])
@pytest.mark.parametrize("accumulated", [False, True], ids=["gradient", "accumulated"])
def test_long_per_tensor_sums_match_numpy(total, n_tensors, by_dot, accumulated):
    """The sums take the global norm's lanes per span of 512 and gather the spans that hold several tensors
    (`span_plan`), unless those are more than MIXED_SHARE of the elements (3000 tensors in 2^20: the
    blocks of 32 as above); with a transform applied to what is read (unscaling); the rows summed as
    reductions or as products with ones (`row_sums`); and of a gradient computed from two arrays (with its
    accumulator: half the rows a span, twice the lanes, `norm_rows`)."""
    rng = np.random.default_rng(total)
    cuts = np.sort(rng.choice(np.arange(1, total), n_tensors - 1, replace=False))
    group = packed(np.diff([0, *cuts, total]))
    spans = span_plan(group)
    assert (len(spans.mixed_index) <= MIXED_SHARE * group.storage_size) == (n_tensors < 1000)
    g = np.zeros(group.storage_size, np.float32)
    g[:total] = rng.standard_normal(total)
    acc = np.zeros_like(g)
    if accumulated:
        acc[:total] = rng.standard_normal(total)
        sums = np.asarray(jax.jit(lambda a, b: member_sums_of_squares(
            a, group, lambda t, u: (t + u) / 2, others=(b,), by_dot=by_dot))(g, acc))
    else:
        sums = np.asarray(jax.jit(lambda a: member_sums_of_squares(a, group, lambda t: t / 2, by_dot=by_dot))(g))
    both = (g.astype(np.float64) + acc) / 2
    want = [np.sum(both[o:o + s] ** 2) for o, s in zip(group.offsets, group.sizes)]
    np.testing.assert_allclose(sums, want, rtol=2e-6, atol=0)


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("operand", [False, True], ids=["inlined", "operand"])
def test_segment_sums_match_a_bincount(seed, operand):
    """Σ values per member over sorted owners, scatter-free (`segment_sums`: blocks of LEAF_BLOCK summed by
    their leading runs, level by level), against NumPy's bincount in float64: runs of 1 to 40,000 values
    (several levels), runs ending on and just past block edges, members with no values between and after."""
    rng = np.random.default_rng(seed)
    n_members = int(rng.integers(1, 60))
    lengths = rng.choice([0, 1, 2, LEAF_BLOCK - 1, LEAF_BLOCK, LEAF_BLOCK + 1, 100, 1025, 40_000], n_members)
    lengths[int(rng.integers(n_members))] += 1  # never all empty
    owner = np.repeat(np.arange(n_members), lengths)
    values = rng.standard_normal(len(owner)).astype(np.float32)
    want = np.bincount(owner, values.astype(np.float64), minlength=n_members)
    for by_dot in (False, True):
        sums = np.asarray(jax.jit(lambda v: segment_sums(v, owner, n_members, operand, by_dot))(values))
        np.testing.assert_allclose(sums, want, rtol=1e-5, atol=1e-3, err_msg=f"by_dot={by_dot}")


@pytest.mark.parametrize("n", [SPAN, (1 << 16) + 3 * SPAN, (1 << 20) + 3 * SPAN])
@pytest.mark.parametrize("regions", [1, NORM_REGIONS])
@pytest.mark.parametrize("n_operands", [1, 2])
def test_the_norms_lanes_take_every_element_once_in_short_leaves(n_operands, regions, n):
    """`lane_rows` in `norm_rows(k)` rows a span for a norm reading k arrays (H = 32 for one, 16 for two,
    so the lanes' sum has at most 32 slices), of W = 512 / H lanes: row q of the lanes (q = r·h + j,
    h = H / R) holds, at partial p = s·W + l, element r·n/R + s·h·W + j·W + l (NumPy restatement of the
    layout), so every element is read once and every partial sums H of them; with R = 1 partial p is lane l
    of span s (the per-tensor sums rely on it). Every size spans divide takes them, the smallest (one span)
    too: below 2^20 the rows' scalar chains cost a norm 5-6 reads of its gradients on one core."""
    height = norm_rows(n_operands)
    assert height * n_operands <= LEAF_BLOCK and SPAN % height == 0 and height == LEAF_BLOCK // n_operands
    regions = min(regions, height)
    rows = np.stack([np.asarray(r) for r in lane_rows(jax.numpy.arange(n, dtype=jax.numpy.int32), regions, height)])
    h, w = height // regions, SPAN // height
    k, p = np.meshgrid(np.arange(height), np.arange(n // height), indexing="ij")
    r, j, s, lane = k // h, k % h, p // w, p % w
    np.testing.assert_array_equal(rows, r * (n // regions) + s * h * w + j * w + lane)
    np.testing.assert_array_equal(np.sort(rows.ravel()), np.arange(n))
    assert lane_rows(jax.numpy.zeros(n + SPAN // 2), regions, height) is None  # spans must divide the buffer


def test_groups_above_the_distribution_tile_are_padded_to_it_and_fit_a_buffer_limit():
    """Group buffers: a multiple of 512 elements up to 4096, of 4096 above (IREE's CPU workgroups of the
    update then divide them: layout.DISTRIBUTION_TILE); a storage-buffer limit cuts groups so that each
    padded buffer still fits it."""
    from adam_iree.layout import StateLayout, VariableSpec, storage_size

    assert [storage_size(n) for n in (1, 512, 513, 4096, 4097, 4608, 131584, 2**20 + 1)] == [
        512, 512, 1024, 4096, 8192, 8192, 135168, 2**20 + 4096]
    for limit in (4096, 20000, 40000, 1 << 20):
        variables = [VariableSpec(i, f"v{i}", (n,), np.dtype(np.float32)) for i, n in enumerate([7000, 300, 9001])]
        layout = StateLayout.build(variables, amsgrad=False, use_ema=False, accumulate=False, decayed=(True,) * 3,
                                   has_learning_rate=True, max_group_bytes=limit)
        assert sum(g.size for g in layout.groups) == 16301
        assert all(4 * g.storage_size <= limit for g in layout.groups), (limit, layout.groups)

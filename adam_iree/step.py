"""The whole Keras Adam step as one pure JAX function over packed state (spec 1.3 - 1.11).

Each helper mirrors one Keras code path with the same jnp operations and the same operand order,
so the StableHLO that IREE compiles does the arithmetic Keras's JAX backend does. Python floats
are kept weakly typed on purpose: `1 - beta_1` is computed in float64 and rounded once (spec 1.11).
"""

from __future__ import annotations

import functools
from typing import Callable, NamedTuple, Optional, Sequence

import jax
import jax.numpy as jnp
import numpy as np

from .config import AdamConfig
from .layout import GROUP_ALIGN, Group, StateLayout, present_runs
from .schedules import LearningRateSchedule, ieee_pow, to_device_schedule
from .spec import StepSpec  # re-exported: defined without JAX


def device_schedule(config: AdamConfig) -> Optional[LearningRateSchedule]:
    """The built-in schedule to trace into the step, or None (float, callable or custom schedule)."""
    return to_device_schedule(config.learning_rate) if config.lr_kind == "schedule" else None


class GroupState(NamedTuple):
    """The slots of one packed group; a slot the configuration does not use is None."""

    param: jax.Array
    momentum: jax.Array
    velocity: jax.Array
    velocity_hat: Optional[jax.Array]
    average: Optional[jax.Array]
    accumulator: Optional[jax.Array]


class AdamState(NamedTuple):
    """Everything that lives on the device between steps."""

    iteration: jax.Array  # Keras's raw int32 counter k
    groups: tuple[GroupState, ...]


# -- counters (spec 1.2, 1.8) ----------------------------------------------------------------------
def effective_iteration(k: jax.Array, accumulation_steps) -> jax.Array:
    """e = k // N with accumulation, else k (Keras `optimizer.iterations`)."""
    return k if accumulation_steps is None else jnp.floor_divide(k, accumulation_steps)


def is_update_call(k: jax.Array, accumulation_steps) -> jax.Array:
    """Call k is a real update iff (k + 1) % N == 0 (spec 1.9)."""
    return (k + 1) % accumulation_steps == 0


def elementwise_predicate(pred: jax.Array, shape) -> jax.Array:
    """A traced scalar predicate broadcast to `shape`, so that a select on it runs element by element in
    the dispatch. IREE turns a select between two tensors on a scalar predicate into a choice made on the
    host: it reads the predicate back mid-call (a device-to-host wait, and on Vulkan more queue operations
    for IREE 3.13's racy wake-ups to collide in: README, *Vulkan: lost devices*)."""
    return jnp.broadcast_to(pred, shape)


def always_per_element(k: jax.Array, shape) -> jax.Array:
    """True for every element, computed from the counter k (never negative) on the device, element by
    element. The update phase resets its accumulator through it: a constant-zero result made IREE return a
    fresh buffer per call instead of writing the state's own, and a scalar predicate (a select on
    `(k + 1) % N == 0`) is read back to the host between two dispatches, which on CUDA cost 2 ms a call."""
    return jnp.broadcast_to(k, shape) >= 0


def update_predicate(update, k: jax.Array, shape):
    """`accumulate`'s `update` for one group: False on a pure accumulation call, else a predicate per element,
    so that the update call resets its sum through a select in the dispatch (always_per_element and
    elementwise_predicate say why)."""
    if update is False:
        return False
    return always_per_element(k, shape) if update is True else elementwise_predicate(update, shape)


# -- element masks ---------------------------------------------------------------------------------
def present_mask(group: Group, present: Sequence[bool]) -> Optional[jax.Array]:
    """Boolean mask of the group's elements whose variable has a gradient; None when all do.

    Built from iota comparisons over merged runs, so no per-element constant is embedded. The pad is
    outside every run (kept as it is) unless every member has a gradient: then the pad, whose gradient
    is zero, is updated with the rest and stays zero."""
    runs = present_runs(group, present)
    if runs == [(0, group.size)]:
        return None
    idx = jnp.arange(group.storage_size, dtype=jnp.int32)
    mask = jnp.zeros(group.storage_size, dtype=jnp.bool_)
    for a, b in runs:
        mask = mask | ((idx >= a) & (idx < b))
    return mask


def proceeding(proceed: Optional[jax.Array], shape) -> Optional[jax.Array]:
    """`adam_step`'s `proceed` per element (elementwise_predicate); None where every call proceeds."""
    return None if proceed is None else elementwise_predicate(proceed, shape)


def select(mask: Optional[jax.Array], new: jax.Array, old: jax.Array) -> jax.Array:
    return new if mask is None else jnp.where(mask, new, old)


# -- gradient transforms (spec 1.5, 1.7, 1.9) ------------------------------------------------------
def unscale(g: jax.Array, loss_scale_factor) -> jax.Array:
    """g / loss_scale_factor, in the gradient's dtype (spec 1.7)."""
    return g if loss_scale_factor is None else g / loss_scale_factor


def accumulate(g, acc, update, accumulation_steps):
    """Returns (gradient used by this call, new accumulator).

    Update call: g := (g + acc) / N and acc := 0; otherwise acc := acc + g (spec 1.9). `update` is a
    traced boolean, or False when the caller knows this is a pure accumulation call."""
    summed = g + acc
    if update is False:
        return g, summed
    g_eff = jnp.where(update, summed / accumulation_steps, g)
    new_acc = jnp.where(update, jnp.zeros_like(acc), summed)
    return g_eff, new_acc


# Reductions: IREE sums a long vector with one sequential accumulator per output (a float32 sum of 40M
# squares of 0.5 stops growing at 2^22 on llvm-cpu), so every sum here is a tree: the elements are summed in
# blocks of LEAF_BLOCK, the partial sums in blocks of REDUCTION_BLOCK, and so on up. A sequential float32
# sum of k terms can lose up to k−1 half-ulps, so the leaves are short: leaves of 1024 made the global norm
# at 64M params on an H200 12x cheaper (1.66 -> 0.14 ms) but lose the ones after a 2^24 outlier on
# llvm-cpu and lavapipe (test_norms_of_long_tensors_are_accurate).
LEAF_BLOCK = 32
REDUCTION_BLOCK = 1024


def row_sums(x: jax.Array, by_dot: bool = False) -> jax.Array:
    """Σ_j x[i, j] for each row i of a 2-D x; `by_dot` (StepSpec.row_sums_by_dot): as the product x·1,
    which IREE's CPU code runs in vectors (its row reduction is a chain of scalar adds)."""
    return x @ jnp.ones(x.shape[1], x.dtype) if by_dot else jnp.sum(x, axis=1)


def blocked_sum(x: jax.Array, block: int = LEAF_BLOCK, by_dot: bool = False) -> jax.Array:
    """Σx over a 1-D array as a tree of sums of at most `block` (then REDUCTION_BLOCK) terms each
    (`row_sums`, `by_dot` as it takes it)."""
    while x.shape[0] > block:
        n, nb = x.shape[0], x.shape[0] // block
        head = row_sums(x[: nb * block].reshape(nb, block), by_dot)
        x = head if nb * block == n else jnp.concatenate([head, jnp.sum(x[nb * block :])[None]])
        block = REDUCTION_BLOCK
    return jnp.sum(x)


# A norm's first level, laid out for vector units: rows of lanes, each lane summing its rows in order:
# an element-wise sum of slices of the gradient, so each partial is a sum of LEAF_BLOCK terms (exact
# where the rows' sums were). IREE's llvm-cpu code for a reduction over rows is a chain of scalar adds
# (16M: 3.3 ms where torch.dot reads the same in 1.2 ms); this is vector FMAs at memory speed. The n
# elements are n / 512 spans of LEAF_BLOCK rows of W = NORM_LANES lanes (strided slices of a reshape: one
# stream); a group's buffer always divides into spans (layout.GROUP_ALIGN). Only whole arguments may be
# reshaped: IREE copies an argument whole to reshape a part of it (16M + 8 sliced to 16M and reshaped: a
# full-size transient). The gradient is computed per slice from the step's inputs (IREE stores a computed
# tensor that is sliced many ways: a full-size transient).
# A whole-buffer norm, whose partials need not follow the spans, takes its rows from NORM_REGIONS equal
# parts of the buffer at once (LEAF_BLOCK / R rows of each part's spans): R streams, which a CPU core's
# prefetchers serve faster than one stream of 2 KB spans (64M floats from memory on one core of the Intel
# host: 14.1 -> 15.1 GB/s; the norm alone at 16M and 64M, with the partials summed in 1024s: 1.3-1.4 ->
# 1.15-1.2 reads of the gradients; README, *A second CPU*). On a GPU each 16 lanes still read one 64-byte
# line per row: on an H100 the norm costs a step 0.55-0.93 reads of its gradients from 1M to 200 x 16M.
# Every size takes the lanes: below 2^20 the rows' scalar chains cost the norm 5-6 of BLAS's reads on one
# core (64K: 33 us where numpy.dot reads it in 5; the lanes 10), and a step on local-sync, the default
# driver there, 28 us more than plain (the lanes: 2-5). The rows once stayed below 2^20 because on the AMD
# host's local-task their many small workgroups kept a worker awake; local-sync has none.
# A norm of a gradient computed from several operands (an accumulated one: the gradient and its accumulator)
# takes LEAF_BLOCK / k rows of k·W lanes from each of its k operands, so the lanes' sum still has
# LEAF_BLOCK slices: IREE cuts an element-wise op of 40 slices or more into two dispatches, which with 32
# rows of two operands in one stream each read the arrays from memory about twice over (200 tensors / 16M,
# the update call of per-tensor clipnorm with accumulation on llvm-cpu: the lanes 7.9-8.0 -> 5.0-6.1 ms;
# `norm_rows`). A whole-buffer norm's regions are shared among its operands: 8 streams in all either way.
NORM_LANES = 16  # W: spans of 64-byte lines
NORM_REGIONS = 8  # R
SPAN = LEAF_BLOCK * NORM_LANES
assert GROUP_ALIGN % SPAN == 0, "a group's buffer must divide into the norm's spans"
assert LEAF_BLOCK % NORM_REGIONS == 0, "each region gives every lane the same number of rows"


def norm_rows(n_operands: int) -> int:
    """The rows of a span each lane sums when the norm reads `n_operands` arrays: LEAF_BLOCK for one, half
    that for two, ...: at most LEAF_BLOCK slices in all (a power of two, so spans divide into them)."""
    rows = LEAF_BLOCK
    while rows > 1 and rows * n_operands > LEAF_BLOCK:
        rows //= 2
    return rows


def lane_rows(g: jax.Array, regions: int = 1, rows: int = LEAF_BLOCK) -> Optional[list[jax.Array]]:
    """The rows of g's lanes, as `lane_sums` takes them; None where spans do not divide g (the norm then
    sums rows; a group's buffer always divides). Each span is `rows` rows of L = SPAN / rows lanes. With
    `regions` = 1, lane l of span s sums that span's rows (partial s·L + l); with R regions, g is cut into
    R equal parts and each lane sums rows / R rows of each part's spans of that height, part after part:
    `rows` terms per partial either way."""
    n = g.shape[0]
    if n == 0 or n % SPAN:
        return None
    height = rows // regions
    parts = g.reshape(regions, -1, height, SPAN // rows)
    return [parts[r, :, j, :].reshape(-1) for r in range(regions) for j in range(height)]


def lane_sums(rows: Sequence[Sequence[jax.Array]], square: Callable[..., jax.Array]) -> jax.Array:
    """Σ_j square(*rows[j]), in order: one partial sum per lane (rows[j]: row j of each operand)."""
    total = None
    for row in rows:
        term = square(*row)
        total = term if total is None else total + term
    return total


def operand_lane_rows(operands: Sequence[jax.Array], regions: int = 1) -> Optional[list[tuple[jax.Array, ...]]]:
    """`lane_rows` of each operand, row by row: row j of all of them together (None as lane_rows), in
    `norm_rows(len(operands))` rows a span and `regions` streams in all (each operand's regions share
    them: regions / k of each of k operands)."""
    rows = norm_rows(len(operands))
    per_operand = [lane_rows(x, max(1, min(regions // len(operands), rows)), rows) for x in operands]
    return None if per_operand[0] is None else list(zip(*per_operand))


def squarer(dtype, transform: Optional[Callable[..., jax.Array]], flag_nonfinite: bool = False
            ) -> Callable[..., jax.Array]:
    """(x, *others) -> t(x, *others)², t = `transform` (None: x itself), in at least float32: what the
    norms sum.

    `flag_nonfinite`: NaN where x itself is inf or NaN, and +inf where only the square is NaN (a transform's
    inf − inf). A sum of these is then NaN exactly where some x is not finite (terms ≥ 0 or +inf never sum
    to NaN), and not finite wherever the plain sum is not, so the norm it gives clips alike (a norm that is
    not finite gives a NaN scale, whichever it is): a skip test and the norm in one read (`flagged_finite`)."""
    acc_dtype = jnp.promote_types(dtype, jnp.float32)

    def square(x, *others):
        return jnp.square(x if transform is None else transform(x, *others)).astype(acc_dtype)

    if not flag_nonfinite:
        return square

    def flagged(x, *others):
        sq = square(x, *others)
        sq = jnp.where(is_nan(sq), jnp.asarray(jnp.inf, acc_dtype), sq)
        return jnp.where(is_finite(x), sq, jnp.asarray(jnp.nan, acc_dtype))
    return flagged


def flagged_finite(sums: Sequence[jax.Array]) -> jax.Array:
    """True iff no sum of squares taken with `flag_nonfinite` is NaN: every gradient it read is finite."""
    return ~functools.reduce(jnp.logical_or, [is_nan(s) for s in sums])


def sum_of_squares(g: jax.Array, mask: Optional[jax.Array] = None,
                   transform: Optional[Callable[..., jax.Array]] = None, others: Sequence[jax.Array] = (),
                   by_dot: bool = False, flag_nonfinite: bool = False) -> jax.Array:
    """Σ t(g, *others)² over the elements where `mask` holds (all when None), t = `transform` (element-wise,
    e.g. unscaling, or the accumulated gradient from g and its accumulator in `others`, arrays shaped like g;
    None: g itself), accumulated in at least float32 and returned in g's dtype.

    In lanes (`lane_rows`) when there is no mask, else in rows. `transform` is applied slice by slice to
    slices of the operands, so what it computes is never stored; a g that comes in computed (not an
    argument of the step) is stored whole first. `by_dot`: as `row_sums` takes it; `flag_nonfinite`: as
    `squarer` takes it."""
    square = squarer(g.dtype, transform, flag_nonfinite)
    operands = (g, *others)
    lanes = None if mask is not None else operand_lane_rows(operands, NORM_REGIONS)
    if lanes is None:
        # Squared in rows of LEAF_BLOCK where they divide g (a group's buffer always): transform(g) over the
        # 1-D g is the update's own unscaled gradient, which IREE then computed once and stored whole for
        # both (global clipnorm with loss scaling and an absent gradient); over the 2-D view it is not.
        whole_rows = g.shape[0] % LEAF_BLOCK == 0
        sq = square(*(x.reshape(-1, LEAF_BLOCK) if whole_rows else x for x in operands))
        if mask is not None:
            sq = jnp.where(mask.reshape(sq.shape), sq, jnp.zeros_like(sq))
        return blocked_sum(sq.reshape(-1), by_dot=by_dot).astype(g.dtype)
    # The lanes are the leaves (at most LEAF_BLOCK terms each), so the partials go straight to REDUCTION_BLOCK.
    return blocked_sum(no_fusion(lane_sums(lanes, square)), REDUCTION_BLOCK, by_dot).astype(g.dtype)


class LeafPlan(NamedTuple):
    """Where the members of a packed group lie in its element blocks (static, from the layout).

    Block b is elements [b·L, (b+1)·L) of the group's buffer, L = LEAF_BLOCK (which divides its
    storage_size); the pad belongs to the last member with elements (its gradient is zero). Block b's
    first `cut[b]` elements belong to `head_owner[b]`, the member holding its first element; the rest of
    the block (members that start inside it) are `rest_index`, ascending, owned by `rest_owner`: at most
    L elements per member."""

    cut: np.ndarray
    head_owner: np.ndarray
    rest_index: np.ndarray
    rest_owner: np.ndarray


class Chunks(NamedTuple):
    """A group's buffer cut into chunks of equal width (static, from the layout)."""

    start: np.ndarray  # each chunk's first element
    next_start: np.ndarray  # where the next member after that element's starts (the buffer's end: none)
    owner: np.ndarray  # the member holding each chunk's first element (the pad: the last with elements)
    member_starts: np.ndarray  # the first element of each member with elements, ascending
    members: np.ndarray  # those members' indices

    def owner_of(self, index: np.ndarray) -> np.ndarray:
        """The member holding each of the elements `index`."""
        return self.members[np.searchsorted(self.member_starts, index, side="right") - 1]


def chunks(group: Group, width: int) -> Chunks:
    live = [j for j, size in enumerate(group.sizes) if size]
    starts = np.array([group.offsets[j] for j in live], dtype=np.int64)
    members = np.array(live, dtype=np.int64)
    n = group.storage_size
    start = np.arange(n // width, dtype=np.int64) * width
    k = np.searchsorted(starts, start, side="right")  # members starting at or before each chunk
    return Chunks(start, np.append(starts, n)[k], members[k - 1], starts, members)


def leaf_plan(group: Group) -> LeafPlan:
    c = chunks(group, LEAF_BLOCK)
    block_end = c.start + LEAF_BLOCK
    cut = np.minimum(c.next_start, block_end) - c.start
    rest_index = np.concatenate([np.zeros(0, np.int64)] + [
        np.arange(c.start[b] + cut[b], block_end[b]) for b in np.flatnonzero(c.start + cut < block_end)])
    return LeafPlan(cut, c.owner, rest_index, c.owner_of(rest_index))


def runs(owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal values in `owner` starts, and its length."""
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    return starts, np.diff(np.r_[starts, len(owner)])


def run_sums(values: jax.Array, owner: np.ndarray, n_members: int, operand: bool = False) -> jax.Array:
    """Σ values per member where each member's values are one run of at most a few (`owner` sorted): the
    runs gathered into rows of a table (short runs padded with a zero) and summed, then one per member.
    The tables are `index_table`s (`operand` as it takes it)."""
    starts, lengths = runs(owner)
    col = np.arange(lengths.max())
    table = np.where(col[None, :] < lengths[:, None], starts[:, None] + col[None, :], len(owner))
    zero = jnp.zeros(1, values.dtype)
    sums = jnp.sum(jnp.concatenate([values, zero])[index_table(table, operand)], axis=1)
    slot = np.full(n_members, len(starts))  # members without values read the zero
    slot[owner[starts]] = np.arange(len(starts))
    return jnp.concatenate([sums, zero])[index_table(slot, operand)]


def segment_sums(values: jax.Array, owner, n_members: int, operand: bool = False, by_dot: bool = False) -> jax.Array:
    """Σ values per member (`owner`: each value's member, sorted, static), as a tree of sums of at most
    LEAF_BLOCK terms and without a scatter: IREE runs a scatter whose indices repeat in one GPU thread
    (workgroup size 1), and on CUDA 200 tensors' norms took 9.5 ms that way (H100, 16M params).

    Level by level, each block of LEAF_BLOCK values gives its leading run's sum (its first value's member;
    a dense masked sum: `leading_runs`), and the values after that run, those of members starting inside
    the block (at most LEAF_BLOCK - 1 each), are summed per member (`run_sums`). The leading runs' sums are
    the next level's values, until every member's run fits in a block. `operand`: as `index_table` takes it;
    `by_dot`: the leading runs' sums as `row_sums` takes it (the runs' rows stay reductions: IREE's CPU
    code for the product of a gathered table and ones was 3-5x slower)."""
    owner = np.asarray(owner)
    totals = jnp.zeros(n_members, values.dtype)
    while runs(owner)[1].max() > LEAF_BLOCK:
        pad = -len(owner) % LEAF_BLOCK
        if pad:
            values = jnp.concatenate([values, jnp.zeros(pad, values.dtype)])
            owner = np.r_[owner, np.full(pad, owner[-1])]
        start = np.arange(0, len(owner), LEAF_BLOCK)
        cut = np.minimum(np.searchsorted(owner, owner[start], side="right") - start, LEAF_BLOCK)
        heads = row_sums(jnp.where(leading_runs(cut, operand), values.reshape(-1, LEAF_BLOCK), 0), by_dot)
        col = np.arange(LEAF_BLOCK)[None, :]
        split = np.flatnonzero(cut < LEAF_BLOCK)
        rest = (start[split, None] + col)[col >= cut[split, None]]
        if len(rest):
            totals = totals + run_sums(values[index_table(rest, operand)], owner[rest], n_members, operand)
        values, owner = no_fusion(heads), owner[start]
    return totals + run_sums(values, owner, n_members, operand)


def leading_runs(cut, operand: bool = False) -> jax.Array:
    """(blocks, LEAF_BLOCK) booleans: element j of block b lies in the block's leading run (j < cut[b])."""
    return jnp.arange(LEAF_BLOCK, dtype=jnp.int32)[None, :] < index_table(cut, operand)[:, None]


class SpanPlan(NamedTuple):
    """Where the members of a packed group lie in its spans of SPAN elements (static, from the layout).

    Span s is elements [s·SPAN, (s+1)·SPAN) of the group's buffer; `owner[s]` holds its first element
    (the pad belongs to the last member with elements). A span is `pure` when it is all its owner's;
    the elements of the other spans are `mixed_index`, ascending, owned by `mixed_owner`."""

    owner: np.ndarray
    pure: np.ndarray
    mixed_index: np.ndarray
    mixed_owner: np.ndarray


def span_plan(group: Group) -> SpanPlan:
    c = chunks(group, SPAN)
    pure = c.next_start >= c.start + SPAN
    mixed_index = (c.start[~pure, None] + np.arange(SPAN)[None, :]).reshape(-1)
    return SpanPlan(c.owner, pure, mixed_index, c.owner_of(mixed_index))


# Spans are worth their gather of the mixed ones while those hold at most this share of the elements.
MIXED_SHARE = 1 / 16


def member_sums_of_squares(g: jax.Array, group: Group,
                           transform: Optional[Callable[..., jax.Array]] = None,
                           fused: bool = False, others: Sequence[jax.Array] = (), by_dot: bool = False) -> jax.Array:
    """Σ t(g, *others)² of each member of a packed group of several, t = `transform` and `others` as
    `sum_of_squares` takes them, in g's dtype (accumulated in at least float32).

    Where few spans hold several members (`span_plan`): the global norm's lanes
    (`lane_rows`) summed per span, the pure spans' sums added per member, and the mixed spans' elements
    gathered and summed per member. Else a dense, masked sum of every element block's leading run
    (`leaf_plan`), plus a small gather of the elements of members that start inside a block. The partial
    sums are then added up per member by `segment_sums` (no scatter). `fused`: the step is compiled with
    aggressive fusion (StepSpec.fused), so its index tables are kept operands (`index_table`); `by_dot`:
    the row sums as `row_sums` takes it."""
    n_members = len(group.members)
    totals = jnp.zeros(n_members, jnp.promote_types(g.dtype, jnp.float32))
    if not group.storage_size:
        return totals.astype(g.dtype)
    square = squarer(g.dtype, transform)
    operands = (g, *others)
    lanes = operand_lane_rows(operands)
    spans = span_plan(group) if lanes is not None else None
    if spans is not None and len(spans.mixed_index) <= MIXED_SHARE * group.storage_size:
        partials = no_fusion(lane_sums(lanes, square))
        span_sums = row_sums(partials.reshape(-1, SPAN // norm_rows(len(operands))), by_dot)
        pure = jnp.where(index_table(spans.pure, fused) > 0, span_sums, jnp.zeros_like(span_sums))
        totals = totals + segment_sums(no_fusion(pure), spans.owner, n_members, fused, by_dot)
        index, owner = spans.mixed_index, spans.mixed_owner
    else:
        plan = leaf_plan(group)
        blocks = square(*(x.reshape(-1, LEAF_BLOCK) for x in operands))  # whole blocks: the buffer is padded
        heads = row_sums(jnp.where(leading_runs(plan.cut, fused), blocks, jnp.zeros_like(blocks)), by_dot)
        totals = totals + segment_sums(no_fusion(heads), plan.head_owner, n_members, fused, by_dot)
        index, owner = plan.rest_index, plan.rest_owner
    if len(index):  # gathered from the operands, so the squares are never stored
        gather = index_table(index, fused)
        rest = square(*(x[gather] for x in operands))
        totals = totals + segment_sums(no_fusion(rest), owner, n_members, fused, by_dot)
    return totals.astype(g.dtype)


def join_split_variables(sums: list[jax.Array], layout: StateLayout) -> list[jax.Array]:
    """A variable cut across groups gets the total of its pieces' sums in each of its places."""
    sums = list(sums)
    for places in layout.split_variables().values():
        total = sum(sums[gi][j] for gi, j in places)
        for gi, j in places:
            sums[gi] = sums[gi].at[j].set(total)
    return sums


def clip_by_norm(g: jax.Array, group: Group, l2sum: jax.Array, clipnorm: float, rows: bool = False,
                 operand: bool = False, select_members: int = 0) -> jax.Array:
    """Per-tensor clip, never short-circuited: g' = (g·c) / max(n, c), n = √Σg² or Σg² when Σg² ≤ 0.

    `l2sum` holds Σg² per member (spec 1.5 formulas, Keras's two-tap where so a NaN stays NaN and
    0 stays 0); `rows`, `operand` and `select_members` as `per_element` takes them."""
    pred = l2sum > 0
    l2sum_safe = jnp.where(pred, l2sum, jnp.ones_like(l2sum))
    l2norm = jnp.where(pred, jnp.sqrt(l2sum_safe), l2sum)
    per_member = no_fusion(nan_maximum(l2norm, clipnorm))
    return (g * clipnorm) / per_element(per_member, group, rows, operand, select_members)


def per_element(per_member: jax.Array, group: Group, rows: bool = False, operand: bool = False,
                select_members: int = 0) -> jax.Array:
    """per_member[member(i)] for every element i of the packed group's buffer (the pad: some member's).

    With `rows` and no element block holding more than `select_members` members (`block_members`): each
    block's values by selects (`block_selects`). Else one gather from a small table (`factor_table`): a
    row of LEAF_BLOCK values per member, its value throughout, and a row per block that members start
    inside, each element's member's value; each element block reads its row. With `rows`
    (StepSpec.factor_rows: a fused step for CPUs or CUDA) the rows are gathered whole, no per-element gather
    (those cost 5.4 ms of a 16-ms, 200-tensor, 16M-param clipnorm step on llvm-cpu); else element by element
    (on lavapipe, Vulkan, the rows took twice the gathers' time).
    The table and the blocks' rows are the update's only operands for the factor: with four (head values,
    split rows, each block's row and cut, before), amsgrad + EMA took the update past IREE's 16 operands
    and results a dispatch, and IREE stored the clipped gradient and the new m whole (8.5 MB at 1M params;
    200 tensors, 16M params on llvm-cpu: 88 ms a step, now 22; plain clipnorm 16-18). `operand` as
    `index_table` takes it. Rows cut to an unpadded group's size were stored whole on the CPU (200 tensors,
    16M + 13: 35 ms, 15 without any factor); a search over the member offsets costs log2(V) rounds instead
    (52 ms). Two members take a select, not a gather: IREE narrows a two-valued index to i1 and its SPIR-V
    backend then fails to compile the gather for large groups ("failed to legalize arith.index_castui")."""
    n_members = len(group.members)
    if n_members == 1:
        return per_member[0]
    idx = jnp.arange(group.storage_size, dtype=jnp.int32)
    if n_members == 2:
        return jnp.where(idx >= group.offsets[1], per_member[1], per_member[0])
    if rows and select_members:
        members = block_members(group)
        if members.cuts.shape[0] < select_members:
            return block_selects(no_fusion(per_member[index_table(members.live, operand)]),
                                 index_table(members.head, operand), index_table(members.cuts, operand))
    owners, block_row = factor_table(group)
    table = no_fusion(per_member[index_table(owners, operand)])
    if rows:
        return table[index_table(block_row, operand)].reshape(-1)
    return table.reshape(-1)[index_table(block_row, operand)[idx // LEAF_BLOCK] * LEAF_BLOCK + idx % LEAF_BLOCK]


class BlockMembers(NamedTuple):
    """The members of each element block of a packed group (static, from the layout), for `block_selects`.

    K is the most members a block holds. `live`: the members with elements in buffer order, the last one
    repeated K − 1 times; `head[b]`: the position in `live` of the member holding block b's first element;
    `cuts[j, b]`: where in block b the (j+1)-th member after that one starts (LEAF_BLOCK: none there)."""

    live: np.ndarray
    head: np.ndarray
    cuts: np.ndarray  # (K - 1, blocks)


def block_members(group: Group) -> BlockMembers:
    c = chunks(group, LEAF_BLOCK)
    starts_inside = c.member_starts % LEAF_BLOCK != 0
    block = c.member_starts[starts_inside] // LEAF_BLOCK  # ascending
    per_block = np.bincount(block, minlength=len(c.start))
    others = int(per_block.max()) if len(block) else 0
    cuts = np.full((others, len(c.start)), LEAF_BLOCK, np.int64)
    cuts[np.arange(len(block)) - np.searchsorted(block, block), block] = c.member_starts[starts_inside] % LEAF_BLOCK
    head = np.searchsorted(c.member_starts, c.start, side="right") - 1
    return BlockMembers(np.r_[c.members, np.repeat(c.members[-1:], others)], head, cuts)


def block_selects(table: jax.Array, head: jax.Array, cuts: jax.Array) -> jax.Array:
    """Each element's value, block by block: table[head[b]], then table[head[b] + j + 1] from cuts[j, b] on
    (`BlockMembers`). Per block, each of these indices is one value broadcast along the block, which IREE
    vectorizes as a scalar load; a row of LEAF_BLOCK values gathered per block (`factor_table`) it
    vectorizes as a gather, 16 scalar loads a vector (200 tensors, 1M params on llvm-cpu: the update 359 ->
    252 us a call, plain Adam's 177). Only the blocks' own arrays may feed the indices: computed from them
    in the update (decoded from one packed array, made unfoldable), IREE gathers element by element (524 us).
    Each member after the first takes the update two more operands (its index and its cut), so
    `select_members` (`block_select_limit`) bounds them."""
    col = jnp.arange(LEAF_BLOCK, dtype=jnp.int32)[None, :]
    values = jnp.broadcast_to(table[head][:, None], (head.shape[0], LEAF_BLOCK))
    for j in range(cuts.shape[0]):
        values = jnp.where(col >= cuts[j][:, None], table[head + (j + 1)][:, None], values)
    return values.reshape(-1)


def block_select_limit(config: AdamConfig) -> int:
    """The most members an element block may hold for `block_selects` in this config's update (0: none),
    as IREE's limit of operands a dispatch allows them. Measured on llvm-cpu's stream plans (1M params,
    tensors cut to put 1-3 members in a block): with no further slot, up to 3 members kept the update one
    dispatch; with one of amsgrad, EMA or accumulation 2 (3 stored the clipped gradient, 8 MB); with two,
    even 1 (where the rows' two operands fit)."""
    slots = int(config.amsgrad) + int(config.use_ema) + int(config.accumulation_steps is not None)
    return {0: 3, 1: 2}.get(slots, 0)


def factor_table(group: Group) -> tuple[np.ndarray, np.ndarray]:
    """(owners, block_row) for `per_element`: owners[r, j], the member whose value row r holds at column j
    (rows 0..V-1: member r throughout; then one row per block that members start inside, its elements'
    members), and block_row[b], the row of element block b (its owner's where it is one member's)."""
    plan = leaf_plan(group)
    n_members = len(group.members)
    split = np.unique(plan.rest_index // LEAF_BLOCK)
    block_row = plan.head_owner.copy()
    block_row[split] = n_members + np.arange(len(split))
    col = np.arange(LEAF_BLOCK)
    split_owners = np.where(col[None, :] < plan.cut[split, None], plan.head_owner[split, None], 0)
    rest_block = plan.rest_index // LEAF_BLOCK
    split_owners[np.searchsorted(split, rest_block), plan.rest_index % LEAF_BLOCK] = plan.rest_owner
    owners = np.concatenate([np.repeat(np.arange(n_members)[:, None], LEAF_BLOCK, axis=1), split_owners])
    return owners, block_row


def float32_bits(x: jax.Array) -> jax.Array:
    """The bits of x as float32, as int32: what `is_nan` and `is_finite` test (integer tests, because GPU
    shader compilers that do not preserve inf/NaN, Vulkan without SignedZeroInfNanPreserve: lavapipe, many
    mobile drivers, may fold float tests and `x − x` away)."""
    return jax.lax.bitcast_convert_type(x.astype(jnp.float32), jnp.int32)


def is_nan(x: jax.Array) -> jax.Array:
    """x is NaN: exponent all ones, mantissa not zero."""
    return (float32_bits(x) & 0x7FFFFFFF) > 0x7F800000


def nan_maximum(a: jax.Array, b) -> jax.Array:
    """max(a, b), NaN where a or b is NaN: IEEE maximum, what `jnp.maximum` means and Keras relies on.

    IREE lowers that maximum to a NaN-ignoring one for CUDA (PTX `max.f32`: max(v̂, NaN) came out v̂ on an
    H200), and SPIR-V's FMax leaves NaN operands undefined, so the NaN is selected explicitly."""
    a = jnp.asarray(a)
    return jnp.where(is_nan(a) | is_nan(jnp.asarray(b)), jnp.asarray(jnp.nan, a.dtype), jnp.maximum(a, b))


def is_finite(x: jax.Array) -> jax.Array:
    """x is neither inf nor NaN: its exponent bits are not all ones."""
    return (float32_bits(x) & 0x7F800000) != 0x7F800000


def no_fusion(x):
    """x (an array or a tree of them), computed in dispatches of its own. IREE otherwise fuses the last small
    reduction of a norm into the consumer of the full-size gradient and emits, for SPIR-V, a one-thread loop
    over every element whose results stop at element 65535 (seen on lavapipe with 2^20 elements). One
    barrier per array: the compiler writes each as IREE's dispatch barrier (`with_dispatch_barriers`), which
    keeps the call one submission."""
    return jax.tree_util.tree_map(jax.lax.optimization_barrier, x)


def index_table(values, operand: bool) -> jax.Array:
    """A static int32 table (gather indices, masks); with `operand` (a step compiled with aggressive
    fusion: StepSpec.fused) kept an operand of the dispatches that read it, never inlined into their
    code: fused for CUDA, IREE put a per-tensor norm's index tables into the kernels as constants,
    and PTX holds at most 64 KB of them (200 tensors: "File uses too much global constant data", the
    module failed to load). Unfused steps keep their tables as operands anyway, and there the barrier
    costs: on lavapipe a 2-tensor clipnorm step took 12-14 ms instead of 1.1 (none measurable on the CPU)."""
    table = jnp.asarray(values, jnp.int32)
    return no_fusion(table) if operand else table


def global_clip_scale(squared_sums: Sequence[jax.Array], global_clipnorm: float) -> jax.Array:
    """scale = c·min(1/N, 1/c), N = √ΣΣg²; NaN when N is not finite, on purpose (spec 1.5).

    Keras writes the NaN as `+ (N − N)`; a shader compiler may fold that to 0 (seen on lavapipe), so the
    same result is selected explicitly: for finite N, `s + 0` is `s` (s ≥ 0), bit for bit."""
    use_norm = jnp.sqrt(jnp.sum(jnp.stack(squared_sums)))
    scale_for_finite = global_clipnorm * jnp.minimum(1.0 / use_norm, 1.0 / global_clipnorm)
    return jnp.where(is_finite(use_norm), scale_for_finite, jnp.asarray(jnp.nan, scale_for_finite.dtype))


def clip_by_value(g: jax.Array, clipvalue: float) -> jax.Array:
    """g clipped to [−c, c]; a NaN stays NaN (jnp.clip's min/max would drop it on CUDA, see nan_maximum)."""
    return jnp.where(is_nan(g), g, jnp.clip(g, -clipvalue, clipvalue))


# -- parameter updates (spec 1.4, 1.6, 1.3 B5) -----------------------------------------------------
def decay_weights(x: jax.Array, weight_decay: float, lr: jax.Array) -> jax.Array:
    """Decoupled weight decay x − (x·wd)·lr with the current learning rate (spec 1.6)."""
    return x - x * jnp.asarray(weight_decay, x.dtype) * lr.astype(x.dtype)


def adam_update(config: AdamConfig, x, m, v, v_hat, g, lr, e, keep: Optional[jax.Array] = None):
    """Keras `Adam.update_step`: bias correction folded into alpha, ε added to √v (spec 1.4).

    alpha = lr·√(1−β2ᵗ)/(1−β1ᵗ), t = e + 1 cast to the variable dtype;
    m += (g − m)(1−β1); v += (g² − v)(1−β2); x −= m·alpha / (√v + ε).
    Where `keep` (element-wise; None: everywhere) is False, x, m, v and v_hat keep their old values."""
    dtype = x.dtype
    lr = lr.astype(dtype)
    g = g.astype(dtype)
    local_step = (e + 1).astype(dtype)
    beta_1_power = ieee_pow(jnp.asarray(config.beta_1, dtype), local_step)
    beta_2_power = ieee_pow(jnp.asarray(config.beta_2, dtype), local_step)
    alpha = lr * jnp.sqrt(1 - beta_2_power) / (1 - beta_1_power)
    # Each new slot is selected as soon as it is computed and x reads the selected one (the same x where
    # keep holds; the rest of x is discarded): a new m read by x and by its select made IREE move that select
    # into a dispatch of its own, through a full-size transient (absent gradients' masks, an artifact's
    # accumulation step: 16M params on llvm-cpu 2-4.7x slower; README, *None gradients*).
    m = select(keep, m + (g - m) * (1 - config.beta_1), m)
    v = select(keep, v + (jnp.square(g) - v) * (1 - config.beta_2), v)
    v_used = v
    if v_hat is not None:
        v_hat = select(keep, nan_maximum(v_hat, v), v_hat)
        v_used = v_hat
    x = select(keep, x - (m * alpha) / (jnp.sqrt(v_used) + config.epsilon), x)
    return x, m, v, v_hat


def ema_update(average, x, e, ema_momentum):
    """avg := mom·avg + (1 − mom)·x with mom = 0 while e == 0 (no bias correction, spec 8.7)."""
    momentum = (e != 0).astype(x.dtype) * ema_momentum
    return momentum * average + (1 - momentum) * x


def ema_overwrite(x, average, e, frequency):
    """x := avg on calls where (e + 1) % F == 0, written as avg·1 + x·0 like Keras's JAX path.

    F = 0 overwrites on every call (JAX flavour, spec 1.3 b)."""
    should = jnp.asarray(True) if frequency == 0 else (e + 1) % frequency == 0
    return average * should.astype(x.dtype) + x * jnp.logical_not(should).astype(x.dtype)


# -- what the norms sum ---------------------------------------------------------------------------
def norm_transform(config: AdamConfig, update, k: jax.Array) -> Optional[Callable[..., jax.Array]]:
    """The gradient the clip norms take, from slices of the step's arguments: (g) -> g / loss_scale_factor,
    or with accumulation (g, acc) -> the gradient `accumulate` gives the update call; None: g itself.

    Computed again for the norm, not taken from the update's own computation over the whole gradient,
    which IREE would compute once and store whole for both (4 bytes a parameter, read back twice)."""
    n_acc = config.accumulation_steps
    if n_acc is None:
        return None if config.loss_scale_factor is None else (lambda g: unscale(g, config.loss_scale_factor))
    return lambda g, acc: accumulate(unscale(g, config.loss_scale_factor), acc,
                                     update_predicate(update, k, g.shape), n_acc)[0]


def norm_operands(state: AdamState, accumulation_steps) -> list[tuple[jax.Array, ...]]:
    """Per group, the arrays `norm_transform`'s function takes after the gradient: its accumulator with
    accumulation, else none."""
    return [() if accumulation_steps is None else (gs.accumulator,) for gs in state.groups]


# -- the whole step ----------------------------------------------------------------------------------
def call_updates(spec: StepSpec, k: jax.Array):
    """Whether this call updates: None, every call does; a traced bool, the device decides (accumulation,
    phase None); a Python bool, the phase is static."""
    n_acc = spec.config.accumulation_steps
    return None if n_acc is None else is_update_call(k, n_acc) if spec.phase is None else spec.phase == "update"


def norm_reads_stored_gradient(config: AdamConfig, mode: Optional[str]) -> bool:
    """The clip norm reads the effective gradient computed and stored whole, not the step's arguments
    (adam_step says why: accumulation with EMA, and amsgrad for the global norm)."""
    return config.accumulation_steps is not None and config.use_ema and (
        config.amsgrad if mode == "global_clipnorm" else mode == "clipnorm")


def flagged_global_sums(spec: StepSpec, state: AdamState, grads: Sequence[jax.Array],
                        divisor: Optional[jax.Array] = None) -> Optional[list[jax.Array]]:
    """The global norm's Σg² of each group with a gradient, read from the gradients as adam_step reads
    them and taken with `flag_nonfinite` (`flagged_finite` of them: every gradient finite); None where the
    step takes no global norm from its arguments. `divisor` (a dynamic loss scale) divides the gradients
    first, as LossScaleOptimizer does after testing them as given. A training step that may skip its batch
    passes them to adam_step (`global_sums`): the finite test costs no read of its own (4 dense layers of
    2048 x 2048, batch 8, global clipnorm: skip_nonfinite 37.3-37.8 -> 32.2-32.5 ms a step, dynamic loss
    scaling 37.3-38.5 -> 32.3-32.4, as unprotected; train_step.largest_exponent read the gradients once
    more)."""
    config, layout = spec.config, spec.layout
    k = state.iteration
    update = call_updates(spec, k)
    mode = config.clip_mode if update is not False else None
    if mode != "global_clipnorm" or norm_reads_stored_gradient(config, mode):
        return None
    transform = norm_transform(config, update, k)
    if divisor is not None:
        unscaled = transform or (lambda g: g)
        transform = lambda g, *others: unscaled((g / divisor).astype(g.dtype), *others)  # noqa: E731
    masks = [present_mask(g, spec.present) for g in layout.groups]
    return global_sums_of_squares(spec, grads, masks, transform, norm_operands(state, config.accumulation_steps),
                                  flag_nonfinite=True)


def global_sums_of_squares(spec: StepSpec, norm_of: Sequence[jax.Array], masks: Sequence[Optional[jax.Array]],
                           transform: Optional[Callable[..., jax.Array]], others: Sequence[Sequence[jax.Array]],
                           flag_nonfinite: bool = False) -> list[jax.Array]:
    """The global norm's Σ t(g, *others)² of each group with a gradient in this call (`sum_of_squares`
    over its present elements); the norm is √ of their sum (`global_clip_scale`)."""
    return [sum_of_squares(g, m, transform, o, spec.row_sums_by_dot, flag_nonfinite=flag_nonfinite)
            for g, m, o, group in zip(norm_of, masks, others, spec.layout.groups)
            if present_runs(group, spec.present)]


def adam_step(spec: StepSpec, state: AdamState, grads: Sequence[jax.Array], learning_rate: jax.Array,
              proceed: Optional[jax.Array] = None, global_sums: Optional[Sequence[jax.Array]] = None) -> AdamState:
    """One Keras `apply` call (JAX backend, >= 3.10) on packed state, in spec 1.3 order:
    unscale → accumulate → clip → weight decay → Adam → EMA → overwrite → k += 1.

    `proceed` (a traced bool; None: always): where False the call changes nothing, the counter included
    (a training step's skipped batch). Each new value is selected as it is computed, in the dispatch that
    computes it. `global_sums`: the global norm's Σg² per group with a gradient, taken already
    (`flagged_global_sums`); None: taken here."""
    config, layout = spec.config, spec.layout
    k = state.iteration
    schedule = device_schedule(config)
    if schedule is not None:  # traced in: Keras calls the schedule with the raw counter k (spec 1.8)
        learning_rate = schedule(k)
    n_acc = config.accumulation_steps
    e = effective_iteration(k, n_acc)
    update = call_updates(spec, k)
    masks = [present_mask(g, spec.present) for g in layout.groups]
    has_grad = [bool(present_runs(g, spec.present)) for g in layout.groups]

    # 4a + B1: unscale, then accumulate (accumulators hold unclipped sums).
    effective, accumulators = [], []
    for gs, g, mask in zip(state.groups, grads, masks):
        g = unscale(g, config.loss_scale_factor)
        acc = gs.accumulator
        if n_acc is not None:
            g, new_acc = accumulate(g, acc, update_predicate(update, k, acc.shape), n_acc)
            acc = select(mask, new_acc, acc)  # JAX keeps the sum of a var absent on the update call
            acc = select(proceeding(proceed, acc.shape), acc, gs.accumulator)
        effective.append(g)
        accumulators.append(acc)

    # B2: clip, over the gradients present in this call only (a pure accumulation call uses none).
    mode = config.clip_mode if update is not False else None
    # The norms read the step's arguments and compute what they sum slice by slice (sum_of_squares,
    # member_sums_of_squares), so the gradient they sum is never stored whole; an accumulated gradient's too,
    # from the gradients and the accumulators, on the update call and in an artifact's single step. With
    # EMA they read the gradient computed and stored whole (no_fusion, 4 bytes a parameter), because from
    # the arguments IREE split the accumulators' new values off the Adam update and stored full-size arrays
    # between them (the update is then past IREE's 16 operands and results a dispatch): the global norm
    # where the update also writes v_hat; per-tensor norms (1M params with amsgrad: 4-8 MB of scratch,
    # stored 4.3). Split so, the accumulators' reset could also land before the per-tensor norms read them:
    # 15 tensors, weight decay + EMA overwrite, accumulation 2 (compiler.StreamPlan.stale_reads: 2; the slow
    # fuzz's seed 1049 failed against Keras). Making the reset wait for the norms (its predicate computed
    # from them too) stored the clipped gradient whole. Passing the step's scalars to the update packed in
    # one operand did not keep it whole either: IREE computed what the update derives from them in
    # dispatches of their own, an operand each, and still split it.
    # (Without a norm nothing is stored: the arguments' path traces no op.)
    if norm_reads_stored_gradient(config, mode):
        norm_of, transform, others = [no_fusion(g) for g in effective], None, [()] * len(effective)
    else:
        norm_of, transform, others = grads, norm_transform(config, update, k), norm_operands(state, n_acc)
    if mode == "clipnorm":
        sums = join_split_variables([  # a lone tensor's norm is a whole group's
            sum_of_squares(x, transform=transform, others=o, by_dot=spec.row_sums_by_dot)[None]
            if len(group.members) == 1
            else member_sums_of_squares(x, group, transform, spec.fused, o, spec.row_sums_by_dot)
            for x, group, o in zip(norm_of, layout.groups, others)], layout)
        effective = [clip_by_norm(g, group, s, config.clipnorm, spec.factor_rows, spec.fused,
                                  block_select_limit(config))
                     for g, group, s in zip(effective, layout.groups, sums)]
    elif mode == "global_clipnorm":
        sums = global_sums if global_sums is not None else global_sums_of_squares(spec, norm_of, masks, transform,
                                                                                   others)
        # The barrier stands before the scale's few scalar ops, so they run inside the update's dispatch,
        # not in one of their own (a dispatch hand-off: 35-40 us a step at 64K-1M params on local-task).
        scale = global_clip_scale(no_fusion(sums), config.global_clipnorm)
        effective = [g * scale for g in effective]
    elif mode == "clipvalue":
        effective = [clip_by_value(g, config.clipvalue) for g in effective]

    new_groups = []
    for group, gs, g, mask, acc, h in zip(layout.groups, state.groups, effective, masks, accumulators, has_grad):
        x, m, v, v_hat = gs.param, gs.momentum, gs.velocity, gs.velocity_hat
        if h and update is not False:
            # B3 + B4 for the present variables; on a non-update accumulation call the old
            # values are kept (Keras computes them and selects with lax.cond: same result).
            x_dec = decay_weights(x, config.weight_decay, learning_rate) if (
                config.weight_decay is not None and group.decayed) else x
            keep_new = mask if update is None or update is True else (
                elementwise_predicate(update, x.shape) if mask is None else mask & update)
            go = proceeding(proceed, x.shape)
            if go is not None:
                keep_new = go if keep_new is None else keep_new & go
            x_new, m, v, v_hat = adam_update(config, x_dec, m, v, v_hat, g, learning_rate, e, keep_new)
            x = select(keep_new, x_new, x)  # the undecayed x where keep_new does not hold
        avg = gs.average
        if config.use_ema:  # B5: every variable, present or not
            go = proceeding(proceed, x.shape)
            avg = select(go, ema_update(avg, x, e, config.ema_momentum), avg)
            if config.ema_overwrites:
                x = select(go, ema_overwrite(x, avg, e, config.ema_overwrite_frequency), x)
        new_groups.append(GroupState(x, m, v, v_hat, avg, acc))

    return AdamState(k + 1 if proceed is None else k + proceed.astype(k.dtype), tuple(new_groups))


# -- flat calling convention shared with export and the runtime -------------------------------------
def flatten_state(state: AdamState) -> list[jax.Array]:
    out = [state.iteration]
    for gs in state.groups:
        out.extend(a for a in gs if a is not None)
    return out


def unflatten_state(layout: StateLayout, flat: Sequence[jax.Array]) -> AdamState:
    it = iter(flat)
    iteration = next(it)
    groups = []
    for _ in layout.groups:
        values = {"param": next(it)}
        for slot in layout.slots:
            values[slot] = next(it)
        groups.append(
            GroupState(
                values["param"],
                values["momentum"],
                values["velocity"],
                values.get("velocity_hat"),
                values.get("average"),
                values.get("gradient_accumulator"),
            )
        )
    return AdamState(iteration, tuple(groups))


def flat_step_fn(spec: StepSpec):
    """fn(*state, *grads, lr[, *output_storage]) -> new state, the compiled module's calling convention.

    Trailing output-storage arguments are unused in the math: export ties them to results
    (iree.abi.output) so the runtime can hand in preallocated buffers (export.py)."""
    n_state = len(spec.layout.device_arrays())
    n_grads = len(spec.layout.groups)

    def fn(*args):
        state = unflatten_state(spec.layout, args[:n_state])
        grads = args[n_state : n_state + n_grads]
        lr = args[n_state + n_grads]
        return tuple(flatten_state(adam_step(spec, state, grads, lr)))

    return fn

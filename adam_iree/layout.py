"""How optimizer state is laid out: Keras's variable list (spec section 4) and our packed device groups.

Keras keeps one array per (variable, slot). On the device we pack every variable of the same dtype and
weight-decay class into one flat buffer per slot ("group"), so a step costs one call and a few
dispatches whatever the number of tensors. A target whose storage buffers are limited in size (Vulkan's
maxStorageBufferRange) gets each class cut into groups no larger than the limit; a variable may then
span groups, as consecutive pieces. This module maps between the views; it holds no data.
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

import ml_dtypes
import numpy as np

SUPPORTED_DTYPES = {
    "float32": np.dtype(np.float32),
    "bfloat16": np.dtype(ml_dtypes.bfloat16),
    "float16": np.dtype(np.float16),
}
PARAM = "param"
MOMENTUM = "momentum"
VELOCITY = "velocity"
VELOCITY_HAT = "velocity_hat"
AVERAGE = "average"
ACCUMULATOR = "gradient_accumulator"
KERAS_ORDERS = ("3.10", "3.6")
# Group buffers hold a multiple of this many elements, the pad zeros: the step's reductions and per-member
# factors then work in whole rows and spans (step.LEAF_BLOCK x step.NORM_LANES = 512) whatever the model's
# sizes, and IREE's GPU code loads 4 floats at a time. Unpadded, a total that 32 does not divide made
# IREE store the squared gradients whole: per-tensor clipnorm over 200 tensors of 16M + 2 params on
# llvm-cpu took 24-25 ms unpadded, 14-15 padded (torch fused 17-19); a pad to 32 gave 17-18 ms.
# A zero gradient keeps a zero parameter and zero slots through every option of the step; where a NaN
# scale makes them NaN, they stay in the pad: nothing reads the pad but the element-wise update.
GROUP_ALIGN = 512
# Above DISTRIBUTION_TILE elements a group is padded to a multiple of it: IREE's CPU code (compiler.py's
# CPU_DISTRIBUTION) cuts an element-wise update into workgroups of 4096 elements where it finds no
# divisor of the buffer near that size, and then the last workgroup is partial, the vector loop's trip
# count is not known at compile time, and LLVM leaves the step's scalars (bias corrections, the clip
# scale: sqrt, divisions, powers) inside the loop, computed again for each 16 elements. The update was
# 2.5x slower so (plain, local-sync: 128K + 512 params 100 us, 128K 38.6, padded to 132K 39.6; 1M + 512
# 790 us, padded 307; `tools/profile_dispatches.py`). At most 4095 more elements: below 0.4 % above 1M.
DISTRIBUTION_TILE = 4096
assert DISTRIBUTION_TILE % GROUP_ALIGN == 0


def round_up(n: int, multiple: int) -> int:
    """The least multiple of `multiple` >= n."""
    return -(-n // multiple) * multiple


def storage_size(n: int) -> int:
    """n elements rounded up to a multiple of GROUP_ALIGN, and above DISTRIBUTION_TILE to a multiple of
    it."""
    return round_up(n, GROUP_ALIGN if n <= DISTRIBUTION_TILE else DISTRIBUTION_TILE)


def group_capacity(max_group_bytes: int, itemsize: int) -> int:
    """The most elements a group may hold under a storage-buffer limit (0: none), such that its padded
    buffer fits the limit too: a multiple of GROUP_ALIGN, and of DISTRIBUTION_TILE above it."""
    capacity = max_group_bytes // itemsize // GROUP_ALIGN * GROUP_ALIGN
    return capacity if capacity <= DISTRIBUTION_TILE else capacity // DISTRIBUTION_TILE * DISTRIBUTION_TILE


def canonical_dtype(dtype, *, argument: str) -> np.dtype:
    """Map a parameter dtype to the one the variable gets (float64 -> float32, as on JAX without x64)."""
    dt = np.dtype(dtype)
    if dt == np.float64:
        return SUPPORTED_DTYPES["float32"]
    for d in SUPPORTED_DTYPES.values():
        if dt == d:
            return d
    raise TypeError(
        f"Argument `{argument}` has dtype {dt}; expected one of float32, bfloat16, float16 "
        "(float64 is stored as float32)."
    )


@dataclasses.dataclass(frozen=True)
class VariableSpec:
    """One trainable variable: its Keras path and short name, shape and dtype."""

    index: int
    path: str
    shape: tuple[int, ...]
    dtype: np.dtype

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def size(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64))

    def slot_name(self, slot: str) -> str:
        return f"{self.path.replace('/', '_')}_{slot}"


@dataclasses.dataclass(frozen=True)
class Group:
    """Variables of one dtype and one weight-decay class, packed back to back in one flat buffer.

    Member j is elements [starts[j], starts[j] + sizes[j]) of the flattened variable members[j], stored
    at [offsets[j], offsets[j] + sizes[j]) of the buffer (starts are 0 unless the class was split)."""

    dtype: np.dtype
    decayed: bool
    members: tuple[int, ...]  # variable indices, in Keras order
    offsets: tuple[int, ...]  # element offset of each member in the flat buffer
    sizes: tuple[int, ...]
    starts: tuple[int, ...] = ()  # element offset of each member's piece inside its variable; () = all 0
    part: int | None = None  # index of this group within its split class; None when not split

    @property
    def size(self) -> int:
        """Elements of the members: where the variables are."""
        return sum(self.sizes)

    @property
    def storage_size(self) -> int:
        """Elements of the device buffers: `size` padded with zeros (`storage_size`)."""
        return storage_size(self.size)

    @property
    def key(self) -> str:
        base = f"{self.dtype.name}_{'decay' if self.decayed else 'nodecay'}"
        return base if self.part is None else f"{base}_{self.part}"

    @property
    def pieces(self) -> list[tuple[int, int, int, int]]:
        """(variable index, offset in the buffer, start in the variable, size) per member."""
        starts = self.starts or (0,) * len(self.members)
        return list(zip(self.members, self.offsets, starts, self.sizes))


def split_class(dtype: np.dtype, decayed: bool, members: Sequence[int], sizes: Sequence[int],
                capacity: int) -> list[Group]:
    """The class's variables back to back, cut every `capacity` elements (0: never) into groups.
    `capacity` is a `group_capacity`, so a padded group fits it too."""
    if capacity <= 0 or sum(sizes) <= capacity:
        offsets = np.cumsum([0, *sizes[:-1]]).astype(int)
        return [Group(dtype, decayed, tuple(members), tuple(int(o) for o in offsets), tuple(sizes))]
    groups: list[Group] = []
    pieces: list[tuple[int, int, int, int]] = []  # member, offset, start, size of the group being filled
    used = 0

    def close() -> None:
        nonlocal pieces, used
        m, o, st, sz = zip(*pieces)
        groups.append(Group(dtype, decayed, m, o, sz, st, len(groups)))
        pieces, used = [], 0

    for member, size in zip(members, sizes):
        start = 0
        if size == 0:  # keeps an empty variable in the layout
            if used == capacity:
                close()
            pieces.append((member, used, 0, 0))
            continue
        while start < size:
            if used == capacity:
                close()
            take = min(size - start, capacity - used)
            pieces.append((member, used, start, take))
            used += take
            start += take
    if pieces:
        close()
    return groups


@dataclasses.dataclass(frozen=True)
class StateLayout:
    """Keras variable order plus the packed groups and the flat list of device state arrays."""

    variables: tuple[VariableSpec, ...]
    slots: tuple[str, ...]  # per-variable slots, besides the parameter itself
    groups: tuple[Group, ...]
    has_learning_rate: bool
    max_group_bytes: int = 0  # the storage-buffer limit the groups were cut to (0: none)

    @staticmethod
    def build(
        variables: Sequence[VariableSpec],
        *,
        amsgrad: bool,
        use_ema: bool,
        accumulate: bool,
        decayed: Sequence[bool],
        has_learning_rate: bool,
        max_group_bytes: int = 0,
    ) -> "StateLayout":
        slots = [MOMENTUM, VELOCITY]
        if amsgrad:
            slots.append(VELOCITY_HAT)
        if use_ema:
            slots.append(AVERAGE)
        if accumulate:
            slots.append(ACCUMULATOR)
        groups = []
        for dtype in SUPPORTED_DTYPES.values():
            for dec in (True, False):
                members = [v.index for v in variables if v.dtype == dtype and decayed[v.index] == dec]
                if not members:
                    continue
                sizes = [variables[i].size for i in members]
                capacity = group_capacity(max_group_bytes, dtype.itemsize)
                if max_group_bytes and not capacity:
                    raise ValueError(f"Argument `max_group_bytes` must be 0 (no limit) or at least "
                                     f"{GROUP_ALIGN * dtype.itemsize} for {dtype.name}. Received: {max_group_bytes}")
                groups.extend(split_class(dtype, dec, members, sizes, capacity))
        return StateLayout(tuple(variables), tuple(slots), tuple(groups), has_learning_rate, max_group_bytes)

    @staticmethod
    def for_config(config, variables: Sequence[VariableSpec], decayed: Sequence[bool],
                   max_group_bytes: int = 0) -> "StateLayout":
        """The layout an `AdamConfig` needs: which slots exist follows amsgrad, EMA and accumulation;
        groups are cut to `max_group_bytes` (a target's storage-buffer limit, 0 for none)."""
        return StateLayout.build(
            variables,
            amsgrad=config.amsgrad,
            use_ema=config.use_ema,
            accumulate=config.accumulation_steps is not None,
            decayed=decayed,
            has_learning_rate=config.lr_kind == "float",
            max_group_bytes=max_group_bytes,
        )

    def split_variables(self) -> dict[int, list[tuple[int, int]]]:
        """Variables stored in more than one group: index -> [(group position, member position)]."""
        where: dict[int, list[tuple[int, int]]] = {}
        for gi, g in enumerate(self.groups):
            for j, i in enumerate(g.members):
                where.setdefault(i, []).append((gi, j))
        return {i: places for i, places in where.items() if len(places) > 1}

    # -- device side -------------------------------------------------------------------------------
    def device_arrays(self, padded: bool = True) -> list[tuple[str, str, tuple[int, ...], np.dtype]]:
        """The flat state arrays passed to and returned by the compiled step, in order:
        (group key, slot, shape, dtype). The first is the int32 iteration counter. Each group's arrays
        hold `storage_size` elements: the members', then the pad; with `padded` False, `size` (the
        arrays before groups were padded, as older checkpoints hold them)."""
        out = [("", "iteration", (), np.dtype(np.int32))]
        for g in self.groups:
            for slot in (PARAM, *self.slots):
                out.append((g.key, slot, (g.storage_size if padded else g.size,), g.dtype))
        return out

    def grad_arrays(self) -> list[tuple[str, tuple[int, ...], np.dtype]]:
        return [(g.key, (g.storage_size,), g.dtype) for g in self.groups]

    # -- Keras side --------------------------------------------------------------------------------
    def keras_variables(self, order: str = "3.10") -> list[tuple[str, str, int | None]]:
        """Keras's `optimizer.variables` order (spec section 4) as (name, slot, variable index).

        order "3.10" (Keras >= 3.10): all averages, then all accumulators; "3.6" (3.6-3.9): interleaved
        average_i, accumulator_i. The two differ only when EMA and accumulation are both on."""
        if order not in KERAS_ORDERS:
            raise ValueError(f"Argument `order` must be one of {KERAS_ORDERS}. Received: order={order!r}")
        out: list[tuple[str, str, int | None]] = [("iteration", "iteration", None)]
        if self.has_learning_rate:
            out.append(("learning_rate", "learning_rate", None))
        grouped = [s for s in (AVERAGE, ACCUMULATOR) if s in self.slots]
        if order == "3.6":
            out.extend((v.slot_name(s), s, v.index) for v in self.variables for s in grouped)
        else:
            for slot in grouped:
                out.extend((v.slot_name(slot), slot, v.index) for v in self.variables)
        for v in self.variables:
            out.extend((v.slot_name(s), s, v.index) for s in (MOMENTUM, VELOCITY))
        if VELOCITY_HAT in self.slots:
            out.extend((v.slot_name(VELOCITY_HAT), VELOCITY_HAT, v.index) for v in self.variables)
        return out

    # -- host packing ------------------------------------------------------------------------------
    def pack(self, per_variable: Sequence[np.ndarray | None]) -> list[np.ndarray]:
        """Concatenate per-variable arrays into one flat array per group (None -> zeros), padded with zeros
        to `storage_size`. A group that is one whole variable of its dtype and needs no pad is returned as a
        view of it, not copied (large models: no host copy)."""
        flats = []
        for g in self.groups:
            (i, _, start, size), *rest = g.pieces or [(None, 0, 0, 0)]
            a = per_variable[i] if i is not None else None
            if (not rest and a is not None and start == 0 and size == np.size(a) == g.storage_size
                    and np.asarray(a).dtype == g.dtype):
                flats.append(np.ascontiguousarray(a).reshape(-1))
            else:
                flat = np.empty(g.storage_size, dtype=g.dtype)
                flat[g.size:] = 0
                self.pack_into(per_variable, [flat], [g])
                flats.append(flat)
        return flats

    def pack_into(self, per_variable: Sequence[np.ndarray | None], flats: Sequence[np.ndarray],
                  groups: Sequence[Group] | None = None) -> None:
        """Write per-variable arrays into existing flat group arrays (None -> zeros), one copy each. The pad
        is not written: it keeps the zeros it was made with."""
        for g, flat in zip(self.groups if groups is None else groups, flats):
            if not g.starts:  # whole variables back to back from 0 (a group not split)
                whole = [per_variable[i] for i in g.members]
                if whole and all(a is not None for a in whole):
                    # one copy in C, where a slice assignment per variable cost about 3 us each (50
                    # gradients of 64: 0.14 -> 0.02 ms)
                    np.concatenate(whole, axis=None, out=flat[: g.size], casting="unsafe")  # as slice assignment
                    continue
            for i, off, start, size in g.pieces:
                a = per_variable[i]
                if a is None:
                    flat[off : off + size] = 0
                else:
                    flat[off : off + size] = np.asarray(a).reshape(-1)[start : start + size]

    def unpack(self, flats: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Split one flat array per group (padded or not) back into per-variable arrays in Keras order."""
        out = [np.empty(v.size, dtype=v.dtype) for v in self.variables]
        for g, flat in zip(self.groups, flats):
            for i, off, start, size in g.pieces:
                out[i][start : start + size] = flat[off : off + size]
        return [a.reshape(v.shape) for a, v in zip(out, self.variables)]


def present_runs(group: Group, present: Sequence[bool]) -> list[tuple[int, int]]:
    """Element ranges [start, stop) of a group's members that have a gradient, merged when adjacent."""
    runs: list[list[int]] = []
    for i, off, size in zip(group.members, group.offsets, group.sizes):
        if not present[i] or size == 0:
            continue
        if runs and runs[-1][1] == off:
            runs[-1][1] = off + size
        else:
            runs.append([off, off + size])
    return [(a, b) for a, b in runs]


"""IREE runtime session: one device, its buffers and the loaded step modules.

Explicit objects in the style of IREE's samples: a `DeviceSession` owns the VM instance and the HAL
device; `StateBuffers` owns the state's buffers; `LoadedStep` invokes one compiled step, which updates
each state array either in place (a donated argument) or into a spare buffer given as output storage,
after which that slot's two buffers swap. Nothing here knows about Adam: it moves typed arrays and calls
a function.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import threading
import time
from functools import lru_cache, wraps
from typing import Callable, Iterator, Sequence

import ml_dtypes
import numpy as np
import iree.runtime as rt

from .spec import MODULE_NAME, STEP_FUNCTION
from .targets import TargetProfile, device_unavailable_reason

_ELEMENT_TYPES = {
    np.dtype(np.float32): rt.HalElementType.FLOAT_32,
    np.dtype(np.float16): rt.HalElementType.FLOAT_16,
    np.dtype(ml_dtypes.bfloat16): rt.HalElementType.BFLOAT_16,
    np.dtype(np.int32): rt.HalElementType.SINT_32,
}


# Drivers that run dispatches on IREE worker threads sharing the host's cores with the calling thread.
HOST_WORKER_DRIVERS = frozenset({"local-task"})
# Drivers whose device memory is the process's own (heap) memory.
HOST_MEMORY_DRIVERS = frozenset({"local-task", "local-sync"})

# Drivers of discrete GPUs only, whose device memory is never host-visible (IREE maps only managed or host
# memory there): their state buffers do not ask to be mappable, which would buy nothing and is untested.
DEVICE_ONLY_MEMORY_DRIVERS = frozenset({"cuda", "hip"})

# Drivers whose devices are checked for threads that spin while the device has no work (`SpinningThreads`).
SPIN_CHECKED_DRIVERS = frozenset({"vulkan"})

# Host buffers from this size are backed by transparent huge pages where Linux has them (`advise_huge_pages`).
HUGE_PAGES_FROM = 16 << 20
_HUGE_PAGE = 2 << 20
_MADV_HUGEPAGE, _MADV_COLLAPSE = 14, 25


def _libc_madvise():
    """libc's madvise(addr, length, advice), or None off Linux."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        madvise = ctypes.CDLL(None, use_errno=True).madvise
    except (OSError, AttributeError):
        return None
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    madvise.restype = ctypes.c_int
    return madvise


_madvise = _libc_madvise()


def advise_huge_pages(host: np.ndarray) -> None:
    """Ask Linux to back the whole 2 MiB pages inside `host`'s memory with transparent huge pages: first
    MADV_HUGEPAGE (pages not yet touched fault in huge), then MADV_COLLAPSE (Linux 6.1+: pages already
    there are collapsed now, not whenever khugepaged gets to them). Advice only: refused or unsupported
    advice changes nothing, and nothing is reported.

    Why: a large step streams each state array once per call; with 4 KiB pages it misses the TLB every
    4 KiB of every stream. On a 2-vCPU Intel Xeon VM (THP in the default `madvise` mode) huge pages made
    the 16M- and 64M-param steps 3-10 % faster (README, *Huge pages*); NumPy advises its large arrays too."""
    if _madvise is None:
        return
    address = host.__array_interface__["data"][0]
    start = -(-address // _HUGE_PAGE) * _HUGE_PAGE
    end = (address + host.nbytes) // _HUGE_PAGE * _HUGE_PAGE
    if end > start:
        _madvise(start, end - start, _MADV_HUGEPAGE)
        _madvise(start, end - start, _MADV_COLLAPSE)


def huge_page_aligned(nbytes: int) -> np.ndarray:
    """`nbytes` of fresh, untouched anonymous memory that starts on a 2 MiB boundary, as uint8: a NumPy
    allocation 2 MiB longer (private memory, which Linux backs with huge pages; the part before the boundary
    is never touched, so never resident). The returned array keeps the allocation alive."""
    raw = np.empty(nbytes + _HUGE_PAGE, np.uint8)
    start = -raw.__array_interface__["data"][0] % _HUGE_PAGE
    return raw[start:start + nbytes]


class OwnedBufferView(rt.HalBufferView):
    """A view of a buffer imported from host memory that this object keeps alive (`memory`):
    iree-base-runtime 3.13's `import_host_allocation` does not keep the object it imports alive, whatever
    its docstring says (a dropped one was freed under the buffer: NaN state, then a crash). Whoever holds
    the buffer holds this view, or a NumPy view of `memory`; `LoadedStep.invoke` keeps it over a donated
    slot's result view, which aliases the same buffer."""

    __slots__ = ("memory",)


Invoke = Callable[[rt.VmContext, rt.VmFunction, rt.VmVariantList, rt.VmVariantList], None]


def lost_device_note(error: BaseException) -> str:
    """What to add to a failed call's message when its device was lost, else ''. IREE reports Vulkan's
    VK_ERROR_DEVICE_LOST as DATA_LOSS: a lost device runs nothing more, so a new optimizer (a fresh device)
    has to take over, from a checkpoint. On lavapipe IREE 3.13 loses one on rare calls (its queue can
    signal a wake-up semaphore out of order from two threads: README, *Vulkan: lost devices*)."""
    text = str(error)
    if "VK_ERROR_DEVICE_LOST" not in text and "DATA_LOSS" not in text:
        return ""
    return (" The device was lost: it runs nothing more; continue with a new optimizer loaded from a checkpoint"
            " (README, Vulkan: lost devices).")


def invoke(context: rt.VmContext, function: rt.VmFunction, args: rt.VmVariantList,
           results: rt.VmVariantList) -> None:
    """A synchronous call of `function`."""
    context.invoke(function, args, results)


def invoke_deferring_to_workers(context: rt.VmContext, function: rt.VmFunction, args: rt.VmVariantList,
                                results: rt.VmVariantList) -> None:
    """A synchronous call of `function` made with the calling thread in SCHED_BATCH (Linux), restored after.

    Why: IREE 3.13's semaphore wait, once the worker that signalled it has woken the caller, spins until
    that worker finishes its wake-up callback. When every core runs a worker, the woken caller preempts
    that very worker and spins until the next scheduler tick (perf: the caller in a `pause` loop, 1.3 ms
    of CPU per 16M-param step; 64K steps 69 us instead of 43). SCHED_BATCH turns off wake-up preemption
    for the caller only, so the worker finishes first. A thread not in SCHED_OTHER (real-time, idle) and
    platforms without SCHED_BATCH are called unchanged."""
    switched = _caller_to_batch()
    try:
        context.invoke(function, args, results)
    finally:
        if switched:
            os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))


def _caller_to_batch() -> bool:
    """Move the calling thread from SCHED_OTHER to SCHED_BATCH (same nice); whether it moved."""
    if not hasattr(os, "SCHED_BATCH"):  # not Linux
        return False
    try:
        if os.sched_getscheduler(0) != os.SCHED_OTHER:
            return False
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
        return True
    except OSError:  # not permitted here (seccomp, sandbox): calls are correct without it
        return False


# -- threads that spin while the device has no work ------------------------------------------------------
# How long a new device's threads are watched, and how much of it a thread must run to count as spinning.
SPIN_WATCH_S = 0.02
SPIN_MIN_SHARE = 0.2


def thread_ids() -> set[int]:
    """The ids of this process's threads (Linux; empty elsewhere)."""
    try:
        return {int(t) for t in os.listdir("/proc/self/task")}
    except OSError:
        return set()


def thread_run_ns(tid: int) -> int:
    """CPU time thread `tid` of this process has run, in ns (its schedstat); 0 for one that has gone."""
    try:
        with open(f"/proc/self/task/{tid}/schedstat") as f:
            return int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0


def busy_threads(tids: Sequence[int], watch_s: float, min_share: float) -> set[int]:
    """The threads among `tids` that run at least `min_share` of the next `watch_s` seconds."""
    start = {t: thread_run_ns(t) for t in tids}
    time.sleep(watch_s)
    return {t for t in tids if thread_run_ns(t) - start[t] >= min_share * watch_s * 1e9}


@lru_cache(maxsize=1)
def can_leave_idle_priority() -> bool:
    """Whether a thread of this process may go from SCHED_IDLE back to SCHED_OTHER: Linux asks for
    CAP_SYS_NICE or an RLIMIT_NICE of 20 (most unprivileged users have neither). Tried on a thread of
    its own, so that no thread that matters is left at idle priority."""
    if not hasattr(os, "SCHED_IDLE"):
        return False
    moved: list[bool] = []

    def probe() -> None:
        try:
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
            os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))
            moved.append(True)
        except OSError:
            moved.append(False)

    thread = threading.Thread(target=probe, name="adam_iree-priority-probe")
    thread.start()
    thread.join()
    return moved == [True]


class SpinningThreads:
    """The threads a new device started that run while it has no work, kept at idle priority (SCHED_IDLE)
    except while the device works for us (`awake`).

    Why: lavapipe (Mesa 22.3) emulates timeline semaphores without a native wait for any of several, and
    Mesa then polls ("nothing better we can do than spin", vk_sync.c); IREE 3.13's Vulkan queue waits that
    way on two threads for as long as the device exists, so one idle lavapipe device kept 2 cores busy
    and slowed everything else on the machine (the test suite's other worker, iree-compile). At idle
    priority they take only CPU time nobody else wants; during a call they are back at normal priority,
    as they must be to see the device's work complete promptly (left idle, a lavapipe step next to one
    busy process took 1.5 s instead of 0.08). Devices whose threads sleep (real GPUs) have none. Where
    Linux does not let a thread leave idle priority again (`can_leave_idle_priority`), nothing changes."""

    def __init__(self, tids: Sequence[int] = ()):
        self.tids = tuple(tids)
        self._depth = 0
        self._set(os.SCHED_IDLE)

    @classmethod
    def started_since(cls, before: set[int], watch_s: float = SPIN_WATCH_S) -> "SpinningThreads":
        """The threads started since `before` (thread ids) that run at least SPIN_MIN_SHARE of `watch_s`."""
        if not can_leave_idle_priority():
            return cls()
        return cls(sorted(busy_threads(thread_ids() - before, watch_s, SPIN_MIN_SHARE)))

    def _set(self, policy: int) -> None:
        for tid in self.tids:
            try:
                os.sched_setscheduler(tid, policy, os.sched_param(0))
            except OSError:  # a thread that has ended
                pass

    @contextlib.contextmanager
    def awake(self) -> Iterator[None]:
        """Normal priority for the threads while the block runs (nested blocks: until the outermost ends)."""
        if not self.tids:
            yield
            return
        if self._depth == 0:
            self._set(os.SCHED_OTHER)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._set(os.SCHED_IDLE)


def device_work(method):
    """A DeviceSession method in which the device works for us: its spinning threads awake meanwhile."""
    @wraps(method)
    def with_threads_awake(self, *args, **kwargs):
        if not self.spinning.tids:  # most devices: keeps `awake`'s 2.8 us off each step call
            return method(self, *args, **kwargs)
        with self.spinning.awake():
            return method(self, *args, **kwargs)
    return with_threads_awake


class DeviceSession:
    """A VM instance and one HAL device created from the target's runtime driver; `invoke` calls a
    function of a module loaded on it the way that suits the driver. The device's threads that spin while
    it has no work (`spinning`) run at idle priority outside its `device_work` methods."""

    def __init__(self, target: TargetProfile):
        self.target = target
        reason = device_unavailable_reason(target)
        if reason is not None:
            raise RuntimeError(f"Target {target.name!r} cannot run here: {reason}.")
        before = thread_ids() if target.driver in SPIN_CHECKED_DRIVERS else None
        try:
            self.driver = rt.get_driver(target.driver)
            self.device = self.driver.create_default_device()
        except (RuntimeError, ValueError) as e:
            raise RuntimeError(
                f"Target {target.name!r}: cannot create a device with the IREE driver {target.driver!r}: {e}"
            ) from e
        self.spinning = SpinningThreads() if before is None else SpinningThreads.started_since(before)
        self.instance = rt.VmInstance()
        self.hal_module = rt.create_hal_module(self.instance, self.device)
        self._call: Invoke = invoke_deferring_to_workers if target.driver in HOST_WORKER_DRIVERS else invoke
        self.host_memory = target.driver in HOST_MEMORY_DRIVERS

    @device_work
    def invoke(self, context: rt.VmContext, function: rt.VmFunction, args: rt.VmVariantList,
               results: rt.VmVariantList) -> None:
        """A synchronous call of `function`, made the way that suits the driver."""
        self._call(context, function, args, results)

    # -- buffers -----------------------------------------------------------------------------------
    @device_work
    def upload(self, array: np.ndarray) -> rt.HalBufferView:
        """A new device buffer holding a copy of `array`. Large ones in host memory are written through a
        mapping after the huge-page advice (`allocate_mapped`), so that their pages fault in huge.

        Mappable where its memory is host-visible (integrated and CPU Vulkan devices: `download` then
        copies from a mapping instead of a queue round trip, 6 -> 1 ms for 4 MB on lavapipe); the usage
        does not choose the memory type, so a discrete GPU's buffer stays in its device-only memory.
        Not asked on CUDA and HIP (`DEVICE_ONLY_MEMORY_DRIVERS`)."""
        array = np.array(array, order="C", copy=None)  # keeps 0-d arrays 0-d
        if self.in_huge_pages(array.nbytes):
            view, _, host = self.allocate_mapped(array.shape, array.dtype)
            host[...] = array
            return view
        usage = int(rt.BufferUsage.DEFAULT) | int(rt.BufferUsage.MAPPING_OPTIONAL)
        if self.target.driver not in DEVICE_ONLY_MEMORY_DRIVERS:
            usage |= int(rt.BufferUsage.MAPPING_SCOPED)
        return self.device.allocator.allocate_buffer_copy(
            memory_type=rt.MemoryType.DEVICE_LOCAL,
            allowed_usage=usage,
            device=self.device,
            buffer=array,
            element_type=_ELEMENT_TYPES[array.dtype],
        )

    def in_huge_pages(self, nbytes: int) -> bool:
        """Whether a new buffer of `nbytes` bytes gets the huge-page advice: large ones in host memory."""
        return self.host_memory and nbytes >= HUGE_PAGES_FROM

    @device_work
    def allocate_mapped(self, shape: tuple[int, ...], dtype: np.dtype, *, aligned: bool = True
                        ) -> tuple[rt.HalBufferView, rt.MappedMemory | None, np.ndarray]:
        """A new host-visible device buffer for `shape` and `dtype` (never of 0 bytes), its mapping and the
        mapped elements, not yet written. On Vulkan the mapping must outlive the view (HostStaging); `upload`
        drops it first, on host memory only. RuntimeError where the device has no host-visible memory
        (discrete GPUs).

        In host memory a large one gets the huge-page advice first, and (`aligned`) is our own memory from a
        2 MiB boundary (`huge_page_aligned`), imported: an `OwnedBufferView`, no mapping, the elements a
        NumPy view of that memory. Why: IREE's own allocations start 192 bytes into a 4 KiB page, each one
        4 KiB further into its huge page than the one before, and from a huge page's boundary the plain step
        took 8-11 % less time at 16M and 64M params on the AMD host of 2026-11-30, 7-13 % less at 16M and the
        same at 64M on a Zen 4 host (README, *Huge pages*; `tools/aligned_state_ab.py`)."""
        count = int(np.prod(shape, dtype=np.int64))
        nbytes = max(count, 1) * dtype.itemsize
        memory_type = rt.MemoryType.DEVICE_LOCAL | rt.MemoryType.HOST_VISIBLE
        usage = rt.BufferUsage.DEFAULT | rt.BufferUsage.MAPPING
        if aligned and self.in_huge_pages(nbytes):
            memory = huge_page_aligned(nbytes)
            advise_huge_pages(memory)
            buffer = self.device.allocator.import_host_allocation(memory, int(memory_type), int(usage))
            view = OwnedBufferView(buffer, list(shape), _ELEMENT_TYPES[dtype])
            view.memory = memory
            return view, None, memory.view(dtype)[:count].reshape(shape)
        buffer = self.device.allocator.allocate_buffer(memory_type=memory_type, allowed_usage=usage,
                                                       allocation_size=nbytes)
        view = rt.HalBufferView(buffer, list(shape), _ELEMENT_TYPES[dtype])
        mapping = buffer.map()
        raw = mapping.asarray([nbytes], np.dtype(np.uint8))
        if self.in_huge_pages(nbytes):
            advise_huge_pages(raw)
        return view, mapping, raw.view(dtype)[:count].reshape(shape)

    @device_work
    def download(self, view: rt.HalBufferView, dtype: np.dtype, *, via_staging: bool | None = None) -> np.ndarray:
        """A host copy of a device buffer.

        Mappable buffers in host memory or host-cached, host-coherent memory are mapped and copied
        (`reads_through_mapping`). Others (discrete GPU memory, uncached or non-coherent memory) are copied
        by the device into a host-coherent staging buffer that IREE allocates, then mapped (Vulkan
        guarantees a host-visible, host-coherent memory type). Never by importing a NumPy array: Vulkan
        only imports host pointers aligned to minImportedHostPointerAlignment (4096 on lavapipe), which
        `iree.runtime.DeviceArray.to_host` does not ensure. `via_staging` forces a path."""
        dtype = np.dtype(dtype)
        shape = tuple(int(d) for d in view.shape)
        buffer = view.get_buffer()
        nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
        if nbytes == 0:
            return np.zeros(shape, dtype)
        if via_staging is None:
            via_staging = not self.reads_through_mapping(buffer)
        if via_staging:
            staging = self.device.allocator.allocate_buffer(  # coherent: read with no invalidation
                memory_type=int(rt.MemoryType.HOST_LOCAL) | int(rt.MemoryType.DEVICE_VISIBLE)
                | int(rt.MemoryType.HOST_COHERENT),
                allowed_usage=rt.BufferUsage.TRANSFER_TARGET | rt.BufferUsage.MAPPING_SCOPED,
                allocation_size=max(nbytes, int(buffer.byte_length())),
            )
            done = self.device.create_semaphore(0)
            self.device.queue_copy(buffer, staging, wait_semaphores=rt.HalFence.create_at(done, 0),
                                   signal_semaphores=rt.HalFence.create_at(done, 1))
            rt.HalFence.create_at(done, 1).wait()
            buffer = staging
        mapping = buffer.map()
        raw = mapping.asarray([nbytes], np.dtype(np.uint8))
        return np.array(raw, copy=True).view(dtype).reshape(shape)

    def reads_through_mapping(self, buffer: rt.HalBuffer) -> bool:
        """Whether `download` reads `buffer` through a mapping: it may be mapped, and is in host memory or
        in host-cached, host-coherent memory. The CPU reads uncached memory slowly (a device copy is then
        faster), and non-coherent memory needs an invalidation that `iree.runtime` does not expose."""
        memory = int(buffer.memory_type())
        cached_coherent = (int(rt.MemoryType.HOST_VISIBLE) | int(rt.MemoryType.HOST_CACHED)
                           | int(rt.MemoryType.HOST_COHERENT))
        return bool((self.host_memory and memory & int(rt.MemoryType.HOST_VISIBLE)
                     or memory & cached_coherent == cached_coherent)
                    and int(buffer.allowed_usage()) & int(rt.BufferUsage.MAPPING_SCOPED))

    def staging(self, shape: tuple[int, ...], dtype: np.dtype) -> "HostStaging":
        return HostStaging(self, shape, np.dtype(dtype))

    # -- modules -----------------------------------------------------------------------------------
    @device_work
    def load_step(self, vmfb: bytes, function_name: str = STEP_FUNCTION, *,
                  tied: Sequence[int] | None = None) -> "LoadedStep":
        """Load `function_name` of a compiled module; `tied` as in LoadedStep."""
        module = rt.VmModule.copy_buffer(self.instance, vmfb)
        context = rt.VmContext(self.instance, modules=[self.hal_module, module])
        function = module.lookup_function(function_name)
        if function is None:
            raise RuntimeError(f"module {MODULE_NAME!r} has no function {function_name!r}")
        return LoadedStep(context, function, tied, self.invoke, self.transient_storage(function))

    @device_work
    def transient_storage(self, function: rt.VmFunction) -> rt.HalBuffer | None:
        """The scratch storage a function takes as its last argument (`iree.abi.transients`), allocated
        once, of the size its reflection names; None for a function that allocates its own. In host
        memory a large one gets the huge-page advice (`allocate_mapped`)."""
        reflection = function.reflection
        if "iree.abi.transients.size" not in reflection:
            return None
        size = reflection.get("iree.abi.transients.size.constant")
        if size is None:  # our shapes are static: IREE folds the size to a constant
            raise RuntimeError(f"function {function.name!r} takes transient storage of a size only known per call")
        if self.host_memory:  # as 4-byte elements: a buffer view needs an element type
            # IREE's own memory: the function keeps only the buffer, which would not keep imported memory alive
            view, _, _ = self.allocate_mapped((max(-(-int(size) // 4), 1),), np.dtype(np.int32), aligned=False)
            return view.get_buffer()
        return self.device.allocator.allocate_buffer(memory_type=rt.MemoryType.DEVICE_LOCAL,
                                                     allowed_usage=rt.BufferUsage.DEFAULT,
                                                     allocation_size=max(int(size), 1))


class HostStaging:
    """A device buffer the host writes in place each step (no per-step allocation).

    Host-visible device memory is mapped once and kept mapped; where the device has none
    (discrete GPUs), each write uploads a fresh buffer instead."""

    def __init__(self, session: DeviceSession, shape: tuple[int, ...], dtype: np.dtype):
        self.session, self.shape, self.dtype = session, shape, dtype
        self.view: rt.HalBufferView
        self._host: np.ndarray | None = None
        self._written: bytes | None = None  # what `write_if_changed` last wrote (None: unknown)
        try:
            # Assigned view first: attributes are released in the order they were set, and on Vulkan
            # (lavapipe, IREE 3.13) releasing the mapping before the view crashed the process later.
            self.view, self._mapping, self._host = session.allocate_mapped(shape, dtype)
            self._host[...] = 0  # what the step reads where nothing is written (a packed group's pad)
        except RuntimeError:
            self.view = session.upload(np.zeros(shape, dtype))

    @property
    def host(self) -> np.ndarray | None:
        """The mapped host view to write into, or None when writes go through `write`."""
        return self._host

    def write(self, array: np.ndarray) -> None:
        if self._host is not None:
            self._host[...] = array
        else:
            self.view = self.session.upload(np.asarray(array, self.dtype).reshape(self.shape))
        self._written = None

    def write_if_changed(self, array: np.ndarray) -> None:
        """`write`, skipped when the bytes equal the last ones written this way (a constant learning rate).
        On a discrete GPU host-visible device memory is CUDA managed memory: each host write moves its page
        to the host and the next dispatch that reads it faults it back (or, without such memory, each write
        uploads a fresh buffer)."""
        data = np.asarray(array, self.dtype).reshape(self.shape).tobytes()
        if data != self._written:
            self.write(array)
            self._written = data


class StateBuffers:
    """The state's device buffers. `current` holds the state; `spare[i]`, created only when a step first
    writes slot i into output storage, receives that result, and `swap(slots)` after a successful call
    makes it current, so a failed call loses nothing. Slots updated in place exist once."""

    def __init__(self, session: DeviceSession, arrays: Sequence[np.ndarray]):
        self.session = session
        self.dtypes = [np.dtype(a.dtype) for a in arrays]
        self.shapes = [tuple(np.shape(a)) for a in arrays]
        self.current = [session.upload(a) for a in arrays]
        self.spare: list[rt.HalBufferView | None] = [None] * len(arrays)

    def ensure_spare(self, slots: Sequence[int]) -> list[rt.HalBufferView]:
        """The spare buffers of `slots`, in that order, allocated on first use."""
        for i in slots:
            if self.spare[i] is None:
                self.spare[i] = self.session.upload(np.zeros(self.shapes[i], self.dtypes[i]))
        return [self.spare[i] for i in slots]

    def swap(self, slots: Sequence[int]) -> None:
        for i in slots:
            self.current[i], self.spare[i] = self.spare[i], self.current[i]

    def read(self, i: int) -> np.ndarray:
        return self.session.download(self.current[i], self.dtypes[i])

    def read_all(self) -> list[np.ndarray]:
        return [self.read(i) for i in range(len(self.current))]

    def replace(self, i: int, array: np.ndarray) -> None:
        """Point slot i of the current set at a new buffer holding `array` (load/finalize, not per step)."""
        self.current[i] = self.session.upload(np.asarray(array, self.dtypes[i]))


class LoadedStep:
    """One compiled step function in its VM context. `tied`: the state slots (per state set) whose new
    values the function writes into trailing output-storage arguments, in order; it updates the other
    state arguments in place (donated). None: every slot (two full sets, swapped after each call).
    `call`: how to call it (`DeviceSession.invoke`). `transients`: the function's scratch storage, passed
    last (`DeviceSession.transient_storage`)."""

    def __init__(self, context: rt.VmContext, function: rt.VmFunction, tied: Sequence[int] | None = None,
                 call: Invoke = invoke, transients: rt.HalBuffer | None = None):
        self.context = context
        self.function = function
        self.tied = None if tied is None else tuple(tied)
        self.call = call
        self.transients = transients

    @property
    def donates_state(self) -> bool:
        """Whether a call writes over some of the state it reads (so a fault mid-call can leave it torn)."""
        return self.tied is not None

    def __call__(self, state: StateBuffers, inputs: Sequence[rt.HalBufferView]) -> None:
        """Run one step on `state`. Synchronous."""
        self.invoke([state], inputs, 0)

    def _tied_slots(self, state: StateBuffers) -> Sequence[int]:
        return range(len(state.current)) if self.tied is None else self.tied

    def invoke(self, states: Sequence[StateBuffers], inputs: Sequence[rt.HalBufferView],
               n_extra: int, extra_storage: Sequence[rt.HalBufferView] = ()) -> list[rt.HalBufferView]:
        """Call fn(*state sets, *inputs, *output storage) -> (*new state sets, *extra results) and return
        the `n_extra` extra results. A donated slot's result view aliases its argument's buffer; a tied
        slot's lands in its spare buffer, which then becomes current. `extra_storage`: output storage for
        the first extra results, after the state's. A refused call swaps nothing."""
        current = [v for s in states for v in s.current]
        storage = [v for s in states for v in s.ensure_spare(self._tied_slots(s))] + list(extra_storage)
        scratch = [] if self.transients is None else [self.transients]
        args = rt.VmVariantList(len(current) + len(inputs) + len(storage) + len(scratch))
        for ref in (*current, *inputs, *storage, *scratch):
            args.push_ref(ref)
        results = rt.VmVariantList(len(current) + n_extra)
        self.call(self.context, self.function, args, results)
        i = 0
        for s in states:
            tied = self._tied_slots(s)
            for j in range(len(s.current)):
                if j not in tied:
                    result = results.get_as_object(i + j, rt.HalBufferView)
                    # The result aliases the argument's buffer: ours, which keeps imported memory alive, stays
                    if not (isinstance(s.current[j], OwnedBufferView)
                            and result.get_buffer() == s.current[j].get_buffer()):
                        s.current[j] = result
            s.swap(tied)
            i += len(s.current)
        return [results.get_as_object(len(current) + k, rt.HalBufferView) for k in range(n_extra)]

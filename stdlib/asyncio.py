"""Molt's asyncio: a thin layer over the runtime's `_asyncio`.

The event loop, Future, Task, run, sleep, gather and create_task are implemented in
Rust (runtime/src/builtins/asyncio.rs, objects/future.rs, objects/task.rs). What is
here is built only from those: the synchronisation primitives (Event, Lock,
Semaphore, Queue), timeouts (timeout, wait_for), shield, wait, as_completed and
TaskGroup. Their observable behaviour (wake-up order, messages) follows CPython
3.12's asyncio.

TODO(asyncio): no I/O (streams, subprocesses, sockets), no contextvars, no custom
event loops or policies.
"""

from _asyncio import (
    CancelledError,
    InvalidStateError,
    Future,
    Task,
    run,
    sleep,
    create_task,
    ensure_future,
    gather,
    get_running_loop,
    get_event_loop,
    current_task,
    all_tasks,
    iscoroutine,
)
from collections import deque

# Since Python 3.11 asyncio's TimeoutError is the builtin one.
TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() on an empty queue."""

    __module__ = "asyncio.queues"


class QueueFull(Exception):
    """Raised by Queue.put_nowait() on a full queue."""

    __module__ = "asyncio.queues"


def _wake_first(waiters, value=None):
    # Wakes the oldest waiter that is still waiting (a cancelled one is skipped).
    while waiters:
        w = waiters.popleft()
        if not w.done():
            w.set_result(value)
            return


class Event:
    """A flag that tasks can wait for."""

    def __init__(self):
        self._flag = False
        self._waiting = deque()

    def is_set(self):
        return self._flag

    def set(self):
        if self._flag:
            return
        self._flag = True
        for w in self._waiting:
            if not w.done():
                w.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if self._flag:
            return True
        w = get_running_loop().create_future()
        self._waiting.append(w)
        try:
            await w
            return True
        finally:
            self._waiting.remove(w)


class Lock:
    """A mutual-exclusion lock for tasks, handed over in FIFO order."""

    def __init__(self):
        self._held = False
        self._waiting = deque()

    def locked(self):
        return self._held

    def _has_live_waiters(self):
        for w in self._waiting:
            if not w.cancelled():
                return True
        return False

    async def acquire(self):
        if not self._held and not self._has_live_waiters():
            self._held = True
            return True
        w = get_running_loop().create_future()
        self._waiting.append(w)
        try:
            try:
                await w
            finally:
                self._waiting.remove(w)
        except CancelledError:
            if not self._held:
                self._hand_over()
            raise
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError("Lock is not acquired.")
        self._held = False
        self._hand_over()

    def _hand_over(self):
        for w in self._waiting:
            if not w.done():
                w.set_result(True)
                return

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    """A counter of free slots; acquire() waits while it is zero. Slots are handed to
    waiters in FIFO order: release() passes its slot straight to the oldest waiter."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiting = deque()

    def locked(self):
        if self._value == 0:
            return True
        for w in self._waiting:
            if not w.cancelled():
                return True
        return False

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        w = get_running_loop().create_future()
        self._waiting.append(w)
        try:
            try:
                await w
            finally:
                self._waiting.remove(w)
        except CancelledError:
            if w.done() and not w.cancelled():
                # A slot was handed to us but we will not take it: give it back.
                self._value += 1
            raise
        finally:
            while self._value > 0 and self._hand_over():
                pass
        return True

    def release(self):
        self._value += 1
        self._hand_over()

    def _hand_over(self):
        # Gives one free slot to the oldest live waiter; whether there was one.
        for w in self._waiting:
            if not w.done():
                self._value -= 1
                w.set_result(True)
                return True
        return False

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Queue:
    """A FIFO queue for tasks; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = deque()
        self._getting = deque()
        self._putting = deque()
        self._unfinished = 0
        self._all_done = Event()
        self._all_done.set()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return self._maxsize > 0 and len(self._items) >= self._maxsize

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        return self._items.popleft()

    async def _wait_in(self, waiters, still_blocked):
        w = get_running_loop().create_future()
        waiters.append(w)
        try:
            await w
        except:
            w.cancel()
            if w in waiters:
                waiters.remove(w)
            if not still_blocked() and not w.cancelled():
                _wake_first(waiters)
            raise

    async def put(self, item):
        while self.full():
            await self._wait_in(self._putting, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._all_done.clear()
        _wake_first(self._getting)

    async def get(self):
        while self.empty():
            await self._wait_in(self._getting, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putting)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._all_done.set()

    async def join(self):
        if self._unfinished > 0:
            await self._all_done.wait()


class LifoQueue(Queue):
    """A Queue that returns the most recently added item first."""

    def _get(self):
        return self._items.pop()


class Timeout:
    """`async with timeout(delay)`: cancels the enclosing task at the deadline and
    turns that cancellation into TimeoutError when leaving the block."""

    def __init__(self, when):
        self._when = when
        self._task = None
        self._handle = None
        self._state = "created"
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != "entered":
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is None:
            return
        loop = get_running_loop()
        if when <= loop.time():
            self._handle = loop.call_soon(self._expire)
        else:
            self._handle = loop.call_at(when, self._expire)

    def expired(self):
        return self._state in ("expiring", "expired")

    def _expire(self):
        self._task.cancel()
        self._state = "expiring"
        self._handle = None

    async def __aenter__(self):
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task = task
        self._cancelling = task.cancelling()
        self._state = "entered"
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc
        elif self._state == "entered":
            self._state = "exited"
        return None


def timeout(delay):
    """A Timeout that expires `delay` seconds from now (None: never)."""
    if delay is None:
        return Timeout(None)
    return Timeout(get_running_loop().time() + delay)


def timeout_at(when):
    """A Timeout that expires at loop time `when`."""
    return Timeout(when)


async def wait_for(aw, timeout):
    """Awaits `aw`, cancelling it and raising TimeoutError after `timeout` seconds."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(aw)
        if fut.done():
            return fut.result()
        loop = get_running_loop()
        finished = loop.create_future()

        def _on_done(_f):
            if not finished.done():
                finished.set_result(None)

        fut.add_done_callback(_on_done)
        try:
            fut.cancel()
            await finished
        finally:
            fut.remove_done_callback(_on_done)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError from exc
    async with Timeout(None if timeout is None else get_running_loop().time() + timeout):
        return await aw


async def _aclose_later(agen):
    # The event loop's finalizer for an abandoned async generator (see
    # runtime/src/builtins/asyncio.rs, finalize_asyncgen_later).
    await agen.aclose()


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def _is_future(obj):
    return hasattr(obj, "add_done_callback") and hasattr(obj, "get_loop")


def shield(arg):
    """An outer future mirroring `arg`'s outcome, whose cancellation does not
    cancel `arg` itself."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def _inner_done(_):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # retrieved: nobody else will look at it
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
        else:
            outer.set_result(inner.result())

    def _outer_done(_):
        if not inner.done():
            inner.remove_done_callback(_inner_done)

    inner.add_done_callback(_inner_done)
    outer.add_done_callback(_outer_done)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures and tasks of `fs` until `return_when` holds or
    `timeout` seconds pass; returns the sets (done, pending)."""
    if _is_future(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    done = {f for f in fs if f.done()}
    if done and (
        return_when == FIRST_COMPLETED
        or (
            return_when == FIRST_EXCEPTION
            and any(not f.cancelled() and f.exception() is not None for f in done)
        )
        or len(done) == len(fs)
    ):
        return done, fs - done
    waiter = loop.create_future()
    remaining = len(fs) - len(done)

    def _on_done(f):
        nonlocal remaining
        remaining -= 1
        if (
            remaining <= 0
            or return_when == FIRST_COMPLETED
            or (
                return_when == FIRST_EXCEPTION
                and not f.cancelled()
                and f.exception() is not None
            )
        ):
            if not waiter.done():
                waiter.set_result(None)

    def _on_timeout():
        if not waiter.done():
            waiter.set_result(None)

    handle = None if timeout is None else loop.call_later(timeout, _on_timeout)
    for f in fs:
        if not f.done():
            f.add_done_callback(_on_done)
    try:
        await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """An iterator of coroutines: awaiting the n-th gives the result of the n-th
    of `fs` to finish (raising TimeoutError once `timeout` seconds have passed)."""
    if _is_future(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    todo = {ensure_future(f) for f in set(fs)}
    finished = deque()
    waiters = deque()
    loop = get_running_loop() if todo else None
    handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_done)
            finished.append(None)
        todo.clear()
        while waiters:
            _wake_first(waiters)

    def _on_done(f):
        if f not in todo:
            return
        todo.remove(f)
        finished.append(f)
        _wake_first(waiters)
        if not todo and handle is not None:
            handle.cancel()

    async def _wait_for_one():
        while not finished:
            w = loop.create_future()
            waiters.append(w)
            await w
        f = finished.popleft()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_done)
    if todo and timeout is not None:
        handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class TaskGroup:
    """`async with TaskGroup() as tg`: tasks created with tg.create_task() are all
    awaited when the block ends; the first failure cancels the others and the
    failures are raised together as an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._all_done = None

    def __repr__(self):
        parts = []
        if self._tasks:
            parts.append(f"tasks={len(self._tasks)}")
        if self._errors:
            parts.append(f"errors={len(self._errors)}")
        if self._aborting:
            parts.append("cancelling")
        elif self._entered:
            parts.append("entered")
        return "<TaskGroup" + "".join(" " + p for p in parts) + ">"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._parent = current_task()
        if self._parent is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = create_task(coro, name=name)
        if task.done():
            self._task_finished(task)
        else:
            self._tasks.add(task)
            task.add_done_callback(self._task_finished)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    @staticmethod
    def _is_base_error(exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _task_finished(self, task):
        self._tasks.discard(task)
        if self._all_done is not None and not self._tasks:
            if not self._all_done.done():
                self._all_done.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent.cancel()

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancel = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent.uncancel() == 0:
                propagate_cancel = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._all_done = get_running_loop().create_future()
            try:
                await self._all_done
            except CancelledError as e:
                if not self._aborting:
                    propagate_cancel = e
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancel is not None and not self._errors:
            raise propagate_cancel
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None
        return None

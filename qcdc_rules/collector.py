"""Python's cycle collector while the tool works: off for a short run that makes no garbage worth
collecting, seldom for a long one over a large heap that lives as long as the process. Each use
leaves the collector as it found it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_off() -> Iterator[None]:
    """The collector off until exit, then as it was: for a burst of allocations that are all kept
    (a rule book unpickled, a one-unit check), where each collection walks a heap that only grows."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        (gc.enable if collecting else gc.disable)()  # as it was, whatever the block did


# Python's cycle collector while many units are checked (``collect_seldom``): the youngest generation
# collected after this many allocations instead of 700, the older two after 20 and 10 of those.
GC_THRESHOLD = (20_000, 20, 10)


@contextmanager
def collect_seldom() -> Iterator[None]:
    """What exists on entry (the rule book, its compiled plans, durable-rules' programs: hundreds of
    thousands of objects that live as long as the process) set apart from the cycle collector, and
    the collector run less often, until exit. Checking a unit makes many short-lived objects and
    almost no cycles, yet with Python's defaults each full collection walked the whole rule book
    again: a fifth of a scorecard's CPU (benchmarks/RESULTS.md). On exit the objects set apart
    return to the oldest generation (nothing is kept from the collector for good) and the
    thresholds are restored, by the outermost of nested or concurrent uses (a server's threads)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = (gc.get_threshold(), gc.get_freeze_count())
            gc.set_threshold(*GC_THRESHOLD)
        _depth += 1
        gc.freeze()  # again when nested: what the outer one has made since is long-lived too
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                threshold, frozen = _saved
                gc.set_threshold(*threshold)
                if not frozen:  # a caller's own gc.freeze() is the caller's to undo
                    gc.unfreeze()


_lock = threading.Lock()
_depth = 0  # collect_seldom blocks under way in this process
_saved: tuple = ()  # the collector's thresholds and frozen count before the outermost

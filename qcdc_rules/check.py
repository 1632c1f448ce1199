"""The inspector's job as a library call: files in, one report out. Never prints."""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .engine.evaluate import Evaluator, upcoming
from .engine.rulebook import RuleBook
from .load.book_cache import save_patterns
from .load.inputs import find_profiles
from .load.ruleset import load_rulebook
from .load.spreadsheet import RowLocation, units_in
from .load.yaml_loader import Loaded
from .model.profile import Profile
from .model.verdict import LoadFailure, Notice, Report, UnitReport


BATCH = 64  # units matched together (Evaluator.evaluate_many); their profiles are held until then
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


def check_files(paths: list[str | Path], *, as_of: dt.date | None = None, since: dt.date | None = None,
                due_within: int | None = None, province: str | None = None,
                rulesets: list[str | Path] | None = None, engine: str = "durable",
                book: RuleBook | None = None, evaluator: Evaluator | None = None,
                on_profile: Callable[[Profile, str], None] | None = None, own_type_only: bool = False,
                cache=None, locate: bool = True, details: bool = True) -> Report:
    """Evaluate every profile found under ``paths``. A file that does not load is listed
    under ``failures`` with its problems; the others are still checked. With ``due_within``,
    each unit also lists what falls due in that many days after its as-of date.
    ``on_profile(profile, file)`` is told of each profile loaded, for callers that need more of
    it than its verdicts (the scorecard's annex), so no file is read twice. ``own_type_only`` leaves
    out the findings of rules for other types of unit (``Evaluator.evaluate``); ``cache`` (a
    ``load.cache.ProfileCache``) serves profiles already read; ``locate=False`` leaves evidence items
    without the line they were written on, and ``details=False`` the checks without what each leaf
    expected and found (a scorecard drops both)."""
    if evaluator is None:  # one evaluator keeps its compiled plans across calls: pass it to reuse them
        evaluator = Evaluator(book or load_rulebook(province, rulesets), engine)
    units, failures = [], []
    flat_files: set[str] = set()
    pending: list[tuple[Profile, Loaded | RowLocation, str]] = []

    def flush() -> None:
        reports = evaluator.evaluate_many([(profile, as_of, file, since) for profile, _, file in pending],
                                          own_type_only=own_type_only, details=details)
        for (profile, loaded, file), report in zip(pending, reports):
            if locate:
                _locate_items(report, loaded)
            if isinstance(loaded, RowLocation) and file not in flat_files:
                # the older one-row sheet cannot say what many rules need: said once per file, with why
                flat_files.add(file)
                report.warnings.append(Notice(code="flat_sheet", detail={"file": Path(file).name}))
            if due_within is not None:
                report.upcoming = upcoming(evaluator, profile, report, due_within)
                report.due_within = due_within
            units.append(report)
        pending.clear()

    with collect_seldom():
        for path in find_profiles(paths):
            # A spreadsheet holds a unit per row; a bad row fails alone, at its row.
            for profile, loaded, error in units_in(path, cache):
                if error is not None:
                    failures.append(LoadFailure(file=str(path), problems=[p.as_dict() for p in error.problems]))
                    continue
                if on_profile is not None:
                    on_profile(profile, str(path))
                pending.append((profile, loaded, str(path)))
                if len(pending) >= BATCH:
                    flush()
        if pending:
            flush()
    save_patterns()  # what this run compiled, for the next (load.book_cache)
    return Report(units=units, failures=failures)


def _locate_items(report: UnitReport, loaded: Loaded | RowLocation) -> None:
    """The line of the profile (or row of the spreadsheet) each evidence item of a finding was written on."""
    for f in report.findings:
        for c in (*f.checks, *f.applicability, *(c for p in f.periods for c in p.checks)):
            for d in c.details:
                for item in d.items:
                    if item.path:
                        item.line = loaded.locate(tuple(item.path)).line

"""The inspector's job as a library call: files in, one report out. Never prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from .collector import collect_seldom
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

"""The inspector's job as a library call: files in, one report out. Never prints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .engine.evaluate import Evaluator, upcoming
from .engine.rulebook import RuleBook
from .load.profile import find_profiles, try_load_profile
from .load.ruleset import load_rulebook
from .model.verdict import LoadFailure, Report


def check_files(paths: list[str | Path], *, as_of: dt.date | None = None, since: dt.date | None = None,
                due_within: int | None = None, province: str | None = None,
                rulesets: list[str | Path] | None = None, engine: str = "durable",
                book: RuleBook | None = None) -> Report:
    """Evaluate every profile found under ``paths``. A file that does not load is listed
    under ``failures`` with its problems; the others are still checked. With ``due_within``,
    each unit also lists what falls due in that many days after its as-of date."""
    book = book or load_rulebook(province, rulesets)
    evaluator = Evaluator(book, engine)
    units, failures = [], []
    for path in find_profiles(paths):
        profile, error = try_load_profile(path)
        if error is not None:
            failures.append(LoadFailure(file=str(path), problems=[p.as_dict() for p in error.problems]))
            continue
        report = evaluator.evaluate(profile, as_of, file=str(path), since=since)
        if due_within is not None:
            report.upcoming = upcoming(evaluator, profile, report, due_within)
            report.due_within = due_within
        units.append(report)
    return Report(units=units, failures=failures)

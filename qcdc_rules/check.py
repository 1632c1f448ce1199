"""The inspector's job as a library call: files in, one report out. Never prints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .engine.evaluate import Evaluator, upcoming
from .engine.rulebook import RuleBook
from .load.profile import find_profiles, try_load_profile
from .load.ruleset import load_rulebook
from .load.spreadsheet import RowLocation, is_spreadsheet, read_units
from .load.yaml_loader import Loaded
from .model.verdict import LoadFailure, Report, UnitReport


def check_files(paths: list[str | Path], *, as_of: dt.date | None = None, since: dt.date | None = None,
                due_within: int | None = None, province: str | None = None,
                rulesets: list[str | Path] | None = None, engine: str = "durable",
                book: RuleBook | None = None, evaluator: Evaluator | None = None) -> Report:
    """Evaluate every profile found under ``paths``. A file that does not load is listed
    under ``failures`` with its problems; the others are still checked. With ``due_within``,
    each unit also lists what falls due in that many days after its as-of date."""
    if evaluator is None:  # one evaluator keeps its compiled plans across calls: pass it to reuse them
        evaluator = Evaluator(book or load_rulebook(province, rulesets), engine)
    units, failures = [], []
    for path in find_profiles(paths):
        # A spreadsheet holds a unit per row; a bad row fails alone, at its row.
        for profile, loaded, error in read_units(path) if is_spreadsheet(path) else [try_load_profile(path)]:
            if error is not None:
                failures.append(LoadFailure(file=str(path), problems=[p.as_dict() for p in error.problems]))
                continue
            report = evaluator.evaluate(profile, as_of, file=str(path), since=since)
            _locate_items(report, loaded)
            if due_within is not None:
                report.upcoming = upcoming(evaluator, profile, report, due_within)
                report.due_within = due_within
            units.append(report)
    return Report(units=units, failures=failures)


def _locate_items(report: UnitReport, loaded: Loaded | RowLocation) -> None:
    """The line of the profile (or row of the spreadsheet) each evidence item of a finding was written on."""
    for f in report.findings:
        for c in (*f.checks, *f.applicability, *(c for p in f.periods for c in p.checks)):
            for d in c.details:
                for item in d.items:
                    if item.path:
                        item.line = loaded.locate(tuple(item.path)).line

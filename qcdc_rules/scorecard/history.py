"""Results over the years, in an SQLite file (``--db``): one row per unit, rule, ruleset
version and as-of date, so a later run can say what improved, what regressed, which
findings are new and which were resolved (``qcdc-check trend``).

SQLite because it is embedded in Python, one file a steering committee can keep and
copy, and queryable by anyone with a spreadsheet or sqlite3; nothing to install."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from ..model.verdict import Report

SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    unit_id TEXT NOT NULL,
    unit_name TEXT NOT NULL,
    unit_type TEXT NOT NULL,
    area TEXT NOT NULL,             -- the administrative path, names joined by ' / '
    area_levels TEXT NOT NULL,      -- the level of each name: province / district / commune / village
    rule TEXT NOT NULL,
    rulesets TEXT NOT NULL,         -- name@version of each ruleset applied, joined by '+'
    as_of TEXT NOT NULL,            -- ISO date
    verdict TEXT NOT NULL,
    severity TEXT NOT NULL,
    advisory INTEGER NOT NULL,
    PRIMARY KEY (unit_id, rule, rulesets, as_of)
)
"""

AREA_SEPARATOR = " / "


def _rows(report: Report) -> Iterable[tuple]:
    for u in report.units:
        rulesets = "+".join(f"{r['name']}@{r['version']}" for r in u.rulesets)
        area = AREA_SEPARATOR.join(p["name"] for p in u.unit.admin_path)
        levels = AREA_SEPARATOR.join(p["level"] for p in u.unit.admin_path)
        for f in u.findings:
            yield (u.unit.id, u.unit.name, u.unit.type, area, levels, f.rule, rulesets, u.as_of, f.verdict.value,
                   f.severity, int(f.advisory))


def store(db: str | Path, report: Report) -> int:
    """Write (or replace) the report's results; returns the number of rows written."""
    rows = list(_rows(report))
    with closing(sqlite3.connect(db)) as con, con:
        con.execute(SCHEMA)
        con.executemany("INSERT OR REPLACE INTO results VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    return len(rows)


def as_of_dates(db: str | Path) -> list[str]:
    with closing(sqlite3.connect(db)) as con:
        con.execute(SCHEMA)
        return [r[0] for r in con.execute("SELECT DISTINCT as_of FROM results ORDER BY as_of")]


@dataclass
class Snapshot:
    """One as-of date's results: unit → rule → verdict (advisory rules left out)."""

    as_of: str
    verdicts: dict[str, dict[str, str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    areas: dict[str, str] = field(default_factory=dict)
    levels: dict[str, str] = field(default_factory=dict)


def snapshot(db: str | Path, as_of: str) -> Snapshot:
    snap = Snapshot(as_of)
    with closing(sqlite3.connect(db)) as con:
        con.execute(SCHEMA)
        for unit, name, area, levels, rule, verdict in con.execute(
                "SELECT unit_id, unit_name, area, area_levels, rule, verdict FROM results "
                "WHERE as_of = ? AND advisory = 0 ORDER BY unit_id, rule", (as_of,)):
            snap.verdicts.setdefault(unit, {})[rule] = verdict
            snap.names[unit], snap.areas[unit], snap.levels[unit] = name, area, levels
    return snap

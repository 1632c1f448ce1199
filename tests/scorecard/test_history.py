"""Results kept in SQLite, keyed by unit, rule, ruleset versions and as-of date."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qcdc_rules.check import check_files
from qcdc_rules.scorecard.history import as_of_dates, snapshot, store

CASE = Path(__file__).resolve().parents[2] / "cases" / "xa-ban-hon-lai-chau.yaml"


def test_storing_twice_replaces_and_another_date_adds(tmp_path):
    db = tmp_path / "history.db"
    first = check_files([CASE], as_of=None)
    n = store(db, first)
    assert n == len(first.units[0].findings) and store(db, first) == n
    later = check_files([CASE], as_of=__import__("datetime").date(2025, 12, 31))
    store(db, later)
    assert as_of_dates(db) == [first.units[0].as_of, "2025-12-31"]
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 2 * n
    snap = snapshot(db, "2025-12-31")
    unit = first.units[0].unit.id
    assert snap.names[unit] == first.units[0].unit.name
    assert snap.areas[unit] == "Lai Châu / Tam Đường / Bản Hon"
    expected = {f.rule: f.verdict.value for f in later.units[0].findings if not f.advisory}
    assert snap.verdicts[unit] == expected

"""The scorecard's views add up: areas, types and rules recomputed from the JSON report."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from qcdc_rules.check import check_files
from qcdc_rules.model.verdict import Report
from qcdc_rules.scorecard.aggregate import build_scorecard

CASES = Path(__file__).resolve().parents[2] / "cases"


def _report() -> Report:
    return check_files([CASES], province="lai-chau")


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.children)


def test_every_figure_is_recomputed_from_the_json_report():
    report = _report()
    card = build_scorecard(report)
    data = json.loads(json.dumps(report.model_dump(mode="json")))  # only what the JSON says
    pairs = Counter()
    per_unit = {}
    for u in data["units"]:
        c = Counter(f["verdict"] for f in u["findings"] if not f["advisory"])
        per_unit[u["unit"]["id"]] = (c, [p["name"] for p in u["unit"]["admin_path"]])
        pairs.update(c)
    root = card.areas[0]
    scored = sum(pairs[v] for v in ("met", "not_met", "missing_evidence", "error"))
    assert (root.score.numerator, root.score.denominator) == (pairs["met"], scored)
    for node in _walk(card.areas):
        inside = [c for c, path in per_unit.values() if path[:len(node.path)] == node.path]
        assert node.units == len(inside)
        assert node.score.numerator == sum(c["met"] for c in inside)
    assert sum(t.units for t in card.types) == len(data["units"])
    for row in card.rules:
        judged = [f for u in data["units"] for f in u["findings"] if f["rule"] == row.rule]
        assert row.applicable == sum(f["verdict"] != "not_applicable" for f in judged)


def test_units_are_listed_by_area_in_vietnamese_order():
    from qcdc_rules.collation import sort_key

    report = _report()
    rows = build_scorecard(report).units
    keys = [([sort_key(p) for p in r.path], sort_key(r.name)) for r in rows]
    assert len(rows) == len(report.units) >= 6 and keys == sorted(keys)
    communes = [n.name for n in build_scorecard(report).areas[0].children]
    assert communes == sorted(communes, key=sort_key) and communes[0] == "Bản Bo"


def test_the_slim_reports_of_a_long_run_give_the_same_scorecard():
    """check_many keeps a slim report per unit (memory); nothing the scorecard shows is lost."""
    from qcdc_rules.load.ruleset import load_rulebook
    from qcdc_rules.scorecard.run import check_many

    book = load_rulebook("lai-chau")
    full = check_files([CASES], book=book)
    slim = check_many([CASES], province="lai-chau")
    assert build_scorecard(slim, book.targets) == build_scorecard(full, book.targets)
    size = sum(len(u.model_dump_json()) for u in slim.units)
    assert size * 5 < sum(len(u.model_dump_json()) for u in full.units)
    outstanding = [f for u in slim.units for f in u.findings if f.verdict.outstanding and not f.advisory]
    assert outstanding and all(f.checks or f.applicability or f.periods or f.reason for f in outstanding)  # the drill-down keeps why

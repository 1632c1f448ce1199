"""Targets (model/target.py) computed over the units of a report, overall and per area,
with numerator, denominator and the gap to the goal: from the JSON report alone."""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

from pydantic import Field

from ..legal.citations import format_citation
from ..model.common import Localized
from ..model.target import Target
from ..model.verdict import Out, Report, Verdict


class TargetFigure(Out):
    numerator: int
    denominator: int
    value: float | None  # numerator / denominator, 4 places; None when nothing is in scope
    gap: float | None  # goal − value: how far from the target
    unknown: int = 0  # ratio: items whose answer was not recorded (counted in the denominator, not met)


class AreaFigure(TargetFigure):
    path: list[str]


class TargetResult(Out):
    id: str
    title: Localized
    citation: Localized
    goal: float
    # what is counted: the share of in-scope units meeting this rule, or else a ratio of the
    # units' own counts (their "measures" in the JSON)
    share_met: str | None = None
    applies_to: list[str] = Field(default_factory=list)
    overall: TargetFigure
    areas: list[AreaFigure] = Field(default_factory=list)  # every area level of the units' paths


def _figure(num: int, den: int, goal: Fraction, unknown: int = 0) -> dict:
    value = Fraction(num, den) if den else None
    return {"numerator": num, "denominator": den, "unknown": unknown,
            "value": round(float(value), 4) if value is not None else None,
            "gap": round(float(goal - value), 4) if value is not None else None}


def _unit_counts(report: Report, target: Target) -> list[tuple[list[str], int, int, int]]:
    """(area path, numerator, denominator, unknown) of each unit in the target's scope."""
    out = []
    types = {t.value for t in target.applies_to}
    for u in report.units:
        if u.unit.type not in types:
            continue
        path = [p["name"] for p in u.unit.admin_path]
        m = target.measure
        if m.share_met:
            finding = next((f for f in u.findings if f.rule == m.share_met), None)
            if finding is None or finding.verdict in (Verdict.not_applicable, Verdict.waived):
                continue  # out of scope: the rule does not apply to this unit
            out.append((path, int(finding.verdict is Verdict.met), 1, 0))
        else:
            measured = next((x for x in u.measures if x.target == target.id), None)
            if measured is not None:
                out.append((path, measured.numerator, measured.denominator, measured.unknown))
    return out


def compute(report: Report, targets: list[Target]) -> list[TargetResult]:
    results = []
    for target in targets:
        counts = _unit_counts(report, target)
        areas: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
        for path, num, den, unknown in counts:
            for depth in range(1, len(path) + 1):
                acc = areas[tuple(path[:depth])]
                acc[0] += num
                acc[1] += den
                acc[2] += unknown
        total = [sum(c[i] for c in counts) for i in (1, 2, 3)]
        c = target.citation
        results.append(TargetResult(
            id=target.id, title=target.title, goal=float(target.goal), share_met=target.measure.share_met,
            applies_to=[t.value for t in target.applies_to],
            citation=Localized(vi=format_citation(c.instrument, c.article, c.clause, c.point, "vi"),
                               en=format_citation(c.instrument, c.article, c.clause, c.point, "en")),
            overall=TargetFigure(**_figure(*total[:2], target.goal, total[2])),
            areas=[AreaFigure(path=list(k), **_figure(v[0], v[1], target.goal, v[2])) for k, v in sorted(areas.items())]))
    return results

"""From a report over many units to the scorecard's views.

Scores add up, they are not averaged: an area's score is the met (rule, unit) pairs over
all scored pairs of its units (met + not met + missing evidence + error, advisory rules
left out), the same formula as one unit's score. So a commune of 30 scored duties weighs
more than a village of 8, and every figure can be recomputed from the JSON report alone."""

from __future__ import annotations

from collections import Counter

from pydantic import Field

from ..collation import sort_key
from ..model.common import Localized
from ..model.target import Target
from ..model.verdict import Measured, Out, Report, Score, Verdict, score_of
from .targets import TargetResult, compute

class UnitRow(Out):
    id: str
    name: str
    type: str
    path: list[str]  # names from the province down to the unit's own area
    levels: list[str]  # the level of each name of path
    file: str | None = None
    as_of: str
    score: Score
    counts: dict[str, int]
    outstanding: list[str] = Field(default_factory=list)  # rules not met or missing evidence
    # Every rule that binds the unit's type, with its verdict, and the unit's part of each
    # ratio target: the JSON alone then recomputes every score and target of the scorecard.
    verdicts: dict[str, str] = Field(default_factory=dict)
    measures: list[Measured] = Field(default_factory=list)
    # for each outstanding rule, what was not shown: the labels of its checks that were not
    # true, and the periods of a recurring duty that were not done (the page's drill-down)
    why: dict[str, list[Localized]] = Field(default_factory=dict)


class AreaNode(Out):
    level: str
    name: str
    path: list[str]
    units: int
    score: Score
    counts: dict[str, int]
    children: list["AreaNode"] = Field(default_factory=list)


class RuleRow(Out):
    rule: str
    title: Localized
    severity: str
    advisory: bool
    applicable: int  # units for which the rule was judged (not not_applicable)
    counts: dict[str, int]
    score: Score


class TypeRow(Out):
    type: str
    units: int
    score: Score
    counts: dict[str, int]


class Scorecard(Out):
    schema_version: int = 1
    units: list[UnitRow]
    areas: list[AreaNode]
    rules: list[RuleRow]
    types: list[TypeRow]
    targets: list[TargetResult] = Field(default_factory=list)
    failures: list[dict] = Field(default_factory=list)


def _counts(findings) -> Counter:
    return Counter(f.verdict.value for f in findings if not f.advisory and not other_type(f))


def other_type(f) -> bool:
    """A rule for other kinds of unit: not applicable, and not about this unit at all."""
    return f.verdict is Verdict.not_applicable and f.reason is not None and f.reason.code == "unit_type"


def _why(f) -> list[Localized]:
    out: list[Localized] = []
    for c in (*f.applicability, *f.checks):
        if c.status != "true" and c.label is not None and c.label not in out:
            out.append(c.label)
    out += [Localized(vi=f"kỳ {p.label}: {p.verdict.label('vi').lower()}", en=f"period {p.label}: "
                      f"{p.verdict.label('en').lower()}") for p in f.periods if p.verdict.outstanding]
    return out


def unit_rows(report: Report) -> list[UnitRow]:
    rows = []
    for u in report.units:
        path = [p["name"] for p in u.unit.admin_path]
        levels = [p["level"] for p in u.unit.admin_path]
        counts = _counts(u.findings)
        rows.append(UnitRow(id=u.unit.id, name=u.unit.name, type=u.unit.type, path=path, levels=levels,
                            file=u.unit.file, as_of=u.as_of, score=score_of(counts), counts=dict(sorted(counts.items())),
                            outstanding=sorted(f.rule for f in u.findings if f.verdict.outstanding and not f.advisory),
                            verdicts={f.rule: f.verdict.value for f in sorted(u.findings, key=lambda f: f.rule)
                                      if not other_type(f)},
                            measures=u.measures,
                            why={f.rule: _why(f) for f in u.findings if f.verdict.outstanding and not f.advisory}))
    return sorted(rows, key=lambda r: ([sort_key(p) for p in r.path], sort_key(r.name), r.id))


def area_tree(rows: list[UnitRow]) -> list[AreaNode]:
    """The administrative tree the units' paths describe, each node with its units' totals."""
    nodes: dict[tuple[str, ...], AreaNode] = {}
    totals: dict[tuple[str, ...], Counter] = {}
    roots: list[AreaNode] = []
    for row in rows:
        for depth in range(1, len(row.path) + 1):
            key = tuple(row.path[:depth])
            if key not in nodes:
                node = AreaNode(level=row.levels[depth - 1], name=row.path[depth - 1], path=list(key), units=0,
                                score=score_of({}), counts={})
                nodes[key], totals[key] = node, Counter()
                (nodes[key[:-1]].children if depth > 1 else roots).append(node)
            nodes[key].units += 1
            totals[key].update(row.counts)
    for key, node in nodes.items():
        node.counts = dict(sorted(totals[key].items()))
        node.score = score_of(totals[key])
    _sort(roots)
    return roots


def _sort(nodes: list[AreaNode]) -> None:
    nodes.sort(key=lambda n: sort_key(n.name))
    for n in nodes:
        _sort(n.children)


def rule_rows(report: Report) -> list[RuleRow]:
    by_rule: dict[str, list] = {}
    for u in report.units:
        for f in u.findings:
            if other_type(f):
                continue  # a village is not counted "not applicable" for a duty of communes
            by_rule.setdefault(f.rule, []).append(f)
    rows = []
    for rule, findings in by_rule.items():
        first = findings[0]
        counts = Counter(f.verdict.value for f in findings)
        rows.append(RuleRow(rule=rule, title=first.title, severity=first.severity, advisory=first.advisory,
                            applicable=sum(f.verdict is not Verdict.not_applicable for f in findings),
                            counts=dict(sorted(counts.items())), score=score_of(counts)))
    return sorted(rows, key=lambda r: r.rule)


def type_rows(rows: list[UnitRow]) -> list[TypeRow]:
    by_type: dict[str, Counter] = {}
    units: Counter = Counter()
    for row in rows:
        by_type.setdefault(row.type, Counter()).update(row.counts)
        units[row.type] += 1
    return [TypeRow(type=t, units=units[t], score=score_of(c), counts=dict(sorted(c.items())))
            for t, c in sorted(by_type.items())]


def build_scorecard(report: Report, targets: list[Target] = ()) -> Scorecard:
    rows = unit_rows(report)
    return Scorecard(units=rows, areas=area_tree(rows), rules=rule_rows(report), types=type_rows(rows),
                     targets=compute(report, list(targets)),
                     failures=[f.model_dump(mode="json") for f in report.failures])

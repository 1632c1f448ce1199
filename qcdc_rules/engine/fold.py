"""Fold: from the facts each predicate matched to the truth of a whole condition.

Three-valued (Kleene) logic: a condition is true, false, or unknown when evidence is
missing. Aggregates are decided here from the matched facts:

- ``exists(C where F)``: true if some item surely matches; false if none can match and
  the inspector looked at that kind of evidence (recorded some, or listed it under
  ``not_found``); otherwise unknown;
- ``count(C where F) op n``: the count lies between the items that surely match and
  those that may; decided when every possible count gives the same answer, unknown if
  nothing of that kind was recorded;
- ``all(C where F have P)``: false if a matching item surely fails P; unknown if an item is
  undecided or no item matches (a blank is never a pass); true otherwise.

Each leaf leaves a ``Detail`` (expected vs found) for the report."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from ..lang.ast import Aggregate, BoolOp, Compare, Literal, Name, Node, Unary, walk
from ..lang.parser import unparse as _unparse
from ..model.fact_schema import COLLECTIONS, DATE, UNIT
from ..model.common import trusted
from ..model.verdict import CheckResult, Detail, ItemResult
from .compile import AggPlan, PlanBuilder, compare_values
from .facts import UNIT_COPY_PREFIX, FactSet, is_recorded
from .matchers import Matches
from .patterns import FLIP, kleene_and, kleene_or
from .reference import Unknown, value

# The text of a plan's condition nodes, shown in every result that mentions them: the nodes live as long
# as their plan and never change, and unparsing them again for each unit was a fifth of an evaluation.
# Nodes compare by identity (eq=False), so the cache holds each node it names and no two share an entry.
unparse = functools.lru_cache(maxsize=1 << 16)(_unparse)

TV = bool | None

# (node, truth value) → (label, its CheckResult without details): the same object for every unit a
# scorecard folds (reports never change a check once made; a slim copy is a copy). Nodes hash by
# identity and the key holds its node, so no two nodes share an entry.
_BARE: dict[tuple, tuple] = {}


def _status(v: TV) -> str:
    return "unknown" if v is None else ("true" if v else "false")


def _display(field: str, raw: Any, coll: str | None) -> Any:
    """A fact value as a report shows it: dates back from ordinals, fractions as floats."""
    name = field[len(UNIT_COPY_PREFIX):] if field.startswith(UNIT_COPY_PREFIX) else field
    spec = (COLLECTIONS[coll].fields.get(name) if coll and not field.startswith(UNIT_COPY_PREFIX)
            else UNIT.fields.get(name))
    if spec is not None and spec.type == DATE and isinstance(raw, (int, Fraction)):
        return dt.date.fromordinal(int(raw)).isoformat()
    if isinstance(raw, Fraction):
        return int(raw) if raw.denominator == 1 else round(float(raw), 4)
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return raw


@functools.lru_cache(maxsize=1 << 16)  # a plan's nodes never change (see unparse)
def _names(node: Node) -> tuple[Name, ...]:
    return tuple(n for n in walk(node) if isinstance(n, Name))


@functools.lru_cache(maxsize=1 << 16)
def _item_fields(node: Node | None) -> tuple[str, ...]:
    return tuple(n.parts[0] for n in _names(node) if n.scope == "item") if node is not None else ()


@dataclass
class Fold:
    """``details``: leave each leaf's ``Detail`` (what was expected and found, the items looked
    at) in the results, as a gap report shows them. A scorecard keeps the verdicts and which
    checks failed, never the details (``scorecard.run.slim``), so its workers fold without them:
    the same truth values, a third fewer objects."""

    plan: PlanBuilder
    matches: Matches
    facts: FactSet
    details: bool = True

    def run(self, node: Node, label=None) -> tuple[TV, CheckResult]:
        details: list[Detail] | None = [] if self.details else None
        result = self._eval(node, details)
        if details is None:  # without details a check's result is its node's, label's and status's alone
            hit = _BARE.get((node, result))
            if hit is not None and hit[0] is label:
                return result, hit[1]
        # trusted: a validated label, the canonical text and a status; a unit's report holds
        # hundreds of these, and validating each again was a twentieth of a scorecard's time
        check = trusted(CheckResult, label=label, expression=unparse(node), status=_status(result),
                                            details=details or [])
        if details is None:
            if len(_BARE) > 100_000:
                _BARE.clear()
            _BARE[(node, result)] = (label, check)
        return result, check

    def run_all(self, checks: list) -> tuple[TV, list[CheckResult]]:
        """Labelled checks that must all hold: their conjunction and each one's result."""
        results = [self.run(node, label) for label, node in checks]
        return kleene_and(r for r, _ in results), [c for _, c in results]

    def _eval(self, node: Node, checks: list[Detail] | None) -> TV:
        if isinstance(node, BoolOp):
            results = [self._eval(i, checks) for i in node.items]  # every leaf leaves its detail
            return kleene_and(results) if node.op == "and" else kleene_or(results)
        if isinstance(node, Unary) and node.op == "not":
            r = self._eval(node.operand, checks)
            return None if r is None else not r
        if isinstance(node, Literal):
            return bool(node.value)
        if isinstance(node, Aggregate):
            return self._aggregate(node, None, None, checks)
        if isinstance(node, Compare) and (isinstance(node.left, Aggregate) or isinstance(node.right, Aggregate)):
            if isinstance(node.left, Aggregate):
                return self._aggregate(node.left, node.op, node.right, checks)
            return self._aggregate(node.right, FLIP[node.op], node.left, checks)
        return self._unit_leaf(node, checks)

    # -- a condition on the unit itself --------------------------------------------------
    def _unit_leaf(self, node: Node, checks: list[Detail] | None) -> TV:
        pid = self.plan.leaf[id(node)]
        t, f = self.matches[pid]
        result: TV = True if "unit" in t else (False if "unit" in f else None)
        if checks is None:
            return result
        unit = self.facts.unit
        missing = sorted({f"unit.{n.parts[1]}" for n in _names(node)
                          if n.scope == "unit" and n.parts[1] not in unit})
        check = Detail(expression=unparse(node), status=_status(result), missing=missing)
        if isinstance(node, Compare):
            check.subject = unparse(node.left)
            check.op = node.op
            check.expected = self._show_value(node.right)
            check.found = self._show_value(node.left)
        elif isinstance(node, Name):
            check.subject = node.dotted
            check.op = "=="
            check.expected = True
            check.found = unit.get(node.parts[1])
        checks.append(check)
        return result

    def _show_value(self, node: Node) -> Any:
        if isinstance(node, Literal):
            return _display("", node.value, None)
        if isinstance(node, Name) and node.scope == "unit":
            return self.facts.unit.get(node.parts[1])
        v = value(node, self.facts.unit, "unit")
        return None if isinstance(v, Unknown) else _display("", v, None)

    # -- count / exists / all ------------------------------------------------------------
    def _aggregate(self, agg: Aggregate, op: str | None, other: Node | None, checks: list[Detail] | None) -> TV:
        result = self._aggregate_value(agg, op, other)
        if checks is None:
            return result
        # the Detail: what the value was decided on, and what is missing where it is unknown
        ap: AggPlan = self.plan.aggs[id(agg)]
        coll = agg.collection
        items = self.facts.items.get(coll, [])
        labels = self.facts.labels
        wt, wf = self.matches[ap.where]
        undecided = [i for i in items if i["id"] not in wt and i["id"] not in wf]
        recorded = is_recorded(self.facts.recorded, coll, ap.kinds)
        missing_keys = [] if recorded else ([f"{coll}.{k}" for k in ap.kinds] if ap.kinds else [coll])
        check = Detail(expression=unparse(agg), status="unknown", subject=unparse(agg), collection=coll,
                       kinds=list(ap.kinds or ()))
        where_fields = list(_item_fields(agg.where))

        def item_result(fact: dict, status: str, fields: list[str]) -> ItemResult:
            values = {f: _display(f, fact[f], coll) for f in fields if f in fact}
            source = self.facts.sources.get(fact["id"])
            spans = self.facts.spans.get(fact["id"], {})
            return ItemResult(item=labels.get(fact["id"], fact["id"]), status=status, values=values,
                              path=list(source) if source else None,
                              counted={f: spans[f].as_json() for f in fields if f in spans})

        if agg.func == "all":
            bt, bf = self.matches[ap.body]
            body_fields = sorted({n.parts[0] if n.scope == "item" else UNIT_COPY_PREFIX + n.parts[1]
                                  for n in _names(agg.body) if n.scope in ("item", "unit")})
            matching = [i for i in items if i["id"] in wt]
            failing = [i for i in matching if i["id"] in bf]
            unsure = [i for i in matching if i["id"] not in bf and i["id"] not in bt]
            check.op = "all"
            check.expected = unparse(agg.body)
            check.found = {"matching": len(matching), "failing": len(failing)}
            check.items = ([item_result(i, "false", body_fields) for i in failing]
                           + [item_result(i, "unknown", body_fields + where_fields) for i in unsure + undecided]
                           + [item_result(i, "true", body_fields) for i in matching
                              if i["id"] in bt])
            if result is None and (unsure or undecided):
                check.missing = sorted({f"{coll}.{f}" for i in unsure + undecided
                                        for f in body_fields + where_fields if f not in i})
            elif result is None:  # nothing matched
                check.missing = missing_keys or [f"{coll}.{k}" for k in (ap.kinds or ())] or [coll]
            check.status = _status(result)
            checks.append(check)
            return result

        lo, hi = len(wt), len(wt) + len(undecided)
        matched = [i for i in items if i["id"] in wt]
        # Items of the kind looked for that miss another part of the condition (a regulation
        # from before the Law, a dialogue in another year) are shown too: "none" would mislead.
        near = [i for i in items if i["id"] in wf and (not ap.kinds or str(i.get(COLLECTIONS[coll].kind_field))
                                                       in ap.kinds)]
        check.items = [item_result(i, "true", where_fields) for i in matched] + \
                      [item_result(i, "unknown", where_fields) for i in undecided] + \
                      [item_result(i, "false", where_fields) for i in near]
        check.found = lo if lo == hi else {"at_least": lo, "at_most": hi}
        if agg.func == "exists":
            op, target = ">=", 1
        else:
            target_v = value(other, self.facts.unit, "unit")
            if isinstance(target_v, Unknown):
                check.op, check.expected = op, unparse(other)
                check.missing = sorted(f"unit.{f}" for f in target_v.fields)
                checks.append(check)
                return None
            target = target_v
        check.op = op
        check.expected = _display("", target, None)
        if result is None and not recorded and lo == 0:
            check.missing = missing_keys
        elif result is None:  # some count would pass and some would not
            check.missing = sorted({f"{coll}.{f}" for i in undecided for f in where_fields if f not in i})
        check.status = _status(result)
        checks.append(check)
        return result

    def _aggregate_value(self, agg: Aggregate, op: str | None, other: Node | None) -> TV:
        """An aggregate's truth value (see the module's docstring); ``_aggregate`` adds its Detail."""
        ap: AggPlan = self.plan.aggs[id(agg)]
        coll = agg.collection
        # What a matcher returns for a predicate on items are ids of this unit's items of the collection,
        # those that surely match and those that surely do not (never both): the rest are undecided.
        wt, wf = self.matches[ap.where]
        undecided = len(self.facts.items.get(coll, ())) - len(wt) - len(wf)
        if agg.func == "all":
            bt, bf = self.matches[ap.body]
            if not wt.isdisjoint(bf):  # an item in scope surely fails the body
                return False
            if undecided or not wt <= bt:
                return None
            return True if wt else None
        lo = len(wt)
        hi = lo + undecided
        if agg.func == "exists":
            op, target = ">=", 1
        else:
            target = value(other, self.facts.unit, "unit")
            if isinstance(target, Unknown):
                return None
        if lo == 0 and not is_recorded(self.facts.recorded, coll, ap.kinds):
            return None
        possible = [compare_values(op, n, target) for n in range(lo, hi + 1)]
        return True if all(possible) else (False if not any(possible) else None)

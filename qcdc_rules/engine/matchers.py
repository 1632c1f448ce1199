"""Matchers: given the predicates of a plan and the facts of one unit, which facts
surely satisfy each predicate and which surely fail it.

``PythonMatcher`` evaluates the compiled patterns in plain Python (the benchmark's
baseline); ``ReferenceMatcher`` evaluates the source conditions directly (the definition
the patterns are tested against); ``DurableMatcher`` (durable.py) runs the patterns in
durable-rules. All three return the same shape."""

from __future__ import annotations

from typing import Protocol

from .compile import PredTable
from .facts import FactSet
from .patterns import eval_dnf
from .reference import truth

Matches = dict[int, tuple[frozenset[str], frozenset[str]]]


class Matcher(Protocol):
    name: str

    def match(self, table: PredTable, facts: FactSet) -> Matches: ...


def _by_type(facts: FactSet) -> dict[str, list[dict]]:
    by_type = dict(facts.items)
    by_type["unit"] = [facts.unit]
    return by_type


class PythonMatcher:
    name = "python"

    def match(self, table: PredTable, facts: FactSet) -> Matches:
        by_type = _by_type(facts)
        out: Matches = {}
        for p in table.preds:
            t, f = [], []
            for fact in by_type.get(p.fact_type, ()):
                if eval_dnf(p.true, fact):
                    t.append(fact["id"])
                elif eval_dnf(p.false, fact):
                    f.append(fact["id"])
            out[p.id] = (frozenset(t), frozenset(f))
        return out


class ReferenceMatcher:
    name = "reference"

    def match(self, table: PredTable, facts: FactSet) -> Matches:
        by_type = _by_type(facts)
        out: Matches = {}
        for p in table.preds:
            ctx = "unit" if p.fact_type == "unit" else "item"
            source = table.sources[p.id]
            t, f = [], []
            for fact in by_type.get(p.fact_type, ()):
                r = truth(source, fact, ctx)
                if r is True:
                    t.append(fact["id"])
                elif r is False:
                    f.append(fact["id"])
            out[p.id] = (frozenset(t), frozenset(f))
        return out

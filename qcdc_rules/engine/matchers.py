"""Matchers: given the predicates of a plan and the facts of one unit, which facts
surely satisfy each predicate and which surely fail it.

``PythonMatcher`` evaluates the compiled patterns in plain Python (the benchmark's
baseline); ``ReferenceMatcher`` evaluates the source conditions directly (the definition
the patterns are tested against); ``DurableMatcher`` (durable.py) runs the patterns in
durable-rules. All three return the same shape."""

from __future__ import annotations

from collections.abc import Set
from typing import Protocol

from .compile import PredTable
from .facts import FactSet
from .patterns import eval_dnf
from .reference import truth

IdPair = tuple[Set[str], Set[str]]
NONE: IdPair = (frozenset(), frozenset())


class Matches(dict[int, IdPair]):
    """Predicate id → (ids of the facts that surely satisfy it, ids of those that surely fail it), as
    sets nobody changes once matched. A predicate that no fact decides is left out and reads as two
    empty sets: a plan has thousands of predicates, a unit's facts decide a few hundred, and making
    the rest (and copying every set into a frozenset) was a tenth of the matching."""

    def __missing__(self, pid: int) -> IdPair:
        return NONE

    @classmethod
    def of(cls, found: dict[int, tuple]) -> "Matches":
        """From (ids, ids) pairs of any iterables; pairs with neither are left out."""
        return cls({pid: (set(t), set(f)) for pid, (t, f) in found.items() if t or f})


class Matcher(Protocol):
    name: str

    def match(self, table: PredTable, facts: FactSet) -> Matches: ...


def match_many(matcher: Matcher, table: PredTable, factsets: list[FactSet]) -> list[Matches]:
    """The matches of several units under one plan: at once where the matcher can (durable-rules:
    one session per shard for them all), else one by one."""
    many = getattr(matcher, "match_many", None)
    if many is not None:
        return many(table, factsets)
    return [matcher.match(table, facts) for facts in factsets]


def _by_type(facts: FactSet) -> dict[str, list[dict]]:
    by_type = dict(facts.items)
    by_type["unit"] = [facts.unit]
    return by_type


class PythonMatcher:
    name = "python"

    def match(self, table: PredTable, facts: FactSet) -> Matches:
        by_type = _by_type(facts)
        out = {}
        for p in table.preds:
            t, f = [], []
            for fact in by_type.get(p.fact_type, ()):
                if eval_dnf(p.true, fact):
                    t.append(fact["id"])
                elif eval_dnf(p.false, fact):
                    f.append(fact["id"])
            out[p.id] = (t, f)
        return Matches.of(out)


class ReferenceMatcher:
    name = "reference"

    def match(self, table: PredTable, facts: FactSet) -> Matches:
        by_type = _by_type(facts)
        out = {}
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
            out[p.id] = (t, f)
        return Matches.of(out)

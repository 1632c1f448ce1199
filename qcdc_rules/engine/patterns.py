"""Single-fact patterns: the compiled form of a condition that both matchers read.

A pattern is a disjunction of conjunctions of atoms, each atom a test on one field of
one fact. Conditions are three-valued (a field may be unrecorded), so each compiled
condition has two patterns: ``true`` matches the facts where it surely holds, ``false``
those where it surely fails; a fact in neither is unknown. Every comparison carries
existence guards for the fields it reads: durable-rules computes arithmetic on a missing
field as if the field were there, so the guard is part of the atom's meaning, not an
optimisation (tests/engine/test_durable_quirks.py shows the behaviour it guards).

Only what durable-rules does reliably is used: one fact per pattern, ``$and`` of
comparisons and existence tests, arithmetic on the same fact. No joins, no ``$not``:
both gave wrong answers or crashed in 2.0.28 (docs/adr/0001-durable-rules.md)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Union

# A right-hand side: ("c", value) | ("f", field) | (op, left, right) with op in + - * /
Rhs = tuple

NEGATE = {"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
FLIP = {"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}


@dataclass(frozen=True)
class Atom:
    op: str  # ex nex == != < <= > >=
    field: str
    rhs: Rhs | None = None

    def fields(self) -> set[str]:
        out = {self.field}
        if self.rhs is not None:
            out |= rhs_fields(self.rhs)
        return out

    def __str__(self) -> str:
        if self.op in ("ex", "nex"):
            return f"{self.op}({self.field})"
        return f"{self.field} {self.op} {rhs_text(self.rhs)}"


Conj = frozenset  # of Atom
DNF = tuple  # of Conj; () is "never", (frozenset(),) is "always"

NEVER: DNF = ()
ALWAYS: DNF = (frozenset(),)


def rhs_fields(rhs: Rhs) -> set[str]:
    if rhs[0] == "c":
        return set()
    if rhs[0] == "f":
        return {rhs[1]}
    return rhs_fields(rhs[1]) | rhs_fields(rhs[2])


def rhs_text(rhs: Rhs, show=repr) -> str:
    """The right-hand side as text, each constant as ``show`` writes it (another language's literals)."""
    if rhs[0] == "c":
        return show(rhs[1])
    if rhs[0] == "f":
        return rhs[1]
    return f"({rhs_text(rhs[1], show)} {rhs[0]} {rhs_text(rhs[2], show)})"


# -- boolean algebra over DNFs ---------------------------------------------------------------

def _consistent(conj: frozenset) -> bool:
    present = set().union(*(a.fields() for a in conj if a.op != "nex"))
    absent = {a.field for a in conj if a.op == "nex"}
    if present & absent:
        return False
    # x == c together with x == d (c != d), or x == c with x != c, cannot both hold.
    eq: dict[str, Any] = {}
    for a in conj:
        if a.op == "==" and a.rhs[0] == "c":
            if a.field in eq and eq[a.field] != a.rhs[1]:
                return False
            eq[a.field] = a.rhs[1]
    for a in conj:
        if a.op == "!=" and a.rhs[0] == "c" and eq.get(a.field, object()) == a.rhs[1]:
            return False
    return True


def _simplify(dnf) -> DNF:
    conjs = [c for c in set(dnf) if _consistent(c)]
    # Absorption: a conjunction that contains another one adds nothing to the disjunction.
    conjs.sort(key=lambda c: (len(c), sorted(map(str, c))))
    kept: list[frozenset] = []
    for c in conjs:
        if not any(k <= c for k in kept):
            kept.append(c)
    return tuple(kept)


def d_or(*parts: DNF) -> DNF:
    out: list[frozenset] = []
    for p in parts:
        out.extend(p)
    return _simplify(out)


MAX_CONJUNCTIONS = 64


class TooComplex(Exception):
    pass


def d_and(*parts: DNF) -> DNF:
    acc: list[frozenset] = [frozenset()]
    for p in parts:
        acc = [a | b for a in acc for b in p]
        if len(acc) > MAX_CONJUNCTIONS * 4:
            acc = list(_simplify(acc))
        if len(acc) > MAX_CONJUNCTIONS:
            raise TooComplex(f"the condition expands to more than {MAX_CONJUNCTIONS} alternatives")
    return _simplify(acc)


def atom(op: str, field: str, rhs: Rhs | None = None) -> DNF:
    a = Atom(op, field, rhs)
    guards = [Atom("ex", f) for f in sorted(a.fields())] if op not in ("ex", "nex") else []
    return _simplify([frozenset([a, *guards])])


# -- evaluation in plain Python (the baseline matcher and the reference for durable-rules) --

Number = Union[int, Fraction]


def arith(op: str, left: Any, right: Any) -> Any:
    """+ - * / on numbers, division exact (a Fraction): the one definition every evaluator uses."""
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "*":
        return left * right
    return Fraction(left) / Fraction(right)


def kleene_and(values) -> bool | None:
    values = list(values)
    return False if False in values else (None if None in values else True)


def kleene_or(values) -> bool | None:
    values = list(values)
    return True if True in values else (None if None in values else False)


def eval_rhs(rhs: Rhs, fact: dict) -> Any:
    kind = rhs[0]
    if kind == "c":
        return rhs[1]
    if kind == "f":
        return fact[rhs[1]]
    return arith(kind, eval_rhs(rhs[1], fact), eval_rhs(rhs[2], fact))


def eval_atom(a: Atom, fact: dict) -> bool:
    if a.op == "ex":
        return a.field in fact
    if a.op == "nex":
        return a.field not in fact
    if a.field not in fact or any(f not in fact for f in rhs_fields(a.rhs)):
        return False
    left, right = fact[a.field], eval_rhs(a.rhs, fact)
    if type(left) is bool or type(right) is bool or isinstance(left, str) or isinstance(right, str):
        if a.op == "==":
            return left == right and type(left) is type(right)
        if a.op == "!=":
            return not (left == right and type(left) is type(right))
        return False
    if a.op == "==":
        return left == right
    if a.op == "!=":
        return left != right
    if a.op == "<":
        return left < right
    if a.op == "<=":
        return left <= right
    if a.op == ">":
        return left > right
    return left >= right


def eval_dnf(dnf: DNF, fact: dict) -> bool:
    return any(all(eval_atom(a, fact) for a in conj) for conj in dnf)


# -- durable-rules JSON ----------------------------------------------------------------------

_DR_OP = {"<": "$lt", "<=": "$lte", ">": "$gt", ">=": "$gte", "!=": "$neq"}
_DR_ARITH = {"+": "$add", "-": "$sub", "*": "$mul", "/": "$div"}


def _dr_value(value: Any) -> Any:
    if isinstance(value, Fraction):
        return value.numerator if value.denominator == 1 else float(value)
    return value


def dr_rhs(rhs: Rhs) -> Any:
    if rhs[0] == "c":
        return _dr_value(rhs[1])
    if rhs[0] == "f":
        return {"$m": rhs[1]}
    right = dr_rhs(rhs[2])
    if rhs[0] == "/" and isinstance(right, int):
        right = float(right)  # durable-rules divides integers as C does: 1 / 2 == 0
    return {_DR_ARITH[rhs[0]]: {"$l": dr_rhs(rhs[1]), "$r": right}}


def dr_atom(a: Atom) -> dict:
    if a.op == "ex":
        return {"$ex": {a.field: 1}}
    if a.op == "nex":
        return {"$nex": {a.field: 1}}
    if a.op == "==":
        return {a.field: dr_rhs(a.rhs)}
    return {_DR_OP[a.op]: {a.field: dr_rhs(a.rhs)}}


def atom_order(a: Atom) -> tuple:
    # Guards first, then tests; a stable order makes the compiled JSON reproducible.
    return (0 if a.op == "ex" else 1 if a.op == "nex" else 2, a.field, str(a))


def dr_conjunction(fact_type: str, conj: frozenset) -> dict:
    tests = [{"t": fact_type}] + [dr_atom(a) for a in sorted(conj, key=atom_order)]
    return {"all": [{"m": {"$and": tests}}]}

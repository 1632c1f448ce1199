"""Direct evaluation of a bound condition tree on one fact, in three-valued logic.

This is the definition the compiled patterns must agree with: tests run every
predicate through this, through the plain-Python patterns and through durable-rules,
and require the same answer. The fold also uses ``value`` for the few numbers it needs
outside patterns (the right-hand side of ``count(…) >= unit.villages``)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

from ..lang.ast import BoolOp, Binary, Call, Compare, ListLit, Literal, Name, Node, Unary
from .compile import _field, compare_values
from .patterns import arith, kleene_and, kleene_or


class Unknown:
    """A value that was not recorded; carries the fields it needed."""

    __slots__ = ("fields",)

    def __init__(self, fields: set[str]):
        self.fields = fields

    def __repr__(self) -> str:
        return f"Unknown({sorted(self.fields)})"


def _as_num(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.toordinal()
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    return value


def value(node: Node, fact: dict, ctx: str) -> Any:
    if isinstance(node, Literal):
        return _as_num(node.value)
    if isinstance(node, ListLit):
        return [_as_num(i.value) for i in node.items]
    if isinstance(node, Name):
        name = _field(node, ctx)
        return _as_num(fact[name]) if name in fact else Unknown({name})
    if isinstance(node, Unary) and node.op == "-":
        v = value(node.operand, fact, ctx)
        return v if isinstance(v, Unknown) else -v
    if isinstance(node, Binary):
        a, b = value(node.left, fact, ctx), value(node.right, fact, ctx)
        missing = {f for v in (a, b) if isinstance(v, Unknown) for f in v.fields}
        if missing:
            return Unknown(missing)
        return arith(node.op, a, b)
    if isinstance(node, Call) and node.func in ("max", "min"):
        vals = [value(a, fact, ctx) for a in node.args]
        missing = {f for v in vals if isinstance(v, Unknown) for f in v.fields}
        if missing:
            return Unknown(missing)
        return max(vals) if node.func == "max" else min(vals)
    raise TypeError(f"not a value: {type(node).__name__}")


def truth(node: Node, fact: dict, ctx: str) -> bool | None:
    """True, False, or None when a needed field is not recorded (Kleene logic)."""
    if isinstance(node, Literal):
        return bool(node.value)
    if isinstance(node, BoolOp):
        results = (truth(i, fact, ctx) for i in node.items)
        return kleene_and(results) if node.op == "and" else kleene_or(results)
    if isinstance(node, Unary) and node.op == "not":
        r = truth(node.operand, fact, ctx)
        return None if r is None else not r
    if isinstance(node, Name):
        name = _field(node, ctx)
        return fact[name] if name in fact else None
    if isinstance(node, Call) and node.func == "has":
        return _field(node.args[0], ctx) in fact
    if isinstance(node, Compare):
        a = value(node.left, fact, ctx)
        b = value(node.right, fact, ctx)
        if isinstance(a, Unknown) or isinstance(b, Unknown):
            return None
        if isinstance(a, bool) or isinstance(b, bool):
            if node.op == "==":
                return a is b
            if node.op == "!=":
                return a is not b
        if isinstance(b, list) and node.op in ("in", "not in"):
            hit = any(x == a and type(x) is type(a) for x in b)
            return hit if node.op == "in" else not hit
        return compare_values(node.op, a, b)
    raise TypeError(f"not a condition: {type(node).__name__}")

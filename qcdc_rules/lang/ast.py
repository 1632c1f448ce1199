"""Syntax tree of the condition language. Every node knows where it came from
(character offsets in the condition text) so errors and reports can point at it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Union

Value = Union[int, Fraction, bool, str, dt.date, None, tuple]


@dataclass(eq=False)
class Node:
    pos: int
    end: int
    # Filled in by the type checker: "int", "bool", "str", "date", "list", "null".
    type: str | None = field(default=None, kw_only=True)


@dataclass(eq=False)
class Literal(Node):
    value: Value


@dataclass(eq=False)
class ListLit(Node):
    items: list[Node]


@dataclass(eq=False)
class Name(Node):
    """A dotted name: ``unit.staff``, ``as_of``, ``params.posting_days``, or an item field
    such as ``date`` inside an aggregate."""

    parts: tuple[str, ...]
    # Set by the type checker: "unit", "item", "const" (as_of, params, period, due).
    scope: str | None = field(default=None, kw_only=True)

    @property
    def dotted(self) -> str:
        return ".".join(self.parts)


@dataclass(eq=False)
class Unary(Node):
    op: str  # "-" or "not"
    operand: Node


@dataclass(eq=False)
class Binary(Node):
    op: str  # + - * /
    left: Node
    right: Node


@dataclass(eq=False)
class Compare(Node):
    op: str  # == != < <= > >= in "not in"
    left: Node
    right: Node


@dataclass(eq=False)
class BoolOp(Node):
    op: str  # "and" | "or"
    items: list[Node]


@dataclass(eq=False)
class Call(Node):
    func: str  # max, min, has
    args: list[Node]


@dataclass(eq=False)
class Aggregate(Node):
    """``count(C where F)``, ``exists(C where F)``, ``all(C where F have P)``."""

    func: str
    collection: str
    where: Node | None
    body: Node | None
    coll_pos: int = 0


AGGREGATES = ("count", "exists", "all")
FUNCTIONS = ("max", "min", "has")
KEYWORDS = ("and", "or", "not", "in", "where", "have", "true", "false", "null")
CONSTANT_ROOTS = ("as_of", "params", "period", "due")


def walk(node: Node):
    """Every node of the tree, parents before children."""
    yield node
    for child in children(node):
        yield from walk(child)


def children(node: Node) -> list[Node]:
    if isinstance(node, ListLit):
        return list(node.items)
    if isinstance(node, Unary):
        return [node.operand]
    if isinstance(node, (Binary, Compare)):
        return [node.left, node.right]
    if isinstance(node, BoolOp):
        return list(node.items)
    if isinstance(node, Call):
        return list(node.args)
    if isinstance(node, Aggregate):
        return [n for n in (node.where, node.body) if n is not None]
    return []

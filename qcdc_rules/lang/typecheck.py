"""Type checking of conditions against the fact schema, before any profile is seen.

A condition that names a field that does not exist, compares a date with a number, or
uses a kind code that is not in the vocabulary is refused here, with a "did you mean"."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from fractions import Fraction

from ..model.fact_schema import BOOL, COLLECTIONS, DATE, INT, STR, UNIT, FactType, FieldSpec
from ..text import did_you_mean
from .ast import Aggregate, BoolOp, Binary, Call, Compare, ListLit, Literal, Name, Node, Unary, walk
from .parser import SyntaxProblem, parse

NUM = "num"
_SCHEMA_TYPE = {INT: NUM, BOOL: "bool", STR: "str", DATE: "date"}
PERIOD_FIELDS = ("start", "end", "previous_due")


@dataclass
class Scope:
    """What names mean where a condition is checked."""

    params: dict[str, str]  # name -> type (num/bool/str/date)
    has_period: bool = False
    item: FactType | None = None
    # Collected while checking: unit fields an item condition reads (they are copied onto
    # each item fact, because durable-rules patterns see one fact at a time).
    unit_fields_in_items: set[str] = field(default_factory=set)

    def inside(self, item: FactType) -> "Scope":
        return Scope(self.params, self.has_period, item, self.unit_fields_in_items)


def _value_type(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, Fraction)):
        return NUM
    if isinstance(value, str):
        return "str"
    if isinstance(value, dt.date):
        return "date"
    raise TypeError(value)


def _enum_of(node: Node) -> FieldSpec | None:
    return getattr(node, "spec", None)


class Checker:
    def __init__(self, scope: Scope):
        self.scope = scope

    def check(self, node: Node) -> str:
        node.type = self._check(node)
        return node.type

    def _check(self, node: Node) -> str:
        if isinstance(node, Literal):
            return _value_type(node.value)
        if isinstance(node, ListLit):
            types = {self.check(i) for i in node.items}
            if len(types) > 1:
                raise SyntaxProblem("a list must hold values of one type", node.pos)
            for item in node.items:
                if not isinstance(item, Literal):
                    raise SyntaxProblem("a list may only hold plain values", item.pos)
            node.elem_type = types.pop() if types else None
            return "list"
        if isinstance(node, Name):
            return self._name(node)
        if isinstance(node, Unary):
            t = self.check(node.operand)
            if node.op == "not":
                self._expect(node.operand, t, "bool", "'not' needs a condition")
                return "bool"
            self._expect(node.operand, t, NUM, "'-' needs a number")
            return NUM
        if isinstance(node, Binary):
            return self._binary(node)
        if isinstance(node, Compare):
            return self._compare(node)
        if isinstance(node, BoolOp):
            for item in node.items:
                self._expect(item, self.check(item), "bool", f"'{node.op}' joins conditions")
            return "bool"
        if isinstance(node, Call):
            return self._call(node)
        if isinstance(node, Aggregate):
            return self._aggregate(node)
        raise TypeError(node)

    def _expect(self, node: Node, got: str, want: str, what: str) -> None:
        if got != want:
            raise SyntaxProblem(f"{what}; this is a {_describe(got)}", node.pos,
                                f"expected a {_describe(want)}")

    def _name(self, node: Name) -> str:
        scope = self.scope
        root = node.parts[0]
        if root == "unit":
            if len(node.parts) != 2:
                raise SyntaxProblem("write unit.<field>, e.g. unit.staff", node.pos)
            spec = UNIT.fields.get(node.parts[1])
            if spec is None:
                raise SyntaxProblem(f"unit has no field '{node.parts[1]}'", node.pos,
                                    did_you_mean(node.parts[1], UNIT.fields) or _list(UNIT.fields))
            node.scope = "unit"
            node.spec = spec
            if scope.item is not None:
                scope.unit_fields_in_items.add(spec.name)
            return _SCHEMA_TYPE[spec.type]
        if root == "as_of":
            self._single(node)
            node.scope = "const"
            return "date"
        if root == "due":
            self._single(node)
            if not scope.has_period:
                raise SyntaxProblem("'due' needs the rule to recur: add 'recurs:' to the rule", node.pos)
            node.scope = "const"
            return "date"
        if root == "period":
            if not scope.has_period:
                raise SyntaxProblem("'period' needs the rule to recur: add 'recurs:' to the rule", node.pos)
            if len(node.parts) != 2 or node.parts[1] not in PERIOD_FIELDS:
                raise SyntaxProblem("write period.start, period.end or period.previous_due", node.pos)
            node.scope = "const"
            return "date"
        if root == "params":
            if len(node.parts) != 2:
                raise SyntaxProblem("write params.<name>", node.pos)
            name = node.parts[1]
            if name not in scope.params:
                raise SyntaxProblem(f"no parameter '{name}'", node.pos,
                                    did_you_mean(name, scope.params) or
                                    (f"parameters are: {', '.join(sorted(scope.params))}" if scope.params
                                     else "declare it under 'parameters' in the ruleset"))
            node.scope = "const"
            return scope.params[name]
        if scope.item is not None and len(node.parts) == 1:
            spec = scope.item.fields.get(root)
            if spec is None:
                raise SyntaxProblem(f"{scope.item.name} have no field '{root}'", node.pos,
                                    did_you_mean(root, scope.item.fields) or _list(scope.item.fields))
            node.scope = "item"
            node.spec = spec
            return _SCHEMA_TYPE[spec.type]
        if root in COLLECTIONS:
            raise SyntaxProblem(f"'{root}' is a collection: use count({root} where …), exists(…) or all(…)",
                                node.pos)
        known = ["unit", "as_of", "params"] + (["period", "due"] if scope.has_period else [])
        if scope.item is not None:
            known += list(scope.item.fields)
            where = f" in {scope.item.name}"
        else:
            where = " outside count/exists/all (item fields need one)"
            # A bare unit or item field at the top level is a common slip: say what to write.
            if root in UNIT.fields:
                raise SyntaxProblem(f"unknown name '{root}'", node.pos, f"did you mean 'unit.{root}'?")
            for coll, ft in COLLECTIONS.items():
                if root in ft.fields:
                    raise SyntaxProblem(f"'{root}' is a field of {coll}: use it inside count({coll} where …), "
                                        f"exists(…) or all(…)", node.pos)
        raise SyntaxProblem(f"unknown name '{node.dotted}'{where}", node.pos,
                            did_you_mean(root, known) or f"names here are: {', '.join(known)}")

    def _single(self, node: Name) -> None:
        if len(node.parts) != 1:
            raise SyntaxProblem(f"'{node.parts[0]}' has no fields", node.pos)

    def _binary(self, node: Binary) -> str:
        lt, rt = self.check(node.left), self.check(node.right)
        if node.op in ("+", "-"):
            if lt == NUM and rt == NUM:
                return NUM
            if lt == "date" and rt == NUM:
                return "date"
            if node.op == "+" and lt == NUM and rt == "date":
                return "date"
            if node.op == "-" and lt == "date" and rt == "date":
                return NUM
            raise SyntaxProblem(f"cannot compute {_describe(lt)} {node.op} {_describe(rt)}", node.pos,
                                "dates take + or − a number of days; date − date gives days")
        self._expect(node.left, lt, NUM, f"'{node.op}' needs numbers")
        self._expect(node.right, rt, NUM, f"'{node.op}' needs numbers")
        if node.op == "/" and isinstance(node.right, Literal) and node.right.value == 0:
            raise SyntaxProblem("division by zero", node.right.pos)
        return NUM

    def _compare(self, node: Compare) -> str:
        lt, rt = self.check(node.left), self.check(node.right)
        left_agg, right_agg = _has_aggregate(node.left), _has_aggregate(node.right)
        if left_agg and right_agg:
            raise SyntaxProblem("only one side of a comparison may count items", node.pos)
        for side in (node.left, node.right):
            if _has_aggregate(side) and not isinstance(side, Aggregate):
                raise SyntaxProblem("compare count(…) directly: arithmetic on a count is not supported",
                                    side.pos, "e.g. count(…) >= unit.villages")
        if node.op in ("in", "not in"):
            if not isinstance(node.right, ListLit):
                raise SyntaxProblem(f"'{node.op}' needs a list such as [1, 2, 3]", node.right.pos)
            elem = getattr(node.right, "elem_type", None)
            if elem is not None and elem != lt:
                raise SyntaxProblem(f"the list holds {_describe(elem)}s but the value is a {_describe(lt)}",
                                    node.right.pos)
            for item in node.right.items:
                self._check_code(node.left, item)
            return "bool"
        if "null" in (lt, rt):
            raise SyntaxProblem("compare with null is not allowed", node.pos,
                                "use has(field) to ask whether a value was recorded")
        if lt != rt:
            raise SyntaxProblem(f"cannot compare a {_describe(lt)} with a {_describe(rt)}", node.pos)
        if node.op not in ("==", "!=") and lt not in (NUM, "date"):
            raise SyntaxProblem(f"'{node.op}' needs numbers or dates, not {_describe(lt)}s", node.pos)
        self._check_code(node.left, node.right)
        self._check_code(node.right, node.left)
        return "bool"

    def _check_code(self, field_node: Node, value_node: Node) -> None:
        """A literal compared with a kind field must be one of that field's codes."""
        spec = _enum_of(field_node)
        if spec is None or spec.enum is None or not isinstance(value_node, Literal):
            return
        codes = [v.value for v in spec.enum]
        if value_node.value not in codes:
            raise SyntaxProblem(f"'{value_node.value}' is not a {spec.en} code", value_node.pos,
                                did_you_mean(str(value_node.value), codes) or f"codes are: {', '.join(codes)}")

    def _call(self, node: Call) -> str:
        if node.func == "has":
            if len(node.args) != 1 or not isinstance(node.args[0], Name):
                raise SyntaxProblem("has( takes one field name, e.g. has(date)", node.pos)
            self.check(node.args[0])
            if node.args[0].scope == "const":
                raise SyntaxProblem("has( asks about a recorded field, not a constant", node.args[0].pos)
            return "bool"
        if len(node.args) < 2:
            raise SyntaxProblem(f"{node.func}( takes two or more values", node.pos)
        types = {self.check(a) for a in node.args}
        if len(types) != 1 or types.pop() not in (NUM, "date"):
            raise SyntaxProblem(f"{node.func}( takes numbers, or dates, of one type", node.pos)
        for arg in node.args:
            if _has_aggregate(arg):
                raise SyntaxProblem(f"{node.func}( cannot take count(…)", arg.pos)
        return node.args[0].type

    def _aggregate(self, node: Aggregate) -> str:
        if self.scope.item is not None:
            raise SyntaxProblem(f"{node.func}( cannot be used inside another count/exists/all", node.pos)
        item = COLLECTIONS.get(node.collection)
        if item is None:
            raise SyntaxProblem(f"no evidence collection '{node.collection}'", node.coll_pos,
                                did_you_mean(node.collection, COLLECTIONS) or _list(COLLECTIONS))
        inner = Checker(self.scope.inside(item))
        if node.where is not None:
            self._expect(node.where, inner.check(node.where), "bool", "'where' needs a condition")
        if node.body is not None:
            self._expect(node.body, inner.check(node.body), "bool", "after 'have' comes a condition")
        return NUM if node.func == "count" else "bool"


def _has_aggregate(node: Node) -> bool:
    return any(isinstance(n, Aggregate) for n in walk(node))


def _describe(t: str | None) -> str:
    return {NUM: "number", "bool": "condition (true/false)", "str": "text", "date": "date",
            "list": "list", "null": "null"}.get(t or "", str(t))


def _list(names) -> str:
    return "fields are: " + ", ".join(sorted(names))


def check_condition(node: Node, scope: Scope) -> Node:
    """Type-check a whole condition; it must be true/false."""
    t = Checker(scope).check(node)
    if t != "bool":
        raise SyntaxProblem(f"a condition must be true or false; this is a {_describe(t)}", node.pos,
                            "compare it, e.g. … >= 1")
    return node


@functools.cache
def caveat_condition(text: str) -> Node:
    """A caveat's ``when``, parsed and type-checked as a condition on the unit's own facts."""
    return check_condition(parse(text), Scope({}))

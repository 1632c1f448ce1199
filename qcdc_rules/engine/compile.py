"""From rule data to a plan the matchers and the fold can run.

1. ``parse_ruleset`` (once per ruleset): every condition is parsed and type-checked.
2. ``bind`` (once per as-of date and calendar context): names that do not depend on the
   unit (``as_of``, ``params.*``, ``period.*``, ``due``) become values and are folded.
3. ``build_plan``: every leaf condition becomes a predicate, a pair of single-fact
   patterns (surely true / surely false). Predicates are shared between rules: two rules
   that test the same thing test it once.

Aggregates (count, exists, all) are not patterns: their ``where`` and ``:`` parts are,
and the fold counts the facts each matcher reports."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from ..lang.ast import Aggregate, BoolOp, Binary, Call, Compare, ListLit, Literal, Name, Node, Unary
from ..lang.parser import SyntaxProblem
from ..model.fact_schema import COLLECTIONS
from ..time.periods import Period
from .facts import UNIT_COPY_PREFIX
from .patterns import ALWAYS, DNF, FLIP, NEGATE, NEVER, TooComplex, arith, atom, d_and, d_or


@dataclass
class Consts:
    as_of: dt.date
    params: dict[str, Any]
    period: Period | None = None


# -- binding: constants in, folded tree out ---------------------------------------------------

def _lit(node: Node, value: Any) -> Literal:
    out = Literal(node.pos, node.end, value)
    out.type = node.type
    return out


def _num(value: Any) -> Any:
    return value.toordinal() if isinstance(value, dt.date) else value


def _from_num(value: Any, type_: str) -> Any:
    if type_ == "date" and not isinstance(value, dt.date):
        return dt.date.fromordinal(int(value))
    if isinstance(value, Fraction) and value.denominator == 1:
        return int(value)
    return value


def compare_values(op: str, a: Any, b: Any) -> bool:
    if op == "in":
        return a in b
    if op == "not in":
        return a not in b
    a, b = _num(a), _num(b)
    return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def bind(node: Node, consts: Consts) -> Node:
    """``node`` with constants substituted and folded, max/min opened up. A part that reads no
    constant and folds to nothing comes back as itself, not a copy: what it compiles to
    (``true_false``, ``PlanBuilder``) is kept on it, so it is compiled once per rule book, whatever
    the as-of date, and a rule book read back from the cache (load.book_cache) brings it along."""
    b = _Binder(consts)
    return b.visit(node)


class _Binder:
    def __init__(self, consts: Consts):
        self.c = consts

    def visit(self, node: Node) -> Node:
        method = getattr(self, "v_" + type(node).__name__)
        out = method(node)
        if out.type is None:
            out.type = node.type
        return out

    def v_Literal(self, node: Literal) -> Node:
        return node

    def v_ListLit(self, node: ListLit) -> Node:
        return node

    def v_Name(self, node: Name) -> Node:
        if node.scope != "const":
            return node
        root = node.parts[0]
        if root == "as_of":
            return _lit(node, self.c.as_of)
        if root == "params":
            value = self.c.params[node.parts[1]]
            return _lit(node, value)
        period = self.c.period
        if period is None:  # pragma: no cover - the type checker refuses this
            raise SyntaxProblem("'period' used in a rule that does not recur", node.pos)
        if root == "due":
            return _lit(node, period.due)
        return _lit(node, getattr(period, node.parts[1]))

    def v_Unary(self, node: Unary) -> Node:
        operand = self.visit(node.operand)
        if isinstance(operand, Literal):
            return _lit(node, (not operand.value) if node.op == "not" else -operand.value)
        if operand is node.operand:
            return node
        out = Unary(node.pos, node.end, node.op, operand)
        return out

    def v_Binary(self, node: Binary) -> Node:
        left, right = self.visit(node.left), self.visit(node.right)
        if isinstance(left, Literal) and isinstance(right, Literal):
            return _lit(node, _from_num(arith(node.op, _num(left.value), _num(right.value)), node.type))
        if left is node.left and right is node.right:
            return node
        return Binary(node.pos, node.end, node.op, left, right)

    def v_Call(self, node: Call) -> Node:
        args = [self.visit(a) for a in node.args]
        if node.func in ("max", "min") and all(isinstance(a, Literal) for a in args):
            pick = max if node.func == "max" else min
            return _lit(node, pick((a.value for a in args), key=_num))
        if all(a is b for a, b in zip(args, node.args)):
            return node
        return Call(node.pos, node.end, node.func, args)

    def v_Compare(self, node: Compare) -> Node:
        left, right = self.visit(node.left), self.visit(node.right)
        if isinstance(left, Literal) and isinstance(right, (Literal, ListLit)):
            value = [i.value for i in right.items] if isinstance(right, ListLit) else right.value
            return _lit(node, compare_values(node.op, left.value, value))
        # x OP max(a, b) and friends become plain comparisons joined by and/or.
        for side, other, flipped in ((right, left, False), (left, right, True)):
            if isinstance(side, Call) and side.func in ("max", "min"):
                op = FLIP[node.op] if flipped else node.op
                return self.visit_minmax(node, other, op, side)
        if left is node.left and right is node.right and node.type == "bool":
            return node
        out = Compare(node.pos, node.end, node.op, left, right)
        out.type = "bool"
        return out

    def visit_minmax(self, node: Node, x: Node, op: str, call: Call) -> Node:
        def each(joiner: str, cmp_op: str) -> Node:
            parts = []
            for a in call.args:
                c = Compare(node.pos, node.end, cmp_op, x, a)
                c.type = "bool"
                parts.append(c)
            out = BoolOp(node.pos, node.end, joiner, parts)
            out.type = "bool"
            return self.visit(out)

        is_max = call.func == "max"
        if op in (">=", ">"):
            return each("and" if is_max else "or", op)
        if op in ("<=", "<"):
            return each("or" if is_max else "and", op)
        if op == "==":
            out = BoolOp(node.pos, node.end, "and", [each("and", ">=" if is_max else "<="),
                                                      each("or", "<=" if is_max else ">=")])
            out.type = "bool"
            return self.visit(out)
        eq = self.visit_minmax(node, x, "==", call)
        out = Unary(node.pos, node.end, "not", eq)
        out.type = "bool"
        return self.visit(out)

    def v_BoolOp(self, node: BoolOp) -> Node:
        items = []
        for item in (self.visit(i) for i in node.items):
            if isinstance(item, Literal):
                if item.value == (node.op == "or"):  # true in 'or', false in 'and' decides it
                    return _lit(node, item.value)
                continue  # the neutral constant drops out
            items.append(item)
        if not items:
            return _lit(node, node.op == "and")
        if len(items) == 1:
            return items[0]
        if len(items) == len(node.items) and all(a is b for a, b in zip(items, node.items)):
            return node
        return BoolOp(node.pos, node.end, node.op, items)

    def v_Aggregate(self, node: Aggregate) -> Node:
        where = self.visit(node.where) if node.where is not None else None
        body = self.visit(node.body) if node.body is not None else None
        if where is node.where and body is node.body:
            return node
        out = Aggregate(node.pos, node.end, node.func, node.collection, where, body, coll_pos=node.coll_pos)
        return out


# -- predicates ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pred:
    """A leaf condition compiled for one kind of fact."""

    id: int
    fact_type: str
    true: DNF
    false: DNF
    # Which other plans are likely to hold it (the matcher keeps such predicates together so that
    # plans share its compiled form): 0 every as-of date's, 1 those of the same periods, 2 only
    # this as-of date's (a condition that reads the date itself).
    group: int = 0


@dataclass
class PredTable:
    preds: list[Pred] = field(default_factory=list)
    _index: dict[tuple, int] = field(default_factory=dict)
    sources: dict[int, Node] = field(default_factory=dict)  # for the reference evaluator

    def add(self, fact_type: str, true: DNF, false: DNF, source: Node, group: int = 0) -> int:
        key = (fact_type, true, false)
        if key not in self._index:
            pid = len(self.preds)
            self.preds.append(Pred(pid, fact_type, true, false, group))
            self._index[key] = pid
            self.sources[pid] = source
        return self._index[key]


class NotLinear(Exception):
    pass


def _field(node: Name, ctx: str) -> str:
    if node.scope == "unit" and ctx != "unit":
        return UNIT_COPY_PREFIX + node.parts[1]
    return node.parts[-1]


def _linear(node: Node, ctx: str) -> tuple[dict[str, Fraction], Fraction]:
    if isinstance(node, Literal):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, Fraction, dt.date)):
            raise NotLinear
        return {}, Fraction(_num(node.value))
    if isinstance(node, Name):
        return {_field(node, ctx): Fraction(1)}, Fraction(0)
    if isinstance(node, Unary) and node.op == "-":
        terms, k = _linear(node.operand, ctx)
        return {f: -c for f, c in terms.items()}, -k
    if isinstance(node, Binary):
        lt, lk = _linear(node.left, ctx)
        rt, rk = _linear(node.right, ctx)
        if node.op in ("+", "-"):
            sign = 1 if node.op == "+" else -1
            terms = dict(lt)
            for f, c in rt.items():
                terms[f] = terms.get(f, 0) + sign * c
            return {f: c for f, c in terms.items() if c != 0}, lk + sign * rk
        if node.op == "*":
            if lt and rt:
                raise NotLinear
            scale, (terms, k) = (rk, (lt, lk)) if not rt else (lk, (rt, rk))
            return {f: c * scale for f, c in terms.items() if c * scale != 0}, k * scale
        if rt:
            raise NotLinear
        return {f: c / rk for f, c in lt.items()}, lk / rk
    raise NotLinear


def _scaled(field_name: str, coef: Fraction) -> tuple:
    term: tuple = ("f", field_name)
    if coef.numerator != 1:
        term = ("*", term, ("c", coef.numerator))
    if coef.denominator != 1:
        term = ("/", term, ("c", coef.denominator))
    return term


def _guards(node: Node, ctx: str) -> DNF:
    """Existence of every field a condition reads, including fields that cancel out
    (``present - present > 0`` is unknown, not false, when ``present`` is missing)."""
    from ..lang.ast import walk
    names = sorted({_field(n, ctx) for n in walk(node) if isinstance(n, Name)})
    return d_and(*(atom("ex", f) for f in names)) if names else ALWAYS


def _numeric_compare(op: str, left: Node, right: Node, ctx: str) -> DNF:
    """``left op right`` over numbers or dates, as one field against an expression."""
    lt, lk = _linear(left, ctx)
    rt, rk = _linear(right, ctx)
    terms = dict(lt)
    for f, c in rt.items():
        terms[f] = terms.get(f, 0) - c
    terms = {f: c for f, c in terms.items() if c != 0}
    k = lk - rk  # terms + k  op  0
    guards = d_and(_guards(left, ctx), _guards(right, ctx))
    if not terms:
        return guards if compare_values(op, k, 0) else NEVER
    pivot = min(terms, key=lambda f: (abs(terms[f]) != 1, f))
    c = terms.pop(pivot)
    if c < 0:
        op = FLIP[op]
    rhs: tuple | None = None
    for f in sorted(terms):
        term = _scaled(f, -terms[f] / c) if -terms[f] / c > 0 else None
        if term is None:  # negative coefficient: subtract
            term_pos = _scaled(f, terms[f] / c)
            rhs = ("-", rhs if rhs is not None else ("c", 0), term_pos)
        else:
            rhs = term if rhs is None else ("+", rhs, term)
    const = -k / c
    if rhs is None:
        rhs = ("c", const)
    elif const != 0:
        rhs = ("+", rhs, ("c", const)) if const > 0 else ("-", rhs, ("c", -const))
    return d_and(atom(op, pivot, rhs), guards)


def _value_compare(op: str, left: Node, right: Node, ctx: str) -> DNF:
    """Equality of texts or booleans: a field against a literal or another field."""
    if isinstance(left, Literal):
        left, right = right, left
        op = FLIP[op]
    if not isinstance(left, Name):
        raise SyntaxProblem("compare a field with a value", left.pos)
    if isinstance(right, Literal):
        return atom(op, _field(left, ctx), ("c", right.value))
    if isinstance(right, Name):
        return atom(op, _field(left, ctx), ("f", _field(right, ctx)))
    raise SyntaxProblem("compare a field with a value", right.pos)


def _compare(op: str, node: Compare, ctx: str) -> DNF:
    if node.left.type in ("num", "date"):
        try:
            return _numeric_compare(op, node.left, node.right, ctx)
        except NotLinear:
            raise SyntaxProblem("only sums of fields and numbers, multiplied or divided by numbers, can be "
                                "compared", node.pos, "multiply or divide by a number, not by a field") from None
    return _value_compare(op, node.left, node.right, ctx)


def true_false(node: Node, ctx: str) -> tuple[DNF, DNF]:
    """The patterns where a condition surely holds and surely fails, on one fact. Kept on the node
    (a bound tree is never changed): simplifying patterns was most of the time of compiling a plan."""
    memo = node.__dict__.get("_true_false")
    if memo is not None and ctx in memo:
        return memo[ctx]
    store = _store
    if store is not None:
        key = (fingerprint(node), ctx)
        store.used.add(key)
        out = store.known.get(key)
        if out is None:
            out = store.known[key] = _true_false(node, ctx)
            store.added += 1
            store.computed += 1
    else:
        out = _true_false(node, ctx)
    if memo is None:
        node._true_false = memo = {}  # type: ignore[attr-defined]
    memo[ctx] = out
    return out


class PatternStore:
    """What conditions compiled to, by their fingerprint, across processes: a bound condition is a
    new tree in every process, and most read a parameter or a period, so without it a one-unit
    check compiles 250 conditions again (load.book_cache keeps one on disk beside the rule book)."""

    def __init__(self, known: dict | None = None):
        self.known: dict[tuple[bytes, str], tuple[DNF, DNF]] = known if known is not None else {}
        self.added = 0  # since it was last saved
        self.computed = 0  # since it was opened
        self.used: set[tuple[bytes, str]] = set()  # what this process asked for: what is worth keeping


_store: PatternStore | None = None


def use_store(store: PatternStore | None) -> PatternStore | None:
    """Compile through ``store`` from now on (None: no store); returns the one used before."""
    global _store
    before, _store = _store, store
    return before


def fingerprint(node: Node) -> bytes:
    """A digest of everything ``true_false`` reads of a tree: each node's class, type, operator,
    names and their scope, literal values with their Python type, and its children's digests.
    Positions are left out: two conditions written alike compile alike."""
    fp = node.__dict__.get("_fingerprint")
    if fp is not None:
        return fp
    if isinstance(node, Literal):
        own: tuple = (_value_key(node.value),)
    elif isinstance(node, Name):
        own = (node.parts, node.scope)
    elif isinstance(node, ListLit):
        own = tuple(fingerprint(i) for i in node.items)
    elif isinstance(node, (Unary,)):
        own = (node.op, fingerprint(node.operand))
    elif isinstance(node, (Binary, Compare)):
        own = (node.op, fingerprint(node.left), fingerprint(node.right))
    elif isinstance(node, BoolOp):
        own = (node.op, *(fingerprint(i) for i in node.items))
    elif isinstance(node, Call):
        own = (node.func, *(fingerprint(a) for a in node.args))
    elif isinstance(node, Aggregate):
        own = (node.func, node.collection, fingerprint(node.where) if node.where is not None else None,
               fingerprint(node.body) if node.body is not None else None)
    else:  # pragma: no cover - every node class is above
        raise TypeError(f"no fingerprint for {type(node).__name__}")
    fp = hashlib.blake2b(repr((type(node).__name__, node.type, own)).encode(), digest_size=20).digest()
    node._fingerprint = fp  # type: ignore[attr-defined]
    return fp


def _value_key(value: Any) -> tuple:
    """A literal with its type: True and 1, 2 and Fraction(2), are not the same value here."""
    if isinstance(value, tuple):
        return ("tuple", tuple(_value_key(v) for v in value))
    return (type(value).__name__, value)


def _true_false(node: Node, ctx: str) -> tuple[DNF, DNF]:
    if isinstance(node, Literal):
        return (ALWAYS, NEVER) if node.value else (NEVER, ALWAYS)
    if isinstance(node, BoolOp):
        parts = [true_false(i, ctx) for i in node.items]
        ts, fs = [p[0] for p in parts], [p[1] for p in parts]
        return (d_and(*ts), d_or(*fs)) if node.op == "and" else (d_or(*ts), d_and(*fs))
    if isinstance(node, Unary) and node.op == "not":
        t, f = true_false(node.operand, ctx)
        return f, t
    if isinstance(node, Name):  # a yes/no field
        name = _field(node, ctx)
        return atom("==", name, ("c", True)), atom("==", name, ("c", False))
    if isinstance(node, Call) and node.func == "has":
        name = _field(node.args[0], ctx)
        return atom("ex", name), atom("nex", name)
    if isinstance(node, Compare):
        if node.op in ("in", "not in"):
            alts = []
            for item in node.right.items:
                eq = Compare(node.pos, node.end, "==", node.left, item)
                alts.append(true_false(eq, ctx))
            t, f = d_or(*(a[0] for a in alts)), d_and(*(a[1] for a in alts))
            return (t, f) if node.op == "in" else (f, t)
        return _compare(node.op, node, ctx), _compare(NEGATE[node.op], node, ctx)
    raise SyntaxProblem("this cannot be used as a condition here", node.pos)


# -- the plan ----------------------------------------------------------------------------------

@dataclass
class AggPlan:
    node: Aggregate
    where: int  # predicate id over the collection
    body: int | None
    kinds: tuple[str, ...] | None  # evidence kinds the 'where' names, for missing vs not met


def evidence_kinds(agg: Aggregate) -> tuple[str, ...] | None:
    """The kinds an aggregate looks at, read from ``kind == …`` / ``kind in […]`` in its where."""
    kind_field = COLLECTIONS[agg.collection].kind_field
    if kind_field is None or agg.where is None:
        return None
    conjuncts = agg.where.items if isinstance(agg.where, BoolOp) and agg.where.op == "and" else [agg.where]
    for c in conjuncts:
        if isinstance(c, Compare) and isinstance(c.left, Name) and c.left.parts == (kind_field,):
            if c.op == "==" and isinstance(c.right, Literal):
                return (str(c.right.value),)
            if c.op == "in" and isinstance(c.right, ListLit):
                return tuple(str(i.value) for i in c.right.items)
    return None


def has_aggregate(node: Node) -> bool:
    from ..lang.ast import walk
    return any(isinstance(n, Aggregate) for n in walk(node))


def compile_check(node: Node) -> None:
    """Raises SyntaxProblem if a bound tree cannot be compiled into a plan; remembered on the tree
    when it can (what it compiles to is kept on its nodes: ``true_false``)."""
    if node.__dict__.get("_compiles"):
        return
    PlanBuilder(PredTable()).add(node)
    node._compiles = True  # type: ignore[attr-defined]


class PlanBuilder:
    """Annotates bound trees: leaf conditions get a predicate id, aggregates an AggPlan."""

    def __init__(self, table: PredTable):
        self.table = table
        self._group = 0
        self.leaf: dict[int, int] = {}  # id(node) -> predicate id (unit-level leaves)
        self.aggs: dict[int, AggPlan] = {}  # id(aggregate node) -> plan

    def add(self, node: Node, group: int = 0) -> None:
        """Compile ``node`` into the table; its predicates are of ``group`` (``Pred.group``)."""
        self._group = group
        try:
            self._add(node)
        except TooComplex as e:
            raise SyntaxProblem(str(e), node.pos, "split the condition into several checks") from None

    def _add(self, node: Node) -> None:
        if isinstance(node, BoolOp):
            for item in node.items:
                self._add(item)
            return
        if isinstance(node, Unary) and node.op == "not":
            self._add(node.operand)
            return
        if isinstance(node, Aggregate):
            self._aggregate(node)
            return
        if isinstance(node, Compare) and has_aggregate(node):
            agg = node.left if isinstance(node.left, Aggregate) else node.right
            self._aggregate(agg)
            return
        if isinstance(node, Literal):
            return
        t, f = true_false(node, "unit")
        self.leaf[id(node)] = self.table.add("unit", t, f, node, self._group)

    def _aggregate(self, agg: Aggregate) -> None:
        where_node = agg.where if agg.where is not None else Literal(agg.pos, agg.pos, True)
        t, f = true_false(where_node, "item")
        where = self.table.add(agg.collection, t, f, where_node, self._group)
        body = None
        if agg.body is not None:
            bt, bf = true_false(agg.body, "item")
            body = self.table.add(agg.collection, bt, bf, agg.body, self._group)
        self.aggs[id(agg)] = AggPlan(agg, where, body, evidence_kinds(agg))

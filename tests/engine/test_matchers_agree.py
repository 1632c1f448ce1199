"""The compiled patterns mean what the conditions say, in plain Python and in durable-rules.

Random conditions over meeting facts (comparisons, arithmetic, and/or/not, has, in, fields
that may be missing) are evaluated three ways: directly on the tree in three-valued logic
(the definition), by the compiled patterns in plain Python, and by the same patterns in
durable-rules. All three must agree on every fact."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcdc_rules.engine.compile import Consts, PlanBuilder, PredTable, bind
from qcdc_rules.engine.durable import DurableMatcher
from qcdc_rules.engine.facts import FactSet
from qcdc_rules.engine.matchers import PythonMatcher, ReferenceMatcher
from qcdc_rules.lang.parser import parse
from qcdc_rules.lang.typecheck import Scope, check_condition

NUM_FIELDS = ["present", "summoned", "votes_for"]
DATE0 = dt.date(2024, 1, 1).toordinal()

num_field = st.sampled_from(NUM_FIELDS)
small = st.integers(min_value=0, max_value=6)


@st.composite
def number_expr(draw):
    kind = draw(st.sampled_from(["field", "const", "scaled", "sum", "diff"]))
    if kind == "field":
        return draw(num_field)
    if kind == "const":
        return str(draw(small))
    if kind == "scaled":
        return f"{draw(num_field)} * {draw(st.integers(1, 3))} / {draw(st.integers(1, 3))}"
    if kind == "sum":
        return f"{draw(num_field)} + {draw(num_field)}"
    return f"{draw(num_field)} - {draw(small)}"


@st.composite
def leaf(draw):
    kind = draw(st.sampled_from(["cmp", "cmp", "date", "bool", "has", "kind", "in"]))
    op = draw(st.sampled_from(["==", "!=", "<", "<=", ">", ">="]))
    if kind == "cmp":
        return f"{draw(number_expr())} {op} {draw(number_expr())}"
    if kind == "date":
        return f"date {op} 2024-01-0{draw(st.integers(1, 5))}"
    if kind == "bool":
        return draw(st.sampled_from(["delegates", "minutes", "not delegates"]))
    if kind == "has":
        return f"has({draw(st.sampled_from(NUM_FIELDS + ['date', 'minutes']))})"
    if kind == "kind":
        return f"kind {draw(st.sampled_from(['==', '!=']))} '{draw(st.sampled_from(['staff_conference', 'other']))}'"
    return f"present {draw(st.sampled_from(['in', 'not in']))} [{draw(small)}, {draw(small)}]"


conditions = st.recursive(leaf(), lambda inner: st.one_of(
    st.tuples(inner, inner).map(lambda p: f"({p[0]} and {p[1]})"),
    st.tuples(inner, inner).map(lambda p: f"({p[0]} or {p[1]})"),
    inner.map(lambda c: f"not ({c})"),
), max_leaves=5)


@st.composite
def meeting_fact(draw, i):
    fact = {"id": f"meetings#{i}", "t": "meetings"}
    for name in NUM_FIELDS:
        if draw(st.booleans()):
            fact[name] = draw(small)
    if draw(st.booleans()):
        fact["date"] = DATE0 + draw(st.integers(0, 5))
    for name in ("delegates", "minutes"):
        if draw(st.booleans()):
            fact[name] = draw(st.booleans())
    if draw(st.booleans()):
        fact["kind"] = draw(st.sampled_from(["staff_conference", "other"]))
    return fact


@st.composite
def fact_sets(draw):
    n = draw(st.integers(1, 5))
    items = [draw(meeting_fact(i)) for i in range(n)]
    return FactSet(dt.date(2024, 6, 30), {"id": "unit", "t": "unit"}, {"meetings": items}, set())


DURABLE = DurableMatcher()


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(conds=st.lists(conditions, min_size=1, max_size=6), facts=fact_sets())
def test_reference_python_and_durable_agree(conds, facts):
    table = PredTable()
    builder = PlanBuilder(table)
    consts = Consts(dt.date(2024, 6, 30), {})
    for text in conds:
        node = check_condition(parse(f"exists(meetings where {text})"), Scope({}))
        builder.add(bind(node, consts))
    expected = ReferenceMatcher().match(table, facts)
    assert PythonMatcher().match(table, facts) == expected
    assert DURABLE.match(table, facts) == expected
    for t, f in expected.values():
        assert not (t & f), "a fact cannot both surely hold and surely fail"

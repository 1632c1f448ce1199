"""The condition language: what parses, what type-checks, and the errors a ruleset author sees."""

from __future__ import annotations

import pytest

from qcdc_rules.lang.parser import SyntaxProblem, parse, unparse
from qcdc_rules.lang.typecheck import Scope, check_condition

SCOPE = Scope({"posting_days": "num", "law_in_force": "date"}, has_period=True)


@pytest.mark.parametrize("text", [
    "unit.staff > 7",
    "unit.type == 'state_agency' or unit.fully_state_funded",
    "exists(documents where kind == 'democracy_regulation' and date >= params.law_in_force)",
    "all(disclosures where item in [1, 2, 3] have office_days >= params.posting_days "
    "and villages_posted >= unit.villages)",
    "count(boards where kind == 'people_inspection') >= max(5, unit.villages)",
    "exists(meetings where kind == 'staff_conference' and date > period.end and date <= due)",
    "all(meetings where has(summoned) have present >= summoned * 2 / 3)",
    "exists(trainings where as_of - date <= 365)",
    "not exists(boards where current) or all(boards where current have term_months == 24)",
])
def test_valid_conditions_parse_check_and_print_back(text):
    node = check_condition(parse(text), SCOPE)
    again = check_condition(parse(unparse(node)), SCOPE)
    assert unparse(again) == unparse(node)


@pytest.mark.parametrize("text,message,hint", [
    ("unit.staf > 7", "unit has no field 'staf'", "did you mean 'staff'?"),
    ("staff > 7", "unknown name 'staff'", "did you mean 'unit.staff'?"),
    ("exists(documents where kind == 'democracy_regulaton')", "is not a kind of document code",
     "did you mean 'democracy_regulation'?"),
    ("exists(docs)", "no evidence collection 'docs'", "did you mean 'documents'?"),
    ("exists(meetings where dat > as_of)", "meetings have no field 'dat'", "did you mean 'date'?"),
    ("exists(meetings where date > 5)", "cannot compare a date with a number", None),
    ("params.posting_day > 1", "no parameter 'posting_day'", "did you mean 'posting_days'?"),
    ("cnt(documents) > 1", "unknown function 'cnt'", "did you mean 'count'?"),
    ("unit.staff = 7", "unexpected character '='", "use == to compare"),
    ("unit.staff", "a condition must be true or false", None),
    ("count(documents) + 1 > 2", "arithmetic on a count is not supported", None),
    ("all(meetings where kind == 'other')", "all( needs 'have <condition>'", None),
    ("1 < unit.staff < 9", "comparisons cannot be chained", None),
    ("exists(meetings where exists(documents))", "cannot be used inside another", None),
])
def test_errors_say_what_and_suggest(text, message, hint):
    with pytest.raises(SyntaxProblem) as info:
        check_condition(parse(text), SCOPE)
    assert message in info.value.message
    if hint:
        assert hint in (info.value.hint or "")


def test_non_linear_arithmetic_is_refused_when_compiling():
    import datetime as dt

    from qcdc_rules.engine.compile import Consts, PlanBuilder, PredTable, bind
    node = check_condition(parse("exists(meetings where present * summoned > 3)"), SCOPE)
    with pytest.raises(SyntaxProblem, match="multiplied or divided by numbers"):
        PlanBuilder(PredTable()).add(bind(node, Consts(dt.date(2024, 1, 1), {})))


def test_error_positions_point_into_the_condition():
    with pytest.raises(SyntaxProblem) as info:
        check_condition(parse("exists(meetings where kind == 'staff_conferense')"), SCOPE)
    assert info.value.pos == len("exists(meetings where kind == ")

"""benchmarks/bench_engines.py times CLIPS and rule-engine on translations of the compiled patterns and
hand-written checks of a sample of rules; a timing means nothing unless they match what durable-rules
matches. Here the translations run on conditions written to sit on their edges (a field missing, a value
of the wrong type, a quotient exactly on the bound, text against text) and, with three sample rules,
on a handful of units of the national sample. Skipped where clipspy or rule-engine is not installed
(`pip install -e '.[bench]'`)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("clips")
pytest.importorskip("rule_engine")

from qcdc_rules.engine.compile import Consts, PlanBuilder, PredTable, bind  # noqa: E402
from qcdc_rules.engine.evaluate import Evaluator, make_matcher  # noqa: E402
from qcdc_rules.engine.facts import FactSet  # noqa: E402
from qcdc_rules.engine.matchers import Matches, ReferenceMatcher  # noqa: E402
from qcdc_rules.lang.parser import parse  # noqa: E402
from qcdc_rules.lang.typecheck import Scope, check_condition  # noqa: E402
from qcdc_rules.load.ruleset import load_rulebook  # noqa: E402
from qcdc_rules.sample.national import files  # noqa: E402

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_engines.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_engines", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


EDGES = [
    "present >= summoned * 2 / 3",  # exactly two thirds is in; divides as a number, not as C does
    "not delegates or votes_for > present / 2",
    "kind != 'staff_conference' and has(minutes)",
    "present - votes_for <= 1 or date < 2024-01-03",
    "present in [3, 4] and minutes",
    "not has(summoned) or summoned == present",
]

MEETINGS = [
    {"present": 20, "summoned": 30, "votes_for": 11, "delegates": True, "kind": "staff_conference"},
    {"present": 19, "summoned": 30, "votes_for": 10, "delegates": True, "minutes": False, "kind": "other"},
    {"present": 4, "votes_for": 3, "delegates": False, "minutes": True, "date": dt.date(2024, 1, 2).toordinal()},
    {"present": 3, "summoned": 3, "kind": "other", "minutes": True, "date": dt.date(2024, 1, 3).toordinal()},
    {"summoned": 7, "votes_for": 0},  # present missing: most tests neither hold nor fail
    {},
]


def _facts(items: list[dict]) -> FactSet:
    meetings = [{"id": f"meetings#{i}", "t": "meetings", **m} for i, m in enumerate(items)]
    return FactSet(dt.date(2024, 6, 30), {"id": "unit", "t": "unit", "type": "commune"}, {"meetings": meetings}, set())


def test_clips_and_rule_engine_translations_match_the_reference_on_edge_values(bench):
    table = PredTable()
    builder = PlanBuilder(table)
    for text in EDGES:
        node = check_condition(parse(f"exists(meetings where {text})"), Scope({}))
        builder.add(bind(node, Consts(dt.date(2024, 6, 30), {})))
    facts = _facts(MEETINGS)
    expected = ReferenceMatcher().match(table, facts)
    assert any(t for t, _ in expected.values()) and any(f for _, f in expected.values())
    assert any(len(t) + len(f) < len(MEETINGS) for t, f in expected.values()), "some facts must stay unknown"

    clips = bench.ClipsProgram({0: table}, bench.fact_fields([bench.Unit(0, (), None, facts, {})]))
    assert clips.match([(0, 0, facts, table)])[0] == expected
    assert bench.RuleEngineProgram({0: table}).match(0, facts) == expected


RULES = ["LDC-13-1", "ND61-6-1", "ND145-38-2"]  # commune, village, enterprises: unit leaves and aggregates


def test_three_sample_rules_match_alike_on_every_engine(bench):
    book = load_rulebook(None)
    population = list(bench.profiles(files(seed=1, provinces=1, communes=1)))
    wanted = {"commune": 1, "village": 2, "enterprise": 1, "state_owned_enterprise": 1}
    picked = []
    for p in population:
        if wanted.get(p.type.value, 0) > 0:
            wanted[p.type.value] -= 1
            picked.append(p)
    units = bench.prepare(Evaluator(book, "durable"), picked)
    bench.check_sample(book, min(u.facts.as_of for u in units), max(u.facts.as_of for u in units), RULES)
    plan_ids = {key: i for i, key in enumerate(bench.groups(units))}
    tables = {u.plan_key: bench.sub_table(u.plan.table, [p for r in RULES for p in bench.leaf_preds(u.plan, r)])
              for u in units}

    durable = make_matcher("durable")
    want = {u.index: durable.match(tables[u.plan_key], u.facts) for u in units}
    durable.close()
    results, satisfied, failed = bench.tally(want)
    assert results > 20 and satisfied > 0 and failed > 0

    clips = bench.ClipsProgram({plan_ids[k]: t for k, t in tables.items()}, bench.fact_fields(units))
    assert clips.match([(u.index, plan_ids[u.plan_key], u.facts, tables[u.plan_key]) for u in units]) == want
    rule_engine = bench.RuleEngineProgram({plan_ids[k]: t for k, t in tables.items()})
    assert {u.index: rule_engine.match(plan_ids[u.plan_key], u.facts) for u in units} == want
    hand = bench.run_hand(units, RULES)
    assert bench.hand_differences(units, RULES, want, hand.matches) == []

    # and the comparisons see a difference: one decided predicate of one unit read the other way round
    index, pid = next((i, p) for i, m in want.items() for p, (t, f) in m.items() if t or f)
    doctored = {i: Matches(m) for i, m in want.items()}
    doctored[index][pid] = doctored[index][pid][::-1]
    assert bench.differences(want, doctored)
    assert bench.hand_differences(units, RULES, doctored, hand.matches)


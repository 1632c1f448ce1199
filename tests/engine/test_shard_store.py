"""Plans share their durable-rules shards by content (``durable.ShardStore``): the plan of the next day
compiles only what the date changes, a shard no plan holds is deleted past the spare ones, and a shard
that failed in the C core is never handed out again."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from qcdc_rules.engine import durable
from qcdc_rules.engine.durable import DurableMatcher, ShardStore
from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.engine.matchers import PythonMatcher
from qcdc_rules.errors import EngineError
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.testing import build_profile

DAY = dt.date(2026, 5, 4)


@pytest.fixture(scope="module")
def evaluator():
    return Evaluator(load_rulebook("lai-chau"), "python")


def test_the_next_days_plan_compiles_only_what_the_date_changes(evaluator):
    matcher = DurableMatcher()
    try:
        first = matcher.program(evaluator.plan(DAY, "commune").table)
        built = matcher.store.built
        assert built == len(first.shards) > 10
        other = evaluator.plan(DAY + dt.timedelta(days=1), "commune")
        assert other.table is not evaluator.plan(DAY, "commune").table  # a plan of its own
        second = matcher.program(other.table)
        new = matcher.store.built - built
        assert 0 < new < len(second.shards) / 4, (new, len(second.shards))
        assert len(set(first.shards) & set(second.shards)) == len(second.shards) - new
    finally:
        matcher.close()


def test_shared_shards_give_each_plan_its_own_matches(evaluator):
    matcher = DurableMatcher()
    profile = build_profile({"type": "commune", "headcount": {"villages": 5}}, None)
    try:
        for day in (DAY, DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=40), DAY):
            unit = evaluator._prepare(profile, day, None, None)
            assert matcher.match(unit.plan.table, unit.facts) == PythonMatcher().match(unit.plan.table, unit.facts)
    finally:
        matcher.close()


def test_a_shard_no_program_holds_is_deleted_past_the_spare_ones(evaluator, monkeypatch):
    deleted = []
    delete = durable._dre.delete_ruleset
    monkeypatch.setattr(durable._dre, "delete_ruleset", lambda h: (deleted.append(h), delete(h)))
    store = ShardStore(spare=3)
    program = durable.DurableProgram.build(evaluator.plan(DAY, "village").table, store)
    handles = [s.handle for s in program.shards]
    assert len(handles) > 3
    program.close()
    assert len(deleted) == len(handles) - 3 and set(deleted) < set(handles)  # the oldest, beyond three spares
    again = durable.DurableProgram.build(evaluator.plan(DAY, "village").table, store)
    assert store.built == len(handles) * 2 - 3  # the three spares taken back, the others compiled again
    again.close()
    store.close()
    assert set(handles) <= set(deleted)  # and closing the store deletes the rest


def test_a_shard_that_failed_is_never_handed_out_again(evaluator, monkeypatch):
    matcher = DurableMatcher()
    table_a = evaluator.plan(DAY, "commune").table
    table_b = evaluator.plan(DAY + dt.timedelta(days=1), "commune").table
    profile = build_profile({"type": "commune", "headcount": {"villages": 5}}, None)
    facts = evaluator._prepare(profile, DAY, None, None).facts
    try:
        a, b = matcher.program(table_a), matcher.program(table_b)
        shared = next(s for s in a.shards if s in b.shards and s.fact_type == "unit")
        real = durable.DurableProgram._assert

        def fail_in_shared(shard, *args):
            if shard is shared:
                raise EngineError("durable-rules failed: error code 303")
            return real(shard, *args)

        monkeypatch.setattr(durable.DurableProgram, "_assert", staticmethod(fail_in_shared))
        with pytest.raises(EngineError):
            matcher.match(table_a, facts)
        assert shared.broken
        monkeypatch.setattr(durable.DurableProgram, "_assert", staticmethod(real))
        with pytest.raises(EngineError, match="discarded"):  # b held the broken shard: b is discarded too
            matcher.match(table_b, facts)
        rebuilt = matcher.program(table_b)
        assert shared not in rebuilt.shards
        assert matcher.match(table_b, facts) == PythonMatcher().match(table_b, facts)
    finally:
        matcher.close()


def test_a_shard_is_sent_as_one_json_ruleset_of_capped_rules_and_its_any_rule(evaluator, monkeypatch):
    sent = []
    create = durable._dre.create_ruleset
    monkeypatch.setattr(durable._dre, "create_ruleset", lambda name, text: (sent.append(text), create(name, text))[1])
    store = ShardStore()
    program = durable.DurableProgram.build(evaluator.plan(DAY, "village").table, store)
    try:
        for text, shard in zip(sent, program.shards):
            rules = json.loads(text)
            assert rules.pop("any") == {"all": [{"m": {"t": shard.fact_type}}], "cap": durable.CAP}
            assert [json.dumps({k: v for k, v in r.items() if k != "cap"}, ensure_ascii=False, separators=(",", ":"))
                    for r in rules.values()] == list(shard.keys)
            assert all(r["cap"] == durable.CAP for r in rules.values()) and list(rules) == [
                f"c{i}" for i in range(len(shard.keys))]
    finally:
        program.close()
        store.close()


def test_a_conjunctions_rule_json_is_dr_conjunctions_with_a_node_per_test(evaluator):
    from qcdc_rules.engine.patterns import dr_conjunction

    table = evaluator.plan(DAY, "commune").table
    seen = 0
    for pred in table.preds:
        for conj in (*pred.true, *pred.false):
            text, _, chain = durable._rule(pred.fact_type, conj)
            assert json.loads(text) == dr_conjunction(pred.fact_type, conj)
            assert text == json.dumps(dr_conjunction(pred.fact_type, conj), ensure_ascii=False, separators=(",", ":"))
            assert len(chain) == len(conj) + 1  # the type's node, then one per test
            seen += 1
    assert seen > 500

"""The engine keeps durable-rules inside its limits, and turns what still fails into verdicts.

Seen with durable-rules 2.0.28: more than 64 matching alpha nodes per fact → error 303
(then crashes); 512 rules in one ruleset → never finishes; 254 properties in a fact → error
302; 1,024 live sessions → MemoryError; a session with an unhandled fact → crash on delete."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qcdc_rules.engine import durable
from qcdc_rules.engine.compile import PredTable
from qcdc_rules.engine.durable import (MAX_FACT_PROPERTIES, MAX_SHARD_STACK, MAX_STACK, DurableMatcher,
                                       DurableProgram)
from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.engine.facts import FactSet
from qcdc_rules.engine.matchers import PythonMatcher
from qcdc_rules.engine.patterns import atom
from qcdc_rules.errors import EngineError, EngineLimitError
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.model.verdict import Verdict
from qcdc_rules.testing import build_profile


def _wide_table(n: int) -> PredTable:
    table = PredTable()
    for k in range(n):
        table.add("unit", atom(">=", "v", ("c", k)), atom("<", "v", ("c", k)), None)
    return table


def test_a_wide_ruleset_is_split_into_shards_under_the_limits():
    table = _wide_table(600)  # 1,200 patterns on one fact, every one of them matching
    program = DurableProgram.build(table)
    try:
        assert len(program.shards) > 1
        for shard in program.shards:
            assert len(shard.keys) < 512
        facts = FactSet(dt.date(2024, 1, 1), {"id": "unit", "t": "unit", "v": 10_000}, {}, set())
        assert program.run(table, facts) == PythonMatcher().match(table, facts)
    finally:
        program.close()


def test_shards_stay_under_the_stack_limit():
    table = _wide_table(200)  # every test passable at once by one fact: 64 rules at most per shard
    program = DurableProgram.build(table)
    try:
        assert len(program.shards) > 1
        for shard in program.shards:
            assert shard.stack <= MAX_SHARD_STACK < MAX_STACK == 64
    finally:
        program.close()


def test_a_fact_with_too_many_properties_is_refused_before_durable_rules():
    fact = {"id": "unit", "t": "unit", **{f"p{i}": i for i in range(MAX_FACT_PROPERTIES)}}
    with pytest.raises(EngineLimitError, match="properties"):
        durable._check_width(fact)


def test_an_engine_failure_becomes_error_verdicts(monkeypatch):
    book = load_rulebook()
    evaluator = Evaluator(book, DurableMatcher())

    def broken(self, table, factsets):
        raise EngineError("durable-rules failed: error code 303")

    monkeypatch.setattr(DurableProgram, "run_many", broken)
    report = evaluator.evaluate(build_profile({"type": "commune", "headcount": {"villages": 5}}, None))
    typed = [f for f in report.findings if not (f.reason and f.reason.code in ("unit_type", "not_in_force"))]
    assert typed and all(f.verdict is Verdict.error for f in typed)
    assert "303" in typed[0].reason.detail["message"]


def test_thousands_of_evaluations_in_a_row_keep_memory_flat():
    """Sessions are freed (no MemoryError at 1,024) and a profile whose facts match no rule does
    not crash the C core: 3,000 matches in a row, each a session of its own, through the matcher
    alone (what holds sessions), then 300 whole evaluations (the Python side's caches). In a
    child process: a crash must fail this test, not the test run."""
    script = textwrap.dedent('''
        import datetime as dt, json
        from qcdc_rules.engine.evaluate import Evaluator
        from qcdc_rules.engine.facts import build_facts
        from qcdc_rules.load.ruleset import load_rulebook
        from qcdc_rules.testing import build_profile

        def rss_kb():
            with open("/proc/self/statm") as f:
                return int(f.read().split()[1]) * 4

        ev = Evaluator(load_rulebook("lai-chau"), "durable")
        rich = build_profile({"type": "commune", "headcount": {"villages": 3, "staff": 20},
                              "documents": [{"kind": "democracy_regulation", "date": "2023-09-01"}],
                              "meetings": [{"kind": "dialogue_conference", "date": "2023-10-01"}]}, None)
        bare = build_profile({"type": "state_agency"}, None)
        days = [dt.date(2024, 6, 30), dt.date(2025, 6, 30)]
        runs = [(ev.plan(d, p.type.value).table, build_facts(p, d, ev.book.unit_fields_in_items, None))
                for p, d in ((bare, days[0]), (rich, days[1]))]
        for i in range(200):
            ev.matcher.match(*runs[i % 2])
        start = rss_kb()
        for i in range(3000):
            ev.matcher.match(*runs[i % 2])
        sessions = rss_kb() - start
        for i in range(100):
            ev.evaluate(rich if i % 2 else bare, days[i % 2])
        start = rss_kb()
        for i in range(300):
            ev.evaluate(rich if i % 2 else bare, days[i % 2])
        print(json.dumps({"sessions_kb": sessions, "evaluations_kb": rss_kb() - start}))
    ''')
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    growth = json.loads(r.stdout.strip().splitlines()[-1])
    # measured: 12 kB and 0 kB; a report kept per evaluation would be ~1 MB each
    assert growth["sessions_kb"] < 10_000, f"memory grew by {growth['sessions_kb']} kB over 3,000 matches"
    assert growth["evaluations_kb"] < 3_000, f"memory grew by {growth['evaluations_kb']} kB over 300 evaluations"


def test_a_match_is_read_from_the_opening_of_its_frames_and_any_other_shape_in_full():
    from qcdc_rules.engine.durable import _matched, _pieces, _project

    fact = {"kind": '{"m":{"id":9}', "t": "meetings", "id": 'meetings#3 "quoted" \\ đ', "unread": 1}
    encoded = _project('{"id":3', _pieces(fact, ("t", "kind")), ("t", "kind"))
    assert encoded == '{"id":3,"t":"meetings","kind":"{\\"m\\":{\\"id\\":9}"}'  # its number first, the fields read
    other = _project('{"id":17', _pieces({"id": "meetings#4", "t": "meetings"}, ("t", "kind")), ("t", "kind"))
    assert _project('{"id":0', _pieces({"t": "x", "a": True}, ("t", "a")), ("t", "a")) == '{"id":0,"t":"x","a":true}'
    assert _project('{"id":0', _pieces({"t": "x", "a": 1}, ("t", "a")), ("t", "a")) == '{"id":0,"t":"x","a":1}'  # not alike
    echoed = '{"p12t0":[{"m":' + encoded + '},{"m":' + other + "}]}"  # as durable-rules hands over a rule's matches
    assert _matched(echoed) == ("p12t0", [3, 17])  # the number inside the string value is not a frame
    assert _matched('{"p1f0":[{"m":{"t":"unit","id":0}}]}') == ("p1f0", [0])  # not id-first: in full
    assert _matched('{"p1f0":{"m":{"id":5,"t":"unit"}}}') == ("p1f0", [5])  # one frame, not a list: in full
    with pytest.raises(EngineError, match="2 rules"):
        _matched('{"a":[{"m":{"id":1}}],"b":[{"m":{"id":2}}]}')


def test_reading_matches_from_message_openings_gives_the_reports_full_decoding_gives(monkeypatch):
    # The same profile through both readings of the action messages: the same report, byte for byte.
    from qcdc_rules.load.profile import load_profile

    profile = load_profile(Path(__file__).resolve().parents[2] / "cases" / "xa-ban-hon-lai-chau.yaml")
    book = load_rulebook("lai-chau")
    fast = Evaluator(book, "durable").evaluate(profile).model_dump_json()
    def in_full(message):
        (name, frames), = json.loads(message).items()
        return name, [frame["m"]["id"] for frame in frames]

    monkeypatch.setattr(durable, "_matched", in_full)
    assert Evaluator(book, "durable").evaluate(profile).model_dump_json() == fast

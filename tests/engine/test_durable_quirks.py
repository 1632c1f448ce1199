"""What durable-rules 2.0.28 does that the engine is designed around (docs/adr/0001).

These pin the upstream behaviour the guards in patterns.py and durable.py exist for. If a
new durable-rules release fixes one, its test fails: re-read the ADR before relaxing a guard.
Each runs in a child process, because the C core's faults can take a process down."""

from __future__ import annotations

import subprocess
import sys
import textwrap

HARNESS = textwrap.dedent('''
    import json
    import durable_rules_engine as dre

    def fired(rules, facts):
        rules = dict(rules, any={"all": [{"m": {"t": "u"}}]})
        h = dre.create_ruleset("q", json.dumps(rules))
        code, st = dre.assert_facts(h, json.dumps(facts))
        _, msg = dre.start_action_for_state(h, st)
        names = []
        while msg:
            names += [n for n in json.loads(msg) if n != "any"]
            msg = dre.complete_and_start_action(h, st)
        dre.delete_state(h, "0")
        return sorted(names)
''')


def run(body: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", HARNESS + textwrap.dedent(body)], capture_output=True,
                          text=True, timeout=120)


def test_arithmetic_on_a_missing_field_still_matches():
    r = run('''
        rule = {"r": {"all": [{"m": {"$and": [{"t": "u"}, {"$gte": {"a": {"$add": {"$l": {"$m": "b"}, "$r": 1}}}}]}}]}}
        print(fired(rule, [{"id": "1", "t": "u", "a": 5}]))
    ''')
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "['r']"  # b is missing, yet a >= b + 1 matched


def test_integer_division_truncates():
    r = run('''
        rule = {"r": {"all": [{"m": {"$and": [{"t": "u"}, {"p": {"$div": {"$l": {"$m": "v"}, "$r": 2}}}]}}]}}
        print(fired(rule, [{"id": "1", "t": "u", "p": 0, "v": 1}]))
    ''')
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "['r']"  # 0 == 1 / 2 in durable-rules


def test_negation_answers_wrongly_beside_a_rule_sharing_its_pattern():
    r = run('''
        rules = {
            "small": {"all": [{"u": {"$and": [{"t": "u"}, {"$lte": {"staff": 7}}]}}]},
            "nodoc": {"all": [{"v": {"t": "u"}}, {"m_1$not": {"$and": [{"t": "doc"}, {"kind": "qc"}]}}]},
            "any_doc": {"all": [{"m": {"t": "doc"}}]},
        }
        facts = [{"id": "u", "t": "u", "staff": 3}, {"id": "d", "t": "doc", "kind": "qc"}]
        print(fired(rules, facts))
    ''')
    assert r.returncode == 0, r.stderr
    assert "nodoc" in r.stdout  # a document of that kind exists, yet "none" matched

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


def run(body: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", HARNESS + textwrap.dedent(body)], capture_output=True,
                          text=True, timeout=timeout)


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


# -- what error 303 counts (events.c handleAlpha: a depth-first walk on a stack of 64 alpha nodes) --

STACK = textwrap.dedent('''
    def outcome(rules, fact):
        try:
            return "ok" if fired(rules, [fact]) is not None else "?"
        except Exception as e:  # the C core's RulesError
            return "303" if "303" in str(e) else str(e)

    def rule(*tests):
        return {"all": [{"m": {"$and": [{"t": "u"}, *tests]}}]}

    def siblings(n):  # n tests right under the type test, every one passed
        return {f"r{i}": rule({"$gte": {"v": i}}) for i in range(n)}

    def tree(a, b):  # a passed tests, under each of them the same b passed tests
        return {f"r{i}_{j}": rule({"$gte": {"v": i}}, {"$gte": {"w": j}}) for i in range(a) for j in range(b)}

    full = {"id": 1, "t": "u", "v": 10_000, "w": 10_000}
''')


def run_stack(body: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return run(STACK + textwrap.dedent(body), timeout)


def test_303_counts_the_passed_children_pending_on_the_stack_not_the_nodes_a_ruleset_holds():
    r = run_stack('''
        print(outcome(siblings(64), full), outcome(siblings(65), full))
        # 300 equality nodes under one node: the fact passes one of them
        print(outcome({f"r{i}": rule({"v": i}) for i in range(300)}, {"id": 1, "t": "u", "v": 5}))
        # 300 nodes the fact fails are never pushed
        print(outcome(siblings(300), {"id": 1, "t": "u", "v": -1}))
    ''')
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["ok", "303", "ok", "ok"]


def test_303_is_not_the_nodes_a_fact_passes_in_all_a_chain_and_shared_prefixes_stay_at_depth_one():
    r = run_stack('''
        chain = [{"$gte": {"v": i}} for i in range(200)]
        print(outcome({"r": rule(*chain)}, full))  # 201 nodes passed, one at a time
        # 100 rules, each the one before with one test more: one chain of shared nodes
        print(outcome({f"r{j}": rule(*chain[:j + 1]) for j in range(100)}, full))
        # the same 100 tests as siblings (no prefix shared) fail
        print(outcome({f"r{j}": rule(chain[j]) for j in range(100)}, full))
    ''')
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["ok", "ok", "303"]


def test_303_adds_the_pending_siblings_of_every_ancestor_to_a_nodes_children():
    # a × b: the first of the a popped pushes its b children while a - 1 wait: a - 1 + b ≤ 64
    r = run_stack('''
        for a, b in ((32, 33), (33, 32), (64, 1), (33, 33), (32, 34), (64, 2), (2, 64)):
            print(f"{a}x{b}:" + outcome(tree(a, b), full))
    ''')
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["32x33:ok", "33x32:ok", "64x1:ok", "33x33:303", "32x34:303", "64x2:303", "2x64:303"]


def test_a_test_on_another_field_or_arithmetic_is_judged_on_the_fact_before_it_is_pushed():
    # single-fact operands ($m) are evaluated in the alpha walk like constants: only passed ones count.
    # Nodes with arithmetic are never shared (compareValue answers 0): 65 equal tests are 65 siblings.
    r = run_stack('''
        plus = {f"r{i}": rule({"$gte": {"a": {"$add": {"$l": {"$m": "b"}, "$r": i}}}}) for i in range(65)}
        same = {f"r{i}": rule({"$gte": {"a": {"$add": {"$l": {"$m": "b"}, "$r": 0}}}}, {"c": i}) for i in range(65)}
        field = {f"r{i}": rule({"$gte": {"a": {"$m": "b"}}}, {"$gte": {"c": i}}) for i in range(65)}
        passes, fails = {"id": 1, "t": "u", "a": 1000, "b": 1, "c": 5}, {"id": 1, "t": "u", "a": 0, "b": 1, "c": 5}
        print(outcome(plus, passes), outcome(plus, fails), outcome(same, passes), outcome(field, passes))
    ''')
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["303", "ok", "303", "303"]


def test_512_children_of_one_node_fill_its_hash_table_and_durable_rules_never_returns():
    # what "512 rules never compile" was: each alpha node keeps its children in a table of 512 slots
    # (NEXT_BUCKET_LENGTH); the 513th child's lookup (findAlpha) walks the full table for ever.
    # Two groups of 300 are fine (see the next test), so the limit is per node, not per ruleset.
    try:
        r = run_stack('''
            outcome({f"r{i}": rule({"v": i}) for i in range(513)}, {"id": 1, "t": "u", "v": 5})
        ''', timeout=5)
    except subprocess.TimeoutExpired:
        return
    raise AssertionError(f"durable-rules returned: {r.returncode} {r.stdout} {r.stderr}")


def test_600_rules_compile_when_no_node_has_512_children():
    r = run_stack('''
        rules = {f"r{a}_{i}": rule({"x": a}, {"v": i}) for a in range(2) for i in range(300)}
        print(outcome(rules, {"id": 1, "t": "u", "x": 1, "v": 5}))
    ''')
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["ok"]

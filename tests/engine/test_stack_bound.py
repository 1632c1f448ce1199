"""The bound a shard is packed under (durable.AlphaNet) against durable-rules' own stack (error 303).

durable-rules walks a ruleset's alpha nodes depth first on a stack of 64; AlphaNet computes, before
compiling, the deepest that stack can get for any fact. These run the C core in a child process
(303 can take the process down afterwards): the bound is exact where every test can pass at once,
and no fact, random or built to pass as much as it can, overflows a shard the bound admits."""

from __future__ import annotations

import json
import random
import subprocess
import sys

from qcdc_rules.engine.durable import MAX_STACK, AlphaNet, _rule, ruleset_json
from qcdc_rules.engine.patterns import Atom, atom_order

CHILD = '''
import json, sys
import durable_rules_engine as dre
out = []
for k, (text, facts) in enumerate(json.load(sys.stdin)):
    h = dre.create_ruleset(f"s{k}", text)
    row = []
    for fact in facts:
        try:
            code, st = dre.assert_facts(h, json.dumps([fact]))
            _, msg = dre.start_action_for_state(h, st)
            while msg:  # drained before the session goes (the unhandled-context quirk)
                msg = dre.complete_and_start_action(h, st)
            dre.delete_state(h, "0")
            row.append("ok")
        except Exception as e:
            row.append("303" if "303" in str(e) else str(e))
            break  # a ruleset that failed is not used again
    out.append(row)
print(json.dumps(out))
'''


def outcomes(cases: list[tuple[str, list[dict]]]) -> list[list[str]]:
    r = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(cases), capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def shard(conjs: list[frozenset]) -> tuple[str, int]:
    """(the ruleset as the engine sends it, AlphaNet's bound for it)."""
    net = AlphaNet("u")
    keys = []
    for conj in conjs:
        text, _, chain = _rule("u", conj)
        assert net.add(chain, 10**6)
        keys.append(text)
    return ruleset_json("u", tuple(keys)), net.stack


def ge(f: str, k) -> Atom:
    return Atom(">=", f, ("c", k))


def test_the_bound_is_durable_rules_limit_where_every_test_can_pass():
    shapes = {  # name → conjunctions whose every test a fact with huge values passes
        "siblings": lambda n: [frozenset([ge("v", i)]) for i in range(n)],
        "two levels": lambda n: [frozenset([ge("v", i), ge("w", j)]) for i in range(n - 32) for j in range(33)],
        "three levels": lambda n: [frozenset([ge("v", i), ge("w", j), ge("x", k)])
                                   for i in range(4) for j in range(4) for k in range(n - 6)],
    }
    cases, bounds = [], []
    for make in shapes.values():
        for n in (64, 65):
            text, bound = shard(make(n))
            cases.append((text, [{"id": 1, "t": "u", "v": 10**6, "w": 10**6, "x": 10**6}]))
            bounds.append(bound)
    assert bounds == [64, 65] * 3
    assert outcomes(cases) == [["ok"], ["303"]] * 3


FIELDS = ("a", "b", "c", "d", "e")
BIG = 10**6  # every field of the fullest fact
CONSTANTS = (0, 1, 2.5, True, "x", BIG, float(BIG))


def random_atom(rng: random.Random, failing: bool) -> Atom:
    """A test the fullest fact (every field BIG) passes, or (``failing``) any test, some of which it
    fails and the bound counts all the same."""
    f, g = rng.choice(FIELDS), rng.choice(FIELDS)
    if not failing:
        kind = rng.randrange(4)
        if kind == 0:
            return Atom("ex", f)
        if kind == 1:
            return Atom("==", f, ("c", rng.choice((BIG, float(BIG)))))
        if kind == 2:
            return Atom(rng.choice((">=", ">", "!=")), f, ("c", rng.choice((0, 1, 1.5, 7))))
        return Atom(rng.choice((">=", "==", "<=")), f, ("f", g))
    kind = rng.randrange(10)
    if kind == 0:
        return Atom(rng.choice(("ex", "nex")), f)
    if kind == 1:
        return Atom("==", f, ("c", rng.choice(CONSTANTS)))
    if kind in (2, 3, 4):
        return Atom(rng.choice((">=", ">", "!=")), f, ("c", rng.choice((0, 1, 1.5, 7))))
    if kind == 5:
        return Atom(rng.choice(("<", "<=")), f, ("c", rng.choice((0, 1, 1.5, 7))))
    if kind in (6, 7):
        return Atom(rng.choice((">=", "==", "<=")), f, ("f", g))
    return Atom(rng.choice((">=", "<")), f, ("+", ("f", g), ("c", rng.choice((0, 1)))))


def random_fact(rng: random.Random) -> dict:
    fact = {"id": 1, "t": "u"}
    for f in FIELDS:
        if rng.random() < 0.8:
            fact[f] = rng.choice((*CONSTANTS, -1, 7))
    return fact


def packed_cases(limit: int, failing: bool, seed: int = 303) -> list[tuple[str, list[dict]]]:
    """Shards grown until the bound refuses ``limit`` twenty times, each with the fullest fact and
    random others."""
    rng = random.Random(seed)
    cases = []
    for _ in range(30):
        net, conjs, refused = AlphaNet("u"), [], 0
        while refused < 20:
            conj = frozenset(random_atom(rng, failing) for _ in range(rng.randint(1, 4)))
            if net.add(_rule("u", conj)[2], limit):
                conjs.append(conj)
            else:
                refused += 1
        text, bound = shard(conjs)
        assert bound == net.stack <= limit
        facts = [{"id": 1, "t": "u", **{f: BIG for f in FIELDS}}] + [random_fact(rng) for _ in range(100)]
        cases.append((text, facts))
    return cases


def test_no_fact_overflows_a_shard_the_bound_admits():
    for failing in (False, True):
        assert all(row == ["ok"] * 101 for row in outcomes(packed_cases(MAX_STACK, failing)))


def test_the_fullest_fact_does_reach_the_bound():
    # shards of tests it passes, a little over the limit, overflow with the fullest fact: the test
    # above is not passing for want of facts that fill the stack. Not all of them: the bound takes
    # the worst order of the walk (the deepest child popped first), durable-rules' order is that of
    # its hash slots.
    rows = outcomes(packed_cases(MAX_STACK + 8, failing=False))
    assert sum(row[0] == "303" for row in rows) >= 10


def test_nodes_are_shared_and_ordered_as_the_compiled_rules_order_them():
    # the chain AlphaNet walks is the rule's own $and, in its order: the type test, then the atoms
    conj = frozenset([ge("v", 1), Atom("ex", "v"), Atom("==", "k", ("c", "x"))])
    text, _, chain = _rule("u", conj)
    tests = json.loads(text)["all"][0]["m"]["$and"]
    assert [json.loads(key) for key, _, _ in chain] == tests
    assert [a for a in sorted(conj, key=atom_order)][0] == Atom("ex", "v")

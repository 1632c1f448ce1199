"""The matching step on the same facts of many units, per (unit, rule) pair, engine by engine.

Issue 14's goal: ≤ 5 µs of evaluation per (unit, rule) pair on the durable-rules path, printed
beside the reference matcher, a hand-written Python check of a sample of rules (the floor),
CLIPS (through clipspy) with all units asserted at once, and the `rule-engine` package; the
durable-rules path ahead of CLIPS and rule-engine on the same rules.

What is timed is the matching step only, as ``engine/evaluate.py`` runs it: for each unit, the
plan of its (as-of date, inspected window, type, work year) — compiled once, outside the timing —
and its facts (``engine/facts.py``, built once, outside the timing) go in; out come, for every
predicate of the plan, the facts that surely satisfy it and those that surely fail it (the
``Matches`` the fold reads). The engines:

- ``durable``: the product's matcher, ``make_matcher("durable")`` (engine/durable.py);
- ``python``: the compiled patterns evaluated in plain Python (``make_matcher("python")``);
- ``reference``: the source conditions evaluated directly, three-valued (``make_matcher("reference")``);
- ``CLIPS``: every plan's patterns translated into defrules (one per distinct pattern, restricted
  to the plans that use it), every unit's facts asserted at once, one ``(run)``;
- ``rule-engine``: every pattern translated into a `rule-engine` expression, applied to the facts
  of each plan's units;
- ``hand-written`` (sample only): a plain Python function per rule that computes the same matches
  for that rule's conditions — the floor no engine can beat.

Two sets of rules, each timed on every engine that can run it: a sample of ``SAMPLE`` rules
(single-fact conditions on the unit and aggregates over items, every unit type), and the whole
catalogue (hand-written has no entry there). Every engine must give the same matches as durable-
rules, on every unit and every predicate; the run fails otherwise. Times are CPU seconds of this
process (``time.process_time``); set-up (compiling durable-rules programs, CLIPS rules, rule-engine
expressions) is printed apart. A (unit, rule) pair is one unit and one rule of the set, whichever
types it binds — as issue 14 counts them (its 188 µs is a scorecard's CPU over units × rules).

    python benchmarks/bench_engines.py                           # national sample, 2 provinces × 6 communes
    python benchmarks/bench_engines.py --provinces 4 --communes 10
    python benchmarks/bench_engines.py --lai-chau                # the Lai Châu sample (1,056 units)
    python benchmarks/bench_engines.py --skip rule-engine        # an engine left out
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import platform
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Callable, Iterable

from qcdc_rules.check import BATCH
from qcdc_rules.engine.compile import PredTable
from qcdc_rules.engine.evaluate import Evaluator, Plan, make_matcher
from qcdc_rules.engine.facts import FactSet, build_facts
from qcdc_rules.engine.matchers import Matches, match_many
from qcdc_rules.engine.patterns import Atom, rhs_fields, rhs_text
from qcdc_rules.lang.ast import Aggregate, BoolOp, Compare, Literal, Node, Unary
from qcdc_rules.time.periods import default_since

GOAL_PAIR_US = 5.0


# -- the population ---------------------------------------------------------------------------

@dataclass
class Unit:
    index: int
    plan_key: tuple
    plan: Plan
    facts: FactSet
    consts: dict[str, Any]  # the parameters on the unit's as-of date, dates as ordinals (hand-written checks)


def profiles(files: Iterable[tuple[str, str]]):
    """Unit profiles from (path, text) pairs, read as `load` reads a file; activity records are skipped."""
    from qcdc_rules.load import load_yaml_text
    from qcdc_rules.load.profile import profile_of

    for rel, text in files:
        if not rel.endswith((".yaml", ".yml")):
            continue
        loaded = load_yaml_text(text, rel)
        schema = loaded.data.get("schema") if isinstance(loaded.data, dict) else None
        if isinstance(schema, str) and schema.startswith("qcdc-activity/"):
            continue
        yield profile_of(loaded, rel)[0]


def prepare(evaluator: Evaluator, population) -> list[Unit]:
    """Each profile's plan and facts, as ``Evaluator.evaluate`` makes them."""
    book = evaluator.book
    units, consts_at = [], {}
    for i, profile in enumerate(population):
        as_of = profile.as_of
        since = profile.inspected_from or default_since(as_of)
        start = profile.attributes.work_year_start_month
        plan = evaluator.plan(as_of, profile.type.value, start, since)
        facts = build_facts(profile, as_of, book.unit_fields_in_items, since)
        if as_of not in consts_at:
            consts_at[as_of] = {k: (v.toordinal() if isinstance(v, dt.date) else v)
                                for k, v in book.params_at(as_of).items()}
        units.append(Unit(i, (as_of, since, profile.type.value, start), plan, facts, consts_at[as_of]))
    return units


def groups(units: list[Unit]) -> dict[tuple, list[Unit]]:
    out: dict[tuple, list[Unit]] = defaultdict(list)
    for u in units:
        out[u.plan_key].append(u)
    return out


def by_type(facts: FactSet) -> dict[str, list[dict]]:
    out = dict(facts.items)
    out["unit"] = [facts.unit]
    return out


# -- the sample of rules: which predicates each rule's conditions are -----------------------------

def leaf_preds(plan: Plan, rule_id: str) -> list[int]:
    """The predicate ids of a rule's conditions in this plan, in the order they are written (applies_if,
    then requires; an aggregate's ``where`` before its ``have``), walked as ``PlanBuilder`` walks them."""
    out: list[int] = []
    builder = plan.builder

    def agg(node: Aggregate) -> None:
        ap = builder.aggs[id(node)]
        out.append(ap.where)
        if ap.body is not None:
            out.append(ap.body)

    def walk(node: Node) -> None:
        if isinstance(node, BoolOp):
            for item in node.items:
                walk(item)
        elif isinstance(node, Unary) and node.op == "not":
            walk(node.operand)
        elif isinstance(node, Aggregate):
            agg(node)
        elif isinstance(node, Compare) and (isinstance(node.left, Aggregate) or isinstance(node.right, Aggregate)):
            agg(node.left if isinstance(node.left, Aggregate) else node.right)
        elif not isinstance(node, Literal):
            out.append(builder.leaf[id(node)])

    for binding in plan.bindings.get(rule_id, ()):
        if binding.error:
            raise SystemExit(f"{rule_id}: {binding.error}")
        for _, node in binding.applies_if + binding.requires:
            walk(node)
    return out


def sub_table(table: PredTable, pids: Iterable[int]) -> PredTable:
    """The predicates ``pids`` of a plan's table, with their ids: what a book of those rules alone would match."""
    keep = sorted(set(pids))
    return PredTable(preds=[table.preds[p] for p in keep], sources={p: table.sources[p] for p in keep})


# -- hand-written checks: the floor ----------------------------------------------------------------
# Each returns, for the rule's conditions in the order leaf_preds lists them, the ids of the facts
# that surely satisfy and surely fail each one, in three-valued logic: a test on a field that was not
# recorded is neither. Written by hand from the rule's text, reading the same facts.

EMPTY: frozenset = frozenset()
UNIT_T, UNIT_F, UNIT_U = (frozenset({"unit"}), EMPTY), (EMPTY, frozenset({"unit"})), (EMPTY, EMPTY)


def split(items: list[dict], test: Callable[[dict], bool | None]) -> tuple[frozenset, frozenset]:
    t, f = [], []
    for x in items:
        r = test(x)
        if r is True:
            t.append(x["id"])
        elif r is False:
            f.append(x["id"])
    return frozenset(t), frozenset(f)


def on_unit(r: bool | None) -> tuple[frozenset, frozenset]:
    return UNIT_T if r is True else (UNIT_F if r is False else UNIT_U)


def gt(v, c) -> bool | None:
    return None if v is None else v > c


def ge(v, c) -> bool | None:
    return None if v is None else v >= c


def lt(v, c) -> bool | None:
    return None if v is None else v < c


def le(v, c) -> bool | None:
    return None if v is None else v <= c


def is_(v, c) -> bool | None:
    return None if v is None else v == c


def dated_disclosure(since: int):
    """item == k and decided >= since, for k = 1…: (item present and not k) or (decided before) is false."""
    def where(k: int):
        def test(x):
            item, decided = x.get("item"), x.get("decided")
            if (item is not None and item != k) or (decided is not None and decided < since):
                return False
            return True if item is not None and decided is not None else None
        return test
    return where


def disclosed_in_time(limit: int):
    """disclosed or delay_wd <= limit or sector_deadline."""
    def test(x):
        disclosed, delay, sector = x.get("disclosed"), x.get("delay_wd"), x.get("sector_deadline")
        if disclosed is True or (delay is not None and delay <= limit) or sector is True:
            return True
        if disclosed is False and delay is not None and sector is False:
            return False
        return None
    return test


def decided_not_sector(since: int | None):
    """has(decided) [and decided >= since] and not sector_deadline."""
    def test(x):
        decided, sector = x.get("decided"), x.get("sector_deadline")
        if decided is None or (since is not None and decided < since) or sector is True:
            return False
        return True if sector is False else None
    return test


def field_is(name: str, value=True):
    return lambda x: is_(x.get(name), value)


def kind_dated(kinds: tuple[str, ...], since: int, also: str | None = None):
    """kind in kinds and date >= since [and also]."""
    def test(x):
        kind, date = x.get("kind"), x.get("date")
        flag = x.get(also) if also else True
        if (kind is not None and kind not in kinds) or (date is not None and date < since) or flag is False:
            return False
        return True if kind is not None and date is not None and flag is True else None
    return test


def kind_is(kind: str, also: str | None = None):
    """kind == kind [and also]."""
    def test(x):
        k = x.get("kind")
        flag = x.get(also) if also else True
        if (k is not None and k != kind) or flag is False:
            return False
        return True if k is not None and flag is True else None
    return test


def h_ldc_46_01(facts: FactSet, c: dict) -> list:
    ds = facts.items["disclosures"]
    w = split(ds, dated_disclosure(c["law_in_force"])(1))
    return [w, w, split(ds, disclosed_in_time(c["agency_disclosure_working_days"]))]


def h_ldc_47_1(facts: FactSet, c: dict) -> list:
    ds = facts.items["disclosures"]
    w = split(ds, decided_not_sector(c["law_in_force"]))
    limit = c["agency_disclosure_working_days"]
    return [w, w, split(ds, lambda x: le(x.get("delay_wd"), limit))]


def h_ldc_59_3(facts: FactSet, c: dict) -> list:
    return [on_unit(gt(facts.unit.get("staff"), c["small_unit_max_staff"])),
            split(facts.items["boards"], kind_is("people_inspection", "current"))]


STAFF_DOCUMENTS = ("work_plan", "personnel_plan", "democracy_regulation", "internal_spending_rules", "internal_rules")


def h_ldc_53_1(facts: FactSet, c: dict) -> list:
    docs = facts.items["documents"]
    w = split(docs, kind_dated(STAFF_DOCUMENTS, c["law_in_force"]))
    return [w, w, split(docs, field_is("staff_consulted"))]


def h_ldc_12_1(facts: FactSet, c: dict) -> list:
    ds = facts.items["disclosures"]
    w = split(ds, decided_not_sector(None))
    limit = c["commune_disclosure_working_days"]
    return [w, w, split(ds, lambda x: le(x.get("delay_wd"), limit))]


def h_ldc_13_1(facts: FactSet, c: dict) -> list:
    ds = facts.items["disclosures"]
    limit = c["commune_disclosure_working_days"]

    def due(x):  # not has(decided) or decided_wd_ago > limit
        if "decided" not in x:
            return True
        ago = x.get("decided_wd_ago")
        return None if ago is None else ago > limit

    w = split(ds, due)
    return [on_unit(is_(facts.unit.get("has_website"), True)), w, w, split(ds, field_is("website"))]


def h_ldc_41_1(facts: FactSet, c: dict) -> list:
    def board(x):  # kind == 'investment_supervision' and (current or not has(term_to))
        kind, current = x.get("kind"), x.get("current")
        if kind is not None and kind != "investment_supervision":
            return False
        running = True if current is True or "term_to" not in x else (False if current is False else None)
        if running is False:
            return False
        return True if kind is not None and running else None

    return [on_unit(gt(facts.unit.get("investment_projects"), 0)), split(facts.items["boards"], board)]


def h_ldc_35_3(facts: FactSet, c: dict) -> list:
    docs = facts.items["documents"]
    return [split(docs, kind_dated(("democracy_regulation",), c["law_in_force"])),
            split(docs, kind_dated(("democracy_regulation",), c["law_in_force"], "with_front"))]


def h_nd61_4_1(facts: FactSet, c: dict) -> list:
    docs = facts.items["documents"]
    w = split(docs, kind_dated(("covenant",), c["decree_61_in_force"]))
    return [w, w, split(docs, field_is("conforms"))]


def h_nd61_6_1(facts: FactSet, c: dict) -> list:
    docs = facts.items["documents"]
    w = split(docs, kind_dated(("covenant",), c["decree_61_in_force"]))

    def sealed(x):  # not recognised or sealed
        recognised, seal = x.get("recognised"), x.get("sealed")
        if recognised is False or seal is True:
            return True
        return False if recognised is True and seal is False else None

    return [w, w, split(docs, field_is("signed")), w, split(docs, sealed)]


def h_nd61_11_3(facts: FactSet, c: dict) -> list:
    docs = facts.items["documents"]
    return [split(docs, kind_is("covenant")), split(docs, kind_is("covenant", "recognised"))]


def h_nd145_38_1(facts: FactSet, c: dict) -> list:
    boards = facts.items["boards"]
    w = split(boards, kind_is("dialogue_employer", "current"))
    least = c["dialogue_employer_min_members"]
    return [w, w, split(boards, lambda x: ge(x.get("member_count"), least)), w,
            split(boards, lambda x: gt(x.get("legal_reps"), 0))]


def h_nd145_38_2(facts: FactSet, c: dict) -> list:
    boards = facts.items["boards"]
    w = split(boards, kind_is("dialogue_workers", "current"))
    workers = facts.unit.get("workers")
    out = [w]
    for band in range(1, 7):  # band k: from_workers(k) <= workers < from_workers(k+1) needs min_reps(k)
        if band > 1:
            out.append(on_unit(lt(workers, c[f"dialogue_band_{band}_from_workers"])))
        if band < 6:
            out.append(on_unit(ge(workers, c[f"dialogue_band_{band + 1}_from_workers"])))
        least = c[f"dialogue_band_{band}_min_reps"]
        out += [w, split(boards, lambda x, least=least: ge(x.get("member_count"), least))]
    return out


DIALOGUES = ("workplace_dialogue", "requested_dialogue", "matter_dialogue")


def h_blld_64_1(facts: FactSet, c: dict) -> list:
    def test(x):  # kind in DIALOGUES and minutes
        kind, minutes = x.get("kind"), x.get("minutes")
        if (kind is not None and kind not in DIALOGUES) or minutes is False:
            return False
        return True if kind is not None and minutes is True else None

    return [split(facts.items["meetings"], test)]


def h_nd145_46_1(facts: FactSet, c: dict) -> list:
    def test(x):  # item == 5 and disclosed
        item, disclosed = x.get("item"), x.get("disclosed")
        if (item is not None and item != 5) or disclosed is False:
            return False
        return True if item is not None and disclosed is True else None

    return [split(facts.items["disclosures"], test)]


def h_ldc_65_1(facts: FactSet, c: dict) -> list:
    ds = facts.items["disclosures"]
    w = split(ds, decided_not_sector(c["law_in_force"]))
    limit = c["soe_disclosure_days"]
    return [w, w, split(ds, lambda x: le(x.get("delay_days"), limit))]


AGENCIES, COMMUNE, VILLAGE = ("state_agency", "public_service_unit"), ("commune",), ("village",)
ENTERPRISES = ("enterprise", "state_owned_enterprise")

# rule id -> (the unit types it binds, its hand-written check)
SAMPLE: dict[str, tuple[tuple[str, ...], Callable[[FactSet, dict], list]]] = {
    "LDC-46-01": (AGENCIES, h_ldc_46_01),
    "LDC-47-1": (AGENCIES, h_ldc_47_1),
    "LDC-59-3": (AGENCIES, h_ldc_59_3),
    "LDC-53-1": (AGENCIES, h_ldc_53_1),
    "LDC-12-1": (COMMUNE, h_ldc_12_1),
    "LDC-13-1": (COMMUNE, h_ldc_13_1),
    "LDC-41-1": (COMMUNE, h_ldc_41_1),
    "LDC-35-3": (COMMUNE, h_ldc_35_3),
    "ND61-4-1": (VILLAGE, h_nd61_4_1),
    "ND61-6-1": (VILLAGE, h_nd61_6_1),
    "ND61-11-3": (VILLAGE, h_nd61_11_3),
    "ND145-38-1": (ENTERPRISES, h_nd145_38_1),
    "ND145-38-2": (ENTERPRISES, h_nd145_38_2),
    "BLLD-64-1": (ENTERPRISES, h_blld_64_1),
    "ND145-46-1": (("enterprise",), h_nd145_46_1),
    "LDC-65-1": (("state_owned_enterprise",), h_ldc_65_1),
}


def check_sample(book, first: dt.date, last: dt.date, rules: Iterable[str] = SAMPLE) -> None:
    """The hand-written checks are written for one text of each rule: refuse to run if the book changed it."""
    for rule_id in rules:
        parsed = book.rule(rule_id)
        if parsed is None:
            raise SystemExit(f"sample rule {rule_id} is not in the rule book")
        types, _ = SAMPLE[rule_id]
        if parsed.rule.recurs is not None or len(parsed.versions) != 1:
            raise SystemExit(f"sample rule {rule_id} now recurs or has several versions: rewrite its check")
        spec = parsed.versions[0].spec
        if sorted(t.value for t in spec.applies_to) != sorted(types) or not spec.in_force(first) \
                or not spec.in_force(last):
            raise SystemExit(f"sample rule {rule_id}: its unit types or dates changed: rewrite its check")


# -- CLIPS -------------------------------------------------------------------------------------------

def _clips_value(value: Any) -> str:
    if value is True:
        return "TRUE"
    if value is False:
        return "FALSE"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, Fraction):
        return str(value.numerator) if value.denominator == 1 else repr(float(value))
    if isinstance(value, float):
        return repr(value)
    return str(int(value))


def _slot(name: str) -> str:
    return "v-" + name  # field names as slot names, kept clear of CLIPS's own words


def _var(name: str) -> str:
    return "?" + _slot(name)


def _clips_rhs(rhs: tuple) -> str:
    if rhs[0] == "c":
        return _clips_value(rhs[1])
    if rhs[0] == "f":
        return _var(rhs[1])
    return f"({rhs[0]} {_clips_rhs(rhs[1])} {_clips_rhs(rhs[2])})"


_CLIPS_NUM_OP = {"==": "=", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


def _clips_test(a: Atom) -> str:
    """One comparison as a CLIPS expression, with patterns.eval_atom's meaning: texts and yes/no values
    are equal only to a value of their own type and never ordered; numbers compare as numbers."""
    right = a.rhs
    value_like = right[0] == "c" and (isinstance(right[1], (bool, str)))
    left = _var(a.field)
    if value_like or (right[0] == "f" and a.op in ("==", "!=")):
        if a.op == "==":
            return f"(eq {left} {_clips_rhs(right)})"
        if a.op == "!=":
            return f"(neq {left} {_clips_rhs(right)})"
        return "FALSE"
    numbers = [left] + [_var(f) for f in sorted(rhs_fields(right))]
    numeric = " ".join(f"(numberp {n})" for n in numbers)
    numeric = numeric if len(numbers) == 1 else f"(and {numeric})"  # CLIPS's 'and' takes two or more
    test = f"({_CLIPS_NUM_OP[a.op]} {left} {_clips_rhs(right)})"
    if a.op == "!=":
        return f"(or (not {numeric}) {test})"
    return f"(and {numeric} {test})"


def clips_rule(name: str, fact_type: str, conj: frozenset, plans: Iterable[int], key: int) -> str:
    """A defrule for one conjunction of atoms on one fact: the existence guards and tests on constants as
    slot constraints (CLIPS shares them between rules in its pattern network), tests between fields of
    the fact as a test CE; it fires once per matching fact of a unit of one of ``plans``."""
    fields: dict[str, list[str]] = defaultdict(list)
    tests: list[str] = []
    for a in sorted(conj, key=lambda a: (a.op not in ("ex", "nex"), a.field, str(a))):
        if a.op == "ex":
            fields[a.field].append("~nil")
        elif a.op == "nex":
            fields[a.field].append("nil")
        elif rhs_fields(a.rhs):  # every field it reads is bound in the pattern (its guard is in conj)
            tests.append(_clips_test(a))
        elif a.rhs[0] == "c" and isinstance(a.rhs[1], (bool, str)) and a.op in ("==", "!="):
            # a literal constraint: CLIPS's pattern network tests it by value, without evaluating anything
            fields[a.field].append(("" if a.op == "==" else "~") + _clips_value(a.rhs[1]))
        else:
            fields[a.field].append(f":{_clips_test(a)}")
    slots = [f"({_slot(f)} {_var(f)}{''.join('&' + c for c in cs)})" for f, cs in sorted(fields.items())]
    plan_set = "|".join(str(p) for p in sorted(plans))
    pattern = f"({fact_type} (plan {plan_set}) (n ?n) {' '.join(slots)})"
    test = f" (test {tests[0]})" if len(tests) == 1 else (f" (test (and {' '.join(tests)}))" if tests else "")
    return f"(defrule {name} {pattern}{test} => (assert (qm (k {key}) (n ?n))))"


class ClipsProgram:
    """Every plan's predicates as CLIPS defrules in one environment; ``match`` asserts the facts of all
    units at once, runs, and reads back which rule fired for which fact."""

    def __init__(self, tables: dict[int, PredTable], fact_fields: dict[str, set[str]]):
        import clips

        self.env = clips.Environment()
        # (fact type, conjunction) -> rule key; per plan, rule key -> the (predicate, polarity) it decides
        self.keys: dict[tuple[str, frozenset], int] = {}
        self.plans_of: dict[int, set[int]] = defaultdict(set)
        self.decides: dict[int, dict[int, list[tuple[int, bool]]]] = defaultdict(lambda: defaultdict(list))
        fields = {t: set(fs) for t, fs in fact_fields.items()}
        for plan_id, table in tables.items():
            for pred in table.preds:
                for polarity, dnf in ((True, pred.true), (False, pred.false)):
                    for conj in dnf:
                        key = self.keys.setdefault((pred.fact_type, conj), len(self.keys))
                        self.plans_of[key].add(plan_id)
                        self.decides[plan_id][key].append((pred.id, polarity))
                        for a in conj:
                            fields.setdefault(pred.fact_type, set()).update(a.fields())
        self.templates = {t: sorted(fs - {"t"}) for t, fs in fields.items()}
        self.read = {fact_type for fact_type, _ in self.keys}
        for fact_type, names in self.templates.items():
            slots = " ".join(f"(slot {_slot(f)})" for f in names)
            self.env.build(f"(deftemplate {fact_type} (slot plan) (slot n) {slots})")
        self.env.build("(deftemplate qm (slot k) (slot n))")  # rule k fired for fact n
        for (fact_type, conj), key in self.keys.items():
            self.env.build(clips_rule(f"r{key}", fact_type, conj, self.plans_of[key], key))
        self.rules = len(self.keys)

    def match(self, units: list[tuple[int, int, FactSet, PredTable]]) -> dict[int, dict]:
        """(unit index, plan id, facts, table) of every unit → per unit, the matches in matchers' shape."""
        import clips

        t0 = time.process_time()
        self.env.reset()
        owner: list[tuple[int, str]] = []
        symbol = {True: clips.Symbol("TRUE"), False: clips.Symbol("FALSE")}
        templates = {t: self.env.find_template(t) for t in self.read}
        for index, plan_id, facts, _ in units:
            for fact_type, items in by_type(facts).items():
                template = templates.get(fact_type)
                if template is None:  # no rule reads it: asserting it would only cost
                    continue
                for fact in items:
                    # through CLIPS's fact builder: parsing the same facts as text (load-facts,
                    # assert-string) costs seven times as much here
                    slots = {_slot(k): (symbol[v] if v is True or v is False else
                                        float(v) if isinstance(v, Fraction) else v)
                             for k, v in fact.items() if k != "t"}
                    template.assert_fact(plan=plan_id, n=len(owner), **slots)
                    owner.append((index, fact["id"]))
        t2 = time.process_time()
        self.env.run()
        t3 = time.process_time()
        fired = self._fired()
        t4 = time.process_time()
        plan_of = {index: (plan_id, table) for index, plan_id, _, table in units}
        found: dict[int, dict[int, tuple[set, set]]] = {
            index: {p.id: (set(), set()) for p in table.preds} for index, (_, table) in plan_of.items()}
        for key, n in fired:
            index, fact_id = owner[n]
            plan_id = plan_of[index][0]
            for pid, polarity in self.decides[plan_id].get(key, ()):
                found[index][pid][0 if polarity else 1].add(fact_id)
        out = {index: Matches.of(matches) for index, matches in found.items()}
        self.phases = {"assert": t2 - t0, "run": t3 - t2, "read back": t4 - t3,
                       "sort": time.process_time() - t4}
        return out

    def _fired(self) -> list[tuple[int, int]]:
        """(rule key, fact number) of every match, read back in one piece: save-facts writes the qm facts
        as text: 2 µs a match here, where reading each fact's slots through the bindings costs 9 µs."""
        with tempfile.NamedTemporaryFile("r", suffix=".clp", dir=_SHM, encoding="utf-8") as tmp:
            self.env.eval(f'(save-facts "{tmp.name}" local qm)')
            text = tmp.read()
        out = []
        for line in text.splitlines():  # (qm (k 12) (n 345))
            parts = line.replace("(", " ").replace(")", " ").split()
            if len(parts) == 5 and parts[0] == "qm":
                out.append((int(parts[2]), int(parts[4])))
        return out


_SHM = "/dev/shm" if os.path.isdir("/dev/shm") else None


# -- rule-engine -------------------------------------------------------------------------------------

_RE_OP = {"==": "==", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}


def _re_value(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(value, Fraction):
        return str(value.numerator) if value.denominator == 1 else f"({value.numerator} / {value.denominator})"
    return repr(value)


def _re_rhs(rhs: tuple) -> str:
    return rhs_text(rhs, _re_value)


def re_atom(a: Atom) -> str:
    """An atom in rule-engine's language. A missing field reads as null (the context's default), so the
    existence guards, which come first in each conjunction, are null tests and keep null out of the
    comparisons after them (``and`` stops at the first false)."""
    if a.op == "ex":
        return f"{a.field} != null"
    if a.op == "nex":
        return f"{a.field} == null"
    right = a.rhs
    if right[0] == "c" and isinstance(right[1], (bool, str)) and a.op not in ("==", "!="):
        return "false"
    return f"{a.field} {_RE_OP[a.op]} {_re_rhs(right)}"


def re_expression(dnf: tuple) -> str:
    if not dnf:
        return "false"
    alts = []
    for conj in dnf:
        atoms = sorted(conj, key=lambda a: (a.op not in ("ex", "nex"), a.field, str(a)))
        alts.append("(" + " and ".join(re_atom(a) for a in atoms) + ")" if atoms else "true")
    return " or ".join(alts)


class RuleEngineProgram:
    """Every predicate of every plan as two rule-engine rules (surely true, surely false)."""

    def __init__(self, tables: dict[int, PredTable]):
        import rule_engine

        self.context = rule_engine.Context(default_value=None)
        cache: dict[tuple, Any] = {}

        def rule(dnf: tuple):
            if dnf not in cache:
                cache[dnf] = rule_engine.Rule(re_expression(dnf), context=self.context)
            return cache[dnf]

        self.rules = {plan_id: [(p.id, p.fact_type, rule(p.true), rule(p.false)) for p in table.preds]
                      for plan_id, table in tables.items()}
        self.compiled = len(cache)

    def match(self, plan_id: int, facts: FactSet) -> dict:
        facts_of = by_type(facts)
        out = {}
        for pid, fact_type, true, false in self.rules[plan_id]:
            t, f = [], []
            for fact in facts_of.get(fact_type, ()):
                if true.matches(fact):
                    t.append(fact["id"])
                elif false.matches(fact):
                    f.append(fact["id"])
            out[pid] = (t, f)
        return Matches.of(out)


# -- running -----------------------------------------------------------------------------------------

class cpu:
    """CPU seconds of a block, the garbage collector held off: the population's facts and plans are
    hundreds of MB of small objects, and a full collection that falls inside one engine's timing
    (the hand-written checks made it ×25 slower) says nothing about that engine (timeit does the same)."""

    def __enter__(self):
        gc.collect()
        gc.disable()
        self.start = time.process_time()
        return self

    def __exit__(self, *exc):
        self.seconds = time.process_time() - self.start
        gc.enable()


@dataclass
class Timing:
    engine: str
    seconds: float = 0.0
    setup: float = 0.0
    matches: dict[int, Any] = field(default_factory=dict)  # unit index -> matches (or hand-written leaves)
    note: str = ""


def run_matcher(name: str, grouped: dict[tuple, list[Unit]], table_of: Callable[[Unit], PredTable]) -> Timing:
    """A product matcher as Evaluator.evaluate_many calls it: a plan's units ``check.BATCH`` at a time
    (durable-rules: one session per shard for the batch; the others unit by unit). The first unit of
    each plan is matched once before the timing (durable-rules compiles the plan's shards then)."""
    matcher = make_matcher(name)
    out = Timing(name)
    for units in grouped.values():
        table = table_of(units[0])
        with cpu() as setup:
            matcher.match(table, units[0].facts)
        with cpu() as run:
            for start in range(0, len(units), BATCH):
                batch = units[start:start + BATCH]
                for u, m in zip(batch, match_many(matcher, table, [u.facts for u in batch])):
                    out.matches[u.index] = m
        out.setup += setup.seconds
        out.seconds += run.seconds
    if hasattr(matcher, "close"):
        matcher.close()
    return out


def run_hand(units: list[Unit], rules: list[str]) -> Timing:
    checks = [(SAMPLE[r][0], SAMPLE[r][1]) for r in rules]
    out = Timing("hand-written")
    with cpu() as run:
        for u in units:
            kind = u.facts.unit.get("type")
            out.matches[u.index] = [fn(u.facts, u.consts) if kind in types else None for types, fn in checks]
    out.seconds = run.seconds
    return out


def fact_fields(units: list[Unit]) -> dict[str, set[str]]:
    fields: dict[str, set[str]] = defaultdict(set)
    for u in units:
        for fact_type, items in by_type(u.facts).items():
            for fact in items:
                fields[fact_type].update(fact)
    return fields


def run_clips(units: list[Unit], plan_ids: dict[tuple, int], table_of: Callable[[Unit], PredTable]) -> Timing:
    tables = {}
    for u in units:
        tables.setdefault(plan_ids[u.plan_key], table_of(u))
    out = Timing("CLIPS")
    with cpu() as setup:
        program = ClipsProgram(tables, fact_fields(units))
    batch = [(u.index, plan_ids[u.plan_key], u.facts, tables[plan_ids[u.plan_key]]) for u in units]
    with cpu() as run:
        out.matches = program.match(batch)
    out.setup, out.seconds = setup.seconds, run.seconds
    out.note = f"{program.rules} defrules; " + ", ".join(f"{k} {v:.2f} s" for k, v in program.phases.items())
    return out


def run_rule_engine(grouped: dict[tuple, list[Unit]], plan_ids: dict[tuple, int],
                    table_of: Callable[[Unit], PredTable]) -> Timing:
    tables = {plan_ids[key]: table_of(units[0]) for key, units in grouped.items()}
    out = Timing("rule-engine")
    with cpu() as setup:
        program = RuleEngineProgram(tables)
    with cpu() as run:
        for key, units in grouped.items():
            plan_id = plan_ids[key]
            for u in units:
                out.matches[u.index] = program.match(plan_id, u.facts)
    out.setup, out.seconds = setup.seconds, run.seconds
    out.note = f"{program.compiled} expressions"
    return out


def differences(reference: dict[int, dict], other: dict[int, dict]) -> list[str]:
    out = []
    for index, matches in reference.items():
        theirs = other.get(index) or {}
        empty = (frozenset(), frozenset())  # a predicate no fact decides may be left out
        if theirs != matches:
            for pid in sorted(set(matches) | set(theirs)):
                a, b = matches.get(pid) or empty, theirs.get(pid) or empty
                if a != b:
                    out.append(f"unit {index}, predicate {pid}: durable {a} / other {b}")
    return out


def hand_differences(units: list[Unit], rules: list[str], durable: dict[int, dict], hand: dict[int, list]) -> list[str]:
    out = []
    for u in units:
        for rule_id, got in zip(rules, hand[u.index]):
            pids = leaf_preds(u.plan, rule_id)
            if got is None:
                if pids:
                    out.append(f"unit {u.index} ({u.facts.unit.get('type')}): {rule_id} binds it, no check ran")
                continue
            want = [durable[u.index][p] for p in pids]
            if got != want:
                out.append(f"unit {u.index}, {rule_id}: durable {want} / hand-written {got}")
    return out


def tally(matches: dict[int, dict]) -> tuple[int, int, int]:
    """(unit, predicate) results, facts surely satisfying, facts surely failing: how much was compared."""
    results = satisfied = failed = 0
    for per_unit in matches.values():
        for t, f in per_unit.values():
            results += 1
            satisfied += len(t)
            failed += len(f)
    return results, satisfied, failed


def table_row(t: Timing, pairs: int, base: Timing | None) -> str:
    us = t.seconds / pairs * 1e6
    ratio = f"×{t.seconds / base.seconds:.2f}" if base is not None and base.seconds else ""
    return f"| {t.engine} | {t.seconds:.3f} | {us:.2f} | {ratio} | {t.setup:.2f} | {t.note} |"


def population_of(args) -> tuple[str, Iterable[tuple[str, str]]]:
    if args.lai_chau:
        from qcdc_rules.sample import generate
        return (f"Lai Châu sample (2025 map, seed {args.seed})",
                generate(province="lai-chau", seed=args.seed, year=2025).items())
    from qcdc_rules.sample import national
    communes = f", {args.communes} communes each" if args.communes else ""
    return (f"national sample, {args.provinces} provinces{communes} (seed {args.seed})",
            national.files(args.seed, args.provinces, communes=args.communes))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--provinces", type=int, default=2)
    ap.add_argument("--communes", type=int, default=6, help="communes per province (0: all of them)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lai-chau", action="store_true", help="the Lai Châu sample instead of the national one")
    ap.add_argument("--province", default=None, help="the rule book's province (default: national rules only)")
    ap.add_argument("--skip", action="append", default=[], choices=["reference", "python", "CLIPS", "rule-engine"])
    ap.add_argument("--catalogue-only", action="store_true")
    ap.add_argument("--sample-only", action="store_true")
    args = ap.parse_args(argv)
    args.communes = args.communes or None

    from qcdc_rules.load.ruleset import load_rulebook

    book = load_rulebook(args.province)
    evaluator = Evaluator(book, "durable")
    label, files = population_of(args)
    t0 = time.perf_counter()
    units = prepare(evaluator, profiles(files))
    prep = time.perf_counter() - t0
    grouped = groups(units)
    plan_ids = {key: i for i, key in enumerate(grouped)}
    days = sorted({u.plan_key[0] for u in units})
    check_sample(book, days[0], days[-1])
    rules = list(SAMPLE)

    engines = ["durable", "reference", "python", "CLIPS", "rule-engine"]
    skipped = []
    for name, module in (("CLIPS", "clips"), ("rule-engine", "rule_engine")):
        try:
            __import__(module)
        except ImportError:
            skipped.append(f"{name}: not installed (pip install -e '.[bench]')")
            args.skip.append(name)
    engines = [e for e in engines if e not in args.skip]

    from importlib.metadata import PackageNotFoundError, version

    def installed(dist: str) -> str:
        try:
            return f"{dist} {version(dist)}"
        except PackageNotFoundError:
            return f"{dist} not installed"

    print(f"{label}: {len(units)} units, {len(grouped)} plans (as-of dates × unit types), "
          f"as-of dates: {len(days)}, from {days[0]} to {days[-1]}; facts and plans built in {prep:.1f} s")
    print(f"rule book: {len(book.rules)} rules ({args.province or 'national'}); "
          f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores; "
          + ", ".join(installed(d) for d in ("durable-rules", "clipspy", "rule-engine")) + "; CPU time of this process")
    for s in skipped:
        print(f"skipped {s}")
    failures: list[str] = []

    sample_tables: dict[tuple, PredTable] = {}

    def sample_table(u: Unit) -> PredTable:
        if u.plan_key not in sample_tables:
            pids = [p for r in rules for p in leaf_preds(u.plan, r)]
            sample_tables[u.plan_key] = sub_table(u.plan.table, pids)
        return sample_tables[u.plan_key]

    def whole(u: Unit) -> PredTable:
        return u.plan.table

    sets = []
    if not args.catalogue_only:
        sets.append((f"sample of {len(rules)} rules", len(rules), sample_table, True))
    if not args.sample_only:
        sets.append((f"whole catalogue, {len(book.rules)} rules", len(book.rules), whole, False))
    for title, n_rules, table_of, with_hand in sets:
        pairs = len(units) * n_rules
        preds = sum(len(table_of(us[0]).preds) for us in grouped.values())
        timings: list[Timing] = []
        durable = run_matcher("durable", grouped, table_of)
        timings.append(durable)
        if with_hand:
            hand = run_hand(units, rules)
            timings.insert(0, hand)
            failures += hand_differences(units, rules, durable.matches, hand.matches)
        for name in engines[1:]:
            if name in ("reference", "python"):
                t = run_matcher(name, grouped, table_of)
            elif name == "CLIPS":
                t = run_clips(units, plan_ids, table_of)
            else:
                t = run_rule_engine(grouped, plan_ids, table_of)
            timings.append(t)
            failures += [f"{name}: {d}" for d in differences(durable.matches, t.matches)[:20]]
        print(f"\n### {title}: {len(units)} units × {n_rules} rules = {pairs} (unit, rule) pairs; "
              f"{preds} predicates over the {len(grouped)} plans\n")
        print("| engine | CPU s | µs per (unit, rule) | vs durable-rules | set-up s | |")
        print("|---|---:|---:|---:|---:|---|")
        for t in timings:
            print(table_row(t, pairs, durable))
        results, satisfied, failed = tally(durable.matches)
        print(f"\ncompared: {results} (unit, predicate) results, {satisfied} facts surely satisfying and "
              f"{failed} surely failing their predicate" + (", and each sample rule's conditions against its "
                                                            "hand-written check" if with_hand else ""))
        d_us = durable.seconds / pairs * 1e6
        ahead = [t.engine for t in timings if t.engine in ("CLIPS", "rule-engine") and t.seconds <= durable.seconds]
        others = [t for t in timings if t.engine in ("CLIPS", "rule-engine")]
        print(f"\ndurable-rules: {d_us:.2f} µs per (unit, rule) pair, goal ≤ {GOAL_PAIR_US:g} µs: "
              + ("met" if d_us <= GOAL_PAIR_US else f"MISSED (×{d_us / GOAL_PAIR_US:.1f})")
              + ("; ahead of " + " and ".join(t.engine for t in others) if others and not ahead else "")
              + ("; BEHIND " + " and ".join(ahead) if ahead else ""))
    print("\nsame matches on every engine: " + ("yes" if not failures else f"NO ({len(failures)} differences)"))
    for f in failures[:40]:
        print("  " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Plans are made per set of bindings, not per as-of date, and a rule book read back from the cache
(load.book_cache) is the one its files give: neither changes a byte of any report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qcdc_rules.check import check_files
from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.engine.rulebook import RuleBook
from qcdc_rules.load.book_cache import BookCache
from qcdc_rules.load.ruleset import NATIONAL, bundled_root, load_ruleset

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted([*(ROOT / "cases").glob("*.yaml"), *(ROOT / "cases" / "clean").glob("*.yaml")])
DATES = [dt.date(2023, 6, 30), dt.date(2024, 12, 31), dt.date(2025, 7, 1), dt.date(2026, 6, 30),
         dt.date(2026, 7, 1), dt.date(2026, 12, 31), None]  # None: each profile's own as_of


def _book(cache) -> RuleBook:
    root = bundled_root()
    return RuleBook([load_ruleset(root / NATIONAL, cache), load_ruleset(root / "provinces" / "lai-chau", cache)])


@pytest.fixture(scope="module")
def cached_book(tmp_path_factory) -> RuleBook:
    cache = BookCache(tmp_path_factory.mktemp("books"))
    _book(cache)  # stored
    book = _book(cache)  # and read back
    assert cache.hits == 2
    return book


def test_shared_plans_and_a_cached_book_give_the_reports_of_a_fresh_book_and_a_plan_per_date(cached_book):
    assert len(CASES) >= 12
    shared = Evaluator(cached_book)  # one evaluator for every date, dates interleaved
    # A rule book read from the files, not the cache; it is loaded once, since it holds no plans (an
    # Evaluator keeps its plans and bound conditions itself), so a new Evaluator per date still has
    # the plans of that date only.
    fresh = _book(None)
    for when in DATES:
        per_date = Evaluator(fresh)  # plans of this date only
        for case in CASES:
            expected = check_files([case], as_of=when, evaluator=per_date, due_within=60).model_dump_json()
            got = check_files([case], as_of=when, evaluator=shared, due_within=60).model_dump_json()
            assert got == expected, (case.name, when)
    assert shared.plans_built < len(shared._by_date)  # some dates shared a plan


def test_dates_that_bind_the_same_share_one_plan_and_others_do_not(cached_book):
    ev = Evaluator(cached_book, "python")
    # an agency's rules read no as-of date and no period that moves between these days
    a = ev.plan(dt.date(2025, 7, 1), "agency")
    assert ev.plan(dt.date(2025, 8, 15), "agency") is a and ev.plans_built == 1
    # a commune is bound by conditions that read the as-of date itself
    c = ev.plan(dt.date(2025, 7, 1), "commune")
    assert ev.plan(dt.date(2025, 7, 2), "commune") is not c
    # a condition that reads no constant is compiled once, whatever the date
    one = {id(n) for bs in c.bindings.values() for b in bs for _, n in b.requires}
    other = {id(n) for bs in ev.plan(dt.date(2025, 7, 2), "commune").bindings.values() for b in bs for _, n in b.requires}
    assert one & other and one != other


def test_patterns_kept_on_disk_give_the_reports_compiling_gives(tmp_path):
    """A later run compiles nothing it compiled before (load.book_cache's pattern store), and its
    reports are the reports of a run that compiled everything."""
    from qcdc_rules.engine import compile as C
    from qcdc_rules.load import book_cache

    before = C.use_store(None)
    try:
        cache = BookCache(tmp_path)
        dates = [dt.date(2024, 12, 31), dt.date(2026, 7, 1), None]
        first = _book(cache)
        store = cache.open_patterns(first.rulesets)
        assert store is not None and not store.known
        ev = Evaluator(first, "python")
        expected = {(c, w): check_files([c], as_of=w, evaluator=ev).model_dump_json() for c in CASES for w in dates}
        assert store.computed > 0
        book_cache.save_patterns()  # check_files saved them already; saving again changes nothing
        later = _book(cache)  # a new process: the book read back, the patterns read back from disk
        store = cache.open_patterns(later.rulesets)
        assert len(store.known) > 0 and store.computed == 0
        ev = Evaluator(later, "python")
        for c in CASES:
            for w in dates:
                assert check_files([c], as_of=w, evaluator=ev).model_dump_json() == expected[(c, w)], (c.name, w)
        assert store.computed == 0  # every condition's patterns came from the store
    finally:
        C.use_store(before)


def test_a_fingerprint_tells_apart_what_compiles_apart_and_not_where_it_was_written():
    from fractions import Fraction

    from qcdc_rules.engine.compile import fingerprint
    from qcdc_rules.lang.parser import parse
    from qcdc_rules.lang.typecheck import Scope, check_condition

    def fp(text: str) -> bytes:
        return fingerprint(check_condition(parse(text), Scope({})))

    assert fp("unit.staff >= 3") == fp("unit.staff  >=  3") == fp("(unit.staff >= 3)")
    assert fp("unit.staff >= 3") != fp("unit.staff > 3") != fp("unit.staff >= 4")
    assert fp("unit.staff >= 3") != fp("unit.workers >= 3")
    from qcdc_rules.lang.ast import Literal
    one, true, half = Literal(0, 1, 1), Literal(0, 1, True), Literal(0, 1, Fraction(1, 2))
    two, two_f = Literal(0, 1, 2), Literal(0, 1, Fraction(2))
    assert len({fingerprint(n) for n in (one, true, half, two, two_f)}) == 5

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
    for when in DATES:
        per_date = Evaluator(_book(None))  # a fresh rule book, and plans of this date only
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

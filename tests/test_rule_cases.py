"""Every rule test case in every bundled ruleset, as its own pytest item."""

from __future__ import annotations

import pytest

from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.load.ruleset import NATIONAL, bundled_root, load_rulebook, provinces
from qcdc_rules.testing import load_cases, run_case

ROOT = bundled_root()
CASES = load_cases(ROOT / NATIONAL) + [c for p in provinces() for c in load_cases(ROOT / "provinces" / p, p)]
_EVALUATORS: dict = {}


def _evaluator(province):
    if province not in _EVALUATORS:
        book = load_rulebook(province)
        _EVALUATORS[province] = (book, Evaluator(book, "durable"))
    return _EVALUATORS[province]


@pytest.mark.parametrize("loaded", CASES, ids=[c.id for c in CASES])
def test_rule_case(loaded):
    book, evaluator = _evaluator(loaded.province)
    result = run_case(loaded, book, evaluator)
    assert result.passed, f"{loaded.file}:{loaded.location.line}: {result.message}"


def test_every_rule_can_be_met_and_can_fail():
    """A rule's tests prove it can fail: each rule has a case that meets it and one that fails it,
    and one that makes it not applicable where it has an applicability condition."""
    missing = []
    for province in [None] + provinces():
        book = load_rulebook(province)
        own = {r.id: r for r in book.rulesets[-1].rules}
        cases = [c for c in CASES if c.province == province]
        for rule_id, parsed in own.items():
            verdicts = {c.case.expect.value for c in cases if c.case.rule == rule_id}
            needed = {"met", "not_met"}
            if any(v.applies_if for v in parsed.versions):
                needed.add("not_applicable")
            if not needed <= verdicts:
                missing.append(f"{rule_id}: no case for {', '.join(sorted(needed - verdicts))}")
    assert not missing, "\n".join(missing)

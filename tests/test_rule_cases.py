"""Every rule test case in every bundled ruleset, as its own pytest item."""

from __future__ import annotations

import pytest

from qcdc_rules.authoring.cases import rule_coverage
from qcdc_rules.load.ruleset import NATIONAL, bundled_root, load_rulebook, load_ruleset, provinces
from qcdc_rules.testing import CaseRunner, load_cases

ROOT = bundled_root()
CASES = load_cases(ROOT / NATIONAL) + [c for p in provinces() for c in load_cases(ROOT / "provinces" / p, p)]
_EVALUATORS: dict = {}


def _runner(province) -> CaseRunner:
    if province not in _EVALUATORS:
        _EVALUATORS[province] = CaseRunner(load_rulebook(province), "durable")
    return _EVALUATORS[province]


@pytest.mark.parametrize("loaded", CASES, ids=[c.id for c in CASES])
def test_rule_case(loaded):
    result = _runner(loaded.province).run(loaded)
    assert result.passed, f"{loaded.file}:{loaded.location.line}: {result.message}"


def test_every_rule_can_be_met_and_can_fail():
    """A rule's tests prove it can fail: each rule has a case that meets it and one that fails it,
    and one that makes it not applicable where it has an applicability condition."""
    gaps = []
    for root, province in [(ROOT / NATIONAL, None)] + [(ROOT / "provinces" / p, p) for p in provinces()]:
        cases = [c for c in CASES if c.province == province]
        gaps += [f"{c.rule}: no case for {', '.join(c.missing)}"
                 for c in rule_coverage(load_ruleset(root), cases) if not c.covered]
    assert not gaps, "\n".join(gaps)

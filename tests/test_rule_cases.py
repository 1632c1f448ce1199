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


def test_every_rule_dated_in_2026_has_a_case_the_day_before_and_the_day_of_its_date():
    """Decree 154/2026 from 01/07/2026 (and Decree 64/2014's end), the village reform's caveat from
    26/05/2026: each rule version that starts or ends in 2026 is tried on both sides of its date."""
    import datetime as dt

    from qcdc_rules.testing import DEFAULT_AS_OF

    days: dict[str, set] = {}
    for c in CASES:
        days.setdefault(c.case.rule, set()).add(c.case.as_of or dt.date.fromisoformat(DEFAULT_AS_OF))
    edges = []
    for province in [None] + provinces():
        for parsed in load_rulebook(province).rules:
            for pv in parsed.versions:
                bounds = [pv.spec.from_] if pv.spec.from_ else []
                bounds += [pv.spec.to + dt.timedelta(days=1)] if pv.spec.to else []
                edges += [(parsed.id, d) for d in bounds if d.year == 2026]
    assert len({rule for rule, _ in edges}) >= 25
    gaps = sorted({f"{rule}: {d - dt.timedelta(days=1)} / {d}" for rule, d in edges
                   if not {d - dt.timedelta(days=1), d} <= days.get(rule, set())})
    assert not gaps, "\n".join(gaps)

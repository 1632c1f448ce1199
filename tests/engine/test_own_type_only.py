"""The scorecard's workers leave out the findings of rules for other types of unit; what they keep is
what the full report says, and the summary still counts those rules as not applicable."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.load.profile import load_profile
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.scorecard.run import slim

CASES = sorted((Path(__file__).resolve().parents[2] / "cases").rglob("*.yaml"))


@pytest.fixture(scope="module")
def evaluator():
    return Evaluator(load_rulebook("lai-chau"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_own_type_only_is_the_full_report_less_other_types(evaluator, path):
    profile = load_profile(path)
    full = evaluator.evaluate(profile)
    own = evaluator.evaluate(profile, own_type_only=True)
    others = [f for f in full.findings if f.reason is not None and f.reason.code == "unit_type"]
    assert others, "every bundled unit type is bound by only part of the catalogue"
    assert len(own.findings) == len(full.findings) - len(others)
    assert own.summary == full.summary
    assert slim(own).model_dump_json() == slim(full).model_dump_json()
    # the scorecard's workers also fold without the leaves' details, which slim drops anyway
    lean = evaluator.evaluate(profile, own_type_only=True, details=False)
    assert lean.summary == full.summary
    assert slim(lean).model_dump_json() == slim(full).model_dump_json()

"""``model.common.trusted`` builds findings, periods and check results without validating them: every
one a report holds must equal its validated copy (each field given, each value of its field's type)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from qcdc_rules.check import check_files
from qcdc_rules.model.common import Localized, trusted
from qcdc_rules.model.verdict import CheckResult

CASES = Path(__file__).resolve().parents[2] / "cases"


def _models(value):
    if isinstance(value, BaseModel):
        yield value
        for name in type(value).model_fields:
            yield from _models(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _models(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _models(v)


def test_every_model_of_the_bundled_reports_equals_its_validated_copy():
    for details in (True, False):
        report = check_files(sorted(CASES.glob("*.yaml")), details=details)
        seen = set()
        for model in _models(report):
            copy = type(model).model_validate(model.model_dump())
            assert copy == model, (type(model).__name__, model)
            seen.add(type(model).__name__)
        assert {"Finding", "PeriodResult", "CheckResult"} <= seen


def test_a_missing_or_mistyped_field_is_seen_by_the_copy():
    good = trusted(CheckResult, label=Localized(vi="a", en="a"), expression="x", status="true", details=[])
    assert CheckResult.model_validate(good.model_dump()) == good
    bad = trusted(CheckResult, label={"vi": "a", "en": "a"}, expression="x", status="true", details=[])
    with pytest.warns(UserWarning):  # pydantic sees the dict where a Localized should be
        assert CheckResult.model_validate(bad.model_dump()) != bad

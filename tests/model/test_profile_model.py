"""Profile model rules that are not about YAML: the administrative path, contradictions."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from qcdc_rules.model.profile import Profile

BASE = {"id": "X", "name": "UBND xã Khun Há", "type": "commune", "as_of": "2025-09-30"}


def test_pre_2025_path_with_a_district_and_post_2025_path_both_load():
    before = Profile.model_validate({**BASE, "admin_path": [
        {"level": "province", "name": "Lai Châu"}, {"level": "district", "name": "Tam Đường"},
        {"level": "commune", "name": "Bản Hon"}]})
    after = Profile.model_validate({**BASE, "admin_path": [
        {"level": "province", "name": "Lai Châu"}, {"level": "commune", "name": "Khun Há", "kind": "xã"}]})
    assert before.area("district") == "Tam Đường" and after.area("district") is None


def test_a_path_must_go_down_from_the_province():
    with pytest.raises(ValidationError, match="must go down one level at a time"):
        Profile.model_validate({**BASE, "admin_path": [{"level": "commune", "name": "Bản Hon"},
                                                       {"level": "province", "name": "Lai Châu"}]})


def test_not_found_cannot_contradict_what_is_recorded():
    with pytest.raises(ValidationError, match="listed under not_found, but 1 such item"):
        Profile.model_validate({**BASE, "documents": [{"kind": "democracy_regulation"}],
                                "not_found": ["documents.democracy_regulation"]})


def test_dates_in_either_form_and_impossible_dates():
    assert Profile.model_validate({**BASE, "as_of": "30/09/2025"}).as_of.isoformat() == "2025-09-30"
    with pytest.raises(ValidationError, match="month 2/2025 has 28 days"):
        Profile.model_validate({**BASE, "as_of": "2025-02-29"})


def test_evidence_keys_are_checked_each_time_however_often_a_good_one_is_seen():
    from qcdc_rules.model.fact_schema import check_evidence_key

    for _ in range(2):  # good keys are remembered; a bad one is refused every time
        check_evidence_key("documents.democracy_regulation")
        check_evidence_key("disclosures.2")
        with pytest.raises(ValueError, match="no kind 'democracy_regulatoin'"):
            check_evidence_key("documents.democracy_regulatoin")
        with pytest.raises(ValueError, match="is a number"):
            check_evidence_key("disclosures.two")

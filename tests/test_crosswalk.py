"""The shipped crosswalk of Lai Châu's 2025 merger, and a user's crosswalk with mistakes."""

from __future__ import annotations

import datetime as dt

import pytest

from qcdc_rules.crosswalk import Area, lai_chau_2025, parse_crosswalk
from qcdc_rules.errors import InputError


def test_lai_chau_106_communes_became_38():
    walk = lai_chau_2025()
    assert len(walk.successors) == 106 and len(walk.new_areas) == 38
    assert sorted({a.kind for a in walk.new_areas}) == ["phường", "xã"]
    assert walk.successor(Area("xã", "Tà Mung")) == Area("xã", "Mường Kim")
    assert len(walk.predecessors(Area("xã", "Mường Kim"))) == 4
    # a xã and a thị trấn share the name Mường Tè: both are kept apart
    assert Area("xã", "Mường Tè") in walk.successors and Area("thị trấn", "Mường Tè") in walk.successors
    assert walk.successor(Area("xã", "Mù Cả")) == Area("xã", "Mù Cả")  # khoản 37: not merged
    assert walk.effective == dt.date(2025, 7, 1) and "1670/NQ-UBTVQH15" in walk.citation


def test_a_crosswalk_with_mistakes_reports_each_row():
    text = ("old_kind,old_name,new_kind,new_name,basis\n"
            "xã,A,xã,B,k1\n"
            "xã,A,xã,C,k2\n"
            "xã,,xã,C,k3\n")
    with pytest.raises(InputError) as e:
        parse_crosswalk(text, "walk.csv", "x", dt.date(2025, 7, 1), "")
    assert [str(p) for p in e.value.problems] == [
        "walk.csv:3: xã A is listed twice (one row per old unit)",
        "walk.csv:4: a cell is empty (fill every column)"]
    with pytest.raises(InputError, match="a crosswalk has the columns"):
        parse_crosswalk("old,new\n", "walk.csv", "x", dt.date(2025, 7, 1), "")

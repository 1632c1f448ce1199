"""What changed between two dates: units matched by id, areas across the 2025 merger."""

from __future__ import annotations

from qcdc_rules.crosswalk import lai_chau_2025
from qcdc_rules.scorecard.history import Snapshot
from qcdc_rules.scorecard.trend import compare


def snap(as_of, units):
    s = Snapshot(as_of)
    for uid, (area, verdicts) in units.items():
        s.verdicts[uid], s.names[uid], s.areas[uid] = verdicts, uid, area
        s.levels[uid] = " / ".join(["province", "district", "commune"][-len(area.split(" / ")):]
                                   if area.count(" / ") == 2 else ["province", "commune"])
    return s


def test_new_and_resolved_findings_improved_and_regressed_units():
    before = snap("2024-12-31", {"a": ("Lai Châu / Tam Đường / Bản Hon", {"R1": "not_met", "R2": "met"}),
                                 "b": ("Lai Châu / Tam Đường / Bản Bo", {"R1": "met", "R2": "met"}),
                                 "gone": ("Lai Châu / Sìn Hồ / Tả Phìn", {"R1": "met"})})
    after = snap("2025-12-31", {"a": ("Lai Châu / Bản Hon", {"R1": "met", "R2": "met"}),
                                "b": ("Lai Châu / Bản Bo", {"R1": "missing_evidence", "R2": "met"}),
                                "new": ("Lai Châu / Bản Bo", {"R1": "met"})})
    t = compare(before, after)
    assert [(c.unit, c.resolved, c.new_findings) for c in t.improved] == [("a", ["R1"], [])]
    assert [(c.unit, c.resolved, c.new_findings) for c in t.regressed] == [("b", [], ["R1"])]
    assert t.only_before == ["gone"] and t.only_after == ["new"]


def test_areas_line_up_across_the_merger():
    walk = lai_chau_2025()
    old = ["Tà Mung", "Tà Hừa", "Pha Mu", "Mường Kim"]  # khoản 1: all became xã Mường Kim
    before = snap("2023-12-31", {f"x{i}": (f"Lai Châu / Than Uyên / {n}", {"R1": "met" if i % 2 else "not_met"})
                                 for i, n in enumerate(old)})
    after = snap("2025-12-31", {"mk": ("Lai Châu / Mường Kim", {"R1": "met"})})
    t = compare(before, after, walk)
    (area,) = t.areas
    assert area.area == "Lai Châu / Mường Kim"
    assert (area.before.numerator, area.before.denominator) == (2, 4)
    assert (area.after.numerator, area.after.denominator) == (1, 1)
    assert len(area.merged_from) == 4
    without = compare(before, after)  # no crosswalk: the old areas stay apart
    assert len(without.areas) == 5

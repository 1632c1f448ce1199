"""The announced exchanges of working days: our dated file, the official calendars of
2024 and 2025 it must reproduce, and the warning for a year nobody has entered."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import holidays
import pytest
from click.testing import CliRunner

from qcdc_cli.main import cli
from qcdc_rules.time.calendar import is_working_day, years_without_swaps
from qcdc_rules.time.swaps import parse_swaps, swap_table

D = dt.date
COMMUNE = Path(__file__).resolve().parents[1] / "fixtures" / "profiles" / "commune.yaml"


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(n) for n in range((last - first).days + 1)]


# Each official announcement as a run of consecutive days off, with the working days
# on either side of it, and the weekend day worked in exchange (if any).
OFFICIAL = [
    # Tết Giáp Thìn: seven days, 08–14/02/2024
    (D(2024, 2, 8), D(2024, 2, 14), None),
    (D(2024, 4, 18), D(2024, 4, 18), None),  # Giỗ Tổ Hùng Vương, 10/3 lunar
    (D(2024, 4, 27), D(2024, 5, 1), D(2024, 5, 4)),  # Công văn 2450/VPCP-KGVX: 29/04 off, Sat 04/05 worked
    (D(2024, 8, 31), D(2024, 9, 3), None),  # Quốc khánh: 02 and 03/09/2024
    (D(2025, 1, 25), D(2025, 2, 2), None),  # Tết Ất Tỵ: nine days, 25/01–02/02/2025
    (D(2025, 4, 5), D(2025, 4, 7), None),  # Giỗ Tổ Hùng Vương, Monday 07/04/2025
    (D(2025, 4, 30), D(2025, 5, 4), D(2025, 4, 26)),  # 02/05 off, Sat 26/04 worked
    (D(2025, 8, 30), D(2025, 9, 2), None),  # Quốc khánh: 01 and 02/09/2025
    (D(2026, 1, 1), D(2026, 1, 4), D(2026, 1, 10)),  # Công văn 12729/VPCP-KGVX: 02/01 off, Sat 10/01 worked
]


@pytest.mark.parametrize("first,last,worked", OFFICIAL, ids=[f"{o[0]:%d-%m-%Y}" for o in OFFICIAL])
def test_the_official_days_off_and_the_days_worked_instead(first, last, worked):
    assert not any(is_working_day(d) for d in days(first, last))
    assert is_working_day(first - dt.timedelta(1)) or (first - dt.timedelta(1)).weekday() >= 5
    if worked is not None:
        assert worked.weekday() == 5 and is_working_day(worked)


def test_every_swap_in_the_file_moves_a_working_day():
    table = swap_table()
    assert table.swaps
    for swap in table.swaps:
        assert not is_working_day(swap.off), swap
        assert is_working_day(swap.worked), swap
        assert swap.basis


def test_the_file_covers_every_year_since_the_law_took_effect():
    assert {2023, 2024, 2025, 2026} <= swap_table().years
    assert years_without_swaps([D(2024, 5, 1), D(2026, 12, 31)]) == []
    assert years_without_swaps([D(2027, 1, 4), D(2022, 3, 1)]) == [2022, 2027]


def test_the_package_swaps_agree_with_the_file_where_it_has_them():
    """Two sources for the same fact: a new release of ``holidays`` that disagrees fails here."""
    cal = holidays.Vietnam(years=range(2023, 2027), language="en_US")
    theirs_off = {d for d, n in cal.items() if n.startswith("Day off (substituted")}
    theirs_worked = {d for d in cal.weekend_workdays if 2023 <= d.year <= 2026}
    table = swap_table()
    assert theirs_off <= table.days_off and theirs_worked <= table.days_worked
    # what the package lacks and the file has: New Year 2026 (Công văn 12729/VPCP-KGVX)
    assert table.days_off - theirs_off == {D(2026, 1, 2)}


@pytest.mark.parametrize("entry,message", [
    ({"swaps": [{"day_off": "04/05/2024", "worked_on": "29/04/2024", "basis": "x"}]}, "weekday"),
    ({"swaps": [{"day_off": "29/04/2024", "worked_on": "04/05/2024"}]}, "cites no announcement"),
    ({"swaps": [{"day_off": "29/04/2024", "worked_on": "04/05/2024", "basis": "x"}]}, "wrong year"),
])
def test_a_mistaken_entry_is_refused(entry, message):
    year = 2025 if message == "wrong year" else 2024
    with pytest.raises(ValueError, match=message):
        parse_swaps({"years": {year: entry}})


def test_a_year_without_announcements_is_a_visible_warning_in_either_language():
    def report(as_of, lang):
        return CliRunner().invoke(cli, [str(COMMUNE), "--as-of", as_of, "--lang", lang])

    vi = report("2027-03-31", "vi").output
    assert "Chưa có thông báo hoán đổi ngày làm việc của năm 2027" in vi
    en = report("2027-03-31", "en").output
    assert "exchanges of working days for 2027 are not in the data" in en


    def warnings(as_of):
        out = CliRunner().invoke(cli, [str(COMMUNE), "--as-of", as_of, "--format", "json"]).stdout
        return json.loads(out)["units"][0]["warnings"]

    assert {"code": "calendar_year_unknown", "detail": {"year": 2027}} in warnings("2027-03-31")
    assert not [w for w in warnings("2025-06-30") if w["code"] == "calendar_year_unknown"]

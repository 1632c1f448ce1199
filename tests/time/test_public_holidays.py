"""The public holidays the calendar reads (qcdc_rules/time/public_holidays.txt) are the
``holidays`` package's, date for date and name for name: the file stands in for the package so
that a check does not import it, and a release of the package that moves a holiday fails here
until tools/public_holidays.py writes the file again."""

from __future__ import annotations

import datetime as dt
from importlib import resources

from qcdc_rules.time import calendar as C


def test_the_file_is_what_the_package_says():
    ours = C.public_holidays()
    theirs = C.package_holidays()
    assert ours == theirs, sorted(set(ours.items()) ^ set(theirs.items()))[:10]
    text = resources.files("qcdc_rules.time").joinpath(C.PUBLIC_HOLIDAYS).read_text(encoding="utf-8")
    assert text == C.format_public_holidays(theirs)  # byte for byte what the tool writes


def test_the_file_covers_every_year_of_the_calendar():
    years = {day.year for day in C.public_holidays()}
    assert years == set(range(C.FIRST_YEAR, C.LAST_YEAR + 1))
    assert C.public_holidays()[dt.date(2025, 1, 29)] == "Lunar New Year"  # Tết Ất Tỵ
    assert dt.date(2024, 4, 29) not in C.public_holidays()  # an exchange: workday_swaps.yaml's, not the package's


def test_the_days_off_are_the_holidays_and_the_announced_swaps():
    assert C._days_off() == frozenset(C.public_holidays()) | C.swap_table().days_off

"""Working days and Civil Code counting, against the calendar and against day-by-day counting."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from qcdc_rules.time.calendar import (add_months, add_working_days, deadline_after_months, is_working_day,
                                      months_begun, months_between, term_months, working_days_after)

D = dt.date
days = st.dates(min_value=D(2016, 1, 1), max_value=D(2034, 6, 30))


@settings(max_examples=300, derandomize=True, deadline=None)
@given(days, st.integers(1, 40))
def test_adding_working_days_lands_on_a_working_day_and_agrees_with_counting(event, n):
    end = add_working_days(event, n)
    assert is_working_day(end)
    counted, day = 0, event
    while counted < n:  # day by day
        day += dt.timedelta(days=1)
        counted += is_working_day(day)
    assert end == day
    assert working_days_after(event, end) == n
    assert add_working_days(event, n + 1) > end  # monotone


def test_known_days_off_and_make_up_days():
    assert not is_working_day(D(2024, 2, 12))  # Tết Giáp Thìn
    assert not is_working_day(D(2024, 4, 18))  # Hùng Kings' day, 10/3 lunar
    assert not is_working_day(D(2024, 4, 29))  # bridge day off …
    assert is_working_day(D(2024, 5, 4))  # … worked on Saturday 04/05/2024
    assert not is_working_day(D(2024, 4, 30)) and not is_working_day(D(2024, 5, 1))
    assert not is_working_day(D(2024, 9, 2)) and not is_working_day(D(2024, 9, 3))
    assert not is_working_day(D(2025, 1, 29))  # Tết Ất Tỵ
    assert not is_working_day(D(2025, 5, 2)) and is_working_day(D(2025, 4, 26))


def test_five_working_days_across_tet_2024():
    assert add_working_days(D(2024, 2, 7), 5) == D(2024, 2, 21)
    assert working_days_after(D(2024, 2, 7), D(2024, 2, 21)) == 5
    assert working_days_after(D(2024, 2, 7), D(2024, 2, 22)) == 6


def test_a_day_off_counts_as_the_next_working_day():
    assert working_days_after(D(2024, 3, 1), D(2024, 3, 8)) == 5  # Friday
    assert working_days_after(D(2024, 3, 1), D(2024, 3, 9)) == 6  # Saturday → Monday


def test_months_as_the_civil_code_counts_them():
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)  # no 31/02: the month's last day
    assert deadline_after_months(D(2023, 12, 31), 3) == D(2024, 4, 1)  # 31/03/2024 was a Sunday
    assert deadline_after_months(D(2024, 8, 31), 3) == D(2024, 12, 2)  # 30/11/2024 was a Saturday
    assert months_between(D(2023, 7, 1), D(2025, 7, 1)) == 24
    assert months_between(D(2023, 7, 1), D(2025, 6, 30)) == 23


def test_a_term_is_counted_to_the_nearest_month_and_a_span_by_the_months_it_reaches():
    # 2 years is 24 whether the first day is counted (to 30/06) or not (to 01/07, Civil Code Art. 148 k4)
    assert term_months(D(2023, 7, 1), D(2025, 6, 30)) == term_months(D(2023, 7, 1), D(2025, 7, 1)) == 24
    assert term_months(D(2024, 3, 15), D(2026, 3, 1)) == 24   # ends at a conference 14 days early
    assert term_months(D(2024, 3, 15), D(2026, 2, 27)) == 23  # 16 days short
    assert term_months(D(2024, 3, 15), D(2026, 3, 29)) == 24
    assert term_months(D(2024, 3, 15), D(2026, 4, 13)) == 25  # about a month long
    assert months_begun(D(2023, 1, 5), D(2025, 1, 5)) == 24
    assert months_begun(D(2023, 1, 5), D(2025, 1, 6)) == 25
    assert months_begun(D(2023, 1, 5), D(2025, 1, 4)) == 24


def test_the_list_of_working_days_is_each_day_asked_in_turn():
    """calendar._working_days works on ordinals for speed: it must be is_working_day, day by day."""
    from qcdc_rules.time import calendar as C

    start, end = D(C.FIRST_YEAR, 1, 1).toordinal(), D(C.LAST_YEAR, 12, 31).toordinal()
    assert C._working_days() == [o for o in range(start, end + 1) if is_working_day(D.fromordinal(o))]

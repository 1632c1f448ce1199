"""Vietnam's working-day calendar and the Civil Code's way of counting periods.

Working days are Monday to Friday, less public holidays (Tết and Hùng Kings' Day by
the lunar calendar included, from the well-kept ``holidays`` package) and less the
bridge days the Government gives off, plus the weekend days worked in exchange; the
exchanges come from our own dated file (``swaps.py``), and a year it lacks is warned of.

The package's holidays of the calendar's years are kept in ``public_holidays.txt``, written
from the package by ``tools/public_holidays.py`` and held equal to it by
tests/time/test_public_holidays.py: importing ``holidays`` loads every country it knows (about
0.1 s of each ``qcdc-check`` run), for some 300 dates that change only with a new release.

Counting follows the Civil Code 2015 (Bộ luật Dân sự), Art. 144–148:
- a period in days, weeks, months or years starts the day after the day or event that
  opens it (Art. 147 k2–3);
- it ends at the end of its last day (Art. 148 k1, k6); a period in months ends on the
  corresponding day of the last month, or that month's last day (Art. 148 k3);
- a period whose last day is a weekend or holiday ends at the end of the next working
  day (Art. 148 k5)."""

from __future__ import annotations

import bisect
import calendar as _cal
import datetime as dt
from functools import lru_cache
from importlib import resources

from .swaps import swap_table

FIRST_YEAR = 2015
LAST_YEAR = 2035
PUBLIC_HOLIDAYS = "public_holidays.txt"


_PACKAGE_SWAP = "Day off (substituted"  # how the package names the swaps we take from our file


def package_holidays() -> dict[dt.date, str]:
    """The public holidays and their observed days of the calendar's years, by the ``holidays``
    package, with its own swaps left out (they come from our file): what ``public_holidays.txt``
    must hold. Read by the tool that writes the file and the test that compares them, not by a check."""
    import holidays

    cal = holidays.Vietnam(years=range(FIRST_YEAR, LAST_YEAR + 1), language="en_US")
    return {day: name for day, name in sorted(cal.items()) if not name.startswith(_PACKAGE_SWAP)}


def format_public_holidays(days: dict[dt.date, str]) -> str:
    """``public_holidays.txt`` as ``tools/public_holidays.py`` writes it: a date and a name a line."""
    head = (f"# Vietnam's public holidays {FIRST_YEAR}-{LAST_YEAR} and the days they are observed on, from the\n"
            "# holidays package (its own exchanges of working days left out: they are workday_swaps.yaml's).\n"
            "# Written by tools/public_holidays.py; tests/time/test_public_holidays.py holds it equal to the package.\n")
    return head + "".join(f"{day.isoformat()}\t{name}\n" for day, name in sorted(days.items()))


@lru_cache(maxsize=1)
def public_holidays() -> dict[dt.date, str]:
    """``public_holidays.txt``: each public holiday or observed day of the calendar's years, and its name."""
    text = resources.files(__package__).joinpath(PUBLIC_HOLIDAYS).read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            day, _, name = line.partition("\t")
            out[dt.date.fromisoformat(day)] = name
    return out


@lru_cache(maxsize=1)
def _days_off() -> frozenset[dt.date]:
    """Public holidays and their observed days (``public_holidays``), and the announced days
    off from our file."""
    return frozenset(public_holidays().keys() | swap_table().days_off)


@lru_cache(maxsize=1)
def _days_worked() -> frozenset[dt.date]:
    """The weekend days worked in exchange (``SwapTable.days_worked`` makes its set anew each time)."""
    return swap_table().days_worked


def is_working_day(day: dt.date) -> bool:
    """Mon–Fri that is not a day off, or a weekend day worked in exchange for one
    (e.g. Saturday 04/05/2024, worked for Monday 29/04/2024)."""
    if day in _days_off():
        return False
    return day.weekday() < 5 or day in _days_worked()


@lru_cache(maxsize=1)
def _working_days() -> list[int]:
    """Ordinals of every working day in the supported range, ascending: ``is_working_day`` of each
    day, computed on ordinals (day 1, 01/01/0001, was a Monday), since a check needs the whole list
    and a date object for each of 7,670 days was most of the time it took."""
    start = dt.date(FIRST_YEAR, 1, 1).toordinal()
    end = dt.date(LAST_YEAR, 12, 31).toordinal()
    off = {d.toordinal() for d in _days_off()}
    worked = {d.toordinal() for d in _days_worked()}
    return [o for o in range(start, end + 1) if o not in off and ((o - 1) % 7 < 5 or o in worked)]


def _check_range(day: dt.date) -> None:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(f"{day.isoformat()} is outside the working-day calendar ({FIRST_YEAR}–{LAST_YEAR})")


def working_days_up_to(day: dt.date) -> int:
    """How many working days fall on or before ``day`` (from the calendar's start)."""
    _check_range(day)
    return bisect.bisect_right(_working_days(), day.toordinal())


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def last_working_day(day: dt.date) -> dt.date:
    """``day`` itself if it is a working day, else the last working day before it."""
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def days_completed(opened: dt.date, through: dt.date) -> int:
    """How long a period in days opened on ``opened`` has run by the end of ``through``: the
    largest N for which a period of N days opened that day is complete (Civil Code Art. 147 k2–3:
    the opening day is not counted; Art. 148 k1, k5: it ends at the end of its last day, and a
    last day that is a day off runs on to the end of the next working day). So
    ``days_completed(opened, through) >= N`` holds exactly when an N-day period opened on
    ``opened`` ended by the end of ``through``: a notice posted on Friday 27/12/2024 and up until
    the end of Friday 24/01/2025 has 28; one still up on Sunday 26/01/2025, in the Tết holidays,
    has 28 too, since a period whose 30th day is that Sunday runs on to Monday 03/02/2025."""
    return max((last_working_day(through) - opened).days, 0)


def working_days_after(event: dt.date, day: dt.date) -> int:
    """The number of the working day, counting from the day after ``event``, on which
    ``day`` falls; a day off counts as the next working day (Art. 147 k3, Art. 148 k5).

    Something done within N working days of ``event`` has ``working_days_after <= N``."""
    return working_days_up_to(next_working_day(day)) - working_days_up_to(event)


def add_working_days(event: dt.date, n: int) -> dt.date:
    """The last day of a period of ``n`` working days opened by ``event`` (n ≥ 1)."""
    if n < 1:
        raise ValueError("a period of working days has at least one day")
    days = _working_days()
    index = working_days_up_to(event) + n - 1
    if index >= len(days):
        raise ValueError(f"{n} working days after {event.isoformat()} is outside the calendar")
    return dt.date.fromordinal(days[index])


def add_months(day: dt.date, months: int) -> dt.date:
    """The corresponding day ``months`` later, or the last day of that month (Art. 148 k3)."""
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    month += 1
    return dt.date(year, month, min(day.day, _cal.monthrange(year, month)[1]))


def deadline_after_months(event: dt.date, months: int) -> dt.date:
    """End of a period of ``months`` months opened by ``event``, moved off a day off."""
    return next_working_day(add_months(event, months))


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from ``start`` to ``end`` (a 2-year term 01/07/2023–01/07/2025 is 24)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if add_months(start, months) > end:
        months -= 1
    return months


def term_months(first: dt.date, last: dt.date) -> int:
    """A term of office from ``first`` to ``last`` (both days in it), in months to the nearest month.

    A term "of 2 years" ends on the corresponding day two years on (Civil Code Art. 148 k4), or the day
    before when the first day is counted: both are 24. A term ends at the conference that elects the next
    board, which is seldom on the very day, so a remainder of half a month or more counts as a month and a
    shorter one as none: a term short of 2 years by days is 24, one longer by a month is 25, the same
    tolerance either side."""
    end = last + dt.timedelta(days=1)
    months = months_between(first, end)
    rest = (end - add_months(first, months)).days
    month_length = (add_months(first, months + 1) - add_months(first, months)).days
    return months + 1 if 2 * rest >= month_length else months


def months_begun(first: dt.date, last: dt.date) -> int:
    """The months a span from ``first`` to ``last`` reaches into: the least N with ``last`` on or before
    the corresponding day N months on (Civil Code Art. 148 k4). "At least once every 2 years" holds for a
    span of 24 and not for one a day longer."""
    months = months_between(first, last)
    return months + 1 if add_months(first, months) < last else months



def years_without_swaps(days) -> list[int]:
    """The years among ``days`` whose announced swaps have not been entered: their working
    days are counted with weekends and public holidays only, and the report says so."""
    return sorted({d.year for d in days} - swap_table().years)

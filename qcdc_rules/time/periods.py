"""Recurring periods (years, halves, quarters, months), when a duty for one falls due, and the
inspected window they are counted in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .calendar import add_months, next_working_day

MONTHS = {"year": 12, "half": 6, "quarter": 3, "month": 1}
CIVIL_CODE_BASIS = "blds-2015:147,148"  # the articles every computed deadline is counted by
DEFAULT_WINDOW_MONTHS = 12  # the inspected window before the as-of date, when not given


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    due: dt.date  # the deadline, moved off a day off
    label: str  # 2024, 2023/2024 (work year), 2024-H1, 2024-Q2, 2024-03
    nominal_due: dt.date | None = None  # the deadline before it was moved off a day off
    due_months: int = 0  # months after the period's end; 0: due by the period's end
    # the deadline of the period before: a duty done for this period is done after it (a plan for
    # this year's conference comes after last year's deadline, each moved off a day off on its own)
    previous_due: dt.date | None = None

    @property
    def moved(self) -> bool:
        return self.nominal_due is not None and self.nominal_due != self.due


def period_containing(day: dt.date, every: str, start_month: int = 1) -> tuple[dt.date, dt.date]:
    """The period of kind ``every`` that contains ``day``; years start in ``start_month``."""
    size = MONTHS[every]
    index = day.year * 12 + day.month - 1 - (start_month - 1)
    first = index - index % size + (start_month - 1)
    start = dt.date(first // 12, first % 12 + 1, 1)
    end = add_months(start, size) - dt.timedelta(days=1)
    return start, end


def period_label(start: dt.date, every: str, start_month: int = 1) -> str:
    """A language-neutral name: 2024, 2023/2024 (work year), 2024-H1, 2024-Q2, 2024-03."""
    if every == "year":
        return str(start.year) if start_month == 1 else f"{start.year}/{start.year + 1}"
    if every == "half":
        return f"{start.year}-H{1 if start.month <= 6 else 2}"
    if every == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}-{start.month:02d}"


def make_period(start: dt.date, end: dt.date, every: str, start_month: int, due_months: int) -> Period:
    """A period and its deadline: ``due_months`` months after it ends, counted as the Civil Code
    counts months (Art. 147 k2, 148 k3) and moved off a day off (Art. 148 k5); a duty due
    within the period (``due_months`` 0) falls due on its last day."""
    _, previous_end = period_containing(start - dt.timedelta(days=1), every, start_month)
    if not due_months:
        return Period(start, end, end, period_label(start, every, start_month), previous_due=previous_end)
    nominal = add_months(end, due_months)
    return Period(start, end, next_working_day(nominal), period_label(start, every, start_month), nominal, due_months,
                  next_working_day(add_months(previous_end, due_months)))


def closed_periods(as_of: dt.date, since: dt.date, every: str, start_month: int = 1,
                   due_months: int = 0) -> list[Period]:
    """Every period that ended before ``as_of`` and on or after ``since``, oldest first."""
    out: list[Period] = []
    start, end = period_containing(as_of, every, start_month)
    while True:
        start, end = period_containing(start - dt.timedelta(days=1), every, start_month)
        if end < since:
            break
        out.append(make_period(start, end, every, start_month, due_months))
    return out[::-1]


def next_period(as_of: dt.date, every: str, start_month: int = 1, due_months: int = 0) -> Period:
    """The period that contains ``as_of``: the one whose duty falls due next."""
    start, end = period_containing(as_of, every, start_month)
    return make_period(start, end, every, start_month, due_months)


def default_since(as_of: dt.date) -> dt.date:
    """The day after the as-of date 12 months earlier: 30/06/2024 → 01/07/2023."""
    return add_months(as_of, -DEFAULT_WINDOW_MONTHS) + dt.timedelta(days=1)

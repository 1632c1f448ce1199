"""Recurring periods (years, halves, quarters, months) and when a duty for one falls due."""

from __future__ import annotations

import datetime as dt

from .calendar import add_months, deadline_after_months

MONTHS = {"year": 12, "half": 6, "quarter": 3, "month": 1}


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


def last_closed_period(as_of: dt.date, every: str, start_month: int = 1,
                       due_months_after_end: int = 0) -> tuple[dt.date, dt.date, dt.date, str]:
    """The latest period that ended before ``as_of``: (start, end, due, label).

    A duty due some months after the period ends falls due at the end of that span,
    counted as the Civil Code counts months and moved off a day off (Art. 148 k3, k5)."""
    current_start, _ = period_containing(as_of, every, start_month)
    start, end = period_containing(current_start - dt.timedelta(days=1), every, start_month)
    due = deadline_after_months(end, due_months_after_end) if due_months_after_end else end
    return start, end, due, period_label(start, every, start_month)

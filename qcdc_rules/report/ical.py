"""What falls due, as an iCalendar file any calendar program opens (RFC 5545, via icalendar)."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from ..model.verdict import UnitReport
from . import i18n


def to_ical(units: list[UnitReport], lang: str = "vi") -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//qcdc-rules//grassroots democracy deadlines//VI")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Hạn thực hiện dân chủ ở cơ sở" if lang == "vi" else "Grassroots democracy deadlines")
    for u in units:
        for item in u.upcoming:
            event = Event()
            day = dt.date.fromisoformat(item.due)
            # A stable id: the same duty in the same period keeps its id when the file is rebuilt.
            event.add("uid", f"{u.unit.id}-{item.rule}-{item.period or item.due}@qcdc-rules")
            event.add("dtstamp", dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc))
            event.add("dtstart", day)
            event.add("dtend", day + dt.timedelta(days=1))
            title = item.title.get(lang)
            if item.period:
                title += f" ({i18n.period_label(item.period, lang)})"
            event.add("summary", f"{u.unit.name}: {title}")
            event.add("description", "\n".join(x for x in (item.rule, item.citation.get(lang)) if x))
            event.add("categories", ["qcdc", item.rule])
            cal.add_component(event)
    return cal.to_ical()

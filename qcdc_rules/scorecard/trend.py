"""What changed between two as-of dates of the history (``qcdc-check trend``).

Units are matched by id. A finding is new when a rule is outstanding (not met, missing
evidence) at the later date and was not at the earlier one; resolved when it was
outstanding and is now met. A unit improved or regressed when its score moved.

Across a merger (a crosswalk), unit ids of the communes change; areas are then compared
instead: each earlier commune is counted in the area it became, so a 2023 report of 106
communes and a 2025 report of 38 line up."""

from __future__ import annotations

from collections import Counter

from pydantic import Field

from ..crosswalk import Area, Crosswalk
from ..model.verdict import Out, Score, Verdict, score_of
from .history import AREA_SEPARATOR, Snapshot

_OUTSTANDING = {Verdict.not_met.value, Verdict.missing_evidence.value}


class UnitChange(Out):
    unit: str
    name: str
    before: Score
    after: Score
    new_findings: list[str] = Field(default_factory=list)
    resolved: list[str] = Field(default_factory=list)

    @property
    def delta(self) -> float:
        return (self.after.value or 0) - (self.before.value or 0)


class AreaChange(Out):
    area: str
    before: Score
    after: Score
    merged_from: list[str] = Field(default_factory=list)  # the earlier areas counted in this one


class Trend(Out):
    before: str
    after: str
    improved: list[UnitChange] = Field(default_factory=list)
    regressed: list[UnitChange] = Field(default_factory=list)
    unchanged: list[UnitChange] = Field(default_factory=list)
    only_before: list[str] = Field(default_factory=list)
    only_after: list[str] = Field(default_factory=list)
    areas: list[AreaChange] = Field(default_factory=list)


def compare(before: Snapshot, after: Snapshot, crosswalk: Crosswalk | None = None) -> Trend:
    trend = Trend(before=before.as_of, after=after.as_of)
    for unit in sorted(set(before.verdicts) & set(after.verdicts)):
        b, a = before.verdicts[unit], after.verdicts[unit]
        change = UnitChange(unit=unit, name=after.names[unit], before=score_of(Counter(b.values())),
                            after=score_of(Counter(a.values())),
                            new_findings=sorted(r for r, v in a.items() if v in _OUTSTANDING and b.get(r) not in _OUTSTANDING),
                            resolved=sorted(r for r, v in b.items() if v in _OUTSTANDING and a.get(r) == Verdict.met.value))
        bucket = trend.improved if change.delta > 0 else trend.regressed if change.delta < 0 else trend.unchanged
        bucket.append(change)
    trend.improved.sort(key=lambda c: -c.delta)
    trend.regressed.sort(key=lambda c: c.delta)
    trend.only_before = sorted(set(before.verdicts) - set(after.verdicts))
    trend.only_after = sorted(set(after.verdicts) - set(before.verdicts))
    trend.areas = _areas(before, after, crosswalk)
    return trend


def _area_totals(snap: Snapshot, rename) -> tuple[dict[str, Counter], dict[str, set[str]]]:
    totals: dict[str, Counter] = {}
    sources: dict[str, set[str]] = {}
    for unit, verdicts in snap.verdicts.items():
        area = snap.areas[unit]
        new = rename(area, snap.levels.get(unit, ""))
        totals.setdefault(new, Counter()).update(verdicts.values())
        sources.setdefault(new, set()).add(area)
    return totals, sources


def _successor_path(area: str, levels: str, crosswalk: Crosswalk | None) -> str:
    """An earlier area path with its commune replaced by the commune it became (and the
    district, abolished, dropped); unchanged without a crosswalk or a match. Only the
    commune-level name is looked up: a district may share a town's name (Than Uyên). The
    history keeps names, not kinds, so a xã is tried before a thị trấn of the same name
    (of Lai Châu's, only Mường Tè: thị trấn Mường Tè became xã Bum Tở)."""
    names, kinds = area.split(AREA_SEPARATOR), levels.split(AREA_SEPARATOR)
    if crosswalk is None or "commune" not in kinds:
        return area
    i = kinds.index("commune")
    for kind in ("xã", "phường", "thị trấn", "đặc khu"):
        new = crosswalk.successor(Area(kind, names[i]))
        if new is not None:
            return AREA_SEPARATOR.join([names[0], new.name] + names[i + 1:])
    return area


def _areas(before: Snapshot, after: Snapshot, crosswalk: Crosswalk | None) -> list[AreaChange]:
    b_totals, sources = _area_totals(before, lambda a, levels: _successor_path(a, levels, crosswalk))
    a_totals, _ = _area_totals(after, lambda a, levels: a)
    out = []
    for area in sorted(set(b_totals) | set(a_totals)):
        out.append(AreaChange(area=area, before=score_of(b_totals.get(area, Counter())),
                              after=score_of(a_totals.get(area, Counter())),
                              merged_from=sorted(sources.get(area, set()) - {area})))
    return out


def render_trend(trend: Trend, lang: str, table_format: str = "simple_grid") -> str:
    """The trend as text: units that moved, findings new and resolved, areas side by side."""
    from tabulate import tabulate

    from ..report import i18n
    from .render import pct

    vi = lang != "en"
    out = [f"{'So sánh' if vi else 'Comparing'} {i18n.date(trend.before)} → {i18n.date(trend.after)}", ""]
    for title_vi, title_en, changes in (("Tiến bộ", "Improved", trend.improved),
                                        ("Giảm", "Regressed", trend.regressed)):
        out.append(f"{title_vi if vi else title_en}: {len(changes)}")
        rows = [[c.name, pct(c.before.value, lang), pct(c.after.value, lang), ", ".join(c.resolved),
                 ", ".join(c.new_findings)] for c in changes]
        if rows:
            head = (["Đơn vị", "Trước", "Sau", "Đã khắc phục", "Mới phát sinh"] if vi
                    else ["Unit", "Before", "After", "Resolved", "New findings"])
            out += [tabulate(rows, headers=head, tablefmt=table_format, maxcolwidths=[40, 8, 8, 30, 30]), ""]
    if trend.areas:
        head = ["Địa bàn", "Trước", "Sau", "Gộp từ"] if vi else ["Area", "Before", "After", "Merged from"]
        rows = [[a.area, pct(a.before.value, lang), pct(a.after.value, lang), "; ".join(a.merged_from)]
                for a in trend.areas]
        out += [tabulate(rows, headers=head, tablefmt=table_format, maxcolwidths=[40, 8, 8, 50]), ""]
    if trend.only_before or trend.only_after:
        out.append(f"{'Chỉ có ở kỳ trước' if vi else 'Only before'}: {len(trend.only_before)}; "
                   f"{'chỉ có ở kỳ sau' if vi else 'only after'}: {len(trend.only_after)}")
    return "\n".join(out).rstrip() + "\n"

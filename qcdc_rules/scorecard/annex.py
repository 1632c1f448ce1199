"""The statistical annex (PHỤ LỤC) of a steering committee's yearly report, computed for one
calendar year from activity records (qcdc-activity/1) and unit profiles.

Its items and headings are those of the annex of Lai Châu's report 39-BC/BCĐ of 21/12/2023
(seed 001, l.249–340): 1. documents giving leadership and direction, 2. documents implementing
the Law (by type), 3. trainings, 4. inspections, 5. new rural development, 6. receptions and
dialogues of the heads of the party committee and the government; by level.

Where each number comes from:

- the province's and the districts' rows: their activity records only (no unit profile holds
  them);
- the commune row: the commune's activity record where it has one; its unit profile fills in
  the rest — the chairman's receptions (``receptions`` with ``by_head: true``), his dialogue
  conferences (``meetings`` of kind ``dialogue_conference``), the commune government's
  documents implementing the Law (its democracy regulation, measures resolution, disclosure,
  training and people-decide plans), the trainings it organised (``organiser_level: commune``);
- a count of receptions or dialogues is taken from one source per commune: the record if it
  gives it, else the profile (never both added);
- documents and trainings are counted once however many sources mention them: a document by
  its level, area, issuer and number (without a number: its type, date and title); a training
  by the level and area that organised it and its date. A line of a record that stands for
  several documents or sessions (``count``, no date) is never merged with another.

A figure no source gives is ``None`` ("không có số liệu" / "no data"), never 0; 0 is a zero
someone recorded (``documents: []``, ``receptions: 0``). Every figure says how it was computed
and from how many records and profiles, and is recomputed from the JSON's ``items``
(``tabulate``). The library never prints; it raises :class:`~qcdc_rules.errors.AnnexError`.
How the annex is shown (text, CSV, a workbook sheet, a page section) is in ``annex_render``."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import Field

from ..collation import sort_key
from ..errors import AnnexError
from ..model.activity import (AUDIENCE_OF_ROLE, REFORM, REFORM_CITATION, ActivityRecord, Audience, Genre, Issuer,
                              Purpose)
from ..model.common import Localized
from ..model.profile import Profile
from ..model.verdict import Out
from ..model.vocab import AdminLevel, DocumentKind, MeetingKind, UnitType
from ..text import nfc, normalise_for_match

ANNEX_SCHEMA_VERSION = 1
LEVELS = ("province", "district", "commune")

# The commune government's documents in a unit profile that implement the Law (annex item 2,
# "Chính quyền"), and their type.
PROFILE_DOCUMENTS: dict[DocumentKind, Genre] = {
    DocumentKind.democracy_regulation: Genre.regulation,
    DocumentKind.democracy_measures_resolution: Genre.resolution,
    DocumentKind.disclosure_plan: Genre.plan,
    DocumentKind.training_plan: Genre.plan,
    DocumentKind.people_decide_plan: Genre.plan,
}


def L(vi: str, en: str) -> Localized:
    return Localized(vi=nfc(vi), en=nfc(en))


# ---------------------------------------------------------------------------------------
# The JSON shape.
class AnnexItem(Out):
    """One counted thing, after merging the sources that mention it (the first source's values
    count; later ones only fill what it lacks). A ``marker`` says "this source recorded the
    collection" and adds 0: it is what makes a figure 0 rather than "no data"."""

    measure: str  # document, training, inspection, reception, dialogue, money, land
    level: str
    area: list[str]
    key: str
    sources: list[str]  # "record:FILE" or "unit:FILE#ID"
    marker: bool = False
    issuer: str | None = None
    purpose: str | None = None
    genre: str | None = None
    head: str | None = None  # party_secretary, chairman
    count: int | None = None  # documents, inspection teams, receptions, dialogues
    sessions: int | None = None
    participants: int | None = None
    audiences: list[str] | None = None
    units: int | None = None
    amount: float | None = None
    set_aside: list[str] = Field(default_factory=list)  # sources whose figure was not used, and why


class AnnexLine(Out):
    key: str
    level: str | None
    label: Localized
    field: Localized | None = None  # Tiếp dân / Đối thoại
    unit: str | None = None  # cuộc, người, triệu đồng, m²
    value: float | int | None
    breakdown: dict[str, int] = Field(default_factory=dict)  # documents by type
    audiences: list[str] = Field(default_factory=list)
    lacking: int = 0  # sessions or inspections counted without this number
    records: int = 0  # activity records counted
    profiles: int = 0  # unit profiles counted
    areas: int = 0  # areas with data
    areas_known: int = 0  # areas of the level in the inputs
    method: str  # how it is computed: a key of Annex.methods
    basis: Localized  # from how many records, profiles and areas


class AnnexGroup(Out):
    number: str | None
    level: str | None
    title: Localized | None
    lines: list[AnnexLine]


class AnnexSection(Out):
    number: str
    title: Localized
    note: Localized | None = None
    groups: list[AnnexGroup]


class RecordRow(Out):
    file: str
    id: str
    level: str
    area: list[str]
    year: int
    used: bool


class Annex(Out):
    schema_version: int = ANNEX_SCHEMA_VERSION
    year: int
    levels: list[str]
    provinces: list[str]
    title: Localized
    notes: list[Localized]
    sections: list[AnnexSection]
    methods: dict[str, Localized]  # how each line's figure is computed
    items: list[AnnexItem]
    areas: dict[str, list[str]]  # level → the areas of that level in the inputs
    records: list[RecordRow]
    units: int  # unit profiles read (each unit once)
    failures: list[dict] = Field(default_factory=list)

    def has_data(self) -> bool:
        return any(line.value is not None for s in self.sections for g in s.groups for line in g.lines)


# ---------------------------------------------------------------------------------------
# What a unit profile gives the annex (small and picklable: extracted in worker processes).
@dataclass
class TrainingFact:
    date: dt.date
    level: str | None
    participants: int | None
    audiences: tuple[str, ...]


@dataclass
class DocFact:
    genre: str
    number: str | None
    date: dt.date | None
    title: str | None


@dataclass
class UnitFacts:
    id: str
    type: str
    file: str
    path: list[tuple[str, str, str | None]]  # (level, name, kind), province down
    as_of: dt.date
    since: dt.date
    receptions: list[tuple[dt.date, bool | None]] | None  # None: not recorded
    dialogues: list[dt.date] | None
    trainings: list[TrainingFact] | None
    documents: list[DocFact] | None

    @property
    def source(self) -> str:
        return f"unit:{self.file}#{self.id}"


def unit_facts(profile: Profile, file: str) -> UnitFacts:
    nf = set(profile.not_found)
    since = profile.inspected_from or (profile.as_of - dt.timedelta(days=365))
    receptions = None
    if profile.receptions is not None or "receptions" in nf or any(k.startswith("receptions.") for k in nf):
        receptions = [(r.date, r.by_head) for r in profile.receptions or ()]
    dialogues = [m.date for m in profile.meetings or () if m.kind is MeetingKind.dialogue_conference]
    if not dialogues and not {"meetings", "meetings.dialogue_conference"} & nf:
        dialogues = None
    trainings = None
    if profile.trainings is not None or "trainings" in nf:
        trainings = [TrainingFact(t.date, t.organiser_level.value if t.organiser_level else None, t.participants,
                                  tuple(sorted({AUDIENCE_OF_ROLE[a.role].value for a in t.attendees or ()
                                                if a.role in AUDIENCE_OF_ROLE})))
                     for t in profile.trainings or ()]
    documents = None
    if profile.documents is not None or "documents" in nf:
        documents = [DocFact(PROFILE_DOCUMENTS[d.kind].value, d.number, d.date, d.title)
                     for d in profile.documents or () if d.kind in PROFILE_DOCUMENTS]
    return UnitFacts(profile.id, profile.type.value, file, _path(profile.admin_path),
                     profile.as_of, since, receptions, dialogues, trainings, documents)


def _facts_of_files(files: list[str]) -> tuple[list[UnitFacts], list[dict]]:
    from ..load.spreadsheet import units_in

    facts, failures = [], []
    for f in files:
        path = Path(f)
        for profile, _, error in units_in(path):
            if error is not None:
                failures.append({"file": str(path), "problems": [p.as_dict() for p in error.problems]})
            else:
                facts.append(unit_facts(profile, str(path)))
    return facts, failures


def read_units_facts(files: list[Path], jobs: int = 1, chunk: int = 50) -> tuple[list[UnitFacts], list[dict]]:
    """The annex's facts of every unit in ``files`` (in their order), and the files that failed."""
    chunks = [[str(f) for f in files[i:i + chunk]] for i in range(0, len(files), chunk)]
    facts, failures = [], []
    if jobs <= 1 or len(chunks) <= 1:
        results = map(_facts_of_files, chunks)
        for part, bad in results:
            facts += part
            failures += bad
        return facts, failures
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for part, bad in pool.map(_facts_of_files, chunks):
            facts += part
            failures += bad
    return facts, failures


def read_records(files: list[Path]) -> tuple[list[tuple[ActivityRecord, str]], list[dict]]:
    """The activity records that load, and the files that do not (each with its problems). A
    second record for the same level, area and year fails: the first, in the walk's order, is kept."""
    from ..load.activity import try_load_activity

    records, failures, seen = [], [], {}
    for f in files:
        record, error = try_load_activity(f)
        if error is not None:
            failures.append({"file": str(f), "problems": [p.as_dict() for p in error.problems]})
            continue
        key = (record.level.value, _area_key(record.level.value, _path(record.admin_path)), record.year)
        if key in seen:
            failures.append({"file": str(f), "problems": [{
                "code": "activity", "file": str(f), "line": 1, "column": None,
                "message": f"a second activity record for {' / '.join(record.area())}, {record.year} (the first is "
                           f"{seen[key]}); it is not counted",
                "hint": "keep one record per level, area and year: merge the two"}]})
            continue
        seen[key] = str(f)
        records.append((record, str(f)))
    return records, failures


# ---------------------------------------------------------------------------------------
# Keys.
def _norm(text: str | None) -> str:
    return normalise_for_match(text or "").casefold()


def _path(areas) -> list[tuple[str, str, str | None]]:
    return [(a.level.value, a.name, a.kind) for a in areas]


def _area_key(level: str, path: list[tuple[str, str, str | None]]) -> str | None:
    """The key of the area of ``level`` on ``path``: a province by its name; a district or a
    commune by its province, its kind when written (xã, phường, thị trấn: xã and thị trấn Mường
    Tè are two communes) and its name. A district on a commune's path, which only pre-2025 paths
    have, does not change which commune it is."""
    names = {lv: (name, kind) for lv, name, kind in path}
    if level not in names or "province" not in names:
        return None
    name, kind = names[level]
    own = _norm(name) if level == "province" else f"{_norm(kind)} {_norm(name)}".strip()
    return own if level == "province" else f"{_norm(names['province'][0])}/{own}"


def _area_path(level: str, path: list[tuple[str, str, str | None]]) -> list[str]:
    out = []
    for lv, name, kind in path:
        out.append(f"{kind} {name}" if kind and lv != "province" else name)
        if lv == level:
            return out
    return out


def _document_key(level: str, area: str, issuer: str, number: str | None, date: dt.date | None, genre: str,
                  title: str | None) -> str | None:
    if number:
        return f"document|{level}|{area}|{issuer}|no:{_norm(number).replace(' ', '')}"
    if date is not None:
        return f"document|{level}|{area}|{issuer}|{genre}|{date.isoformat()}|{_norm(title)}"
    return None


def _training_key(level: str, area: str, date: dt.date | None) -> str | None:
    return f"training|{level}|{area}|{date.isoformat()}" if date is not None else None


# ---------------------------------------------------------------------------------------
# Which year, which levels.
def default_year(records: Iterable[ActivityRecord], units: Iterable[UnitFacts], as_of: dt.date | None = None) -> int:
    """The latest year of the activity records (not after the as-of date's year, when one is
    given); with no record, the year of the as-of date, else of the latest unit's as_of."""
    limit = as_of.year if as_of else None
    years = [r.year for r in records if limit is None or r.year <= limit]
    if years:
        return max(years)
    if as_of is not None:
        return as_of.year
    dates = [u.as_of for u in units]
    if dates:
        return max(dates).year
    raise AnnexError("no activity record and no unit profile to compute the annex from: give the year")


def levels_for(year: int, records: Iterable[ActivityRecord]) -> list[str]:
    """Province, district, commune until 2024; from 01/07/2025 there is no district level, so
    2025 has one only if a district kept a record for its first half, and later years none."""
    if year < REFORM.year:
        return list(LEVELS)
    if year == REFORM.year and any(r.level is AdminLevel.district for r in records):
        return list(LEVELS)
    return ["province", "commune"]


# ---------------------------------------------------------------------------------------
# Collecting the items.
@dataclass
class _Collector:
    year: int
    levels: list[str]
    items: dict[str, AnnexItem] = field(default_factory=dict)
    areas: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # level → key → path
    skipped: Counter = field(default_factory=Counter)
    unique: int = 0

    def area(self, level: str, path: list[tuple[str, str, str | None]]) -> tuple[str | None, list[str]]:
        """The area's key and how it is shown (as the first source to name it wrote it)."""
        key = _area_key(level, path)
        if key is None or level not in self.levels:
            return key, _area_path(level, path)
        return key, self.areas.setdefault(level, {}).setdefault(key, _area_path(level, path))

    def add(self, key: str | None, source: str, **values) -> AnnexItem:
        if key is None:
            self.unique += 1
            key = f"{values['measure']}|{source}|{self.unique}"
        item = self.items.get(key)
        if item is None:
            item = self.items[key] = AnnexItem(key=key, sources=[source], **values)
            return item
        if source not in item.sources:
            item.sources.append(source)
        for name in ("participants", "units", "genre"):  # fill what the first source lacks
            if getattr(item, name) is None and values.get(name) is not None:
                setattr(item, name, values[name])
        if values.get("audiences"):
            item.audiences = sorted(set(item.audiences or ()) | set(values["audiences"]), key=_audience_rank)
        return item

    def in_year(self, day: dt.date | None) -> bool:
        return day is not None and day.year == self.year


def _audience_rank(code: str) -> int:
    return [a.value for a in Audience].index(code)


def _record_items(c: _Collector, record: ActivityRecord, file: str) -> None:
    level = record.level.value
    area, shown = c.area(level, _path(record.admin_path))
    src = f"record:{file}"
    base = {"level": level, "area": shown}
    if record.documents is not None:
        c.add(f"recorded|{src}|documents", src, measure="document", marker=True, count=0, **base)
        for d in record.documents:
            key = None if d.count > 1 else _document_key(level, area, d.issuer.value, d.number, d.date, d.kind.value,
                                                         d.title)
            c.add(key, src, measure="document", issuer=d.issuer.value, purpose=d.purpose.value, genre=d.kind.value,
                  count=d.count, **base)
    if record.trainings is not None:
        c.add(f"recorded|{src}|trainings", src, measure="training", marker=True, sessions=0, participants=0,
              **base)
        for t in record.trainings:
            c.add(_training_key(level, area, t.date), src, measure="training", sessions=t.sessions,
                  participants=t.participants,
                  audiences=[a.value for a in t.audiences] if t.audiences is not None else None, **base)
    if record.inspections is not None:
        c.add(f"recorded|{src}|inspections", src, measure="inspection", marker=True, count=0, units=0, **base)
        for i in record.inspections:
            key = f"inspection|{level}|{area}|{_norm(i.id)}" if i.id else None
            c.add(key, src, measure="inspection", count=i.teams, units=i.units, **base)
    for head in ("party_secretary", "chairman"):
        contacts = getattr(record.heads, head) if record.heads else None
        for name, measure in (("receptions", "reception"), ("dialogues", "dialogue")):
            value = getattr(contacts, name) if contacts else None
            if value is not None:
                c.add(f"{measure}|{level}|{area}|{head}", src, measure=measure, head=head, count=value, **base)
    for name, measure in (("money_million_vnd", "money"), ("land_m2", "land")):
        value = getattr(record.new_rural, name) if record.new_rural else None
        if value is not None:
            c.add(f"{measure}|{level}|{area}", src, measure=measure, amount=float(value), **base)


def _unit_items(c: _Collector, u: UnitFacts) -> None:
    src = u.source
    for t in u.trainings or ():
        if not c.in_year(t.date):
            continue
        if t.level is None:
            c.skipped["training_no_level"] += 1
            continue
        if t.level not in c.levels or _area_key(t.level, u.path) is None:
            c.skipped["training_unplaced"] += 1
            continue
        area, shown = c.area(t.level, u.path)
        c.add(_training_key(t.level, area, t.date), src, measure="training", level=t.level,
              area=shown, sessions=1, participants=t.participants,
              audiences=sorted(t.audiences, key=_audience_rank) or None)
    if u.type != UnitType.commune.value:
        return
    area, shown = c.area("commune", u.path)
    if area is None:
        c.skipped["commune_unplaced"] += 1
        return
    base = {"level": "commune", "area": shown}
    if u.trainings is not None:
        c.add(f"recorded|{src}|trainings", src, measure="training", marker=True, sessions=0, participants=0, **base)
    if u.documents is not None:
        c.add(f"recorded|{src}|documents", src, measure="document", marker=True, count=0,
              issuer=Issuer.government.value, purpose=Purpose.law_implementation.value, **base)
        for d in u.documents:
            if d.date is None:
                c.skipped["document_undated"] += 1
            elif c.in_year(d.date):
                c.add(_document_key("commune", area, Issuer.government.value, d.number, d.date, d.genre, d.title),
                      src, measure="document", issuer=Issuer.government.value,
                      purpose=Purpose.law_implementation.value, genre=d.genre, count=1, **base)
    for measure, found in (("reception", None if u.receptions is None else
                            sum(1 for day, by_head in u.receptions if by_head and c.in_year(day))),
                           ("dialogue", None if u.dialogues is None else
                            sum(1 for day in u.dialogues if c.in_year(day)))):
        if found is None:
            continue
        key = f"{measure}|commune|{area}|chairman"
        item = c.items.get(key)
        if item is not None and not any(s.startswith("unit:") for s in item.sources):
            item.set_aside.append(f"{src}: {found} (the activity record gives this figure)")
            c.skipped["set_aside"] += 1
            continue
        item = c.add(key, src, measure=measure, head="chairman", count=0, **base)
        item.count = (item.count or 0) + found
    if u.receptions is not None:
        c.skipped["reception_no_head"] += sum(1 for day, by_head in u.receptions
                                              if by_head is None and c.in_year(day))


def collect(year: int, records: list[tuple[ActivityRecord, str]], units: Iterable[UnitFacts],
            levels: list[str] | None = None) -> tuple[list[AnnexItem], dict[str, list[str]], Counter, int]:
    """The items of ``year`` (records of that year, then profiles' evidence dated in it), the
    areas of each level the inputs name, what was left out (counts by reason) and the number
    of distinct units."""
    used = [(r, f) for r, f in records if r.year == year]
    c = _Collector(year, levels or levels_for(year, [r for r, _ in used]))
    for record, file in used:
        if record.level.value in c.levels:
            _record_items(c, record, file)
        else:
            c.skipped["record_level"] += 1
    seen: set[str] = set()
    distinct = 0
    for u in units:
        if u.id in seen:
            c.skipped["duplicate_unit"] += 1
            continue
        seen.add(u.id)
        distinct += 1
        for level in c.levels:
            if level != "commune" or u.type == UnitType.commune.value:
                c.area(level, u.path)
        _unit_items(c, u)
    areas = {lv: sorted((" / ".join(p) for p in c.areas.get(lv, {}).values()), key=sort_key) for lv in c.levels}
    items = sorted(c.items.values(), key=lambda i: (LEVELS.index(i.level), i.measure, i.key))
    return items, areas, c.skipped, distinct


# ---------------------------------------------------------------------------------------
# The annex's headings (seed 001, l.249–340) and how each line is computed from the items.
_LEVEL_TITLE = {"province": L("Cấp tỉnh", "Province"), "district": L("Cấp huyện", "District"),
                "commune": L("Cấp xã", "Commune")}
_ISSUER_LABELS = {
    "province": {"party_committee": L("Tỉnh ủy", "Provincial party committee"),
                 "government": L("UBND tỉnh", "Provincial People's Committee"),
                 "steering_committee": L("Ban chỉ đạo tỉnh thực hiện QCDC",
                                         "Provincial steering committee for grassroots democracy"),
                 "front": L("Mặt trận Tổ quốc tỉnh", "Provincial Fatherland Front"),
                 "socio_political": L("Các tổ chức chính trị - xã hội tỉnh",
                                      "Provincial socio-political organisations")},
    "other": {"party_committee": L("Cấp ủy, tổ chức đảng", "Party committees and organisations"),
              "government": L("Chính quyền", "Government"),
              "steering_committee": L("Ban chỉ đạo thực hiện QCDC", "Steering committee for grassroots democracy"),
              "front": L("Mặt trận Tổ quốc", "Fatherland Front"),
              "socio_political": L("Các tổ chức chính trị - xã hội", "Socio-political organisations")},
    "item2": {"party_committee": L("Cấp ủy", "Party committee"), "government": L("Chính quyền", "Government"),
              "steering_committee": L("Ban Chỉ đạo thực hiện QCDC", "Steering committee for grassroots democracy"),
              "front": L("Mặt trận Tổ quốc", "Fatherland Front"),
              "socio_political": L("Các tổ chức chính trị - xã hội", "Socio-political organisations")},
}
_HEADS = {
    "province": {"party_secretary": L("Bí thư Tỉnh ủy", "Provincial party secretary"),
                 "chairman": L("Chủ tịch UBND tỉnh", "Chairman of the Provincial People's Committee")},
    "district": {"party_secretary": L("Bí thư huyện/thành ủy", "District or city party secretary"),
                 "chairman": L("Chủ tịch UBND huyện/thành phố", "Chairman of the district or city People's "
                                                                "Committee")},
    "commune": {"party_secretary": L("Bí thư xã/phường/thị trấn", "Commune, ward or town party secretary"),
                "chairman": L("Chủ tịch xã/phường/thị trấn", "Chairman of the commune, ward or town")},
    "commune_2025": {"party_secretary": L("Bí thư xã/phường/đặc khu", "Commune, ward or special zone party "
                                                                       "secretary"),
                     "chairman": L("Chủ tịch xã/phường/đặc khu", "Chairman of the commune, ward or special zone")},
}
TITLE = L("PHỤ LỤC", "ANNEX")
SUBTITLE = ("Số liệu về thực hiện dân chủ ở cơ sở năm {year}", "Figures on grassroots democracy, {year}")
NO_DATA = L("không có số liệu", "no data")
UNITS = {"sessions": ("cuộc/lớp/hội nghị", "sessions"), "people": ("người", "people"),
         "contacts": ("cuộc", "times"), "money": ("triệu đồng", "million đồng"), "land": ("m²", "m²"),
         "teams": ("đoàn/lượt", "teams"), "units": ("đơn vị", "units")}


def _match(item: AnnexItem, measure: str, level: str | None, issuer: str | None = None, purpose: str | None = None,
           head: str | None = None) -> bool:
    return (item.measure == measure and (level is None or item.level == level)
            and (issuer is None or item.issuer in (None, issuer))
            and (purpose is None or item.purpose in (None, purpose)) and (head is None or item.head == head))


def _sources(items: list[AnnexItem]) -> tuple[int, int]:
    sources = {s for i in items for s in i.sources}
    return sum(s.startswith("record:") for s in sources), sum(s.startswith("unit:") for s in sources)


_HOW = {
    "document": ("Cộng các văn bản ghi trong hồ sơ; văn bản trùng cấp, địa bàn, cơ quan ban hành và số hiệu (không có "
                 "số hiệu: trùng thể loại, ngày và trích yếu) tính một lần",
                 "Sum of the documents recorded; one with the same level, area, issuer and number (without a "
                 "number: the same type, date and title) counted once"),
    "sessions": ("Cộng số cuộc/lớp/hội nghị; buổi cùng cấp, cùng địa bàn tổ chức, cùng ngày tính một lần",
                 "Sum of the sessions; one organised by the same level and area on the same day counted once"),
    "participants": ("Cộng số người tham gia ghi cho từng buổi (hồ sơ hoạt động: participants; hồ sơ đơn vị: "
                     "trainings[].participants)",
                     "Sum of the participants recorded for each session (activity records: participants; unit "
                     "profiles: trainings[].participants)"),
    "audiences": ("Các đối tượng ghi cho từng buổi; với hồ sơ đơn vị, theo vai trò của người dự có tên",
                  "The target groups recorded for each session; from unit profiles, by the roles of the named "
                  "attendees"),
    "teams": ("Cộng số đoàn/lượt kiểm tra, giám sát", "Sum of the inspection and supervision teams or visits"),
    "units": ("Cộng số đơn vị cơ sở được kiểm tra, giám sát", "Sum of the grassroots units inspected or supervised"),
    "reception": ("Số cuộc tiếp dân ghi trong hồ sơ hoạt động", "Receptions given in the activity records"),
    "dialogue": ("Số cuộc đối thoại ghi trong hồ sơ hoạt động", "Dialogues given in the activity records"),
    "reception_chairman_commune": (
        "Số cuộc tiếp dân ghi trong hồ sơ hoạt động của xã; xã không ghi thì đếm buổi tiếp công dân do Chủ tịch "
        "trực tiếp tiếp (receptions, by_head: true) trong hồ sơ đơn vị cấp xã, không cộng cả hai",
        "Receptions given in the commune's activity record; where it gives none, the citizen receptions the "
        "chairman held in person (receptions with by_head: true) in the commune's profile; never both"),
    "dialogue_chairman_commune": (
        "Số cuộc đối thoại ghi trong hồ sơ hoạt động của xã; xã không ghi thì đếm hội nghị đối thoại giữa Chủ tịch "
        "UBND xã với Nhân dân (meetings, dialogue_conference) trong hồ sơ đơn vị cấp xã, không cộng cả hai",
        "Dialogues given in the commune's activity record; where it gives none, the dialogue conferences with "
        "residents (meetings of kind dialogue_conference) in the commune's profile; never both"),
    "money": ("Cộng số kinh phí ghi trong hồ sơ hoạt động cấp {level}", "Sum over the {level} activity records"),
    "land": ("Cộng diện tích ghi trong hồ sơ hoạt động cấp {level}", "Sum over the {level} activity records"),
}
_LEVEL_WORD = {"province": ("tỉnh", "province", "provinces"), "district": ("huyện", "district", "districts"),
               "commune": ("xã", "commune", "communes")}


def method_text(method: str) -> Localized:
    """How a line is computed, from its ``method`` (``money:district`` names the level summed)."""
    how, _, level = method.partition(":")
    vi, en = _HOW[how]
    if level:
        vi, en = vi.format(level=_LEVEL_WORD[level][0]), en.format(level=_LEVEL_WORD[level][1])
    return L(vi, en)


def _basis(matched: list[AnnexItem], value, level: str | None, areas_known: int, lacking: int = 0) -> Localized:
    if value is None:
        return L("không hồ sơ nào ghi", "no record or profile gives it")
    records, profiles = _sources(matched)
    areas = len({tuple(i.area) for i in matched})
    vi_word, _, en_words = _LEVEL_WORD.get(level or "", ("địa bàn", "", "areas"))
    vi = f"{records} hồ sơ hoạt động, {profiles} hồ sơ đơn vị; {areas}/{areas_known} {vi_word} có số liệu"
    en = f"{records} activity records, {profiles} unit profiles; {areas} of {areas_known} {en_words} with data"
    if lacking:
        vi += f"; {lacking} mục không ghi số này"
        en += f"; {lacking} entries without this number"
    return L(vi, en)


def _line(key: str, level: str | None, label: Localized, matched: list[AnnexItem], value, method: str,
          areas_known: int, *, unit: str | None = None, field: Localized | None = None, lacking: int = 0,
          breakdown: dict[str, int] | None = None, audiences: list[str] | None = None) -> AnnexLine:
    records, profiles = _sources(matched) if value is not None else (0, 0)
    return AnnexLine(key=key, level=level, label=label, field=field, unit=unit, value=value,
                     breakdown=breakdown or {}, audiences=audiences or [], lacking=lacking, records=records,
                     profiles=profiles, areas=len({tuple(i.area) for i in matched}) if value is not None else 0,
                     areas_known=areas_known, method=method,
                     basis=_basis(matched, value, level, areas_known, lacking))


def _documents(items, level, issuer, purpose, key, label, known) -> AnnexLine:
    matched = [i for i in items if _match(i, "document", level, issuer, purpose)]
    value = sum(i.count or 0 for i in matched) if matched else None
    breakdown = Counter()
    for i in matched:
        if not i.marker:
            breakdown[i.genre or Genre.other.value] += i.count or 0
    order = [g.value for g in Genre]
    return _line(key, level, label, matched, value, "document", known,
                 breakdown={g: breakdown[g] for g in order if breakdown[g]})


def _summed(matched: list[AnnexItem], attr: str) -> tuple[int | None, int]:
    """Sum of ``attr`` over the items, and how many real (non-marker) items lack it: None when no
    item matches, or when there are real items and none gives the number; 0 when only markers
    match (recorded: none)."""
    if not matched:
        return None, 0
    real = [i for i in matched if not i.marker]
    if not real:
        return 0, 0
    known = [getattr(i, attr) for i in real if getattr(i, attr) is not None]
    lacking = len(real) - len(known)
    return (sum(known) if known else None), lacking


def tabulate(items: list[AnnexItem], year: int, levels: list[str], areas: dict[str, list[str]]) -> list[AnnexSection]:
    """The annex's sections from its items: what the JSON report's ``sections`` say, recomputed
    from its ``items``, ``year``, ``levels`` and ``areas`` alone."""
    known = {lv: len(areas.get(lv, [])) for lv in levels}
    post = year >= REFORM.year
    numbered = {lv: f"{i + 1}" for i, lv in enumerate(levels)}

    def title(level: str) -> Localized:
        if level == "district" and post:
            return L("Cấp huyện (đến 30/06/2025)", "District (until 30/06/2025)")
        return _LEVEL_TITLE[level]

    sections = []
    # 1. Documents giving leadership and direction.
    groups = []
    for lv in levels:
        labels = _ISSUER_LABELS["province" if lv == "province" else "other"]
        lines = [_documents(items, lv, issuer.value, Purpose.direction.value, f"1.{lv}.{issuer.value}",
                            labels[issuer.value], known[lv]) for issuer in Issuer]
        groups.append(AnnexGroup(number=f"1.{numbered[lv]}", level=lv, title=title(lv), lines=lines))
    sections.append(AnnexSection(number="1", title=L("Số lượng văn bản lãnh đạo, chỉ đạo trực tiếp về thực hiện dân "
                                                     "chủ ở cơ sở", "Documents giving leadership and direction on "
                                                                    "grassroots democracy"), groups=groups))
    # 2. Documents implementing the Law, by type (the Front's and the organisations' only when there are some).
    groups = []
    for lv in levels:
        lines = []
        for issuer in Issuer:
            line = _documents(items, lv, issuer.value, Purpose.law_implementation.value, f"2.{lv}.{issuer.value}",
                              _ISSUER_LABELS["item2"][issuer.value], known[lv])
            if issuer in (Issuer.party_committee, Issuer.government, Issuer.steering_committee) or line.value:
                lines.append(line)
        groups.append(AnnexGroup(number=f"2.{numbered[lv]}", level=lv, title=title(lv), lines=lines))
    sections.append(AnnexSection(number="2", title=L("Văn bản quán triệt, triển khai Luật Thực hiện dân chủ ở cơ sở",
                                                     "Documents disseminating and implementing the Law on "
                                                     "Grassroots Democracy"),
                                 note=L("Ghi rõ thể loại văn bản", "by type of document"), groups=groups))
    # 3. Trainings.
    groups = []
    for lv in levels:
        matched = [i for i in items if _match(i, "training", lv)]
        sessions, _ = _summed(matched, "sessions")
        participants, lacking = _summed(matched, "participants")
        real = [i for i in matched if not i.marker]
        told = [i for i in real if i.audiences]
        audiences = sorted({a for i in told for a in i.audiences}, key=_audience_rank)
        groups.append(AnnexGroup(number=None, level=lv, title=title(lv), lines=[
            _line(f"3.{lv}.sessions", lv, L("Số cuộc/lớp/hội nghị", "Sessions, classes and conferences"), matched,
                  sessions, "sessions", known[lv], unit="sessions"),
            _line(f"3.{lv}.participants", lv, L("Số lượng người tham gia", "Participants"), matched, participants,
                  "participants", known[lv], unit="people", lacking=lacking),
            _line(f"3.{lv}.audiences", lv, L("Đối tượng tham gia", "Target groups"), told,
                  len(audiences) if told else (0 if matched and not real else None), "audiences", known[lv],
                  audiences=audiences)]))
    sections.append(AnnexSection(number="3", title=L("Công tác tuyên truyền, tập huấn về Luật Thực hiện dân chủ ở cơ "
                                                     "sở", "Communication and training on the Law on Grassroots "
                                                           "Democracy"), groups=groups))
    # 4. Inspections.
    groups = []
    for lv in levels:
        matched = [i for i in items if _match(i, "inspection", lv)]
        teams, _ = _summed(matched, "count")
        units, lacking = _summed(matched, "units")
        groups.append(AnnexGroup(number=None, level=lv, title=title(lv), lines=[
            _line(f"4.{lv}.teams", lv, L("Tổng số đoàn/lượt kiểm tra, giám sát",
                                         "Inspection and supervision teams or visits"), matched, teams, "teams",
                  known[lv], unit="teams"),
            _line(f"4.{lv}.units", lv, L("Tổng số đơn vị cơ sở được kiểm tra, giám sát",
                                         "Grassroots units inspected or supervised"), matched, units, "units",
                  known[lv], unit="units", lacking=lacking)]))
    sections.append(AnnexSection(number="4", title=L("Công tác kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở",
                                                     "Inspection and supervision of grassroots democracy"),
                                 groups=groups))
    # 5. New rural development: summed over the districts (the annex's "toàn huyện, thành phố"), or the
    # communes once there are no districts, else the province's own figure.
    lines, chosen = [], []
    for measure, label, unit in (
            ("money", L("Số kinh phí huy động sức dân (trong năm)", "Money mobilised from residents (in the year)"),
             "money"),
            ("land", L("Số diện tích đất do nhân dân hiến để xây dựng cơ sở hạ tầng (trong năm)",
                       "Land donated by residents to build infrastructure (in the year)"), "land")):
        level = next((lv for lv in ("district", "commune", "province") if lv in levels
                      and any(_match(i, measure, lv) for i in items)), None)
        matched = [i for i in items if _match(i, measure, level)] if level else []
        value = sum(i.amount or 0 for i in matched) if matched else None
        if value is not None and float(value).is_integer():
            value = int(value)
        chosen.append(level)
        lines.append(_line(f"5.{measure}", level, label, matched, value, f"{measure}:{level or 'district'}",
                           known.get(level, 0) if level else 0, unit=unit))
    where = next((lv for lv in chosen if lv), "district" if "district" in levels else "commune")
    note = {"district": L("số liệu tính trong toàn huyện, thành phố", "figures summed over the districts and cities"),
            "commune": L("số liệu tính trong toàn xã, phường", "figures summed over the communes and wards"),
            "province": L("số liệu toàn tỉnh", "the province's figures")}[where]
    sections.append(AnnexSection(number="5", title=L("Về xây dựng nông thôn mới", "New rural development"), note=note,
                                 groups=[AnnexGroup(number=None, level=None, title=None, lines=lines)]))
    # 6. Receptions and dialogues of the heads.
    groups = []
    for lv in levels:
        heads = _HEADS["commune_2025" if lv == "commune" and post else lv]
        lines = []
        for head in ("party_secretary", "chairman"):
            for measure, field_ in (("reception", L("Tiếp dân", "Receptions")),
                                    ("dialogue", L("Đối thoại", "Dialogues"))):
                matched = [i for i in items if _match(i, measure, lv, head=head)]
                value = sum(i.count or 0 for i in matched) if matched else None
                how = f"{measure}_chairman_commune" if lv == "commune" and head == "chairman" else measure
                lines.append(_line(f"6.{lv}.{head}.{measure}", lv, heads[head], matched, value, how, known[lv],
                                   unit="contacts", field=field_))
        groups.append(AnnexGroup(number=f"6.{numbered[lv]}", level=lv, title=title(lv), lines=lines))
    sections.append(AnnexSection(number="6", title=L("Kết quả tiếp dân, đối thoại trực tiếp với dân của người đứng "
                                                     "đầu cấp ủy, chính quyền trong năm",
                                                     "Citizen receptions and direct dialogues with residents held by "
                                                     "the heads of party committees and governments in the year"),
                                 groups=groups))
    return sections


def methods_of(sections: list[AnnexSection]) -> dict[str, Localized]:
    return {line.method: method_text(line.method) for s in sections for g in s.groups for line in g.lines}


# ---------------------------------------------------------------------------------------
# The annex.
def build_annex(record_files: list[Path], unit_files: list[Path] | None = None, *, year: int | None = None,
                as_of: dt.date | None = None, jobs: int = 1, units: Iterable[UnitFacts] | None = None) -> Annex:
    """The annex of ``year`` (default: ``default_year``) from the activity records in
    ``record_files`` and the unit profiles in ``unit_files``, or their facts ``units`` taken
    while a scorecard checked them (which lists the profiles that failed itself). Files that do
    not load are listed under ``failures`` and the rest is counted."""
    records, failures = read_records(list(record_files))
    if units is None:
        units, bad_units = read_units_facts(list(unit_files or []), jobs)
        failures += bad_units
    if year is None:
        year = default_year([r for r, _ in records], units, as_of)
    used = [r for r, _ in records if r.year == year]
    levels = levels_for(year, used)
    items, areas, skipped, distinct = collect(year, records, units, levels)
    provinces = sorted({r.admin_path[0].name for r in used} | {n for u in units for lv, n, _ in u.path
                                                                 if lv == "province"}, key=sort_key)
    notes = _notes(year, levels, units, skipped, records)
    sections = tabulate(items, year, levels, areas)
    return Annex(year=year, levels=levels, provinces=provinces,
                 title=L(SUBTITLE[0].format(year=year), SUBTITLE[1].format(year=year)), notes=notes,
                 sections=sections, methods=methods_of(sections), items=items, areas=areas,
                 records=[RecordRow(file=f, id=r.id, level=r.level.value, area=r.area(), year=r.year,
                                    used=r.year == year and r.level.value in levels) for r, f in records],
                 units=distinct, failures=failures)


def _notes(year: int, levels: list[str], units: Iterable[UnitFacts], skipped: Counter,
           records: list[tuple[ActivityRecord, str]]) -> list[Localized]:
    notes = [L("“không có số liệu”: không hồ sơ nào ghi số liệu này; 0 là số không đã được ghi.",
               "“no data”: no record or profile gives the figure; 0 is a zero someone recorded.")]
    if year >= REFORM.year:
        if "district" in levels:
            notes.append(L(f"Từ 01/07/2025 không còn cấp huyện ({REFORM_CITATION}); cấp huyện chỉ gồm số liệu "
                           f"đến 30/06/2025.", "From 01/07/2025 there is no district level (Law on Organisation of "
                                               "Local Government 72/2025/QH15); the district rows cover "
                                               "01/01–30/06/2025 only."))
        else:
            notes.append(L(f"Từ 01/07/2025 không còn cấp huyện ({REFORM_CITATION}): phụ lục gồm cấp tỉnh và cấp xã.",
                           "From 01/07/2025 there is no district level (Law on Organisation of Local Government "
                           "72/2025/QH15): the annex has the province and the communes."))
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    local = [u for u in units if u.type in (UnitType.commune.value, UnitType.village.value)]
    windows = [(max(u.since, first), min(u.as_of, last)) for u in local if u.since <= last and u.as_of >= first]
    if windows:
        start, end = min(w[0] for w in windows), max(w[1] for w in windows)
        if (start, end) != (first, last):
            notes.append(L(f"Hồ sơ xã, thôn ghi nhận từ {start:%d/%m/%Y} đến {end:%d/%m/%Y} (kỳ kiểm tra): số liệu "
                           f"cấp xã lấy từ hồ sơ đơn vị chỉ tính trong khoảng này của năm {year}.",
                           f"The commune and village profiles cover {start:%d/%m/%Y} to {end:%d/%m/%Y} (their "
                           f"inspected periods): commune figures taken from them count that part of {year} only."))
    elif local:
        notes.append(L(f"Không hồ sơ xã, thôn nào có kỳ kiểm tra trong năm {year}: số liệu cấp xã chỉ lấy từ hồ sơ "
                       f"hoạt động.", f"No commune or village profile's inspected period falls in {year}: commune "
                                      f"figures come from activity records only."))
    other = sum(1 for r, _ in records if r.year != year)
    reasons = {
        "training_no_level": ("{n} buổi tập huấn trong hồ sơ đơn vị không ghi cấp tổ chức (organiser_level): không "
                              "tính", "{n} trainings in unit profiles do not say which level organised them "
                                      "(organiser_level): not counted"),
        "training_unplaced": ("{n} buổi tập huấn trong hồ sơ đơn vị do một cấp không có trong phụ lục hoặc không có "
                              "trên địa bàn của đơn vị tổ chức: không tính", "{n} trainings in unit profiles were "
                              "organised at a level the annex does not have, or not on the unit's path: not counted"),
        "reception_no_head": ("{n} buổi tiếp công dân trong hồ sơ cấp xã không ghi Chủ tịch có trực tiếp tiếp hay "
                              "không (by_head): không tính", "{n} receptions in commune profiles do not say "
                              "whether the chairman received in person (by_head): not counted"),
        "document_undated": ("{n} văn bản trong hồ sơ cấp xã không có ngày ban hành: không tính",
                             "{n} documents in commune profiles have no date: not counted"),
        "set_aside": ("{n} số liệu của hồ sơ đơn vị không dùng vì hồ sơ hoạt động của xã đã ghi",
                      "{n} figures of unit profiles not used: the commune's activity record gives them"),
        "duplicate_unit": ("{n} hồ sơ đơn vị trùng mã đơn vị với hồ sơ trước: tính một lần",
                           "{n} unit profiles repeat the id of an earlier one: counted once"),
        "record_level": ("{n} hồ sơ hoạt động cấp huyện của năm không còn cấp huyện: không tính",
                         "{n} district records of a year without districts: not counted"),
        "commune_unplaced": ("{n} hồ sơ cấp xã không ghi tỉnh, xã trong admin_path: không tính",
                             "{n} commune profiles without a province and commune in admin_path: not counted"),
    }
    for key, (vi, en) in reasons.items():
        if skipped.get(key):
            notes.append(L(vi.format(n=skipped[key]), en.format(n=skipped[key])))
    if other:
        notes.append(L(f"{other} hồ sơ hoạt động của năm khác: không tính", f"{other} activity records of another "
                                                                           f"year: not counted"))
    return notes

"""The whole unit profile as a workbook a clerk can fill in, and back.

One sheet per kind of evidence the profile holds (the unit, documents, disclosures and their postings,
meetings, boards and their members, …), one row per item, each row linked to its unit by the unit's ID
and, on a sheet of parts (a posting, a board member), to its item by the item's ID or its number. The
layout is derived from the profile model (``model/profile.py``): its fields, their types and their
descriptions are the one table the template, the import, the export and the JSON schema share, so a
field added to the model appears in the workbook without a second list to keep.

A blank cell records nothing ("not recorded"); "Không có" in a list's column records an empty list
(looked at, none); so ``profile → workbook → profile`` gives back the same profile. The library never
prints; it returns bytes to write and (profile, where, error) entries to report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
import math
import re
import types
import typing
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from ..errors import Location, Problem, ProfileError
from ..model.profile import Profile
from ..model.vocab import Vocab
from ..text import did_you_mean, nfc

FORMAT_MARK = "qcdc-workbook/1"  # in the list sheet: how a workbook of this format is told from others
UNIT_SHEET = "Đơn vị"
LIST_SHEET = "Danh mục"
GUIDE_SHEET = "Hướng dẫn"
UNIT_ID = ("__unit__",)  # the column every data sheet starts with
PARENT = ("__item__",)  # on a sheet of parts: the item the row belongs to
NONE_WORD = {"vi": "Không có", "en": "None"}
YES = {"vi": "Có", "en": "Yes"}
NO = {"vi": "Không", "en": "No"}
DATE_FORMAT = "DD/MM/YYYY"
HEADER_COLOUR = "DDEBF7"  # every header row the tool writes, workbook, flat sheet and scorecard
MAX_SHEET_NAME = 31  # Excel's limit
MAX_PROMPT = 255     # an input message's text
MAX_PROMPT_TITLE = 32
PAGE_WIDTH = 140     # column-width units an A4 landscape page holds at a readable scale

Kind = Literal["text", "int", "date", "bool", "enum", "enums", "member", "date_or_no", "no_flag", "empty_flag", "link"]


@dataclass(frozen=True)
class Column:
    """One column: where its value goes in an item (``path``), what it holds, and its words."""

    path: tuple[str, ...]
    kind: Kind
    vi: str
    en: str
    help_vi: str = ""
    help_en: str = ""
    vocab: type[Vocab] | None = None
    required: bool = False
    member: Vocab | None = None  # a "member" column: ticked ("Có") when the list holds this word

    def header(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


@dataclass
class Sheet:
    """A sheet of items: the profile's list at ``path`` (``()`` is the unit itself), whose items are
    ``model``; ``parent`` is the sheet whose items hold these (a posting's disclosure)."""

    key: str
    path: tuple[str, ...]
    model: type[BaseModel]
    vi: str
    en: str
    parent: "Sheet | None" = None
    columns: list[Column] = field(default_factory=list)
    children: list["Sheet"] = field(default_factory=list)

    def name(self, lang: str) -> str:
        return (self.en if lang == "en" else self.vi)[:MAX_SHEET_NAME]

    @property
    def field_name(self) -> str:
        return self.path[-1] if self.path else ""


# ------------------------------------------------------------------ the layout, from the model

# Sheet titles: what a clerk calls each kind of evidence (the model's own descriptions are longer).
_TITLES = {
    (): ("Đơn vị", "Unit"),
    ("admin_path",): ("Địa bàn hành chính", "Administrative path"),
    ("documents",): ("Văn bản", "Documents"),
    ("disclosures",): ("Công khai", "Disclosures"),
    ("disclosures", "postings"): ("Niêm yết, đăng tải", "Postings"),
    ("disclosures", "broadcasts"): ("Phát thanh", "Broadcasts"),
    ("meetings",): ("Hội nghị, cuộc họp", "Meetings"),
    ("boards",): ("Ban", "Boards"),
    ("boards", "members"): ("Thành viên Ban", "Board members"),
    ("boards", "vacancies"): ("Chỗ trống của Ban", "Board vacancies"),
    ("trainings",): ("Tập huấn", "Trainings"),
    ("trainings", "attendees"): ("Người dự tập huấn", "Training attendees"),
    ("officers",): ("Người phải bồi dưỡng", "Role holders"),
    ("receptions",): ("Tiếp công dân", "Citizen receptions"),
    ("not_found",): ("Đã kiểm tra, không có", "Looked for, none"),
    ("waivers",): ("Miễn áp dụng", "Waivers"),
}
_SKIP = {("schema",), ("not_found",)}  # the format's constant; not_found has a sheet of its own


def _hints(model: type[BaseModel]) -> dict[str, Any]:
    return typing.get_type_hints(model, include_extras=True)


def _strip(t: Any) -> Any:
    """The type under Annotated[...]."""
    while typing.get_origin(t) is typing.Annotated:
        t = typing.get_args(t)[0]
    return t


def _options(t: Any) -> list[Any]:
    """The members of a union (Optional included), each without Annotated."""
    t = _strip(t)
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        return [_strip(a) for a in typing.get_args(t)]
    return [t]


def _is_model(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, BaseModel)


# Headers for the fields whose description is missing or opens with how to record "false" (the model's
# descriptions are the rest of the table).
def _words(description: str | None, name: str) -> tuple[str, str]:
    """A field's Vietnamese and English words from its description ("vi / en")."""
    vi, _, en = (description or "").partition(" / ")
    vi, en = vi.strip(), (en or vi).strip()
    if not vi:
        return name.replace("_", " "), name.replace("_", " ")
    return vi, en


def _short(text: str, limit: int = 60) -> str:
    """A header from a description: its first clause, without the citation in brackets."""
    if re.match(r"(false|true)\b", text):
        return text
    text = re.split(r"\s*[;:]\s|\s\(|\s—\s", text, maxsplit=1)[0].strip().rstrip(".")
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _columns(model: type[BaseModel], prefix: tuple[str, ...] = (), words: tuple[str, str] = ("", "")) -> \
        tuple[list[Column], list[tuple[str, type[BaseModel]]]]:
    """The columns of a model's fields (nested models flattened), and its lists of models."""
    cols: list[Column] = []
    lists: list[tuple[str, type[BaseModel]]] = []
    hints = _hints(model)
    for name, info in model.model_fields.items():
        key = info.alias or name
        path = prefix + (key,)
        if path in _SKIP:
            continue
        opts = [o for o in _options(hints[name]) if o is not type(None)]
        vi, en = _words(info.description, key)
        full_vi, full_en = (words[0] + ": " if words[0] else "") + _short(vi), \
            (words[1] + ": " if words[1] else "") + _short(en)
        helps = dict(help_vi=vi, help_en=en)
        required = info.is_required()
        falsy = any(typing.get_origin(o) is Literal and typing.get_args(o) == (False,) for o in opts)
        opts = [o for o in opts if typing.get_origin(o) is not Literal]
        main = opts[0] if opts else str
        if typing.get_origin(main) is list:
            item = _strip(typing.get_args(main)[0])
            if _is_model(item):
                lists.append((key, item))
                cols.append(Column(path, "empty_flag", f"{full_vi}: không có", f"{full_en}: none",
                                   "Ghi “Không có” khi đã kiểm tra và không có", "Write “None” when looked for and "
                                   "there is none"))
            elif isinstance(item, type) and issubclass(item, Vocab):
                # A set of words from a closed list: one column per word, each a "Có" dropdown (a cell cannot
                # hold a multiple choice), and "Không có" when none applies. The model keeps the set in the
                # vocabulary's order, so the columns give the list back as it was.
                cols.extend(Column(path, "member", f"{full_vi}: {m.vi}", f"{full_en}: {m.en}",
                                   f"Chọn “{YES['vi']}” nếu có: {m.vi}", f"Pick “{YES['en']}” if so: {m.en}",
                                   vocab=item, member=m) for m in item)
                cols.append(Column(path, "empty_flag", f"{full_vi}: không có", f"{full_en}: none",
                                   "Ghi “Không có” khi đã kiểm tra và không có nội dung nào",
                                   "Write “None” when looked for and none applies", vocab=item))
            else:
                cols.append(Column(path, "enums", full_vi, full_en, **helps))
        elif _is_model(main):
            # a nested model's scalar fields are columns of this sheet; the profile has no list inside one
            # (tests/load/test_workbook.py checks every list of items has its sheet)
            cols.extend(_columns(main, path, (full_vi, full_en))[0])
            if falsy:
                cols.append(Column(path, "no_flag", f"{full_vi}: không có", f"{full_en}: none", **helps))
        elif isinstance(main, type) and issubclass(main, Vocab):
            cols.append(Column(path, "enum", full_vi, full_en, vocab=main, required=required, **helps))
        elif main is bool:
            cols.append(Column(path, "bool", full_vi, full_en, required=required, **helps))
        elif main is dt.date:
            cols.append(Column(path, "date_or_no" if falsy else "date", full_vi, full_en, required=required, **helps))
        elif main is int:
            cols.append(Column(path, "int", full_vi, full_en, required=required, **helps))
        else:
            cols.append(Column(path, "text", full_vi, full_en, required=required, **helps))
    return cols, lists


def _unique(cols: list[Column]) -> list[Column]:
    """Headers are how a sheet's columns are read back: make each one unique on its sheet."""
    seen: dict[str, int] = {}
    out = []
    for c in cols:
        n = seen.get(c.vi, 0) + 1
        seen[c.vi] = n
        out.append(c if n == 1 else dataclasses.replace(c, vi=f"{c.vi} ({n})", en=f"{c.en} ({n})"))
    return out


def _sheet(path: tuple[str, ...], model: type[BaseModel], parent: Sheet | None) -> Sheet:
    vi, en = _TITLES[path] if path in _TITLES else (path[-1], path[-1])
    sheet = Sheet(key=".".join(path) or "unit", path=path, model=model, vi=vi, en=en, parent=parent)
    cols, lists = _columns(model)
    link = [Column(UNIT_ID, "link", "Mã đơn vị", "Unit ID", "Mã (id) của đơn vị ở trang “Đơn vị”",
                   "The unit's ID on the “Unit” sheet", required=True)] if path else []
    cols = [dataclasses.replace(c, vi=f"{_TITLES[path + c.path][0]}: không có", en=f"{_TITLES[path + c.path][1]}: none")
            if c.kind == "empty_flag" and path + c.path in _TITLES else c for c in cols]
    if parent is not None and parent.path:
        link.append(Column(PARENT, "link", f"{parent.vi}: mã hoặc số thứ tự", f"{parent.en}: ID or number",
                           f"Mã (id) hoặc số thứ tự của dòng ở trang “{parent.vi}” mà dòng này thuộc về",
                           f"The ID or the number of the row of “{parent.en}” this row belongs to", required=True))
    sheet.columns = _unique(link + cols)
    for name, child in lists:
        sheet.children.append(_sheet(path + (name,), child, sheet))
    return sheet


def _evidence_sheet() -> Sheet:
    return Sheet(key="not_found", path=("not_found",), model=Profile, vi=_TITLES[("not_found",)][0],
                 en=_TITLES[("not_found",)][1], columns=[
                     Column(UNIT_ID, "link", "Mã đơn vị", "Unit ID", required=True),
                     Column(("key",), "text", "Đã tìm, không có", "Looked for, none",
                            "Loại bằng chứng đã tìm mà không có (chọn trong danh sách)",
                            "The kind of evidence looked for and not found (pick from the list)", required=True)])


@functools.lru_cache(maxsize=1)
def layout() -> tuple[Sheet, ...]:
    """Every sheet, parents before their parts: the unit, then each list of the profile."""
    unit = _sheet((), Profile, None)
    top = unit.children
    unit.children = []
    sheets: list[Sheet] = [unit]

    def add(s: Sheet) -> None:
        sheets.append(s)
        for c in s.children:
            add(c)
    for s in top:
        if s.path == ("not_found",):
            continue
        add(s)
    sheets.append(_evidence_sheet())
    return tuple(sheets)


# ------------------------------------------------------------------ values to cells and back


def _cell_value(col: Column, value: Any, lang: str) -> Any:
    if value is None:
        return None
    if col.kind == "bool":
        return (YES if value else NO)[lang]
    if col.kind == "enum":
        return value.label(lang) if isinstance(value, Vocab) else str(value)
    if col.kind == "member":
        return YES[lang] if col.member in value else None
    if col.kind == "enums":
        if not value:
            return NONE_WORD[lang]
        return "; ".join(v.label(lang) if isinstance(v, Vocab) else str(v) for v in value)
    if col.kind == "date_or_no":
        return NO[lang] if value is False else value
    return value


@functools.lru_cache(maxsize=None)
def _names(model: type[BaseModel]) -> dict[str, str]:
    """A model's field names by the key the profile writes (its alias, or its name)."""
    return {(i.alias or n): n for n, i in model.model_fields.items()}


def _alias_get(item: BaseModel, key: str) -> Any:
    name = _names(type(item)).get(key)
    return getattr(item, name) if name is not None else None


def _value(item: BaseModel, path: tuple[str, ...]) -> Any:
    v: Any = item
    for p in path:
        if v is None or v is False:
            return None if v is None else False
        v = _alias_get(v, p)
    return v


def _given(item: BaseModel, path: tuple[str, ...]) -> bool:
    """Was the field set in the profile (not merely a default)? Only what was given is written."""
    v: Any = item
    for p in path:
        if not isinstance(v, BaseModel):
            return False
        name = _names(type(v)).get(p)
        if name not in v.model_fields_set:
            return False
        v = getattr(v, name)
    return True


def _rows(sheet: Sheet, profile: Profile, lang: str) -> list[list[Any]]:
    """The sheet's rows for one unit."""
    out: list[list[Any]] = []
    if not sheet.path:
        return [[_row_cell(c, profile, lang) for c in sheet.columns]]
    if sheet.path == ("not_found",):
        return [[profile.id, _evidence_label(k, lang)] for k in profile.not_found]
    for link, item in _items(sheet, profile):
        out.append([profile.id if c.path == UNIT_ID else link if c.path == PARENT else _row_cell(c, item, lang)
                    for c in sheet.columns])
    return out


def _row_cell(col: Column, item: BaseModel, lang: str) -> Any:
    if col.kind == "empty_flag":
        return NONE_WORD[lang] if _given(item, col.path) and _value(item, col.path) == [] else None
    if col.kind == "no_flag":
        return YES[lang] if _value(item, col.path) is False else None
    if not _given(item, col.path):
        return None
    v = _value(item, col.path)
    return None if v is False and col.kind not in ("date_or_no", "bool") else _cell_value(col, v, lang)


def _items(sheet: Sheet, profile: Profile) -> list[tuple[str | None, BaseModel]]:
    """The items of a sheet for one unit, each with the link to the item it belongs to."""
    if sheet.parent is None or not sheet.parent.path:
        return [(None, i) for i in (_alias_get(profile, sheet.path[0]) or [])]
    parents = [p for _, p in _items(sheet.parent, profile)]
    ids = [getattr(p, "id", None) for p in parents]
    out = []
    for n, (pid, parent) in enumerate(zip(ids, parents), start=1):
        # The ID links only when it names one item alone; otherwise the row number does.
        link = pid if pid and ids.count(pid) == 1 and not _ROW_NUMBER.fullmatch(pid) else f"#{n}"
        for i in _alias_get(parent, sheet.field_name) or []:
            out.append((link, i))
    return out


# ------------------------------------------------------------------ evidence keys as words


@functools.lru_cache(maxsize=1)
def _evidence_words() -> dict[str, tuple[str, str]]:
    from ..model.fact_schema import evidence_key_labels

    return evidence_key_labels()


def _evidence_label(key: str, lang: str) -> str:
    words = _evidence_words().get(key)
    return (words[1] if lang == "en" else words[0]) if words else key


# ------------------------------------------------------------------ writing


def write_workbook(profiles: list[Profile], lang: str = "vi", unit_type: str | None = None) -> bytes:
    """A workbook holding ``profiles``; none: an empty template, its unit row started with ``unit_type``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    guide = wb.active
    guide.title = GUIDE_SHEET if lang == "vi" else "Guide"
    _guide(guide, lang)
    lists = wb.create_sheet(LIST_SHEET if lang == "vi" else "Lists")
    lists["A1"] = FORMAT_MARK
    wb.properties.keywords = FORMAT_MARK  # told from other workbooks without opening them (is_workbook)
    wb.properties.title = "Sổ ghi bằng chứng thực hiện dân chủ ở cơ sở" if lang == "vi" else \
        "Grassroots democracy evidence workbook"
    list_ranges = _write_lists(lists, lang)
    lists.sheet_state = "hidden"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=HEADER_COLOUR)
    for sheet in layout():
        ws = wb.create_sheet(sheet.name(lang))
        headers = [c.header(lang) for c in sheet.columns]
        ws.append(headers)
        wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
        styles: dict[str, Any] = {}
        for cell in ws[1]:
            cell.font, cell.fill, cell.alignment = bold, fill, wrap
        ws.freeze_panes = "A2"
        if not profiles and unit_type and not sheet.path:
            from ..model.vocab import UnitType

            ws.append([UnitType(unit_type).label(lang) if c.path == ("type",) else None for c in sheet.columns])
        r = ws.max_row
        rows = [row for profile in profiles for row in _rows(sheet, profile, lang)]
        widths = [_width(c.header(lang), [row[j] for row in rows]) for j, c in enumerate(sheet.columns)]
        ws.row_dimensions[1].height = _height(max(_lines(h, w) for h, w in zip(headers, widths)), 10)
        for row in rows:
            r += 1
            lines = 1
            for j, (v, w) in enumerate(zip(row, widths), start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=j, value=v)
                kind = "text" if isinstance(v, str) else "date" if isinstance(v, dt.date) else "other"
                if kind == "text":
                    cell.data_type = "s"  # text that starts with "=" stays text
                    lines = max(lines, _lines(v, w))
                _style(cell, kind, styles, wrap, top)
            if lines > 1:  # office programs do not size rows to wrapped text they did not lay out themselves
                ws.row_dimensions[r].height = _height(lines, 8)
        last = r + 1000  # the dropdowns and checks reach well below the rows written, for new entries
        for j, (col, w) in enumerate(zip(sheet.columns, widths), start=1):
            letter = get_column_letter(j)
            ws.column_dimensions[letter].width = w
            rng = f"{letter}2:{letter}{last}"
            dv = _validation(DataValidation, col, lang, list_ranges, sheet)
            if dv is not None:
                ws.add_data_validation(dv)
                dv.add(rng)
            if col.kind in ("date", "date_or_no"):
                # the column's own format serves the rows a clerk adds; the dates written carry it themselves
                ws.column_dimensions[letter].number_format = DATE_FORMAT
        ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{max(r, 2)}"
        ws.print_title_rows = "1:1"
        ids = 2 if sheet.parent is not None and sheet.parent.path else 1
        ws.print_title_cols = f"A:{get_column_letter(ids)}"  # each page says whose rows they are
        width = sum(ws.column_dimensions[get_column_letter(j)].width for j in range(1, len(sheet.columns) + 1))
        _a4_landscape(ws, pages_wide=max(1, math.ceil(width / PAGE_WIDTH)))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _a4_landscape(ws, pages_wide: int = 1) -> None:
    """A4 landscape, the sheet's width fitted to as many pages across as keep its text readable (about
    ``PAGE_WIDTH`` characters a page); its rows run on over as many pages as they need."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = pages_wide
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _style(cell, kind: str, styles: dict, wrap, top) -> None:
    """Text wraps, every value sits at the top of its row, dates show as dd/mm/yyyy. The style is made
    once per kind and copied to each cell after, as openpyxl's own worksheet copy does: setting it
    attribute by attribute on every cell of a province's workbook costs more than writing the values."""
    from copy import copy

    if kind in styles:
        cell._style = copy(styles[kind])
        return
    cell.alignment = wrap if kind == "text" else top
    if kind == "date":
        cell.number_format = DATE_FORMAT
    styles[kind] = copy(cell._style)


def _width(header: str, values: list) -> int:
    """A column as wide as its values (a long header wraps instead), within what a page can show."""
    longest = max((len(v) if isinstance(v, str) else 10 for v in values if v is not None), default=0)
    return max(12, min(40, max(min(len(header), 18), longest) + 2))


def _lines(text: str, width: int) -> int:
    """Lines a text takes in a column: a column-width unit is a narrow digit, letters run wider."""
    return max(1, math.ceil(len(text) / max(1.0, (width - 2) * 0.85)))


def _height(lines: int, most: int) -> float:
    return 13.0 * min(lines, most) + 3


def _write_lists(ws, lang: str) -> dict[str, str]:
    """The dropdowns' values, one column per vocabulary, on the hidden list sheet."""
    from openpyxl.utils import get_column_letter

    vocabs: dict[str, list[str]] = {"bool": [YES[lang], NO[lang]], "none": [NONE_WORD[lang]],
                                    "date_or_no": [NO[lang]], "yes": [YES[lang]]}
    for sheet in layout():
        for c in sheet.columns:
            if c.vocab is not None and c.kind == "enum":
                vocabs.setdefault(c.vocab.__name__, [m.label(lang) for m in c.vocab])
    vocabs["evidence"] = sorted({(w[1] if lang == "en" else w[0]) for w in _evidence_words().values()})
    out = {}
    for j, (name, values) in enumerate(vocabs.items(), start=2):
        letter = get_column_letter(j)
        ws.cell(row=1, column=j, value=name)
        for i, v in enumerate(values, start=2):
            ws.cell(row=i, column=j, value=v).data_type = "s"
        out[name] = f"'{ws.title}'!${letter}$2:${letter}${len(values) + 1}"
    return out


def _validation(DataValidation, col: Column, lang: str, ranges: dict[str, str], sheet: Sheet):
    title = col.header(lang)[:MAX_PROMPT_TITLE]
    prompt = (col.help_en if lang == "en" else col.help_vi)[:MAX_PROMPT] or None
    if col.kind == "bool":
        dv = DataValidation(type="list", formula1=ranges["bool"], allow_blank=True)
    elif col.kind == "enum" and col.vocab is not None:
        dv = DataValidation(type="list", formula1=ranges[col.vocab.__name__], allow_blank=True)
    elif col.kind in ("empty_flag",):
        dv = DataValidation(type="list", formula1=ranges["none"], allow_blank=True)
    elif col.kind in ("no_flag", "member"):
        dv = DataValidation(type="list", formula1=ranges["yes"], allow_blank=True)
    elif sheet.path == ("not_found",) and col.path == ("key",):
        dv = DataValidation(type="list", formula1=ranges["evidence"], allow_blank=True)
    elif col.kind == "date":
        dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
    elif col.kind == "int":
        dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    else:
        dv = DataValidation(allow_blank=True) if prompt else None
    if dv is None:
        return None
    dv.showErrorMessage = col.kind not in ("text", "date_or_no", "enums", "link")
    dv.error = ("Chọn một giá trị trong danh sách" if lang == "vi" else "Pick a value from the list")[:MAX_PROMPT]
    dv.errorTitle = title
    if prompt:
        dv.showInputMessage = True
        dv.promptTitle, dv.prompt = title, prompt
    return dv


def _guide(ws, lang: str) -> None:
    lines = {
        "vi": ["Sổ ghi bằng chứng thực hiện dân chủ ở cơ sở (qcdc-rules)",
               "Mỗi trang là một loại bằng chứng; mỗi dòng là một văn bản, một nội dung công khai, một cuộc họp…",
               "Cột đầu mỗi trang là mã đơn vị ở trang “Đơn vị”; trang chi tiết (niêm yết, thành viên Ban…) "
               "ghi thêm mã hoặc số thứ tự của dòng mà nó thuộc về.",
               "Ô để trống là chưa ghi nhận (không phải “không”). Đã kiểm tra mà không có: chọn “Không có”, hoặc "
               "ghi ở trang “Đã kiểm tra, không có”.",
               "Ngày ghi theo dd/mm/yyyy. Ô có danh sách thì chọn trong danh sách, không gõ mã.",
               "Nội dung có thể có nhiều lựa chọn (hình thức lấy ý kiến, nội dung hội nghị…): mỗi lựa chọn một cột, "
               "chọn “Có” ở các cột đúng.",
               "Kiểm tra: qcdc-check tep.xlsx"],
        "en": ["Grassroots-democracy evidence workbook (qcdc-rules)",
               "Each sheet is one kind of evidence; each row one document, disclosure, meeting…",
               "Every sheet starts with the unit's ID from the “Unit” sheet; a sheet of parts (postings, board "
               "members…) also gives the ID or row number of the item it belongs to.",
               "A blank cell is not recorded (not “no”). Looked for and none: pick “None”, or list it on the "
               "“Looked for, none” sheet.",
               "Dates as dd/mm/yyyy. Where a cell has a list, pick from it; never type a code.",
               "Where several choices may apply (consultation forms, a conference's business…), each has its own "
               "column: pick “Yes” in those that do.",
               "Check it: qcdc-check file.xlsx"]}[lang]
    for i, line in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=line)
    ws.column_dimensions["A"].width = 120
    _a4_landscape(ws)


# ------------------------------------------------------------------ reading


class CellError(ValueError):
    """A cell that cannot be read: where, and what to type instead."""

    def __init__(self, where: str, message: str, hint: str | None = None, column: str | None = None):
        super().__init__(f"{where}: {message}" + (f" ({hint})" if hint else ""))
        self.where, self.message, self.hint, self.column = where, message, hint, column


def is_workbook(path: str | Path) -> bool:
    """A workbook of this format. Read from the file's parts, not by opening it as a workbook: a folder of
    profiles may hold large scorecards beside them. The mark is in the document's keywords; a file whose
    keywords an office program dropped is told by its list sheet, opened only when it has one."""
    import zipfile

    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return False
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "docProps/core.xml" in names and FORMAT_MARK.encode() in z.read("docProps/core.xml"):
                return True
            book = z.read("xl/workbook.xml").decode("utf-8", "replace") if "xl/workbook.xml" in names else ""
        if not any(f'name="{name}"' in book for name in (LIST_SHEET, "Lists")):
            return False
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            for name in (LIST_SHEET, "Lists"):
                if name in wb.sheetnames:
                    return next(wb[name].iter_rows(min_row=1, max_row=1, values_only=True))[0] == FORMAT_MARK
            return False
        finally:
            wb.close()
    except Exception:  # noqa: BLE001 - not a workbook this reads; the caller reports it
        return False


@dataclass(frozen=True)
class ItemLocation:
    """Where a unit's items were read: each profile path (``("disclosures", 2)``) to its sheet and row, so a
    finding's evidence item points at the row it came from (as ``Loaded.locate`` does for YAML)."""

    file: str
    sheet: str
    row: int | None = None
    rows: tuple[tuple[tuple, tuple[str, int]], ...] = ()

    def __str__(self) -> str:
        return f"{self.file} [{self.sheet}]" + (f" row {self.row}" if self.row else "")

    def locate(self, path) -> Location:
        path = tuple(path)
        best = None
        for p, (_, row) in self.rows:
            if path[:len(p)] == p and (best is None or len(p) > best[0]):
                best = (len(p), row)
        return Location(self.file, best[1] if best else self.row, None)


def _cells_by_row(ws) -> list[tuple[int, dict[int, Any]]]:
    """The cells a sheet holds, row by row, as (row number, {column number: cell}). Read from the sheet's
    own table of cells: ``iter_rows`` would first create an empty cell at every blank coordinate of the
    sheet's rectangle, which costs more than the reading itself on a province's workbook."""
    by_row: dict[int, dict[int, Any]] = {}
    for (r, c), cell in sorted(ws._cells.items()):
        by_row.setdefault(r, {})[c] = cell
    return list(by_row.items())


def _problem(file: str, e: CellError) -> Problem:
    from openpyxl.utils import column_index_from_string

    sheet, _, cell = e.where.partition("!")
    m = re.fullmatch(r"([A-Z]+)(\d+)", cell)
    row = int(m.group(2)) if m else None
    column = column_index_from_string(m.group(1)) if m else None
    # "Hội nghị!D7 (dòng 7, cột “Ngày họp”): …": the address to jump to, and the words to find it by eye
    said = f" (dòng {row}, cột “{e.column}”)" if e.column and row else ""
    return Problem(f"{e.where}{said}: {e.message}", Location(file, row, column), e.hint, "workbook")


def read_workbook(path: str | Path) -> list[tuple[Profile | None, Any, ProfileError | None]]:
    """Each unit of the workbook as (profile, where, None), or (None, where, error) listing every bad cell
    of that unit; a column or sheet the format does not have is an error of the file, reported on its own."""
    from openpyxl import load_workbook
    from pydantic import ValidationError

    path = Path(path)
    file = str(path)
    wb = load_workbook(path, data_only=False)
    lang = "en" if "Lists" in wb.sheetnames else "vi"
    sheets = layout()
    known = {s.name(lang) for s in sheets} | {GUIDE_SHEET, LIST_SHEET, "Guide", "Lists"}
    units: dict[str, dict] = {}
    unit_row: dict[str, int] = {}
    placed: dict[str, list[tuple[tuple, tuple[str, int]]]] = {}
    items: dict[tuple[str, str], list[tuple[dict, tuple]]] = {}
    bad: dict[str | None, list[CellError]] = {}
    columns_at: dict[str, dict[tuple, tuple[str, str]]] = {}  # sheet → field path → (column letter, header)
    for name in wb.sheetnames:
        if name not in known:
            bad.setdefault(None, []).append(CellError(f"{name}!A1", f"trang “{name}” không có trong mẫu",
                                                      "chuyển dữ liệu sang trang đúng của mẫu, hoặc xóa trang này"))
    for sheet in sheets:
        name = sheet.name(lang)
        if name not in wb.sheetnames:
            continue
        ws = wb[name]
        if ws.sheet_state != "visible":
            bad.setdefault(None, []).append(CellError(f"{name}!A1", f"trang “{name}” đang bị ẩn",
                                                      "hiện trang (Unhide) để kiểm tra dữ liệu trong đó"))
        if ws.merged_cells.ranges:
            bad.setdefault(None, []).append(CellError(f"{name}!{str(sorted(ws.merged_cells.ranges, key=str)[0]).split(':')[0]}",
                                                      "trang có ô gộp", "bỏ gộp ô (Unmerge), mỗi ô một giá trị"))
        rows = _cells_by_row(ws)
        if not rows:
            continue
        by_header = {c.header(lang): c for c in sheet.columns} | {c.header("vi"): c for c in sheet.columns}
        cols: dict[int, Column] = {}
        header_row = rows.pop(0)[1] if rows[0][0] == 1 else {}
        for j, cell in header_row.items():
            h = cell.value
            col = by_header.get(nfc(str(h)).strip()) if h is not None else None
            if h is not None and col is None:
                hint = did_you_mean(str(h), list(by_header), lang="vi")
                bad.setdefault(None, []).append(CellError(f"{name}!{cell.coordinate}", f"cột “{h}” không có trong mẫu",
                                                          hint or "xóa cột này hoặc dùng mẫu mới"))
            if col is not None:
                cols[j] = col
        at = columns_at[name] = {c.path: (header_row[j].column_letter, c.header(lang)) for j, c in cols.items()}

        def cell_error(path: tuple, number: int, message: str, hint: str) -> CellError:
            letter, header = at.get(path, ("A", None))
            return CellError(f"{name}!{letter}{number}", message, hint, header)

        unheaded: dict[int, Any] = {}
        for number, row in rows:
            if all(c.value is None or str(c.value).strip() == "" for c in row.values()):
                continue
            data: dict = {}
            uid = link = None
            errors: list[CellError] = []
            for j, cell in row.items():
                col = cols.get(j)
                if cell.value is None or str(cell.value).strip() == "":
                    continue
                if col is None:
                    if j not in header_row or header_row[j].value is None:  # typed under no header at all
                        unheaded.setdefault(j, cell)
                    continue
                try:
                    if cell.data_type == "f":  # a formula: its result is not in the file, and it is not typed
                        raise CellError(f"{name}!{cell.coordinate}", "ô chứa công thức",
                                        "ghi giá trị, không ghi công thức")
                    value = _parse(col, cell.value, lang, f"{name}!{cell.coordinate}", sheet)
                except CellError as e:
                    e.column = col.header(lang)
                    errors.append(e)
                    continue
                if col.path == UNIT_ID:
                    uid = str(value)
                elif col.path == PARENT:
                    link = str(value)
                elif col.kind in ("member", "empty_flag") and col.vocab is not None:  # a word of a set, or "none"
                    if not _add_word(data, col.path, value):
                        errors.append(CellError(f"{name}!{cell.coordinate}", "đã chọn cả “Không có” và một nội dung",
                                                "bỏ “Không có”, hoặc bỏ các nội dung đã chọn", col.header(lang)))
                else:
                    _set(data, col.path, value)
            if not sheet.path:
                uid = data.get("id")
            bad_of = bad.setdefault(uid, [])
            bad_of.extend(errors)
            if not sheet.path:
                if uid is None:
                    bad_of.append(cell_error(("id",), number, "dòng đơn vị không có mã (id)", "ghi mã đơn vị"))
                    continue
                if uid in units:
                    bad_of.append(cell_error(("id",), number, f"mã đơn vị “{uid}” đã có ở dòng {unit_row[uid]}",
                                            "mỗi đơn vị một mã"))
                    continue
                units[uid], unit_row[uid] = data, number
                placed[uid] = []
                continue
            if uid not in units:
                bad.setdefault(None, []).append(cell_error(
                    UNIT_ID, number, f"mã đơn vị “{uid}” không có ở trang “{sheet_name(lang)}”",
                    "ghi mã của một đơn vị ở trang đó"))
                continue
            if sheet.path == ("not_found",):
                _append(units[uid], "not_found", data.get("key"))
                continue
            if sheet.parent is None or not sheet.parent.path:
                owner, at = units[uid], (sheet.field_name,)
            else:
                parents = items.get((sheet.parent.key, uid), [])
                found = _find_parent(parents, link)
                if found is None:
                    bad_of.append(cell_error(PARENT, number, f"không có dòng “{link}” ở trang "
                                            f"“{sheet.parent.name(lang)}” của đơn vị {uid}",
                                            "ghi mã hoặc số thứ tự của một dòng ở trang đó"))
                    continue
                owner, at = found[0], found[1] + (sheet.field_name,)
            index = len(owner[sheet.field_name]) if isinstance(owner.get(sheet.field_name), list) else 0
            _append(owner, sheet.field_name, data)
            items.setdefault((sheet.key, uid), []).append((data, at + (index,)))
            placed[uid].append((at + (index,), (name, number)))
        for j, cell in sorted(unheaded.items()):
            bad.setdefault(None, []).append(CellError(f"{name}!{cell.coordinate}", "ô có dữ liệu nhưng cột không có "
                                                      "tiêu đề ở dòng 1", "ghi dữ liệu vào đúng cột của mẫu"))
    out: list[tuple[Profile | None, Any, ProfileError | None]] = []
    if bad.get(None):
        out.append((None, ItemLocation(file, UNIT_SHEET), ProfileError([_problem(file, e) for e in bad[None]])))
    for uid, data in units.items():
        where = ItemLocation(file, sheet_name(lang), unit_row[uid], tuple(placed[uid]))
        if bad.get(uid):
            out.append((None, where, ProfileError([_problem(file, e) for e in bad[uid]])))
            continue
        try:
            out.append((Profile.model_validate(_finish(data)), where, None))
        except ValidationError as e:
            out.append((None, where, ProfileError(_validation_problems(e, file, where, columns_at))))
    if not units and not bad.get(None):
        out.append((None, ItemLocation(file, UNIT_SHEET), ProfileError(Problem(
            f"trang “{sheet_name(lang)}” không có đơn vị nào", Location(file), "ghi mỗi đơn vị một dòng", "workbook"))))
    return out


def sheet_name(lang: str) -> str:
    return layout()[0].name(lang)


def _validation_problems(e, file: str, where: ItemLocation,
                         columns_at: dict[str, dict[tuple, tuple[str, str]]]) -> list[Problem]:
    """What the profile model refuses, at the cell it came from (or the row, when it is about the row as a
    whole), in Vietnamese, with each field named by its column header."""
    from ..model.refusals import MESSAGES, say

    out = []
    for err in e.errors(include_url=False):
        loc = tuple(x for x in err["loc"] if isinstance(x, int) or re.fullmatch(r"[a-z_]+", str(x)))
        sheet, row, rest = where.sheet, where.row, loc
        for item, (item_sheet, item_row) in sorted(where.rows, key=lambda r: len(r[0])):
            if loc[:len(item)] == item:
                sheet, row, rest = item_sheet, item_row, loc[len(item):]
        rest = tuple(x for x in rest if isinstance(x, str))
        at = columns_at.get(sheet, {})

        def header(key: str, rest: tuple = rest, at: dict = at) -> str:
            return at.get(rest + (key,), (None, key))[1]

        ctx = err.get("ctx") or {}
        field_path = rest + (ctx["a"],) if err["type"] in MESSAGES and "a" in ctx else rest
        letter, column = at.get(field_path, (None, None))
        place = f"{sheet}!{letter}{row} (dòng {row}, cột “{column}”)" if letter else f"{sheet}, dòng {row}"
        hint = "điền ô này" if err["type"] == "missing" else None
        out.append(Problem(f"{place}: {say(err, 'vi', header)}", Location(file, row, None), hint, "workbook"))
    return out


_ROW_NUMBER = re.compile(r"#\s*\d+")


def _find_parent(parents: list[tuple[dict, tuple]], link: str | None) -> tuple[dict, tuple] | None:
    """The item a part belongs to: "#3" is the third of the unit's items; anything else is an ID,
    or, when no item has that ID, a bare number ("3") counted the same way."""
    if link is None:
        return None
    if not _ROW_NUMBER.fullmatch(link.strip()):
        for data, at in parents:
            if data.get("id") == link:
                return data, at
    m = re.fullmatch(r"#?\s*(\d+)", link.strip())
    if m and 1 <= int(m.group(1)) <= len(parents):
        return parents[int(m.group(1)) - 1]
    return None


def _set(data: dict, path: tuple[str, ...], value: Any) -> None:
    for p in path[:-1]:
        nxt = data.get(p)
        if nxt is False:
            return  # the reference is marked "none": its parts are not read
        data = data.setdefault(p, {})
    if value is False and isinstance(data.get(path[-1]), dict):
        data[path[-1]] = False
    elif not (isinstance(value, dict) and data.get(path[-1]) is False):
        data[path[-1]] = value


def _add_word(data: dict, path: tuple[str, ...], value: Any) -> bool:
    """Tick one word of a set (or mark the set empty); False when the set is both empty and not."""
    for p in path[:-1]:
        data = data.setdefault(p, {})
    have = data.get(path[-1])
    if value is _EMPTY:
        if isinstance(have, list):
            return False
        data[path[-1]] = _EMPTY
        return True
    if have is _EMPTY:
        return False
    data.setdefault(path[-1], []).append(value)
    return True


def _append(data: dict, key: str, item: dict) -> None:
    if not isinstance(data.get(key), list):
        data[key] = []
    data[key].append(item)


_EMPTY = object()  # "Không có" in a list's column: the list was looked at and is empty


def _finish(data: dict) -> dict:
    """Lists marked "Không có" with no rows become empty lists; a "không có" flag on a nested
    reference becomes False."""
    out: dict = {}
    for k, v in data.items():
        if v is _EMPTY:
            out[k] = []
        elif isinstance(v, dict):
            out[k] = _finish(v)
        elif isinstance(v, list):
            out[k] = [_finish(x) if isinstance(x, dict) else x for x in v]
        else:
            out[k] = v
    return out


def _parse(col: Column, value: Any, lang: str, where: str, sheet: Sheet) -> Any:
    words = {lang, "vi", "en"}
    text = str(value).strip() if not isinstance(value, (dt.date, dt.datetime, int, float)) else None
    if col.kind == "empty_flag":
        if text in {NONE_WORD[w] for w in words}:
            return _EMPTY
        raise CellError(where, f"“{value}” không phải “{NONE_WORD[lang]}”", f"để trống hoặc chọn “{NONE_WORD[lang]}”")
    if col.kind in ("no_flag", "member"):
        if text in {YES[w] for w in words} | {"x", "X"}:
            # a "none" flag: the reference itself is none (Literal[False]); a word of a set: it is in the set
            return False if col.kind == "no_flag" else col.member.value
        raise CellError(where, f"“{value}” không phải “{YES[lang]}”", f"để trống hoặc chọn “{YES[lang]}”")
    if col.kind == "bool":
        if text in {YES[w] for w in words}:
            return True
        if text in {NO[w] for w in words}:
            return False
        raise CellError(where, f"“{value}” không phải “{YES[lang]}” hay “{NO[lang]}”", "chọn trong danh sách")
    if col.kind in ("date", "date_or_no"):
        if col.kind == "date_or_no" and text in {NO[w] for w in words}:
            return False
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text or "") or None
        if m:
            try:
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                pass
        raise CellError(where, f"“{value}” không phải một ngày", "ghi ngày theo dd/mm/yyyy, ví dụ 31/12/2024")
    if col.kind == "int":
        if isinstance(value, bool) or not isinstance(value, (int, float)) and not (text or "").isdigit():
            raise CellError(where, f"“{value}” không phải một số", "ghi một số nguyên không âm")
        n = int(value) if isinstance(value, (int, float)) else int(text)
        if isinstance(value, float) and value != n:
            raise CellError(where, f"“{value}” không phải số nguyên", "ghi một số nguyên không âm")
        if n < 0:
            raise CellError(where, f"{n} là số âm", "ghi một số không âm")
        return n
    if text is None:  # a number or a date typed where words belong: read as the words it shows
        text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    if col.kind == "enum" and col.vocab is not None:
        return _member(col.vocab, text, where, lang).value
    if col.kind == "enums":
        if text in {NONE_WORD[w] for w in words}:
            return []
        if col.vocab is None:
            return [p.strip() for p in (text or "").split(";") if p.strip()]
        return [m.value for m in _members(col.vocab, text or "", where, lang)]
    if sheet.path == ("not_found",) and col.path == ("key",):
        back = {w[0]: k for k, w in _evidence_words().items()} | {w[1]: k for k, w in _evidence_words().items()}
        return back.get(text, text)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if not isinstance(value, str) else value


def _member(vocab: type[Vocab], text: str | None, where: str, lang: str) -> Enum:
    for m in vocab:
        if text in (m.vi, m.en, m.value):
            return m
    hint = did_you_mean(text or "", [m.label(lang) for m in vocab], lang="vi")
    raise CellError(where, f"“{text}” không có trong danh sách", hint or "chọn một giá trị trong danh sách")


def _members(vocab: type[Vocab], text: str, where: str, lang: str) -> list[Enum]:
    """The values of a cell listing several, separated by ";": labels may hold a ";" themselves, so each
    is matched whole, the longest first."""
    names = sorted(((n, m) for m in vocab for n in (m.vi, m.en, m.value)), key=lambda x: -len(x[0]))
    out, rest = [], text.strip()
    while rest:
        hit = next(((n, m) for n, m in names if rest.startswith(n) and (len(rest) == len(n) or
                                                                          rest[len(n):].lstrip().startswith(";"))),
                   None)
        if hit is None:
            part = rest.split(";", 1)[0].strip()
            out.append(_member(vocab, part, where, lang))
            rest = rest[len(rest.split(";", 1)[0]) + 1:].strip() if ";" in rest else ""
            continue
        out.append(hit[1])
        rest = rest[len(hit[0]):].lstrip().removeprefix(";").strip()
    return out

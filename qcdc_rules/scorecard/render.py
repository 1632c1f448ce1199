"""The scorecard's views as a table, CSV, JSON and XLSX (the HTML page is in html.py).

Views: targets, areas (the administrative tree, flattened with its depth), unit types,
rules, and units ranked by score (lowest first: where help is needed). Headers are
Vietnamese unless asked for English; names are sorted in Vietnamese order."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from typing import IO

from tabulate import tabulate

from .. import jsontext
from ..collation import sort_key
from ..report import i18n
from .aggregate import AreaNode, Scorecard, UnitRow
from .annex import Annex
from .annex_render import add_annex_sheet, render_annex_csv, render_annex_text
from .stream import Streamed
from .xlsx import add_sheet

VIEWS = ("targets", "areas", "types", "rules", "units")

_HEAD = {
    "view_targets": ("Chỉ tiêu Nghị quyết", "Targets"),
    "view_areas": ("Theo địa bàn", "By area"),
    "view_types": ("Theo loại đơn vị", "By unit type"),
    "view_rules": ("Theo quy tắc", "By rule"),
    "view_units": ("Xếp hạng đơn vị", "Units ranked"),  # lowest score first; fits a sheet name (31)
    "target": ("Chỉ tiêu", "Target"), "basis": ("Căn cứ", "Basis"), "goal": ("Mục tiêu", "Goal"),
    "reached": ("Đạt được", "Reached"), "gap": ("Còn thiếu", "Gap"), "numerator": ("Tử số", "Numerator"),
    "denominator": ("Mẫu số", "Denominator"), "unknown": ("Chưa rõ", "Not recorded"),
    "area": ("Địa bàn", "Area"), "level": ("Cấp", "Level"), "units": ("Số đơn vị", "Units"),
    "score": ("Điểm", "Score"), "met": ("Đạt", "Met"), "not_met": ("Không đạt", "Not met"),
    "missing_evidence": ("Thiếu thông tin", "Missing evidence"), "error": ("Lỗi", "Error"),
    "type": ("Loại đơn vị", "Unit type"), "rule": ("Quy tắc", "Rule"), "title": ("Nội dung", "Duty"),
    "applicable": ("Số đơn vị áp dụng", "Units it applies to"), "rank": ("Hạng", "Rank"),
    "unit": ("Đơn vị", "Unit"), "id": ("Mã", "Id"), "outstanding": ("Nội dung chưa đạt", "Outstanding"),
    "as_of": ("Tính đến ngày", "As of"), "file": ("Tệp", "File"),
    "failures": ("Tệp không đọc được", "Files that did not load"),
    "title_card": ("BẢNG ĐIỂM THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", "GRASSROOTS DEMOCRACY SCORECARD"),
    "overall": ("Chung", "Overall"),
    "units_word": ("đơn vị", "units"),
}


def h(key: str, lang: str) -> str:
    vi, en = _HEAD[key]
    return en if lang == "en" else vi


def pct(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = f"{value * 100:.1f}%"
    return text.replace(".", ",") if lang == "vi" else text


def _flatten(nodes: list[AreaNode], depth: int = 0) -> list[tuple[int, AreaNode]]:
    out = []
    for n in nodes:
        out.append((depth, n))
        out += _flatten(n.children, depth + 1)
    return out


def view_rows(card: Scorecard, view: str, lang: str) -> tuple[list[str], list[list]]:
    """(headers, rows) of one view; numbers stay numbers, for CSV and XLSX."""
    if view == "targets":
        head = [h(k, lang) for k in ("id", "target", "basis", "goal", "numerator", "denominator", "reached", "gap",
                                     "unknown")]
        rows = [[t.id, t.title.get(lang), t.citation.get(lang), t.goal, t.overall.numerator, t.overall.denominator,
                 t.overall.value, t.overall.gap, t.overall.unknown] for t in card.targets]
    elif view == "areas":
        head = [h(k, lang) for k in ("area", "level", "units", "score", "met", "not_met", "missing_evidence")]
        rows = [["  " * depth + n.name, i18n.admin_level(n.level, lang), n.units, n.score.value,
                 n.counts.get("met", 0), n.counts.get("not_met", 0), n.counts.get("missing_evidence", 0)]
                for depth, n in _flatten(card.areas)]
    elif view == "types":
        head = [h(k, lang) for k in ("type", "units", "score", "met", "not_met", "missing_evidence")]
        rows = [[i18n.unit_type(t.type, lang), t.units, t.score.value, t.counts.get("met", 0),
                 t.counts.get("not_met", 0), t.counts.get("missing_evidence", 0)] for t in card.types]
    elif view == "rules":
        head = [h(k, lang) for k in ("rule", "title", "applicable", "score", "met", "not_met", "missing_evidence")]
        rows = [[r.rule, r.title.get(lang), r.applicable, r.score.value, r.counts.get("met", 0),
                 r.counts.get("not_met", 0), r.counts.get("missing_evidence", 0)]
                for r in card.rules if not r.advisory and r.applicable]
    elif view == "units":
        head = [h(k, lang) for k in ("rank", "unit", "type", "area", "score", "met", "not_met", "missing_evidence",
                                     "outstanding")]
        ranked = sorted(card.units, key=lambda u: (u.score.value if u.score.value is not None else 2,
                                                   sort_key(u.name), u.id))
        rows = list(_ranked_rows(ranked, lang))
    else:
        raise ValueError(f"unknown view {view!r}: one of {', '.join(VIEWS)}")
    return head, rows


def _ranked_rows(ranked, lang: str):
    """The units view's rows, from the units lowest score first."""
    for i, u in enumerate(ranked):
        yield [i + 1, u.name, i18n.unit_type(u.type, lang), " / ".join(u.path), u.score.value,
               u.counts.get("met", 0), u.counts.get("not_met", 0), u.counts.get("missing_evidence", 0),
               ", ".join(u.outstanding)]


def streamed_view_rows(s: Streamed, view: str, lang: str) -> tuple[list[str], Iterable[list]]:
    """``view_rows`` of a streamed scorecard: the units view read from its spool as it is written."""
    if view != "units":
        return view_rows(s.card, view, lang)
    head, _ = view_rows(Scorecard(units=[], areas=[], rules=[], types=[]), "units", lang)
    return head, _ranked_rows(map(UnitRow.model_validate, s.units.ranked()), lang)


_SHARE_COLUMNS = {"score", "reached", "gap", "goal"}


def _shown(head: list[str], rows: list[list], lang: str) -> list[list]:
    shares = {i for i, name in enumerate(head) if name in {h(k, lang) for k in _SHARE_COLUMNS}}
    return [[pct(v, lang) if i in shares else v for i, v in enumerate(row)] for row in rows]


def render_table(card: Scorecard | Streamed, lang: str, table_format: str = "simple_grid",
                 views: tuple[str, ...] = VIEWS, annex: Annex | None = None) -> str:
    """The views as text tables. Of a streamed scorecard, the units view's rows are held while it
    is laid out (a table's columns are as wide as their widest cell): about 200 B a unit."""
    out = [h("title_card", lang), ""]
    failures = card.card.failures if isinstance(card, Streamed) else card.failures
    for view in views:
        head, rows = _rows(card, view, lang)
        rows = list(rows)
        if not rows:
            continue
        out += [h(f"view_{view}", lang), tabulate(_shown(head, rows, lang), headers=head, tablefmt=table_format,
                                                   maxcolwidths=[None, 48, 40] + [None] * (len(head) - 3)), ""]
    if annex is not None and annex.has_data():  # the failures, if any, once: below
        out.append(render_annex_text(annex.model_copy(update={"failures": []}), lang, table_format))
    if failures:
        out.append(h("failures", lang))
        out += [f"- {f['file']}: {p['message']}" for f in failures for p in f["problems"]]
    return "\n".join(out).rstrip() + "\n"


def _rows(card: Scorecard | Streamed, view: str, lang: str) -> tuple[list[str], Iterable[list]]:
    return streamed_view_rows(card, view, lang) if isinstance(card, Streamed) else view_rows(card, view, lang)


def render_csv(card: Scorecard | Streamed, lang: str, view: str = "units", annex: Annex | None = None) -> str:
    """One view; ``annex``: the annex (a row per figure)."""
    buffer = io.StringIO()
    write_csv(card, buffer, lang, view, annex)
    return buffer.getvalue()


def write_csv(card: Scorecard | Streamed, out: IO[str], lang: str, view: str = "units",
              annex: Annex | None = None) -> None:
    """``render_csv`` written to ``out`` row by row (a streamed scorecard's units from its spool)."""
    if view == "annex":
        if annex is None:
            raise ValueError("the annex view needs the annex (activity records among the inputs)")
        out.write(render_annex_csv(annex, lang))
        return
    head, rows = _rows(card, view, lang)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(head)
    for row in rows:
        writer.writerow(row)


def render_json(card: Scorecard, annex: Annex | None = None) -> str:
    """The scorecard; with ``annex``, under the top-level key "annex"."""
    data = card.model_dump(mode="json")
    if annex is not None:
        data["annex"] = annex.model_dump(mode="json")
    return jsontext.dumps(data) + "\n"


def write_json(s: Streamed, out: IO[str], annex: Annex | None = None) -> None:
    """``render_json`` of a streamed scorecard, the same bytes, written piece by piece: the units
    from the spool, the area tree node by node, each target's figures area by area."""
    top = s.card.model_dump(mode="json", exclude={"areas", "targets", "units"})
    lazy: dict = {}
    if annex is not None:  # its items (a line per area and measure) are most of it: written one by one
        plain = annex.model_dump(mode="json", exclude={"items", "records"})
        parts = {k: (_plain(x.model_dump(mode="json")) for x in getattr(annex, k)) for k in ("items", "records")}
        lazy["annex"] = lambda o, p: _write_dict(o, plain, p, parts)

    def node(n):
        return lambda o, p: _write_dict(o, n.as_json(), p, {"children": map(node, n.children)})

    def target(i, t):
        data = t.model_dump(mode="json", exclude={"areas"})
        return lambda o, p: _write_dict(o, data, p, {"areas": map(_plain, s.target_figures(i))})

    def unit(text):
        return lambda o, p: o.write(text.replace("\n", "\n" + p))

    _write_dict(out, top, "", {"areas": map(node, s.card.areas), "targets": (target(i, t) for i, t in
                                                                               enumerate(s.card.targets)),
                               "units": map(unit, s.units.texts_in_order()), **lazy})
    out.write("\n")


def _dumps(value, prefix: str) -> str:
    return jsontext.dumps(value).replace("\n", "\n" + prefix)


def _plain(value):
    return lambda o, p: o.write(_dumps(value, p))


def _write_list(out: IO[str], items: Iterable[Callable], prefix: str) -> None:
    """A JSON list as ``json.dumps(indent=2)`` writes it at ``prefix``, each item writing itself."""
    first = True
    for item in items:
        out.write(("[\n" if first else ",\n") + prefix + "  ")
        item(out, prefix + "  ")
        first = False
    out.write("[]" if first else "\n" + prefix + "]")


def _write_dict(out: IO[str], plain: dict, prefix: str, lazy: dict[str, Iterable[Callable] | Callable]) -> None:
    """A JSON object as ``json.dumps(indent=2, sort_keys=True)`` writes it at ``prefix``: the keys of
    ``plain`` dumped, those of ``lazy`` lists written item by item, or any value by its own writer."""
    keys = sorted([*plain, *lazy])
    for i, key in enumerate(keys):
        out.write(("{\n" if i == 0 else ",\n") + prefix + "  " + json.dumps(key, ensure_ascii=False) + ": ")
        if key in lazy and callable(lazy[key]):
            lazy[key](out, prefix + "  ")
        elif key in lazy:
            _write_list(out, lazy[key], prefix + "  ")
        else:
            out.write(_dumps(plain[key], prefix + "  "))
    out.write("\n" + prefix + "}" if keys else "{}")


def render_xlsx(card: Scorecard | Streamed, lang: str, annex: Annex | None = None) -> bytes:
    """One sheet per view, Vietnamese headers, bold frozen header row, shares as percentages.
    A workbook is built in memory (openpyxl): of a streamed scorecard, its units view's cells are
    held until it is saved."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for view in VIEWS:
        head, rows = _rows(card, view, lang)
        sheet = add_sheet(book, h(f"view_{view}", lang)[:31], head, rows)
        shares = {i + 1 for i, name in enumerate(head) if name in {h(k, lang) for k in _SHARE_COLUMNS}}
        for col in range(1, len(head) + 1):
            width = max(len(str(c.value or "")) for c in sheet[get_column_letter(col)])
            sheet.column_dimensions[get_column_letter(col)].width = min(max(10, width + 2), 60)
            if col in shares:
                for cell in sheet[get_column_letter(col)][1:]:
                    cell.number_format = "0.0%"
    if annex is not None and annex.has_data():
        add_annex_sheet(book, annex, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


RENDERERS: dict[str, Callable] = {"table": render_table, "csv": render_csv, "json": render_json}

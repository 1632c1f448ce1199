"""The statistical annex shown as the annex prints it: numbers written the Vietnamese way
(32.286; 1.744 triệu đồng), "không có số liệu" where no source gives a figure; as text, CSV,
JSON, a workbook sheet and a section of the scorecard's page. The figures are computed in
``annex``."""

from __future__ import annotations

from collections.abc import Callable

from ..model.activity import Audience, Genre
from .annex import _LEVEL_TITLE, NO_DATA, TITLE, UNITS, Annex, AnnexGroup, AnnexLine, AnnexSection
from .xlsx import add_sheet


def number(value: float | int | None, lang: str) -> str:
    if value is None:
        return NO_DATA.get(lang)
    if float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.1f}"
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _genre_label(code: str, n: int, lang: str) -> str:
    g = Genre(code)
    word = g.vi if lang != "en" else (g.en if n != 1 else g.en.removesuffix("s"))
    return f"{number(n, lang)} {word}"


def value_text(line: AnnexLine, lang: str) -> str:
    """The figure as the annex prints it: "0", "6 (2 kế hoạch; 2 thông báo; 2 công văn)", item 2's
    "1 kế hoạch; 1 công văn", "32.286", "1.744 triệu đồng", "không có số liệu"."""
    if line.value is None:
        return NO_DATA.get(lang)
    if line.key.endswith(".audiences"):
        return "; ".join(Audience(a).label(lang) for a in line.audiences) or "—"
    text = number(line.value, lang)
    typed = {g: n for g, n in line.breakdown.items() if g != Genre.other.value}
    if line.key.startswith("2.") and line.breakdown:
        text = "; ".join(_genre_label(g, n, lang) for g, n in line.breakdown.items())
    elif typed:
        parts = "; ".join(_genre_label(g, n, lang) for g, n in line.breakdown.items())
        text = parts if len(line.breakdown) == 1 else f"{text} ({parts})"
    elif line.unit in ("money", "land", "contacts"):
        vi, en = UNITS[line.unit]
        text = f"{text} {en if lang == 'en' else vi}"
    if line.lacking:
        text += f" ({line.lacking} mục không ghi số)" if lang != "en" else f" ({line.lacking} entries without it)"
    return text


def _group_title(group: AnnexGroup, lang: str) -> str:
    if group.title is None:
        return ""
    return (f"{group.number}. " if group.number else "") + group.title.get(lang)


def section_title(section: AnnexSection, lang: str) -> str:
    return f"{section.number}. {section.title.get(lang)}" + (f" ({section.note.get(lang)})" if section.note else "")


def shown_lines(group: AnnexGroup, lang: str) -> list[tuple[str, str, str, AnnexLine]]:
    """(label, figure, sources, line) as the annex prints them: a head's receptions and dialogues
    on one line ("Tiếp dân 2 cuộc; đối thoại 2 cuộc")."""
    out = []
    i = 0
    while i < len(group.lines):
        line = group.lines[i]
        pair = group.lines[i + 1] if i + 1 < len(group.lines) else None
        if line.field is not None and pair is not None and pair.label == line.label:
            if line.value is None and pair.value is None:
                value = NO_DATA.get(lang)
            else:
                value = (f"{line.field.get(lang)} {value_text(line, lang)}; "
                         f"{pair.field.get(lang).lower()} {value_text(pair, lang)}")
            a, b = line.basis.get(lang), pair.basis.get(lang)
            basis = a if a == b else f"{line.field.get(lang)}: {a}; {pair.field.get(lang).lower()}: {b}"
            out.append((line.label.get(lang), value, basis, line))
            i += 2
            continue
        out.append((line.label.get(lang), value_text(line, lang), line.basis.get(lang), line))
        i += 1
    return out


def section_methods(section: AnnexSection) -> list[str]:
    seen: list[str] = []
    for g in section.groups:
        for line in g.lines:
            if line.method not in seen:
                seen.append(line.method)
    return seen


HEAD = {
    "section": ("Mục", "Item"), "level": ("Cấp", "Level"), "line": ("Nội dung", "Line"),
    "value": ("Số liệu", "Figure"), "shown": ("Ghi trong phụ lục", "As printed"),
    "records": ("Hồ sơ hoạt động", "Activity records"), "profiles": ("Hồ sơ đơn vị", "Unit profiles"),
    "areas": ("Địa bàn có số liệu", "Areas with data"), "sources": ("Nguồn", "Sources"),
    "method": ("Cách tính", "How computed"), "sheet": ("Phụ lục", "Annex"),
    "failures": ("Tệp không đọc được", "Files that did not load"),
}


def _h(key: str, lang: str) -> str:
    vi, en = HEAD[key]
    return en if lang == "en" else vi


def annex_rows(annex: Annex, lang: str) -> tuple[list[str], list[list]]:
    """One row per figure (a head's receptions and dialogues apart), numbers as numbers and
    "không có số liệu" where no source gives the figure: for CSV and the XLSX sheet."""
    head = [_h(k, lang) for k in ("section", "level", "line", "value", "shown", "records", "profiles", "areas",
                                  "method")]
    rows = []
    for s in annex.sections:
        for g in s.groups:
            for line in g.lines:
                label = line.label.get(lang) + (f": {line.field.get(lang)}" if line.field else "")
                value = line.value if line.value is not None else NO_DATA.get(lang)
                level = _LEVEL_TITLE[line.level].get(lang) if line.level else ""
                areas = f"{line.areas}/{line.areas_known}" if line.value is not None else ""
                rows.append([g.number or s.number, level, label, value, value_text(line, lang), line.records,
                             line.profiles, areas, annex.methods[line.method].get(lang)])
    return head, rows


def render_annex_text(annex: Annex, lang: str, table_format: str = "simple_grid") -> str:
    """The annex as the report prints it, a table per item with the sources of each figure and,
    under it, how its figures are computed."""
    import textwrap

    from tabulate import tabulate as table

    out = [TITLE.get(lang), annex.title.get(lang), ""]
    out += [f"- {n.get(lang)}" for n in annex.notes] + [""]
    for s in annex.sections:
        out.append(section_title(s, lang))
        rows = []
        for g in s.groups:
            for j, (label, value, basis, _) in enumerate(shown_lines(g, lang)):
                rows.append([_group_title(g, lang) if j == 0 else "", label, value, basis])
        # wrapped here: tabulate's own wrapping reads "2,000" as a number and fails on it
        rows = [[textwrap.fill(str(c), w) if c else c for c, w in zip(row, (16, 36, 34, 44))] for row in rows]
        out.append(table(rows, headers=["", _h("line", lang), _h("value", lang), _h("sources", lang)],
                         tablefmt=table_format, disable_numparse=True))
        out += [f"{_h('method', lang)}: {annex.methods[m].get(lang)}." for m in section_methods(s)] + [""]
    if annex.failures:
        out.append(_h("failures", lang))
        out += [f"- {f['file']}: {p['message']}" for f in annex.failures for p in f["problems"]]
    return "\n".join(out).rstrip() + "\n"


def annex_html(annex: Annex, lang: str, escape: Callable[[object], str]) -> str:
    """The annex as a section of the scorecard's HTML page (no script, no link)."""
    e = escape
    out = [f"<h2 id='annex'>{e(_h('sheet', lang))}</h2>",
           f"<p><b>{e(TITLE.get(lang))}</b><br>{e(annex.title.get(lang))}</p>",
           "<ul class='muted'>" + "".join(f"<li>{e(n.get(lang))}</li>" for n in annex.notes) + "</ul>"]
    for s in annex.sections:
        out.append(f"<h3>{e(section_title(s, lang))}</h3><table class='annex'><tbody>")
        for g in s.groups:
            if g.title is not None:
                out.append(f"<tr><th colspan='3'>{e(_group_title(g, lang))}</th></tr>")
            for label, value, basis, line in shown_lines(g, lang):
                cls = ("" if line.key.endswith(".audiences") else "num") + (" nodata" if line.value is None else "")
                out.append(f"<tr><td>{e(label)}</td><td class='{cls.strip()}'>{e(value)}</td>"
                           f"<td class='muted'>{e(basis)}</td></tr>")
        out.append("</tbody></table>")
        out.append("".join(f"<p class='muted'>{e(_h('method', lang))}: {e(annex.methods[m].get(lang))}.</p>"
                           for m in section_methods(s)))
    return "\n".join(out)


def render_annex_json(annex: Annex) -> str:
    from .. import jsontext

    return jsontext.dumps({"annex": annex.model_dump(mode="json")}) + "\n"


def render_annex_csv(annex: Annex, lang: str) -> str:
    import csv
    import io

    head, rows = annex_rows(annex, lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(head)
    writer.writerows(rows)
    return buffer.getvalue()


def add_annex_sheet(book, annex: Annex, lang: str) -> None:
    """The sheet "Phụ lục" ("Annex") of an openpyxl workbook: a row per figure, a bold frozen
    header row as on the scorecard's other sheets."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    sheet = add_sheet(book, _h("sheet", lang), *annex_rows(annex, lang))
    for col, width in enumerate((8, 12, 48, 14, 36, 10, 10, 10, 70), start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(row[3].value, (int, float)):
            row[3].number_format = "#,##0" if float(row[3].value).is_integer() else "#,##0.0"


def render_annex_xlsx(annex: Annex, lang: str) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    add_annex_sheet(book, annex, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

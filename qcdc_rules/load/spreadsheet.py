"""Unit profiles from a spreadsheet: one unit per row of an .xlsx or .csv file written from
the template (``qcdc-check template``; the columns are in ``qcdc_rules.load.flat_sheet``).

A blank cell records nothing ("not recorded"), never "no". Each row is read on its own: a
row that does not validate is an error located at its file, sheet, row number and column
header, and the other rows are still read. Every data row read becomes either a profile or
an error, so units + failed rows = rows read; a file or sheet that cannot be read at all
(no header row, an unknown column) is one error of its own."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import InputError, Location, Problem, ProfileError
from ..model.profile import Profile
from ..model.refusals import MESSAGES
from ..model.vocab import UnitType
from .profile import try_load_profile
from .flat_sheet import BY_KEY, COLUMNS, HEADERS, HELP_TEXTS, IGNORED_HEADERS, NO, YES, Column, header_key
from ..text import did_you_mean, nfc

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv")
UNREADABLE_SUFFIXES = (".xls", ".ods", ".numbers")  # spreadsheets, but not formats this reads
HEADER_SEARCH_ROWS = 10  # a title may stand above the header row
_LOCK_PREFIXES = ("~$", ".~lock")  # files an open Excel or LibreOffice keeps beside the workbook


@dataclass(frozen=True)
class RowLocation:
    """Where a unit was read: a row of a sheet (``sheet`` is None for CSV). ``cells`` maps each
    profile path the row filled to the column it came from, so an evidence item of the unit
    can be pointed at (``locate``, as ``Loaded.locate`` does for YAML)."""

    file: str
    sheet: str | None = None
    row: int | None = None  # None: the file as a whole
    cells: tuple[tuple[tuple, int], ...] = ()

    def __str__(self) -> str:
        sheet = f" [{self.sheet}]" if self.sheet else ""
        return f"{self.file}{sheet}" + (f" row {self.row}" if self.row is not None else "")

    def locate(self, path: Iterable[str | int]) -> Location:
        path = tuple(path)
        columns = [col for cell, col in self.cells if cell[:len(path)] == path]
        return Location(self.file, self.row, min(columns) if columns else None)


Entry = tuple[Profile | None, RowLocation, InputError | None]


def is_spreadsheet(path: str | Path) -> bool:
    """Read as a spreadsheet of units (or refused as one), not as a YAML profile."""
    return Path(path).suffix.lower() in SPREADSHEET_SUFFIXES + UNREADABLE_SUFFIXES


def looks_like_units(path: str | Path) -> bool:
    """A spreadsheet found in a directory is read only if it is a profile workbook or a sheet has the
    flat template's header row: a scorecard or any other table saved beside the profiles is left alone."""
    path = Path(path)
    if path.suffix.lower() not in SPREADSHEET_SUFFIXES or path.name.startswith(_LOCK_PREFIXES):
        return False
    from .workbook import is_workbook

    if is_workbook(path):  # the whole-profile workbook
        return True
    try:
        return any(_find_header(rows) is not None for _, rows in _sheets(path))
    except Exception:  # noqa: BLE001 - unreadable: not a units file; named explicitly, it is reported
        return False


def units_in(path: str | Path, cache=None) -> list[tuple[Profile | None, Any, InputError | None]]:
    """Every unit a file holds: a spreadsheet's rows, or the one profile of a YAML file, each as
    (profile, where it was read, error); a unit that does not load has only its error. ``cache``
    (``load.cache.ProfileCache``) serves YAML profiles already read."""
    return read_units(path) if is_spreadsheet(path) else [try_load_profile(Path(path), cache)]


def read_units(path: str | Path) -> list[Entry]:
    """One entry per data row: (profile, where, None) or (None, where, error)."""
    path = Path(path)
    file = str(path)
    from .workbook import is_workbook, read_workbook

    if is_workbook(path):  # the whole profile, a sheet per kind of evidence
        return read_workbook(path)
    if path.suffix.lower() in UNREADABLE_SUFFIXES:
        return [_file_error(file, f"cannot read {path.suffix} files",
                            "save it as .xlsx (Excel workbook) or .csv (UTF-8)")]
    try:
        sheets = list(_sheets(path))
    except OSError as e:
        return [_file_error(file, f"cannot read the file: {e.strerror or e}")]
    except UnicodeError:
        return [_file_error(file, "the file is not text in UTF-8 or Windows-1258", "save it as CSV UTF-8")]
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds for a damaged workbook
        return [_file_error(file, f"not a readable Excel workbook ({type(e).__name__}: {e})",
                            "save it again as .xlsx")]
    out: list[Entry] = []
    found = False
    seen: dict[str, RowLocation] = {}
    for sheet, rows in sheets:
        rows = list(rows)
        header = _find_header(rows)
        if header is None:
            continue  # a guide or a list, not units
        found = True
        out.extend(_read_sheet(file, sheet, rows, header, seen))
    if not found:
        example = ", ".join(f"'{BY_KEY[k].vi}'" for k in ("id", "name", "type", "as_of"))
        where = "sheet" if path.suffix.lower() != ".csv" else "row"
        return [_file_error(file, f"no {where} holds the template's header row ({example}…) within the first "
                                  f"{HEADER_SEARCH_ROWS} rows",
                            "start from `qcdc-check template -o FILE.xlsx` and keep its header row")]
    if not out:  # a template sent back as it was written: listed, so nobody takes it for a clean unit
        return [_file_error(file, "the spreadsheet has its header row but no unit rows",
                            "fill in one row per unit below the header row, then run again")]
    return out


# ---------------------------------------------------------------- the cells of a file


def _sheets(path: Path) -> Iterator[tuple[str | None, Iterable[tuple[int, list]]]]:
    """Each sheet's name and its rows, each with its row number (for CSV: its line)."""
    if path.suffix.lower() == ".csv":
        yield None, _csv_rows(path.read_bytes())
        return
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        for ws in book.worksheets:
            if ws.sheet_state != "visible":
                continue
            yield ws.title, [(i, list(r)) for i, r in enumerate(ws.iter_rows(values_only=True), start=1)]
    finally:
        book.close()


def _csv_rows(data: bytes) -> list[tuple[int, list]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = nfc(data.decode("cp1258"))  # Excel's "CSV" in a Vietnamese Windows
    best: tuple[int, str] = (-1, ",")
    for delimiter in (",", ";", "\t"):  # Excel writes ';' where the decimal mark is ','
        head = list(csv.reader(io.StringIO("\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])),
                               delimiter=delimiter))
        score = max((sum(header_key(v) in HEADERS for v in r) for r in head), default=0)
        best = max(best, (score, delimiter), key=lambda b: b[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=best[1])
    rows, start = [], 1
    for record in reader:
        rows.append((start, record))
        start = reader.line_num + 1
    return rows


def _find_header(rows: list[tuple[int, list]]) -> tuple[int, dict[int, Column | None], list[str]] | None:
    """The header row: the first of the top rows naming the id and the name column."""
    for number, values in rows[:HEADER_SEARCH_ROWS]:
        keys = [header_key(v) if not _blank(v) else "" for v in values]
        known = {HEADERS[k].key for k in keys if k in HEADERS}
        if {"id", "name"} <= known:
            columns = {j: HEADERS.get(k) for j, k in enumerate(keys) if k}
            return number, columns, [str(v).strip() if not _blank(v) else "" for v in values]
    return None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# ---------------------------------------------------------------- one sheet, row by row


def _read_sheet(file: str, sheet: str | None, rows: list[tuple[int, list]],
                header: tuple[int, dict[int, Column | None], list[str]],
                seen: dict[str, RowLocation]) -> list[Entry]:
    header_row, columns, titles = header
    problems = []
    used: dict[str, int] = {}
    for j, col in columns.items():
        title = titles[j]
        if col is None:
            if header_key(title) in IGNORED_HEADERS or title.startswith("#"):
                continue
            hint = did_you_mean(title, [c.header(lang) for c in COLUMNS for lang in ("vi", "en")])
            problems.append(_problem(file, sheet, header_row, [(j, title)], "unknown column",
                                     (hint + " " if hint else "") + "rename it as in the template, or start its "
                                     "header with # to keep it out of the profiles"))
        elif col.key in used:
            problems.append(_problem(file, sheet, header_row, [(j, title)], "the same column appears twice "
                                     f"(also column {used[col.key] + 1})", "keep one"))
        else:
            used[col.key] = j
    if problems:
        return [(None, RowLocation(file, sheet, header_row), ProfileError(problems))]
    mapped = {j: col for j, col in columns.items() if col is not None}
    out: list[Entry] = []
    for number, values in rows:
        if number <= header_row:
            continue
        cells = {j: values[j] if j < len(values) else None for j in mapped}
        if all(_blank(v) for v in cells.values()):
            continue
        if number == header_row + 1 and _is_explanation(cells, mapped):
            continue
        out.append(_read_row(file, sheet, number, cells, mapped, titles, seen))
    return out


def _is_explanation(cells: dict[int, Any], mapped: dict[int, Column]) -> bool:
    """The template's second header row, which says what each column means."""
    for j, value in cells.items():
        if isinstance(value, str) and len(value) > 40:
            head = header_key(value)[:40]
            if any(h[:40] == head for h in HELP_TEXTS[mapped[j].key]):
                return True
    return False


def _read_row(file: str, sheet: str | None, number: int, cells: dict[int, Any], mapped: dict[int, Column],
              titles: list[str], seen: dict[str, RowLocation]) -> Entry:
    problems: list[Problem] = []
    data: dict[str, Any] = {}
    placed: dict[tuple, int] = {}
    bad: set[int] = set()
    for j in sorted(mapped, key=lambda k: _ORDER[mapped[k].key]):  # the template's order: admin_path goes down
        value = cells[j]
        if _blank(value):
            continue
        col = mapped[j]
        try:
            parsed = _parse(col, value)
        except _CellError as e:
            problems.append(_problem(file, sheet, number, [(j, titles[j])], e.message, e.hint))
            bad.add(j)
            continue
        placed[_put(data, col, parsed)] = j
    where = RowLocation(file, sheet, number, tuple(sorted(placed.items(), key=lambda kv: kv[1])))
    try:
        profile = Profile.model_validate(data)
    except ValidationError as e:
        problems.extend(_validation_problems(e, file, sheet, number, data, placed, mapped, titles, bad))
        profile = None
    if profile is not None and not problems:
        first = seen.get(profile.id)
        if first is not None:
            j = next(j for j, c in mapped.items() if c.key == "id")
            sheet_text = f" of sheet '{first.sheet}'" if first.sheet and first.sheet != sheet else ""
            problems.append(_problem(file, sheet, number, [(j, titles[j])],
                                     f"unit ID '{profile.id}' is already used on row {first.row}{sheet_text}",
                                     "each unit needs its own ID"))
        else:
            seen[profile.id] = where
    if problems:
        return None, where, ProfileError(problems)
    return profile, where, None


_ORDER = {c.key: i for i, c in enumerate(COLUMNS)}


class _CellError(ValueError):
    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message, self.hint = message, hint


_GROUPED = re.compile(r"^\d{1,3}(?:[.,  ]\d{3})+$")  # 32.286 or 32,286: thousands, as the annex writes
_TRUE = {*YES, "true", "1", "đã có"}
_FALSE = {*NO, "false", "0", "chưa", "chưa có"}


def _parse(col: Column, value: Any) -> Any:
    kind = col.kind
    if kind == "text":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, dt.datetime):
            value = value.date()
        return nfc(value.isoformat() if isinstance(value, dt.date) else str(value)).strip()
    if kind == "date":
        if isinstance(value, (dt.date, dt.datetime)):
            return value.date() if isinstance(value, dt.datetime) else value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            raise _CellError(f"{value!r} is a number, not a date", "format the cell as a date, or write dd/mm/yyyy")
        from ..model.common import parse_date

        try:
            return parse_date(str(value))
        except ValueError as e:
            raise _CellError(str(e)) from None
    if kind in ("count", "month"):
        if isinstance(value, bool):
            raise _CellError(f"'{value}' is not a number", "write a whole number, e.g. 9")
        if isinstance(value, float):
            if not value.is_integer():
                raise _CellError(f"{value} is not a whole number", "write a whole number, e.g. 9")
            value = int(value)
        if isinstance(value, str):
            text = value.strip()
            if _GROUPED.match(text):
                text = re.sub(r"\D", "", text)
            if not re.fullmatch(r"-?\d+", text):
                raise _CellError(f"'{value}' is not a whole number", "write digits only, e.g. 9 or 1113")
            value = int(text)
        if not isinstance(value, int):
            raise _CellError(f"'{value}' is not a whole number", "write a whole number, e.g. 9")
        if value < 0:
            raise _CellError(f"{value} is negative", "a count is 0 or more")
        return value
    if kind == "yesno":
        if isinstance(value, bool):
            return value
        key = header_key(value)
        if isinstance(value, (int, float)):
            key = str(int(value)) if float(value).is_integer() else key
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        raise _CellError(f"'{value}' is neither yes nor no", "write có or không (yes or no), or leave it blank "
                                                              "if it was not recorded")
    if kind == "unit_type":
        key = header_key(value)
        for ut in UnitType:
            if key in (ut.value, header_key(ut.vi), header_key(ut.en)):
                return ut.value
        hint = did_you_mean(str(value), [ut.vi for ut in UnitType] + [ut.value for ut in UnitType])
        raise _CellError(f"'{value}' is not a unit type", hint or "choose one from the list: "
                         + "; ".join(ut.vi for ut in UnitType))
    if kind == "keys":
        return [k.strip() for k in re.split(r"[;,\n]", str(value)) if k.strip()]
    raise AssertionError(f"unknown column kind {kind}")  # pragma: no cover - the columns are ours


def _put(data: dict, col: Column, value: Any) -> tuple:
    """Set the profile field the column fills; returns its concrete path (list indices filled in)."""
    node: Any = data
    concrete: list[str | int] = []
    path = col.path
    for i, (name, select) in enumerate(path):
        last = i == len(path) - 1
        concrete.append(name)
        if select is None:
            if last:
                node[name] = value
            else:
                node = node.setdefault(name, {})
            continue
        items = node.setdefault(name, [])
        index = next((k for k, item in enumerate(items) if all(item.get(f) == v for f, v in select.items())), None)
        if index is None:
            items.append(dict(select))
            index = len(items) - 1
        concrete.append(index)
        node = items[index]
    return tuple(concrete)


def _resolve(data: dict, col: Column) -> tuple | None:
    """The concrete path a column would fill in this row's data (None: its item is not there)."""
    node: Any = data
    concrete: list[str | int] = []
    for name, select in col.path:
        concrete.append(name)
        if select is None:
            node = node.get(name, {}) if isinstance(node, dict) else {}
            continue
        items = node.get(name) if isinstance(node, dict) else None
        index = next((k for k, item in enumerate(items or ()) if all(item.get(f) == v for f, v in select.items())),
                     None)
        if index is None:
            return None
        concrete.append(index)
        node = items[index]
    return tuple(concrete)


def _validation_problems(e: ValidationError, file: str, sheet: str | None, number: int, data: dict,
                         placed: dict[tuple, int], mapped: dict[int, Column], titles: list[str],
                         bad: set[int]) -> list[Problem]:
    problems = []
    for err in e.errors(include_url=False):
        loc = tuple(x for x in err["loc"] if isinstance(x, int) or re.fullmatch(r"[a-z_]+", str(x)))
        kind = err["type"]
        msg = err["msg"]
        for prefix in ("Value error, ", "Assertion failed, "):
            msg = msg.removeprefix(prefix)
        cols = sorted(j for path, j in placed.items() if path[:len(loc)] == loc) if loc else []
        if not cols:
            cols = [j for j, c in mapped.items() if _resolve(data, c) == loc]
        if not cols and loc:  # deeper than a cell: an entry of not_found
            cols = sorted(j for path, j in placed.items() if loc[:len(path)] == path)
        if not cols and not loc:  # the profile as a whole: not_found against what is recorded
            cols = sorted(j for path, j in placed.items() if path[0] == "not_found")
        if any(j in bad for j in cols):
            continue  # the cell already failed to read; that is the problem to report
        hint = None
        if kind == "missing":
            if len(loc) == 1:
                column = next((c for c in COLUMNS if c.target == loc[0]), None)
                name = f"'{column.vi}' ('{column.en}')" if column else f"'{loc[0]}'"
                message = "this cell is required, and empty" if cols else \
                    f"{name} is required, and the sheet has no such column"
                hint = "fill it in" if cols else "add the column from the template"
            else:
                message = "this cell is empty, but the other cells of the same item are filled"
                hint = "fill it in, or clear the others"
                if not cols:
                    message = f"{'.'.join(map(str, loc))} is required"
        else:
            value = err.get("input")
            shown = "" if isinstance(value, (dict, list)) or kind == "value_error" or kind in MESSAGES else f" (found {value!r})"
            message = f"{msg}{shown}"
            if kind == "greater_than_equal":
                hint = "use a number that is not negative"
        problems.append(_problem(file, sheet, number, [(j, titles[j]) for j in cols], message, hint))
    return problems


def _problem(file: str, sheet: str | None, row: int, columns: list[tuple[int, str]], message: str,
             hint: str | None = None) -> Problem:
    """A problem at a cell: located at ``file:row:column`` (column numbers count from 1), its
    message naming the sheet, the row and the column header."""
    where = [f"sheet '{sheet}'"] if sheet else []
    where.append(f"row {row}")
    if columns:
        where.append(("columns " if len(columns) > 1 else "column ") + ", ".join(f"'{t}'" for _, t in columns))
    return Problem(f"{', '.join(where)}: {message}", Location(file, row, columns[0][0] + 1 if columns else None),
                   hint, "spreadsheet")


def _file_error(file: str, message: str, hint: str | None = None) -> Entry:
    return None, RowLocation(file), ProfileError(Problem(message, Location(file), hint, "spreadsheet"))

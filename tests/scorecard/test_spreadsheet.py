"""Spreadsheets as input: the template (`qcdc-check template`), reading it back a unit per row,
bad rows reported at their file, sheet, row and column while the good rows are scored.

The fixtures in tests/fixtures/spreadsheets/ are made from the rows below by running this file:
``.venv/bin/python tests/scorecard/test_spreadsheet.py``. A test checks they still read to the
same units, so a renamed column cannot silently drop what communes already sent."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli
from qcdc_rules.check import check_files
from qcdc_rules.load.inputs import find_profiles
from qcdc_rules.load.spreadsheet import read_units
from qcdc_rules.model.profile import Profile
from qcdc_rules.load.flat_sheet import BY_KEY, COLUMNS, columns_for, template_csv, template_xlsx

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "spreadsheets"
GOOD_XLSX = FIXTURES / "lai-chau-2025.xlsx"
GOOD_CSV = FIXTURES / "lai-chau-2025.csv"
BAD_XLSX = FIXTURES / "lai-chau-2025-bad-rows.xlsx"
D = dt.date

# Units of Lai Châu after the 2025 merger (no district level; qcdc_rules/data/lai-chau-2025-commune-merger.csv).
# Illustrative figures, like cases/: document numbers, dates and counts are made up.
AS_OF = D(2026, 1, 15)  # the 2025 figures, reported in January: the year's duties have fallen due
COMMUNE = "Chính quyền địa phương cấp xã"
VILLAGE = "Thôn, tổ dân phố"
GOOD = [
    dict(id="lc-khun-ha-2025", name="Ủy ban nhân dân xã Khun Há", type=COMMUNE, as_of=AS_OF,
         province="Lai Châu", commune="Khun Há", inspected_by="Ban Chỉ đạo thực hiện dân chủ ở cơ sở xã Khun Há",
         villages=27, households=2315, has_loudspeaker="có", has_website="có", ethnic_minority_area="có",
         regulation_number="45/QĐ-UBND", regulation_date=D(2025, 7, 15), regulation_with_front="có",
         measures_number="12/NQ-HĐND", measures_date=D(2025, 8, 20),
         board_elected=D(2025, 9, 20), board_term_from=D(2025, 10, 1), board_term_to=D(2028, 3, 31),
         board_recognised_on=D(2025, 9, 25), training_plan_date=D(2025, 8, 10), training_date=D(2025, 11, 12),
         disclosure_plan_date=D(2025, 7, 10), disclosed_list_date=D(2025, 10, 3), dialogue_date=D(2025, 11, 28)),
    dict(id="lc-ban-bo-2025", name="Ủy ban nhân dân xã Bản Bo", type=COMMUNE, as_of=AS_OF,
         province="Lai Châu", commune="Bản Bo", villages=31, households=2870, has_loudspeaker="có",
         has_website="không", regulation_date=D(2025, 7, 22),
         not_found="documents.democracy_measures_resolution; meetings.dialogue_conference",
         notes="Chưa tổ chức hội nghị đối thoại năm 2025."),
    dict(id="lc-tan-phong-2025", name="Ủy ban nhân dân phường Tân Phong", type=COMMUNE, as_of=AS_OF,
         province="Lai Châu", commune="Tân Phong", villages=20, households="6.412", has_website="có",
         regulation_number="18/QĐ-UBND", regulation_date=D(2025, 7, 8), regulation_with_front="không",
         training_date=D(2025, 10, 21), dialogue_date=D(2025, 12, 5)),
    dict(id="lc-ban-bo-na-tam-2025", name="Bản Nà Tăm", type=VILLAGE, as_of=AS_OF, province="Lai Châu",
         commune="Bản Bo", village="Nà Tăm", households=112, ethnic_minority_area="có",
         village_conference_date=D(2025, 12, 20), covenant_date=D(2019, 11, 18),
         covenant_recognised_on=D(2025, 9, 2), covenant_review_date=D(2025, 11, 15), training_date=D(2025, 6, 12)),
    dict(id="lc-khun-ha-phieng-phat-2025", name="Bản Phiêng Phát", type=VILLAGE, as_of=AS_OF,
         province="Lai Châu", commune="Khun Há", village="Phiêng Phát", households=86,
         village_conference_date=D(2025, 12, 27), covenant_date=D(2020, 11, 18),
         covenant_recognised_on=D(2020, 12, 4), not_found="meetings.covenant_review"),
    dict(id="lc-th-muong-kim-2025", name="Trường Tiểu học Mường Kim", type="Đơn vị sự nghiệp công lập",
         as_of=D(2025, 12, 15), province="Lai Châu", commune="Mường Kim", staff=38, fully_state_funded="có",
         work_year_start_month=9,
         has_union="có", regulation_number="07/QĐ-THMK", regulation_date=D(2024, 9, 16),
         staff_conference_date=D(2025, 9, 26), staff_conference_present=36,
         board_elected=D(2024, 9, 26), board_term_from=D(2024, 10, 1), board_term_to=D(2026, 9, 30)),
]

# The bad-rows file: two good units among rows that fail, and a blank row (skipped, not counted).
BAD = [
    GOOD[0],  # row 3
    dict(GOOD[1], id="lc-pa-tan-2025", name="Ủy ban nhân dân xã Pa Tần", commune="Pa Tần",
         as_of="31/02/2025"),  # row 4: no such date
    None,  # row 5: blank
    dict(GOOD[2], id="lc-phong-tho-2025", name="Ủy ban nhân dân xã Phong Thổ", commune="Phong Thổ",
         households="nhiều", board_term_from=D(2025, 10, 1)),  # row 6: not a number; a term without its end
    GOOD[3],  # row 7
    dict(GOOD[3], households=113),  # row 8: the same unit entered twice
    dict(GOOD[4], id="lc-khun-ha-ta-chai-2025", name="Bản Tả Chải", village="Tả Chải",
         covenant_review_date=D(2025, 11, 18)),  # row 9: review recorded, yet listed as not found
]
BAD_ROWS = {4: "Ngày đánh giá", 6: "Số hộ gia đình", 8: "Mã đơn vị", 9: "Đã kiểm tra, không có"}


def _fill(sheet, rows, lang="vi", first_row=3):
    """Write rows (dicts by column key) under the header row of a template sheet."""
    where = {cell.value: cell.column for cell in sheet[1]}
    for r, row in enumerate(rows, start=first_row):
        for key, value in (row or {}).items():
            sheet.cell(row=r, column=where[BY_KEY[key].header(lang)], value=value)


def make_xlsx(path: Path, rows, lang="vi", unit_type=None) -> Path:
    from openpyxl import load_workbook

    path.write_bytes(template_xlsx(lang, unit_type))
    book = load_workbook(path)
    _fill(book.worksheets[0], rows, lang)
    book.save(path)
    return path


def _csv_value(value) -> str:
    return value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else str(value)


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Excel writes it: base letters precomposed, tone marks combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in tones))
            out.append((base + "".join(p for p in parts if p in tones)).encode("cp1258", errors="replace"))
    return b"".join(out)


def make_csv(path: Path, rows, lang="vi", delimiter=",", encoding="utf-8-sig") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([c.header(lang) for c in COLUMNS])
    writer.writerow([c.help(lang) for c in COLUMNS])
    for row in rows:
        writer.writerow([_csv_value((row or {}).get(c.key, "")) for c in COLUMNS])
    text = buffer.getvalue()
    path.write_bytes(_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


# The first unit, written out by hand from the profile schema (not from the columns' targets).
KHUN_HA = Profile.model_validate({
    "id": "lc-khun-ha-2025", "name": "Ủy ban nhân dân xã Khun Há", "type": "commune", "as_of": "2026-01-15",
    "admin_path": [{"level": "province", "name": "Lai Châu"}, {"level": "commune", "name": "Khun Há"}],
    "inspected_by": "Ban Chỉ đạo thực hiện dân chủ ở cơ sở xã Khun Há",
    "headcount": {"villages": 27, "households": 2315},
    "attributes": {"has_loudspeaker": True, "has_website": True, "ethnic_minority_area": True},
    "documents": [
        {"kind": "democracy_regulation", "number": "45/QĐ-UBND", "date": "2025-07-15", "with_front": True},
        {"kind": "democracy_measures_resolution", "number": "12/NQ-HĐND", "date": "2025-08-20"},
        {"kind": "training_plan", "date": "2025-08-10"},
        {"kind": "disclosure_plan", "date": "2025-07-10"},
        {"kind": "disclosed_items_list", "date": "2025-10-03"},
    ],
    "boards": [{"kind": "people_inspection", "elected": "2025-09-20",
                "term": {"from": "2025-10-01", "to": "2028-03-31"}, "recognised_by": {"date": "2025-09-25"}}],
    "trainings": [{"date": "2025-11-12"}],
    "meetings": [{"kind": "dialogue_conference", "date": "2025-11-28"}],
})
PHIENG_PHAT = Profile.model_validate({
    "id": "lc-khun-ha-phieng-phat-2025", "name": "Bản Phiêng Phát", "type": "village", "as_of": "2026-01-15",
    "admin_path": [{"level": "province", "name": "Lai Châu"}, {"level": "commune", "name": "Khun Há"},
                   {"level": "village", "name": "Phiêng Phát"}],
    "headcount": {"households": 86},
    "documents": [{"kind": "covenant", "date": "2020-11-18", "recognised_by": {"date": "2020-12-04"}}],
    "meetings": [{"kind": "village_annual_conference", "date": "2025-12-27"}],
    "not_found": ["meetings.covenant_review"],
})


def _profiles(entries):
    assert all(e is None for _, _, e in entries), [str(e) for _, _, e in entries if e]
    return [p for p, _, _ in entries]


# ---------------------------------------------------------------- the template


def test_template_xlsx_is_documented_and_validated(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "mau.xlsx"
    result = run("template", "-o", out, "--flat")
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    assert book.sheetnames == ["Đơn vị", "Hướng dẫn", "Danh mục"] and book["Danh mục"].sheet_state == "hidden"
    sheet = book["Đơn vị"]
    headers = [c.value for c in sheet[1]]
    assert headers == [c.vi for c in COLUMNS] and headers[:4] == ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị",
                                                                  "Ngày đánh giá"]
    assert sheet.freeze_panes == "C3" and sheet["A1"].font.bold
    households = headers.index("Số hộ gia đình") + 1
    explained = sheet.cell(row=2, column=households).value
    assert "Số nguyên, từ 0 trở lên (hộ)" in explained and "chưa ghi nhận" in explained
    assert sheet.cell(row=1, column=households).comment.text == explained  # a comment on the header too
    assert "có / không" in sheet.cell(row=2, column=headers.index("Có trang thông tin điện tử") + 1).value
    assert "dd/mm/yyyy" in sheet.cell(row=2, column=4).value

    validations = {}
    for dv in sheet.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            validations[rng.min_col] = dv
    assert set(validations) == set(range(1, len(COLUMNS) + 1))  # every column shows its help, at least
    unit_type = validations[3]
    assert unit_type.type == "list" and unit_type.formula1 == "'Danh mục'!$A$1:$A$6"
    assert [book["Danh mục"].cell(row=i, column=1).value for i in range(1, 7)][:2] == [COMMUNE, VILLAGE]
    yes_no = validations[headers.index("Có trang thông tin điện tử") + 1]
    assert yes_no.type == "list" and yes_no.formula1 == '"có,không"' and yes_no.allow_blank
    assert validations[4].type == "date" and validations[4].operator == "between"
    count = validations[households]
    assert (count.type, count.operator, count.formula1) == ("whole", "greaterThanOrEqual", "0")
    assert str(validations[households].sqref) == f"{sheet.cell(row=3, column=households).column_letter}3:" \
                                                 f"{sheet.cell(row=3, column=households).column_letter}5000"
    guide = book["Hướng dẫn"]
    assert any(row[0] == "Số hộ gia đình" and row[4] == "headcount.households"
               for row in guide.iter_rows(values_only=True))


def test_template_by_type_and_language(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "village.xlsx"
    assert run("template", "-o", out, "--lang", "en", "--type", "village", "--flat").exit_code == 0
    book = load_workbook(out)
    assert book.sheetnames == ["Units", "Guide", "Lists"]
    headers = [c.value for c in book["Units"][1]]
    assert headers == [c.en for c in columns_for("village")]
    assert "Annual community conference: date" in headers and "Staff" not in headers and "Villages" not in headers
    assert book["Lists"]["A1"].value == "village or residential group" and book["Lists"].max_row == 1
    yes_no = [dv for dv in book["Units"].data_validations.dataValidation if dv.type == "list"
              and dv.formula1.startswith('"')]
    assert yes_no and all(dv.formula1 == '"yes,no"' for dv in yes_no)
    assert run("template", "-o", tmp_path / "x.ods").exit_code == ExitCode.BAD_INPUT
    assert run("template").exit_code == ExitCode.BAD_INPUT  # -o is required


def test_template_csv_has_a_bom_and_both_header_rows(tmp_path):
    out = tmp_path / "mau.csv"
    assert run("template", "-o", out).exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data == template_csv("vi")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == [c.vi for c in COLUMNS] and rows[1] == [c.help("vi") for c in COLUMNS] and len(rows) == 2
    [(profile, where, error)] = read_units(out)  # the bare template: listed, never taken for a clean unit
    assert profile is None and "header row but no unit rows" in str(error) and "one row per unit" in str(error)
    blank = run("scorecard", out)
    assert blank.exit_code == 2 and "no unit rows" in blank.stderr
    (tmp_path / "other.csv").write_text("Xã,Điểm\nKhun Há,80\n", encoding="utf-8")
    [(profile, where, error)] = read_units(tmp_path / "other.csv")
    assert profile is None and where.row is None and "no row holds the template's header row" in str(error)


# ---------------------------------------------------------------- reading it back


def test_round_trip_template_rows_profiles(tmp_path):
    """The template written, filled in with openpyxl as a commune would, read back."""
    path = make_xlsx(tmp_path / "so-lieu.xlsx", GOOD)
    entries = read_units(path)
    profiles = _profiles(entries)
    assert [p.id for p in profiles] == [r["id"] for r in GOOD]
    assert profiles[0] == KHUN_HA and profiles[4] == PHIENG_PHAT
    assert [str(w) for _, w, _ in entries][:2] == [f"{path} [Đơn vị] row 3", f"{path} [Đơn vị] row 4"]
    ban_bo = profiles[1]
    assert ban_bo.not_found == ["documents.democracy_measures_resolution", "meetings.dialogue_conference"]
    assert ban_bo.boards is None and ban_bo.trainings is None  # blank: not recorded, never "none"
    assert profiles[2].headcount.households == 6412  # 6.412, thousands as Vietnamese write them
    school = profiles[5]
    assert school.attributes.fully_state_funded and school.meetings[0].present == 36
    assert school.headcount.staff == 38 and school.boards[0].term.to == D(2026, 9, 30)


def test_english_headers_and_a_type_template_read_back(tmp_path):
    rows = [r for r in GOOD if r["type"] == VILLAGE]
    en_rows = [dict(r, type="village", ethnic_minority_area="yes") if "ethnic_minority_area" in r
               else dict(r, type="village or residential group") for r in rows]
    path = make_xlsx(tmp_path / "villages.xlsx", en_rows, lang="en", unit_type="village")
    assert _profiles(read_units(path)) == _profiles(read_units(make_xlsx(tmp_path / "vi.xlsx", rows)))


def test_csv_reads_like_the_workbook(tmp_path):
    expected = _profiles(read_units(make_xlsx(tmp_path / "so-lieu.xlsx", GOOD)))
    assert _profiles(read_units(make_csv(tmp_path / "so-lieu.csv", GOOD))) == expected
    # Excel in a Vietnamese Windows: ';' between cells, Windows-1258 text
    semi = make_csv(tmp_path / "excel.csv", GOOD, delimiter=";", encoding="cp1258")
    assert _profiles(read_units(semi)) == expected
    entries = read_units(semi)
    assert entries[0][1].sheet is None and entries[0][1].row == 3


def test_committed_fixtures_still_read(tmp_path):
    expected = _profiles(read_units(make_xlsx(tmp_path / "fresh.xlsx", GOOD)))
    assert _profiles(read_units(GOOD_XLSX)) == expected
    assert _profiles(read_units(GOOD_CSV)) == expected
    assert GOOD_CSV.read_bytes().startswith(b"\xef\xbb\xbf")


def test_bad_rows_are_located_and_the_others_read():
    entries = read_units(BAD_XLSX)
    assert [w.row for _, w, _ in entries] == [3, 4, 6, 7, 8, 9]  # the blank row 5 is not a row read
    good = [p for p, _, e in entries if e is None]
    failed = {w.row: e for _, w, e in entries if e is not None}
    assert len(good) + len(failed) == len(entries)  # units + failed rows = rows read
    assert [p.id for p in good] == ["lc-khun-ha-2025", "lc-ban-bo-na-tam-2025"]
    assert set(failed) == set(BAD_ROWS)
    for row, header in BAD_ROWS.items():
        assert any(f"column '{header}'" in p.message for p in failed[row].problems), failed[row]
    for row, error in failed.items():
        for p in error.problems:
            assert p.location.file == str(BAD_XLSX) and p.location.line == row
            assert p.message.startswith(f"sheet 'Đơn vị', row {row}, column")
    messages = {row: [p.message for p in e.problems] for row, e in failed.items()}
    assert any("'Ngày đánh giá': impossible date '31/02/2025'" in m for m in messages[4])
    assert any("'Số hộ gia đình': 'nhiều' is not a whole number" in m for m in messages[6])
    assert any("'Ban TTND: nhiệm kỳ đến ngày': this cell is empty" in m for m in messages[6])
    assert any("'Đã kiểm tra, không có'" in m and "meetings.covenant_review" in m for m in messages[9])
    assert any("'Mã đơn vị': unit ID 'lc-ban-bo-na-tam-2025' is already used on row 7" in m for m in messages[8])
    assert failed[4].problems[0].location.column == 4  # the as-of date is column D


def test_scorecard_scores_the_good_rows_and_lists_the_bad(tmp_path):
    result = run("scorecard", BAD_XLSX, "--province", "lai-chau", "--format", "json")
    assert result.exit_code == ExitCode.BAD_INPUT
    data = json.loads(result.stdout)
    assert sorted(u["id"] for u in data["units"]) == ["lc-ban-bo-na-tam-2025", "lc-khun-ha-2025"]
    assert len(data["failures"]) == 4 and all(f["file"] == str(BAD_XLSX) for f in data["failures"])
    assert {f["problems"][0]["line"] for f in data["failures"]} == set(BAD_ROWS)
    assert f"{BAD_XLSX}:4:4: sheet 'Đơn vị', row 4, column 'Ngày đánh giá'" in result.stderr
    assert "2 units scored; 4 did not load (in 1 file; listed above)" in result.stderr


@pytest.fixture(scope="module")
def evaluator():
    from qcdc_rules.engine.evaluate import Evaluator
    from qcdc_rules.load.ruleset import load_rulebook

    return Evaluator(load_rulebook("lai-chau", []), "durable")


def test_check_reports_a_row_and_points_evidence_at_it(evaluator):
    report = check_files([GOOD_XLSX, GOOD_CSV], evaluator=evaluator)
    assert [u.unit.id for u in report.units] == [r["id"] for r in GOOD] * 2 and not report.failures
    assert [u.findings for u in report.units[:6]] == [u.findings for u in report.units[6:]]  # the CSV too
    khun_ha = report.units[0]
    assert khun_ha.unit.file == str(GOOD_XLSX)
    met = {f.rule: f.verdict.value for f in khun_ha.findings}
    assert met["LDC-35-3"] == "met" and met["NQ75-3-4"] == "met" and met["LDC-32-1"] == "met"
    ban_bo = {f.rule: f.verdict.value for f in report.units[1].findings}
    assert ban_bo["NQ75-3-4"] == "not_met"  # listed as looked for, none
    assert ban_bo["LDC-32-1"] == "not_met"  # no dialogue conference in 2025, also listed as none
    assert ban_bo["LDC-36-2"] == "missing_evidence"  # the board columns are blank: not recorded
    phieng_phat = {f.rule: f.verdict.value for f in report.units[4].findings}
    assert phieng_phat["NQ75-3-6"] == "not_met" and phieng_phat["LDC-33-1"] == "met"
    lines = {i.line for f in khun_ha.findings for c in f.checks for d in c.details for i in d.items if i.line}
    assert lines == {3}  # evidence of the unit on row 3 points at row 3


def test_directories_pick_up_unit_sheets_only(tmp_path, evaluator):
    from qcdc_rules.scorecard.aggregate import build_scorecard
    from qcdc_rules.scorecard.render import render_csv, render_xlsx

    shutil.copy(GOOD_XLSX, tmp_path / "so-lieu.xlsx")
    shutil.copy(ROOT / "cases" / "ban-na-tam-lai-chau.yaml", tmp_path / "ban.yaml")
    report = check_files([tmp_path], evaluator=evaluator)
    assert len(report.units) == 7 and not report.failures
    card = build_scorecard(report, evaluator.book.targets)
    (tmp_path / "bang-diem.csv").write_text(render_csv(card, "vi", "units"), encoding="utf-8")
    (tmp_path / "bang-diem.xlsx").write_bytes(render_xlsx(card, "vi"))
    (tmp_path / "~$so-lieu.xlsx").write_bytes(b"lock")
    assert [p.name for p in find_profiles([tmp_path])] == ["ban.yaml", "so-lieu.xlsx"]  # not the scorecards


def test_whole_file_problems(tmp_path, evaluator):
    bad_header = make_xlsx(tmp_path / "h.xlsx", GOOD[:1])
    from openpyxl import load_workbook

    book = load_workbook(bad_header)
    book.worksheets[0].cell(row=1, column=len(COLUMNS) + 1, value="Số hộ nghèo")
    book.worksheets[0].cell(row=1, column=len(COLUMNS) + 2, value="# người lập biểu")
    book.worksheets[0].insert_cols(1)
    book.worksheets[0]["A1"] = "STT"
    book.save(bad_header)
    [(profile, where, error)] = read_units(bad_header)
    assert profile is None and where.row == 1
    assert "column 'Số hộ nghèo': unknown column" in str(error) and "start its header with #" in str(error)
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    [(_, _, error)] = read_units(tmp_path / "old.xls")
    assert "cannot read .xls files" in str(error) and "save it as .xlsx" in str(error)
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    [(_, _, error)] = read_units(tmp_path / "broken.xlsx")
    assert "not a readable Excel workbook" in str(error)
    report = check_files([tmp_path / "old.xls", GOOD_CSV], evaluator=evaluator)
    assert len(report.units) == 6 and [f.file for f in report.failures] == [str(tmp_path / "old.xls")]


def test_a_title_above_the_header_and_cell_quirks(tmp_path):
    from openpyxl import load_workbook

    path = make_xlsx(tmp_path / "t.xlsx", [dict(GOOD[3], households=112.0, covenant_recognised_on="2025-09-02",
                                               id=2025)])
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.insert_rows(1, 2)
    sheet["A1"] = "BÁO CÁO SỐ LIỆU THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM 2025"
    province, village = (next(c.column for c in sheet[3] if c.value == h) for h in ("Tỉnh", "Thôn, bản, tổ dân phố"))
    for row in (3, 5):  # columns moved around: the village before the province
        a, b = sheet.cell(row=row, column=province), sheet.cell(row=row, column=village)
        a.value, b.value = b.value, a.value
    book.save(path)
    [(profile, where, error)] = read_units(path)
    assert error is None and where.row == 5
    assert [a.name for a in profile.admin_path] == ["Lai Châu", "Bản Bo", "Nà Tăm"]
    assert profile.id == "2025" and profile.headcount.households == 112
    assert profile.documents[0].recognised_by.date == D(2025, 9, 2)


def write_fixtures() -> None:
    """Regenerate tests/fixtures/spreadsheets/ from GOOD and BAD."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    make_xlsx(GOOD_XLSX, GOOD)
    make_csv(GOOD_CSV, GOOD)
    make_xlsx(BAD_XLSX, BAD)


if __name__ == "__main__":
    write_fixtures()
    pytest.main([__file__, "-q"])

"""The whole profile as a workbook: profile → workbook → profile is exact, the report is the same, and a bad
cell is reported where the clerk can find it (sheet, cell, what to type instead)."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.load.profile import load_profile
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.load.spreadsheet import units_in
from qcdc_rules.load.workbook import layout, read_workbook, write_workbook
from qcdc_rules.load.yaml_loader import load_yaml_text
from qcdc_rules.model.profile import Profile
from qcdc_rules.sample import generate

CASES = Path(__file__).resolve().parents[2] / "cases"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PROFILES = sorted(CASES.glob("*.yaml")) + sorted((CASES / "clean").glob("*.yaml"))


def _dump(p: Profile) -> dict:
    return p.model_dump(mode="json", by_alias=True)


def _round_trip(tmp_path: Path, profiles: list[Profile], lang: str = "vi") -> list:
    path = tmp_path / "don-vi.xlsx"
    path.write_bytes(write_workbook(profiles, lang))
    return read_workbook(path)


@pytest.fixture(scope="module")
def evaluator():
    return Evaluator(load_rulebook("lai-chau"))


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.name)
def test_a_bundled_case_comes_back_the_same_and_scores_the_same(tmp_path, evaluator, path):
    profile = load_profile(path)
    [(back, _, error)] = _round_trip(tmp_path, [profile])
    assert error is None, error
    assert _dump(back) == _dump(profile)
    a = evaluator.evaluate(profile).model_dump(mode="json")
    b = evaluator.evaluate(back).model_dump(mode="json")
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def test_a_sampled_province_comes_back_the_same_in_one_workbook_in_english_too(tmp_path, evaluator):
    # Every unit of two sampled communes (43 units of all six types) in one workbook; the whole province
    # is benchmarks/bench_workbook.py (1,128 units, every profile and report identical).
    files = generate("lai-chau", seed=3, year=2025, communes=2)
    profiles = [Profile.model_validate(load_yaml_text(text, name).data) for name, text in sorted(files.items())
                if name.endswith(".yaml") and "qcdc-activity" not in text]
    assert len({p.type for p in profiles}) >= 4
    for lang in ("vi", "en"):
        entries = _round_trip(tmp_path, profiles, lang)
        assert [e for _, _, e in entries if e is not None] == []
        assert [_dump(p) for p, _, _ in entries] == [_dump(p) for p in profiles]
    for a, (b, _, _) in zip(profiles, entries):
        report_a = json.dumps(evaluator.evaluate(a).model_dump(mode="json"), sort_keys=True)
        assert report_a == json.dumps(evaluator.evaluate(b).model_dump(mode="json"), sort_keys=True), a.id


def test_a_workbook_is_read_wherever_a_profile_is_read(tmp_path):
    profile = load_profile(CASES / "xa-ban-hon-lai-chau.yaml")
    path = tmp_path / "ban-hon.xlsx"
    path.write_bytes(write_workbook([profile]))
    [(back, where, error)] = units_in(path)
    assert error is None and back.id == profile.id
    # an item's row: the first disclosure is on row 2 of the disclosures sheet
    assert where.locate(("disclosures", 0)).line == 2


def test_the_layout_follows_the_profile_model_and_stays_within_excel_limits():
    sheets = layout()
    names = [s.vi for s in sheets]
    for expected in ("Đơn vị", "Văn bản", "Công khai", "Niêm yết, đăng tải", "Hội nghị, cuộc họp", "Ban",
                     "Thành viên Ban", "Tập huấn", "Người phải bồi dưỡng", "Tiếp công dân", "Đã kiểm tra, không có",
                     "Miễn áp dụng"):
        assert expected in names
    for s in sheets:
        assert len(s.name("vi")) <= 31 and len(s.name("en")) <= 31
        headers = [c.vi for c in s.columns]
        assert len(headers) == len(set(headers)), s.vi
    wb = load_workbook(io.BytesIO(write_workbook([])))
    for ws in wb.worksheets:
        for dv in ws.data_validations.dataValidation:
            assert len(dv.promptTitle or "") <= 32 and len(dv.prompt or "") <= 255
            assert len(dv.errorTitle or "") <= 32
    meetings = wb["Hội nghị, cuộc họp"]
    assert meetings.freeze_panes == "A2" and meetings.print_title_rows in ("1:1", "$1:$1")
    assert meetings.page_setup.orientation == "landscape" and meetings.auto_filter.ref


# ---------------------------------------------------------------- bad cells, each with its message


@pytest.fixture(scope="module")
def ban_hon_book() -> bytes:
    """Bản Hon's workbook, written once for every bad-cell case: each case opens its own copy from
    these bytes before it edits, so no edit reaches another case."""
    return write_workbook([load_profile(CASES / "xa-ban-hon-lai-chau.yaml")])


def _filled(tmp_path: Path, book: bytes, edit) -> list:
    wb = load_workbook(io.BytesIO(book))
    edit(wb)
    path = tmp_path / "sua.xlsx"
    wb.save(path)
    return read_workbook(path)


def _column(ws, header: str) -> int:
    return next(c.column for c in ws[1] if c.value == header)


BAD_CELLS = yaml.safe_load((FIXTURES / "workbook" / "bad-cells.yaml").read_text(encoding="utf-8"))


def _edit(wb, edit: dict) -> str | None:
    """Make one edit; the letter of the column it touched."""
    [(action, arg)] = edit.items()
    if action == "hide":
        wb[arg].sheet_state = "hidden"
    elif action == "merge":
        wb[arg["sheet"]].merge_cells(arg["range"])
    elif action == "add_sheet":
        wb.create_sheet(arg)
    elif action == "set_cell":
        wb[arg["sheet"]][arg["cell"]].value = arg["value"]
    elif action == "add_column":
        ws = wb[arg["sheet"]]
        cell = ws.cell(row=1, column=ws.max_column + 1)
        cell.value = arg["header"]
        return cell.column_letter
    else:
        ws = wb[arg["sheet"]]
        cell = ws.cell(row=arg["row"], column=_column(ws, arg["column"]))
        cell.value = arg["value"] if action == "set" else None
        return cell.column_letter
    return None


@pytest.mark.parametrize("case", BAD_CELLS, ids=[c["name"] for c in BAD_CELLS])
def test_a_bad_cell_is_reported_where_the_clerk_can_find_it(tmp_path, ban_hon_book, case):
    touched = []

    def edit(wb):
        touched.extend(_edit(wb, e) for e in case["edits"])
    entries = _filled(tmp_path, ban_hon_book, edit)
    problems = [(p.message, p.hint) for _, _, e in entries if e is not None for p in e.problems]
    assert problems == [(e["message"].replace("{col}", touched[-1] or ""), e["hint"]) for e in case["expect"]]
    loaded = [p.id for p, _, _ in entries if p is not None]
    assert loaded == (["lc-tam-duong-ban-hon-2025q1"] if case["loads"] else [])
    # the problem is placed at the row it names, so an editor or CI annotation lands there
    for _, _, e in entries:
        for p in e.problems if e else []:
            row = re.match(r"[^!]+![A-Z]+(\d+)", p.message)
            assert row and p.location.line == int(row.group(1))


def test_parts_of_items_that_share_an_id_or_look_like_row_numbers_stay_with_their_item(tmp_path):
    # Two trainings with one ID (the profile allows it) and one whose ID reads like a row number:
    # the writer links their attendees by row number, so each comes back under its own training.
    base = load_profile(CASES / "xa-ban-hon-lai-chau.yaml").model_dump(mode="json", by_alias=True)
    training = {"date": "2024-03-01", "topic": "Dân chủ ở cơ sở", "organiser": "Sở Nội vụ",
                "organiser_level": "province", "participants": 1}
    base["trainings"] = [
        {**training, "id": "tt", "attendees": []},
        {**training, "id": "tt", "attendees": [{"name": "Lò Văn A", "role": "democracy_focal_point"}]},
        {**training, "id": "#1", "attendees": [{"name": "Lò Thị B", "role": "democracy_focal_point"}]},
    ]
    profile = Profile.model_validate(base)
    [(back, _, error)] = _round_trip(tmp_path, [profile])
    assert error is None, error
    assert _dump(back)["trainings"] == _dump(profile)["trainings"]


def test_text_beginning_with_an_equals_sign_is_written_as_text(tmp_path):
    profile = load_profile(CASES / "xa-ban-hon-lai-chau.yaml").model_copy(update={"notes": "=HYPERLINK(\"x\")"})
    wb = load_workbook(io.BytesIO(write_workbook([profile])))
    ws = wb["Đơn vị"]
    cell = next(c for c in ws[2] if c.value == "=HYPERLINK(\"x\")")
    assert cell.data_type == "s"
    assert dt.date  # dates are real date cells
    docs = wb["Văn bản"]
    date_col = _column(docs, "Ngày ban hành")
    assert isinstance(docs.cell(row=2, column=date_col).value, dt.datetime)
    assert docs.cell(row=2, column=date_col).number_format == "DD/MM/YYYY"


# ---------------------------------------------------------------- the commands


def test_template_export_check_the_clerks_path(tmp_path):
    from click.testing import CliRunner

    from qcdc_cli.main import cli

    runner = CliRunner()
    empty = tmp_path / "mau.xlsx"
    assert runner.invoke(cli, ["template", "-o", str(empty), "--unit-type", "commune"]).exit_code == 0
    wb = load_workbook(empty)
    assert {"Hướng dẫn", "Đơn vị", "Văn bản", "Công khai", "Niêm yết, đăng tải"} <= set(wb.sheetnames)
    assert wb["Đơn vị"].cell(row=2, column=3).value == "Chính quyền địa phương cấp xã"
    blank = runner.invoke(cli, ["check", str(empty)])
    assert blank.exit_code == 2 and "dòng đơn vị không có mã (id)" in blank.output
    filled = tmp_path / "ban-hon.xlsx"
    case = str(CASES / "xa-ban-hon-lai-chau.yaml")
    assert runner.invoke(cli, ["export", case, "-o", str(filled)]).exit_code == 0
    from_yaml = runner.invoke(cli, ["check", case, "--format", "json"])
    from_book = runner.invoke(cli, ["check", str(filled), "--format", "json"])
    assert from_book.exit_code == from_yaml.exit_code == 1
    a, b = json.loads(from_yaml.output), json.loads(from_book.output)
    for r in (a, b):
        for u in r["units"]:
            u.pop("file", None)
            u["unit"].pop("file", None)
    strip = lambda r: json.dumps(r["units"][0]["findings"], sort_keys=True)  # noqa: E731
    assert strip(a).count('"verdict"') == strip(b).count('"verdict"')
    assert [f["verdict"] for f in a["units"][0]["findings"]] == [f["verdict"] for f in b["units"][0]["findings"]]
    assert runner.invoke(cli, ["export", case, "-o", str(tmp_path / "x.csv")]).exit_code == 2


def test_the_older_flat_sheet_still_loads_and_says_once_what_it_cannot_hold():
    from qcdc_rules.check import check_files

    report = check_files([Path(__file__).resolve().parents[1] / "fixtures" / "spreadsheets" / "lai-chau-2025.xlsx"])
    said = [w for u in report.units for w in u.warnings if w.code == "flat_sheet"]
    assert len(report.units) > 1 and len(said) == 1 and said[0].detail == {"file": "lai-chau-2025.xlsx"}


# ---------------------------------------------------------------- generated profiles

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from pydantic import ValidationError  # noqa: E402

_TEXT = st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐ 0123456789-=;,.:/()'\"&<>")),
                min_size=1, max_size=12).map(str.strip).filter(bool)


def _value(col):
    if col.kind == "text":
        return _TEXT
    if col.kind == "int":
        return st.integers(0, 500)
    if col.kind == "date":
        return st.dates(dt.date(2020, 1, 1), dt.date(2027, 12, 31))
    if col.kind == "date_or_no":
        return st.one_of(st.just(False), st.dates(dt.date(2020, 1, 1), dt.date(2027, 12, 31)))
    if col.kind == "bool":
        return st.booleans()
    if col.kind == "enum" and col.vocab is not None:
        return st.sampled_from([m.value for m in col.vocab])
    if col.kind == "enums" and col.vocab is not None:
        return st.lists(st.sampled_from([m.value for m in col.vocab]), max_size=3, unique=True)
    return st.nothing()


@st.composite
def _item(draw, sheet, required_only=False):
    data: dict = {}
    for col in sheet.columns:
        if col.kind in ("link", "empty_flag", "no_flag", "enums") and col.vocab is None and col.kind != "enums":
            continue
        if col.kind in ("link", "empty_flag", "no_flag"):
            continue
        if not col.required and (required_only or not draw(st.booleans())):
            continue
        value = draw(_value(col))
        target = data
        for p in col.path[:-1]:
            target = target.setdefault(p, {})
        target[col.path[-1]] = value
    for child in sheet.children:
        if draw(st.integers(0, 3)) == 0:
            data[child.field_name] = draw(st.lists(_item(child), max_size=2))
    return data


@st.composite
def _profiles(draw):
    sheets = {s.key: s for s in layout()}
    data = draw(_item(sheets["unit"], required_only=True))
    data.update(id=draw(_TEXT), name=draw(_TEXT), as_of="2025-06-30")
    for key in ("documents", "disclosures", "meetings", "boards", "trainings", "officers", "receptions"):
        choice = draw(st.integers(0, 3))
        if choice == 1:
            data[key] = []
        elif choice >= 2:
            data[key] = draw(st.lists(_item(sheets[key]), min_size=1, max_size=2))
    try:
        return Profile.model_validate(data)
    except ValidationError:
        from hypothesis import reject

        reject()


@settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(_profiles())
def test_a_generated_profile_comes_back_the_same(tmp_path_factory, profile):
    path = tmp_path_factory.mktemp("wb") / "p.xlsx"
    path.write_bytes(write_workbook([profile]))
    [(back, _, error)] = read_workbook(path)
    assert error is None, error
    assert _dump(back) == _dump(profile)


def test_a_directory_of_mixed_files_reads_its_workbooks(tmp_path):
    from qcdc_rules.check import check_files

    (tmp_path / "ban-hon.xlsx").write_bytes(write_workbook([load_profile(CASES / "xa-ban-hon-lai-chau.yaml")]))
    (tmp_path / "na-tam.yaml").write_text((CASES / "ban-na-tam-lai-chau.yaml").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "bang-diem.xlsx").write_bytes(b"")  # an empty file beside them: not a profile, left alone
    report = check_files([tmp_path])
    assert sorted(u.unit.id for u in report.units) == sorted(
        load_profile(CASES / n).id for n in ("xa-ban-hon-lai-chau.yaml", "ban-na-tam-lai-chau.yaml"))


def test_every_list_of_items_in_the_profile_has_its_sheet():
    import typing

    from pydantic import BaseModel

    def lists(model, path=()):
        for name, info in model.model_fields.items():
            key = info.alias or name
            for t in typing.get_args(typing.get_type_hints(model)[name]) or (typing.get_type_hints(model)[name],):
                if typing.get_origin(t) is list and isinstance(typing.get_args(t)[0], type) \
                        and issubclass(typing.get_args(t)[0], BaseModel):
                    yield path + (key,)
                    yield from lists(typing.get_args(t)[0], path + (key,))
                elif isinstance(t, type) and issubclass(t, BaseModel):
                    for inner in lists(t, ()):  # a list inside a nested model would have no sheet
                        yield path + (key,) + inner
    assert set(lists(Profile)) <= {s.path for s in layout()}


def test_a_workbook_is_told_by_its_keywords_or_else_its_list_sheet(tmp_path):
    from openpyxl import Workbook

    from qcdc_rules.load.workbook import is_workbook

    wb = load_workbook(io.BytesIO(write_workbook([load_profile(CASES / "xa-ban-hon-lai-chau.yaml")])))
    assert wb.properties.keywords == "qcdc-workbook/1"
    wb.properties.keywords = None  # an office program that drops the document's keywords
    wb.save(tmp_path / "no-keywords.xlsx")
    assert is_workbook(tmp_path / "no-keywords.xlsx")
    other = Workbook()
    other.active.title = "Danh mục"  # a sheet of that name that is not ours
    other.save(tmp_path / "other.xlsx")
    assert not is_workbook(tmp_path / "other.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    assert not is_workbook(tmp_path / "broken.xlsx")

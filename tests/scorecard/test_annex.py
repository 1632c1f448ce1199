"""The statistical annex (PHỤ LỤC of 39-BC/BCĐ): known records and profiles give the figures
worked out here from the same fixtures; a document or training is counted once however many
files mention it; "no data" is not 0; a bad activity record is listed and the rest counted;
the JSON's sections are recomputed from its items; the sample fills every heading; the
headings are the annex's own, in Vietnamese, and English with --lang en."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli
from qcdc_rules.errors import AnnexError, ProfileError
from qcdc_rules.load.activity import is_activity_record
from qcdc_rules.load.inputs import find_inputs, find_profiles
from qcdc_rules.load.profile import load_profile
from qcdc_rules.sample import generate
from qcdc_rules.scorecard.annex import AnnexItem, build_annex, tabulate
from qcdc_rules.scorecard.annex_render import number

PROVINCE_PATH = [{"level": "province", "name": "Lai Châu"}]
DISTRICT_PATH = PROVINCE_PATH + [{"level": "district", "kind": "huyện", "name": "Tam Đường"}]
BAN_BO = {"level": "commune", "kind": "xã", "name": "Bản Bo"}

PROVINCE = {
    "schema": "qcdc-activity/1", "id": "bcd-tinh-2024", "level": "province", "admin_path": PROVINCE_PATH,
    "year": 2024, "kept_by": "Văn phòng Ban Chỉ đạo tỉnh",
    "documents": [
        {"issuer": "party_committee", "purpose": "direction", "kind": "directive", "number": "05-CT/TU",
         "date": "2024-03-01"},
        {"issuer": "steering_committee", "purpose": "direction", "kind": "plan", "number": "01-KH/BCĐ",
         "date": "2024-02-01"},
        {"issuer": "steering_committee", "purpose": "direction", "kind": "plan", "number": "01-KH/BCĐ",
         "date": "01/02/2024", "title": "the same plan, listed again"},
        {"issuer": "steering_committee", "purpose": "direction", "kind": "notice", "number": "02-TB/BCĐ",
         "date": "2024-04-01"},
        {"issuer": "socio_political", "purpose": "direction", "count": 3},  # lines of several: never merged
        {"issuer": "socio_political", "purpose": "direction", "count": 2},
        {"issuer": "government", "purpose": "law_implementation", "kind": "plan", "number": "12/KH-UBND",
         "date": "2024-04-01"},
        {"issuer": "government", "purpose": "law_implementation", "kind": "official_letter",
         "number": "130/UBND-NC", "date": "2024-05-01"},
    ],
    "trainings": [
        {"date": "2024-05-10", "participants": 120, "audiences": ["officials"]},
        {"date": "2024-06-10", "participants": 80, "audiences": ["front_organisations"]},
    ],
    "inspections": [{"id": "KT1", "teams": 1, "units": 18}, {"id": "KT2", "teams": 2}],  # KT2: units unknown
    "heads": {"party_secretary": {"receptions": 0, "dialogues": 0}, "chairman": {"receptions": 2}},
}
DISTRICT = {
    "schema": "qcdc-activity/1", "id": "bcd-tam-duong-2024", "level": "district", "admin_path": DISTRICT_PATH,
    "year": 2024, "documents": [], "trainings": [{"sessions": 40, "participants": 2000}],
    "new_rural": {"money_million_vnd": 250.5, "land_m2": 1200},
}
COMMUNE = {  # its path has the district, its profile's not: the same commune
    "schema": "qcdc-activity/1", "id": "dang-uy-ban-bo-2024", "level": "commune",
    "admin_path": DISTRICT_PATH + [BAN_BO], "year": 2024,
    "documents": [{"issuer": "government", "purpose": "law_implementation", "kind": "regulation",
                   "number": "3/QĐ-UBND", "date": "2024-08-01"}],
    "heads": {"party_secretary": {"receptions": 4, "dialogues": 1}, "chairman": {"receptions": 9}},
}
OLD = {"schema": "qcdc-activity/1", "id": "bcd-tinh-2023", "level": "province", "admin_path": PROVINCE_PATH,
       "year": 2023, "heads": {"chairman": {"receptions": 5}}}

BAN_BO_PROFILE = {
    "schema": "qcdc-profile/1", "id": "xa-ban-bo", "name": "UBND xã Bản Bo", "type": "commune",
    "as_of": "2025-01-15", "inspected_from": "2024-01-01", "admin_path": PROVINCE_PATH + [BAN_BO],
    "documents": [
        {"kind": "democracy_regulation", "number": "3/QĐ-UBND", "date": "2024-08-01"},  # also in the record
        {"kind": "training_plan", "number": "7/KH-UBND", "date": "2024-02-02"},
        {"kind": "disclosure_plan", "number": "2/KH-UBND", "date": "2023-12-20"},  # another year
        {"kind": "reception_rules", "number": "9/QĐ-UBND", "date": "2024-03-03"},  # not an annex document
    ],
    "receptions": [{"date": "2024-02-05", "by_head": True}, {"date": "2024-03-05", "by_head": True},
                   {"date": "2023-12-05", "by_head": True}, {"date": "2024-04-05"}],
    "meetings": [{"kind": "dialogue_conference", "date": "2024-09-09"},
                 {"kind": "dialogue_conference", "date": "2024-11-11"}],
    "trainings": [
        {"date": "2024-05-10", "organiser_level": "province",
         "attendees": [{"name": "Lò Văn A", "role": "village_head"}]},
        {"date": "2024-07-01", "organiser_level": "commune", "participants": 40},
        {"date": "2024-08-01", "organiser": "somebody"},  # no level: not counted, said so
    ],
}
NA_KHUM_PROFILE = {
    "schema": "qcdc-profile/1", "id": "ban-na-khum", "name": "Bản Nà Khum", "type": "village", "as_of": "2025-01-15",
    "admin_path": PROVINCE_PATH + [BAN_BO, {"level": "village", "kind": "bản", "name": "Nà Khum"}],
    "trainings": [
        {"date": "2024-07-01", "organiser_level": "commune",  # the commune's training, again
         "attendees": [{"name": "Lò Thị B", "role": "front_committee_head"}]},
        {"date": "2024-05-10", "organiser_level": "province"},
    ],
}
NAM_CHA_PROFILE = {  # no record: its figures are its profile's; receptions recorded, none; dialogues unknown
    "schema": "qcdc-profile/1", "id": "xa-nam-cha", "name": "UBND xã Nậm Cha", "type": "commune",
    "as_of": "2025-01-15", "admin_path": PROVINCE_PATH + [{"level": "commune", "kind": "xã", "name": "Nậm Cha"}],
    "receptions": [],
}
BAD = {
    "loi/sai-ngay.yaml": {**DISTRICT, "id": "x", "admin_path": PROVINCE_PATH + [
        {"level": "district", "kind": "huyện", "name": "Sìn Hồ"}], "documents": [
        {"issuer": "front", "purpose": "direction", "date": "2023-12-30"}]},  # outside the year
    "loi/sai-truong.yaml": {**PROVINCE, "id": "y", "admin_path": [{"level": "province", "name": "Điện Biên"}],
                            "documents": [{"issuer": "ubnd", "purpose": "direction"}]},
}

FILES = {"tinh/hoat-dong-2024.yaml": PROVINCE, "tinh/hoat-dong-2023.yaml": OLD,
         "tam-duong/hoat-dong-2024.yaml": DISTRICT, "ban-bo/hoat-dong-2024.yaml": COMMUNE,
         "ban-bo/xa-ban-bo.yaml": BAN_BO_PROFILE, "ban-bo/na-khum.yaml": NA_KHUM_PROFILE,
         "nam-cha/xa-nam-cha.yaml": NAM_CHA_PROFILE}


def write(root: Path, files: dict) -> Path:
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def lines(annex) -> dict:
    return {line.key: line for s in annex.sections for g in s.groups for line in g.lines}


@pytest.fixture()
def folder(tmp_path) -> Path:
    return write(tmp_path / "bcd", FILES)


def annex_of(root: Path, **kwargs):
    inputs = find_inputs([root])
    return build_annex(inputs.activities, inputs.profiles, **kwargs)


def test_known_records_give_the_figures_worked_out_from_them(folder):
    annex = annex_of(folder)
    got = {k: line.value for k, line in lines(annex).items()}
    assert annex.year == 2024 and annex.levels == ["province", "district", "commune"]  # the latest record's year

    def docs(record, issuer, purpose):
        items = [d for d in record.get("documents", ()) if d["issuer"] == issuer and d["purpose"] == purpose]
        numbered = {d["number"] for d in items if "number" in d}  # one number, one document
        return len(numbered) + sum(d.get("count", 1) for d in items if "number" not in d)

    for issuer in ("party_committee", "government", "steering_committee", "front", "socio_political"):
        assert got[f"1.province.{issuer}"] == docs(PROVINCE, issuer, "direction")
        assert got[f"1.district.{issuer}"] == 0  # documents: [] — recorded, none
        assert got[f"1.commune.{issuer}"] == 0  # Bản Bo's record lists its documents: none of direction
    assert got["1.province.steering_committee"] == 2 and got["1.province.socio_political"] == 5
    assert got["2.province.government"] == 2
    assert lines(annex)["2.province.government"].breakdown == {"plan": 1, "official_letter": 1}
    # the commune government's documents: the record's regulation is the profile's (same number), once;
    # the profile's 2024 training plan; the 2023 disclosure plan and the reception rules are not annex items
    profile_docs = {d["number"] for d in BAN_BO_PROFILE["documents"] if d["date"].startswith("2024")
                    and d["kind"] in ("democracy_regulation", "training_plan")}
    record_docs = {d["number"] for d in COMMUNE["documents"]}
    assert got["2.commune.government"] == len(profile_docs | record_docs) == 2
    assert lines(annex)["2.commune.government"].breakdown == {"plan": 1, "regulation": 1}
    # trainings: the province's two; the profiles' mentions of 10/05 are the record's training
    assert got["3.province.sessions"] == len(PROVINCE["trainings"])
    assert got["3.province.participants"] == sum(t["participants"] for t in PROVINCE["trainings"])
    assert lines(annex)["3.province.audiences"].audiences == ["officials", "front_organisations", "village_heads"]
    assert (got["3.district.sessions"], got["3.district.participants"]) == (40, 2000)
    assert got["3.district.audiences"] is None  # the district's line gives no target groups
    # the commune's own training, mentioned by the commune and one village: once, with the commune's number
    assert (got["3.commune.sessions"], got["3.commune.participants"]) == (1, 40)
    assert lines(annex)["3.commune.audiences"].audiences == ["front_work_committees"]
    assert lines(annex)["3.commune.sessions"].profiles == 2 and lines(annex)["3.commune.sessions"].areas == 1
    # inspections: teams added; units of one of two teams known
    assert got["4.province.teams"] == sum(i["teams"] for i in PROVINCE["inspections"])
    assert got["4.province.units"] == 18 and lines(annex)["4.province.units"].lacking == 1
    assert got["4.district.teams"] is None and got["4.commune.teams"] is None
    assert (got["5.money"], got["5.land"]) == (250.5, 1200)
    # heads: the province's; the commune chairman's receptions from Bản Bo's record (9, its profile's 2 set
    # aside) and Nậm Cha's profile (0); his dialogues from Bản Bo's profile (2), Nậm Cha's unknown
    assert got["6.province.party_secretary.reception"] == 0 and got["6.province.chairman.reception"] == 2
    assert got["6.province.chairman.dialogue"] is None
    assert got["6.district.chairman.reception"] is None
    assert got["6.commune.party_secretary.reception"] == COMMUNE["heads"]["party_secretary"]["receptions"]
    assert got["6.commune.chairman.reception"] == COMMUNE["heads"]["chairman"]["receptions"] + 0
    dialogues = sum(m["kind"] == "dialogue_conference" and m["date"].startswith("2024")
                    for m in BAN_BO_PROFILE["meetings"])
    assert got["6.commune.chairman.dialogue"] == dialogues == 2
    assert lines(annex)["6.commune.chairman.dialogue"].areas == 1
    # one commune, whether its path names the district (the record's, read first) or not (its profile's)
    assert annex.areas["commune"] == ["Lai Châu / huyện Tam Đường / xã Bản Bo", "Lai Châu / xã Nậm Cha"]
    notes = " ".join(n.en for n in annex.notes)
    assert "1 trainings in unit profiles do not say which level" in notes
    assert "1 receptions in commune profiles do not say whether the chairman" in notes
    assert "1 figures of unit profiles not used" in notes and "1 activity records of another year" in notes
    assert [(r.id, r.used) for r in annex.records if r.year == 2023] == [("bcd-tinh-2023", False)]
    assert annex.units == 3 and annex.failures == []


def test_another_year_and_the_default_year(folder):
    old = lines(annex_of(folder, year=2023))
    assert old["6.province.chairman.reception"].value == 5 and old["1.province.party_committee"].value is None
    # receptions by the chairman of Bản Bo in 2023, from its profile (its 2023 record does not exist)
    assert old["6.commune.chairman.reception"].value == 1
    with pytest.raises(AnnexError):
        build_annex([], [])


def test_no_data_is_never_shown_as_zero(folder):
    annex = annex_of(folder)
    text = run("annex", folder, "--fmt", "plain").stdout
    en = run("annex", folder, "--lang", "en", "--fmt", "plain").stdout
    row = next(r for r in text.splitlines() if "Tổng số đoàn/lượt kiểm tra, giám sát" in r and "không" in r)
    assert "không có số liệu" in row and " 0 " not in row
    chair = next(r for r in text.splitlines() if "Chủ tịch UBND huyện/thành phố" in r)
    assert chair.split("thành phố", 1)[1].split()[:4] == ["không", "có", "số", "liệu"] and "no data" in en
    rows = list(csv.reader(io.StringIO(run("annex", folder, "--format", "csv").stdout)))
    cells = {r[2]: r[3] for r in rows if r[1] == "Cấp huyện"}
    assert cells["Tổng số đoàn/lượt kiểm tra, giám sát"] == "không có số liệu" and cells["Chính quyền"] == "0"
    assert lines(annex)["1.district.government"].value == 0 and lines(annex)["4.district.teams"].value is None


def test_a_bad_record_is_listed_and_the_rest_counted(folder):
    write(folder, BAD)
    result = run("annex", folder, "--format", "json")
    assert result.exit_code == ExitCode.BAD_INPUT
    data = json.loads(result.stdout)["annex"]
    failed = {Path(f["file"]).relative_to(folder).as_posix(): f["problems"] for f in data["failures"]}
    assert set(failed) == set(BAD)
    date = failed["loi/sai-ngay.yaml"][0]
    assert "outside the record's year 2024" in date["message"] and date["line"] > 1  # at the document's date
    issuer = failed["loi/sai-truong.yaml"][0]
    assert "'ubnd' is not allowed" in issuer["message"] and issuer["line"] > 1
    got = {line["key"]: line["value"] for s in data["sections"] for g in s["groups"] for line in g["lines"]}
    assert got["1.province.steering_committee"] == 2 and got["3.district.sessions"] == 40  # the rest, counted
    assert "sai-ngay.yaml" in result.stderr and "2 did not load (in 2 files; listed above)" in result.stderr
    # a second record for the same area and year is not added to the first
    write(folder, {"tinh/hoat-dong-2024-b.yaml": {**PROVINCE, "id": "again"}})
    again = annex_of(folder)
    assert lines(again)["1.province.steering_committee"].value == 2
    assert any("a second activity record for Lai Châu, 2024" in p["message"] for f in again.failures
               for p in f["problems"])


def test_the_json_sections_are_recomputed_from_its_items(folder):
    result = run("scorecard", folder, "--format", "json")
    assert result.exit_code == ExitCode.OK, result.output
    data = json.loads(result.stdout)
    annex = data["annex"]
    assert len(data["units"]) == 3  # the records are not units
    items = [AnnexItem.model_validate(i) for i in annex["items"]]
    again = [s.model_dump(mode="json") for s in tabulate(items, annex["year"], annex["levels"], annex["areas"])]
    assert again == annex["sections"]
    # and each document, training or count is there with its sources
    plan = next(i for i in annex["items"] if i["key"].endswith("no:01-kh/bcđ"))
    assert plan["count"] == 1 and plan["sources"] == [f"record:{folder / 'tinh/hoat-dong-2024.yaml'}"]
    training = next(i for i in annex["items"] if i["measure"] == "training" and i["level"] == "commune"
                    and not i["marker"])
    assert len(training["sources"]) == 2 and training["participants"] == 40


def test_every_output_carries_the_annex(folder, tmp_path):
    table = run("scorecard", folder)
    assert "PHỤ LỤC" in table.stdout and "Số liệu về thực hiện dân chủ ở cơ sở năm 2024" in table.stdout
    assert "annex 2024 from 3 activity records" in table.stderr  # the 2023 one is read, not counted
    rows = list(csv.reader(io.StringIO(run("scorecard", folder, "--format", "csv", "--view", "annex",
                                           "--lang", "en").stdout)))
    assert rows[0][:4] == ["Item", "Level", "Line", "Figure"] and rows[1][:4] == ["1.1", "Province",
                                                                                 "Provincial party committee", "1"]
    book_path = tmp_path / "card.xlsx"
    assert run("scorecard", folder, "--format", "xlsx", "-o", book_path).exit_code == 0
    from openpyxl import load_workbook

    book = load_workbook(book_path)
    assert book.sheetnames[-1] == "Phụ lục" and book["Phụ lục"]["A1"].value == "Mục"
    assert book["Phụ lục"].freeze_panes == "A2" and book["Phụ lục"]["C2"].value == "Tỉnh ủy"
    page = run("scorecard", folder, "--format", "html").stdout
    assert "<h2 id='annex'>Phụ lục</h2>" in page and "http" not in page.split("<body>", 1)[1]
    assert "6.3. Cấp xã" in page and "Tiếp dân 9 cuộc; đối thoại 2 cuộc" in page
    # --year picks the annex; the other commands
    assert "năm 2023" in run("scorecard", folder, "--year", 2023).stdout
    for fmt in ("table", "csv", "json", "html"):
        assert run("annex", folder, "--format", fmt).exit_code == 0
    assert run("annex", folder, "--format", "xlsx", "-o", tmp_path / "a.xlsx").exit_code == 0
    assert load_workbook(tmp_path / "a.xlsx").sheetnames == ["Phụ lục"]
    schema = json.loads(run("schema", "activity").stdout)
    assert {"documents", "trainings", "inspections", "heads", "new_rural"} <= set(schema["properties"])


def test_profiles_alone_have_no_annex_in_the_scorecard(folder):
    for rel in FILES:
        if is_activity_record(folder / rel):
            (folder / rel).unlink()
    data = json.loads(run("scorecard", folder, "--format", "json").stdout)
    assert "annex" not in data
    assert run("scorecard", folder, "--format", "csv", "--view", "annex").exit_code == ExitCode.BAD_INPUT
    assert annex_of(folder).year == 2025  # no record: the year of the latest unit's as_of
    only = lines(annex_of(folder, year=2024))  # the annex command computes it from the profiles
    assert only["6.commune.chairman.dialogue"].value == 2 and only["1.province.party_committee"].value is None


def test_records_are_found_by_the_walk_and_not_checked_as_profiles(folder):
    record = folder / "tinh/hoat-dong-2024.yaml"
    assert is_activity_record(record) and not is_activity_record(folder / "ban-bo/xa-ban-bo.yaml")
    assert record not in find_profiles([folder]) and len(find_profiles([folder])) == 3
    inputs = find_inputs([folder, folder / "tinh/hoat-dong-2023.yaml"])
    assert len(inputs.activities) == 5 and len(inputs.profiles) == 3
    with pytest.raises(ProfileError, match="activity record, not a unit profile"):
        load_profile(record)
    assert run("check", folder).exit_code != ExitCode.BAD_INPUT  # the records are not failed profiles


def test_districts_end_with_the_2025_reform(tmp_path):
    late = {**DISTRICT, "year": 2026}
    half = {**DISTRICT, "year": 2025, "documents": [{"issuer": "front", "purpose": "direction",
                                                    "date": "2025-08-01"}]}
    root = write(tmp_path / "r", {"a.yaml": late, "b.yaml": half,
                                  "c.yaml": {**PROVINCE, "year": 2026, "documents": [], "trainings": []}})
    annex = annex_of(root)
    problems = {Path(f["file"]).name: f["problems"][0]["message"] for f in annex.failures}
    assert "no district level after 30/06/2025" in problems["a.yaml"]
    assert "districts ended on 30/06/2025" in problems["b.yaml"]
    assert annex.year == 2026 and annex.levels == ["province", "commune"]
    assert "no district level" in annex.notes[1].en and "không còn cấp huyện" in annex.notes[1].vi
    # a district's first half of 2025 still loads, and shows as such
    ok = write(tmp_path / "s", {"d.yaml": {**DISTRICT, "year": 2025}})
    annex = annex_of(ok)
    assert annex.levels == ["province", "district", "commune"] and annex.failures == []
    assert annex.sections[0].groups[1].title.vi == "Cấp huyện (đến 30/06/2025)"
    assert annex.sections[5].groups[2].lines[0].label.vi == "Bí thư xã/phường/đặc khu"


# The annex's headings, as seed 001 writes them (l.253, 255, 263, 271, 273, 279, 285, 302, 316, 322, 326–340).
HEADINGS_VI = [
    "1. Số lượng văn bản lãnh đạo, chỉ đạo trực tiếp về thực hiện dân chủ ở cơ sở",
    "1.1. Cấp tỉnh", "Tỉnh ủy", "UBND tỉnh", "Ban chỉ đạo tỉnh thực hiện QCDC", "Mặt trận Tổ quốc tỉnh",
    "Các tổ chức chính trị - xã hội tỉnh", "1.2. Cấp huyện", "Cấp ủy, tổ chức đảng", "Chính quyền",
    "Ban chỉ đạo thực hiện QCDC", "Mặt trận Tổ quốc", "Các tổ chức chính trị - xã hội",
    "2. Văn bản quán triệt, triển khai Luật Thực hiện dân chủ ở cơ sở (Ghi rõ thể loại văn bản)",
    "2.1. Cấp tỉnh", "2.2. Cấp huyện", "Cấp ủy", "Ban Chỉ đạo thực hiện QCDC",
    "3. Công tác tuyên truyền, tập huấn về Luật Thực hiện dân chủ ở cơ sở", "Số cuộc/lớp/hội nghị",
    "Số lượng người tham gia", "Đối tượng tham gia",
    "4. Công tác kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở", "Tổng số đoàn/lượt kiểm tra, giám sát",
    "Tổng số đơn vị cơ sở được kiểm tra, giám sát",
    "5. Về xây dựng nông thôn mới (số liệu tính trong toàn huyện, thành phố)",
    "Số kinh phí huy động sức dân (trong năm)",
    "Số diện tích đất do nhân dân hiến để xây dựng cơ sở hạ tầng (trong năm)",
    "6. Kết quả tiếp dân, đối thoại trực tiếp với dân của người đứng đầu cấp ủy, chính quyền trong năm",
    "6.1. Cấp tỉnh", "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "6.2. Cấp huyện", "Bí thư huyện/thành ủy",
    "Chủ tịch UBND huyện/thành phố", "6.3. Cấp xã", "Bí thư xã/phường/thị trấn", "Chủ tịch xã/phường/thị trấn",
    "PHỤ LỤC", "Số liệu về thực hiện dân chủ ở cơ sở năm 2024",
]


def test_the_headings_are_the_annexs_own_and_english_on_request(folder):
    vi = run("annex", folder, "--format", "html").stdout  # the table wraps long headings; the page does not
    en = run("annex", folder, "--format", "html", "--lang", "en").stdout
    assert "PHỤ LỤC" in run("annex", folder).stdout
    for heading in HEADINGS_VI:
        assert heading in vi, heading
        assert heading not in en or heading in ("Cấp ủy",), heading  # no Vietnamese heading in English
    for heading in ("ANNEX", "Figures on grassroots democracy, 2024", "1.1. Province",
                    "Documents giving leadership and direction on grassroots democracy", "Provincial party secretary",
                    "Sessions, classes and conferences", "Money mobilised from residents (in the year)"):
        assert heading in en and heading not in vi
    assert "Tiếp dân 2 cuộc" in vi and "Receptions 2 times" in en
    assert number(32286, "vi") == "32.286" and number(1744.5, "vi") == "1.744,5" and number(32286, "en") == "32,286"


@pytest.mark.parametrize("year", [2023, 2025])
def test_a_sample_fills_every_heading(year, tmp_path):
    write_text(tmp_path, generate("lai-chau", seed=3, year=year, communes=2))
    annex = annex_of(tmp_path)
    assert annex.failures == [] and annex.year == (2024 if year == 2023 else 2025)
    assert annex.levels == (["province", "district", "commune"] if year == 2023 else ["province", "commune"])
    empty = [k for k, line in lines(annex).items() if line.value is None]
    assert empty == []  # every heading has a figure, zero or more
    got = lines(annex)
    # the province's own figures are the annex's (seed 001 l.257–328), the sample's trainings merged into its 5
    assert [got[k].value for k in ("1.province.party_committee", "1.province.steering_committee",
                                   "1.province.socio_political", "3.province.sessions", "3.province.participants",
                                   "4.province.teams", "4.province.units", "6.province.chairman.reception")] == \
        [1, 6, 3, 5, 500, 1, 18, 2]
    assert got["3.province.sessions"].profiles > 0  # the profiles' provincial trainings are the record's
    assert got["6.commune.chairman.reception"].profiles == 2 and got["6.commune.party_secretary.reception"].records == 2


def write_text(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")

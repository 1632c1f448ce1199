"""`qcdc-check scorecard` and `trend`: every format, broken files among good ones, jobs."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "cases"
BAD = ROOT / "tests" / "fixtures" / "bad" / "yaml"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_every_format(tmp_path):
    table = run("scorecard", CASES, "--province", "lai-chau")
    assert table.exit_code == ExitCode.OK and "BẢNG ĐIỂM THỰC HIỆN DÂN CHỦ Ở CƠ SỞ" in table.stdout
    assert "Chỉ tiêu Nghị quyết" in table.stdout and "NQ75-T1" in table.stdout
    data = json.loads(run("scorecard", CASES, "--province", "lai-chau", "--format", "json").stdout)
    assert len(data["units"]) == len(list(CASES.rglob("*.yaml"))) and len(data["targets"]) == 6
    rows = list(csv.reader(io.StringIO(run("scorecard", CASES, "--format", "csv", "--view", "areas",
                                           "--lang", "en").stdout)))
    assert rows[0][:3] == ["Area", "Level", "Units"] and rows[1][:3] == ["Lai Châu", "province", str(len(data["units"]))]
    xlsx = tmp_path / "bang-diem.xlsx"
    assert run("scorecard", CASES, "--province", "lai-chau", "--format", "xlsx", "-o", xlsx).exit_code == 0
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert book.sheetnames == ["Chỉ tiêu Nghị quyết", "Theo địa bàn", "Theo loại đơn vị", "Theo quy tắc",
                               "Xếp hạng đơn vị"]
    sheet = book["Theo địa bàn"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold and sheet["A2"].value == "Lai Châu"
    assert book["Chỉ tiêu Nghị quyết"]["G2"].number_format == "0.0%"
    html = run("scorecard", CASES, "--format", "html").stdout
    assert html.startswith("<!DOCTYPE html>") and "http" not in html.split("<body>", 1)[1]  # offline: no links
    assert run("scorecard", CASES, "--format", "xlsx").exit_code == ExitCode.BAD_INPUT  # needs -o


def test_broken_files_are_listed_and_the_good_ones_scored(tmp_path):
    for name in ("xa-ban-hon-lai-chau.yaml", "so-noi-vu-lai-chau.yaml"):
        shutil.copy(CASES / name, tmp_path / name)
    for name in ("tab.yaml", "top_list.yaml"):
        shutil.copy(BAD / name, tmp_path / name)
    result = run("scorecard", tmp_path, "--format", "json")
    assert result.exit_code == ExitCode.BAD_INPUT
    data = json.loads(result.stdout)
    assert len(data["units"]) == 2 and len(data["failures"]) == 2
    assert "2 units scored; 2 did not load (in 2 files; listed above)" in result.stderr


def test_jobs_give_the_same_scorecard():
    one = run("scorecard", CASES, "--province", "lai-chau", "--format", "json")
    two = run("scorecard", CASES, "--province", "lai-chau", "--format", "json", "--jobs", "2")
    assert one.stdout == two.stdout


def test_trend_between_two_years(tmp_path):
    db = tmp_path / "history.db"
    for day in ("2024-12-31", "2025-12-31"):
        assert run("scorecard", CASES, "--province", "lai-chau", "--as-of", day, "--db", db, "-o",
                   tmp_path / "x.txt").exit_code == 0
    data = json.loads(run("trend", "--db", db, "--format", "json", "--crosswalk", "lai-chau-2025").stdout)
    assert (data["before"], data["after"]) == ("2024-12-31", "2025-12-31")
    moved = data["improved"] + data["regressed"] + data["unchanged"]
    assert len(moved) == len(list(CASES.rglob("*.yaml"))) and any(c["resolved"] or c["new_findings"] for c in moved)
    assert "So sánh 31/12/2024 → 31/12/2025" in run("trend", "--db", db).stdout
    assert run("trend", "--db", db, "--from", "2023-01-01").exit_code == ExitCode.BAD_INPUT

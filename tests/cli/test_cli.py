"""The command line, through click's CliRunner: formats, languages, exit codes, help."""

from __future__ import annotations

import json
from pathlib import Path

import click
import jsonschema
import pytest
from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.model.verdict import Report

PROFILES = Path(__file__).resolve().parents[1] / "fixtures" / "profiles"
COMMUNE = str(PROFILES / "commune.yaml")
CLEAN = str(PROFILES / "village-clean.yaml")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_vietnamese_gap_report_by_default():
    result = run(COMMUNE)
    assert result.exit_code == ExitCode.FINDINGS
    out = result.output
    assert "BÁO CÁO KIỂM TRA THỰC HIỆN DÂN CHỦ Ở CƠ SỞ" in out
    assert "Không đạt" in out and "Khắc phục" in out
    score = json.loads(run(COMMUNE, "--format", "json").stdout)["units"][0]["summary"]["score"]
    percent = f"{score['numerator'] / score['denominator'] * 100:.1f}".replace(".", ",")  # Vietnamese decimal comma
    assert f"{score['numerator']}/{score['denominator']} = {percent}%" in out
    markdown = run(COMMUNE, "--format", "markdown").output  # no table wrapping to split a citation
    assert "khoản 2 Điều 13 Luật số 10/2022/QH15" in markdown
    # a deadline in working days says how it was counted (LDC-12-1 is not met here)
    assert "Ngày làm việc tính từ ngày tiếp theo ngày xảy ra sự kiện (Điều 147 Bộ luật Dân sự 2015)" in markdown


def test_check_is_the_default_command():
    assert run("check", COMMUNE).output == run(COMMUNE).output


def test_english_report():
    out = run(COMMUNE, "--lang", "en").output
    assert "GRASSROOTS DEMOCRACY INSPECTION REPORT" in out
    assert "Not met" in out
    assert "Art. 13(2), Law No. 10/2022/QH15" in run(COMMUNE, "--lang", "en", "--format", "markdown").output


def test_json_report_matches_its_schema_and_is_reproducible():
    first, second = run(COMMUNE, "--format", "json"), run(COMMUNE, "--format", "json")
    assert first.stdout == second.stdout  # byte for byte
    data = json.loads(first.stdout)
    assert data["schema_version"] == 3
    jsonschema.validate(data, Report.model_json_schema())
    assert first.stdout == json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def test_the_score_can_be_recomputed_from_the_json_alone():
    data = json.loads(run(COMMUNE, "--format", "json").stdout)
    for unit in data["units"]:
        scored = [f for f in unit["findings"] if not f["advisory"]]
        met = sum(f["verdict"] == "met" for f in scored)
        den = sum(f["verdict"] in ("met", "not_met", "missing_evidence", "error") for f in scored)
        assert unit["summary"]["score"]["numerator"] == met
        assert unit["summary"]["score"]["denominator"] == den
        assert len(unit["findings"]) == sum(unit["summary"]["counts"].values()) + \
            sum(unit["summary"]["advisory_counts"].values())


def test_markdown_and_tabulate_formats():
    md = run(COMMUNE, "--format", "markdown").output
    assert md.startswith("# BÁO CÁO KIỂM TRA")
    assert "### 1. Không đạt" in md
    github = run(COMMUNE, "--fmt", "github").output
    assert "| Kết quả" in github


def test_output_file(tmp_path):
    target = tmp_path / "report.md"
    result = run(COMMUNE, "--format", "markdown", "-o", target)
    assert result.output == ""
    assert target.read_text(encoding="utf-8").startswith("# BÁO CÁO")


def test_exit_codes_and_fail_on():
    assert run(CLEAN).exit_code == ExitCode.OK
    data = json.loads(run(COMMUNE, "--format", "json").stdout)
    severities = {f["severity"] for f in data["units"][0]["findings"] if f["verdict"] in ("not_met", "missing_evidence")}
    assert severities  # the commune has findings; --fail-on sets which of them count
    for floor, counted in (("critical", {"critical"}), ("major", {"critical", "major"}),
                           ("minor", {"critical", "major", "minor"})):
        expected = ExitCode.FINDINGS if severities & counted else ExitCode.OK
        assert run(COMMUNE, "--fail-on", floor).exit_code == expected, floor
    assert run(COMMUNE, "--fail-on", "none").exit_code == ExitCode.OK


def test_as_of_changes_the_verdicts():
    before = json.loads(run(COMMUNE, "--format", "json", "--as-of", "30/06/2023").stdout)
    # citizen reception (Luật Tiếp công dân 2013, LTCD-…) has been owed since 01/07/2014
    verdicts = {f["rule"]: f["verdict"] for f in before["units"][0]["findings"] if not f["rule"].startswith("LTCD-")}
    assert before["units"][0]["as_of"] == "2023-06-30"
    assert set(verdicts.values()) == {"not_applicable"}  # the Law was not yet in force


def test_province_ruleset_and_a_misspelt_province():
    data = json.loads(run(COMMUNE, "--format", "json", "--province", "lai-chau").stdout)
    assert any(f["rule"].startswith("NQ75-") for f in data["units"][0]["findings"])
    result = run(COMMUNE, "--province", "lai-chu")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "did you mean 'lai-chau'?" in result.output


def test_bad_as_of_date_is_a_usage_error():
    result = run(COMMUNE, "--as-of", "31/02/2024")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "impossible date" in result.output


def test_schema_profile_for_editors():
    schema = json.loads(run("schema", "profile").stdout)
    assert "headcount" in schema["properties"] and schema["title"].startswith("qcdc-rules unit profile")


def _commands(group: click.Group):
    for name, command in group.commands.items():
        yield name, command
        if isinstance(command, click.Group):
            yield from _commands(command)


@pytest.mark.parametrize("name,command", list(_commands(cli)))
def test_every_command_and_option_has_help(name, command):
    assert command.help, f"command {name} has no help"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts} has no help"


@pytest.mark.parametrize("module", ["catalogue", "scorecard", "annex", "template", "sample", "output", "options",
                                    "choices"])
def test_each_command_module_imports_on_its_own(module):
    """No module of the CLI needs main imported first (main imports them to register them)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", f"import qcdc_cli.{module}"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_validate_the_bundled_rulesets():
    result = run("validate")
    assert result.exit_code == ExitCode.OK, result.output
    assert "rules: valid" in result.output


def test_validate_reports_a_bad_condition_at_its_line():
    bad = Path(__file__).resolve().parents[1] / "fixtures" / "bad" / "rulesets" / "misspelt-kind"
    result = run("validate", bad)
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "x.yaml:8:46: LDC-13-9: 'democracy_regulaton' is not a kind of document code" in result.output
    assert "did you mean 'democracy_regulation'?" in result.output


def test_an_engine_failure_is_exit_code_3(monkeypatch):
    from qcdc_rules.engine.durable import DurableProgram
    from qcdc_rules.errors import EngineError

    def broken(self, table, factsets):
        raise EngineError("durable-rules failed: error code 303")

    monkeypatch.setattr(DurableProgram, "run_many", broken)
    result = run(COMMUNE)
    assert result.exit_code == ExitCode.RULE_ERROR
    assert "Lỗi" in result.output


def test_every_rule_gets_exactly_one_verdict():
    data = json.loads(run(COMMUNE, "--format", "json", "--province", "lai-chau").stdout)
    rules = [f["rule"] for f in data["units"][0]["findings"]]
    assert len(rules) == len(set(rules)) == len(load_rulebook("lai-chau").rules)


AGENCY = Path(__file__).resolve().parents[2] / "cases" / "so-noi-vu-lai-chau.yaml"


def test_due_within_lists_what_falls_due(tmp_path):
    data = json.loads(run(AGENCY, "--format", "json", "--due-within", "200").stdout)
    upcoming = data["units"][0]["upcoming"]
    assert upcoming and all(0 <= u["days_left"] <= 200 for u in upcoming)
    assert any(u["rule"] == "LDC-51-1" and u["due"] == "2026-03-31" for u in upcoming)
    assert "SẮP ĐẾN HẠN" in run(AGENCY, "--due-within", "200").output
    assert data["units"][0]["due_within"] == 200
    assert "Nothing falls due in the next 5 days." in run(AGENCY, "--due-within", "5", "--lang", "en").output


def test_calendar_writes_an_icalendar_file(tmp_path):
    ics = tmp_path / "han.ics"
    result = run("calendar", AGENCY, "--within", "365", "--ics", ics)
    assert result.exit_code == ExitCode.OK, result.output
    assert "31/03/2026" in result.output
    from icalendar import Calendar
    cal = Calendar.from_ical(ics.read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    assert events and any("LDC-51-1" in str(e["description"]) for e in events)
    assert all(e["dtstart"].dt.isoformat() >= "2025-10-15" for e in events)


def test_the_same_profile_as_of_two_dates_is_judged_by_the_law_then_in_force():
    before = json.loads(run(COMMUNE, "--format", "json", "--as-of", "2023-06-30").stdout)["units"][0]
    after = json.loads(run(COMMUNE, "--format", "json", "--as-of", "2024-12-31").stdout)["units"][0]
    commune_rules = {f["rule"]: f for f in before["findings"]  # citizen reception: owed since 2014
                     if not f["rule"].startswith("LTCD-") and f["reason"]["code"] != "unit_type"}
    assert {f["reason"]["code"] for f in commune_rules.values()} == {"not_in_force"}
    assert {f["reason"]["detail"]["from"] for f in commune_rules.values()} >= {"2023-07-01"}
    later = {f["rule"]: f["verdict"] for f in after["findings"] if f["rule"] in commune_rules}
    assert {"met", "not_met"} <= set(later.values())


def test_a_check_collects_no_cycles_for_one_file_and_leaves_the_collector_as_it_was(monkeypatch):
    """`check` of one file runs with the cycle collector off (cli/main.py, _collect_late: it only
    slows a short run); of many files, with it on; and either way the collector is on again after."""
    import gc

    from qcdc_rules import check as check_module
    from qcdc_rules.scorecard import run as run_module

    seen = []

    def spy(real):
        def checked(*args, **kwargs):
            seen.append(gc.isenabled())
            return real(*args, **kwargs)
        return checked

    monkeypatch.setattr(check_module, "check_files", spy(check_module.check_files))
    monkeypatch.setattr(run_module, "check_files", spy(run_module.check_files))
    assert gc.isenabled()
    assert run("check", COMMUNE).exit_code == ExitCode.FINDINGS
    assert seen == [False] and gc.isenabled()
    assert run("check", COMMUNE, CLEAN, "--jobs", "1").exit_code == ExitCode.FINDINGS
    assert seen == [False, True] and gc.isenabled()
    sheet = Path(__file__).resolve().parents[1] / "fixtures" / "spreadsheets"
    sheets = sorted(sheet.glob("*.csv")) + sorted(sheet.glob("*.xlsx"))
    assert sheets, "no spreadsheet fixture"
    run("check", sheets[0])  # one file, but a unit a row: collected as usual
    assert seen == [False, True, True] and gc.isenabled()


def test_a_check_reads_a_profile_checked_before_from_the_cache_and_reports_the_same(monkeypatch, tmp_path):
    """`check` keeps each profile it reads, with its positions, in the profile cache (load.cache):
    the second check of a file reads the entry, and its report, lines of the evidence included, is the
    first's byte for byte; with the cache turned off (QCDC_CACHE_DIR empty) too."""
    from qcdc_rules.load import cache as cache_module

    monkeypatch.setenv("QCDC_CACHE_DIR", str(tmp_path))
    first = run("check", COMMUNE, "--format", "json")
    assert len(list(tmp_path.rglob("*.where"))) == 1 and len(list(tmp_path.glob("*/*.json"))) == 1
    assert '"line": ' in first.stdout  # the report points evidence at lines of the file

    def no_yaml(*args, **kwargs):
        raise AssertionError("the profile was read from its YAML again")

    with monkeypatch.context() as m:
        m.setattr(cache_module, "load_yaml_text", no_yaml)
        m.setattr(cache_module, "load_profile_located", no_yaml)
        second = run("check", COMMUNE, "--format", "json")
    assert second.exit_code == first.exit_code == ExitCode.FINDINGS
    assert second.stdout == first.stdout
    monkeypatch.setenv("QCDC_CACHE_DIR", "")
    assert run("check", COMMUNE, "--format", "json").stdout == first.stdout

"""A new province in minutes: the scaffold validates and tests green, and a province can
ship its own resolution's text for its rules to cite."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli
from qcdc_rules.authoring.validate import validate_rulesets

OWN = Path(__file__).resolve().parents[1] / "fixtures" / "rulesets" / "own-resolution"
COMMUNE = Path(__file__).resolve().parents[1] / "fixtures" / "profiles" / "commune.yaml"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_a_new_ruleset_validates_tests_green_and_checks_units(tmp_path):
    folder = tmp_path / "son-la"
    made = run("new", "ruleset", "--province", "son-la", "--dir", folder)
    assert made.exit_code == ExitCode.OK, made.output
    assert {p.name for p in folder.rglob("*") if p.is_file()} == \
        {"ruleset.yaml", "parameters.yaml", "example.yaml", "README.md"}
    assert run("validate", folder).exit_code == ExitCode.OK
    tested = run("test", folder, "--min-coverage", "100")
    assert tested.exit_code == ExitCode.OK, tested.output
    assert "3 cases: 3 passed" in tested.output
    checked = run(COMMUNE, "--ruleset", folder, "--format", "json", "--as-of", "2025-03-31")
    assert '"rule": "SONLA-TCD-15-2A"' in checked.stdout


def test_the_scaffold_overwrites_nothing_and_refuses_a_bad_name(tmp_path):
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    again = run("new", "ruleset", "--province", "son-la", "--dir", tmp_path)
    assert again.exit_code == ExitCode.BAD_INPUT and "not empty" in again.output
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
    bad = run("new", "ruleset", "--province", "Sơn La", "--dir", tmp_path / "x")
    assert bad.exit_code == ExitCode.BAD_INPUT and "son-la" in bad.output


def test_a_province_cites_its_own_text(tmp_path):
    assert validate_rulesets([OWN]).ok
    wrong = tmp_path / "own"
    shutil.copytree(OWN, wrong)
    rules = wrong / "rules" / "r.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("cấp huyện, cấp xã ban hành", "cấp xã ban hành"),
                     encoding="utf-8")
    problems = [str(p) for p in validate_rulesets([wrong]).problems]
    assert len(problems) == 1 and "the quote is not in khoản 4 Điều 3" in problems[0]


def test_a_local_instrument_may_not_shadow_a_shipped_one_or_lack_its_text(tmp_path):
    clash = tmp_path / "clash"
    shutil.copytree(OWN, clash)
    meta = clash / "instruments.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("nq-75-2024-dieu-3:", "luat-10-2022:"),
                    encoding="utf-8")
    problems = [str(p) for p in validate_rulesets([clash]).problems]
    assert any("instrument id 'luat-10-2022' is already used" in p for p in problems)
    missing = tmp_path / "missing"
    shutil.copytree(OWN, missing)
    (missing / "texts" / "nq-75-dieu-3.md").unlink()
    problems = [str(p) for p in validate_rulesets([missing]).problems]
    assert any("names text 'nq-75-dieu-3.md', which is not in" in p for p in problems)

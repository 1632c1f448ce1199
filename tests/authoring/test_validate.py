"""`qcdc-check validate`: each failure mode of a ruleset has a fixture under
tests/fixtures/bad_rulesets/<mode>/ and its expected messages in expected.txt, one
problem per line (file:line:column: message (hint)), all of them, in file order."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli
from qcdc_rules.authoring.validate import validate_rulesets

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad_rulesets"
MODES = sorted(p.name for p in BAD.iterdir() if p.is_dir())


def problems(mode: str) -> list[str]:
    return [str(p).replace(f"{BAD}/", "") for p in validate_rulesets([BAD / mode]).problems]


@pytest.mark.parametrize("mode", MODES)
def test_each_failure_mode_gives_its_expected_messages(mode):
    expected = (BAD / mode / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert expected, f"{mode}/expected.txt is empty"
    assert problems(mode) == expected


def test_every_problem_is_reported_not_only_the_first():
    # a file that does not parse does not hide the problems of the next file
    assert len(problems("yaml_syntax_error_and_more")) == 2
    everything = validate_rulesets([BAD / m for m in MODES if m != "duplicate_rule_id_across_rulesets"])
    assert len(everything.problems) >= len(MODES)


def test_the_bundled_rulesets_are_valid():
    result = validate_rulesets([Path(__file__).resolve().parents[2] / "rulesets"])
    assert result.ok, "\n".join(map(str, result.problems))
    assert len(result.rulesets) >= 2 and result.rule_count >= 38


def test_validate_command_exit_codes():
    ok = CliRunner().invoke(cli, ["validate", str(BAD.parents[2] / "rulesets")])
    assert ok.exit_code == ExitCode.OK, ok.output
    bad = CliRunner().invoke(cli, ["validate", str(BAD / "schema_unknown_field")])
    assert bad.exit_code == ExitCode.BAD_INPUT
    assert "unknown field 'severty' (did you mean 'severity'?)" in bad.output

"""`qcdc-check test`: the cases run, expected against actual, coverage and its gate."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli
from qcdc_rules.authoring.cases import run_tests

ROOT = Path(__file__).resolve().parents[2]
FAILING = ROOT / "tests" / "fixtures" / "rulesets" / "failing-cases"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_a_wrong_expectation_fails_and_a_missing_case_lowers_coverage():
    result = run_tests([FAILING])
    assert [r.passed for r in result.results] == [True, False]
    assert "verdict not_met, expected met" in result.failed[0].message
    assert [(c.rule, c.missing) for c in result.coverage] == [("EX-1", ["not_met"])]
    assert result.coverage_percent == 0


def test_exit_codes_and_the_coverage_gate():
    failing = run("test", FAILING)
    assert failing.exit_code == ExitCode.FINDINGS
    assert "FAIL" in failing.output and "no case for not_met" in failing.output
    assert "has a commune loudspeaker system = no (expected = yes)" in failing.output  # why, not only what
    only_passing = run("test", FAILING, "-k", "met with loudspeakers")
    assert only_passing.exit_code == ExitCode.OK  # coverage not gated without --min-coverage
    gated = run("test", FAILING, "-k", "met with loudspeakers", "--min-coverage", "100")
    assert gated.exit_code == ExitCode.FINDINGS and "required 100%" in gated.output
    assert run("test", FAILING, "-k", "no such case").exit_code == ExitCode.BAD_INPUT


def test_the_bundled_rulesets_are_fully_covered():
    result = run("test", ROOT / "rulesets", "--min-coverage", "100", "-k", "LDC-13-2")
    assert result.exit_code == ExitCode.OK, result.output
    assert "(100%)" in result.output


def test_junit_and_sarif_of_test_results():
    junit = ET.fromstring(run("test", FAILING, "--format", "junit").stdout)
    assert junit.get("tests") == "3" and junit.get("failures") == "2"  # the wrong case, the coverage gap
    failed = [c for c in junit.iter("testcase") if c.find("failure") is not None]
    assert {c.get("line") for c in failed} == {"9", "2"}
    sarif = json.loads(run("test", FAILING, "--format", "sarif").stdout)
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"case_failed", "coverage"}
    line = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results}
    assert line == {"case_failed": 9, "coverage": 2}
    cases = json.loads(run("test", FAILING, "--format", "json").stdout)["cases"]
    assert [(c["expected"], c["actual"]) for c in cases] == [("met", "met"), ("met", "not_met")]


def test_pytest_collects_the_cases_of_a_ruleset_as_named_items():
    """The qcdc_rules pytest plugin (entry point pytest11): `pytest <ruleset>` runs its cases."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rf", str(FAILING)],
                         capture_output=True, text=True, cwd=FAILING)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "1 failed, 1 passed" in out.stdout
    assert "EX-1::wrongly expects met without loudspeakers" in out.stdout
    assert "verdict not_met, expected met" in out.stdout

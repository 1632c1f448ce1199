"""JUnit XML and SARIF for `check` and `validate`: what CI systems read, pointing at lines."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli

TESTS = Path(__file__).resolve().parents[1]
COMMUNE = TESTS / "fixtures" / "profiles" / "commune.yaml"
BAD = TESTS / "fixtures" / "bad_rulesets"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _sarif_shape(log: dict) -> list[dict]:
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    (one_run,) = log["runs"]
    rule_ids = {r["id"] for r in one_run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in one_run["results"]} <= rule_ids
    assert all(r["level"] in ("error", "warning", "note") for r in one_run["results"])
    return one_run["results"]


def test_check_sarif_points_at_the_profile_line_of_the_failing_item():
    result = run(COMMUNE, "--format", "sarif", "--lang", "en")
    assert result.exit_code == ExitCode.FINDINGS
    results = _sarif_shape(json.loads(result.stdout))
    lines = COMMUNE.read_text(encoding="utf-8").splitlines()
    located = [r for r in results if "region" in r["locations"][0]["physicalLocation"]]
    assert located, "no finding points at a line"
    for r in located:
        where = r["locations"][0]["physicalLocation"]
        assert where["artifactLocation"]["uri"].endswith("commune.yaml")
        assert lines[where["region"]["startLine"] - 1].lstrip().startswith("- ")  # an item of a list
    (late,) = [r for r in located if r["ruleId"] == "LDC-12-1"]  # disclosed after 5 working days
    line = late["locations"][0]["physicalLocation"]["region"]["startLine"]
    section = next(text for text in reversed(lines[:line]) if not text.startswith((" ", "-")))
    assert section == "disclosures:"


def test_check_junit_has_a_case_per_rule_and_fails_the_outstanding_ones():
    data = json.loads(run(COMMUNE, "--format", "json").stdout)["units"][0]["findings"]
    junit = ET.fromstring(run(COMMUNE, "--format", "junit").stdout)
    (suite,) = junit.findall("testsuite")
    assert int(suite.get("tests")) == len(data)
    outstanding = [f for f in data if f["verdict"] in ("not_met", "missing_evidence") and not f["advisory"]]
    assert int(suite.get("failures")) == len(outstanding)
    assert int(suite.get("skipped")) == sum(f["verdict"] in ("not_applicable", "waived") or
                                            (f["advisory"] and f["verdict"] != "met") for f in data)


def test_check_text_is_the_table():
    assert run(COMMUNE, "--format", "text").output == run(COMMUNE).output


def test_validate_formats():
    bad = BAD / "yaml_syntax_error_and_more"
    results = _sarif_shape(json.loads(run("validate", bad, "--format", "sarif").stdout))
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results] == \
        [("yaml-syntax", 6), ("condition", 14)]
    junit = ET.fromstring(run("validate", bad, "--format", "junit").stdout)
    assert junit.get("failures") == "1" and "has_loudspeakr" in junit.find(".//failure").text
    data = json.loads(run("validate", bad, "--format", "json").stdout)
    assert data["valid"] is False and len(data["problems"]) == 2
    good = run("validate", TESTS.parent / "rulesets", "--format", "junit")
    assert good.exit_code == ExitCode.OK and ET.fromstring(good.stdout).get("failures") == "0"

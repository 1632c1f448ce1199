"""A province sets what the law leaves to it (the village heads' term) and the national
rules read its value, from its date on."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from qcdc_cli.main import cli
from qcdc_rules.errors import RulesetError
from qcdc_rules.load.ruleset import load_rulebook

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIVE_YEARS = FIXTURES / "rulesets" / "five-year-village-term"
COMMUNE = FIXTURES / "profiles" / "commune.yaml"  # its board: 10/03/2024–09/09/2026, 30 months


def verdict(*args) -> dict:
    out = CliRunner().invoke(cli, [str(COMMUNE), "--format", "json", *map(str, args)]).stdout
    return {f["rule"]: f for f in json.loads(out)["units"][0]["findings"]}["LDC-36-2"]


def test_national_rules_read_the_province_value():
    assert verdict()["verdict"] == "met"  # 30 months: a term the Circular allows
    five = verdict("--ruleset", FIVE_YEARS)
    assert five["verdict"] == "not_met"  # this province chose 5 years
    assert "term_months == 60" in json.dumps(five["checks"])


def test_an_override_holds_from_its_first_date_and_the_national_value_before():
    book = load_rulebook(extra=[FIVE_YEARS])
    assert book.params_at(dt.date(2023, 12, 31))["village_head_term_months_short"] == 30
    assert book.params_at(dt.date(2024, 1, 1))["village_head_term_months_short"] == 60


def test_lai_chau_value_is_marked_unverified():
    lai_chau = verdict("--province", "lai-chau")
    assert lai_chau["verdict"] == "met"
    assert "village_head_term_months_short" in lai_chau["unverified"]


def test_an_override_cannot_change_a_parameter_type(tmp_path):
    (tmp_path / "ruleset.yaml").write_text((FIVE_YEARS / "ruleset.yaml").read_text(encoding="utf-8"),
                                           encoding="utf-8")
    (tmp_path / "parameters.yaml").write_text(
        "parameters:\n  - name: law_in_force\n    description: {vi: x, en: x}\n"
        "    values:\n      - {from: 2024-01-01, value: 5}\n", encoding="utf-8")
    with pytest.raises(RulesetError, match="law_in_force' is a num .* but a date"):
        load_rulebook(extra=[tmp_path])

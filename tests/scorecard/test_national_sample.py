"""The national population (``qcdc-check sample --national``): many provinces, unique IDs over
the country, as-of dates spread over the round, every unit type, and nothing that says Lai Châu."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest
import yaml
from click.testing import CliRunner

from qcdc_cli.exit_codes import ExitCode
from qcdc_cli.main import cli
from qcdc_rules.load.activity import is_activity_record
from qcdc_rules.sample import generate
from qcdc_rules.sample.national import LAST, National, files

TYPES = {"commune", "village", "state_agency", "public_service_unit", "state_owned_enterprise", "enterprise"}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def country(tmp_path_factory):
    """Three provinces of one commune each (and their province-level units in proportion),
    written by the command and scored."""
    root = tmp_path_factory.mktemp("national") / "vn"
    result = run("sample", "--national", "--provinces", 3, "--communes", 1, "--seed", 5, "-o", root)
    assert result.exit_code == 0, result.output
    card = run("scorecard", root, "--format", "json", "--jobs", 1)
    assert card.exit_code == ExitCode.OK, card.output
    return root, json.loads(card.stdout)


def test_provinces_are_renamed_and_ids_unique_over_the_country(country):
    root, card = country
    assert [n["name"] for n in card["areas"]] == ["Mẫu 01", "Mẫu 02", "Mẫu 03"]
    ids = [u["unit_id"] if "unit_id" in u else u["id"] for u in card["units"]]
    assert len(ids) == len(set(ids)) and all(i.startswith(("m01-", "m02-", "m03-")) for i in ids)
    assert card["failures"] == []
    for path in root.rglob("*"):
        if path.is_file() and path.name != "README.md":
            assert "lai-chau" not in path.as_posix()
            assert "Lai Châu" not in path.read_text(encoding="utf-8"), path


def test_every_unit_type_and_dates_spread_over_the_round(country):
    root, card = country
    assert {u["type"] for u in card["units"]} == TYPES
    days = Counter()
    for path in root.rglob("*.yaml"):
        if not is_activity_record(path):
            days[yaml.safe_load(path.read_text(encoding="utf-8"))["as_of"]] += 1
    first = min(days)
    assert first >= dt.date(2026, 4, 15) and max(days) <= LAST
    assert len(days) >= 10  # a day per commune and per province-level unit, not one for all
    assert any(d < dt.date(2026, 7, 1) for d in days) and any(d >= dt.date(2026, 7, 1) for d in days)
    assert all(d.weekday() < 5 for d in days)


def test_same_seed_same_bytes_and_a_province_is_its_own_seed():
    one = dict(files(seed=2, provinces=2, communes=1))
    assert dict(files(seed=2, provinces=2, communes=1)) == one
    summary = National()
    three = dict(files(seed=2, provinces=3, communes=1, summary=summary))
    # adding a province leaves the others as they were
    assert {k: v for k, v in three.items() if not k.startswith("tinh-mau-03/") and k != "README.md"} == \
        {k: v for k, v in one.items() if k != "README.md"}
    assert summary.provinces == 3 and set(summary.counts) == TYPES


def test_without_a_season_the_province_sample_is_unchanged():
    # the national population draws its as-of dates from a stream of their own: the Lai Châu
    # sample (no season) has one as-of date for every profile
    sample = generate("lai-chau", seed=7, year=2025, communes=1)
    days = {yaml.safe_load(t)["as_of"] for p, t in sample.items() if p.endswith(".yaml") and "schema: qcdc-profile" in t}
    assert days == {dt.date(2026, 4, 15)}


def test_national_refuses_a_province_or_the_old_map(tmp_path):
    assert run("sample", "--national", "--province", "lai-chau", "-o", tmp_path / "a").exit_code == ExitCode.BAD_INPUT
    assert run("sample", "--national", "--year", 2023, "-o", tmp_path / "b").exit_code == ExitCode.BAD_INPUT
    assert run("sample", "-o", tmp_path / "c").exit_code == ExitCode.BAD_INPUT

"""The bundled unit profiles (cases/): each clean profile meets everything, national and Lai Châu; there is
one per unit type; every group of duties shows a met verdict somewhere in cases/; and the expected-results
tables of cases/README.md (Vietnamese and English) are the counts the profiles give today. Nothing here is
typed in: the counts are measured and compared with the README, so the README cannot go stale."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qcdc_rules.engine.evaluate import Evaluator
from qcdc_rules.load.profile import load_profile
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.model.profile import Profile
from qcdc_rules.model.vocab import UnitType

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "cases"
CLEAN = sorted((CASES / "clean").glob("*.yaml"))
PROFILES = sorted(CASES.glob("*.yaml")) + CLEAN
RULESETS = {"national": None, "lai-chau": "lai-chau"}
NATIONAL_RULES = ROOT / "rulesets" / "national" / "rules"
COUNTED = ("met", "not_met", "missing_evidence", "not_applicable")


def _name(path: Path) -> str:
    return path.relative_to(CASES).as_posix()


@pytest.fixture(scope="module")
def evaluators() -> dict[str, Evaluator]:
    return {name: Evaluator(load_rulebook(province)) for name, province in RULESETS.items()}


@pytest.fixture(scope="module")
def reports(evaluators):
    """Every bundled profile evaluated once per ruleset: {ruleset: {'clean/x.yaml': UnitReport}}."""
    return {name: {_name(p): ev.evaluate(load_profile(p), file=str(p)) for p in PROFILES}
            for name, ev in evaluators.items()}


def _verdicts(report) -> dict[str, str]:
    return {f.rule: f.verdict.value for f in report.findings}


# (a) a clean profile meets everything it is judged on, under both rulesets, with no warning
@pytest.mark.parametrize("ruleset", RULESETS)
@pytest.mark.parametrize("path", CLEAN, ids=_name)
def test_a_clean_profile_has_no_finding(reports, ruleset, path):
    report = reports[ruleset][_name(path)]
    findings = {rule: v for rule, v in _verdicts(report).items() if v in ("not_met", "missing_evidence", "error")}
    assert not findings, findings
    assert not report.warnings, report.warnings
    assert report.summary.counts["met"] > 0


# (b) one clean profile per unit type
def test_one_clean_profile_per_unit_type():
    types = [load_profile(p).type for p in CLEAN]
    assert sorted(t.value for t in types) == sorted(t.value for t in UnitType)


# (c) every group of duties (a rule file of the national ruleset, and the Lai Châu ruleset) shows a met
# verdict somewhere in cases/
def test_every_group_of_duties_is_met_somewhere(evaluators, reports):
    group_of = {}
    for parsed in evaluators["lai-chau"].book.rules:
        source = Path(parsed.location.file)
        # by name, not path: an installed package loads its rules from site-packages
        group_of[parsed.id] = source.stem if parsed.ruleset == "national" else parsed.ruleset
    groups = {p.stem for p in NATIONAL_RULES.glob("*.yaml")} | {"lai-chau"}
    assert set(group_of.values()) == groups
    met = {group_of[f.rule] for r in reports["lai-chau"].values() for f in r.findings if f.verdict.value == "met"}
    assert groups - met == set()


# (d) the README's expected-results tables are the measured counts
def _readme_tables() -> dict[str, dict[str, dict[str, tuple[int, ...]]]]:
    text = (CASES / "README.md").read_text(encoding="utf-8")
    row = re.compile(r"^\| `([^`]+\.yaml)` \| (\d+) / (\d+) / (\d+) / (\d+) \| (\d+) / (\d+) / (\d+) / (\d+) \|$", re.M)
    tables = {}
    for lang, heading in (("vi", "## Kết quả mong đợi"), ("en", "## Expected results")):
        assert text.count(heading) == 1, heading
        section = text.split(heading, 1)[1].split("\n## ", 1)[0]
        rows = row.findall(section)
        assert len(rows) == len({r[0] for r in rows}), f"a file is listed twice in the {lang} table"
        tables[lang] = {r[0]: {"national": tuple(map(int, r[1:5])), "lai-chau": tuple(map(int, r[5:9]))}
                        for r in rows}
    return tables


def test_the_readme_tables_are_the_measured_counts(reports):
    measured = {name: {ruleset: tuple(reports[ruleset][name].summary.counts[c] for c in COUNTED)
                       for ruleset in RULESETS} for name in map(_name, PROFILES)}
    for lang, table in _readme_tables().items():
        assert table == measured, lang


# (e) the check of (a) can fail: take one piece of evidence out of a clean profile and it is no longer clean
def _without(profile: Profile, collection: str, kinds: set[str]) -> Profile:
    data = profile.model_dump(mode="json", by_alias=True, exclude_none=True)
    data[collection] = [item for item in data[collection] if item["kind"] not in kinds]
    return Profile.model_validate(data)


@pytest.mark.parametrize("path", CLEAN, ids=_name)
def test_a_clean_profile_without_a_piece_of_evidence_has_a_finding(evaluators, reports, path):
    profile = load_profile(path)
    if profile.type == UnitType.village:  # a village has no regulation of its own: take its year-end conference
        broken = _without(profile, "meetings", {"village_annual_conference"})
    else:
        broken = _without(profile, "documents", {"democracy_regulation"})
    for name, ev in evaluators.items():
        before = _verdicts(reports[name][_name(path)])
        after = _verdicts(ev.evaluate(broken))
        lost = {rule: v for rule, v in after.items() if before[rule] == "met" and v in ("not_met", "missing_evidence")}
        assert lost, name


@pytest.mark.parametrize("as_of", ["2023-06-30", "2024-12-31", "2025-07-01", "2026-12-31"])
def test_every_profile_evaluates_at_any_date_without_an_error(evaluators, as_of):
    """Before the Law, across the 01/07/2025 amendments, after: no rule errs on a bundled profile
    (a recurring duty whose text ended is still judged for the periods owed under it)."""
    import datetime as dt

    day = dt.date.fromisoformat(as_of)
    for path in PROFILES:
        report = evaluators["lai-chau"].evaluate(load_profile(path), day)
        errors = [f.rule for f in report.findings if f.verdict.value == "error"]
        assert not errors, (path.name, errors)
        if as_of == "2023-06-30":  # the Law was not yet in force: only the Law on Citizen Reception binds
            assert all(f.verdict.value == "not_applicable" for f in report.findings if f.rule.startswith("LDC-"))


# (f) the clean tables' "met / apply" column: met counts advisory rules too; "apply" is every rule for the
# unit's type in force on its as-of date
def test_the_clean_tables_met_and_apply_are_measured(reports):
    text = (CASES / "README.md").read_text(encoding="utf-8")
    row = re.compile(r"^\| `(clean/[^`]+\.yaml)` \| [^|]+ \| (\d+) / (\d+); (\d+) / (\d+) \|", re.M)

    def measured(report) -> tuple[int, int]:
        met = sum(1 for f in report.findings if f.verdict.value == "met")
        other = {"unit_type", "not_in_force"}
        apply = sum(1 for f in report.findings
                    if not (f.verdict.value == "not_applicable" and f.reason and f.reason.code in other))
        return met, apply

    for heading in ("## Hồ sơ \"đạt toàn bộ\"", "## The clean profiles"):
        section = text.split(heading, 1)[1].split("\n## ", 1)[0]
        rows = {r[0]: tuple(map(int, r[1:])) for r in row.findall(section)}
        assert set(rows) == {_name(p) for p in CLEAN}, heading
        for name, numbers in rows.items():
            assert numbers == measured(reports["national"][name]) + measured(reports["lai-chau"][name]), name

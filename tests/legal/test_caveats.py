"""Provisions an amending law may have changed, whose text we do not have (Law 47/2024/QH15 on
planning: OBLIGATIONS.md §4 item 11), carry a caveat wherever a rule cites them."""

from __future__ import annotations

from pathlib import Path

from qcdc_rules.check import check_files
from qcdc_rules.legal.citations import instrument
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.report.describe import basis_lines

CASES = Path(__file__).resolve().parents[2] / "cases"


def _planning(article: int, clause: int | None) -> bool:
    law = instrument("luat-10-2022")
    return any("47/2024/QH15" in cv.vi for cv in law.caveats if cv.covers(article, clause))


def test_the_planning_clauses_carry_the_law_47_caveat():
    for article, clause in ((11, 3), (25, 2), (25, 6), (25, None)):  # a whole article: any of its clauses
        assert _planning(article, clause), (article, clause)
    assert not _planning(11, 2) and not _planning(13, None) and not _planning(25, 3)


def test_every_citation_of_them_shows_it_in_reports():
    book = load_rulebook()
    cited = {p.rule.id for p in book.rules for v in p.rule.versions for c in v.citations
             if c.instrument == "luat-10-2022" and (c.article, c.clause) in ((11, 3), (25, 2), (25, 6), (25, None))}
    assert {"LDC-11-03", "LDC-25-1"} <= cited
    report = check_files([CASES / "xa-ban-hon-lai-chau.yaml"], book=book)
    for f in report.units[0].findings:
        caveated = [c for c in f.citations if any("47/2024/QH15" in cv.vi for cv in c.caveats)]
        assert bool(caveated) == (f.rule in cited), f.rule
        if caveated:
            assert any(line.startswith("Lưu ý về căn cứ: ") and "47/2024/QH15" in line for line in basis_lines(f, "vi"))
            assert any(line.startswith("Caveat on the legal basis: ") for line in basis_lines(f, "en"))


def test_rules_resting_on_a_secondary_figure_say_so():
    """The village heads' term (Circular 04/2012/TT-BNV, known only from secondary sources)
    decides LDC-36-2 and LDC-39-1-T: their findings are marked secondary, in words too."""
    from qcdc_rules.report.describe import note_lines

    report = check_files([CASES / "xa-ban-hon-lai-chau.yaml"], book=load_rulebook())
    by_rule = {f.rule: f for f in report.units[0].findings}
    for rule in ("LDC-36-2", "LDC-39-1-T"):
        f = by_rule[rule]
        assert f.source == "secondary" and "village_head_term_months_short" in f.unverified
        assert any(line.startswith("Nguồn thứ cấp, cần xác minh: ") and "04/2012/TT-BNV" in line
                   for line in note_lines(f, "vi"))
    assert by_rule["LDC-36-1"].source == "primary"


# -- caveats that hold from a date, or for some units only ----------------------------------------

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from qcdc_rules.engine.evaluate import Evaluator  # noqa: E402
from qcdc_rules.lang.typecheck import caveat_condition  # noqa: E402
from qcdc_rules.legal.citations import instruments  # noqa: E402
from qcdc_rules.testing import build_profile  # noqa: E402


def test_every_caveat_condition_is_a_condition_on_the_unit():
    for inst in instruments().values():
        for cv in inst.caveats:
            if cv.when:
                caveat_condition(cv.when)  # raises SyntaxProblem with what is wrong


@pytest.fixture(scope="module")
def evaluator():
    return Evaluator(load_rulebook(), "python")


def _caveats(evaluator, fragment: dict, day: dt.date, rule: str) -> list[str]:
    report = evaluator.evaluate(build_profile(fragment, day))
    finding = next(f for f in report.findings if f.rule == rule)
    return [cv.vi for c in finding.citations for cv in c.caveats]


@pytest.mark.parametrize("area", ["border_area", "island_area", "mountain_area", "extremely_difficult_area",
                                  "ethnic_minority_area"])
def test_a_commune_in_a_special_area_is_told_that_the_government_sets_its_disclosure(evaluator, area):
    day = dt.date(2024, 6, 30)
    commune = {"type": "commune", "attributes": {area: True}}
    shown = _caveats(evaluator, commune, day, "LDC-13-2")
    assert any("khoản 2 Điều 12 Luật số 10/2022/QH15" in text for text in shown), shown
    assert not _caveats(evaluator, {"type": "commune", "attributes": {area: False}}, day, "LDC-13-2")
    assert not _caveats(evaluator, {"type": "commune"}, day, "LDC-13-2")  # not recorded: not said
    # not a disclosure duty: no such caveat
    assert not any("Điều 12" in text for text in _caveats(evaluator, commune, day, "LDC-35-3"))


def test_the_law_on_citizen_reception_is_caveated_from_the_day_law_136_takes_effect(evaluator):
    commune = {"type": "commune"}
    assert not _caveats(evaluator, commune, dt.date(2026, 6, 30), "LTCD-15-1")
    assert any("136/2025/QH15" in text for text in _caveats(evaluator, commune, dt.date(2026, 7, 1), "LTCD-15-1"))


def test_village_head_rules_carry_the_decree_185_caveat_from_its_date(evaluator):
    commune = {"type": "commune"}
    for rule in ("LDC-36-1", "LDC-36-2"):
        assert not any("185/2026" in t for t in _caveats(evaluator, commune, dt.date(2026, 5, 25), rule)), rule
        assert any("185/2026" in t for t in _caveats(evaluator, commune, dt.date(2026, 5, 26), rule)), rule
    village = {"type": "village"}
    assert any("185/2026" in t for t in _caveats(evaluator, village, dt.date(2026, 6, 1), "ND59-6-1"))


def test_rules_counting_a_communes_villages_carry_the_decree_185_reorganisation_caveat(evaluator):
    """Posting in every village (Art. 13 k2) and two thirds of the villages (Art. 21 k1) count the villages the
    profile records after a reorganisation; from Decree 185/2026's date the commune's findings say so."""
    commune = {"type": "commune"}
    for rule in ("LDC-13-2", "LDC-21-1-X"):
        assert not any("185/2026" in t for t in _caveats(evaluator, commune, dt.date(2026, 5, 25), rule)), rule
        assert any("sáp nhập" in t and "185/2026" in t
                   for t in _caveats(evaluator, commune, dt.date(2026, 5, 26), rule)), rule
    # a village's vote counts its households, not villages: no reorganisation caveat there
    assert not any("185/2026" in t for t in _caveats(evaluator, {"type": "village"}, dt.date(2026, 6, 1), "LDC-21-1"))

"""Provisions an amending law may have changed, whose text we do not have (Law 47/2024/QH15 on
planning: OBLIGATIONS.md §4 item 11), carry a caveat wherever a rule cites them."""

from __future__ import annotations

from pathlib import Path

from qcdc_rules.check import check_files
from qcdc_rules.legal.citations import instrument
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.report.describe import basis_lines

CASES = Path(__file__).resolve().parents[2] / "cases"


def test_the_planning_clauses_carry_the_law_47_caveat():
    law = instrument("luat-10-2022")
    for article, clause in ((11, 3), (25, 2), (25, 6), (25, None)):  # a whole article: any of its clauses
        assert "47/2024/QH15" in law.caveat(article, clause).vi, (article, clause)
    assert law.caveat(11, 2) is None and law.caveat(13, None) is None and law.caveat(25, 3) is None


def test_every_citation_of_them_shows_it_in_reports():
    book = load_rulebook()
    cited = {p.rule.id for p in book.rules for v in p.rule.versions for c in v.citations
             if c.instrument == "luat-10-2022" and (c.article, c.clause) in ((11, 3), (25, 2), (25, 6), (25, None))}
    assert {"LDC-11-03", "LDC-25-1"} <= cited
    report = check_files([CASES / "xa-ban-hon-lai-chau.yaml"], book=book)
    for f in report.units[0].findings:
        caveated = [c for c in f.citations if c.caveat is not None]
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

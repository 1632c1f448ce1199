"""Every rule and parameter cites a provision that exists in the shipped text, and the
provision says what the rule quotes. A rule without a verbatim quote cannot pass this."""

from __future__ import annotations

from qcdc_rules.authoring.citations import citation_problem, ruleset_citation_problems
from qcdc_rules.errors import Location
from qcdc_rules.load.ruleset import load_rulebook
from qcdc_rules.model.ruleset import Citation, Source


def test_every_citation_of_the_bundled_rulesets_holds():
    book = load_rulebook("lai-chau")
    problems = [p for rs in book.rulesets for p in ruleset_citation_problems(rs)]
    assert not problems, "\n".join(map(str, problems))


def test_a_wrong_quote_or_a_missing_clause_is_caught():
    here = Location("x.yaml", 1, 1)
    wrong = Citation(instrument="luat-10-2022", article=13, clause=2, quote="ít nhất là 20 ngày liên tục")
    assert "quote is not in" in citation_problem(wrong, here, "R").message
    missing = Citation(instrument="luat-10-2022", article=13, clause=9, quote="ít nhất là 30 ngày liên tục")
    assert "not found" in citation_problem(missing, here, "R").message


def test_rules_resting_on_law_97_say_where_its_text_comes_from():
    """Law 97/2025 is a transcription: every finding citing it is marked so in reports."""
    book = load_rulebook()
    for rule in book.rules:
        for version in rule.rule.versions:
            if any(c.instrument == "luat-97-2025" for c in version.citations):
                assert version.note is not None, f"{rule.id} cites Law 97/2025 without a note"
    from qcdc_rules.legal.citations import instrument
    assert Source(instrument("luat-97-2025").source) is Source.transcription


def test_a_repealed_text_is_never_applied_after_its_end():
    import datetime as dt

    from qcdc_rules.authoring.citations import in_force_problem
    here = Location("x.yaml", 1, 1)
    old = Citation(instrument="pl-34-2007", article=1, quote="thực hiện dân chủ ở xã")
    assert in_force_problem(old, dt.date(2020, 1, 1), dt.date(2023, 6, 30), here, "R") is None
    assert "ended on 2023-06-30" in in_force_problem(old, dt.date(2020, 1, 1), None, here, "R").message
    early = Citation(instrument="nd-59-2023", article=13, clause=2, quote="mỗi thôn, tổ dân phố có đại diện")
    assert "before Decree No. 59/2023/ND-CP took effect" in \
        in_force_problem(early, dt.date(2023, 7, 1), None, here, "R").message

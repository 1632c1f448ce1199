"""Every rule and parameter cites a provision that exists in the shipped text, and the
provision says what the rule quotes. A rule without a verbatim quote cannot pass this."""

from __future__ import annotations

from qcdc_rules.errors import Location
from qcdc_rules.legal.checks import citation_problem, ruleset_citation_problems
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

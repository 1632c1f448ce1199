"""Every duty of the catalogue ends in exactly one place: a rule (evaluated or advisory) or a
line of rulesets/national/not_encoded.yaml with its reason."""

from __future__ import annotations

from qcdc_rules.authoring.accounting import NOT_ENCODED, Why, account, load_not_encoded
from qcdc_rules.legal.catalogue import catalogue
from qcdc_rules.load.ruleset import NATIONAL, bundled_root, load_rulebook

# The share of catalogue duties that are rules only rises: raise it as duties are encoded
# (issue 6's goal is 0.90). Measured, not guessed: see the closing notes.
MIN_SHARE_ENCODED = 0.95


def _accounting():
    book = load_rulebook("lai-chau")
    return account(book, load_not_encoded(bundled_root() / NATIONAL / NOT_ENCODED))


def test_every_duty_is_in_exactly_one_place():
    result = _accounting()
    assert not result.problems, "\n".join(result.problems)


def test_the_share_of_duties_encoded_only_rises():
    assert _accounting().share_encoded() >= MIN_SHARE_ENCODED


def test_the_catalogue_is_complete_and_soft_rows_are_marked():
    duties = catalogue()
    assert len(duties) == 272  # 244, and 28 of Decree 154/2026 on citizen reception (§2.14, RPT-17)
    assert sum(d.soft for d in duties.values()) == 20
    assert duties["RPT-01"].same_as == ("LDC-14-4",)


def test_a_duty_placed_twice_or_nowhere_is_reported():
    from qcdc_rules.authoring.accounting import NotEncoded

    book = load_rulebook()
    lines = load_not_encoded(bundled_root() / NATIONAL / NOT_ENCODED)
    twice = account(book, lines + [NotEncoded(id="LDC-13-2", reason=Why.pending)])
    assert any(p.startswith("LDC-13-2 is in 2 places") for p in twice.problems)
    nowhere = account(book, [line for line in lines if line.id != "LDC-9-1"])
    assert "LDC-9-1 is neither a rule nor in not_encoded.yaml" in nowhere.problems
    unknown = account(book, lines + [NotEncoded(id="LDC-13-99", reason=Why.pending)])
    assert any("LDC-13-99, which is not in the catalogue" in p for p in unknown.problems)

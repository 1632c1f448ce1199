"""Does each citation point at a provision that exists, and say what the rule quotes?"""

from __future__ import annotations

from ..engine.rulebook import Ruleset
from ..errors import Location, Problem
from ..model.ruleset import Citation
from .citations import CitationError, instrument, provision, quote_in


def citation_problem(c: Citation, where: Location, owner: str) -> Problem | None:
    """None if the provision exists and holds the quote (after NFC and whitespace folding)."""
    try:
        inst = instrument(c.instrument)
    except CitationError as e:
        return Problem(f"{owner}: {e}", where, code="citation")
    if inst.text is None:  # a secondary source: nothing shipped to check against
        return None
    try:
        found = provision(c.instrument, c.article, c.clause, c.point)
    except CitationError as e:
        return Problem(f"{owner}: {e}", where, code="citation")
    if not quote_in(found, c.quote):
        return Problem(f"{owner}: the quote is not in {found}: “{c.quote[:80]}…”", where,
                       "copy the words exactly from the shipped text", code="citation")
    return None


def ruleset_citation_problems(ruleset: Ruleset) -> list[Problem]:
    problems = []
    for parsed in ruleset.rules:
        for version in parsed.rule.versions:
            for c in version.citations:
                p = citation_problem(c, parsed.location, parsed.id)
                if p:
                    problems.append(p)
    for name, param in ruleset.parameters.items():
        for value in param.values:
            if value.citation is not None:
                p = citation_problem(value.citation, Location(str(ruleset.root / "parameters.yaml")),
                                     f"parameter {name}")
                if p:
                    problems.append(p)
    return problems

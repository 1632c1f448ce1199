"""Does each citation of a ruleset point at a provision that exists, and say what the rule quotes?
Part of ``validate`` (authoring/validate.py), read against the texts in ``legal``."""

from __future__ import annotations

from ..engine.rulebook import Ruleset
from ..errors import Location, Problem
from ..legal.citations import CitationError, instrument, provision, quote_in
from ..model.ruleset import Citation


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


def in_force_problem(c: Citation, start, end, where: Location, owner: str) -> Problem | None:
    """A rule version may only rest on a text while that text is in force: a repealed text is
    never applied after its end (Pháp lệnh 34/2007, Nghị định 04/2015, QĐ 22/2018 …)."""
    try:
        inst = instrument(c.instrument)
    except CitationError:
        return None  # reported by citation_problem
    if inst.effective_to is not None and (end is None or end > inst.effective_to):
        return Problem(f"{owner}: cites {inst.short_en}, which ended on {inst.effective_to.isoformat()}, but the "
                       f"version runs {'on' if end is None else 'until ' + end.isoformat()}", where,
                       "end the version when the text ended, and cite the text that replaced it", code="citation")
    if start is not None and start < inst.effective_from and not (end is not None and end < inst.effective_from):
        return Problem(f"{owner}: the version starts {start.isoformat()}, before {inst.short_en} took effect "
                       f"({inst.effective_from.isoformat()})", where, "start the version when the text took effect",
                       code="citation")
    return None


def ruleset_citation_problems(ruleset: Ruleset) -> list[Problem]:
    problems = []
    for parsed in ruleset.rules:
        for k, version in enumerate(parsed.rule.versions):
            for j, c in enumerate(version.citations):
                where = parsed.citation_location(k, j)
                for p in (citation_problem(c, where, parsed.id),
                          in_force_problem(c, version.from_, version.to, where, parsed.id)):
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

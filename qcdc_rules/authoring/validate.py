"""``qcdc-check validate``: every problem in one or more rulesets, not only the first.

Each ruleset is read as far as it goes (a file that does not parse does not hide the
problems of the others); the rules that load have their citations checked against the
shipped texts; rulesets given together must not clash (the same rule id, a parameter
override of another type). Problems come back sorted by file, line and column."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..engine.rulebook import Ruleset
from ..errors import Problem, RulesetError
from ..load.ruleset import NATIONAL, bundled_root, conflicts, provinces, read_ruleset
from .citations import ruleset_citation_problems


@dataclass
class Validation:
    roots: list[Path]
    rulesets: list[Ruleset] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def rule_count(self) -> int:
        return sum(len(rs.rules) for rs in self.rulesets)

    @property
    def ok(self) -> bool:
        return not self.problems


def bundled_roots() -> list[Path]:
    root = bundled_root()
    return [root / NATIONAL] + [root / "provinces" / p for p in provinces()]


def ruleset_roots(paths: list[str | Path]) -> list[Path]:
    """The ruleset directories under ``paths``: a ruleset itself, or a folder holding rulesets
    (``rulesets/`` holds national/ and provinces/*/), or the bundled ones if none is given."""
    if not paths:
        return bundled_roots()
    roots: list[Path] = []
    for p in map(Path, paths):
        if (p / "ruleset.yaml").is_file():
            roots.append(p)
        else:
            found = sorted(m.parent for m in p.rglob("ruleset.yaml"))
            roots.extend(found or [p])  # none: read_ruleset says why it is not a ruleset
    return roots


def validate_rulesets(paths: list[str | Path]) -> Validation:
    result = Validation(ruleset_roots(paths))
    for root in result.roots:
        try:
            ruleset, problems = read_ruleset(root)
        except RulesetError as e:  # not a ruleset at all
            result.problems.extend(e.problems)
            continue
        result.rulesets.append(ruleset)
        result.problems.extend(problems)
        result.problems.extend(ruleset_citation_problems(ruleset))
    result.problems.extend(conflicts(result.rulesets))
    result.problems.sort(key=_order)
    return result


def _order(p: Problem) -> tuple:
    loc = p.location
    return (loc.file or "", loc.line or 0, loc.column or 0, p.message)

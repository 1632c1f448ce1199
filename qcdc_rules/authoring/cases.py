"""``qcdc-check test``: run the YAML test cases of rulesets and measure their coverage.

A rule is covered when its cases prove it can be met, can fail, and, if it has an
applicability condition, can not apply: one case expecting each. A provincial ruleset is
run on top of the national one, as ``--province`` applies it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..engine.rulebook import ParsedRule, RuleBook, Ruleset
from ..errors import InputError, Location, Problem
from ..load.ruleset import NATIONAL, bundled_root, conflicts, load_ruleset
from ..testing import CaseResult, CaseRunner, LoadedCase, load_cases
from .validate import ruleset_roots


@dataclass
class RuleCoverage:
    rule: str
    ruleset: str
    location: Location
    needs: frozenset[str]  # verdicts a case must expect: met, not_met (and not_applicable)
    has: frozenset[str]

    @property
    def missing(self) -> list[str]:
        return sorted(self.needs - self.has)

    @property
    def covered(self) -> bool:
        return not self.missing


@dataclass
class CaseRun:
    results: list[CaseResult] = field(default_factory=list)
    coverage: list[RuleCoverage] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # rulesets or case files that do not load

    @property
    def failed(self) -> list[CaseResult]:
        return [r for r in self.results if not r.passed]

    @property
    def coverage_percent(self) -> float:
        if not self.coverage:
            return 100.0
        return round(100 * sum(c.covered for c in self.coverage) / len(self.coverage), 1)


def needed_verdicts(parsed: ParsedRule) -> frozenset[str]:
    needs = {"met", "not_met"}
    if any(v.applies_if for v in parsed.versions):
        needs.add("not_applicable")
    return frozenset(needs)


def rule_coverage(ruleset: Ruleset, cases: list[LoadedCase]) -> list[RuleCoverage]:
    out = []
    for parsed in ruleset.rules:
        has = frozenset(c.case.expect.value for c in cases if c.case.rule == parsed.id)
        out.append(RuleCoverage(parsed.id, ruleset.meta.name, parsed.location, needed_verdicts(parsed), has))
    return out


def book_for(ruleset: Ruleset) -> RuleBook:
    """What the ruleset's cases run against: a provincial ruleset sits on the national one."""
    if ruleset.meta.province is None:
        return RuleBook([ruleset])
    national = load_ruleset(bundled_root() / NATIONAL)
    problems = conflicts([national, ruleset])
    if problems:
        raise InputError(problems)
    return RuleBook([national, ruleset])


def matches(case: LoadedCase, keyword: str | None) -> bool:
    """``-k``: a case runs if the keyword is in its rule id or its name (any case)."""
    return keyword is None or keyword.casefold() in case.id.casefold()


def run_tests(paths: list[str | Path], keyword: str | None = None, engine: str = "durable") -> CaseRun:
    run = CaseRun()
    for root in ruleset_roots(paths):
        try:
            ruleset = load_ruleset(root)
            book = book_for(ruleset)
            cases = load_cases(root, ruleset.meta.province)
        except InputError as e:
            run.problems.extend(e.problems)
            continue
        runner = CaseRunner(book, engine)
        run.results.extend(runner.run(c) for c in cases if matches(c, keyword))
        run.coverage.extend(rule_coverage(ruleset, cases))
    return run

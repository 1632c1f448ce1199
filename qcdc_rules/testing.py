"""Rule test cases as data: a profile fragment in, a verdict (and key facts) out.

One YAML file per group of rules, beside the rules (``<ruleset>/tests/<group>.yaml``)::

    cases:
      - name: met when one member per village
        rule: LDC-36-1
        as_of: 2024-06-30            # optional; default 2024-06-30
        profile:                     # merged onto a minimal profile of that type
          type: commune
          headcount: {villages: 6}
          boards: [...]
        expect: met                  # one of the six verdict codes
        reason: condition            # optional: the reason code of a not-applicable verdict
        checks: [true, false]        # optional: status of each required check, in order

pytest collects every case as its own test (tests/test_rule_cases.py)."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, field_validator

from .engine.evaluate import Evaluator, make_matcher
from .engine.rulebook import RuleBook
from .errors import Location, Problem, RulesetError
from .load.validation import problems_from_validation
from .load.yaml_loader import load_yaml
from .model.common import Strict, VNDate
from .model.profile import Profile
from .model.verdict import Finding, Verdict

DEFAULT_AS_OF = "2024-06-30"


class Case(Strict):
    name: str
    rule: str
    profile: dict[str, Any]
    as_of: VNDate | None = None
    expect: Verdict
    reason: str | None = None
    checks: list[bool | None] | None = Field(None, description="true/false/null per required check")
    since: VNDate | None = Field(None, description="Start of the inspected period (default: 12 months)")
    periods: dict[str, Verdict] | None = Field(None, description="Verdict of each period of a recurring duty")
    days_late: int | None = Field(None, description="Days late of the worst period")

    @field_validator("profile")
    @classmethod
    def _typed(cls, value: dict) -> dict:
        if "type" not in value:
            raise ValueError("a case's profile needs 'type'")
        return value


class _CaseFile(Strict):
    cases: list[Case]


@dataclass
class LoadedCase:
    case: Case
    file: Path
    location: Location
    province: str | None

    @property
    def id(self) -> str:
        return f"{self.case.rule}::{self.case.name}"


def build_profile(fragment: dict[str, Any], as_of: dt.date | None) -> Profile:
    data = {"id": "test-unit", "name": "Đơn vị thử", "as_of": (as_of or DEFAULT_AS_OF)}
    data.update(copy.deepcopy(fragment))
    if as_of is not None:
        data["as_of"] = as_of
    return Profile.model_validate(data)


def load_cases(ruleset_root: Path, province: str | None = None) -> list[LoadedCase]:
    out: list[LoadedCase] = []
    problems: list[Problem] = []
    for path in sorted((ruleset_root / "tests").glob("*.yaml")):
        loaded = load_yaml(path)
        try:
            body = _CaseFile.model_validate(loaded.data)
        except ValidationError as e:
            problems.extend(problems_from_validation(e, loaded, _CaseFile, code="test"))
            continue
        for i, case in enumerate(body.cases):
            out.append(LoadedCase(case, path, loaded.locate(("cases", i, "name")), province))
    if problems:
        raise RulesetError(problems)
    return out


@dataclass
class CaseResult:
    case: LoadedCase
    passed: bool
    finding: Finding | None
    message: str


def one_rule_book(book: RuleBook, rule_id: str) -> RuleBook:
    """The book with its rulesets, parameters and targets as they are and only one rule.

    A rule is judged on its own conditions, its parameters and the profile: no rule reads
    another's verdict. So its finding is the one the whole book gives, and a case needs only
    its own rule compiled: a plan of one rule instead of 271 for each case's as-of date (1,565
    cases in ~3 s instead of ~50 s). tests/engine/test_differential.py holds the two equal."""
    return RuleBook([dataclasses.replace(rs, rules=[r for r in rs.rules if r.id == rule_id])
                     for rs in book.rulesets])


class CaseRunner:
    """Runs cases against ``book``, each with an evaluator of its one rule (``one_rule_book``),
    kept for the next case of the same rule; all share one matcher."""

    def __init__(self, book: RuleBook, matcher: str = "durable"):
        self.book = book
        self._matcher = make_matcher(matcher)  # one for all: durable-rules programs are kept per matcher
        self._by_rule: dict[str, tuple[RuleBook, Evaluator]] = {}

    def run(self, lc: LoadedCase) -> CaseResult:
        rule = lc.case.rule
        if rule not in self._by_rule:
            if self.book.rule(rule) is None:
                return run_case(lc, self.book, None)
            one = one_rule_book(self.book, rule)
            self._by_rule[rule] = (one, Evaluator(one, self._matcher))
        return run_case(lc, *self._by_rule[rule])


def run_case(lc: LoadedCase, book: RuleBook, evaluator: Evaluator | None) -> CaseResult:
    """One case evaluated with ``evaluator`` over the whole of ``book`` (``CaseRunner`` runs it
    over the case's rule alone)."""
    case = lc.case
    if book.rule(case.rule) is None:
        return CaseResult(lc, False, None, f"no rule {case.rule} in the loaded rulesets")
    try:
        profile = build_profile(case.profile, case.as_of)
    except ValidationError as e:
        return CaseResult(lc, False, None, f"the case's profile does not validate: {e.errors()[0]['msg']}")
    report = evaluator.evaluate(profile, since=case.since)
    finding = next(f for f in report.findings if f.rule == case.rule)
    wrong = []
    if finding.verdict != case.expect:
        detail = f" ({finding.reason.code}: {finding.reason.detail})" if finding.reason else ""
        wrong.append(f"verdict {finding.verdict.value}{detail}, expected {case.expect.value}")
    if case.reason is not None and (finding.reason is None or finding.reason.code != case.reason):
        wrong.append(f"reason {finding.reason.code if finding.reason else None}, expected {case.reason}")
    if case.periods is not None:
        got = {p.label: p.verdict for p in finding.periods}
        if got != case.periods:
            wrong.append(f"periods {_show(got)}, expected {_show(case.periods)}")
    if case.days_late is not None:
        late = [p.days_late for p in finding.periods if p.days_late is not None]
        if max(late, default=None) != case.days_late:
            wrong.append(f"days late {max(late, default=None)}, expected {case.days_late}")
    if case.checks is not None:
        statuses = _check_statuses(finding)
        expected = ["unknown" if c is None else ("true" if c else "false") for c in case.checks]
        if statuses != expected:
            wrong.append(f"checks {statuses}, expected {expected}")
    return CaseResult(lc, not wrong, finding, "; ".join(wrong) or "ok")


def _show(periods: dict) -> str:
    return ", ".join(f"{k}: {v.value}" for k, v in periods.items())


def _check_statuses(finding: Finding) -> list[str]:
    return [c.status for c in finding.checks]

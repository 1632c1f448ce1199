"""Evaluate one unit profile against a rule book: every rule gets exactly one verdict.

Order of decision for each rule:
1. the unit's type is not one the rule binds → not applicable;
2. no version of the rule is in force on the as-of date → not applicable (not yet / no
   longer in force);
3. the version's applicability condition is false → not applicable; unknown → missing
   evidence (not-applicable never comes from missing data);
4. a valid waiver (justified, approved, not expired) → waived;
5. the requirement: true → met, false → not met, unknown → missing evidence; for a
   recurring duty not yet due and not yet met → not applicable (not yet due);
6. anything that goes wrong while evaluating → error, with the reason."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, field

from ..errors import EngineError, EngineLimitError, QcdcError
from ..legal.citations import format_citation, instrument
from ..model.common import Localized
from ..model.profile import Profile
from ..model.ruleset import Source
from ..model.verdict import (CheckResult, CitationOut, Finding, PeriodOut, Reason, UnitOut, UnitReport, Verdict,
                             summarise)
from ..time.periods import last_closed_period
from .compile import Consts, Period, PlanBuilder, PredTable, bind
from .facts import FactSet, build_facts
from .fold import Fold
from .matchers import Matcher, PythonMatcher, ReferenceMatcher
from .rulebook import ParsedRule, ParsedVersion, RuleBook


@dataclass
class BoundVersion:
    parsed: ParsedVersion
    applies_if: list  # [(label, node)]
    requires: list
    period: Period | None
    error: str | None = None


@dataclass
class Plan:
    table: PredTable
    builder: PlanBuilder
    versions: dict[str, list[BoundVersion]] = field(default_factory=dict)


def make_matcher(name: str) -> Matcher:
    if name == "durable":
        from .durable import DurableMatcher
        return DurableMatcher()
    if name == "python":
        return PythonMatcher()
    if name == "reference":
        return ReferenceMatcher()
    raise ValueError(f"unknown matcher '{name}': use durable, python or reference")


_SOURCE_RANK = {Source.primary: 0, Source.transcription: 1, Source.secondary: 2}


class Evaluator:
    """Compiles a rule book once per (as-of date, unit type, work year) and evaluates
    profiles against it. Not thread-safe: durable-rules state is per process."""

    def __init__(self, book: RuleBook, matcher: Matcher | str = "durable", plan_cache: int = 32):
        self.book = book
        self.matcher = make_matcher(matcher) if isinstance(matcher, str) else matcher
        self._plans: OrderedDict[tuple, Plan] = OrderedDict()
        self._plan_cache = plan_cache

    # -- plans ---------------------------------------------------------------------------
    def plan(self, as_of: dt.date, unit_type: str, start_month: int = 1) -> Plan:
        key = (as_of, unit_type, start_month)
        plan = self._plans.get(key)
        if plan is not None:
            self._plans.move_to_end(key)
            return plan
        plan = self._build_plan(as_of, unit_type, start_month)
        self._plans[key] = plan
        while len(self._plans) > self._plan_cache:
            self._plans.popitem(last=False)
        return plan

    def _build_plan(self, as_of: dt.date, unit_type: str, start_month: int) -> Plan:
        table = PredTable()
        builder = PlanBuilder(table)
        plan = Plan(table, builder)
        params = self.book.params_at(as_of)
        for parsed in self.book.rules:
            rule = parsed.rule
            bound_versions = []
            for pv in parsed.versions:
                if unit_type not in [t.value for t in pv.spec.applies_to] or not pv.spec.in_force(as_of):
                    continue
                period = None
                bv = BoundVersion(pv, [], [], None)
                try:
                    if rule.recurs is not None:
                        month = start_month if rule.recurs.work_year else 1
                        due_months = rule.recurs.due_months_after_end
                        if isinstance(due_months, str):
                            due_months = params[due_months]
                        start, end, due, label = last_closed_period(as_of, rule.recurs.every, month, due_months)
                        period = bv.period = Period(start, end, due, label)
                    consts = Consts(as_of, params, period)
                    for attr in ("applies_if", "requires"):
                        for check in getattr(pv, attr):
                            node = bind(check.node, consts)
                            builder.add(node)
                            getattr(bv, attr).append((check.label, node))
                except KeyError as e:
                    bv.error = f"parameter {e} has no value on {as_of.isoformat()}"
                except (QcdcError, ValueError) as e:
                    bv.error = str(e)
                except Exception as e:  # the SyntaxProblem of a condition that cannot compile
                    bv.error = f"{type(e).__name__}: {e}"
                bound_versions.append(bv)
            plan.versions[rule.id] = bound_versions
        return plan

    # -- evaluation ----------------------------------------------------------------------
    def evaluate(self, profile: Profile, as_of: dt.date | None = None, file: str | None = None) -> UnitReport:
        as_of = as_of or profile.as_of
        unit_type = profile.type.value
        plan = self.plan(as_of, unit_type, profile.attributes.work_year_start_month)
        facts = build_facts(profile, as_of, self.book.unit_fields_in_items)
        warnings: list[str] = []
        try:
            matches = self.matcher.match(plan.table, facts)
            engine_error = None
        except (EngineError, EngineLimitError) as e:
            matches, engine_error = None, str(e)
        findings = []
        for parsed in self.book.rules:
            findings.append(self._rule(parsed, plan, facts, matches, engine_error, profile, as_of, warnings))
        findings.sort(key=lambda f: _rule_sort_key(f.rule))
        unit = UnitOut(id=profile.id, name=profile.name, type=unit_type,
                       admin_path=[{"level": a.level.value, "name": a.name} for a in profile.admin_path],
                       file=file)
        return UnitReport(unit=unit, as_of=as_of.isoformat(),
                          rulesets=[{"name": rs.meta.name, "version": rs.meta.version} for rs in self.book.rulesets],
                          findings=findings, summary=summarise(findings), warnings=sorted(set(warnings)))

    def _rule(self, parsed: ParsedRule, plan: Plan, facts: FactSet, matches, engine_error: str | None,
              profile: Profile, as_of: dt.date, warnings: list[str]) -> Finding:
        rule = parsed.rule
        unit_type = profile.type
        typed = [pv for pv in parsed.versions if unit_type in pv.spec.applies_to]
        if not typed:
            return self._finding(parsed, parsed.versions[0], Verdict.not_applicable,
                                 Reason(code="unit_type", detail={"applies_to": [t.value for t in rule.unit_types]}))
        bound = plan.versions.get(rule.id, [])
        if not bound:
            starts = [pv.spec.from_ for pv in typed if pv.spec.from_ and pv.spec.from_ > as_of]
            if starts and all(pv.spec.from_ and pv.spec.from_ > as_of for pv in typed):
                first = min(typed, key=lambda pv: pv.spec.from_)
                return self._finding(parsed, first, Verdict.not_applicable,
                                     Reason(code="not_in_force", detail={"from": min(starts).isoformat()}))
            last = max(typed, key=lambda pv: pv.spec.to or dt.date.max)
            return self._finding(parsed, last, Verdict.not_applicable,
                                 Reason(code="no_longer_in_force",
                                        detail={"to": last.spec.to.isoformat() if last.spec.to else None}))
        if engine_error is not None:
            return self._finding(parsed, bound[0].parsed, Verdict.error,
                                 Reason(code="error", detail={"message": engine_error}))
        try:
            return self._decide(parsed, bound, plan, facts, matches, profile, as_of, warnings)
        except Exception as e:  # a rule must fail alone, visibly, never take the report down
            return self._finding(parsed, bound[0].parsed, Verdict.error,
                                 Reason(code="error", detail={"message": f"{type(e).__name__}: {e}"}))

    def _decide(self, parsed: ParsedRule, bound: list[BoundVersion], plan: Plan, facts: FactSet, matches,
                profile: Profile, as_of: dt.date, warnings: list[str]) -> Finding:
        fold = Fold(plan.builder, matches, facts)
        candidates = []
        for bv in bound:
            if bv.error:
                return self._finding(parsed, bv.parsed, Verdict.error,
                                     Reason(code="error", detail={"message": bv.error}), period=bv.period)
            value, checks = fold.run_all(bv.applies_if)
            candidates.append((bv, value, checks))
        applicable = [c for c in candidates if c[1] is True]
        if len(applicable) > 1:
            return self._finding(parsed, applicable[0][0].parsed, Verdict.error,
                                 Reason(code="error", detail={"message": "two versions of the rule apply at once"}))
        if not applicable:
            unknown = [c for c in candidates if c[1] is None]
            if unknown:
                bv, _, checks = unknown[0]
                return self._finding(parsed, bv.parsed, Verdict.missing_evidence, None, applicability=checks,
                                     period=bv.period)
            bv, _, checks = candidates[0]
            return self._finding(parsed, bv.parsed, Verdict.not_applicable, Reason(code="condition"),
                                 applicability=checks, period=bv.period)
        bv, _, app_checks = applicable[0]
        spec = bv.parsed.spec
        if bv.period is not None and spec.from_ is not None and bv.period.due < spec.from_:
            # The last closed period fell due before this text was in force: nothing is owed under it yet.
            return self._finding(parsed, bv.parsed, Verdict.not_applicable,
                                 Reason(code="not_in_force", detail={"from": spec.from_.isoformat(),
                                                                     "period": bv.period.label}),
                                 applicability=app_checks, period=bv.period)
        waiver = self._waiver(parsed.id, profile, as_of, warnings)
        if waiver is not None:
            return self._finding(parsed, bv.parsed, Verdict.waived, waiver, applicability=app_checks,
                                 period=bv.period)
        value, checks = fold.run_all(bv.requires)
        verdict = {True: Verdict.met, False: Verdict.not_met, None: Verdict.missing_evidence}[value]
        reason = None
        if verdict is not Verdict.met and bv.period is not None and bv.period.due >= as_of:
            verdict, reason = Verdict.not_applicable, Reason(code="not_yet_due",
                                                             detail={"due": bv.period.due.isoformat()})
        return self._finding(parsed, bv.parsed, verdict, reason, applicability=app_checks, checks=checks,
                             period=bv.period)

    @staticmethod
    def _waiver(rule_id: str, profile: Profile, as_of: dt.date, warnings: list[str]) -> Reason | None:
        for w in profile.waivers:
            if w.rule != rule_id:
                continue
            if w.expires < as_of:
                warnings.append(f"waiver of {rule_id} expired on {w.expires.isoformat()}; the rule was checked")
                continue
            return Reason(code="waiver", detail={"justification": w.justification, "approver": w.approver,
                                                 "expires": w.expires.isoformat()})
        return None

    @staticmethod
    def _finding(parsed: ParsedRule, pv: ParsedVersion, verdict: Verdict, reason: Reason | None,
                 applicability: list[CheckResult] | None = None, checks: list[CheckResult] | None = None,
                 period: Period | None = None) -> Finding:
        rule = parsed.rule
        citations = []
        source = rule.source
        for c in pv.spec.citations:
            inst = instrument(c.instrument)
            inst_source = Source(inst.source)
            if _SOURCE_RANK[inst_source] > _SOURCE_RANK[source]:
                source = inst_source
            citations.append(CitationOut(
                instrument=c.instrument, article=c.article, clause=c.clause, point=c.point,
                text=Localized(vi=format_citation(c.instrument, c.article, c.clause, c.point, "vi"),
                               en=format_citation(c.instrument, c.article, c.clause, c.point, "en")),
                quote=c.quote, source=inst_source.value))
        return Finding(
            rule=rule.id, verdict=verdict, severity=rule.severity.value, advisory=rule.advisory,
            title=rule.title, remediation=rule.remediation, citations=citations,
            version={"from": pv.spec.from_.isoformat() if pv.spec.from_ else None,
                     "to": pv.spec.to.isoformat() if pv.spec.to else None},
            source=source.value, source_note=rule.source_note, note=pv.spec.note, reason=reason,
            period=PeriodOut(label=period.label, start=period.start.isoformat(), end=period.end.isoformat(),
                             due=period.due.isoformat()) if period else None,
            applicability=applicability or [], checks=checks or [])


def _rule_sort_key(rule_id: str) -> tuple:
    parts = rule_id.split("-")
    return (parts[0],) + tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts[1:])

"""Evaluate one unit profile against a rule book: every rule gets exactly one verdict.

Order of decision for each rule (and, for a recurring duty, for each period):
1. the unit's type is not one the rule binds → not applicable;
2. no version of the rule is in force on the as-of date → not applicable (not yet / no
   longer in force); a period that fell due before its text was in force is not owed;
3. the version's applicability condition is false → not applicable; unknown → missing
   evidence (not-applicable never comes from missing data);
4. a valid waiver (justified, approved, not expired) → waived;
5. the requirement: true → met, false → not met, unknown → missing evidence; a period
   not yet due and not yet met → not applicable (not yet due);
6. anything that goes wrong while evaluating → error, with the reason.

A recurring duty is checked for every period that closed within the inspected window
(by default the 12 months before the as-of date); each period has its own verdict, days
late and evidence, and the rule's verdict is the worst of them."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, field

from ..errors import EngineError, EngineLimitError, QcdcError
from ..legal.citations import format_citation, instrument
from ..lang.ast import Name, Node, walk
from ..lang.typecheck import caveat_condition
from ..model.common import Localized, trusted
from ..model.fact_schema import COLLECTIONS
from ..model.profile import Profile
from ..model.ruleset import Source
from ..model.verdict import (CheckResult, CitationOut, Finding, Measured, Notice, PeriodResult, Reason, UnitOut, UnitReport, Upcoming,
                             Verdict, score_of, summarise)
from ..time.calendar import years_without_swaps
from ..time.periods import Period, closed_periods, default_since, next_period
from .compile import Consts, PlanBuilder, PredTable, bind, compile_check
from .facts import FactSet, build_facts
from .fold import Fold
from .matchers import Matcher, PythonMatcher, ReferenceMatcher, match_many
from .reference import truth
from .rulebook import ParsedRule, ParsedVersion, RuleBook


@dataclass
class Binding:
    """One version of a rule, bound to the constants of one evaluation (and one period)."""

    parsed: ParsedVersion
    period: Period | None
    applies_if: list = field(default_factory=list)  # [(label, node)]
    requires: list = field(default_factory=list)
    done: Node | None = None
    error: str | None = None
    unverified: list[str] = field(default_factory=list)  # parameters read whose value is not confirmed
    added: list[Node] = field(default_factory=list)  # its bound trees that compiled, in order, into the plan


@dataclass
class _Unit:
    """A unit ready to match: its profile, dates, plan and facts."""

    profile: Profile
    as_of: dt.date
    since: dt.date
    file: str | None
    plan: "Plan"
    facts: FactSet


@dataclass
class Plan:
    table: PredTable
    builder: PlanBuilder
    bindings: dict[str, list[Binding]] = field(default_factory=dict)
    # recurring rules whose every period in the window fell due before their text was in force
    not_yet_owed: dict[str, tuple[dt.date, str]] = field(default_factory=dict)


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
_WORST = [Verdict.error, Verdict.not_met, Verdict.missing_evidence, Verdict.met, Verdict.waived,
          Verdict.not_applicable]


class Evaluator:
    """Evaluates profiles against a rule book, with a plan for each set of bindings the as-of dates,
    windows, unit types and work years select. Not thread-safe: durable-rules state is per process.

    A plan is not made per as-of date. Each condition is bound once for each value of the constants
    it reads (the as-of date if it reads it, the parameters it reads, the period's dates), and what
    it compiles to is kept on the bound tree (compile.true_false); two dates that select the same
    versions, periods and bound conditions get the same plan, and with it the same durable-rules
    program. A few conditions read the as-of date itself and are bound for each date; the others are
    shared by every date on which their versions, periods and parameters are the same."""

    def __init__(self, book: RuleBook, matcher: Matcher | str = "durable", plan_cache: int = 32):
        self.book = book
        self.matcher = make_matcher(matcher) if isinstance(matcher, str) else matcher
        self._plans: OrderedDict[tuple, Plan] = OrderedDict()  # signature of the bindings → plan
        self._by_date: OrderedDict[tuple, Plan] = OrderedDict()  # (as_of, since, unit type, month) → plan
        self._plan_cache = plan_cache
        self._bound: dict[tuple, Node] = {}  # (condition, the constants it reads) → bound tree
        self._groups: dict[int, int] = {}  # id(bound tree) → Pred.group: the dates that share it
        self._by_type: dict = {}  # unit type → [(rule, its versions for that type)] (``_typed``)
        self._reads: dict[int, tuple] = {}  # id(condition) → the constants it reads
        self._params_read: dict[int, frozenset[str]] = {}  # id(version) → the parameters its conditions read
        self.plans_built = 0

    # -- plans ---------------------------------------------------------------------------
    def plan(self, as_of: dt.date, unit_type: str, start_month: int = 1, since: dt.date | None = None) -> Plan:
        since = since or default_since(as_of)
        key = (as_of, since, unit_type, start_month)
        plan = self._by_date.get(key)
        if plan is not None:
            self._by_date.move_to_end(key)
            return plan
        plan = self._build_plan(as_of, since, unit_type, start_month)
        self._by_date[key] = plan
        while len(self._by_date) > self._plan_cache * 8:  # a plan's key is small; many dates share a plan
            self._by_date.popitem(last=False)
        return plan

    def _build_plan(self, as_of: dt.date, since: dt.date, unit_type: str, start_month: int) -> Plan:
        bindings, not_yet_owed = self._bindings(as_of, since, unit_type, start_month)
        # The plan is what the bindings are: the versions, periods, bound trees (the same object for
        # the same constants, compare by identity), errors and unverified parameters of every rule.
        signature = (unit_type, tuple(not_yet_owed.items()), tuple(
            (rule_id, tuple((id(b.parsed), _period_key(b.period), tuple(n for _, n in b.applies_if),
                             tuple(n for _, n in b.requires), b.done, b.error, tuple(b.unverified), len(b.added))
                            for b in group)) for rule_id, group in bindings.items()))
        plan = self._plans.get(signature)
        if plan is not None:
            self._plans.move_to_end(signature)
            return plan
        table = PredTable()
        plan = Plan(table, PlanBuilder(table), bindings, not_yet_owed)
        for group in bindings.values():
            for b in group:
                for node in b.added:  # in the order, and as far as, they compiled
                    plan.builder.add(node, self._groups.get(id(node), 0))
        self.plans_built += 1
        self._plans[signature] = plan
        while len(self._plans) > self._plan_cache:
            self._plans.popitem(last=False)
        return plan

    def _bindings(self, as_of: dt.date, since: dt.date, unit_type: str,
                  start_month: int) -> tuple[dict[str, list[Binding]], dict[str, tuple[dt.date, str]]]:
        out: dict[str, list[Binding]] = {}
        not_yet_owed: dict[str, tuple[dt.date, str]] = {}
        params = self.book.params_at(as_of)
        unverified = {name for name, p in self.book.parameters.items()
                      if (v := p.value_at(as_of)) is not None and v.unverified}
        for parsed, versions in self._typed(unit_type):
            rule = parsed.rule
            in_force = any(pv.spec.in_force(as_of) for pv in versions)
            if not versions or (not in_force and rule.recurs is None):
                continue
            bindings: list[Binding] = []
            if rule.recurs is None:
                for pv in versions:
                    if pv.spec.in_force(as_of):
                        bindings.append(self._bind(pv, None, None, as_of, params, unverified))
            else:
                month = start_month if rule.recurs.work_year else 1
                due_months = rule.recurs.due_months_after_end
                try:
                    due_months = params[due_months] if isinstance(due_months, str) else due_months
                    periods = closed_periods(as_of, since, rule.recurs.every, month, due_months)
                except (KeyError, ValueError) as e:
                    if not in_force:
                        continue  # e.g. its parameters start with the text: nothing owed yet
                    bindings.append(Binding(versions[0], None, error=f"cannot compute the periods: {e}"))
                    periods = []
                # a deadline counted from an unverified number is itself unverified
                due_unverified = {rule.recurs.due_months_after_end} & unverified
                for period in periods:
                    # The duty for a period is owed under the text in force when it fell due.
                    day = min(period.due, as_of)
                    owed = [pv for pv in versions if pv.spec.in_force(day)]
                    for pv in owed:
                        b = self._bind(pv, period, parsed.done, as_of, params, unverified)
                        b.unverified = sorted(set(b.unverified) | due_unverified)
                        bindings.append(b)
                if not in_force and not bindings:
                    continue  # not yet, or no longer, in force, and no closed period owed under it
                if periods and not bindings:
                    first = min((pv.spec.from_ for pv in versions if pv.spec.from_), default=as_of)
                    not_yet_owed[rule.id] = (first, periods[-1].label)
            out[rule.id] = bindings
        return out, not_yet_owed

    def _bind(self, pv: ParsedVersion, period: Period | None, done: Node | None, as_of: dt.date,
              params: dict, unverified: set[str]) -> Binding:
        b = Binding(pv, period)
        read = self._params_read.get(id(pv))
        if read is None:
            read = self._params_read[id(pv)] = frozenset(
                n.parts[1] for check in pv.applies_if + pv.requires for n in walk(check.node)
                if isinstance(n, Name) and n.parts[0] == "params")
        b.unverified = sorted(read & unverified)
        try:
            consts = Consts(as_of, params, period)
            for attr in ("applies_if", "requires"):
                for check in getattr(pv, attr):
                    node = self._bound_tree(check.node, consts)
                    compile_check(node)
                    b.added.append(node)
                    getattr(b, attr).append((check.label, node))
            if done is not None and period is not None:
                b.done = self._bound_tree(done, consts)
                compile_check(b.done)
                b.added.append(b.done)
        except KeyError as e:
            b.error = f"parameter {e} has no value on {as_of.isoformat()}"
        except (QcdcError, ValueError) as e:
            b.error = str(e)
        except Exception as e:  # the SyntaxProblem of a condition that cannot compile
            b.error = f"{type(e).__name__}: {e}"
        return b

    def _bound_tree(self, node: Node, consts: Consts) -> Node:
        """``bind(node, consts)``, the same tree for the same values of the constants ``node`` reads."""
        reads = self._reads.get(id(node))
        if reads is None:
            reads = self._reads[id(node)] = tuple(sorted({n.parts[:2] for n in walk(node)
                                                          if isinstance(n, Name) and n.scope == "const"}))
        values = []
        for name in reads:  # a parameter without a value raises KeyError, as bind does
            root = name[0]
            values.append(consts.as_of if root == "as_of" else consts.params[name[1]] if root == "params"
                          else _period_key(consts.period))
        key = (id(node), *values)
        try:
            bound = self._bound.get(key)
        except TypeError:  # a value that cannot be a key: bound afresh, never wrongly shared
            return bind(node, consts)
        if bound is None:
            bound = self._bound[key] = bind(node, consts)
            roots = {name[0] for name in reads}
            self._groups[id(bound)] = 2 if "as_of" in roots else 1 if roots - {"params"} else 0
        return bound

    # -- evaluation ----------------------------------------------------------------------
    def evaluate(self, profile: Profile, as_of: dt.date | None = None, file: str | None = None,
                 since: dt.date | None = None, own_type_only: bool = False, details: bool = True) -> UnitReport:
        """The unit's report. With ``own_type_only`` (the scorecard's workers), rules written for other
        types of unit get no finding, only their count among the summary's not-applicable ones: a
        village is bound by a tenth of the catalogue, and the rest was built to be thrown away.
        Without ``details`` the checks say their status but not what each leaf expected and found
        (``Fold.details``): the same verdicts, for a scorecard that never shows them."""
        unit = self._prepare(profile, as_of, file, since)
        return self._report(unit, *self._match_alone(unit), own_type_only, details)

    def evaluate_many(self, units: list[tuple[Profile, dt.date | None, str | None, dt.date | None]],
                      own_type_only: bool = False, details: bool = True) -> list[UnitReport]:
        """``evaluate(profile, as_of, file, since)`` of each unit, the same reports, with the units that
        share a plan matched together (durable-rules: one session per shard for all of them)."""
        prepared = [self._prepare(*u) for u in units]
        groups: dict[int, list[int]] = {}
        for i, u in enumerate(prepared):
            groups.setdefault(id(u.plan.table), []).append(i)
        matched: list[tuple] = [(None, None)] * len(prepared)
        for members in groups.values():
            table = prepared[members[0]].plan.table
            try:
                for i, m in zip(members, match_many(self.matcher, table, [prepared[i].facts for i in members])):
                    matched[i] = (m, None)
            except (EngineError, EngineLimitError):
                # one unit's facts can fail the batch: each is matched alone, so only its report says so
                for i in members:
                    matched[i] = self._match_alone(prepared[i])
        return [self._report(u, *m, own_type_only, details) for u, m in zip(prepared, matched)]

    def _match_alone(self, unit: "_Unit") -> tuple:
        """(the unit's matches, None), or (None, why) when the matcher fails on its facts."""
        try:
            return self.matcher.match(unit.plan.table, unit.facts), None
        except (EngineError, EngineLimitError) as e:
            return None, str(e)

    def _prepare(self, profile: Profile, as_of: dt.date | None, file: str | None, since: dt.date | None) -> "_Unit":
        as_of = as_of or profile.as_of
        since = since or profile.inspected_from or default_since(as_of)
        plan = self.plan(as_of, profile.type.value, profile.attributes.work_year_start_month, since)
        return _Unit(profile, as_of, since, file, plan, build_facts(profile, as_of, self.book.unit_fields_in_items, since))

    def _report(self, u: "_Unit", matches, engine_error: str | None, own_type_only: bool,
                details: bool) -> UnitReport:
        profile, as_of, since, plan, facts = u.profile, u.as_of, u.since, u.plan, u.facts
        unit_type = profile.type.value
        warnings: list[Notice] = []
        findings = []
        other = {"counts": 0, "advisory": 0}
        for parsed, typed in self._typed(profile.type):
            if own_type_only and not typed:
                other["advisory" if parsed.rule.advisory else "counts"] += 1
                continue
            findings.append(self._rule(parsed, typed, plan, facts, matches, engine_error, profile, as_of, warnings,
                                       details))
        findings.sort(key=lambda f: _rule_sort_key(f.rule))
        summary = summarise(findings)
        summary.counts[Verdict.not_applicable.value] += other["counts"]
        summary.advisory_counts[Verdict.not_applicable.value] += other["advisory"]
        summary.score = score_of(summary.counts)
        days = [as_of] + [dt.date.fromisoformat(p.due) for f in findings for p in f.periods]
        warnings.extend(Notice(code="calendar_year_unknown", detail={"year": y}) for y in years_without_swaps(days))
        unit = UnitOut(id=profile.id, name=profile.name, type=unit_type,
                       admin_path=[{"level": a.level.value, "name": a.name} for a in profile.admin_path],
                       file=u.file)
        return UnitReport(unit=unit, as_of=as_of.isoformat(), inspected_from=since.isoformat(),
                          rulesets=[{"name": rs.meta.name, "version": rs.meta.version, "title_vi": rs.meta.title.vi,
                                     "title_en": rs.meta.title.en} for rs in self.book.rulesets],
                          findings=findings, summary=summary, warnings=_unique(warnings),
                          measures=self._measures(profile, facts, as_of))

    def _measures(self, profile: Profile, facts: FactSet, as_of: dt.date) -> list[Measured]:
        """This unit's counts for each ratio target in force that applies to its type."""
        out = []
        for rs in self.book.rulesets:
            for pt in rs.targets:
                target = pt.target
                start = target.effective.get("from")
                if pt.numerator is None or profile.type not in target.applies_to or (start and start > as_of):
                    continue
                num = den = unknown = 0
                for item in facts.items.get(target.measure.collection, ()):
                    if pt.where is not None and truth(pt.where, item, "item") is not True:
                        continue
                    den += 1
                    answer = truth(pt.numerator, item, "item")
                    num += answer is True
                    unknown += answer is None
                out.append(Measured(target=target.id, numerator=num, denominator=den, unknown=unknown))
        return out

    def _typed(self, unit_type) -> list[tuple[ParsedRule, list[ParsedVersion]]]:
        """Every rule with its versions that bind this type of unit (a UnitType or its value: they are
        equal and hash alike), none for a rule of other types; made once a type."""
        hit = self._by_type.get(unit_type)
        if hit is None:
            hit = self._by_type[unit_type] = [
                (parsed, [pv for pv in parsed.versions if unit_type in pv.spec.applies_to]) for parsed in self.book.rules]
        return hit

    def _rule(self, parsed: ParsedRule, typed: list[ParsedVersion], plan: Plan, facts: FactSet, matches,
              engine_error: str | None, profile: Profile, as_of: dt.date, warnings: list[Notice],
              details: bool = True) -> Finding:
        rule = parsed.rule
        if not typed:
            return _finding(parsed, parsed.versions[0], Verdict.not_applicable,
                            Reason(code="unit_type", detail={"applies_to": [t.value for t in rule.unit_types]}), as_of=facts.as_of, unit=facts.unit)
        if rule.id not in plan.bindings:
            starts = [pv.spec.from_ for pv in typed if pv.spec.from_ and pv.spec.from_ > as_of]
            if starts and all(pv.spec.from_ and pv.spec.from_ > as_of for pv in typed):
                first = min(typed, key=lambda pv: pv.spec.from_)
                return _finding(parsed, first, Verdict.not_applicable,
                                Reason(code="not_in_force", detail={"from": min(starts).isoformat()}), as_of=facts.as_of, unit=facts.unit)
            last = max(typed, key=lambda pv: pv.spec.to or dt.date.max)
            return _finding(parsed, last, Verdict.not_applicable,
                            Reason(code="no_longer_in_force",
                                   detail={"to": last.spec.to.isoformat() if last.spec.to else None}), as_of=facts.as_of, unit=facts.unit)
        bindings = plan.bindings[rule.id]
        if not bindings:
            first, label = plan.not_yet_owed.get(rule.id, (as_of, ""))
            detail = {"from": first.isoformat(), "period": label} if label else {"from": first.isoformat()}
            return _finding(parsed, typed[0], Verdict.not_applicable, Reason(code="not_in_force", detail=detail), as_of=facts.as_of, unit=facts.unit)
        if engine_error is not None:
            return _finding(parsed, bindings[0].parsed, Verdict.error,
                            Reason(code="error", detail={"message": engine_error}), as_of=facts.as_of, unit=facts.unit)
        fold = Fold(plan.builder, matches, facts, details)
        if rule.recurs is None:
            return self._safely(parsed, bindings, fold, facts, profile, as_of, warnings)
        by_period: dict[str, list[Binding]] = {}
        for b in bindings:
            by_period.setdefault(b.period.label if b.period else "", []).append(b)  # no period: an error binding
        results = [self._safely(parsed, group, fold, facts, profile, as_of, warnings) for group in by_period.values()]
        return _combine(parsed, results)

    def _safely(self, parsed, bindings, fold, facts, profile, as_of, warnings) -> Finding:
        try:
            return self._decide(parsed, bindings, fold, facts, profile, as_of, warnings)
        except Exception as e:  # a rule must fail alone, visibly, never take the report down
            return _finding(parsed, bindings[0].parsed, Verdict.error,
                            Reason(code="error", detail={"message": f"{type(e).__name__}: {e}"}),
                            period=_period_result(bindings[0].period, Verdict.error), as_of=facts.as_of, unit=facts.unit)

    def _decide(self, parsed: ParsedRule, bindings: list[Binding], fold: Fold, facts: FactSet,
                profile: Profile, as_of: dt.date, warnings: list[Notice]) -> Finding:
        period = bindings[0].period
        candidates = []
        for b in bindings:
            if b.error:
                return _finding(parsed, b.parsed, Verdict.error, Reason(code="error", detail={"message": b.error}),
                                period=_period_result(period, Verdict.error), as_of=facts.as_of, unit=facts.unit)
            value, checks = fold.run_all(b.applies_if)
            candidates.append((b, value, checks))
        applicable = [c for c in candidates if c[1] is True]
        if len(applicable) > 1:
            return _finding(parsed, applicable[0][0].parsed, Verdict.error,
                            Reason(code="error", detail={"message": "two versions of the rule apply at once"}),
                            period=_period_result(period, Verdict.error), as_of=facts.as_of, unit=facts.unit)
        if not applicable:
            unknown = [c for c in candidates if c[1] is None]
            b, _, checks = unknown[0] if unknown else candidates[0]
            verdict = Verdict.missing_evidence if unknown else Verdict.not_applicable
            reason = None if unknown else Reason(code="condition")
            return _finding(parsed, b.parsed, verdict, reason, applicability=checks,
                            period=_period_result(period, verdict, reason), as_of=facts.as_of, unit=facts.unit)
        b, _, app_checks = applicable[0]
        waiver = _waiver(parsed.id, profile, as_of, warnings)
        if waiver is not None:
            return _finding(parsed, b.parsed, Verdict.waived, waiver, applicability=app_checks,
                            period=_period_result(period, Verdict.waived, waiver), as_of=facts.as_of, unit=facts.unit)
        value, checks = fold.run_all(b.requires)
        verdict = {True: Verdict.met, False: Verdict.not_met, None: Verdict.missing_evidence}[value]
        reason = None
        if verdict is not Verdict.met and period is not None and period.due >= as_of:
            verdict, reason = Verdict.not_applicable, Reason(code="not_yet_due", detail={"due": period.due.isoformat()})
        done_on = _done_on(b.done, fold, facts) if b.done is not None else None
        finding = _finding(parsed, b.parsed, verdict, reason, applicability=app_checks, checks=checks,
                           period=_period_result(period, verdict, reason, checks, done_on, as_of, b.done is not None), as_of=facts.as_of, unit=facts.unit)
        finding.unverified = b.unverified
        if b.unverified:
            params = self.book.parameters
            finding.unverified_labels = [params[n].description for n in b.unverified if n in params]
        return finding


def _period_key(period: Period | None) -> tuple | None:
    return None if period is None else (period.start, period.end, period.due, period.label, period.nominal_due,
                                         period.due_months, period.previous_due)


def _done_on(node: Node, fold: Fold, facts: FactSet) -> dt.date | None:
    """The date of the earliest item that discharges the duty (recurs.done), if any."""
    ap = fold.plan.aggs[id(node)]
    coll = ap.node.collection
    date_field = COLLECTIONS[coll].date_field
    t, _ = fold.matches[ap.where]
    days = [i[date_field] for i in facts.items.get(coll, ()) if i["id"] in t and date_field in i]
    return dt.date.fromordinal(min(days)) if days else None


def _period_result(period: Period | None, verdict: Verdict, reason: Reason | None = None,
                   checks: list[CheckResult] | None = None, done_on: dt.date | None = None,
                   as_of: dt.date | None = None, tracks_done: bool = False) -> PeriodResult | None:
    if period is None:
        return None
    days_late = None
    if tracks_done and as_of is not None:
        if done_on is not None:
            days_late = max((done_on - period.due).days, 0)
        elif verdict is Verdict.not_met and period.due < as_of:
            days_late = (as_of - period.due).days  # recorded as not done: overdue so far
    return trusted(
        PeriodResult, label=period.label, start=period.start.isoformat(), end=period.end.isoformat(), due=period.due.isoformat(),
        nominal_due=period.nominal_due.isoformat() if period.moved else None, due_months=period.due_months,
        verdict=verdict, reason=reason, done_on=done_on.isoformat() if done_on else None, days_late=days_late,
        checks=checks or [])


def _combine(parsed: ParsedRule, results: list[Finding]) -> Finding:
    """One verdict for a recurring duty: the worst of its periods; the finding shows the
    evidence of the worst, most recent period and lists every period."""
    worst = min(results, key=lambda f: (_WORST.index(f.verdict), -results.index(f)))
    periods = [p for f in results for p in f.periods]
    return worst.model_copy(update={"periods": periods})


def _unique(notices: list[Notice]) -> list[Notice]:
    seen = {n.model_dump_json(): n for n in notices}
    return [seen[k] for k in sorted(seen)]


def _waiver(rule_id: str, profile: Profile, as_of: dt.date, warnings: list[Notice]) -> Reason | None:
    for w in profile.waivers:
        if w.rule != rule_id:
            continue
        if w.expires < as_of:
            warnings.append(Notice(code="waiver_expired", detail={"rule": rule_id, "expires": w.expires.isoformat()}))
            continue
        return Reason(code="waiver", detail={"justification": w.justification, "approver": w.approver,
                                             "expires": w.expires.isoformat()})
    return None


def _finding(parsed: ParsedRule, pv: ParsedVersion, verdict: Verdict, reason: Reason | None,
             applicability: list[CheckResult] | None = None, checks: list[CheckResult] | None = None,
             period: PeriodResult | None = None, as_of: dt.date | None = None, unit: dict | None = None) -> Finding:
    rule = parsed.rule
    citations, source = _citations(pv, rule.source, as_of, unit)
    # trusted: every value below comes from a validated rule or from the evaluator, and a unit
    # report holds a finding per rule (244): validating each again was a fifth of a scorecard's time
    return trusted(
        Finding, rule=rule.id, verdict=verdict, severity=rule.severity.value, advisory=rule.advisory,
        title=rule.title, remediation=rule.remediation, citations=list(citations),
        version={"from": pv.spec.from_.isoformat() if pv.spec.from_ else None,
                 "to": pv.spec.to.isoformat() if pv.spec.to else None},
        source=source.value, source_note=rule.source_note, note=pv.spec.note, reason=reason,
        unverified=[], unverified_labels=[], periods=[period] if period else [], applicability=applicability or [],
        checks=checks or [])


def _citations(pv: ParsedVersion, rule_source: Source, as_of: dt.date | None = None,
               unit: dict | None = None) -> tuple[list[CitationOut], Source]:
    """A version's citations as reported, each with the caveats that hold on the as-of date for
    this unit, and the weakest source among the rule's and its instruments'; made once per set
    of caveats and kept on the version (it lives as long as its rule book)."""
    if pv.covering is None:
        pv.covering = tuple(tuple((i, cv) for i, cv in enumerate(instrument(c.instrument).caveats)
                                  if cv.covers(c.article, c.clause)) for c in pv.spec.citations)
    held = tuple(tuple(i for i, cv in covering if (as_of is None or cv.in_force_on(as_of)) and _holds(cv.when, unit))
                 for covering in pv.covering)
    if held in pv.reported:
        return pv.reported[held]
    citations, source = [], rule_source
    for c, indices in zip(pv.spec.citations, held):
        inst = instrument(c.instrument)
        inst_source = Source(inst.source)
        if _SOURCE_RANK[inst_source] > _SOURCE_RANK[source]:
            source = inst_source
        citations.append(CitationOut(
            instrument=c.instrument, article=c.article, clause=c.clause, point=c.point,
            text=Localized(vi=format_citation(c.instrument, c.article, c.clause, c.point, "vi"),
                           en=format_citation(c.instrument, c.article, c.clause, c.point, "en")),
            quote=c.quote, source=inst_source.value,
            caveats=[Localized(vi=inst.caveats[i].vi, en=inst.caveats[i].en) for i in indices]))
    pv.reported[held] = (citations, source)
    return pv.reported[held]


def _holds(when: str | None, unit: dict | None) -> bool:
    """Whether a caveat's unit condition holds (unknown does not: a caveat is shown where the
    profile says the unit is of that kind)."""
    if when is None:
        return True
    return unit is not None and truth(caveat_condition(when), unit, "unit") is True


def _rule_sort_key(rule_id: str) -> tuple:
    parts = rule_id.split("-")
    return (parts[0],) + tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts[1:])


def upcoming(evaluator: Evaluator, profile: Profile, report: UnitReport, within_days: int) -> list[Upcoming]:
    """What falls due in the ``within_days`` after the as-of date and is not yet done: the
    deadlines of recurring duties (a closed period not yet due, or the period under way) and the
    ends of board terms (a new board must be elected)."""
    as_of = dt.date.fromisoformat(report.as_of)
    horizon = as_of + dt.timedelta(days=within_days)
    facts = build_facts(profile, as_of, evaluator.book.unit_fields_in_items)
    params = evaluator.book.params_at(as_of)
    findings = {f.rule: f for f in report.findings}
    out: list[Upcoming] = []
    for parsed in evaluator.book.rules:
        rule = parsed.rule
        finding = findings[rule.id]
        if finding.reason is not None and finding.reason.code in ("unit_type", "no_longer_in_force"):
            continue
        citation = finding.citations[0].text if finding.citations else Localized(vi="", en="")
        if rule.recurs is not None and rule.recurs.done:  # an act to do, not a test of how it was done
            for p in finding.periods:  # closed, not yet due, not yet done
                if p.reason is not None and p.reason.code == "not_yet_due":
                    out.append(Upcoming(rule=rule.id, kind="duty", title=rule.title, period=p.label, due=p.due,
                                        days_left=(dt.date.fromisoformat(p.due) - as_of).days, citation=citation))
            month = profile.attributes.work_year_start_month if rule.recurs.work_year else 1
            due_months = rule.recurs.due_months_after_end
            due_months = params.get(due_months, 0) if isinstance(due_months, str) else due_months
            current = next_period(as_of, rule.recurs.every, month, due_months)
            if current.due <= horizon and not _done_in(parsed.done, current, facts, as_of, params):
                out.append(Upcoming(rule=rule.id, kind="duty", title=rule.title, period=current.label,
                                    due=current.due.isoformat(), days_left=(current.due - as_of).days,
                                    citation=citation))
    for board in facts.items.get("boards", []):
        if board.get("current") and "term_to" in board:
            end = dt.date.fromordinal(board["term_to"])
            if end <= horizon:
                out.append(Upcoming(rule="LDC-36-2" if profile.type.value == "commune" else "LDC-60-4",
                                    kind="term_end", title=Localized(
                                        vi=f"Hết nhiệm kỳ: {facts.labels[board['id']]} — bầu Ban nhiệm kỳ mới",
                                        en=f"Term ends: {facts.labels[board['id']]} — elect the next board"),
                                    due=end.isoformat(), days_left=(end - as_of).days,
                                    citation=Localized(vi="", en="")))
    return sorted((u for u in out if as_of <= dt.date.fromisoformat(u.due) <= horizon),
                  key=lambda u: (u.due, u.rule))


def _done_in(done: Node | None, period: Period, facts: FactSet, as_of: dt.date, params: dict) -> bool:
    """Whether the act that discharges a duty is already recorded for the period under way."""
    if done is None:
        return False
    node = bind(done, Consts(as_of, params, period))
    where = node.where
    return any(truth(where, item, "item") is True for item in facts.items.get(node.collection, ()))

"""Verdicts and reports: what the engine says about each (unit, rule) pair.

Everything here is data (JSON-ready, language-neutral); renderers turn it into
Vietnamese or English text. The score is a published formula over the verdicts (see
``Score``), recomputable from the JSON report alone."""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .common import Localized

REPORT_SCHEMA_VERSION = 3  # 2: warnings became {code, detail} objects, worded per language;
# 3: a citation's caveat became a list of caveats, dated and for some units only


class Verdict(str, Enum):
    met = "met"
    not_met = "not_met"
    not_applicable = "not_applicable"
    missing_evidence = "missing_evidence"
    waived = "waived"
    error = "error"

    def label(self, lang: str = "vi") -> str:
        return (_EN if lang == "en" else _VI)[self]

    @property
    def outstanding(self) -> bool:
        """A finding the unit has to act on (exit code 1)."""
        return self in (Verdict.not_met, Verdict.missing_evidence)


_VI = {Verdict.met: "Đạt", Verdict.not_met: "Không đạt", Verdict.not_applicable: "Không áp dụng",
       Verdict.missing_evidence: "Thiếu thông tin", Verdict.waived: "Miễn trừ", Verdict.error: "Lỗi"}
_EN = {Verdict.met: "Met", Verdict.not_met: "Not met", Verdict.not_applicable: "Not applicable",
       Verdict.missing_evidence: "Missing evidence", Verdict.waived: "Waived", Verdict.error: "Error"}

VERDICT_ORDER = [Verdict.not_met, Verdict.missing_evidence, Verdict.error, Verdict.met, Verdict.waived,
                 Verdict.not_applicable]


class Out(BaseModel):
    # defer_build: a report's models are made by the evaluator without validation (common.trusted), so
    # pydantic builds a model's validator and serializer when first used, not at import: ~35 ms of a
    # one-unit check (benchmarks/bench_startup.py) for models a table never dumps
    model_config = ConfigDict(extra="forbid", defer_build=True)


class CitationOut(Out):
    instrument: str
    article: int
    clause: int | None = None
    point: str | None = None
    text: Localized  # "điểm a khoản 2 Điều 13 Luật số 10/2022/QH15" / "Art. 13(2)(a), Law No. 10/2022/QH15"
    quote: str
    source: str  # primary | transcription | secondary
    # what a reader must know about this provision on the as-of date, for this unit: an amending
    # text not at hand, a delegated regulation not found (instruments.yaml, caveats)
    caveats: list[Localized] = Field(default_factory=list)


class ItemResult(Out):
    item: str  # how the item is named in the profile
    status: str  # true | false | unknown
    values: dict[str, Any] = Field(default_factory=dict)
    path: list[str | int] | None = None  # where it is in the profile, e.g. ["disclosures", 2]
    line: int | None = None  # …and on which line of the profile's file
    # How a period of display among the values was counted (Civil Code Art. 147–148), by field:
    # {"kind", "opened", "last", "days", "ended"} (engine/facts.py, Span)
    counted: dict[str, dict[str, Any]] = Field(default_factory=dict)


class Detail(Out):
    """One leaf of a condition: what was expected, what was found."""

    expression: str
    status: str  # true | false | unknown
    subject: str | None = None  # the left side: a field, or count(…)
    collection: str | None = None  # for count/exists/all: the evidence collection
    kinds: list[str] = Field(default_factory=list)  # …and the kinds its 'where' names
    op: str | None = None
    expected: Any = None
    found: Any = None
    items: list[ItemResult] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)  # evidence keys or unit fields not recorded


class CheckResult(Out):
    """One named check of a rule (its condition with constants filled in) and its leaves."""

    label: Localized | None = None
    expression: str
    status: str  # true | false | unknown
    details: list[Detail] = Field(default_factory=list)


class Reason(Out):
    """Why a rule is not applicable, waived or in error; codes are stable."""

    code: str  # unit_type | not_in_force | no_longer_in_force | condition | not_yet_due | waiver | error
    detail: dict[str, Any] = Field(default_factory=dict)


class Notice(Out):
    """Something the reader must know about how the unit was checked; codes are stable."""

    code: str  # calendar_year_unknown | waiver_expired | flat_sheet
    detail: dict[str, Any] = Field(default_factory=dict)


class PeriodResult(Out):
    """One period of a recurring duty: when it fell due, whether it was done, how late."""

    label: str  # 2024, 2023/2024 (work year), 2024-Q2 …
    start: str
    end: str
    due: str
    nominal_due: str | None = None  # the deadline before it was moved off a weekend or holiday
    due_months: int = 0  # counted as months after the period's end (Civil Code Art. 147–148)
    verdict: Verdict
    reason: Reason | None = None
    done_on: str | None = None
    days_late: int | None = None  # after the deadline: when done, or so far if still not done
    checks: list[CheckResult] = Field(default_factory=list)


class Finding(Out):
    rule: str
    verdict: Verdict
    severity: str
    advisory: bool
    title: Localized
    remediation: Localized
    citations: list[CitationOut]
    version: dict[str, str | None]  # {"from": …, "to": …}
    source: str
    source_note: Localized | None = None
    note: Localized | None = None
    reason: Reason | None = None
    periods: list[PeriodResult] = Field(default_factory=list)  # a recurring duty, period by period
    unverified: list[str] = Field(default_factory=list)  # parameters read whose value is not confirmed
    unverified_labels: list[Localized] = Field(default_factory=list)  # …and what each of them is, in words
    applicability: list[CheckResult] = Field(default_factory=list)
    checks: list[CheckResult] = Field(default_factory=list)


class Score(Out):
    """met / (met + not_met + missing_evidence + error), over rules that are not advisory.

    Not applicable and waived rules are left out; an error counts against the unit, so
    a rule that could not be evaluated never raises a score."""

    numerator: int
    denominator: int
    value: float | None  # numerator / denominator, rounded to 4 places; None when 0/0


class Summary(Out):
    counts: dict[str, int]
    advisory_counts: dict[str, int]
    score: Score


class UnitOut(Out):
    id: str
    name: str
    type: str
    admin_path: list[dict[str, str]]
    file: str | None = None


class Upcoming(Out):
    """A duty that falls due soon: the next deadline of a recurring duty, or a term that ends."""

    rule: str
    kind: str  # duty | term_end
    title: Localized
    period: str | None = None
    due: str
    days_left: int
    citation: Localized


class Measured(Out):
    """One unit's part of a ratio target (model/target.py): items counted, items meeting it,
    items whose answer was not recorded. The scorecard adds these up over units."""

    target: str
    numerator: int
    denominator: int
    unknown: int = 0


class UnitReport(Out):
    unit: UnitOut
    as_of: str
    inspected_from: str  # recurring duties are checked for the periods that closed since
    rulesets: list[dict[str, str]]
    findings: list[Finding]
    summary: Summary
    upcoming: list[Upcoming] = Field(default_factory=list)  # with --due-within, and the calendar command
    due_within: int | None = None  # the days looked ahead for `upcoming`; None: not asked
    warnings: list[Notice] = Field(default_factory=list)
    measures: list[Measured] = Field(default_factory=list)  # this unit's counts for ratio targets


class LoadFailure(Out):
    file: str
    problems: list[dict[str, Any]]


class Report(Out):
    schema_version: int = REPORT_SCHEMA_VERSION
    units: list[UnitReport]
    failures: list[LoadFailure] = Field(default_factory=list)


SCORED = (Verdict.met, Verdict.not_met, Verdict.missing_evidence, Verdict.error)


def score_of(counts: dict[str, int]) -> Score:
    """met / (met + not_met + missing_evidence + error), from verdict counts: one unit's
    findings, or the added counts of many units (the scorecard)."""
    num = counts.get(Verdict.met.value, 0)
    den = sum(counts.get(v.value, 0) for v in SCORED)
    return Score(numerator=num, denominator=den, value=round(num / den, 4) if den else None)


def summarise(findings: list[Finding]) -> Summary:
    counts = {v.value: 0 for v in Verdict}
    advisory = {v.value: 0 for v in Verdict}
    for f in findings:
        (advisory if f.advisory else counts)[f.verdict.value] += 1
    return Summary(counts=counts, advisory_counts=advisory, score=score_of(counts))

"""Rulesets as data: rules with their legal basis, applicability and condition.

A rule's condition is text in the condition language (qcdc_rules.lang), never Python.
A rule whose text changed (Law 97/2025 amended Law 10/2022 from 01/07/2025) has one
version per text, each with its own dates and citation."""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from fractions import Fraction
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from ..legal.citations import POINT_LETTERS
from .common import Localized, Strict, Text, VNDate, parse_date
from .vocab import UnitType

RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[0-9A-Za-z]+)+$")


class Severity(str, Enum):
    critical = "critical"
    major = "major"
    minor = "minor"

    @property
    def rank(self) -> int:
        return {"minor": 1, "major": 2, "critical": 3}[self.value]


class Source(str, Enum):
    """How far the text a rule rests on can be trusted."""

    primary = "primary"  # the official codification
    transcription = "transcription"  # a third-party copy of the official text
    secondary = "secondary"  # news or Q&A pages quoting the text


class Citation(Strict):
    instrument: str = Field(description="Id of the instrument in qcdc_rules/legal/instruments.yaml")
    article: int = Field(ge=1)
    clause: int | None = Field(None, ge=1)
    point: str | None = None
    quote: Text = Field(min_length=8, description="Verbatim words of the provision that the rule checks")

    @field_validator("point")
    @classmethod
    def _point(cls, value: str | None) -> str | None:
        if value is not None and (len(value) != 1 or value not in POINT_LETTERS):
            raise ValueError(f"'{value}' is not a point letter; points are {', '.join(POINT_LETTERS)}")
        return value

    @model_validator(mode="after")
    def _point_needs_clause(self) -> "Citation":
        if self.point is not None and self.clause is None:
            raise ValueError("a point needs its clause")
        return self


class Check(Strict):
    """One named part of a condition; a list of checks must all hold."""

    check: Text
    label: Localized


Condition = Text | list[Check]


class Recurrence(Strict):
    """A duty that falls due once per period, some time after the period ends."""

    every: Literal["year", "half", "quarter", "month"]
    due_months_after_end: int | str = Field(
        0, description="Months after the period ends when the duty falls due: a number or a parameter name")
    work_year: bool = Field(False, description="Periods follow the unit's work year, not the calendar year")
    done: Text | None = Field(
        None, description="The act that discharges the duty for a period, as 'collection where condition', "
                          "e.g. \"meetings where kind == 'staff_conference' and date > period.end\": its "
                          "earliest item's date says when it was done and how many days late")


class RuleVersion(Strict):
    from_: VNDate | None = Field(None, alias="from")
    to: VNDate | None = None
    citations: list[Citation]
    applies_to: list[UnitType]
    applies_if: Condition | None = None
    requires: Condition
    note: Localized | None = None

    @model_validator(mode="after")
    def _dates(self) -> "RuleVersion":
        if self.from_ and self.to and self.to < self.from_:
            raise ValueError(f"version ends ({self.to}) before it starts ({self.from_})")
        return self

    def in_force(self, day: dt.date) -> bool:
        return (self.from_ is None or self.from_ <= day) and (self.to is None or day <= self.to)


_VERSIONED = ("citations", "applies_to", "applies_if", "requires", "note")


class Rule(Strict):
    id: str
    title: Localized
    remediation: Localized
    severity: Severity
    advisory: bool = False
    advisory_reason: Localized | None = None
    recurs: Recurrence | None = None
    source: Source = Source.primary
    source_note: Localized | None = None
    versions: list[RuleVersion]
    tags: list[str] = Field(default_factory=list)
    covers: list[str] = Field(default_factory=list, description=(
        "The duties of the catalogue (qcdc_rules/legal/catalogue.yaml) this rule encodes, when they "
        "are not just its own id"))

    @model_validator(mode="before")
    @classmethod
    def _single_version(cls, data: Any) -> Any:
        """A rule with one text writes its version fields at the top; ``effective`` dates it.
        With ``versions``, the top-level fields are defaults each version may override."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if "citation" in data:
            if "citations" in data:
                raise ValueError("give 'citation' or 'citations', not both")
            data["citations"] = [data.pop("citation")]
        defaults = {k: data.pop(k) for k in _VERSIONED if k in data}
        effective = data.pop("effective", None) or {}
        if "versions" not in data:
            data["versions"] = [{**effective, **defaults}]
        else:
            if effective:
                raise ValueError("with 'versions', date each version instead of 'effective'")
            versions = []
            for v in data["versions"]:
                if isinstance(v, dict):
                    v = dict(v)
                    if "citation" in v:
                        v["citations"] = [v.pop("citation")]
                    v = {**defaults, **v}
                versions.append(v)
            data["versions"] = versions
        return data

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not RULE_ID.match(value):
            raise ValueError(f"'{value}' is not a rule id like LDC-13-2, ND59-13-1 or NQ75-3-5")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "Rule":
        if self.advisory and self.advisory_reason is None:
            raise ValueError("an advisory rule needs 'advisory_reason': why the law leaves it vague")
        if not self.versions:
            raise ValueError("a rule needs at least one version")
        ordered = sorted(self.versions, key=lambda v: v.from_ or dt.date.min)
        for a, b in zip(ordered, ordered[1:]):
            if a.applies_to == b.applies_to and (a.to is None or (b.from_ and a.to >= b.from_)):
                raise ValueError(f"versions overlap: one from {a.from_} to {a.to}, another from {b.from_}")
        return self

    def versions_for(self, day: dt.date) -> list[RuleVersion]:
        return [v for v in self.versions if v.in_force(day)]

    @property
    def unit_types(self) -> list[UnitType]:
        seen: list[UnitType] = []
        for v in self.versions:
            seen.extend(t for t in v.applies_to if t not in seen)
        return seen


class ParameterValue(Strict):
    from_: VNDate = Field(alias="from")
    value: int | bool | str
    citation: Citation | None = None
    unverified: bool = Field(False, description="The value is not confirmed in a primary text")


_FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


class Parameter(Strict):
    name: str
    description: Localized
    type: Literal["num", "bool", "str", "date"] = "num"
    values: list[ParameterValue]

    @model_validator(mode="after")
    def _ordered(self) -> "Parameter":
        dates = [v.from_ for v in self.values]
        if dates != sorted(dates) or len(set(dates)) != len(dates):
            raise ValueError(f"parameter '{self.name}': values must be in date order, one per date")
        for v in self.values:
            self.typed(v.value)  # refuse a value of the wrong type at load time
        return self

    def typed(self, value: int | bool | str):
        """The value as conditions see it: a number (2/3 stays exact), a date, a text or a yes/no."""
        wrong = ValueError(f"parameter '{self.name}' is a {self.type}, but one value is {value!r}")
        if self.type == "num":
            if isinstance(value, bool):
                raise wrong
            if isinstance(value, int):
                return value
            m = _FRACTION.match(str(value))
            if not m or int(m.group(2)) == 0:
                raise wrong
            return Fraction(int(m.group(1)), int(m.group(2)))
        if self.type == "date":
            try:
                return parse_date(value)
            except ValueError:
                raise wrong from None
        if self.type == "bool" and not isinstance(value, bool):
            raise wrong
        if self.type == "str" and not isinstance(value, str):
            raise wrong
        return value

    def value_at(self, day: dt.date) -> ParameterValue | None:
        current = None
        for v in self.values:
            if v.from_ <= day:
                current = v
        return current


class RulesetMeta(Strict):
    name: str
    version: str
    title: Localized
    province: str | None = Field(None, description="Set for a provincial ruleset, e.g. lai-chau")
    description: Localized | None = None

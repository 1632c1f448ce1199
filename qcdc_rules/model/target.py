"""Targets a ruleset sets over many units (Resolution 75 Art. 3: "100% of …"), which the
scorecard computes per area and overall (``<ruleset>/targets.yaml``).

Two measures, both with an exact numerator and denominator:
- ``share_met``: the share of units in scope that meet a rule (units for which the rule
  is not applicable are out of scope; missing evidence counts against, as in scores);
- ``ratio``: a ratio of sums over the units' evidence items, e.g. trained role holders
  over all role holders: items of ``collection`` matching ``where`` are the denominator,
  those also matching ``numerator`` the numerator; items whose answer is unknown are
  counted apart, never as met."""

from __future__ import annotations

from fractions import Fraction

from pydantic import Field, model_validator

from .common import Localized, Strict, VNDate
from .ruleset import Citation
from .vocab import UnitType


class Measure(Strict):
    share_met: str | None = Field(None, description="Id of the rule whose met share is the measure")
    collection: str | None = Field(None, description="ratio: the evidence collection counted")
    where: str | None = Field(None, description="ratio: the items counted in the denominator (condition)")
    numerator: str | None = Field(None, description="ratio: the items, among those, counted in the numerator")

    @model_validator(mode="after")
    def _one_kind(self) -> "Measure":
        ratio = self.collection is not None or self.numerator is not None
        if bool(self.share_met) == ratio:
            raise ValueError("a measure is either share_met: RULE or a ratio (collection, numerator, where)")
        if ratio and (self.collection is None or self.numerator is None):
            raise ValueError("a ratio needs 'collection' and 'numerator' (and may have 'where')")
        return self


class Target(Strict):
    id: str
    title: Localized
    citation: Citation
    applies_to: list[UnitType]
    target: str = Field("1", description="The goal as a fraction: 1 for 100%, 9/10 for 90%")
    effective: dict[str, VNDate] = Field(default_factory=dict)
    measure: Measure

    @property
    def goal(self) -> Fraction:
        return Fraction(self.target)


class TargetsFile(Strict):
    targets: list[Target]

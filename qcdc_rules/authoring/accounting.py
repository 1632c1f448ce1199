"""Where each duty of the catalogue ends: a rule (evaluated or advisory), or a line of the
national ruleset's ``not_encoded.yaml`` with the reason it is not a rule. A duty in no
place, or in two, is a problem; so is a rule or line that names a duty the catalogue
does not have."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from pydantic import Field

from ..engine.rulebook import RuleBook
from ..legal.catalogue import catalogue
from ..load.yaml_loader import load_yaml
from ..model.common import Localized, Strict
from ..text import did_you_mean

NOT_ENCODED = "not_encoded.yaml"


class Why(str, Enum):
    prohibition = "prohibition"  # a prohibition no profile can show being kept
    higher_body = "higher_body"  # a duty of a body above the units inspected (province, ministry)
    obsolete = "obsolete"  # rests on the district level, abolished from 01/07/2025
    secondary = "secondary"  # known only from secondary sources; the text is not at hand
    no_content = "no_content"  # a party instrument of which only the title is known
    pending = "pending"  # not encoded yet


class NotEncoded(Strict):
    id: str
    reason: Why
    note: Localized | None = Field(None, description="Why, in words (required but for 'pending')")


class _File(Strict):
    duties: list[NotEncoded]


@dataclass
class Accounting:
    places: dict[str, list[str]] = field(default_factory=dict)  # duty id -> where it ends
    problems: list[str] = field(default_factory=list)
    reasons: dict[str, Why] = field(default_factory=dict)  # duty id -> why not a rule
    advisory: set[str] = field(default_factory=set)

    def share_encoded(self) -> float:
        encoded = sum(1 for d in self.places if d not in self.reasons)
        return encoded / len(self.places) if self.places else 1.0

    def counts_by_instrument(self) -> dict[str, Counter]:
        """Per ID prefix (LDC, ND59, …): evaluated, advisory, and each reason."""
        out: dict[str, Counter] = {}
        for duty in self.places:
            kind = self.reasons[duty].value if duty in self.reasons else (
                "advisory" if duty in self.advisory else "evaluated")
            out.setdefault(duty.split("-")[0], Counter())[kind] += 1
        return out


def load_not_encoded(path: Path) -> list[NotEncoded]:
    if not path.is_file():
        return []
    return _File.model_validate(load_yaml(path).data).duties


def account(book: RuleBook, not_encoded: list[NotEncoded]) -> Accounting:
    duties = catalogue()
    result = Accounting(places={d: [] for d in duties})

    def place(duty_id: str, where: str) -> None:
        if duty_id not in duties:
            hint = did_you_mean(duty_id, duties)
            result.problems.append(f"{where} names {duty_id}, which is not in the catalogue"
                                   + (f" ({hint})" if hint else ""))
            return
        result.places[duty_id].append(where)
    for parsed in book.rules:
        rule = parsed.rule
        for duty_id in rule.covers or ([rule.id] if rule.id in duties else []):
            place(duty_id, f"rule {rule.id}")
            if rule.advisory:
                result.advisory.add(duty_id)
    for line in not_encoded:
        place(line.id, f"not_encoded ({line.reason.value})")
        result.reasons[line.id] = line.reason
        if line.reason is not Why.pending and line.note is None:
            result.problems.append(f"not_encoded: {line.id} ({line.reason.value}) needs a note saying why")
    for duty_id, duty in duties.items():  # a restated duty is where the duty it restates is
        if duty.same_as and not result.places[duty_id]:
            result.places[duty_id] = [f"same as {', '.join(duty.same_as)}"]
            if all(a in result.reasons for a in duty.same_as):  # none of them is a rule
                result.reasons[duty_id] = result.reasons[duty.same_as[0]]
    for duty_id, where in result.places.items():
        if not where:
            result.problems.append(f"{duty_id} is neither a rule nor in {NOT_ENCODED}")
        elif len(where) > 1:
            result.problems.append(f"{duty_id} is in {len(where)} places: {'; '.join(where)}")
    return result

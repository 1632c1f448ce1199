"""Loaded rulesets, their conditions parsed and type-checked: what the evaluator runs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Location
from ..lang.ast import Node
from ..model.common import Localized
from ..model.ruleset import Parameter, Rule, RulesetMeta, RuleVersion

if TYPE_CHECKING:
    from ..model.ruleset import Source
    from ..model.verdict import CitationOut


@dataclass
class ParsedCheck:
    label: Localized | None
    text: str
    node: Node  # type-checked tree
    location: Location


@dataclass
class ParsedVersion:
    spec: RuleVersion
    applies_if: list[ParsedCheck]
    requires: list[ParsedCheck]
    # its citations as reports show them, and the weakest source: made by the evaluator once for
    # each set of caveats that holds (they depend on the as-of date and the unit)
    reported: dict[tuple, tuple[list[CitationOut], Source]] = field(default_factory=dict, repr=False,
                                                                     compare=False)
    # for each citation, the (index, caveat) of its instrument's caveats that cover its article
    covering: tuple | None = field(default=None, repr=False, compare=False)


@dataclass
class ParsedRule:
    rule: Rule
    versions: list[ParsedVersion]
    location: Location
    ruleset: str
    done: Node | None = None  # recurs.done as exists(…): when a recurring duty was discharged
    cited_at: dict[tuple[int, int], Location] = field(default_factory=dict)  # (version, citation) → where written

    def citation_location(self, version: int, index: int) -> Location:
        return self.cited_at.get((version, index), self.location)

    @property
    def id(self) -> str:
        return self.rule.id


@dataclass
class Ruleset:
    meta: RulesetMeta
    rules: list[ParsedRule]
    parameters: dict[str, Parameter]
    root: Path
    unit_fields_in_items: frozenset[str] = frozenset()
    files: list[Path] = field(default_factory=list)
    instruments: frozenset[str] = frozenset()  # ids of the legal texts the ruleset ships itself
    targets: list = field(default_factory=list)  # model.target.Target, with their parsed conditions
    # instruments.yaml as read: loading registers these texts with legal.citations, and a ruleset
    # read back from the cache (load.book_cache) registers them again
    instruments_data: object = None
    cache_key: str | None = None  # its key in load.book_cache, when loaded through it


def override(base: Parameter, local: Parameter) -> Parameter:
    start = local.values[0].from_
    kept = [v for v in base.values if v.from_ < start]
    return local.model_copy(update={"values": kept + list(local.values)})


@dataclass
class RuleBook:
    """The rulesets one run applies (the national one, and a province's if asked for)."""

    rulesets: list[Ruleset]

    @property
    def rules(self) -> list[ParsedRule]:
        return [r for rs in self.rulesets for r in rs.rules]

    @property
    def parameters(self) -> dict[str, Parameter]:
        """Every ruleset's parameters; a later ruleset (a province) overrides an earlier one
        from the date of its first value on, so the national value still holds before it."""
        merged: dict[str, Parameter] = {}
        for rs in self.rulesets:
            for name, p in rs.parameters.items():
                merged[name] = override(merged[name], p) if name in merged else p
        return merged

    @property
    def targets(self) -> list:
        """Every ruleset's targets (model.target.Target), in ruleset order."""
        return [pt.target for rs in self.rulesets for pt in rs.targets]

    @property
    def unit_fields_in_items(self) -> frozenset[str]:
        return frozenset().union(*(rs.unit_fields_in_items for rs in self.rulesets))

    def params_at(self, day: dt.date) -> dict[str, object]:
        out = {}
        for name, p in self.parameters.items():
            v = p.value_at(day)
            if v is not None:
                out[name] = p.typed(v.value)
        return out

    def rule(self, rule_id: str) -> ParsedRule | None:
        for r in self.rules:
            if r.id == rule_id:
                return r
        return None

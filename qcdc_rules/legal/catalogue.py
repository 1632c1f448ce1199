"""The duty catalogue: every duty of the Law, its decrees, the Labour Code, Decree 145 and
the Law on Citizen Reception that the rulesets must account for (OBLIGATIONS.md §2, as
imported into ``catalogue.yaml`` by tools/import_catalogue.py).

Each duty ends in exactly one place: a rule that encodes it (evaluated or advisory), or
the national ruleset's ``not_encoded.yaml`` with the reason it is not a rule."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib.resources import files

import yaml

from ..text import nfc


@dataclass(frozen=True)
class Duty:
    id: str
    section: str
    basis: str
    applies_to: str
    duty: str
    soft: bool  # a row the catalogue itself calls hard to evidence: advisory at most
    same_as: tuple[str, ...] = ()  # a reporting duty that restates these duties


@functools.cache
def catalogue() -> dict[str, Duty]:
    raw = yaml.safe_load(nfc(files(__package__).joinpath("catalogue.yaml").read_text(encoding="utf-8")))
    return {d["id"]: Duty(**{**d, "same_as": tuple(d.get("same_as", ()))}) for d in raw["duties"]}

"""Administrative crosswalks: which unit each pre-merger commune became, so that a 2023
report of 106 communes and a 2025 report of 38 can be compared (``qcdc-check trend``).

The first one ships with the package: Lai Châu's 2025 merger, from Resolution
1670/NQ-UBTVQH15 of 16/06/2025 (``data/lai-chau-2025-commune-merger.csv``; its README
keeps the citation). A crosswalk is a CSV with the columns old_kind, old_name,
new_kind, new_name, basis; a unit is known by its kind and name together, since a xã
and a thị trấn may share a name (Mường Tè)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from .errors import InputError, Location, Problem
from .text import nfc

COLUMNS = ("old_kind", "old_name", "new_kind", "new_name", "basis")


@dataclass(frozen=True, order=True)
class Area:
    kind: str  # xã, phường, thị trấn, đặc khu
    name: str

    def __str__(self) -> str:
        return f"{self.kind} {self.name}"


@dataclass
class Crosswalk:
    name: str
    effective: dt.date  # the day the new units began to operate
    citation: str
    successors: dict[Area, Area] = field(default_factory=dict)
    basis: dict[Area, str] = field(default_factory=dict)

    def successor(self, area: Area) -> Area | None:
        return self.successors.get(area)

    def predecessors(self, area: Area) -> list[Area]:
        return sorted(old for old, new in self.successors.items() if new == area)

    @property
    def new_areas(self) -> list[Area]:
        return sorted(set(self.successors.values()))


def parse_crosswalk(text: str, file: str, name: str, effective: dt.date, citation: str) -> Crosswalk:
    """Every row checked: the five columns, no empty cell, no old unit twice."""
    reader = csv.DictReader(io.StringIO(nfc(text)))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise InputError.at(f"the columns are {', '.join(reader.fieldnames or [])}", file=file, line=1,
                            hint=f"a crosswalk has the columns {', '.join(COLUMNS)}", code="crosswalk")
    walk = Crosswalk(name, effective, citation)
    problems = []
    for line, row in enumerate(reader, start=2):
        if any(not (row.get(c) or "").strip() for c in COLUMNS):
            problems.append(Problem("a cell is empty", Location(file, line), "fill every column", "crosswalk"))
            continue
        old = Area(row["old_kind"].strip(), row["old_name"].strip())
        if old in walk.successors:
            problems.append(Problem(f"{old} is listed twice", Location(file, line), "one row per old unit",
                                    "crosswalk"))
            continue
        walk.successors[old] = Area(row["new_kind"].strip(), row["new_name"].strip())
        walk.basis[old] = row["basis"].strip()
    if problems:
        raise InputError(problems)
    return walk


def load_crosswalk(path: str | Path, effective: dt.date, citation: str = "") -> Crosswalk:
    path = Path(path)
    return parse_crosswalk(path.read_text(encoding="utf-8-sig"), str(path), path.stem, effective, citation)


def lai_chau_2025() -> Crosswalk:
    """Lai Châu's 106 commune-level units of 2023 and the 38 they became on 01/07/2025."""
    text = files(__package__).joinpath("data", "lai-chau-2025-commune-merger.csv").read_text(encoding="utf-8")
    return parse_crosswalk(text, "lai-chau-2025-commune-merger.csv", "lai-chau-2025", dt.date(2025, 7, 1),
                           "Nghị quyết 1670/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội, Điều 1")

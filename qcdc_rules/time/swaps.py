"""The working days the Government moves each year, read from ``workday_swaps.yaml``.

The file, not the ``holidays`` package, is the one source for these exchanges: the
package lists some years and not others (it lacks 02/01/2026), and a year nobody has
entered must be a visible warning rather than a silent guess."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..model.common import parse_date

DATA = "workday_swaps.yaml"
# A file shipped with the package needs no positions (they are for what users write): read it with
# libyaml when PyYAML was built with it, several times faster than the pure-Python reader
# (instruments.yaml: about 40 ms of every check otherwise); tests/legal/test_citations.py holds the two equal.
DATA_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Swap:
    off: dt.date  # a working day given off
    worked: dt.date  # the weekend day worked instead
    basis: str  # the announcement, with its number
    confirmed: bool


@dataclass(frozen=True)
class SwapTable:
    years: frozenset[int]  # the years whose announcements have been entered
    swaps: tuple[Swap, ...]

    @property
    def days_off(self) -> frozenset[dt.date]:
        return frozenset(s.off for s in self.swaps)

    @property
    def days_worked(self) -> frozenset[dt.date]:
        return frozenset(s.worked for s in self.swaps)


def parse_swaps(data: dict) -> SwapTable:
    """Check and read the file's content; a mistake in it is a programming error of the
    package (ValueError), caught by the test suite before any release."""
    years, swaps = set(), []
    for year, entry in data["years"].items():
        years.add(int(year))
        for raw in entry["swaps"]:
            off, worked = raw["day_off"], raw["worked_on"]
            swap = Swap(off=parse_date(off), worked=parse_date(worked),
                        basis=raw.get("basis", entry.get("basis", "")),
                        confirmed=raw.get("confirmed", entry.get("confirmed", False)))
            if not swap.basis:
                raise ValueError(f"{year}: the swap of {off} cites no announcement")
            if swap.off.weekday() >= 5 or swap.worked.weekday() < 5:
                raise ValueError(f"{year}: {off} must be a weekday and {worked} a weekend day")
            if int(year) not in (swap.off.year, swap.worked.year):
                raise ValueError(f"{year}: the swap {off} / {worked} is filed under the wrong year")
            swaps.append(swap)
    return SwapTable(years=frozenset(years), swaps=tuple(swaps))


@lru_cache(maxsize=1)
def swap_table() -> SwapTable:
    text = resources.files(__package__).joinpath(DATA).read_text(encoding="utf-8")
    return parse_swaps(yaml.load(text, Loader=DATA_LOADER))

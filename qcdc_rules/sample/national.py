"""A national-size synthetic population: many provinces, each drawn as the Lai Châu sample is,
inspected on days spread over the round — for measuring a national scorecard (issue 14).

Each province is a Lai Châu-shaped sample of the 2025 map (38 communes and wards, their villages,
and the province-level agencies, public service units and enterprises: 1,056 units for seed 1)
drawn with a seed of its own, and renamed: the province is "tỉnh Mẫu 01", "tỉnh Mẫu 02", …, its
folder ``tinh-mau-01/``, its units' IDs ``m01-…``, so that IDs are unique over the country and
nobody mistakes a synthetic province for a real one. The communes keep Lai Châu's names inside
each synthetic province (the names are not what is measured). The real country has 34 larger
provinces (about 3,300 communes after 2025); a benchmark asks for as many Lai Châu-sized
provinces as its unit count needs, since what it measures is the cost per unit and per
(unit, rule), which the grouping into provinces does not change.

Every commune (with its villages) and every province-level unit is inspected on a working day of
its own between the round's first day and ``last`` (default 30/09/2026), so the population holds
dozens of as-of dates, on both sides of 01/07/2026 (Decree 154/2026) as real rounds would.

The files come province by province (``files()`` is a generator), so writing 100,000 profiles
holds one province in memory, not the country.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from .builder import _Builder
from .figures import ROUNDS

YEAR = 2025  # the map after the 2025 reform
LAST = dt.date(2026, 9, 30)


@dataclass
class National:
    """What was written: units of each type, activity records, provinces."""

    counts: Counter = field(default_factory=Counter)
    records: int = 0
    provinces: int = 0


def _province_seed(seed: int, index: int) -> int:
    return seed * 1_000 + index


def _renamer(index: int):
    name, slug, prefix = f"Mẫu {index:02d}", f"mau-{index:02d}", f"m{index:02d}"
    subs = [
        (re.compile(r"Lai Châu"), name),
        (re.compile(r"tinh-lai-chau"), f"tinh-{slug}"),
        # IDs: lc2025-<commune>…, lc-<unit> (profiles), hd-… (records) gain the province's prefix
        (re.compile(r"(?m)^(id: )lc(?:2025)?-"), rf"\g<1>{prefix}-"),
        (re.compile(r"(?m)^(id: )hd-"), rf"\g<1>{prefix}-hd-"),
        (re.compile(r"--province lai-chau"), "--national"),
    ]

    def rename(text: str) -> str:
        for pattern, repl in subs:
            text = pattern.sub(repl, text)
        return text

    return slug, rename


def files(seed: int = 1, provinces: int = 34, last: dt.date = LAST, communes: int | None = None,
          summary: National | None = None) -> Iterator[tuple[str, str]]:
    """(relative path, text) of every profile and activity record, province by province
    (``tinh-mau-01/…``), then a README.md; ``communes``: only that many communes in each
    province (and its province-level units in proportion). ``summary`` is filled in as they come."""
    if provinces < 1:
        raise ValueError("provinces must be at least 1")
    first = ROUNDS[YEAR].as_of  # shared draws (a province's trainings) stand before every unit's day
    if last < first:
        raise ValueError(f"the round's last day must not be before {first.isoformat()}")
    summary = summary if summary is not None else National()
    for index in range(1, provinces + 1):
        sample = _Builder(_province_seed(seed, index), YEAR, communes, season=(first, last)).build()
        slug, rename = _renamer(index)
        for rel, text in sample.files.items():
            if rel == "README.md":
                continue
            if rel.startswith("tinh-lai-chau/"):  # the province-level units' folder
                rel = "cap-tinh/" + rel.removeprefix("tinh-lai-chau/")
            yield f"tinh-{slug}/{rel.replace('lai-chau', slug)}", rename(text)
        summary.counts.update(sample.counts)
        summary.records += sample.records
        summary.provinces += 1
    yield "README.md", readme(seed, provinces, communes, first, last, summary)


def readme(seed: int, provinces: int, communes: int | None, first: dt.date, last: dt.date,
           summary: National) -> str:
    c = summary.counts
    total = sum(c.values())
    return "\n".join([
        "# DỮ LIỆU GIẢ LẬP — SYNTHETIC NATIONAL POPULATION, NOT INSPECTION RECORDS", "",
        "**Đây là dữ liệu giả lập để đo bảng điểm toàn quốc, không phải kết quả kiểm tra thật.** Các tỉnh "
        "“Mẫu 01”, “Mẫu 02”… không có thật; mỗi tỉnh được sinh như mẫu tỉnh Lai Châu (bản đồ 2025) với hạt "
        "giống riêng.", "",
        "```sh", f"qcdc-check sample --national --provinces {provinces} --seed {seed}"
        + (f" --communes {communes}" if communes else "") + " -o DIR",
        "qcdc-check scorecard DIR", "```", "",
        f"- {provinces} provinces, {total} profiles: communes {c['commune']}, villages {c['village']}, state "
        f"agencies {c['state_agency']}, public service units {c['public_service_unit']}, state-owned enterprises "
        f"{c['state_owned_enterprise']}, other enterprises {c['enterprise']}; {summary.records} activity records.",
        f"- Province k is the Lai Châu sample of seed {seed} × 1000 + k, renamed (see "
        "`qcdc_rules/sample/national.py`).",
        f"- Each commune with its villages, and each province-level unit, is inspected on a working day of its "
        f"own from {first.isoformat()} to {last.isoformat()}.", ""])

"""The province map: the communes of the 2025 or the 2023 map, each with its villages."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from ..crosswalk import lai_chau_2025
from .figures import ASSUMED, FIGURES
from .names import VILLAGE_NAMES


# ---------------------------------------------------------------------------------------
# The administrative map.
@dataclass
class Village:
    name: str
    kind: str  # bản, thôn, tổ dân phố
    households: int
    ethnic: str


@dataclass
class Commune:
    kind: str
    name: str
    villages: list[Village]
    predecessors: list[str] = field(default_factory=list)  # "kind name" of the units merged into it
    urban: bool = False


def _rng(seed: int, *key: object) -> random.Random:
    return random.Random("qcdc-sample/" + "/".join(map(str, (seed, *key))))


def _province_map(seed: int) -> tuple[list[tuple[str, str, str, str]], dict[tuple[str, str], list[Village]]]:
    """The 106 old units (old kind, old name, new kind, new name) in the crosswalk's order,
    and the villages of each old unit: 956 in all (seed 001), unique within each new unit."""
    walk = lai_chau_2025()
    rows = [(old.kind, old.name, new.kind, new.name) for old, new in walk.successors.items()]
    rng = _rng(seed, "map")
    total = int(FIGURES["villages_total"][0])
    weights = [rng.gammavariate(4.0, 1.0) * (0.8 if kind != "xã" else 1.0) for kind, *_ in rows]
    counts = [4] * len(rows)
    left = total - sum(counts)
    share = [w / sum(weights) for w in weights]
    extra = [math.floor(left * s) for s in share]
    counts = [c + e for c, e in zip(counts, extra)]
    for i in sorted(range(len(rows)), key=lambda i: -(left * share[i] - extra[i]))[:total - sum(counts)]:
        counts[i] += 1
    villages: dict[tuple[str, str], list[Village]] = {}
    used: dict[tuple[str, str], set[str]] = {}
    for (old_kind, old_name, new_kind, new_name), n in zip(rows, counts):
        vr = _rng(seed, "villages", old_kind, old_name)
        taken = used.setdefault((new_kind, new_name), set())
        urban = old_kind in ("phường", "thị trấn")
        mix = _ethnic_mix(vr, urban)
        out = []
        for i in range(n):
            if old_kind == "phường" or (old_kind == "thị trấn" and i < n // 2 + 1):
                # numbered per old unit; a merged unit qualifies repeats by the old name (communes())
                name, kind = f"Tổ dân phố số {i + 1}", "tổ dân phố"
                ethnic, households = vr.choices(*zip(*mix))[0], vr.randint(90, 320)
            else:
                ethnic = vr.choices(*zip(*mix))[0]
                kind = "thôn" if ethnic == "kinh" or vr.random() < 0.08 else "bản"
                name = _village_name(vr, ethnic, taken)
                households = max(25, round(vr.gauss(_HOUSEHOLDS, _HOUSEHOLDS / 3)))
            taken.add(name)
            out.append(Village(name, kind, households, ethnic))
        villages[(old_kind, old_name)] = out
    return rows, villages


def _ethnic_mix(rng: random.Random, urban: bool) -> list[tuple[str, float]]:
    """Shares of the ethnic groups in a commune: Lai Châu is over 85% ethnic minorities
    (seed 000); the largest groups are Hmông, Thái and Dao (an assumption on their shares)."""
    if urban:
        return [("kinh", 0.55), ("thai", 0.3), ("hmong", 0.1), ("dao", 0.05)]
    main = rng.choices(["hmong", "thai", "dao", "kinh"], [0.42, 0.36, 0.14, 0.08])[0]
    rest = {"hmong": 0.3, "thai": 0.3, "dao": 0.2, "kinh": 0.2}
    return [(e, 0.7 if e == main else 0.3 * rest[e] / (1 - rest[main])) for e in ("hmong", "thai", "dao", "kinh")]


def _village_name(rng: random.Random, ethnic: str, taken: set[str]) -> str:
    first, second = VILLAGE_NAMES[ethnic]
    for _ in range(200):
        name = f"{rng.choice(first)} {rng.choice(second)}"
        if ethnic == "kinh" and name.startswith(("Thôn ", "Bản ")):
            name = name.split(" ", 1)[1]
        if name not in taken:
            return name
    n = 2
    while f"{name} {n}" in taken:
        n += 1
    return f"{name} {n}"


# Households per village: 470,000 people (seed 000) / 4.7 a household (assumed) / 956 villages.
_HOUSEHOLDS = FIGURES["population"][0] / ASSUMED["household_size"] / FIGURES["villages_total"][0]


def communes(seed: int, year: int) -> list[Commune]:
    """The communes of the map, in the crosswalk's order, each with its villages."""
    rows, villages = _province_map(seed)
    if year == 2023:
        return [Commune(ok, on, villages[(ok, on)], urban=ok in ("phường", "thị trấn")) for ok, on, _, _ in rows]
    out: dict[tuple[str, str], Commune] = {}
    for ok, on, nk, nn in rows:
        c = out.setdefault((nk, nn), Commune(nk, nn, [], urban=nk == "phường"))
        names = {v.name for v in c.villages}
        for v in villages[(ok, on)]:
            c.villages.append(v if v.name not in names else Village(f"{v.name} {on}", v.kind, v.households, v.ethnic))
        c.predecessors.append(f"{ok} {on}")
    return list(out.values())

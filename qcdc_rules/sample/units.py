"""One unit's draws (``_Unit``: a generator and a diligence), the day arithmetic the draws use, and
what every kind of unit's profile shares (``_Base``)."""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass

from ..time.calendar import next_working_day
from ..time.periods import Period, closed_periods
from .figures import ANNEX_ASSUMED, ASSUMED_RULES, D, NQ75_FROM
from .names import INSPECTED_BY, NAMES, PROVINCE_ORGANISERS, SYNTHETIC
from .writer import _Flow, _yaml, slug
from .areas import _rng


# ---------------------------------------------------------------------------------------
# One unit's draws.
class _Unit:
    """A unit's random generator and its diligence: a unit that keeps good records keeps
    them for most duties, so findings cluster by unit as they do in real inspections."""

    def __init__(self, seed: int, *key: object):
        self.rng = _rng(seed, *key)
        self.diligence = self.rng.betavariate(2.2, 2.2)
        self.people: set[str] = set()

    def fork(self, seed: int, *key: object) -> "_Unit":
        """The same unit (its diligence, the names it has used) drawing from a stream of its own,
        so that draws added later leave the unit's earlier draws, and what follows from them, as
        they were."""
        other = _Unit.__new__(_Unit)
        other.rng, other.diligence, other.people = _rng(seed, *key), self.diligence, self.people
        return other

    def chance(self, p: float) -> bool:
        p = min(0.99, max(0.01, p + (self.diligence - 0.5) * 0.4))
        return self.rng.random() < p

    def pick(self, *options):
        """One of (value, weight) pairs."""
        values, weights = zip(*options)
        return self.rng.choices(values, weights)[0]

    def day(self, start: dt.date, end: dt.date) -> dt.date:
        if end <= start:
            return start
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))

    def workday(self, start: dt.date, end: dt.date) -> dt.date:
        """A working day between start and end: a weekend moves to Monday, or back to
        Friday when Monday is past the end."""
        d = self.day(start, end)
        if d.weekday() >= 5:
            monday = d + dt.timedelta(days=7 - d.weekday())
            d = monday if monday <= end else d - dt.timedelta(days=d.weekday() - 4)
        return d

    def person(self, ethnic: str, sex: str | None = None) -> str:
        pool = NAMES[ethnic]
        for _ in range(100):
            s = sex or self.rng.choice(["male", "female"])
            family, middle = self.rng.choice(pool["family"]), self.rng.choice(pool[s + "_middle"])
            name = f"{family} {middle} {self.rng.choice(pool[s])}"
            if name not in self.people:
                self.people.add(name)
                return name
        name = f"{name} ({len(self.people)})"
        self.people.add(name)
        return name

    def number(self, suffix: str, low: int = 1, high: int = 250) -> str:
        return f"{self.rng.randint(low, high)}/{suffix}"

    def poisson(self, mean: float) -> int:
        # Knuth's method: small means only
        limit, k, p = math.exp(-mean), 0, 1.0
        while True:
            p *= self.rng.random()
            if p <= limit:
                return k
            k += 1


def _taken_down(start: dt.date, days: int) -> dt.date:
    """The day a notice posted on ``start`` comes down after ``days`` days on display, counted as the
    Civil Code counts (from the day after posting; a last day off runs on to the next working day)."""
    return next_working_day(start + dt.timedelta(days=days)) + dt.timedelta(days=1)


def _last_broadcast(first: dt.date, days: int) -> dt.date:
    """The last day of a run of broadcasts from ``first`` that lasts ``days`` days as the Civil Code
    counts them (the first day opens the period)."""
    return next_working_day(first + dt.timedelta(days=days))


def _add_workdays(day: dt.date, n: int) -> dt.date:
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _sub_workdays(day: dt.date, n: int) -> dt.date:
    """``n`` working days (Monday to Friday) before ``day``."""
    while n > 0:
        day -= dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _days_before(day: dt.date, n: int) -> dt.date:
    """At least ``n`` calendar days before ``day``, on a weekday (a weekend moves back to Friday)."""
    d = day - dt.timedelta(days=n)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def _weekday(day: dt.date) -> dt.date:
    """``day``, or the Monday after it when it falls on a weekend."""
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _periods(every: str, since: dt.date, as_of: dt.date, start_month: int = 1, due_months: int = 0) -> list[Period]:
    return closed_periods(as_of, since, every, start_month, due_months)


def _inspected_by(seed: int) -> str:
    return INSPECTED_BY.format(s=SYNTHETIC, seed=seed)


def _notes(seed: int, year: int, extra: str = "") -> str:
    return (f"{SYNTHETIC} — hồ sơ do `qcdc-check sample --province lai-chau --seed {seed} --year {year}` sinh ngẫu "
            f"nhiên để thử bảng điểm, không phải biên bản kiểm tra. Tên xã, phường là thật; tên thôn, bản, tên "
            f"người, số hiệu văn bản, ngày tháng và mọi sự việc đều là giả định. {extra}").strip()


def _header(seed: int, year: int) -> list[str]:
    return [f"{SYNTHETIC.upper()} — không phải hồ sơ kiểm tra thật (synthetic sample, not an inspection record).",
            f"Sinh bởi: qcdc-check sample --province lai-chau --seed {seed} --year {year}. Xem README.md."]


# ---------------------------------------------------------------------------------------
# The sample.
@dataclass
class Sample:
    files: dict[str, str]
    counts: dict[str, int]
    records: int = 0  # activity records (qcdc-activity/1) among the files


class _Base:
    """What the draws of every kind of unit share: a profile's head and file, trainings, what an inspector
    looked for, disclosures, inspections."""

    # -- common ---------------------------------------------------------------------------
    def _profile(self, uid: str, name: str, type_: str, path: list[dict], since: dt.date) -> dict:
        self.counts[type_] += 1
        return {"schema": "qcdc-profile/1", "id": uid, "name": name, "type": type_, "as_of": self.round.as_of,
                "inspected_from": since, "admin_path": [_Flow(p) for p in path],
                "inspected_by": _inspected_by(self.seed)}

    def _write(self, path: str, data: dict) -> None:
        order = ["schema", "id", "name", "type", "as_of", "inspected_from", "admin_path", "parent", "inspected_by",
                 "headcount", "attributes", "documents", "disclosures", "meetings", "boards", "officers", "trainings",
                 "receptions", "not_found", "notes"]
        data = {k: data[k] for k in order if k in data and data[k] not in (None, [], {})}
        if "not_found" in data:  # "looked, none" only for kinds with nothing recorded
            recorded = {f"{coll}.{item.get('kind', '')}" for coll in ("documents", "meetings")
                         for item in data.get(coll, ())}
            recorded |= {"trainings"} if data.get("trainings") else set()
            data["not_found"] = [k for i, k in enumerate(data["not_found"])
                                 if k not in recorded and k not in data["not_found"][:i] and _known_key(k)]
            if not data["not_found"]:
                del data["not_found"]
        if path in self.files:  # pragma: no cover - a bug: two units, one file
            raise RuntimeError(f"two units would be written to {path}")
        self.files[path] = _yaml(_header(self.seed, self.year), data)

    def _province(self) -> dict:
        return {"level": "province", "kind": "tỉnh", "name": "Lai Châu"}

    def _trainings(self, u: _Unit, people: list[tuple[str, str]], since: dt.date, sessions: int,
                   topics: list[str], organisers: list[str], trained_share: float, key: str = "",
                   commune_days: list[dt.date] | None = None) -> list[dict]:
        """Sessions in the window, each attended by some of the role holders; a holder is
        trained with probability ``trained_share`` (moved by the unit's diligence)."""
        as_of = self.round.as_of
        end = as_of - dt.timedelta(days=3)
        dates = sorted(u.workday(since + dt.timedelta(days=10), end) for _ in range(sessions))
        out = [{"id": f"Tập huấn {d.strftime('%d/%m/%Y')}" + (f" ({i + 1})" if d in dates[:i] else ""), "date": d,
                "topic": u.rng.choice([t for t in topics if "75/NQ-HĐND" not in t or d >= NQ75_FROM] or topics),
                "organiser": u.rng.choice(organisers), "attendees": []} for i, d in enumerate(dates)]
        if not out:
            return out
        for name, role in people:
            if u.chance(trained_share):
                for t in u.rng.sample(out, k=1 if len(out) == 1 or u.rng.random() < 0.7 else 2):
                    t["attendees"].append(_Flow({"name": name, "role": role}))
        for t in out:
            if not t["attendees"]:
                t.pop("attendees")
                t["topic"] += " (danh sách người dự chưa được xem)"
        return self._place(key, out, since + dt.timedelta(days=10), end, commune_days)

    def _place(self, key: str, trainings: list[dict], first: dt.date, last: dt.date,
               commune_days: list[dt.date] | None = None) -> list[dict]:
        """Each training's ``organiser_level``, so the annex counts it at that level. One training
        is mentioned by many profiles, so a province training of the annex year moves to the
        nearest day the province's activity record lists, and a village's commune training to the
        nearest day its commune's profile lists (the annex then counts it once); a commune training
        no other profile mentions gets its participants. Draws apart from the unit's, which stay
        as they were."""
        rng = _rng(self.seed, "annex", self.year, key)
        for t in trainings:
            organiser = t.get("organiser") or ""
            if organiser in PROVINCE_ORGANISERS:
                level, days = "province", self.province_training_days
            elif organiser.startswith(("UBND ", "Ủy ban MTTQ Việt Nam ")):
                level, days = "commune", commune_days
            else:
                continue
            t["organiser_level"] = level
            near = sorted((abs((d - t["date"]).days), d) for d in days or ()
                          if first <= d <= last and d.year == t["date"].year)
            if near:
                t["date"] = near[0][1]
            elif level == "commune":
                t["participants"] = rng.randint(*ANNEX_ASSUMED["commune_training_participants"])
        merged: dict[tuple, dict] = {}
        for t in sorted(trainings, key=lambda t: t["date"]):  # one training, one entry
            same = merged.get((t["date"], t.get("organiser_level")))
            if same is None:
                merged[(t["date"], t.get("organiser_level"))] = t
            elif t.get("attendees"):
                names = {(a["name"], a["role"]) for a in same.get("attendees", ())}
                same.setdefault("attendees", []).extend(a for a in t["attendees"]
                                                        if (a["name"], a["role"]) not in names)
                same["topic"] = same["topic"].removesuffix(" (danh sách người dự chưa được xem)")
        out, days = [], []
        for t in merged.values():
            d = t["date"]
            ident = f"Tập huấn {d.strftime('%d/%m/%Y')}" + (f" ({days.count(d) + 1})" if d in days else "")
            days.append(d)
            out.append({"id": ident, **{k: t[k] for k in ("date", "topic", "organiser", "organiser_level",
                                                          "participants", "attendees") if k in t}})
        return out

    def _current(self, board: dict) -> bool:
        t = board.get("term")
        return t is None or t["from"] <= self.round.as_of <= t["to"]

    # -- evidence for the rules added since the first rulesets ---------------------------------
    # Drawn from streams of their own (_Unit.fork, key "rules"), after the unit's earlier draws,
    # which stay as they were. Shares: ASSUMED_RULES, or set where drawn (assumptions unless a seed
    # line is cited). Mostly done, some late, incomplete or missing a step; where a kind of record
    # is not kept, the inspector notes "none" (not_found), and now and then did not look.
    def _looked(self, e: _Unit, not_found: list, *keys: str, rare: bool = False) -> None:
        """The inspector looked for these kinds of record and found none; a kind that is rarely
        there (a complaint, a request) is less often left unasked than a paper the unit keeps."""
        for key in keys:
            if e.rng.random() < (ASSUMED_RULES["looked_rare"] if rare else ASSUMED_RULES["looked"]):
                not_found.append(key)

    def _disclose(self, e: _Unit, ident: str, item: int, subject: str, decided: dt.date, place: str,
                  late: int = 5, number: str = "QĐ", on_time: float = 0.88) -> dict:
        """An item disclosed to staff or workers: mostly within ``late`` working days, posted long
        enough; some late, some taken down early, a few decided and not disclosed at all."""
        d = {"id": ident, "item": item, "subject": subject,
             "decided": _Flow({"number": e.number(number), "date": decided})}
        shown = e.pick(("yes", on_time), ("late", (1 - on_time) / 2), ("no", (1 - on_time) / 2))
        if shown == "no":
            d["postings"] = []
            return d
        first = _add_workdays(decided, e.rng.randint(1, late) if shown == "yes" else late + e.rng.randint(2, 10))
        posting = {"place": place, "from": first}
        if place != "intranet" or e.rng.random() < 0.3:
            posting["to"] = first + dt.timedelta(days=e.pick((e.rng.randint(22, 60), 0.88), (e.rng.randint(7, 15), 0.12)))
        d["postings"] = [_Flow(posting)]
        return d

    def _inspection(self, e: _Unit, docs: list, not_found: list, lo: dt.date, hi: dt.date, by: str,
                    share: float, notice: int = 5) -> None:
        """A board's inspection: its plan sent ``notice`` working days ahead (mostly), and its result
        sent to whoever raised the matter (NĐ 59 Đ14, Đ22, Đ26)."""
        if lo < hi - dt.timedelta(days=40) and e.rng.random() < share:
            starts = e.workday(lo + dt.timedelta(days=20), hi - dt.timedelta(days=20))
            sent = _sub_workdays(starts, e.pick((e.rng.randint(notice + 1, notice + 8), 0.86),
                                                (e.rng.randint(1, notice - 1), 0.14)))
            docs.append({"id": f"Kế hoạch kiểm tra, giám sát của {by}", "kind": "inspection_plan",
                         "title": "Kế hoạch giám sát việc thực hiện chế độ, chính sách đối với người lao động",
                         "date": _sub_workdays(sent, e.rng.randint(1, 3)), "sent_on": sent, "starts": starts})
            res = {"id": f"Kết quả kiểm tra, giám sát của {by}", "kind": "inspection_result",
                   "date": _add_workdays(starts, e.rng.randint(8, 15))}
            if e.chance(0.88):
                res["sent_on"] = _add_workdays(res["date"], e.rng.randint(1, 4))
            else:
                res["sent"] = False
            docs.append(res)
        else:
            self._looked(e, not_found, "documents.inspection_plan", "documents.inspection_result")

    # -- the province-level units ---------------------------------------------------------
    def _file(self, name: str) -> str:
        """The unit's file name in the province folder, unique there."""
        self.province_files.append(_unique(slug(name), self.province_files))
        return self.province_files[-1]

    def _path(self) -> list[dict]:
        return [self._province()]


def _known_key(key: str) -> bool:
    """Whether the profile's vocabulary has this evidence kind (for not_found)."""
    from ..model.fact_schema import check_evidence_key

    try:
        check_evidence_key(key)
        return True
    except ValueError:
        return False


def _fit(model: str, item: dict, extras: dict | None = None) -> dict | None:
    """``item`` with those of ``extras`` (newer fields of the profile) that the profile model
    takes; ``item`` alone if they no longer validate; None if even it does not. Keeps the
    sample loading while the profile's vocabulary grows."""
    from pydantic import ValidationError

    from ..model.profile import Document, Meeting

    cls = {"meeting": Meeting, "document": Document}[model]
    fields = {f.alias or name for name, f in cls.model_fields.items()}
    full = {**item, **{k: v for k, v in (extras or {}).items() if v is not None and k in fields}}
    for candidate in (full, item):
        if all(k in fields for k in candidate):
            try:
                cls.model_validate({k: list(v) if isinstance(v, list) else v for k, v in candidate.items()})
                return candidate
            except ValidationError:
                continue
    return None


def _unique(name: str, taken) -> str:
    """``name``, or ``name-2``, ``name-3``… if taken."""
    taken = set(taken)
    out, n = name, 2
    while out in taken:
        out, n = f"{name}-{n}", n + 1
    return out


def _months_later(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return D(year, month, min(day.day, calendar.monthrange(year, month)[1]))

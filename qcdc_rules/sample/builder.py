"""The sample as a whole: every unit of the map, the activity records and the README.md, and the
public calls ``build`` and ``generate``."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Iterator

from .figures import ANNEX, ANNEX_ASSUMED, ASSUMED, ASSUMED_RULES, FIGURES, PROVINCES, ROUNDS, YEARS
from .names import AGENCIES, DISTRICTS, ENTERPRISE_KINDS, FULL_ENTERPRISES, PUBLIC_SERVICE_UNITS, SOES, SYNTHETIC
from .writer import slug
from .areas import _rng, communes
from .units import Sample, _unique
from ..time.calendar import is_working_day
from .communes import _Communes
from .villages import _Villages
from .agencies import _Agencies
from .enterprises import _Enterprises
from .records import _Records


class _Builder(_Communes, _Villages, _Agencies, _Enterprises, _Records):
    """The whole province: its communes and villages, the province-level units, the records, a README."""

    def __init__(self, seed: int, year: int, n_communes: int | None,
                 season: tuple[dt.date, dt.date] | None = None):
        if year not in ROUNDS:
            raise ValueError(f"year must be one of {', '.join(map(str, YEARS))}")
        self.seed, self.year, self.round = seed, year, ROUNDS[year]
        # A round's inspections take weeks: with a season, each commune (with its villages) and
        # each province-level unit is inspected on a working day of its own in it (its own
        # stream, so every other draw is as without one). None: one as-of date for all.
        self.season = season
        everything = communes(seed, year)
        if n_communes is not None and n_communes < len(everything):
            if n_communes < 1:
                raise ValueError("communes must be at least 1")
            keep = sorted(_rng(seed, "select", year).sample(range(len(everything)), n_communes))
            self.communes = [everything[i] for i in keep]
        else:
            self.communes = everything
        self.scale = len(self.communes) / len(everything)
        # folder names, unique over the whole map (xã Nậm Cha and xã Nậm Chà are both xa-nam-cha)
        self.folders: dict[tuple[str, str], str] = {}
        for c in everything:
            self.folders[(c.kind, c.name)] = _unique(f"{slug(c.kind)}-{slug(c.name)}", self.folders.values())
        self.province_files: list[str] = []
        self.files: dict[str, str] = {}
        self.counts: dict[str, int] = {"commune": 0, "village": 0, "state_agency": 0, "public_service_unit": 0,
                                       "state_owned_enterprise": 0, "enterprise": 0}
        self.records = 0
        self.everything = everything
        self.province_training_days: list[dt.date] = []
        self._events: dict[tuple[str, str, str], dict] = {}  # each village's decisions (_village_events)

    # -- province-level units ---------------------------------------------------------------
    def _count(self, full: int) -> int:
        return max(1, round(full * self.scale)) if full else 0

    def province_units(self) -> None:
        agencies = AGENCIES[self.year]
        psus = PUBLIC_SERVICE_UNITS[self.year]
        for name in _rng(self.seed, "pick", "agency").sample(agencies, self._count(len(agencies))):
            with self.inspected_on("unit", name):
                self.agency(name, "state_agency", "Ủy ban nhân dân tỉnh Lai Châu", None)
        for spec in _rng(self.seed, "pick", "psu").sample(psus, self._count(len(psus))):
            with self.inspected_on("unit", spec[0]):
                self.agency(spec[0], "public_service_unit", spec[1], spec)
        n_soe = int(FIGURES["soes"][0])
        for name, parent in _rng(self.seed, "pick", "soe").sample(SOES, self._count(n_soe)):
            with self.inspected_on("unit", name):
                self.soe(name, parent)
        rng = _rng(self.seed, "pick", "enterprise")
        places = [c.name for c in communes(self.seed, self.year)]
        names: list[str] = []
        while len(names) < self._count(FULL_ENTERPRISES):
            name = rng.choice(ENTERPRISE_KINDS).format(p=rng.choice(places))
            if name not in names:
                names.append(name)
        for name in names:
            with self.inspected_on("unit", name):
                self.enterprise(name)

    # -- all --------------------------------------------------------------------------------
    @contextlib.contextmanager
    def inspected_on(self, *key: object) -> Iterator[None]:
        """The round as of the day the unit of ``key`` is inspected (see ``season``)."""
        if self.season is None:
            yield
            return
        base, (first, last) = self.round, self.season
        day = first + dt.timedelta(days=_rng(self.seed, "as_of", *key).randint(0, (last - first).days))
        while not is_working_day(day):
            day += dt.timedelta(days=1)
        self.round = dataclasses.replace(base, as_of=day)
        try:
            yield
        finally:
            self.round = base

    def build(self) -> Sample:
        self.province_record()  # first: the profiles' province trainings are its trainings
        for c in self.communes:
            with self.inspected_on("commune", c.kind, c.name):
                self.commune(c)
        self.province_units()
        if self.year == 2023:
            self.district_records()
        self.files["README.md"] = self.readme()
        return Sample(dict(sorted(self.files.items())), dict(self.counts), self.records)

    def readme(self) -> str:
        r = self.round
        n_villages = sum(len(c.villages) for c in self.communes)
        full = len(communes(self.seed, self.year))
        part = "" if len(self.communes) == full else \
            f" — a sample of {len(self.communes)} of the {full} communes (`--communes {len(self.communes)}`)"
        command = (f"qcdc-check sample --province lai-chau --seed {self.seed} --year {self.year}"
                   + ("" if len(self.communes) == full else f" --communes {len(self.communes)}") + " -o DIR")
        lines = [
            f"# {SYNTHETIC.upper()} — SYNTHETIC SAMPLE, NOT INSPECTION RECORDS", "",
            "**Đây là dữ liệu giả lập để thử `qcdc-check scorecard`, không phải kết quả kiểm tra thật.** "
            "Tên tỉnh, tên xã, phường và tên cơ quan, đơn vị cấp tỉnh là thật; tên thôn, bản, tên người, tên doanh "
            "nghiệp ngoài nhà nước, số hiệu văn bản, ngày tháng và mọi sự việc ghi trong hồ sơ đều được sinh ngẫu "
            "nhiên. Không dùng để đánh giá bất kỳ đơn vị thật nào.", "",
            "This folder was generated at random to try the scorecard. The communes are Lai Châu's real ones; "
            "every fact recorded about any unit is made up. Each profile says so in its `inspected_by` and `notes`.",
            "",
            "## How it was made", "",
            "```sh", command, "qcdc-check scorecard DIR --province lai-chau", "qcdc-check annex DIR", "```", "",
            f"- Seed: **{self.seed}**; the same seed gives byte-identical files. Every draw comes from Python's "
            f"`random.Random`, seeded with the seed and the unit's key.",
            f"- Map: **{self.year}**{part}. "
            + ("The 38 communes and wards of Lai Châu from 01/07/2025 (NQ 1670/NQ-UBTVQH15; "
               "`qcdc_rules/data/lai-chau-2025-commune-merger.csv`); path province → commune → village; each "
               "commune holds the villages of the units merged into it."
               if self.year == 2025 else
               "The 106 communes, wards and towns before 01/07/2025 (the old units of the crosswalk CSV). Path "
               "province → commune → village: the seed documents do not say which district each commune was in, "
               "so no district level is given."),
            f"- Inspection round: {r.label}; every profile is as of **{r.as_of.isoformat()}**; communes and villages "
            f"are inspected from {r.local_since.isoformat()}, province-level units from "
            f"{r.province_since.isoformat()}.",
            f"- Units ({sum(self.counts.values())} profiles): communes {self.counts['commune']}, villages "
            f"{n_villages}, state agencies {self.counts['state_agency']}, public service units "
            f"{self.counts['public_service_unit']}, state-owned enterprises {self.counts['state_owned_enterprise']}, "
            f"other enterprises {self.counts['enterprise']}.", "",
            "## Figures the draws follow", "",
            "Seeds: 000 and 001 are Lai Châu's 2023 report (Báo cáo 39-BC/BCĐ, 21/12/2023) and its annex; 002 is "
            "Lạng Sơn's review (used only where Lai Châu gives no figure).", "",
            "| figure | value | source |", "|---|---|---|",
        ]
        for key, (value, source) in FIGURES.items():
            shown = f"{value:.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
            lines.append(f"| {key} | {shown} | {source} |")
        y = r.annex_year
        districts = (f"the city's and the seven districts' ({len(DISTRICTS)} files, "
                     f"`tinh-lai-chau/hoat-dong-huyen-…`), "
                     f"sharing the annex's district totals" + ("" if len(self.communes) == full else
                                                             f" scaled to the sample ({len(self.communes)}/{full})")
                     + "; " if self.year == 2023 else "")
        lines += ["", "## The annex's activity records", "",
                  f"The statistical annex (`qcdc-check annex DIR`; with the scorecard, its *Phụ lục*) is computed for "
                  f"**{y}** from {self.records} activity records (`schema: qcdc-activity/1`), as synthetic as the "
                  f"profiles: the province's (`tinh-lai-chau/hoat-dong-tinh-lai-chau-{y}.yaml`, its own figures, not "
                  f"scaled); {districts}one per commune (`<commune>/hoat-dong-{y}.yaml`: its party secretary's "
                  f"receptions and dialogues, the party committee's, the Front's and the organisations' documents, "
                  f"its inspections of villages"
                  + (", and new rural development, the districts being gone" if self.year == 2025 else "")
                  + "). The communes' chairmen's receptions and dialogue conferences, the commune government's "
                    "documents and the trainings the communes organised come from the profiles. "
                  + ("The 2025 communes began on 01/07/2025: their figures are for half a year, weighted by the "
                     "units merged into each. " if self.year == 2025 else "")
                  + "Every training a profile mentions says which level organised it (`organiser_level`); a "
                    "provincial one is on a day the province's record lists, so the annex counts it once.", "",
                  "| annex figure (2023) | value | source |", "|---|---|---|"]
        lines += [f"| {key} | {value:g} | {source} |" for key, (value, source) in ANNEX.items()]
        lines += ["", "Assumptions for the communes' records (per commune and year, no seed gives them): "
                  + "; ".join(f"{k} = {v}" for k, v in ANNEX_ASSUMED.items()) + "."]
        lines += ["", "Assumptions, where no seed gives a figure (the main ones; the other shares are set where "
                  "they are drawn, in `qcdc_rules/sample/`): "
                  + "; ".join(f"{k} = {v}" for k, v in ASSUMED.items())
                  + ". Each unit also draws a diligence that moves all its shares up or down together, so findings "
                  "cluster by unit. Petitions are settled at the rate of seed 001 l.168 (787 of 901, 87.3%); village "
                  "meetings decide residents' contributions to village works (seed 001 l.104).", ""]
        lines += ["## Evidence for every rule", "",
                  "Each profile records what the rules that bind its unit look at: besides the above, the communes' "
                  "consultations of residents and their council sessions, the decisions their villages took and they "
                  "recognised (village heads' elections and dismissals, covenants adopted under Decree 61/2023, "
                  "household ballots, online votes, commune-wide matters), the covenants they keep and review, the "
                  "investment supervision boards' plans, funding and recommendations, the inspection boards' "
                  "inspections; the agencies' disclosures to their staff (a work plan every month), staff "
                  "evaluations, the board's briefings, the heads' citizen receptions; the enterprises' dialogue "
                  "representatives, disclosures to workers, requests for dialogue. Most of it is done in time; some "
                  "is late, incomplete or misses a step, as the seeds' shortcomings describe; where a unit keeps no "
                  "record of a kind, its profile says the inspector looked and found none (`not_found`), and now and "
                  "then the inspector did not look, so a few rules report missing evidence. These draws come from "
                  "streams of their own, so the draws above, the activity records and the figures that follow the "
                  "seeds are as they were. Shares (assumptions unless `qcdc_rules/sample/figures.py` cites a "
                  "seed line): "
                  + "; ".join(f"{k} = {v:.3g}" for k, v in ASSUMED_RULES.items()) + ".", ""]
        return unicodedata.normalize("NFC", "\n".join(lines))


def build(province: str = "lai-chau", seed: int = 1, year: int = 2025, communes: int | None = None) -> Sample:
    """The sample: its files (YAML profiles in folders by area, and a README.md) and the
    number of units of each type. Writes nothing."""
    if province not in PROVINCES:
        raise ValueError(f"no sample for province '{province}': only {', '.join(PROVINCES)}")
    return _Builder(seed, year, communes).build()


def generate(province: str = "lai-chau", seed: int = 1, year: int = 2025,
             communes: int | None = None) -> dict[str, str]:
    """{relative path: text} of the sample: a YAML profile per unit and the README.md."""
    return build(province, seed, year, communes).files

"""The steering committees' activity records: the province's, the districts' (2023 map) and the
communes'."""

from __future__ import annotations

import datetime as dt
import math

from .figures import ANNEX, ANNEX_ASSUMED, D
from .names import DISTRICTS, PROVINCE_ORGANISERS, SYNTHETIC
from .writer import _Flow, _FlowList, _yaml, slug
from .areas import Commune, _rng
from .units import _Base, _Unit, _header, _notes


class _Records(_Base):
    """The activity records (qcdc-activity/1) of the province, its districts and its communes."""

    # -- the steering committees' activity records (the annex) ----------------------------
    def _record(self, name: str, folder: str, level: str, area: list[dict], kept_by: str, body: dict) -> None:
        """An activity record, at ``folder``/hoat-dong-``name``-YEAR.yaml (a commune's: in its folder,
        hoat-dong-YEAR.yaml), with id hd-``name``-YEAR."""
        y = self.round.annex_year
        path = f"{folder}/hoat-dong-{y}.yaml" if level == "commune" else f"{folder}/hoat-dong-{name}-{y}.yaml"
        data = {"schema": "qcdc-activity/1", "id": f"hd-{name}-{y}",
                "level": level, "admin_path": [_Flow(a) for a in area], "year": y,
                "kept_by": f"{kept_by} — {SYNTHETIC} (qcdc-check sample, seed {self.seed})", **body,
                "notes": _notes(self.seed, self.year, "Hồ sơ hoạt động giả lập của Ban Chỉ đạo; số liệu theo phụ lục "
                                                      "báo cáo 39-BC/BCĐ năm 2023 (xem README.md).")}
        if path in self.files:  # pragma: no cover - a bug
            raise RuntimeError(f"two files would be written to {path}")
        self.files[path] = _yaml(_header(self.seed, self.year), data)
        self.records += 1

    def _document(self, u: _Unit, issuer: str, purpose: str, kind: str, symbol: str | None, title: str,
                  start: dt.date, end: dt.date) -> dict:
        """A dated document; numbered when its type is known (``symbol`` as in 12-KH/BCĐ, or
        12/KH-UBND when it starts with '/')."""
        day = u.workday(start, end)
        out = {"issuer": issuer, "purpose": purpose, "kind": kind}
        if symbol:
            taken = u.__dict__.setdefault("numbers", set())  # one number, one document
            while True:
                n = u.rng.randint(1, 180)
                number = f"{n}{symbol}" if symbol.startswith("/") else f"{n:02d}-{symbol}"
                if number not in taken:
                    break
            taken.add(number)
            out["number"] = number
        out.update(date=day, title=title)
        return out

    def province_record(self) -> None:
        """The province's record of the annex year, with the province's figures of seed 001's annex
        (not scaled: they are the province's own)."""
        y = self.round.annex_year
        u = _Unit(self.seed, self.year, "activity", "province")
        start, end = D(y, 1, 5), D(y, 12, 15)
        law = "Luật Thực hiện dân chủ ở cơ sở"
        docs = [self._document(u, "party_committee", "direction", "other", None,
                               f"Văn bản của Tỉnh ủy lãnh đạo thực hiện dân chủ ở cơ sở năm {y}", start, end)]
        for kind, symbol, title in (("plan", "KH/BCĐ", "Kế hoạch hoạt động của Ban Chỉ đạo"),
                                    ("plan", "KH/BCĐ", "Kế hoạch kiểm tra, giám sát thực hiện dân chủ ở cơ sở"),
                                    ("notice", "TB/BCĐ", "Thông báo phân công nhiệm vụ thành viên Ban Chỉ đạo"),
                                    ("notice", "TB/BCĐ", "Thông báo kết luận của Trưởng Ban Chỉ đạo"),
                                    ("official_letter", "CV/BCĐ", "Công văn đề nghị báo cáo kết quả thực hiện"),
                                    ("official_letter", "CV/BCĐ", "Công văn hướng dẫn tổ chức đối thoại")):
            docs.append(self._document(u, "steering_committee", "direction", kind, symbol, f"{title} năm {y}",
                                       start, end))
        for org in ("Hội Nông dân tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"):
            docs.append(self._document(u, "socio_political", "direction", "other", None,
                                       f"Văn bản của {org} về thực hiện dân chủ ở cơ sở", start, end))
        docs.append(self._document(u, "government", "law_implementation", "plan", "/KH-UBND",
                                   f"Kế hoạch triển khai thi hành {law}", start, end))
        docs.append(self._document(u, "government", "law_implementation", "official_letter", "/UBND-NC",
                                   f"Công văn triển khai {law} và Nghị định 59/2023/NĐ-CP", start, end))
        docs.sort(key=lambda d: d["date"])
        months = [(2, 3), (4, 5), (7, 8), (9, 10), (11, 12)]  # spread, so the communes' half of 2025 has some
        days = [u.workday(D(y, a, 1), D(y, b, 25)) for a, b in months]
        people = _apportion(int(ANNEX["province_trainees"][0]), [u.rng.uniform(0.7, 1.3) for _ in days])
        trainings = [{"date": d, "title": f"Hội nghị tuyên truyền, tập huấn {law}",
                      "organiser": PROVINCE_ORGANISERS[0], "participants": n,
                      "audiences": _FlowList(["officials", "front_organisations", "mass_mobilisation"])}
                     for d, n in zip(days, people)]
        self.province_training_days = days
        inspections = [{"id": "KT-01", "date": u.workday(D(y, 9, 1), D(y, 11, 30)),
                        "title": "Kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở",
                        "by": "Đoàn kiểm tra của Ban Chỉ đạo tỉnh",
                        "teams": int(ANNEX["province_inspections"][0]),
                        "units": int(ANNEX["province_inspected_units"][0])}]
        chair = int(ANNEX["province_chair"][0])
        self._record("tinh-lai-chau", "tinh-lai-chau", "province", [self._province()],
                     "Văn phòng Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Lai Châu",
                     {"documents": docs, "trainings": trainings, "inspections": inspections,
                      "heads": {"party_secretary": _Flow({"receptions": 0, "dialogues": 0}),
                                "chairman": _Flow({"receptions": chair, "dialogues": chair})}})

    def _commune_shares(self) -> dict[tuple[str, str], dict[str, int]]:
        """The communes' share of the province-wide commune figures (the party secretaries'
        receptions and dialogues; new rural development once there are no districts), over the
        whole map, so that a smaller sample keeps each commune's figures. A 2025 commune weighs
        as the units merged into it, over the half year it existed."""
        if hasattr(self, "_shares"):
            return self._shares
        part = 0.5 if self.year == 2025 else 1.0
        weights = [max(1, len(c.predecessors)) * _rng(self.seed, "activity", "weight", c.kind, c.name).gammavariate(
            4.0, 1.0) for c in self.everything]
        figures = {"receptions": ANNEX["commune_secretary_receptions"][0],
                   "dialogues": ANNEX["commune_secretary_dialogues"][0]}
        if self.year == 2025:
            figures.update(money=ANNEX["rural_money_million"][0], land=ANNEX["rural_land_m2"][0])
        split = {k: _apportion(round(v * part), weights) for k, v in figures.items()}
        self._shares = {(c.kind, c.name): {k: split[k][i] for k in split} for i, c in enumerate(self.everything)}
        return self._shares

    def commune_record(self, c: Commune, cslug: str, title: str) -> None:
        """What the commune's own profile does not hold: its party secretary's receptions and
        dialogues, the party committee's, the Front's and the organisations' documents, its
        inspections of villages (assumptions), and new rural development on the 2025 map."""
        y = self.round.annex_year
        u = _Unit(self.seed, self.year, "activity", c.kind, c.name)
        start, end = max(D(y, 1, 5), self.round.local_since + dt.timedelta(days=5)), D(y, 12, 20)
        part = 0.5 if self.year == 2025 else 1.0
        a = ANNEX_ASSUMED
        docs = []
        for issuer, mean, kinds, org in (
                ("party_committee", a["commune_party_direction"], (("plan", "KH/ĐU"), ("directive", "CT/ĐU"),
                                                                   ("notice", "TB/ĐU")), f"Đảng ủy {title}"),
                ("front", a["commune_front_direction"], (("plan", "KH/MTTQ"),), f"Ủy ban MTTQ Việt Nam {title}"),
                ("socio_political", a["commune_organisations_direction"], (("plan", "KH/HND"), ("plan", "KH/HPN"),
                                                                           ("plan", "KH/ĐTN")),
                 f"các đoàn thể {title}")):
            for _ in range(u.poisson(mean * part)):
                kind, symbol = u.rng.choice(kinds)
                docs.append(self._document(u, issuer, "direction", kind, symbol,
                                           f"Văn bản của {org} về thực hiện dân chủ ở cơ sở", start, end))
        if u.rng.random() < a["commune_party_law_plan"]:
            docs.append(self._document(u, "party_committee", "law_implementation", "plan", "KH/ĐU",
                                       "Kế hoạch quán triệt, triển khai Luật Thực hiện dân chủ ở cơ sở", start, end))
        docs.sort(key=lambda d: d["date"])
        inspections = []
        for i in range(u.poisson(a["commune_inspections"] * part)):
            inspections.append({"id": f"KT-{i + 1:02d}", "date": u.workday(start, end),
                                "title": "Kiểm tra thực hiện dân chủ ở thôn, bản, tổ dân phố",
                                "by": f"Đoàn kiểm tra của Đảng ủy {title}", "teams": 1,
                                "units": u.rng.randint(1, max(1, min(5, len(c.villages))))})
        inspections.sort(key=lambda i: i["date"])
        share = self._commune_shares()[(c.kind, c.name)]
        body = {"documents": docs, "inspections": inspections,
                "heads": {"party_secretary": _Flow({"receptions": share["receptions"],
                                                    "dialogues": share["dialogues"]})}}
        if "money" in share:
            body["new_rural"] = _Flow({"money_million_vnd": share["money"], "land_m2": share["land"]})
        self._record(cslug, cslug, "commune",
                     [self._province(), {"level": "commune", "kind": c.kind, "name": c.name}],
                     f"Văn phòng Đảng ủy {title}", body)

    def district_records(self) -> None:
        """The city's and the seven districts' records (the 2023 map): the annex's district totals,
        scaled to the sample, shared among them."""
        y = self.round.annex_year
        rng = _rng(self.seed, "activity", "districts")
        weights = [rng.gammavariate(4.0, 1.0) for _ in DISTRICTS]

        def split(key: str) -> list[int]:
            return _apportion(round(ANNEX[key][0] * self.scale), weights)

        law = [("party_committee", "plan", "KH/HU", ANNEX["district_law_party"][0]),  # seed 001 l.281–283
               ("government", "plan", "/KH-UBND", 10), ("government", "official_letter", "/UBND-NV", 4),
               ("steering_committee", "plan", "KH/BCĐ", ANNEX["district_law_bcd"][0])]
        law_split = [_apportion(round(n * self.scale), weights) for *_, n in law]
        direction = {issuer: split(f"district_direction_{key}") for issuer, key in (
            ("party_committee", "party"), ("government", "government"), ("steering_committee", "bcd"),
            ("front", "front"), ("socio_political", "organisations"))}
        sessions, inspections = split("district_trainings"), split("district_inspections")
        people = _apportion(round(ANNEX["district_trainees"][0] * self.scale), sessions) if sum(sessions) else \
            [0] * len(DISTRICTS)
        units = _apportion(round(ANNEX["district_inspected_units"][0] * self.scale), inspections) \
            if sum(inspections) else [0] * len(DISTRICTS)
        heads = {k: split(k) for k in ("district_secretary_receptions", "district_secretary_dialogues",
                                       "district_chair_receptions", "district_chair_dialogues")}
        money, land = split("rural_money_million"), split("rural_land_m2")
        for i, (kind, name) in enumerate(DISTRICTS):
            u = _Unit(self.seed, self.year, "activity", kind, name)
            title = f"{kind} {name}"
            start, end = D(y, 1, 5), D(y, 12, 20)
            docs = [{"issuer": issuer, "purpose": "direction", "count": counts[i],
                     "title": f"Văn bản lãnh đạo, chỉ đạo về thực hiện dân chủ ở cơ sở năm {y} (tổng hợp)"}
                    for issuer, counts in direction.items() if counts[i]]
            for (issuer, kind_, symbol, _), counts in zip(law, law_split):
                for _ in range(counts[i]):
                    docs.append(self._document(u, issuer, "law_implementation", kind_, symbol,
                                               f"Văn bản quán triệt, triển khai Luật Thực hiện dân chủ ở cơ sở, "
                                               f"{title}", start, end))
            trainings = [{"title": f"Tuyên truyền, tập huấn Luật Thực hiện dân chủ ở cơ sở năm {y} (tổng hợp)",
                          "sessions": sessions[i], "participants": people[i],
                          "audiences": _FlowList(["officials", "party_cell_secretaries", "village_heads",
                                                  "grassroots_organisations", "residents"])}] if sessions[i] else []
            checks = [{"title": f"Kiểm tra, giám sát thực hiện dân chủ ở cơ sở năm {y} (tổng hợp)",
                       "by": f"Các đoàn kiểm tra của Ban Chỉ đạo {title}", "teams": inspections[i],
                       "units": units[i]}] if inspections[i] else []
            area = [self._province(), {"level": "district", "kind": kind, "name": name}]
            self._record(f"{slug(kind)}-{slug(name)}", "tinh-lai-chau", "district", area,
                         f"Văn phòng Ban Chỉ đạo thực hiện dân chủ ở cơ sở {title}",
                         {"documents": docs, "trainings": trainings, "inspections": checks,
                          "heads": {"party_secretary": _Flow({"receptions": heads["district_secretary_receptions"][i],
                                                              "dialogues": heads["district_secretary_dialogues"][i]}),
                                    "chairman": _Flow({"receptions": heads["district_chair_receptions"][i],
                                                       "dialogues": heads["district_chair_dialogues"][i]})},
                          "new_rural": _Flow({"money_million_vnd": money[i], "land_m2": land[i]})})


def _apportion(total: int, weights: list[float]) -> list[int]:
    """``total`` shared in proportion to ``weights``, whole numbers that add up to it (largest
    remainder; ties to the first)."""
    if total <= 0 or not weights or sum(weights) <= 0:
        return [0] * len(weights)
    exact = [total * w / sum(weights) for w in weights]
    out = [math.floor(x) for x in exact]
    for i in sorted(range(len(out)), key=lambda i: (-(exact[i] - out[i]), i))[:total - sum(out)]:
        out[i] += 1
    return out

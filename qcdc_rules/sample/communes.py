"""A commune's profile (communes, wards and towns)."""

from __future__ import annotations

import datetime as dt
import math

from .figures import ASSUMED, ASSUMED_RULES, D, FIGURES, LAW_FROM, NQ75_FROM
from .writer import _Flow, _FlowList, slug
from .areas import Commune, Village
from .units import (_Base, _Unit, _add_workdays, _fit, _last_broadcast, _months_later, _notes, _periods, _sub_workdays,
                    _taken_down, _unique, _weekday)


class _Communes(_Base):
    """A commune's profile: its council and committee, their papers, the duties of the commune."""

    # -- the commune and its villages -------------------------------------------------------
    def commune(self, c: Commune) -> None:
        r, seed = self.round, self.seed
        u = _Unit(seed, self.year, "commune", c.kind, c.name)
        cslug = self.folders[(c.kind, c.name)]
        title = f"{c.kind} {c.name}"
        since, as_of = r.local_since, r.as_of
        years = _periods("year", since, as_of)
        quarters = _periods("quarter", since, as_of)
        halves = _periods("half", since, as_of)
        start = since  # when the unit's evidence begins (2025: the new commune begins)
        has_website = u.chance(ASSUMED["website_2025"] if self.year == 2025 else FIGURES["commune_online_share"][0])
        has_loudspeaker = u.chance(ASSUMED["loudspeaker"] if not c.urban else 0.5)
        ethnics = [v.ethnic for v in c.villages]
        main_ethnic = max(set(ethnics), key=lambda e: (ethnics.count(e), e)) if ethnics else "kinh"
        p = self._profile(f"lc{self.year}-{cslug}", f"Ủy ban nhân dân {title}", "commune",
                          [self._province(), {"level": "commune", "kind": c.kind, "name": c.name}], since)
        p["headcount"] = {"villages": len(c.villages), "households": sum(v.households for v in c.villages)}
        p["attributes"] = {"has_loudspeaker": has_loudspeaker, "has_website": has_website,
                           "ethnic_minority_area": not c.urban}
        docs, disclosures, meetings, boards, not_found = [], [], [], [], []
        issuer = f"UBND {title}"

        # Democracy regulation (Luật Đ35 k3): issued with the Front, after 01/07/2023.
        reg_date = None
        if u.chance(ASSUMED["regulation_share"]):
            old = u.rng.random() < 0.07 and self.year == 2023
            base = start if self.year == 2025 else LAW_FROM  # a 2025 commune issues its own, after 01/07/2025
            reg_date = u.workday(D(2019, 3, 1), D(2020, 12, 31)) if old else \
                u.workday(base + dt.timedelta(days=20), base + dt.timedelta(days=150))
            doc = {"id": "Quy chế thực hiện dân chủ", "kind": "democracy_regulation",
                   "title": f"Quy chế thực hiện dân chủ ở {title}", "number": u.number("QĐ-UBND"),
                   "date": reg_date, "issuer": issuer}
            front = u.pick((True, 0.85), (False, 0.1), (None, 0.05))
            if front is not None:
                doc["with_front"] = front
            if old:
                doc["note"] = "Ban hành theo Pháp lệnh 34/2007/PL-UBTVQH11, chưa ban hành lại theo Luật 10/2022/QH15."
            docs.append(doc)
        elif u.rng.random() < 0.7:
            not_found.append("documents.democracy_regulation")

        # NQ 75 Art. 3 k4: the commune council's resolution on measures (from 09/12/2024).
        share = ASSUMED[f"measures_resolution_{self.year}"]
        if u.chance(share):
            first = max(start, NQ75_FROM) + dt.timedelta(days=15)
            docs.append({"id": "Nghị quyết biện pháp bảo đảm thực hiện dân chủ",
                         "kind": "democracy_measures_resolution",
                         "title": f"Nghị quyết quyết định các biện pháp bảo đảm thực hiện dân chủ ở cơ sở trên địa "
                                  f"bàn {title}", "number": u.number("NQ-HĐND", 1, 60),
                         "date": u.workday(first, min(first + dt.timedelta(days=150), as_of - dt.timedelta(days=10))),
                         "issuer": f"HĐND {title}"})
        elif u.rng.random() < 0.7:
            not_found.append("documents.democracy_measures_resolution")

        # Disclosure plan, its report, the report to the council, the quarterly list (Luật Đ13–14).
        if u.chance(0.75):
            docs.append({"id": "Kế hoạch công khai thông tin", "kind": "disclosure_plan",
                         "title": f"Kế hoạch thực hiện công khai thông tin năm {start.year}",
                         "number": u.number("KH-UBND"), "date": u.workday(start, start + dt.timedelta(days=40)),
                         "issuer": issuer})
        elif u.rng.random() < 0.5:
            not_found.append("documents.disclosure_plan")
        if u.chance(0.5):
            docs.append({"id": "Báo cáo kết quả thực hiện kế hoạch công khai", "kind": "disclosure_plan_report",
                         "number": u.number("BC-UBND"), "date": u.workday(D(years[-1].end.year, 12, 1),
                                                                          D(years[-1].end.year, 12, 20))
                         if years else u.workday(start, as_of), "issuer": issuer})
        for y in years:
            if u.chance(0.55):
                doc = {"id": f"Báo cáo công khai thông tin trình HĐND năm {y.start.year}", "kind": "disclosure_report",
                       "number": u.number("BC-UBND"),
                       "date": u.workday(D(y.start.year, 12, 5), D(y.start.year, 12, 22)),
                       "issuer": issuer}
                sent = u.pick((True, 0.8), (False, 0.1), (None, 0.1))
                if sent is not None:
                    doc["sent_to_front"] = sent
                docs.append(doc)
        for q in quarters:
            if u.chance(0.55):
                doc = {"id": f"Danh sách nội dung đã công khai {q.label}", "kind": "disclosed_items_list",
                       "date": u.workday(q.end - dt.timedelta(days=12), q.end - dt.timedelta(days=1))}
                posted = u.pick((True, 0.8), (False, 0.12), (None, 0.08))
                if posted is not None:
                    doc["posted"] = posted
                docs.append(doc)
        if u.chance(0.7):
            docs.append({"id": "Kế hoạch tập huấn, bồi dưỡng", "kind": "training_plan",
                         "title": f"Kế hoạch tập huấn, bồi dưỡng về thực hiện dân chủ ở cơ sở năm {start.year}",
                         "number": u.number("KH-UBND"), "date": u.workday(start, start + dt.timedelta(days=60)),
                         "issuer": issuer})
        for y in years:
            if u.chance(0.5):
                docs.append({"id": f"Đánh giá kết quả thực hiện nhiệm vụ năm {y.start.year}",
                             "kind": "democracy_evaluation", "date": u.workday(D(y.start.year, 12, 10),
                                                                                D(y.start.year, 12, 28)),
                             "issuer": issuer,
                             "note": "Có tiêu chí mức độ thực hiện dân chủ ở cơ sở khi đánh giá tập thể, lãnh đạo."})
        if u.chance(0.8):
            docs.append({"id": "Nội quy tiếp công dân", "kind": "reception_rules", "number": u.number("QĐ-UBND"),
                         "date": u.workday(start, start + dt.timedelta(days=45)), "issuer": issuer})
        if u.chance(0.75):
            notice = {"id": "Lịch tiếp công dân", "kind": "reception_notice",
                      "title": "Nơi tiếp, thời gian tiếp công dân thường xuyên và lịch tiếp của Chủ tịch UBND",
                      "date": u.workday(start, start + dt.timedelta(days=30)), "issuer": issuer}
            docs.append(_fit("document", notice, {"posted": u.pick((True, 0.85), (False, 0.15))}))
        if u.chance(0.6):
            docs.append(_fit("document", {"id": "Hệ thống đánh giá sự hài lòng", "kind": "satisfaction_system",
                                          "title": "Hệ thống đánh giá mức độ hài lòng tại Bộ phận một cửa",
                                          "date": u.workday(start, start + dt.timedelta(days=90)), "issuer": issuer},
                             {"operating": u.pick((True, 0.85), (False, 0.15))}))
        # Petitions: 901 cases in the administrations' competence in 2023, 787 settled, 87.3% (seed 001 l.168).
        for i in range(u.poisson(2.0)):
            received = u.workday(start, as_of - dt.timedelta(days=20))
            doc = {"id": f"Đơn kiến nghị, phản ánh {i + 1}", "kind": "citizen_petition",
                   "title": u.rng.choice(["Kiến nghị về đất sản xuất", "Phản ánh về hỗ trợ nhà ở",
                                          "Kiến nghị về đường giao thông nội bản", "Phản ánh về nước sinh hoạt"]),
                   "date": received, "received": received}
            if u.rng.random() < 787 / 901:
                doc["reply"] = _Flow({"number": u.number("CV-UBND"),
                                      "date": received + dt.timedelta(days=u.rng.randint(7, 40)), "issuer": issuer})
            else:
                doc["replied"] = False
            docs.append(_fit("document", doc))
        if u.rng.random() < 0.6:
            not_found.append("documents.obstruction_case")

        # Disclosures.
        offices = _Postings(u, c, has_website)
        for y in years:
            nxt = y.start.year + 1
            decided = u.workday(D(y.start.year, 12, 8), D(y.start.year, 12, 20))
            plan = offices.item(f"KH phát triển KT-XH năm {nxt}", 1,
                                f"Kế hoạch phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh năm {nxt}",
                                decided, f"HĐND {title}", "NQ-HĐND")
            plan.update(part="socio_economic_plan", data_period=_Flow({"from": D(nxt, 1, 1), "to": D(nxt, 12, 31)}))
            disclosures.append(plan)
            # The year's results, reported to the same session (Luật Đ11 k1 "và kết quả thực hiện"): drawn from
            # a stream of their own, so the draws after them are unchanged.
            ru = u.fork(seed, self.year, "socio-economic-results", c.kind, c.name, y.start.year)
            if ru.chance(0.85):
                res = _Postings(ru, c, has_website).item(
                    f"Kết quả thực hiện KH phát triển KT-XH năm {y.start.year}", 1,
                    f"Báo cáo kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm {y.start.year}", decided,
                    f"UBND {title}", "BC-UBND")
                res.update(part="socio_economic_results",
                           data_period=_Flow({"from": D(y.start.year, 1, 1), "to": D(y.start.year, 12, 31)}))
                disclosures.append(res)
            decided = u.workday(D(y.start.year, 12, 8), D(y.start.year, 12, 20))
            est = offices.item(f"Dự toán ngân sách xã năm {nxt}", 2, f"Dự toán thu, chi ngân sách năm {nxt}",
                               decided, f"HĐND {title}", "NQ-HĐND")
            est["part"] = "budget_estimate"
            disclosures.append(est)
        for q in quarters + halves + years:
            p_ = {"quarter": 0.65, "half": 0.55, "year": 0.5}[("quarter" if "Q" in q.label else "half" if "H" in
                                                              q.label else "year")]
            due = q.end + dt.timedelta(days=88)
            if due >= as_of or not u.chance(p_):
                continue
            item = offices.item(f"Thực hiện dự toán ngân sách {q.label}", 2,
                                f"Tình hình thực hiện dự toán ngân sách xã {q.label}", None, None, None,
                                first=u.workday(q.end + dt.timedelta(days=8), q.end + dt.timedelta(days=45)),
                                villages_share=None)
            item["part"] = "budget_execution"
            item["data_period"] = _Flow({"from": q.start, "to": q.end})
            disclosures.append(item)
        if reg_date is not None and reg_date >= LAW_FROM and u.chance(0.85):
            disclosures.append(offices.standing("Quy chế dân chủ (niêm yết)", 4, "democracy_regulation",
                                                f"Quy chế thực hiện dân chủ ở {title}", reg_date))
        for part, subject in (("official_duties", "Nhiệm vụ, quyền hạn của cán bộ, công chức, người hoạt động "
                                                  "không chuyên trách"),
                              ("code_of_conduct", "Quy tắc ứng xử của người có chức vụ, quyền hạn")):
            if u.chance(0.75 if part == "official_duties" else 0.6):
                disclosures.append(offices.standing(subject, 4, part, subject,
                                                    u.workday(start, start + dt.timedelta(days=60))))
        if u.chance(0.95):
            n = int(FIGURES["commune_procedures"][0])
            disclosures.append({"id": "Thủ tục hành chính cấp xã", "item": 13,
                                "subject": f"Thủ tục hành chính thuộc thẩm quyền của UBND cấp xã ({n} danh mục)",
                                "postings": [_Flow({"place": "commune_office",
                                                    "from": u.workday(start, start + dt.timedelta(days=20))})]})
        for y in years:
            yr = y.start.year
            for item, ident, subject, when, by in (
                    (7, f"Hộ nghèo, cận nghèo năm {yr + 1}", f"Danh sách hộ nghèo, hộ cận nghèo năm {yr + 1} sau rà "
                     "soát", (D(yr, 12, 1), D(yr, 12, 18)), issuer),
                    (7, f"Hỗ trợ quà Tết năm {yr + 1}", "Danh sách hộ nghèo, cận nghèo, đối tượng bảo trợ xã hội được "
                     "hỗ trợ quà Tết Nguyên đán", (D(yr + 1, 1, 5), D(yr + 1, 1, 15)), "UBND tỉnh Lai Châu"),
                    (9, f"Gọi nhập ngũ năm {yr + 1}", f"Danh sách công dân đủ điều kiện gọi nhập ngũ năm {yr + 1}",
                     (D(yr, 11, 15), D(yr, 12, 10)), issuer),
                    (12, f"Phí, lệ phí năm {yr + 1}", "Đối tượng nộp, mức thu các loại phí, lệ phí",
                     (D(yr, 12, 15), D(yr, 12, 28)), f"HĐND {title}")):
                if when[1] >= as_of - dt.timedelta(days=10) or not u.chance({7: 0.75, 9: 0.6, 12: 0.3}[item]):
                    continue
                decided = u.workday(*when)
                d = offices.item(ident, item, subject, decided, by, "QĐ-UBND" if item != 12 else "NQ-HĐND")
                if item in (7, 9, 12):
                    if has_loudspeaker:
                        days = u.pick((3 + u.rng.randint(0, 4), 0.6), (u.rng.randint(1, 2), 0.25), (0, 0.15))
                        first = d["postings"][0]["from"] if d.get("postings") else decided
                        d["broadcasts"] = [_Flow({"from": first, "to": _last_broadcast(first, days)})] \
                            if days else []
                    sent = u.pick((True, 0.6), (False, 0.1), (None, 0.3))
                    if sent is not None:
                        d["sent_to_village_heads"] = sent
                disclosures.append(d)
        if u.rng.random() < 0.12 and disclosures:
            d = u.rng.choice([x for x in disclosures if x["item"] in (2, 7)] or disclosures)
            d["requested"] = u.day(start, as_of - dt.timedelta(days=20))
            d["provided_on_request"] = u.chance(0.8)

        # Dialogue conferences (Luật Đ32): commune chairs held 332 dialogues in 2023 (seed 001).
        per_year = FIGURES["commune_chair_dialogues"][0] / FIGURES["communes_2023"][0]
        for y in years:
            lo = max(y.start, start)
            n = u.poisson(per_year * ((y.end - lo).days + 1) / 365)
            for i, day in enumerate(sorted(u.workday(lo, y.end) for _ in range(n))):
                summoned = u.rng.randint(60, 220)
                meetings.append({"id": f"Hội nghị đối thoại {y.start.year} lần {i + 1}",
                                 "kind": "dialogue_conference",
                                 "title": f"Hội nghị đối thoại giữa Chủ tịch UBND {title} với Nhân dân",
                                 "date": day, "summoned": summoned,
                                 "present": round(summoned * u.rng.uniform(0.72, 0.98)),
                                 "minutes": u.pick((True, 0.9), (False, 0.1))})
            if n == 0 and u.rng.random() < 0.6:
                not_found.append("meetings.dialogue_conference")
        if u.rng.random() < 0.5:
            meetings.append({"id": "Phiên họp UBND xã về công trình có vốn đóng góp", "kind": "other",
                             "title": "Phiên họp thường kỳ của UBND xã bàn về công trình xây dựng có vốn Nhân dân "
                                      "đóng góp", "date": u.workday(start, as_of - dt.timedelta(days=15)),
                             "concerns_inspection_board": True,
                             "inspection_board_invited": u.pick((True, 0.8), (False, 0.2))})

        # The People's Inspection Board (106 boards, 963 members: seed 001) and the
        # investment supervision boards (118 boards, 661 members).
        people: list[tuple[str, str]] = []
        board, elected = self._commune_board(u, c, title)
        boards.append(board)
        people += [(m["name"], "people_inspection_member") for m in board["members"]]
        n_inv = 2 if u.rng.random() < (FIGURES["investment_boards"][0] / FIGURES["inspection_boards"][0] - 1) else 1
        for k in range(n_inv):
            size = max(3, round(u.rng.gauss(FIGURES["investment_members"][0] / FIGURES["investment_boards"][0], 1)))
            members = []
            for j in range(size):
                v = u.rng.choice(c.villages) if c.villages else None
                members.append(_Flow({"name": u.person(v.ethnic if v else main_ethnic),
                                      "role": "head" if j == 0 else "member", **({"village": v.name} if v else {})}))
            boards.append({"id": f"Ban Giám sát đầu tư của cộng đồng{'' if n_inv == 1 else f' số {k + 1}'}",
                           "kind": "investment_supervision", "elected": elected,
                           "recognised_by": _Flow({"number": u.number("QĐ-MTTQ"),
                                                   "date": _add_workdays(elected, u.rng.randint(2, 6)),
                                                   "issuer": f"Ban Thường trực Ủy ban MTTQ Việt Nam {title}"}),
                           "members": members})
            people += [(m["name"], "investment_supervision_member") for m in members]
        # The board's own papers (Luật Đ39; NĐ 59 Đ14).
        if self._current(board):
            self._board_papers(u, docs, board, years, halves, quarters, title, start, as_of)
        # Officers: the person in charge of grassroots democracy at the commune.
        focal = u.person(u.rng.choice(["kinh", "thai", main_ethnic]))
        officers = [_Flow({"name": focal, "role": "democracy_focal_point"})]
        people.insert(0, (focal, "democracy_focal_point"))
        # Trainings: 451 sessions at district level in 2023 for 106 communes (seed 001 annex 3).
        per_year = FIGURES["district_trainings"][0] / FIGURES["communes_2023"][0]
        span = (as_of - start).days / 365
        avg = FIGURES["district_trainees"][0] / FIGURES["district_trainings"][0]
        sessions = u.poisson(per_year * span)
        topics = [f"Luật Thực hiện dân chủ ở cơ sở và các văn bản hướng dẫn (khoảng {round(avg)} người dự)",
                  "Nghiệp vụ kiểm tra, giám sát của Ban Thanh tra nhân dân",
                  "Nghiệp vụ giám sát đầu tư của cộng đồng",
                  f"Quán triệt Nghị quyết 75/NQ-HĐND của HĐND tỉnh (khoảng {round(avg)} người dự)"]
        organisers = ["Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh", "Ủy ban MTTQ Việt Nam tỉnh Lai Châu",
                      f"UBND {title}", f"Ủy ban MTTQ Việt Nam {title}"]
        trainings = self._trainings(u, people, start, sessions, topics, organisers, ASSUMED["trained_share"],
                                    p["id"])
        self._commune_days = [t["date"] for t in trainings if t.get("organiser_level") == "commune"]
        if not trainings and u.rng.random() < 0.5:
            not_found.append("trainings")
        # Receptions by the chairman: 1,111 in 2023 for 106 communes (seed 001).
        receptions = []
        per_year = FIGURES["commune_chair_receptions"][0] / FIGURES["communes_2023"][0]
        for _ in range(u.poisson(per_year * span)):
            receptions.append(_Flow({"date": u.workday(start, as_of - dt.timedelta(days=1)),
                                     "kind": u.pick(("regular", 0.8), ("adhoc", 0.2)),
                                     "received_by": f"Chủ tịch UBND {title}", "by_head": True,
                                     "citizens": max(0, u.poisson(FIGURES["citizens_per_reception"][0]))}))
        receptions.sort(key=lambda x: x["date"])
        docs = [d for d in docs if d is not None]
        self._commune_rules(u, c, title, start, years, has_website, has_loudspeaker, p, docs, disclosures, meetings,
                            boards, receptions, not_found)
        meetings.sort(key=lambda m: m["date"])
        p.update(documents=docs, disclosures=disclosures, meetings=meetings, boards=boards, officers=officers,
                 trainings=trainings, receptions=receptions, not_found=not_found)
        merged = f" Hình thành từ {', '.join(c.predecessors)} (NQ 1670/NQ-UBTVQH15)." \
            if self.year == 2025 and c.predecessors else ""
        p["notes"] = _notes(seed, self.year, f"Số thôn, bản ({len(c.villages)}) theo tổng 956 thôn, bản, khu phố "
                                             f"toàn tỉnh (báo cáo 39-BC/BCĐ).{merged}")
        self._write(f"{cslug}/{cslug}.yaml", p)
        self.commune_record(c, cslug, title)
        used = [cslug]
        for v in c.villages:
            used.append(_unique(slug(v.name), used))
            self.village(c, v, cslug, used[-1], board, elected)

    def _commune_board(self, u: _Unit, c: Commune, title: str) -> tuple[dict, dt.date]:
        r = self.round
        if self.year == 2025:
            elected = u.workday(D(2025, 8, 1), D(2025, 11, 15))
        else:
            elected = u.workday(D(2023, 9, 1), D(2024, 3, 31))
        months = u.pick((30, 0.88), (36, 0.08), (60, 0.04))
        term_from = elected
        term_to = _months_later(term_from, months) - dt.timedelta(days=1)
        members, vacancies = [], []
        deputies = u.pick((1, 0.6), (2, 0.36), (3, 0.04))
        villages = list(c.villages) or [Village(c.name, "bản", 100, "kinh")]
        part_time = u.rng.random() < 0.05
        for i, v in enumerate(villages):
            m = {"name": u.person(v.ethnic), "role": "head" if i == 0 else "deputy" if i <= deputies else "member",
                 "village": v.name, "position": "resident", "resident": True}
            members.append(m)
        if part_time and len(members) > 2:
            members[-1]["position"] = "village_part_time"
        if u.rng.random() < 0.08 and len(members) > 5:
            gone = members.pop(u.rng.randrange(deputies + 1, len(members)))
            since = u.day(elected + dt.timedelta(days=60), r.as_of - dt.timedelta(days=30))
            vacancies.append(_Flow({"since": since, "member": gone["name"], "village": gone["village"]}))
        for _ in range(max(0, round(u.rng.gauss(0.07, 0.3)))):  # 963 members for 956 villages
            v = u.rng.choice(villages)
            members.append({"name": u.person(v.ethnic), "role": "member", "village": v.name, "position": "resident",
                            "resident": True})
        board = {"id": "Ban Thanh tra nhân dân", "kind": "people_inspection", "elected": elected,
                 "term": _Flow({"from": term_from, "to": term_to})}
        rec = u.pick(("yes", 0.88), ("unknown", 0.08), ("no", 0.04))
        if rec == "yes":
            board["recognised_by"] = _Flow({"number": u.number("QĐ-MTTQ"),
                                            "date": _add_workdays(elected, u.rng.randint(1, 6)),
                                            "issuer": f"Ban Thường trực Ủy ban MTTQ Việt Nam {title}"})
        elif rec == "no":
            board["recognised"] = False
        board["members"] = [_Flow(m) for m in members]
        board["vacancies"] = vacancies
        if not vacancies:
            del board["vacancies"]
        return board, elected

    def _board_papers(self, u: _Unit, docs: list, board: dict, years, halves, quarters, title: str,
                      start: dt.date, as_of: dt.date) -> None:
        elected = board["elected"]
        issuer = f"Ban Thanh tra nhân dân {title}"
        if u.chance(0.45):
            docs.append({"id": "Chương trình công tác nhiệm kỳ của Ban Thanh tra nhân dân",
                         "kind": "inspection_board_plan", "date": _add_workdays(elected, u.rng.randint(5, 25)),
                         "issuer": issuer, "period": _Flow({"from": board["term"]["from"], "to": board["term"]["to"]})})
        for kind, periods, p_plan in (("year", years, 0.6), ("half", halves, 0.3), ("quarter", quarters, 0.35)):
            for q in periods:
                if q.end < elected or not u.chance(p_plan):
                    continue
                start = max(q.start, elected)
                docs.append({"id": f"Kế hoạch hoạt động Ban Thanh tra nhân dân {q.label}",
                             "kind": "inspection_board_plan", "date": u.workday(start, start + dt.timedelta(days=20)),
                             "issuer": issuer, "period": _Flow({"from": q.start, "to": q.end})})
        for kind, periods, p_rep in (("year", years, 0.5), ("half", halves, 0.35), ("quarter", quarters, 0.35)):
            for q in periods:
                if q.end < elected or not u.chance(p_rep):
                    continue
                late = u.rng.random() < 0.1
                when = q.end + dt.timedelta(days=u.rng.randint(100, 130) if late else u.rng.randint(-10, 25))
                if when >= as_of:
                    continue
                docs.append({"id": f"Báo cáo hoạt động Ban Thanh tra nhân dân {q.label}",
                             "kind": "inspection_board_report", "date": when, "issuer": issuer,
                             "period": _Flow({"from": q.start, "to": q.end})})
        for y in years:
            lo = max(y.start, start)
            if u.chance(0.6):
                docs.append({"id": f"Kinh phí hoạt động Ban Thanh tra nhân dân năm {y.start.year}",
                             "kind": "inspection_board_funding", "date": u.workday(lo, lo + dt.timedelta(days=40)),
                             "issuer": f"UBND {title}", "period": _Flow({"from": y.start, "to": y.end})})
            if u.chance(0.4):
                lo = max(lo, elected)
                docs.append({"id": f"Thông báo cho Ban Thanh tra nhân dân năm {y.start.year}",
                             "kind": "inspection_board_briefing", "date": u.workday(lo, lo + dt.timedelta(days=45)),
                             "issuer": f"UBND {title}", "period": _Flow({"from": y.start, "to": y.end})})
        # Recommendations: 37 in 2023 for 106 boards (seed 001).
        if u.rng.random() < FIGURES["board_recommendations"][0] / FIGURES["inspection_boards"][0]:
            received = u.workday(max(elected, as_of - dt.timedelta(days=300)), as_of - dt.timedelta(days=40))
            doc = {"id": "Kiến nghị của Ban Thanh tra nhân dân", "kind": "inspection_board_recommendation",
                   "title": "Kiến nghị về chất lượng công trình đường nội bản có vốn Nhân dân đóng góp",
                   "date": received - dt.timedelta(days=2), "received": received, "issuer": issuer}
            reply = u.pick(("on_time", 0.7), ("late", 0.15), ("unknown", 0.15))
            if reply != "unknown":
                days = u.rng.randint(4, 14) if reply == "on_time" else u.rng.randint(20, 45)
                doc["reply"] = _Flow({"number": u.number("CV-UBND"), "date": received + dt.timedelta(days=days),
                                      "issuer": f"UBND {title}"})
            certified = u.pick((True, 0.8), (None, 0.2))
            if certified is not None:
                doc["front_certified"] = certified
            docs.append(doc)
        if u.rng.random() < 0.3:
            starts = u.workday(max(elected, as_of - dt.timedelta(days=200)), as_of - dt.timedelta(days=20))
            notice = u.rng.randint(5, 10) if u.rng.random() < 0.85 else u.rng.randint(1, 3)
            sent_on = starts
            for _ in range(notice):
                sent_on -= dt.timedelta(days=1)
                while sent_on.weekday() >= 5:
                    sent_on -= dt.timedelta(days=1)
            docs.append({"id": "Kế hoạch giám sát của Ban Thanh tra nhân dân", "kind": "inspection_plan",
                         "title": "Kế hoạch giám sát việc thực hiện chính sách hỗ trợ hộ nghèo",
                         "date": sent_on - dt.timedelta(days=1), "issuer": issuer, "sent_on": sent_on,
                         "starts": starts})

    def _commune_rules(self, u: _Unit, c: Commune, title: str, start: dt.date, years: list, has_website: bool,
                       has_loudspeaker: bool, p: dict, docs: list, disclosures: list, meetings: list, boards: list,
                       receptions: list, not_found: list) -> None:
        seed, year, as_of, A = self.seed, self.year, self.round.as_of, ASSUMED_RULES
        e = u.fork(seed, year, "rules", "commune", c.kind, c.name)
        issuer, council = f"UBND {title}", f"HĐND {title}"
        lo, hi = start + dt.timedelta(days=20), as_of - dt.timedelta(days=30)
        y0 = self.round.annex_year

        def looked(*keys: str) -> None:
            self._looked(e, not_found, *keys)

        # The villages' decisions the commune recognised, and the covenants it keeps (NĐ 61 Đ11, Đ16, Đ18).
        events = [self._village_events(c, v) for v in c.villages]
        decisions = [dict(m) for ev in events for m in ev["shared"] if m["date"] >= start]
        for ev in events:
            for d in ev["covenants"]:
                docs.append({k: d[k] for k in ("id", "kind", "title", "date", "recognised_by", "sent_on")
                             if k in d} | {"id": f"{d['title']}: {d['id']}"})
        if not events:
            looked("documents.covenant")

        # The commune People's Council's regular sessions (mid-year, year-end), with the board invited
        # when they touch what it supervises (Luật Đ38).
        sessions = []
        for y in range(start.year, as_of.year + 1):
            for a, b in ((D(y, 7, 8), D(y, 7, 25)), (D(y, 12, 8), D(y, 12, 22))):
                if a >= start and b < as_of:
                    day = e.workday(a, b)
                    sessions.append(day)
                    meetings.append({"id": f"Kỳ họp thường lệ của HĐND xã {day.strftime('%m/%Y')}",
                                     "kind": "council_session", "date": day, "concerns_inspection_board": True,
                                     "inspection_board_invited": e.chance(0.85)})
        year_end = [d for d in sessions if d.month == 12]

        # Consulting residents (Luật Đ25–28).
        consulted = []
        if year_end and e.chance(A["consultation_plan"]):
            decision = year_end[-1]
            plan = e.workday(D(decision.year, 10, 1), D(decision.year, 10, 15))
            opened = _add_workdays(plan, e.rng.randint(1, 3))
            days = e.pick((e.rng.randint(25, 35), 0.88), (e.rng.randint(10, 17), 0.12))
            consulted.append(self._consultation(e, issuer, plan, opened, days, 1, False,
                                                f"dự thảo Kế hoạch phát triển kinh tế - xã hội năm {decision.year + 1}",
                                                _Flow({"number": e.number("NQ-HĐND", 1, 60), "date": decision,
                                                       "issuer": council})))
        if e.rng.random() < A["consultation_higher"]:
            plan = e.workday(lo, hi - dt.timedelta(days=45))
            opened = _add_workdays(plan, e.rng.randint(1, 3))
            consulted.append(self._consultation(e, issuer, plan, opened, e.rng.randint(25, 35), 2, True,
                                                f"dự thảo đồ án quy hoạch chung {title}", False))
        for d in consulted:
            docs.append(d)
            posted = _add_workdays(d["period"]["from"], 0)
            item = {"id": f"Lấy ý kiến Nhân dân: {d['title']}", "item": 11,
                    "subject": f"Kế hoạch, nội dung lấy ý kiến Nhân dân về {d['title']}",
                    "decided": _Flow({"number": d["number"], "date": d["date"], "issuer": issuer})}
            disclosures.append(self._postings(e, c, has_website, has_loudspeaker, item, posted))
        if e.rng.random() < A["consultation_obligation"]:
            day = e.workday(lo, hi - dt.timedelta(days=20))
            opened = _add_workdays(day, e.rng.randint(1, 3))
            closes = opened + dt.timedelta(days=e.rng.randint(7, 14))
            decided = _add_workdays(closes, e.rng.randint(2, 8))
            consulted_ = e.chance(0.9)
            d = {"id": "Thông tin, đối thoại với các hộ trước khi quyết định", "kind": "people_consultation",
                 "comment_item": 8, "higher_authority": False,
                 "title": e.rng.choice(["Phương án di dời các hộ khỏi vùng có nguy cơ sạt lở",
                                        "Quyết định giải tỏa lấn chiếm hành lang đường giao thông"]),
                 "date": day, "period": _Flow({"from": opened, "to": closes}), "people_consulted": consulted_}
            if consulted_:
                d.update(comment_forms=_FlowList(["subject_dialogue"]), explanation_filed=e.chance(0.85))
            d["decision"] = _Flow({"number": e.number("QĐ-UBND"), "date": decided, "issuer": issuer})
            docs.append(d)
            consulted.append(d)
        if not consulted:
            looked("documents.people_consultation")

        # Residents deciding a commune-wide matter (Luật Đ16 k1, Đ21 k1, Đ23): planned in January and
        # decided in the first quarter after the annex year (so the annex's documents stay as they were).
        if e.rng.random() < A["commune_wide_matter"] and c.villages:
            plan = e.workday(D(y0 + 1, 1, 5), D(y0 + 1, 1, 20))
            day = e.workday(plan + dt.timedelta(days=25), min(D(y0 + 1, 3, 20), as_of - dt.timedelta(days=20)))
            n = len(c.villages)
            work = e.rng.choice(["nạo vét, sửa chữa kênh mương nội đồng", "mở rộng đường liên bản",
                                 "xây dựng sân thể thao xã"])
            if e.chance(0.85):
                docs.append({"id": "Kế hoạch tổ chức để Nhân dân bàn, quyết định nội dung cấp xã",
                             "kind": "people_decide_plan", "number": e.number("KH-UBND"), "date": plan,
                             "issuer": issuer})
            else:
                looked("documents.people_decide_plan")
            decisions.append({"id": f"Chủ trương, mức đóng góp {work} (nội dung cấp xã)", "kind": "community_meeting",
                              "title": f"Chủ trương, mức đóng góp {work}, {n} thôn, bản họp", "date": day,
                              "commune_wide": True, "matter": "contributions", "front_agreed": e.chance(0.9),
                              "adopted": True,
                              "villages_for": min(n, math.ceil(n * e.pick((e.rng.uniform(0.7, 1.0), 0.88),
                                                                          (e.rng.uniform(0.45, 0.62), 0.12))))})
            docs.append({"id": f"Thông báo mức đóng góp {work}", "kind": "resident_contribution",
                         "number": e.number("TB-UBND"), "date": _add_workdays(day, e.rng.randint(3, 10)),
                         "issuer": issuer})
            if e.chance(0.85):
                # to the council's nearest regular session after the decision (Luật Đ23 k1), or prepared for
                # the next one when none has been held yet
                session = next((s for s in sessions if s > day), as_of)
                docs.append({"id": "Báo cáo về tổ chức để Nhân dân bàn, quyết định nội dung cấp xã",
                             "kind": "people_decide_report", "number": e.number("BC-UBND"),
                             "date": e.workday(day, session), "issuer": issuer,
                             "sent_to_front": e.chance(0.88)})
            else:
                looked("documents.people_decide_report")
        else:
            looked("documents.resident_contribution")
        meetings += sorted(decisions, key=lambda m: m["date"])
        if not decisions:
            looked("meetings.community_meeting", "meetings.household_ballot", "meetings.online_vote")
        if e.rng.random() < A["community_decision_annulment"]:
            docs.append({"id": "Đề nghị sửa đổi quyết định của cộng đồng dân cư", "kind": "community_decision_annulment",
                         "number": e.number("CV-UBND"), "date": e.workday(lo, hi), "issuer": issuer,
                         "sent_to_village_heads": e.chance(0.85), "sent_to_front": e.chance(0.8)})
        else:
            self._looked(e, not_found, "documents.community_decision_annulment", rare=True)

        # The yearly report on disclosure to the council (Luật Đ14 k4) and the yearly evaluation with
        # grassroots democracy among its criteria (NQ 75 Art. 4 k3 d), where the first draws kept none.
        for kind, label, (m1, d1, m2, d2) in (
                ("disclosure_report", "Báo cáo công khai thông tin trình HĐND", (12, 5, 12, 22)),
                ("democracy_evaluation", "Đánh giá kết quả thực hiện nhiệm vụ", (12, 10, 12, 28))):
            for y in years:
                yr = y.start.year
                if not any(d["kind"] == kind and d["date"].year == yr for d in docs) and e.chance(0.5):
                    d = {"id": f"{label} năm {yr}", "kind": kind, "number": e.number("BC-UBND"),
                         "date": e.workday(D(yr, m1, d1), D(yr, m2, d2)), "issuer": issuer}
                    if kind == "disclosure_report":
                        d["sent_to_front"] = e.chance(0.85)
                    docs.append(d)
            if not any(d["kind"] == kind for d in docs):
                looked(f"documents.{kind}")

        # The report on disclosure goes to each regular session (Luật Đ14 k3, "tại kỳ họp thường lệ gần nhất"):
        # a year's report, where one was drawn, becomes one report to each of that year's sessions, dated in the
        # fortnight before it; drawn from a stream of its own, so the draws above and below are unchanged.
        r = u.fork(seed, year, "disclosure-reports", c.kind, c.name)
        for d in [d for d in docs if d["kind"] == "disclosure_report"]:
            held = [s for s in sessions if s.year == d["date"].year]
            if held:
                docs.remove(d)
                for s in held:
                    docs.append({**d, "id": f"Báo cáo công khai thông tin trình kỳ họp {s.strftime('%m/%Y')}",
                                 "number": r.number("BC-UBND"), "date": r.workday(s - dt.timedelta(days=14), s)})
                    if "sent_to_front" in d and r.chance(0.1):
                        docs[-1]["sent_to_front"] = not d["sent_to_front"]

        # Covenants: the yearly review and statistics, complaints (NĐ 61 Đ12, Đ14, Đ16, Đ18).
        for kind, label, month in (("covenants_review", "Kết quả rà soát hương ước, quy ước", 10),
                                   ("covenant_statistics", "Thống kê, báo cáo hương ước, quy ước", 12)):
            for y in years:
                if e.chance(A["yearly_paper"]):
                    docs.append({"id": f"{label} năm {y.start.year}", "kind": kind, "number": e.number("BC-UBND"),
                                 "date": e.workday(max(D(y.start.year, month, 1), y.start), y.end - dt.timedelta(days=5)),
                                 "issuer": issuer})
            if not any(d["kind"] == kind for d in docs):
                looked(f"documents.{kind}")
        for kind, days, label in (("covenant_suspension_case", 3, "Đề nghị tạm ngừng thực hiện quy ước"),
                                  ("covenant_annulment_case", 5, "Đề nghị bãi bỏ nội dung quy ước")):
            if e.rng.random() < A["covenant_complaint"]:
                received = e.workday(lo, hi)
                docs.append({"id": label, "kind": kind, "date": received, "received": received,
                             "reply": _Flow({"number": e.number("CV-UBND"), "issuer": issuer,
                                             "date": _add_workdays(received, e.pick((e.rng.randint(1, days), 0.85),
                                                                                    (days + e.rng.randint(2, 6), 0.15)))})})
            else:
                self._looked(e, not_found, f"documents.{kind}", rare=True)

        # Disclosure items the first rulesets did not look at (Luật Đ11 k3, k5, k6, k8, k10, k14).
        offices = _Postings(e, c, has_website)
        for item, share, subject, by, suffix in (
                (3, 0.85, "Phương án bồi thường, hỗ trợ giải phóng mặt bằng công trình trên địa bàn",
                 "UBND tỉnh Lai Châu", "QĐ-UBND"),
                (5, 0.7, "Kết quả vận động, sử dụng các khoản đóng góp của Nhân dân và Quỹ phòng, chống thiên tai",
                 issuer, "BC-UBND"),
                (6, 0.4, "Kế hoạch mua sắm, sửa chữa, thanh lý tài sản công của xã", issuer, "QĐ-UBND"),
                (8, 0.6, "Danh sách hộ được hỗ trợ khắc phục thiệt hại do mưa lũ, sạt lở đất", issuer, "QĐ-UBND"),
                (10, 0.35, "Kết quả kiểm tra, xử lý kỷ luật cán bộ, công chức cấp xã", issuer, "QĐ-UBND"),
                (14, 0.5, "Kết quả bình xét gia đình văn hóa, thôn, bản văn hóa", issuer, "QĐ-UBND")):
            if e.rng.random() < share:
                decided = e.workday(lo, hi)
                d = offices.item(f"{subject} ({decided.strftime('%m/%Y')})", item, subject, decided, by, suffix)
                disclosures.append(self._postings(e, c, has_website, has_loudspeaker, d, None))
            else:
                looked(f"disclosures.{item}")
        if not any(d["item"] == 9 for d in disclosures) and years:  # the call-up list, every year (Luật Đ11 k9)
            share = e.rng.random()
            if share < 0.9:
                yr = years[-1].start.year
                d = offices.item(f"Gọi nhập ngũ năm {yr + 1}", 9, f"Danh sách công dân đủ điều kiện gọi nhập ngũ năm "
                                 f"{yr + 1}", e.workday(D(yr, 11, 15), D(yr, 12, 10)), issuer, "QĐ-UBND")
                if share > 0.7:
                    d["postings"] = []
                disclosures.append(self._postings(e, c, has_website, has_loudspeaker, d, None))
        if not any(d["item"] == 12 for d in disclosures):
            share = e.rng.random()
            if share < 0.9:
                decided = e.workday(lo, hi)
                d = offices.item("Phí, lệ phí thu tại xã", 12, "Đối tượng nộp, mức thu các loại phí, lệ phí",
                                 decided, "HĐND tỉnh Lai Châu", "NQ-HĐND")
                if share > 0.72:
                    d["postings"] = []
                disclosures.append(self._postings(e, c, has_website, has_loudspeaker, d, None))
        for d in disclosures:  # items 7–12 go to the village heads too (Luật Đ13 k4)
            if 7 <= d["item"] <= 12 and "sent_to_village_heads" not in d and e.rng.random() < 0.95:
                d["sent_to_village_heads"] = e.chance(0.82)

        # The Community Investment Supervision Boards (Luật Đ41–45; NĐ 59 Đ16–19): one per project.
        invest = [b for b in boards if b["kind"] == "investment_supervision"]
        p["headcount"]["investment_projects"] = len(invest) + (1 if e.rng.random() < 0.1 else 0)
        for b in invest:
            for i, m in enumerate(b["members"]):
                m.update(represents="front" if i == 0 else "people_inspection" if i == 1 else "residents",
                         position="resident", resident=e.chance(0.99) or None,
                         related_to_project=e.rng.random() < 0.02)
                if m["resident"] is None:
                    m["resident"] = False
            b["announced"] = e.chance(0.85)
            elected = b["elected"]
            if e.chance(0.88):
                day = _add_workdays(elected, e.rng.randint(3, 10))
                sent = _add_workdays(day, e.rng.randint(1, 3))
                starts = _weekday(sent + dt.timedelta(days=e.pick((e.rng.randint(46, 70), 0.85),
                                                                  (e.rng.randint(15, 40), 0.15))))
                ends = max(starts + dt.timedelta(days=e.rng.randint(240, 420)),
                           as_of + dt.timedelta(days=e.rng.randint(30, 240)))
                if e.rng.random() < 0.08:
                    ends = as_of - dt.timedelta(days=e.rng.randint(10, 60))  # a plan that has run out
                docs.append({"id": f"Kế hoạch giám sát của {b['id']}", "kind": "investment_board_plan",
                             "number": e.number("KH-BGSĐT", 1, 30), "date": day, "sent_on": sent, "starts": starts,
                             "period": _Flow({"from": starts, "to": max(ends, starts + dt.timedelta(days=30))})})
            for y in years:
                if y.end >= elected and e.chance(A["yearly_paper"]):
                    a = max(y.start, elected)
                    docs.append({"id": f"Kinh phí {b['id']} năm {y.start.year}", "kind": "investment_board_funding",
                                 "number": e.number("QĐ-UBND"), "date": e.workday(a, min(a + dt.timedelta(days=60), y.end)),
                                 "issuer": issuer, "period": _Flow({"from": y.start, "to": y.end})})
            if e.rng.random() < A["investment_recommendation"] * 2:  # over the period, not a year
                received = e.workday(max(elected, lo), hi)
                rec = {"id": f"Kiến nghị của {b['id']}", "kind": "investment_board_recommendation",
                       "title": "Kiến nghị về chất lượng thi công rãnh thoát nước", "date": received,
                       "received": received}
                cert = e.pick((True, 0.85), (False, 0.1), (None, 0.05))
                if cert is not None:
                    rec["front_certified"] = cert
                rec["reply"] = _Flow({"number": e.number("CV-UBND"), "issuer": issuer,
                                      "date": received + dt.timedelta(days=e.pick((e.rng.randint(5, 14), 0.85),
                                                                                  (e.rng.randint(18, 40), 0.15)))})
                docs.append(rec)
        for kind in ("investment_board_plan", "investment_board_funding"):
            if invest and not any(d["kind"] == kind for d in docs):
                looked(f"documents.{kind}")
        if not any(d["kind"] == "investment_board_recommendation" for d in docs):
            self._looked(e, not_found, "documents.investment_board_recommendation", rare=True)

        # The People's Inspection Board (Luật Đ36–40; NĐ 59 Đ13–14).
        for b in boards:
            if b["kind"] != "people_inspection":
                continue
            b.setdefault("vacancies", [])
            for vac in b["vacancies"]:
                if e.rng.random() < 0.5 and vac["since"] + dt.timedelta(days=45) < as_of:
                    vac["filled"] = _weekday(vac["since"] + dt.timedelta(days=e.rng.randint(30, 90)))
                    if vac["filled"] > as_of:
                        del vac["filled"]
            if not self._current(b):
                continue
            for kind, label, by in (("inspection_board_briefing", "Thông báo cho Ban Thanh tra nhân dân", issuer),
                                    ("inspection_board_funding", "Kinh phí hoạt động Ban Thanh tra nhân dân", issuer)):
                for y in years:
                    if not any(d["kind"] == kind and d["period"]["from"] == y.start for d in docs) and e.chance(0.35):
                        a = max(y.start, b["elected"], start)
                        docs.append({"id": f"{label} năm {y.start.year} (bổ sung)", "kind": kind,
                                     "date": e.workday(a, min(a + dt.timedelta(days=45), y.end)), "issuer": by,
                                     "period": _Flow({"from": y.start, "to": y.end})})
                if not any(d["kind"] == kind for d in docs):
                    looked(f"documents.{kind}")
            for rec in docs:  # what the first draws left unrecorded about a recommendation (Luật Đ40)
                if rec["kind"] == "inspection_board_recommendation":
                    if "reply" not in rec and e.rng.random() < 0.7:
                        rec["reply"] = _Flow({"number": e.number("CV-UBND"), "issuer": issuer,
                                              "date": rec["received"] + dt.timedelta(days=e.pick(
                                                  (e.rng.randint(4, 14), 0.7), (e.rng.randint(20, 45), 0.3)))})
                    if "front_certified" not in rec and e.rng.random() < 0.7:
                        rec["front_certified"] = e.chance(0.8)
            plans = [d for d in docs if d["kind"] == "inspection_plan"]
            for plan in plans:
                done = plan["starts"] + dt.timedelta(days=e.rng.randint(10, 30))
                if done < as_of - dt.timedelta(days=5):
                    res = {"id": "Kết quả giám sát của Ban Thanh tra nhân dân", "kind": "inspection_result",
                           "date": _weekday(done)}
                    if e.chance(0.88):
                        res["sent_on"] = _add_workdays(res["date"], e.rng.randint(1, 4))
                    else:
                        res["sent"] = False
                    docs.append(res)
            if not plans:
                looked("documents.inspection_plan", "documents.inspection_result")
        for kind in ("inspection_board_recommendation", "obstruction_case"):
            if not any(d["kind"] == kind for d in docs):
                self._looked(e, not_found, f"documents.{kind}", rare=True)
        if not any(d["kind"] == "satisfaction_system" for d in docs) and e.rng.random() < 0.7:
            not_found.append("documents.satisfaction_system")
        if not any(d["kind"] == "reception_notice" for d in docs):
            looked("documents.reception_notice")
        # The chairman's reception schedule, posted ahead (Luật Tiếp công dân Đ24 k4): by most on time,
        # by some now and then late.
        ahead = e.chance(0.8)
        for rec in receptions:
            if rec["kind"] == "regular" and rec.get("by_head") and e.rng.random() < 0.97:
                rec["schedule_posted"] = _sub_workdays(rec["date"], e.rng.randint(6, 15) if ahead or e.chance(0.7)
                                                       else e.rng.randint(1, 4))

    def _consultation(self, e: _Unit, issuer: str, plan: dt.date, opened: dt.date, days: int, item: int,
                      higher: bool, subject: str, decision) -> dict:
        """A consultation of residents on a matter the commune (or a higher authority) decides."""
        d = {"id": f"Lấy ý kiến Nhân dân về {subject}", "kind": "people_consultation", "comment_item": item,
             "higher_authority": higher, "title": subject, "number": e.number("KH-UBND"), "date": plan,
             "consultation_plan": e.chance(0.9)}
        if e.chance(0.9):
            d["sent_on"] = _add_workdays(plan, e.rng.randint(0, 2))
        else:
            d["sent"] = False
        d.update(period=_Flow({"from": opened, "to": opened + dt.timedelta(days=days)}), people_consulted=e.chance(0.95),
                 comment_forms=_FlowList(e.rng.sample(["community_meeting", "front_organisations", "website",
                                                       "suggestion_box", "household_ballot"], 2)),
                 explanation_published=e.chance(0.85))
        if higher:
            d["reported_up"] = e.chance(0.85)
        d.update(reported_to_council=e.chance(0.85), sent_to_front=e.chance(0.85))
        d["decision"] = decision
        return d

    def _postings(self, e: _Unit, c: Commune, has_website: bool, has_loudspeaker: bool, d: dict,
                  first: dt.date | None) -> dict:
        """An item posted at the office, in the villages and on the website (``first``: from that day;
        None: as drawn), broadcast when it is one of items 7–12 (Luật Đ13 k3); now and then decided
        and not posted at all."""
        if first is not None:
            d["postings"] = _Postings(e, c, has_website).item(d["id"], d["item"], d["subject"], None, None, None,
                                                             first=first)["postings"]
        if d.get("decided") and e.rng.random() < ASSUMED_RULES["disclosure_not_posted"]:
            d["postings"] = []
        if 7 <= d["item"] <= 12 and has_loudspeaker and d.get("postings"):
            days = e.pick((3 + e.rng.randint(0, 4), 0.7), (e.rng.randint(1, 2), 0.2), (0, 0.1))
            first = d["postings"][0]["from"]
            d["broadcasts"] = [_Flow({"from": first, "to": _last_broadcast(first, days)})] if days else []
        return d


class _Postings:
    """Where a commune posts an item: its office, every village, its website; mostly on
    time and long enough, sometimes late, short, or missing a few villages."""

    def __init__(self, u: _Unit, c: Commune, website: bool):
        self.u, self.c, self.website = u, c, website

    def item(self, ident: str, item: int, subject: str, decided: dt.date | None, issuer: str | None,
             suffix: str | None, first: dt.date | None = None, villages_share: float | None = 0.7) -> dict:
        """One item; ``villages_share`` the chance it is posted in every village (``None``:
        at the office and on the website only, as budget figures usually are)."""
        u = self.u
        out: dict = {"id": ident, "item": item, "subject": subject}
        if decided is not None:
            out["decided"] = _Flow({"number": u.number(suffix or "QĐ-UBND"), "date": decided, "issuer": issuer})
            delay = u.pick((u.rng.randint(1, 5), 0.8), (u.rng.randint(6, 12), 0.2))
            first = _add_workdays(decided, delay)
        assert first is not None
        office_days = u.pick((u.rng.randint(30, 75), 0.8), (u.rng.randint(10, 25), 0.2))
        postings = [_Flow({"place": "commune_office", "from": first, "to": _taken_down(first, office_days)})]
        villages = [v.name for v in self.c.villages] if villages_share is not None else []
        if villages_share is None or u.chance(villages_share):
            shown = villages
        else:
            shown = [v for v in villages if u.rng.random() < 0.85]
        for name in shown:
            start = first + dt.timedelta(days=u.rng.randint(0, 3))
            days = u.pick((u.rng.randint(30, 60), 0.88), (u.rng.randint(7, 25), 0.12))
            postings.append(_Flow({"place": "village", "village": name, "from": start,
                                   "to": _taken_down(start, days)}))
        if self.website and u.chance(0.8):
            postings.append(_Flow({"place": "website", "from": first}))
        out["postings"] = postings
        return out

    def standing(self, ident: str, item: int, part: str, subject: str, day: dt.date) -> dict:
        u = self.u
        first = _add_workdays(day, u.rng.randint(1, 6))
        postings = [_Flow({"place": "commune_office", "from": first})]
        if self.website and u.chance(0.7):
            postings.append(_Flow({"place": "website", "from": first}))
        return {"id": ident, "item": item, "part": part, "subject": subject, "postings": postings}

"""Province-level state agencies and public service units."""

from __future__ import annotations

import datetime as dt

from .figures import ASSUMED, ASSUMED_RULES, D
from .writer import _Flow, _FlowList
from .units import _Base, _Unit, _add_workdays, _months_later, _notes, _periods, _sub_workdays, _taken_down, _weekday


class _Agencies(_Base):
    """A state agency's or public service unit's profile."""

    def _agency_rules(self, u: _Unit, name: str, type_: str, staff: int, attrs: dict, issuer: str,
                      start_month: int, p: dict, docs: list, disclosures: list, meetings: list, boards: list,
                      not_found: list) -> None:
        seed, A = self.seed, ASSUMED_RULES
        since, as_of = self.round.province_since, self.round.as_of
        e = u.fork(seed, self.year, "rules", type_, name)
        lo, hi = since + dt.timedelta(days=10), as_of - dt.timedelta(days=20)

        def looked(*keys: str, rare: bool = False) -> None:
            self._looked(e, not_found, *keys, rare=rare)

        attrs["special"] = False
        place = "intranet" if attrs["has_intranet"] else "workplace"
        on_time = 0.98 if e.chance(0.75) else 0.75
        # Items of Luật Đ46 the first rulesets did not look at; the month's work plan (k2) every month.
        for item, share, subject in (
                (1, 0.9, "Văn bản chỉ đạo của cấp trên về nhiệm vụ của cơ quan, đơn vị"),
                (4, 0.5, "Tiêu chuẩn, định mức, quy chế quản lý, sử dụng tài sản công"),
                (5, 0.3, "Kế hoạch, tiến độ, giải ngân dự án đầu tư công của đơn vị"),
                (7, 0.6, "Kết luận về vụ việc tham nhũng, tiêu cực; bản kê khai tài sản, thu nhập"),
                (8, 0.4, "Kết quả giải quyết khiếu nại, tố cáo, kiến nghị của cán bộ, công chức, viên chức"),
                (10, 0.5, "Tổng hợp ý kiến của cán bộ, công chức, viên chức và việc tiếp thu, giải trình"),
                (11, 0.6, "Quyết định, chỉ thị của cơ quan quản lý cấp trên liên quan đến đơn vị"),
                (12, 0.3, "Nội dung khác theo quy chế thực hiện dân chủ của đơn vị")):
            if e.rng.random() < share:
                for i in range(e.pick((1, 0.6), (2, 0.3), (3, 0.1))):
                    disclosures.append(self._disclose(e, f"{subject} ({i + 1})", item, subject, e.workday(lo, hi),
                                                      place, on_time=on_time))
            else:
                looked(f"disclosures.{item}")
        monthly = e.chance(A["agency_monthly_plans"])
        for m in _periods("month", since, as_of):
            if e.rng.random() < (0.97 if monthly else 0.5):
                day = e.workday(m.start, min(m.start + dt.timedelta(days=9), m.end))
                posting = {"place": place, "from": day}
                if place == "workplace":
                    posting["to"] = m.end
                # issued on the day it is posted, for the month it plans (Luật Đ46 k2, Đ47 k2)
                disclosures.append({"id": f"Chương trình công tác tháng {m.start.strftime('%m/%Y')}", "item": 2,
                                    "subject": "Chương trình, kế hoạch công tác tháng", "decided": _Flow({"date": day}),
                                    "data_period": _Flow({"from": m.start, "to": m.end}),
                                    "postings": [_Flow(posting)]})
        shown = [d for d in disclosures if d.get("postings")]
        if shown and e.rng.random() < A["staff_request"]:
            d = e.rng.choice(shown)
            asked = d["postings"][0]["from"] + dt.timedelta(days=e.rng.randint(5, 40))
            if asked < as_of - dt.timedelta(days=10):
                d.update(requested=asked, provided_on_request=e.chance(0.88))
        # Staff comments used (Luật Đ53, Đ55, Đ59 k1 b).
        for d in docs:
            if d["kind"] == "work_plan" and d.get("staff_consulted"):
                d["explanation_published"] = e.chance(0.75)
        if not any(d["kind"] == "feedback_channel" for d in docs):
            looked("documents.feedback_channel")
        for y in _periods("year", since, as_of):
            if e.chance(0.75):
                docs.append({"id": f"Đánh giá, xếp loại công chức, viên chức năm {y.start.year}",
                             "kind": "staff_evaluation", "date": e.workday(D(y.start.year, 12, 1), D(y.start.year, 12, 28)),
                             "issuer": issuer, "staff_consulted": e.chance(0.88)})
        if not any(d["kind"] == "staff_evaluation" for d in docs):
            looked("documents.staff_evaluation")
        if attrs.get("has_subordinate_units") and not any(d["kind"] == "subordinate_units_democracy" for d in docs):
            looked("documents.subordinate_units_democracy")
        if e.rng.random() < A["conference_request"]:
            docs.append({"id": "Đề nghị tổ chức hội nghị bất thường", "kind": "conference_request",
                         "date": e.workday(lo, hi), "proposer": "union_executive", "conference_held": e.chance(0.8)})
        else:
            looked("documents.conference_request", rare=True)
        # The board: the head's yearly briefing, answers to its recommendations, its inspections (Luật Đ63;
        # NĐ 59 Đ22).
        board = next((b for b in boards if b["kind"] == "people_inspection" and self._current(b)), None)
        if board is not None:
            if staff >= 300:  # a large unit's board: 9 members (Luật Đ60 k1)
                for i in range(2):
                    board["members"].append(_Flow({"name": e.person(e.pick(("kinh", 0.7), ("thai", 0.3))),
                                                   "role": "deputy" if i == 0 and e.rng.random() < 0.3 else "member",
                                                   "position": "staff"}))
            for w in _periods("year", since, as_of + dt.timedelta(days=1), start_month, 3):
                day = max(w.end + dt.timedelta(days=e.pick((e.rng.randint(5, 60), 0.9), (e.rng.randint(95, 130), 0.1))),
                          _add_workdays(board["elected"], e.rng.randint(2, 10)))
                if day < as_of and e.chance(A["yearly_paper"] + 0.15):
                    docs.append({"id": f"Thông báo cho Ban Thanh tra nhân dân {w.label}",
                                 "kind": "inspection_board_briefing", "date": _weekday(day), "issuer": issuer,
                                 "period": _Flow({"from": w.start, "to": w.end})})
            if not any(d["kind"] == "inspection_board_briefing" for d in docs):
                looked("documents.inspection_board_briefing")
            if e.rng.random() < A["board_recommendation_agency"]:
                received = e.workday(max(board["elected"], lo), hi)
                docs.append({"id": "Kiến nghị của Ban Thanh tra nhân dân", "kind": "inspection_board_recommendation",
                             "title": "Kiến nghị về việc chi trả chế độ làm thêm giờ", "date": received,
                             "received": received, "reply": _Flow({"number": e.number("CV"), "issuer": issuer,
                                                                   "date": received + dt.timedelta(days=e.pick(
                                                                       (e.rng.randint(4, 14), 0.85),
                                                                       (e.rng.randint(18, 40), 0.15)))})})
            else:
                looked("documents.inspection_board_recommendation", rare=True)
            self._inspection(e, docs, not_found, max(board["elected"], lo), hi, "Ban Thanh tra nhân dân", 0.5)
        elif not any(b["kind"] == "people_inspection" for b in boards):
            looked("boards.people_inspection")  # a unit of 7 staff or fewer has none (Luật Đ60 k1)
        # Citizens' reception by the head of a state agency (Luật Tiếp công dân Đ18, Đ24).
        if type_ == "state_agency":
            if e.chance(0.85):
                docs.append({"id": "Nội quy tiếp công dân", "kind": "reception_rules", "number": e.number("QĐ"),
                             "date": e.workday(D(2023, 3, 1), since), "issuer": issuer})
                # issued with the rules by the same decision (Luật Tiếp công dân Đ18 k1 a): no draw of its own
                docs.append(docs[-1] | {"id": "Quy chế tiếp công dân", "kind": "reception_regulation"})
                docs.append({"id": "Lịch tiếp công dân", "kind": "reception_notice",
                             "title": "Nơi tiếp, thời gian tiếp công dân và lịch tiếp công dân của Thủ trưởng",
                             "date": e.workday(D(2023, 3, 1), since), "issuer": issuer, "posted": e.chance(0.9)})
            else:
                looked("documents.reception_rules", "documents.reception_notice")
                if "documents.reception_rules" in not_found:
                    not_found.append("documents.reception_regulation")
            regular = e.chance(A["receptions_monthly"])
            receptions = []
            for m in _periods("month", since, as_of):
                if regular or e.rng.random() < 0.6:
                    day = e.workday(m.start + dt.timedelta(days=5), m.end - dt.timedelta(days=3))
                    receptions.append(_Flow({"date": day, "kind": "regular", "received_by": issuer, "by_head": True,
                                             "citizens": e.poisson(0.8),
                                             "schedule_posted": _sub_workdays(day, e.rng.randint(6, 15) if regular
                                                                              or e.chance(0.7) else e.rng.randint(1, 4))}))
            p["receptions"] = receptions

    def agency(self, name: str, type_: str, parent: str, spec) -> None:
        r, seed = self.round, self.seed
        u = _Unit(seed, self.year, type_, name)
        since, as_of = r.province_since, r.as_of
        school = bool(spec and spec[4])
        start_month = 9 if school else 1
        fname = self._file(name)
        p = self._profile(f"lc-{fname}", name, type_, self._path(), since)
        p["parent"] = parent if type_ == "public_service_unit" else "Ủy ban nhân dân tỉnh Lai Châu"
        staff = u.rng.randint(*spec[2]) if spec else u.rng.randint(28, 115)
        p["headcount"] = {"staff": staff}
        attrs = {"has_website": u.chance(0.9), "has_intranet": u.chance(0.5), "has_union": True,
                 "dispersed": False}
        if type_ == "public_service_unit":
            attrs["fully_state_funded"] = bool(spec[3])
        attrs["has_subordinate_units"] = u.chance(0.35) if type_ == "state_agency" else False
        if school:
            attrs["work_year_start_month"] = 9
        p["attributes"] = attrs
        issuer = ("Giám đốc" if "Sở" in name or "Trung tâm" in name else "Hiệu trưởng" if school else
                  "Thủ trưởng") + " " + name.split(" tỉnh")[0]
        docs, disclosures, meetings, boards, not_found = [], [], [], [], []
        work_years = _periods("year", since, as_of + dt.timedelta(days=1), start_month, 3)
        # The democracy regulation (Luật Đ59).
        state = u.pick(("new", ASSUMED["regulation_share"]), ("old", 0.05), ("none", 0.02))
        reg = None
        if state != "none":
            reg = {"id": "Quy chế thực hiện dân chủ", "kind": "democracy_regulation",
                   "title": f"Quy chế thực hiện dân chủ ở cơ sở tại {name}", "number": u.number("QĐ"),
                   "date": u.workday(D(2023, 8, 1), D(2024, 6, 30)) if state == "new" else
                   u.workday(D(2020, 1, 1), D(2022, 12, 31)), "issuer": issuer,
                   "with_union": u.pick((True, 0.9), (False, 0.1))}
            if state == "new":
                for key, share in (("union_commented", 0.8), ("staff_consulted", 0.75), ("consultation_plan", 0.6),
                                   ("explanation_published", 0.55)):
                    value = u.pick((True, share), (False, (1 - share) / 2), (None, (1 - share) / 2))
                    if value is not None:
                        reg[key] = value
            else:
                reg["note"] = "Ban hành theo Nghị định 04/2015/NĐ-CP, chưa ban hành lại theo Luật 10/2022/QH15."
            docs.append(reg)
        elif u.rng.random() < 0.7:
            not_found.append("documents.democracy_regulation")
        if attrs["has_subordinate_units"] and u.chance(0.5):
            docs.append({"id": "Dân chủ ở đơn vị trực thuộc", "kind": "subordinate_units_democracy",
                         "date": reg["date"] if reg else u.workday(since, as_of), "issuer": issuer})
        if u.chance(0.7):
            docs.append({"id": "Hòm thư góp ý", "kind": "feedback_channel", "date": u.workday(D(2023, 9, 1),
                                                                                            D(2024, 12, 31)),
                         "issuer": issuer, "title": "Quyết định thiết lập hòm thư góp ý và địa chỉ thư điện tử"})
        if u.chance(0.6):
            docs.append({"id": "Kế hoạch tập huấn, bồi dưỡng", "kind": "training_plan", "issuer": issuer,
                         "date": u.workday(since, since + dt.timedelta(days=60))})
        # Staff conferences: 536 units held theirs in 2023, "some combined with the year-end
        # meeting" (seed 001): the combined ones are held before the work year ends.
        conferences = []
        for w in work_years:
            outcome = u.pick(("on_time", 0.86), ("combined", 0.08), ("none", 0.06))
            if outcome == "none":
                continue
            if outcome == "combined":
                day = u.workday(w.end - dt.timedelta(days=20), w.end - dt.timedelta(days=2))
            else:
                day = u.workday(w.end + dt.timedelta(days=10), w.due - dt.timedelta(days=5))
            if day >= as_of:
                continue
            delegates = staff >= 100
            summoned = round(staff * u.rng.uniform(0.55, 0.75)) if delegates else staff
            present = round(summoned * (u.rng.uniform(0.8, 0.99) if u.rng.random() < 0.93 else
                                        u.rng.uniform(0.5, 0.65)))
            m = {"id": f"Hội nghị cán bộ, công chức, viên chức {w.label}", "kind": "staff_conference",
                 "title": f"Hội nghị {'đại biểu ' if delegates else ''}cán bộ, công chức, viên chức, người lao động "
                          f"{'năm học' if school else 'năm'} {w.label}"
                          + (" (lồng ghép hội nghị tổng kết cuối năm)" if outcome == "combined" else ""),
                 "date": day, "delegates": delegates, "summoned": summoned, "present": present,
                 "minutes": True, "resolution": _Flow({"number": u.number("NQ-HNCBCCVC", 1, 3), "date": day})}
            if u.rng.random() < 0.85:
                m["votes_for"] = round(present * u.rng.uniform(0.8, 1.0))
            business = ["policy_review", "resolution_review", "head_accountability", "emulation_review",
                        "staff_decisions", "disclosure_consultation", "head_report", "union_report",
                        "staff_discussion", "answers", "inspection_board_report", "awards", "emulation_pact",
                        "adopt_resolution"]
            shape = u.pick(("all", 0.5), ("some", 0.3), ("unknown", 0.2))
            if shape != "unknown":
                if shape == "some":
                    for gone in u.rng.sample(business, u.rng.randint(1, 3)):
                        business.remove(gone)
                m["business"] = _FlowList(business)
            conferences.append(m)
            if u.chance(0.75):
                docs.append({"id": f"Kế hoạch tổ chức hội nghị {w.label}", "kind": "conference_plan",
                             "date": day - dt.timedelta(days=u.rng.randint(10, 35)), "issuer": issuer,
                             "with_union": u.pick((True, 0.85), (False, 0.15))})
        meetings += conferences
        if not conferences and u.rng.random() < 0.5:
            not_found.append("meetings.staff_conference")
        for h in _periods("half", since, as_of, start_month):
            if u.chance(0.45):
                docs.append({"id": f"Đánh giá thực hiện nghị quyết hội nghị {h.label}", "kind": "resolution_evaluation",
                             "date": u.workday(h.end - dt.timedelta(days=20), h.end - dt.timedelta(days=1)),
                             "issuer": issuer, "with_union": u.pick((True, 0.8), (False, 0.2)),
                             "announced": u.pick((True, 0.7), (False, 0.3))})
        for y in _periods("year", since, as_of):
            if u.chance(0.5):
                docs.append({"id": f"Đánh giá, xếp loại năm {y.start.year}", "kind": "democracy_evaluation",
                             "date": u.workday(D(y.start.year, 12, 5), D(y.start.year, 12, 28)), "issuer": issuer})
            if u.chance(0.65):
                docs.append({"id": f"Kế hoạch công tác năm {y.start.year + 1}", "kind": "work_plan",
                             "date": u.workday(D(y.start.year, 12, 10), D(y.start.year, 12, 30)), "issuer": issuer,
                             "staff_consulted": u.pick((True, 0.75), (False, 0.25)),
                             "consultation_plan": u.pick((True, 0.6), (False, 0.4))})
        # The board (100% of units: seed 001), elected at the first conference in the window.
        first = next((m for m in conferences if m["date"] >= since), None)
        if staff > 7 and first is not None:
            elected = first["date"]
            months = u.pick((24, 0.85), (36, 0.1), (30, 0.05))
            # on the union executive's proposal (Luật Đ60 k1 until 01/07/2025; still where pay is not wholly
            # State-funded): every sampled unit has a union
            board = {"id": "Ban Thanh tra nhân dân", "kind": "people_inspection", "proposed_by": "union_executive",
                     "elected": elected,
                     "term": _Flow({"from": elected, "to": _months_later(elected, months) - dt.timedelta(days=1)})}
            if u.chance(0.9):
                board["recognised_by"] = _Flow({"number": u.number("QĐ-CĐ", 1, 30),
                                                "date": _add_workdays(elected, u.pick((u.rng.randint(1, 5), 0.9),
                                                                                      (u.rng.randint(6, 12), 0.1))),
                                                "issuer": f"Ban Chấp hành Công đoàn cơ sở {name.split(' tỉnh')[0]}"})
            size = 3 if staff < 50 else 5 if staff < 150 else 7
            members = [{"name": u.person(u.pick(("kinh", 0.6), ("thai", 0.25), ("hmong", 0.1), ("dao", 0.05))),
                        "role": "head" if i == 0 else "deputy" if i == 1 else "member", "position": "staff"}
                       for i in range(size)]
            if u.rng.random() < 0.08:
                members[-1]["position"] = u.rng.choice(["deputy_head_of_unit", "chief_accountant"])
            board["members"] = [_Flow(m) for m in members]
            boards.append(board)
            if self._current(board):
                self._agency_board_papers(u, docs, board, since, as_of, start_month, issuer, name)
        # Disclosures to staff (Luật Đ46–48).
        place = "intranet" if attrs["has_intranet"] else "workplace"
        if reg is not None and u.chance(0.7):
            disclosures.append({"id": "Quy chế, nội quy của đơn vị", "item": 9, "subject": "Quy chế thực hiện dân chủ, "
                                "nội quy, quy tắc ứng xử",
                                "decided": _Flow({"number": reg["number"], "date": reg["date"]}),
                                "postings": [_Flow({"place": place, "from": _add_workdays(reg["date"],
                                                                                          u.rng.randint(1, 8))})]})
        for y in _periods("year", since, as_of):
            if u.chance(0.6):
                decided = u.workday(D(y.start.year, 1, 5), D(y.start.year, 2, 20))
                first_posted = _add_workdays(decided, u.pick((u.rng.randint(1, 5), 0.8), (u.rng.randint(6, 15), 0.2)))
                disclosures.append({"id": f"Dự toán ngân sách năm {y.start.year}", "item": 3,
                                    "subject": f"Dự toán ngân sách năm {y.start.year} được giao",
                                    "decided": _Flow({"number": u.number("QĐ-UBND"), "date": decided}),
                                    "postings": [_Flow({"place": place, "from": first_posted,
                                                        "to": _taken_down(first_posted, u.pick(
                                                            (u.rng.randint(20, 45), 0.8), (u.rng.randint(7, 15), 0.2)))
                                                        })]})
        for i in range(u.rng.randint(0, 2)):
            decided = u.workday(since, as_of - dt.timedelta(days=30))
            first_posted = _add_workdays(decided, u.pick((u.rng.randint(1, 5), 0.8), (u.rng.randint(6, 15), 0.2)))
            disclosures.append({"id": f"Quyết định nhân sự {i + 1}", "item": 6,
                                "subject": "Quyết định bổ nhiệm, nâng lương, khen thưởng cán bộ",
                                "decided": _Flow({"number": u.number("QĐ"), "date": decided}),
                                "postings": [_Flow({"place": place, "from": first_posted,
                                                    "to": _taken_down(first_posted, u.rng.randint(15, 40))})]})
        focal = u.person(u.pick(("kinh", 0.7), ("thai", 0.3)))
        officers = [_Flow({"name": focal, "role": "democracy_focal_point"})]
        people = [(focal, "democracy_focal_point")] + [(m["name"], "people_inspection_member") for b in boards
                                                       for m in b["members"]]
        trainings = self._trainings(u, people, since, u.pick((0, 0.15), (1, 0.55), (2, 0.3)),
                                    ["Luật Thực hiện dân chủ ở cơ sở và Nghị định 59/2023/NĐ-CP",
                                     "Nghiệp vụ Ban Thanh tra nhân dân ở cơ quan, đơn vị",
                                     "Quán triệt Nghị quyết 75/NQ-HĐND của HĐND tỉnh"],
                                    ["Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh", "Liên đoàn Lao động tỉnh Lai Châu",
                                     "Công đoàn Viên chức tỉnh Lai Châu"], ASSUMED["trained_share"], p["id"])
        if not trainings and u.rng.random() < 0.5:
            not_found.append("trainings")
        self._agency_rules(u, name, type_, staff, attrs, issuer, start_month, p, docs, disclosures, meetings, boards,
                           not_found)
        p.update(documents=docs, disclosures=disclosures, meetings=meetings, boards=boards, officers=officers,
                 trainings=trainings, not_found=not_found)
        p["notes"] = _notes(seed, self.year, "Tên đơn vị là thật; số cán bộ và mọi sự việc là giả định. Theo báo cáo "
                                             "39-BC/BCĐ, 536 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên "
                                             "chức năm 2023, 100% kiện toàn Ban Thanh tra nhân dân.")
        self._write(f"tinh-lai-chau/{fname}.yaml", p)

    def _agency_board_papers(self, u: _Unit, docs, board, since, as_of, start_month, issuer, name) -> None:
        elected = board["elected"]
        bissuer = f"Ban Thanh tra nhân dân {name.split(' tỉnh')[0]}"
        for every, p_plan in (("year", 0.6), ("half", 0.3), ("quarter", 0.4)):
            for q in _periods(every, since, as_of, start_month):
                if q.end < elected or not u.chance(p_plan):
                    continue
                start = max(q.start, elected)
                docs.append({"id": f"Kế hoạch hoạt động Ban Thanh tra nhân dân {q.label}",
                             "kind": "inspection_board_plan", "issuer": bissuer,
                             "date": u.workday(start, start + dt.timedelta(days=20)),
                             "period": _Flow({"from": q.start, "to": q.end})})
        for every, p_rep in (("year", 0.5), ("half", 0.35), ("quarter", 0.4)):
            for q in _periods(every, since, as_of, start_month):
                when = q.end + dt.timedelta(days=u.rng.randint(-8, 25))
                if q.end < elected or when >= as_of or not u.chance(p_rep):
                    continue
                docs.append({"id": f"Báo cáo hoạt động Ban Thanh tra nhân dân {q.label}",
                             "kind": "inspection_board_report", "issuer": bissuer, "date": when,
                             "period": _Flow({"from": q.start, "to": q.end})})
        for y in _periods("year", since, as_of):
            if u.chance(0.55):
                docs.append({"id": f"Kinh phí hoạt động Ban Thanh tra nhân dân năm {y.start.year}",
                             "kind": "inspection_board_funding", "issuer": issuer,
                             "date": u.workday(y.start, y.start + dt.timedelta(days=45)),
                             "period": _Flow({"from": y.start, "to": y.end})})

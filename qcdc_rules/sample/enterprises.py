"""State-owned enterprises and other enterprises."""

from __future__ import annotations

import datetime as dt

from .figures import ASSUMED, ASSUMED_RULES, D, FIGURES
from .names import ENTERPRISE_ITEMS, SOE_ITEMS
from .writer import _Flow, _FlowList
from .units import _Base, _Unit, _add_workdays, _fit, _months_later, _notes, _periods, _weekday


class _Enterprises(_Base):
    """A state-owned enterprise's or another enterprise's profile: the workplace's duties."""

    def _workplace_rules(self, e: _Unit, name: str, type_: str, workers: int, union: bool, attrs: dict,
                         docs: list, meetings: list, boards: list, not_found: list) -> list:
        """What NĐ 145/2020 asks of an employer (and Luật Đ71–77 of a state-owned one): dialogue
        representatives on both sides, dialogue before rules that touch the workers, the regulation's
        content on dialogue, requests for dialogue; returns the disclosures to the workers."""
        A = ASSUMED_RULES
        since, as_of = self.round.province_since, self.round.as_of
        lo, hi = since + dt.timedelta(days=10), as_of - dt.timedelta(days=20)
        soe = type_ == "state_owned_enterprise"

        def looked(*keys: str, rare: bool = False) -> None:
            self._looked(e, not_found, *keys, rare=rare)

        attrs["has_non_union_workers"] = not union or e.rng.random() < A["non_union_workers"]
        consults = e.chance(0.8)  # the employer consults the workers on what touches them, or does so unevenly
        if soe:
            attrs["has_intranet"] = e.chance(0.6)
        if attrs["has_non_union_workers"]:
            if e.chance(0.65):
                docs.append({"id": "Hỗ trợ người lao động không tham gia công đoàn chọn nhóm đại diện đối thoại",
                             "kind": "dialogue_group_selection", "date": e.workday(lo, hi)})
            else:
                looked("documents.dialogue_group_selection")
        reg = next((d for d in docs if d["kind"] == "democracy_regulation"), None)
        if reg is not None:
            contents = ["dialogue_principles", "dialogue_composition", "dialogue_schedule", "dialogue_procedure",
                        "dialogue_responsibilities", "representative_protection"]
            if e.rng.random() < 0.3:
                for gone in e.rng.sample(contents, e.rng.randint(1, 3)):
                    contents.remove(gone)
            reg["contents"] = _FlowList(contents)
            if soe:
                reg.update(staff_consulted=consults or e.chance(0.5), explanation_published=consults or e.chance(0.5))
                if union:
                    reg["union_commented"] = e.chance(0.88)
        # Both sides' dialogue representatives, listed at least every 2 years (NĐ 145 Đ38).
        if e.chance(0.88):
            elected = e.workday(max(as_of - dt.timedelta(days=700), D(2022, 1, 10)), as_of - dt.timedelta(days=40))
            months = e.pick((24, 0.9), (36, 0.1))
            term = _Flow({"from": elected, "to": _months_later(elected, months) - dt.timedelta(days=1)})
            legal = e.chance(0.92)
            employer = [{"name": e.person("kinh"), "position": "legal_representative" if legal else "enterprise_manager"}]
            employer += [{"name": e.person(e.pick(("kinh", 0.7), ("thai", 0.3))), "position": "enterprise_manager"}]
            employer += [{"name": e.person(e.pick(("kinh", 0.7), ("thai", 0.3))), "position": "staff"}
                         for _ in range(e.pick((1, 0.85), (0, 0.05), (2, 0.1)))]
            need = 3 if workers < 50 else 4 if workers < 150 else 9 if workers < 300 else 14 if workers < 500 else 18
            n = need + e.rng.randint(0, 2) if e.chance(0.88) else max(1, need - e.rng.randint(1, 2))
            announced = e.chance(0.85)
            boards.append({"id": "Đại diện đối thoại bên người sử dụng lao động", "kind": "dialogue_employer",
                           "elected": elected, "term": term, "announced": announced,
                           "members": [_Flow(m) for m in employer]})
            boards.append({"id": "Đại diện đối thoại bên người lao động", "kind": "dialogue_workers",
                           "elected": elected, "term": term, "announced": announced,
                           "members": [_Flow({"name": e.person(e.pick(("kinh", 0.5), ("thai", 0.3), ("hmong", 0.2))),
                                              "position": "staff"}) for _ in range(n)]})
        else:
            looked("boards.dialogue_employer", "boards.dialogue_workers")
        # Rules that touch the workers: dialogue before, comments asked (NĐ 145 Đ41, Đ44; Luật Đ71).
        made = False
        for kind, title in (("labour_rules", "Nội quy lao động"), ("pay_scale", "Thang lương, bảng lương"),
                            ("bonus_rules", "Quy chế thưởng"), ("performance_rules", "Quy chế đánh giá hoàn thành "
                                                                                     "nhiệm vụ")):
            if e.rng.random() < 0.35:
                made = True
                d = {"id": f"{title} (sửa đổi)", "kind": kind, "number": e.number("QĐ"), "date": e.workday(lo, hi),
                     "issuer": f"Giám đốc {name}", "staff_consulted": consults or e.chance(0.5),
                     "dialogue_held": consults or e.chance(0.5)}
                if soe:
                    d["explanation_published"] = consults or e.chance(0.5)
                docs.append(d)
        if not made:
            looked(*(f"documents.{k}" for k in ("labour_rules", "pay_scale", "bonus_rules", "performance_rules",
                                                 "labour_use_plan", "internal_rules")))
        # What the first draws left unrecorded about a periodic dialogue (NĐ 145 Đ39 k4–5).
        for m in meetings:
            if m["kind"] == "workplace_dialogue":
                for key in ("legal_rep_present", "minutes_signed"):
                    if key not in m and e.rng.random() < 0.75:
                        m[key] = e.chance(0.88)
                if "published_on" not in m and e.rng.random() < 0.75:
                    m["published_on"] = _add_workdays(m["date"], e.pick((e.rng.randint(1, 3), 0.85),
                                                                        (e.rng.randint(5, 8), 0.15)))
        # A request for dialogue (NĐ 145 Đ40; Luật Đ73 k2).
        if e.rng.random() < A["dialogue_request"]:
            received = e.workday(lo, hi)
            reps = max(3, round(workers / 12))
            d = {"id": "Yêu cầu đối thoại của bên người lao động", "kind": "dialogue_request", "date": received,
                 "received": received, "proposer": "workers_side", "representatives": reps,
                 "supporters": max(1, round(reps * e.rng.uniform(0.34, 0.8))),
                 "reply": _Flow({"number": e.number("CV"), "date": _add_workdays(received, e.pick(
                     (e.rng.randint(1, 5), 0.85), (e.rng.randint(7, 12), 0.15)))}),
                 "dialogue_held": e.chance(0.85)}
            docs.append(d)
        else:
            looked("documents.dialogue_request", rare=True)
        if not soe:
            if e.rng.random() < 0.1:
                asked = e.workday(lo, hi)
                d = {"id": "Yêu cầu báo cáo của cơ quan quản lý nhà nước về lao động", "kind": "authority_report_request",
                     "date": asked, "received": asked}
                if e.chance(0.85):
                    d["reply"] = _Flow({"number": e.number("BC"), "date": _add_workdays(asked, e.rng.randint(3, 12))})
                else:
                    d["replied"] = False
                docs.append(d)
            else:
                looked("documents.authority_report_request", rare=True)
            if e.rng.random() < 0.03:
                docs.append({"id": "Áp dụng quy định về dân chủ của doanh nghiệp nhà nước", "kind": "soe_rules_adoption",
                             "date": e.workday(lo, hi), "union_notified": e.chance(0.85), "announced": e.chance(0.85)})
            else:
                looked("documents.soe_rules_adoption", rare=True)
        # Disclosures to the workers: Luật Đ64 k1 (a–h) for a state-owned enterprise, NĐ 145 Đ43 k1 (a–g).
        place = "intranet" if attrs.get("has_intranet") else e.pick(("workplace", 0.8), ("staff_notice", 0.2))
        on_time = 0.98 if e.chance(0.75) else 0.75
        items = list(range(1, 9 if soe else 8))
        out = []
        for item in sorted(e.rng.sample(items, e.rng.randint(3, 6))) if not soe else \
                sorted(set(e.rng.sample(items, e.rng.randint(3, 6))) | ({7} if e.rng.random() < 0.95 else set())):
            subject = (SOE_ITEMS if soe else ENTERPRISE_ITEMS)[item - 1]
            out.append(self._disclose(e, f"{subject} ({item})", item, subject, e.workday(lo, hi), place,
                                      late=10 if soe else 5, number="QĐ", on_time=on_time))
        shown = [d for d in out if d.get("postings")]
        if shown and e.rng.random() < A["staff_request"]:
            d = e.rng.choice(shown)
            asked = d["postings"][0]["from"] + dt.timedelta(days=e.rng.randint(5, 40))
            if asked < as_of - dt.timedelta(days=10):
                d.update(requested=asked, provided_on_request=e.chance(0.88))
        return out

    def _soe_rules(self, u: _Unit, name: str, workers: int, attrs: dict, p: dict, docs: list, meetings: list,
                   boards: list, not_found: list) -> None:
        seed = self.seed
        since, as_of = self.round.province_since, self.round.as_of
        e = u.fork(seed, self.year, "rules", "soe", name)
        issuer = f"Giám đốc {name}"
        board = next((b for b in boards if b["kind"] == "people_inspection"), None)
        p["disclosures"] = self._workplace_rules(e, name, "state_owned_enterprise", workers, True, attrs, docs,
                                                 meetings, boards, not_found)
        self._looked(e, not_found, "documents.conference_request", rare=True)
        # The workers' conference adopts its resolution and hears the board (Luật Đ67, NĐ 59 Đ26).
        for m in meetings:
            if m["kind"] == "workers_conference":
                business = ["head_report", "union_report", "staff_discussion", "answers"]
                if board is not None and m["date"] > board["elected"]:
                    business.append("inspection_board_report") if e.chance(0.85) else None
                if e.chance(0.9):
                    business.append("adopt_resolution")
                m["business"] = _FlowList(business)
        # Every 6 months, how the resolution is carried out (Luật Đ70).
        first = next((m["date"] for m in meetings if m["kind"] == "workers_conference"), None)
        if first is not None:
            regular = e.chance(0.75)
            for h in _periods("half", since, as_of):
                if h.end >= first and (regular or e.rng.random() < 0.5):
                    docs.append({"id": f"Đánh giá thực hiện nghị quyết hội nghị người lao động {h.label}",
                                 "kind": "resolution_evaluation", "issuer": issuer,
                                 "date": e.workday(h.end - dt.timedelta(days=20), h.end - dt.timedelta(days=1)),
                                 "with_union": regular or e.chance(0.6), "announced": regular or e.chance(0.6)})
            if not any(d["kind"] == "resolution_evaluation" for d in docs):
                self._looked(e, not_found, "documents.resolution_evaluation")
        if board is None or not self._current(board):
            return
        # The board's programmes and reports, quarter by quarter (NĐ 59 Đ26), the management's
        # briefing and answers (Luật Đ81).
        bissuer = "Ban Thanh tra nhân dân"
        term, regular = board["term"], e.chance(0.7)
        for y in _periods("year", since, as_of + dt.timedelta(days=400)):
            if y.start <= as_of and y.end >= term["from"] and (regular or e.chance(0.6)):
                docs.append({"id": f"Chương trình công tác năm {y.start.year} của Ban Thanh tra nhân dân",
                             "kind": "inspection_board_plan", "issuer": bissuer,
                             "date": e.workday(max(y.start, term["from"]), max(y.start, term["from"]) + dt.timedelta(days=15)),
                             "period": _Flow({"from": y.start, "to": y.end})})
        # The half-year programmes (Luật Đ79 k2 "theo từng quý, 06 tháng và hằng năm"), drawn from a stream of
        # their own so the draws below are unchanged.
        hu = e.fork(seed, self.year, "soe-half-programmes", name)
        for h in _periods("half", since, as_of + dt.timedelta(days=200)):
            if h.start <= as_of and h.end >= term["from"] and (regular or hu.chance(0.6)):
                day = max(h.start, term["from"])
                docs.append({"id": f"Chương trình công tác {h.label} của Ban Thanh tra nhân dân",
                             "kind": "inspection_board_plan", "issuer": bissuer,
                             "date": hu.workday(day, day + dt.timedelta(days=12)),
                             "period": _Flow({"from": h.start, "to": h.end})})
        for q in _periods("quarter", since, as_of):
            if q.start < term["from"] or q.end > term["to"]:
                continue
            if regular or e.rng.random() < 0.5:
                docs.append({"id": f"Kế hoạch hoạt động Ban Thanh tra nhân dân {q.label}",
                             "kind": "inspection_board_plan", "issuer": bissuer,
                             "date": e.workday(q.start, q.start + dt.timedelta(days=12)),
                             "period": _Flow({"from": q.start, "to": q.end})})
            day = q.end + dt.timedelta(days=e.rng.randint(3, 25) if regular or e.chance(0.7) else e.rng.randint(100, 130))
            if day < as_of and (regular or e.rng.random() < 0.5):
                docs.append({"id": f"Báo cáo hoạt động Ban Thanh tra nhân dân {q.label}",
                             "kind": "inspection_board_report", "issuer": bissuer, "date": _weekday(day),
                             "period": _Flow({"from": q.start, "to": q.end})})
        for kind in ("inspection_board_plan", "inspection_board_report"):
            if not any(d["kind"] == kind for d in docs):
                self._looked(e, not_found, f"documents.{kind}")
        self._inspection(e, docs, not_found, max(board["elected"], since), as_of - dt.timedelta(days=20),
                         bissuer, 0.4)
        if e.chance(0.75):
            docs.append({"id": "Thông báo cho Ban Thanh tra nhân dân", "kind": "inspection_board_briefing",
                         "date": _add_workdays(board["elected"], e.rng.randint(5, 30)), "issuer": issuer})
        else:
            self._looked(e, not_found, "documents.inspection_board_briefing")
        if e.rng.random() < ASSUMED_RULES["board_recommendation_agency"]:
            received = e.workday(max(board["elected"], since), as_of - dt.timedelta(days=30))
            docs.append({"id": "Kiến nghị của Ban Thanh tra nhân dân", "kind": "inspection_board_recommendation",
                         "date": received, "received": received,
                         "reply": _Flow({"number": e.number("CV"), "issuer": issuer,
                                         "date": received + dt.timedelta(days=e.pick((e.rng.randint(4, 14), 0.85),
                                                                                     (e.rng.randint(18, 40), 0.15)))})})
        else:
            self._looked(e, not_found, "documents.inspection_board_recommendation", rare=True)

    def _enterprise_rules(self, u: _Unit, name: str, workers: int, union: bool, attrs: dict, p: dict, docs: list,
                          meetings: list, not_found: list) -> None:
        e = u.fork(self.seed, self.year, "rules", "enterprise", name)
        boards: list = []
        p["disclosures"] = self._workplace_rules(e, name, "enterprise", workers, union, attrs, docs, meetings, boards,
                                                 not_found)
        p["boards"] = boards

    def soe(self, name: str, parent: str) -> None:
        r, seed = self.round, self.seed
        u = _Unit(seed, self.year, "soe", name)
        since, as_of = r.province_since, r.as_of
        fname = self._file(name)
        p = self._profile(f"lc-{fname}", name, "state_owned_enterprise", self._path(), since)
        p["parent"] = parent
        workers = u.rng.randint(35, 420)
        p["headcount"] = {"workers": workers}
        dispersed = u.chance(0.4)
        p["attributes"] = {"has_union": True, "dispersed": dispersed, "has_website": u.chance(0.8)}
        docs, meetings, not_found = [], [], []
        if u.chance(ASSUMED["regulation_share"]):
            docs.append({"id": "Quy chế thực hiện dân chủ ở cơ sở tại nơi làm việc", "kind": "democracy_regulation",
                         "number": u.number("QĐ"), "date": u.workday(D(2023, 8, 1), D(2024, 9, 30)),
                         "issuer": f"Giám đốc {name}", "with_union": u.pick((True, 0.88), (False, 0.12))})
        elif u.rng.random() < 0.6:
            not_found.append("documents.democracy_regulation")
        # 100% of SOEs held their workers' conference and dialogues (seed 001).
        for y in _periods("year", since, as_of + dt.timedelta(days=1), 1, 3):
            share = FIGURES["soe_conference_share"][0] - 0.05
            if u.chance(share):
                day = u.workday(y.end + dt.timedelta(days=10), y.due - dt.timedelta(days=3))
                if day < as_of:
                    delegates = workers >= 100 or dispersed
                    summoned = round(workers * u.rng.uniform(0.35, 0.6)) if delegates else workers
                    present = round(summoned * u.rng.uniform(0.75, 0.98))
                    m = {"id": f"Hội nghị người lao động năm {y.label}", "kind": "workers_conference",
                         "title": f"Hội nghị {'đại biểu ' if delegates else ''}người lao động "
                                  f"(năm tài chính {y.label})",
                         "date": day, "delegates": delegates, "present": present, "minutes": True,
                         "votes_for": round(present * u.rng.uniform(0.8, 1.0))}
                    if u.rng.random() < 0.85:
                        m["summoned"] = summoned
                    meetings.append(m)
        for y in _periods("year", since, as_of):
            if u.chance(FIGURES["soe_conference_share"][0] - 0.05):
                meetings.append(_dialogue(u, D(y.start.year, 6, 1), D(y.start.year, 12, 20)))
            if u.chance(0.5):
                docs.append({"id": f"Đánh giá, xếp loại năm {y.start.year}", "kind": "democracy_evaluation",
                             "date": u.workday(D(y.start.year, 12, 5), D(y.start.year, 12, 28)),
                             "issuer": f"Giám đốc {name}"})
        meetings.sort(key=lambda m: m["date"])
        # The board: elected at the workers' conference, a 2-year term (Luật Đ77; NĐ 59 Đ25).
        boards = []
        first = next((m for m in meetings if m["kind"] == "workers_conference"), None)
        if first is not None and u.chance(0.85):
            elected = first["date"]
            board = {"id": "Ban Thanh tra nhân dân", "kind": "people_inspection", "proposed_by": "union_executive",
                     "elected": elected,
                     "term": _Flow({"from": elected, "to": _months_later(elected, u.pick((24, 0.9), (36, 0.1)))
                                    - dt.timedelta(days=1)})}
            if u.chance(0.9):
                board["recognised_by"] = _Flow({"number": u.number("QĐ-CĐ", 1, 30),
                                                "date": _add_workdays(elected, u.rng.randint(1, 7)),
                                                "issuer": "Ban Chấp hành Công đoàn cơ sở"})
            board["members"] = [_Flow({"name": u.person(u.pick(("kinh", 0.7), ("thai", 0.3))),
                                       "role": "head" if i == 0 else "member", "position": "staff"})
                                for i in range(3 if workers < 150 else 5)]
            boards.append(board)
        for key in ("documents.conference_request", "documents.dialogue_request"):
            if u.rng.random() < 0.6:
                not_found.append(key)
        focal = u.person(u.pick(("kinh", 0.7), ("thai", 0.3)))
        officers = [_Flow({"name": focal, "role": "democracy_focal_point"})]
        people = [(focal, "democracy_focal_point")] + [(m["name"], "people_inspection_member") for b in boards
                                                       for m in b["members"]]
        trainings = self._trainings(u, people, since, u.pick((0, 0.2), (1, 0.8)),
                                    ["Luật Thực hiện dân chủ ở cơ sở; Bộ luật Lao động về đối thoại tại nơi làm việc"],
                                    ["Liên đoàn Lao động tỉnh Lai Châu"], ASSUMED["trained_share"], p["id"])
        if not trainings and u.rng.random() < 0.5:
            not_found.append("trainings")
        self._soe_rules(u, name, workers, p["attributes"], p, docs, meetings, boards, not_found)
        p.update(documents=docs, meetings=meetings, boards=boards, officers=officers, trainings=trainings,
                 not_found=not_found)
        p["notes"] = _notes(seed, self.year, "Tên doanh nghiệp dùng để minh họa; mọi sự việc là giả định. Theo báo cáo "
                                             "39-BC/BCĐ, 16 doanh nghiệp nhà nước và ngân hàng đều có công đoàn.")
        self._write(f"tinh-lai-chau/{fname}.yaml", p)

    def enterprise(self, name: str) -> None:
        r, seed = self.round, self.seed
        u = _Unit(seed, self.year, "enterprise", name)
        since, as_of = r.province_since, r.as_of
        fname = self._file(name)
        p = self._profile(f"lc-{fname}", name, "enterprise", self._path(), since)
        workers = u.rng.randint(12, 180)
        union = u.chance(ASSUMED["enterprise_union"])
        p["headcount"] = {"workers": workers}
        p["attributes"] = {"has_union": union, "has_website": u.chance(0.3)}
        docs, meetings, not_found = [], [], []
        if u.chance(0.9 if union else 0.45):
            docs.append({"id": "Quy chế dân chủ ở cơ sở tại nơi làm việc", "kind": "democracy_regulation",
                         "number": u.number("QĐ-CT"), "date": u.workday(D(2021, 3, 1), D(2024, 10, 31)),
                         "issuer": f"Giám đốc {name}", "with_union": union and u.chance(0.85)})
        elif u.rng.random() < 0.6:
            not_found.append("documents.democracy_regulation")
        conf = FIGURES["enterprise_conference_share"][0] if union else 0.4
        dialogue = FIGURES["enterprise_dialogue_share"][0] - 0.05 if union else 0.5
        for y in _periods("year", since, as_of):
            yr = y.start.year
            if u.chance(conf):
                meetings.append({"id": f"Hội nghị người lao động năm {yr}", "kind": "workers_conference",
                                 "date": u.workday(D(yr, 1, 10), D(yr, 4, 20)), "minutes": u.chance(0.8)})
            elif u.rng.random() < 0.4:
                not_found.append("meetings.workers_conference")
            if u.chance(dialogue):
                meetings.append(_dialogue(u, D(yr, 5, 1), D(yr, 12, 20)))
        if u.rng.random() < 0.6:
            not_found.append("documents.dialogue_request")
        if u.chance(0.5):
            trainings = self._place(p["id"], [{"id": "Tuyên truyền pháp luật lao động",
                                               "date": u.workday(since, as_of - dt.timedelta(days=5)),
                                               "topic": "Quy chế dân chủ ở cơ sở tại nơi làm việc (Nghị định "
                                                        "145/2020/NĐ-CP)",
                                               "organiser": "Liên đoàn Lao động tỉnh Lai Châu"}],
                                    since, as_of - dt.timedelta(days=5))
        else:
            trainings = []
            if u.rng.random() < 0.6:
                not_found.append("trainings")
        self._enterprise_rules(u, name, workers, union, p["attributes"], p, docs, meetings, not_found)
        p.update(documents=docs, meetings=meetings, trainings=trainings, not_found=not_found)
        p["notes"] = _notes(seed, self.year, "Tên doanh nghiệp là giả định. Theo báo cáo 39-BC/BCĐ, doanh nghiệp "
                                             "ngoài nhà nước chủ yếu nhỏ, siêu nhỏ; thực hiện dân chủ chủ yếu ở nơi "
                                             "có công đoàn.")
        self._write(f"tinh-lai-chau/{fname}.yaml", p)


def _dialogue(u: _Unit, start: dt.date, end: dt.date) -> dict:
    """A periodic workplace dialogue (Bộ luật Lao động Đ63; NĐ 145 Đ39)."""
    day = u.workday(start, end)
    summoned = u.rng.randint(6, 12)
    item = {"id": f"Đối thoại định kỳ năm {day.year}", "kind": "workplace_dialogue", "date": day,
            "summoned": summoned, "present": summoned - u.pick((0, 0.7), (1, 0.2), (summoned // 2 + 1, 0.1)),
            "minutes": u.pick((True, 0.9), (False, 0.1))}
    extras = {"content_sent": day - dt.timedelta(days=u.pick((u.rng.randint(7, 14), 0.8), (u.rng.randint(1, 5), 0.2))),
              "legal_rep_present": u.pick((True, 0.85), (False, 0.05), (None, 0.1)),
              "minutes_signed": u.pick((True, 0.8), (None, 0.2)),
              "published_on": u.pick((_add_workdays(day, u.rng.randint(1, 3)), 0.7), (_add_workdays(day, 6), 0.1),
                                     (None, 0.2))}
    return _fit("meeting", item, extras) or {"id": item["id"], "kind": "workplace_dialogue", "date": day}

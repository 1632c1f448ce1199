"""A village's profile (villages, hamlets and residential groups), drawn with its commune."""

from __future__ import annotations

import datetime as dt

from .figures import ASSUMED, ASSUMED_RULES, D
from .writer import _Flow, _FlowList
from .areas import Commune, Village
from .units import _Base, _Unit, _add_workdays, _days_before, _fit, _notes, _periods, _weekday


class _Villages(_Base):
    """A village's profile: its conferences, the decisions it took, its covenant, its head."""

    def village(self, c: Commune, v: Village, cslug: str, vslug: str, board: dict, board_elected: dt.date) -> None:
        r, seed = self.round, self.seed
        u = _Unit(seed, self.year, "village", c.kind, c.name, v.name)
        since, as_of = r.local_since, r.as_of
        years = _periods("year", since, as_of)
        label = {"bản": "Bản", "thôn": "Thôn", "tổ dân phố": ""}[v.kind]
        name = f"{label} {v.name}".strip()
        p = self._profile(f"lc{self.year}-{cslug}-{vslug}", name, "village",
                          [self._province(), {"level": "commune", "kind": c.kind, "name": c.name},
                           {"level": "village", "kind": v.kind, "name": v.name}], since)
        p["headcount"] = {"households": v.households}
        p["attributes"] = {"ethnic_minority_area": not c.urban}
        docs, meetings, not_found = [], [], []
        # Covenant: 956/956 villages, all recognised by the district (seed 001 footnote 12). The same
        # draws as the commune's copy (_village_events), which also says what became of it since.
        _old_covenant(u, v, self.year)
        events = self._village_events(c, v)
        docs += [dict(d) for d in events["covenants"]]
        for y in years:
            yr = y.start.year
            held = u.chance(ASSUMED["village_conference"])
            conf_day = u.workday(D(yr, 11, 20), D(yr, 12, 28))
            if held:
                summoned = v.households
                conf = {"id": f"Hội nghị cộng đồng dân cư cuối năm {yr}", "kind": "village_annual_conference",
                        "title": f"Hội nghị định kỳ cuối năm {yr} của cộng đồng dân cư {v.kind} {v.name}",
                        "date": conf_day, "summoned": summoned,
                        "present": round(summoned * u.rng.uniform(0.55, 0.95)),
                        "minutes": u.pick((True, 0.9), (False, 0.1))}
                # NĐ 59 Đ10–11: the plan sent to the commune, the notice to households, the report after
                reports = ["village_head_report", "front_committee_report", "inspection_member_report"]
                if u.rng.random() < 0.25:
                    reports.remove(u.rng.choice(reports))
                extras = {"business": _FlowList(reports) if u.rng.random() < 0.8 else None,
                          "notified": conf_day - dt.timedelta(days=u.pick((u.rng.randint(5, 10), 0.85),
                                                                          (u.rng.randint(1, 4), 0.15))),
                          "plan_sent": u.pick((conf_day - dt.timedelta(days=u.rng.randint(7, 15)), 0.75), (False, 0.1),
                                              (None, 0.15)),
                          "delivered": u.pick((_add_workdays(conf_day, u.rng.randint(1, 8)), 0.75), (False, 0.1),
                                              (None, 0.15))}
                meetings.append(_fit("meeting", conf, extras))
            elif u.rng.random() < 0.5:
                not_found.append("meetings.village_annual_conference")
            if u.chance(ASSUMED["covenant_review"]):
                meetings.append({"id": f"Rà soát quy ước năm {yr}", "kind": "covenant_review",
                                 "title": f"Rà soát, đánh giá việc thực hiện quy ước năm {yr}",
                                 "date": conf_day if held and u.rng.random() < 0.7 else u.workday(D(yr, 10, 1),
                                                                                                  D(yr, 12, 20)),
                                 "minutes": True})
            elif u.rng.random() < 0.5:
                not_found.append("meetings.covenant_review")
            if u.chance(0.6):
                docs.append(_fit("document", {"id": f"Báo cáo thực hiện quy ước năm {yr}", "kind": "covenant_report",
                                              "date": u.workday(D(yr, 12, 1), D(yr, 12, 28)),
                                              "issuer": f"Trưởng {v.kind} {v.name}"}))
            # A community meeting deciding the residents' contribution to a village work: in 2023
            # residents gave 7,623 workdays, 1,744 million đồng and 157,974 m² of land (seed 001 l.104).
            if u.chance(0.7):
                day = u.workday(max(y.start, since) + dt.timedelta(days=30), min(y.end, as_of) - dt.timedelta(days=40))
                present = round(v.households * u.rng.uniform(0.6, 0.92))
                votes = round(present * u.rng.uniform(0.75, 0.98))
                work = u.rng.choice(["bê tông hóa đường nội bản", "sửa chữa nhà văn hóa", "làm đường lên khu sản xuất",
                                     "kéo nước sinh hoạt về bản"])
                meeting = {"id": f"Họp bàn đóng góp {work} năm {yr}", "kind": "community_meeting",
                           "title": f"Cuộc họp cộng đồng dân cư bàn chủ trương, mức đóng góp {work}", "date": day,
                           "summoned": v.households, "present": present, "votes_for": votes, "minutes": True}
                extras = {"matter": "contributions", "households": v.households, "adopted": True,
                          "front_agreed": u.pick((True, 0.85), (None, 0.15)), "convened_by": "village_head",
                          "notified": day - dt.timedelta(days=u.pick((u.rng.randint(2, 6), 0.9), (1, 0.1))),
                          "notice_posted": u.pick((True, 0.8), (None, 0.2)),
                          "papers_sent": day - dt.timedelta(days=u.rng.randint(2, 5)),
                          "secretary_votes": round(present * u.rng.uniform(0.7, 0.98)),
                          "decision_contents": u.pick((True, 0.85), (None, 0.15)),
                          "decision_signed": u.pick((True, 0.8), (False, 0.05), (None, 0.15)),
                          "results_published": u.pick((True, 0.75), (None, 0.25)),
                          "delivered": u.pick((_add_workdays(day, u.rng.randint(1, 7)), 0.8), (None, 0.2)),
                          "officials_took_part": u.pick((True, 0.8), (None, 0.2)), "secret_ballot": False}
                extras["method_votes"] = extras["secretary_votes"]  # the same show of hands (NĐ 59 Đ3 k5 b)
                meetings.append(_fit("meeting", meeting, extras))
                if u.rng.random() < 0.7:
                    docs.append(_fit("document", {"id": f"Thu đóng góp {work}", "kind": "resident_contribution",
                                                  "title": f"Danh sách, mức đóng góp của các hộ cho {work}",
                                                  "date": _add_workdays(day, u.rng.randint(3, 15)),
                                                  "issuer": f"Trưởng {v.kind} {v.name}"}))
        # What inspectors usually look for and find none of in a village year.
        for key, share in (("meetings.household_ballot", 0.7), ("meetings.online_vote", 0.7),
                           ("documents.citizen_initiative", 0.6), ("documents.resident_contribution", 0.6)):
            if u.rng.random() < share:
                not_found.append(key)
        # The community meeting that elected this village's member of the commune board.
        member = next((m for m in board["members"] if m.get("village") == v.name), None)
        if member is not None and board_elected >= since and u.rng.random() < 0.6:
            present = round(v.households * u.rng.uniform(0.62, 0.92))
            votes = round(present * u.rng.uniform(0.82, 0.98)) if u.rng.random() < 0.9 else \
                round(v.households * u.rng.uniform(0.3, 0.48))
            meetings.append({"id": "Bầu thành viên Ban Thanh tra nhân dân xã", "kind": "inspection_board_election",
                             "date": board_elected - dt.timedelta(days=u.rng.randint(7, 30)), "summoned": v.households,
                             "present": max(present, votes), "votes_for": votes, "minutes": u.chance(0.9)})
        self._village_rules(u, c, v, p, docs, meetings, not_found, member, board_elected)
        docs = [d for d in docs if d is not None]
        meetings = sorted((m for m in meetings if m is not None), key=lambda m: m["date"])
        # Officers: village head, head of the Front work committee, the covenant drafters.
        head = u.person(v.ethnic, "male" if u.rng.random() < 0.85 else "female")
        front = u.person(v.ethnic)
        officers = [_Flow({"name": head, "role": "village_head", "village": v.name}),
                    _Flow({"name": front, "role": "front_committee_head", "village": v.name}),
                    _Flow({"name": head, "role": "covenant_drafter", "village": v.name})]
        drafters = [u.person(v.ethnic) for _ in range(u.rng.randint(1, 3))]
        officers += [_Flow({"name": d, "role": "covenant_drafter", "village": v.name}) for d in drafters]
        people = [(o["name"], o["role"]) for o in officers]
        sessions = u.pick((0, 0.15), (1, 0.6), (2, 0.25))
        trainings = self._trainings(u, people, since, sessions,
                                    ["Nghiệp vụ xây dựng và thực hiện hương ước, quy ước (Nghị định 61/2023/NĐ-CP)",
                                     "Bồi dưỡng Trưởng thôn, bản, Trưởng ban công tác Mặt trận",
                                     "Quán triệt Nghị quyết 75/NQ-HĐND của HĐND tỉnh"],
                                    [f"UBND {c.kind} {c.name}", f"Ủy ban MTTQ Việt Nam {c.kind} {c.name}",
                                     "Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh"], ASSUMED["trained_share"],
                                    p["id"], self._commune_days)
        if not trainings and u.rng.random() < 0.4:
            not_found.append("trainings")
        p.update(documents=docs, meetings=meetings, officers=officers, trainings=trainings, not_found=not_found)
        p["notes"] = _notes(seed, self.year, "Quy ước được công nhận theo số liệu 956/956 thôn, bản có quy ước được "
                                             "phê duyệt (báo cáo 39-BC/BCĐ).")
        self._write(f"{cslug}/{vslug}.yaml", p)

    def _village_events(self, c: Commune, v: Village) -> dict:
        """What the village decided in the inspected period, and its covenants, drawn once from the
        village's own stream: the village's profile and its commune's (which recognises the
        decisions and keeps the covenants of its villages) record the same."""
        key = (c.kind, c.name, v.name)
        if key in self._events:
            return self._events[key]
        seed, year, r, A = self.seed, self.year, self.round, ASSUMED_RULES
        base = _Unit(seed, year, "village", c.kind, c.name, v.name)
        old = _old_covenant(base, v, year)  # the village's own draws, repeated
        e = base.fork(seed, year, "rules", "village", c.kind, c.name, v.name)
        lo, hi = r.local_since + dt.timedelta(days=20), r.as_of - dt.timedelta(days=45)
        ev: dict = {"covenants": [old], "shared": [], "own": [], "docs": [],
                    "dispersed": not c.urban and e.rng.random() < A["dispersed_village"]}
        # Decree 61's transition (Đ24): an old covenant found not to fit Art. 4 is replaced by 31/12/2023.
        if old.get("conforms") is None:
            old["conforms"] = e.rng.random() < A["old_covenant_conforms"]
            if not old["conforms"] and e.rng.random() < 0.7:  # assumption: most were replaced in time
                self._covenant_event(e, c, v, ev, e.workday(D(2023, 9, 5), D(2023, 12, 15)), "thay thế")
        if e.rng.random() < A["covenant_amended"]:
            self._covenant_event(e, c, v, ev, e.workday(lo, hi), "sửa đổi, bổ sung")
        if e.rng.random() < A["village_head_dismissal"]:
            ev["shared"].append(self._dismissal(e, c, v, e.workday(lo, hi - dt.timedelta(days=30))))
        if e.rng.random() < A["village_head_election"]:
            ev["shared"].append(self._election(e, c, v, e.workday(lo + dt.timedelta(days=25), hi)))
        if e.rng.random() < A["household_ballot"]:
            ev["own"].append(self._ballot(e, c, v, e.workday(lo, hi)))
        if c.urban and e.rng.random() < A["online_vote_urban"]:
            ev["own"].append(self._online_vote(e, c, v, e.workday(lo, hi)))
        if e.rng.random() < A["citizen_initiative"]:
            hh = v.households
            ev["docs"].append({"id": "Sáng kiến của công dân", "kind": "citizen_initiative",
                               "title": e.rng.choice(["Đề xuất làm đường bê tông lên khu sản xuất",
                                                      "Đề xuất lắp đèn chiếu sáng đường nội bản",
                                                      "Đề xuất thành lập tổ tự quản vệ sinh môi trường"]),
                               "date": e.workday(lo, hi), "proposer": "residents",
                               "supporters": max(1, round(hh * e.pick((e.rng.uniform(0.11, 0.35), 0.85),
                                                                      (e.rng.uniform(0.04, 0.09), 0.15)))),
                               "conference_held": e.chance(0.85)})
        self._events[key] = ev
        return ev

    def _decision(self, e: _Unit, v: Village, day: dt.date, present_share: tuple) -> dict:
        """The fields a community meeting's record has (NĐ 59 Đ3; Luật Đ20, Đ23)."""
        hh = v.households
        present = min(hh, round(hh * e.pick((e.rng.uniform(*present_share), 0.9), (e.rng.uniform(0.4, 0.5), 0.1))))
        m = {"date": day, "summoned": hh, "present": present, "households": hh, "minutes": True,
             "notified": day - dt.timedelta(days=e.pick((e.rng.randint(3, 7), 0.9), (1, 0.1))),
             "notice_posted": e.chance(0.88),
             "secretary_votes": round(present * e.rng.uniform(0.7, 0.98)),
             "decision_contents": e.chance(0.88), "decision_signed": e.chance(0.88),
             "results_published": e.chance(0.86), "officials_took_part": e.chance(0.85)}
        # the way of voting, and a secret ballot's counting board, approved by the same show of hands (Đ3 k5 b–c)
        m["method_votes"] = m["counting_board_votes"] = m["secretary_votes"]
        return m

    def _answer(self, e: _Unit, c: Commune, day: dt.date, by: str = "UBND") -> tuple[dt.date, dict]:
        """The record reaching the commune (within 5 working days, mostly) and its answer (within 5
        working days of a complete file, mostly)."""
        delivered = _add_workdays(day, e.pick((e.rng.randint(1, 4), 0.86), (e.rng.randint(6, 10), 0.14)))
        answered = _add_workdays(delivered, e.pick((e.rng.randint(1, 4), 0.86), (e.rng.randint(6, 10), 0.14)))
        issuer = f"{by} {c.kind} {c.name}" if not (self.year == 2025 and day < D(2025, 7, 1)) else \
            f"{by} xã (trước 01/07/2025)"
        return delivered, _Flow({"number": e.number("QĐ-UBND" if by == "UBND" else "QĐ-CT"), "date": answered,
                                 "issuer": issuer})

    def _covenant_event(self, e: _Unit, c: Commune, v: Village, ev: dict, day: dt.date, how: str) -> None:
        """A covenant adopted under Decree 61: drafted, posted for comment, voted, recognised, sent
        and made known (Đ6–Đ15, Đ18); the vote is a community meeting (matter: covenant)."""
        posted = e.pick((e.rng.randint(30, 45), 0.88), (e.rng.randint(14, 27), 0.12))
        delivered, recognition = self._answer(e, c, day)
        doc = {"id": f"Quy ước ({how} năm {day.year})", "kind": "covenant",
               "title": f"Quy ước {v.kind} {v.name} ({how})", "date": day, "recognised_by": recognition,
               "period": _Flow({"from": day - dt.timedelta(days=posted), "to": day}),
               "drafting_team": e.chance(0.92)}
        if not c.urban:
            doc["drafting_team_ethnic"] = e.chance(0.88)
        doc.update(people_consulted=e.chance(0.92), signed=e.chance(0.9), sealed=e.chance(0.9),
                   posted=e.chance(0.88), disseminated=e.chance(0.85), conforms=e.chance(0.96),
                   sent_on=_add_workdays(recognition["date"], e.pick((e.rng.randint(0, 2), 0.85),
                                                                     (e.rng.randint(3, 6), 0.15))))
        ev["covenants"].append(doc)
        m = {"id": f"Thông qua quy ước ({how} năm {day.year})", "kind": "community_meeting", "matter": "covenant",
             "title": f"Cuộc họp cộng đồng dân cư thông qua quy ước {how}",
             **self._decision(e, v, day, (0.6, 0.92))}
        m["votes_for"] = round(m["present"] * e.rng.uniform(0.82, 0.98))
        m.update(adopted=True, front_agreed=e.chance(0.92), convened_by="village_head",
                 papers_sent=day - dt.timedelta(days=e.pick((e.rng.randint(2, 5), 0.9), (1, 0.1))),
                 secret_ballot=False, delivered=delivered, recognised_by=recognition)
        ev["shared"].append(m)

    def _election(self, e: _Unit, c: Commune, v: Village, day: dt.date) -> dict:
        """A village head elected at a community meeting (NĐ 59 Đ6–Đ8)."""
        hh = v.households
        m = {"id": f"Bầu Trưởng {v.kind} {v.name}", "kind": "community_meeting", "matter": "village_head_election",
             "title": f"Hội nghị bầu Trưởng {v.kind} nhiệm kỳ mới", **self._decision(e, v, day, (0.65, 0.95))}
        m["votes_for"] = min(m["present"], round(hh * e.pick((e.rng.uniform(0.52, 0.85), 0.92),
                                                             (e.rng.uniform(0.38, 0.49), 0.08))))
        delivered, recognition = self._answer(e, c, day, "Chủ tịch UBND")
        m.update(convened_by="election_team",
                 election_decided=_days_before(day, e.pick((e.rng.randint(21, 35), 0.88), (e.rng.randint(12, 18), 0.12))),
                 team_decided=_days_before(day, e.pick((e.rng.randint(11, 18), 0.9), (e.rng.randint(5, 9), 0.1))),
                 team_led_by_front=e.chance(0.92), candidate_in_team=not e.chance(0.96),
                 announced=_days_before(day, e.pick((e.rng.randint(8, 14), 0.88), (e.rng.randint(3, 6), 0.12))),
                 candidates=e.pick((1, 0.55), (2, 0.42), (3, 0.03)),
                 candidates_sent=_days_before(day, e.pick((e.rng.randint(15, 20), 0.9), (e.rng.randint(8, 14), 0.1))),
                 secret_ballot=True, counting_board=e.pick((3, 0.7), (5, 0.22), (2, 0.08)),
                 count_witnesses=e.pick((2, 0.9), (1, 0.1)), adopted=True, front_agreed=e.chance(0.94),
                 delivered=delivered, recognised_by=recognition)
        return m

    def _dismissal(self, e: _Unit, c: Commune, v: Village, day: dt.date) -> dict:
        """A village head let go at a community meeting (NĐ 59 Đ9)."""
        m = {"id": f"Cho thôi làm Trưởng {v.kind} {v.name}", "kind": "community_meeting",
             "matter": "village_head_dismissal", "title": f"Cho thôi làm Trưởng {v.kind} (xin thôi vì lý do sức khỏe)",
             **self._decision(e, v, day, (0.6, 0.9))}
        m["votes_for"] = round(m["present"] * e.rng.uniform(0.8, 0.98))
        delivered, recognition = self._answer(e, c, day, "Chủ tịch UBND")
        new = recognition["date"] + dt.timedelta(days=e.pick((e.rng.randint(15, 50), 0.88), (e.rng.randint(65, 90), 0.12)))
        m.update(convened_by=e.pick(("front_committee_head", 0.92), ("village_head", 0.08)),
                 dismissal_grounds=e.chance(0.92), adopted=True, front_agreed=True, secret_ballot=False,
                 delivered=delivered, recognised_by=recognition, acting_head=e.chance(0.9),
                 new_election_decided=_weekday(new) if new <= self.round.as_of else False)
        return m

    def _ballot(self, e: _Unit, c: Commune, v: Village, close: dt.date) -> dict:
        """A household ballot on a contribution after a meeting lacked households (NĐ 59 Đ4)."""
        hh = v.households
        opened = close - dt.timedelta(days=e.rng.randint(3, 7))
        notified = opened - dt.timedelta(days=e.pick((e.rng.randint(2, 5), 0.9), (1, 0.1)))
        issued = _days_before(notified, e.rng.randint(1, 5))
        returned = round(hh * e.rng.uniform(0.8, 0.97))
        m = {"id": f"Phát phiếu lấy ý kiến hộ gia đình năm {close.year}", "kind": "household_ballot",
             "title": "Phát phiếu lấy ý kiến về mức đóng góp sửa chữa nhà văn hóa (cuộc họp không đủ số hộ)",
             "date": close, "summoned": hh if e.chance(0.95) else hh - e.rng.randint(2, 6), "present": returned,
             "votes_for": round(returned * e.rng.uniform(0.8, 0.97)), "minutes": e.chance(0.92),
             "matter": "contributions", "households": hh, "adopted": True, "after_meeting": e.chance(0.9),
             "front_agreed": e.chance(0.9), "opened": opened, "notified": notified, "plan_issued": issued,
             "plan_sent": issued + dt.timedelta(days=e.pick((e.rng.randint(0, 2), 0.88), (e.rng.randint(3, 6), 0.12))),
             "team_size": e.pick((3, 0.6), (5, 0.3), (2, 0.1)), "team_led_by_front": e.chance(0.9),
             "ballots_signed": e.chance(0.9), "count_witnesses": e.pick((2, 0.9), (1, 0.1)),
             "decision_contents": e.chance(0.88), "decision_signed": e.chance(0.88),
             "results_published": e.chance(0.86)}
        m["summoned"] = max(m["summoned"], returned)
        m["delivered"], _ = self._answer(e, c, close)
        return m

    def _online_vote(self, e: _Unit, c: Commune, v: Village, close: dt.date) -> dict:
        """A residential group deciding a self-management matter online (NĐ 59 Đ5)."""
        hh = v.households
        opted = round(hh * e.pick((e.rng.uniform(0.55, 0.85), 0.88), (e.rng.uniform(0.35, 0.49), 0.12)))
        present = round(opted * e.rng.uniform(0.8, 1.0))
        m = {"id": f"Biểu quyết trực tuyến năm {close.year}", "kind": "online_vote",
             "title": "Biểu quyết trực tuyến về tổ tự quản vệ sinh môi trường", "date": close, "summoned": hh,
             "present": present, "votes_for": round(present * e.rng.uniform(0.6, 0.95)), "minutes": e.chance(0.9),
             "matter": "self_management", "households": hh, "adopted": True, "front_agreed": e.chance(0.92),
             "opened": close - dt.timedelta(days=e.rng.randint(2, 5)), "opted_in": opted,
             "reported_before": e.chance(0.9), "team_size": e.pick((3, 0.7), (4, 0.2), (2, 0.1)),
             "team_led_by_front": e.chance(0.9), "decision_contents": e.chance(0.88),
             "decision_signed": e.chance(0.85), "results_published": e.chance(0.88)}
        m["delivered"], _ = self._answer(e, c, close)
        return m

    def _village_rules(self, u: _Unit, c: Commune, v: Village, p: dict, docs: list, meetings: list,
                       not_found: list, member: dict | None, board_elected: dt.date) -> None:
        seed, A = self.seed, ASSUMED_RULES
        e = u.fork(seed, self.year, "rules", "village-profile", c.kind, c.name, v.name)
        ev = self._village_events(c, v)
        p["attributes"]["dispersed"] = ev["dispersed"]
        meetings += [dict(m) for m in ev["shared"] + ev["own"]]
        docs += [dict(d) for d in ev["docs"]]
        for m in meetings:  # a scattered village meets in clusters, on a plan the commune approved (NĐ 59 Đ3 k6)
            if ev["dispersed"] and m and m.get("matter") == "contributions" and m["kind"] == "community_meeting" \
                    and e.rng.random() < A["cluster_meeting"]:
                m.update(clusters=e.rng.randint(2, 3), cluster_plan_approved=e.chance(0.85))
        # The election of the village's member of the commune board, where the record was not taken.
        if member is not None and not any(m and m["kind"] == "inspection_board_election" for m in meetings) \
                and e.rng.random() < 0.9:
            present = round(v.households * e.rng.uniform(0.62, 0.92))
            votes = round(present * e.rng.uniform(0.8, 0.98)) if e.rng.random() < 0.9 else \
                round(v.households * e.rng.uniform(0.3, 0.48))
            meetings.append({"id": "Bầu thành viên Ban Thanh tra nhân dân xã", "kind": "inspection_board_election",
                             "date": board_elected - dt.timedelta(days=e.rng.randint(7, 30)),
                             "summoned": v.households, "present": max(present, votes), "votes_for": votes,
                             "minutes": e.chance(0.9)})
        # A contribution collected on the village head's notice, with no community decision (Luật Đ15 k1).
        if not any(m and m["kind"] in ("community_meeting", "household_ballot", "online_vote") for m in meetings) \
                and not any(d and d["kind"] == "resident_contribution" for d in docs) and e.rng.random() < 0.05:
            docs.append({"id": "Thu quỹ sửa chữa nhà văn hóa", "kind": "resident_contribution",
                         "title": "Thông báo mức thu quỹ sửa chữa nhà văn hóa (không qua họp cộng đồng dân cư)",
                         "date": e.workday(self.round.local_since + dt.timedelta(days=30),
                                           self.round.as_of - dt.timedelta(days=30)),
                         "issuer": f"Trưởng {v.kind} {v.name}"})
        self._looked(e, not_found, "meetings.community_meeting", "documents.resident_contribution",
                     "documents.covenant_report")
        self._looked(e, not_found, "meetings.household_ballot", "meetings.online_vote", "documents.citizen_initiative",
                     rare=True)


def _old_covenant(u: _Unit, v: Village, year: int) -> dict:
    """The village's covenant adopted before Decree 61/2023 and recognised by the district: the
    first draws of the village's generator (after its diligence)."""
    adopted = u.workday(D(2019, 3, 1), D(2023, 5, 31))
    covenant = {"id": "Quy ước", "kind": "covenant", "title": f"Quy ước {v.kind} {v.name}", "date": adopted,
                "recognised_by": _Flow({"number": u.number("QĐ-UBND"),
                                        "date": adopted + dt.timedelta(days=u.rng.randint(10, 40)),
                                        "issuer": "UBND huyện (trước 01/07/2025)" if year == 2025 else "UBND huyện"})}
    return _fit("document", covenant, {"conforms": True if u.chance(0.9) else None})

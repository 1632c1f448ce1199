"""Profile → facts: flat dictionaries, one per unit and per evidence item.

The same facts feed every matcher (plain Python and durable-rules), so they are plain
JSON values: numbers, booleans, strings, and dates as day ordinals. A field that was
not recorded is left out, never filled with a default: rules read its absence as
"unknown". Derived fields (see model/fact_schema.py) are computed here, by code that knows
nothing of any rule."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from ..model.fact_schema import COLLECTIONS, UNIT
from ..model.profile import Board, Disclosure, Document, Meeting, Profile
from ..model.vocab import (BOARD_MEMBER_ROLE, BoardRole, CommunityMatter, ConferenceBusiness, DocumentKind, MeetingKind,
                           PersonRole, Position, PostingPlace, ReceptionKind, RegulationContent, Represents)
from ..text import nfc
from ..time.calendar import (add_months, days_completed, is_working_day, months_begun, months_between, term_months,
                             working_days_after, working_days_up_to)
from ..time.periods import default_since

UNIT_COPY_PREFIX = "unit__"  # unit fields copied onto item facts (one-fact patterns)

_LEADERS = {Position.head_of_unit, Position.deputy_head_of_unit, Position.chief_accountant,
            Position.enterprise_manager, Position.legal_representative}
# Who may not sit on a commune's People's Inspection Board (Luật Đ37 k2): until 30/06/2025 commune officials
# and part-time staff at commune or village level; from 01/07/2025 (Law 97/2025 Art. 4 k5 drops "ở cấp xã, ")
# commune officials and village part-time staff only, so a part-time post whose level is not said is unknown.
_COMMUNE_STAFF = {Position.commune_official, Position.commune_part_time, Position.commune_level_part_time,
                  Position.village_part_time}
_EXCLUDED_FROM_2025 = {Position.commune_official, Position.village_part_time}


@dataclass
class FactSet:
    as_of: dt.date
    unit: dict[str, Any]
    items: dict[str, list[dict[str, Any]]]
    recorded: set[str]  # evidence keys the inspector looked at ("documents.covenant", "trainings")
    labels: dict[str, str] = field(default_factory=dict)  # fact id -> how to name it in a report
    sources: dict[str, tuple] = field(default_factory=dict)  # fact id -> its path in the profile
    spans: dict[str, dict[str, Span]] = field(default_factory=dict)  # fact id -> field -> how it was counted


def _ord(day: dt.date | None) -> int | None:
    return day.toordinal() if day is not None else None


def _put(fact: dict, name: str, value: Any) -> None:
    """Record a field only when it is known."""
    if value is None:
        return
    if isinstance(value, dt.date):
        value = value.toordinal()
    elif hasattr(value, "value"):  # a vocabulary code
        value = value.value
    fact[name] = value


@dataclass(frozen=True)
class Span:
    """How a period of display was counted, for the report: opened on ``opened`` (not counted,
    Civil Code Art. 147 k2–3) and run to the end of ``last``, ``days`` counted (Art. 148: a last
    day that is a day off counts only up to the working day before it). ``ended`` is the day a
    notice came down (no longer a day on display) or a run of broadcasts or a consultation closed;
    None while it still runs on the as-of date. ``kind``: posting, broadcast or consultation."""

    kind: str
    opened: dt.date
    last: dt.date
    days: int
    ended: dt.date | None = None

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "opened": self.opened.isoformat(), "last": self.last.isoformat(),
                "days": self.days, "ended": self.ended.isoformat() if self.ended else None}


def _posting_span(start: dt.date, taken_down: dt.date | None, as_of: dt.date) -> Span | None:
    """A posting up from ``start`` until ``taken_down`` (that day it is no longer up), counted
    as the Civil Code counts a period opened by the posting; up to the as-of date if still up.
    None if it went up after the as-of date."""
    if start > as_of:
        return None
    last = as_of if taken_down is None or taken_down > as_of else taken_down - dt.timedelta(days=1)
    ended = taken_down if taken_down is not None and taken_down <= as_of else None
    days = days_completed(start, last) if last >= start else 0
    return Span("posting", start, max(last, start), days, ended)


def _broadcast_span(start: dt.date, last_day: dt.date, as_of: dt.date) -> Span | None:
    """Broadcasts from ``start`` to ``last_day`` (both days broadcast): the first broadcast
    opens the period, as a posting does."""
    if start > as_of:
        return None
    last = min(last_day, as_of)
    return Span("broadcast", start, last, days_completed(start, last), last_day if last_day <= as_of else None)


def _longest(spans: list[Span | None]) -> Span | None:
    return max((s for s in spans if s is not None), key=lambda s: (s.days, s.last), default=None)


def _name_key(name: str) -> str:
    return " ".join(nfc(name).casefold().split())


def unit_fact(profile: Profile) -> dict[str, Any]:
    fact: dict[str, Any] = {"id": "unit", "t": "unit"}
    _put(fact, "type", profile.type)
    for name in ("staff", "households", "villages", "workers", "investment_projects"):
        _put(fact, name, getattr(profile.headcount, name))
    for name in UNIT.fields:
        if hasattr(profile.attributes, name):
            _put(fact, name, getattr(profile.attributes, name))
    return fact


def _disclosure(d: Disclosure, as_of: dt.date) -> tuple[dict[str, Any], dict[str, Span]]:
    fact: dict[str, Any] = {}
    spans: dict[str, Span] = {}
    _put(fact, "item", d.item)
    decided = d.decided.date if d.decided else None
    _put(fact, "decided", decided)
    _put(fact, "sent_to_village_heads", d.sent_to_village_heads)
    fact["sector_deadline"] = d.sector_deadline
    _put(fact, "requested", d.requested)
    _put(fact, "provided_on_request", d.provided_on_request)
    fact["refused_in_writing"] = d.refused_in_writing
    _put(fact, "part", d.part)
    if d.data_period is not None:
        _put(fact, "data_from", d.data_period.from_)
        _put(fact, "data_to", d.data_period.to)
    if decided is not None and decided <= as_of:
        fact["decided_wd_ago"] = working_days_after(decided, as_of)
    if d.postings is not None:
        shown = [p for p in d.postings if p.place != PostingPlace.website and p.from_ <= as_of]
        if shown:
            _put(fact, "first_posted", min(p.from_ for p in shown))
        public = [p.from_ for p in d.postings if p.from_ <= as_of]  # any form, the website included
        if public:
            first = min(public)
            _put(fact, "disclosed_on", first)
            if decided is not None and first >= decided:
                _put(fact, "delay_wd", working_days_after(decided, first))
                fact["delay_days"] = _days_since(decided, first)
        elif decided is not None and decided < as_of:
            # Recorded as not posted: it has been waiting this many working days so far.
            _put(fact, "delay_wd", working_days_after(decided, as_of))
            fact["delay_days"] = _days_since(decided, as_of)

        def up(p) -> bool:  # still up on the as-of date (the day it is taken down it is not)
            return p.from_ <= as_of and (p.to is None or p.to > as_of)

        for place, days, current in ((PostingPlace.commune_office, "office_days", "office_current"),
                                     (PostingPlace.workplace, "workplace_days", "workplace_current"),
                                     (PostingPlace.intranet, "intranet_days", "intranet_current")):
            at = [p for p in d.postings if p.place == place]
            span = _longest([_posting_span(p.from_, p.to, as_of) for p in at])
            fact[days] = span.days if span else 0
            fact[current] = any(up(p) for p in at)
            if span:
                spans[days] = span
        per_village: dict[str, Span] = {}
        village_up: set[str] = set()
        for p in d.postings:
            if p.place == PostingPlace.village and p.village:
                key = _name_key(p.village)
                span = _longest([per_village.get(key), _posting_span(p.from_, p.to, as_of)])
                if span is not None:
                    per_village[key] = span
                if up(p):
                    village_up.add(key)
        fact["villages_posted"] = len(per_village)
        if per_village:
            fewest = min(per_village.values(), key=lambda s: (s.days, s.last))
            fact["village_min_days"] = fewest.days
            spans["village_min_days"] = fewest
        fact["villages_current"] = bool(village_up)
        ended = [s for key, s in per_village.items() if key not in village_up]
        if ended:  # a village where it came down can count no more days
            fact["village_ended_min_days"] = min(s.days for s in ended)
        fact["website"] = any(p.place == PostingPlace.website for p in d.postings)
        fact["staff_notice"] = any(p.place == PostingPlace.staff_notice and p.from_ <= as_of for p in d.postings)
        fact["disclosed"] = any(p.from_ <= as_of for p in d.postings)
    if d.broadcasts is not None:
        span = _longest([_broadcast_span(b.from_, b.to, as_of) for b in d.broadcasts])
        fact["broadcast_days"] = span.days if span else 0
        fact["broadcast_current"] = any(b.from_ <= as_of < b.to for b in d.broadcasts)
        if span:
            spans["broadcast_days"] = span
    return fact, spans


def _board(b: Board, as_of: dt.date) -> dict[str, Any]:
    fact: dict[str, Any] = {}
    _put(fact, "kind", b.kind)
    _put(fact, "elected", b.elected)
    if b.term is not None:
        _put(fact, "term_from", b.term.from_)
        _put(fact, "term_to", b.term.to)
        fact["term_months"] = term_months(b.term.from_, b.term.to)
        fact["term_months_begun"] = months_begun(b.term.from_, b.term.to)
        fact["current"] = b.term.from_ <= as_of <= b.term.to
    if b.members is not None:
        ms = b.members
        fact["member_count"] = len(ms)
        fact["heads"] = sum(m.role == BoardRole.head for m in ms)
        fact["deputies"] = sum(m.role == BoardRole.deputy for m in ms)
        fact["villages_represented"] = len({_name_key(m.village) for m in ms if m.village})
        _put(fact, "leaders_as_members", _count_known(ms, lambda m: m.position, lambda p: p in _LEADERS))
        _put(fact, "commune_staff_as_members",
             _count_known(ms, lambda m: m.position, lambda p: p in _COMMUNE_STAFF))
        _put(fact, "excluded_staff_as_members",
             _count_known(ms, lambda m: None if m.position == Position.commune_part_time else m.position,
                          lambda p: p in _EXCLUDED_FROM_2025))
        _put(fact, "non_residents", _count_known(ms, lambda m: m.resident, lambda r: r is False))
        _put(fact, "legal_reps", _count_known(ms, lambda m: m.position, lambda p: p == Position.legal_representative))
        if all(m.represents is not None for m in ms):  # whom investment supervision members represent (Luật Đ41 k1)
            for r in Represents:
                fact[f"{r.value}_members"] = sum(m.represents == r for m in ms)
        _put(fact, "commune_officials_as_members",
             _count_known(ms, lambda m: m.position, lambda p: p == Position.commune_official))
        _put(fact, "related_members", _count_known(ms, lambda m: m.related_to_project, lambda r: r is True))
    if b.vacancies is not None and b.term is not None:
        # The longest term left among seats still empty, counted from the day after the seat fell
        # vacant (Civil Code Art. 147 k3: the day of the event is not counted) to the end of the term.
        left = [months_between(v.since + dt.timedelta(days=1), b.term.to + dt.timedelta(days=1)) for v in b.vacancies
                if v.since <= as_of and (v.filled is None or v.filled > as_of)]
        fact["open_vacancy_months_left"] = max(left, default=0)
    recognised = _recognition(fact, b.recognised_by, b.recognised, as_of)
    if recognised is not None and b.elected is not None and recognised >= b.elected:
        fact["recognition_delay_wd"] = working_days_after(b.elected, recognised)
    _put(fact, "announced", b.announced)
    _put(fact, "proposed_by", b.proposed_by)
    _put(fact, "size_decided", b.size_decided)
    return fact


def _recognition(fact: dict, ref, recorded: bool | None, as_of: dt.date) -> dt.date | None:
    """``recognised``: a recognition decision dated on or before the as-of date; false when the
    inspector recorded that there is none (or the decision came later); unknown otherwise."""
    day = ref.date if ref is not None else None
    if day is not None and day <= as_of:
        fact["recognised"] = True
        _put(fact, "recognised_date", day)
        return day
    if recorded is False or day is not None:
        fact["recognised"] = False
    return None


def _document_dates(fact: dict, d: Document, as_of: dt.date) -> None:
    """The period a plan or report covers, when it was sent, and how soon a recommendation was
    answered (see model/fact_schema.py for each field)."""
    _put(fact, "front_certified", d.front_certified)
    if d.period is not None:
        _put(fact, "period_from", d.period.from_)
        _put(fact, "period_to", d.period.to)
        fact["period_months"] = months_between(d.period.from_, d.period.to + dt.timedelta(days=1))
    if d.sent_on is not None and d.sent_on <= as_of:
        fact["sent"] = True
    elif d.sent is False or d.sent_on is not None:
        fact["sent"] = False
    if d.sent_on is not None and d.starts is not None:
        fact["notice_wd"] = max(working_days_up_to(d.starts - dt.timedelta(days=1))
                                - working_days_up_to(d.sent_on - dt.timedelta(days=1)), 0)
    if d.starts is not None and fact.get("sent") is not True:
        # Not sent by the as-of date: how much notice could it still give if sent that day?
        fact["days_to_start"] = max((d.starts - as_of).days, 0)
        _put(fact, "wd_to_start", _schedule_notice_wd(as_of, d.starts) if as_of < d.starts else 0)
    reply = d.reply.date if d.reply is not None else None
    if reply is not None and reply <= as_of:
        fact["replied"] = True
    elif d.replied is False or reply is not None:
        fact["replied"] = False
    if d.received is not None and d.received <= as_of:
        if fact.get("replied") is True and reply is not None and reply >= d.received:
            fact["reply_days"] = _days_since(d.received, reply)
        elif fact.get("replied") is False:
            fact["reply_days"] = _days_since(d.received, as_of)  # waited so far
        if fact.get("replied") is True and reply is not None and reply >= d.received:
            fact["reply_wd"] = working_days_after(d.received, reply)
        elif fact.get("replied") is False:
            fact["reply_wd"] = working_days_after(d.received, as_of)  # waited so far
    for name in ("union_notified", "dialogue_held", "representatives", "dialogue_on"):
        _put(fact, name, getattr(d, name))
    if d.kind == DocumentKind.dialogue_request:
        # The reply fixes when the dialogue is held (NĐ 145 Đ40 k2): before that day it is not yet owed.
        fact["dialogue_due"] = d.dialogue_on is None or d.dialogue_on <= as_of
    if d.contents is not None:
        for c in RegulationContent:
            fact[c.value] = c in d.contents


def _covenant(fact: dict, d: Document, as_of: dt.date, spans: dict[str, Span]) -> None:
    """A village covenant's drafting, form and sending (NĐ 61/2023), and how far ahead an investment
    supervision plan was notified (Luật Đ45 k1 b): see model/fact_schema.py for each field."""
    for name in ("drafting_team", "drafting_team_ethnic", "signed", "sealed", "disseminated", "conforms", "redo_by"):
        _put(fact, name, getattr(d, name))
    if d.sent_on is not None and d.starts is not None:
        fact["lead_days"] = (d.starts - d.sent_on).days
    if d.kind == DocumentKind.covenant and d.period is not None and d.date is not None:
        # The draft must have been up for the whole period before the day of the vote; the day
        # it came down (period.to) was not a day on display.
        span = _posting_span(d.period.from_, min(d.period.to, d.date), min(as_of, d.date))
        if span is not None:
            fact["draft_posted_days"] = span.days
            spans["draft_posted_days"] = span
    recognised = d.recognised_by.date if d.recognised_by is not None else None
    if recognised is not None and recognised <= as_of:
        if d.sent_on is not None and recognised <= d.sent_on <= as_of:
            fact["sent_after_recognition_wd"] = working_days_after(recognised, d.sent_on)
        elif d.sent is False or (d.sent_on is not None and d.sent_on > as_of):
            fact["sent_after_recognition_wd"] = working_days_after(recognised, as_of)  # waited so far
    if d.redone is not None:
        if d.redone is not False and d.redone <= as_of:
            _put(fact, "redone", d.redone)
            fact["was_redone"] = True
        else:
            fact["was_redone"] = False


def _dialogue_dates(fact: dict, m: Meeting, as_of: dt.date) -> None:
    """A workplace dialogue's exchange of content beforehand and publication afterwards (NĐ 145 Đ39)."""
    for name in ("legal_rep_present", "minutes_signed"):
        _put(fact, name, getattr(m, name))
    if m.content_sent is not None:
        fact["content_lead_wd"] = max(working_days_up_to(m.date - dt.timedelta(days=1))
                                      - working_days_up_to(m.content_sent - dt.timedelta(days=1)), 0)
    if m.published_on is not None and m.published_on <= as_of:
        fact["published"] = True
        if m.published_on >= m.date:
            fact["publish_wd"] = working_days_after(m.date, m.published_on)
    elif m.published is False or m.published_on is not None:
        fact["published"] = False
        fact["publish_wd"] = working_days_after(m.date, as_of) if as_of >= m.date else 0  # waited so far


_DECISION_KINDS = ("community_meeting", "household_ballot", "online_vote")
_DECISION_FIELDS = (
    "matter", "commune_wide", "from_initiative", "supporters", "households", "adopted", "front_agreed", "convened_by", "notified",
    "notice_posted", "papers_sent", "opened", "after_meeting", "clusters", "cluster_plan_approved", "secretary_votes",
    "method_votes", "counting_board_votes",
    "secret_ballot", "counting_board", "count_witnesses", "decision_contents", "decision_signed", "results_published",
    "refused", "team_size", "team_led_by_front", "candidate_in_team", "ballots_signed", "ballots_stamped",
    "plan_issued", "opted_in",
    "reported_before", "election_decided", "team_decided", "announced", "candidates", "candidates_sent",
    "dismissal_grounds", "acting_head", "officials_took_part", "villages_for")


def _community_decision(fact: dict, m: Meeting, as_of: dt.date) -> None:
    """A community decision (Luật Đ15–23; NĐ 59 Đ3–9): its dates, sending, recognition and answer."""
    if m.kind.value == "inspection_board_election":  # its majority counts the village's households of that day
        _put(fact, "households", m.households)
    if m.matter is None and m.kind.value not in _DECISION_KINDS:
        return
    for name in _DECISION_FIELDS:
        _put(fact, name, getattr(m, name))
    if m.delivered is not False and m.delivered is not None:
        _put(fact, "delivered", m.delivered)
        if m.delivered >= m.date:
            fact["delivery_delay_wd"] = working_days_after(m.date, m.delivered)
    elif m.delivered is False and as_of >= m.date:
        fact["delivery_delay_wd"] = working_days_after(m.date, as_of)  # waited so far
    recognised = _recognition(fact, m.recognised_by, m.recognised, as_of)
    if m.delivered:
        answers = [d for d in (recognised, m.refused) if d is not None and d <= as_of]
        if answers and min(answers) >= m.delivered:
            fact["answer_delay_wd"] = working_days_after(m.delivered, min(answers))
        elif not answers and fact.get("recognised") is False and as_of >= m.delivered:
            fact["answer_delay_wd"] = working_days_after(m.delivered, as_of)  # waited so far
    if m.plan_issued is not None and m.plan_sent is not None:
        sent = as_of if m.plan_sent is False else m.plan_sent
        if sent >= m.plan_issued:
            fact["plan_sent_days"] = _days_since(m.plan_issued, sent)
    if recognised is not None and m.new_election_decided is not None:
        decided = as_of if m.new_election_decided is False else m.new_election_decided
        if decided >= recognised:
            fact["new_election_days"] = _days_since(recognised, decided)

def _days_since(event: dt.date, day: dt.date) -> int:
    """Calendar days after ``event`` up to ``day``, where a day that follows days off counts as
    the first of them: a period whose last day is a day off ends on the next working day (Civil
    Code Art. 148 k5), so ``_days_since(e, d) <= N`` holds exactly when ``d`` is within N days."""
    while day - dt.timedelta(days=1) > event and not is_working_day(day - dt.timedelta(days=1)):
        day -= dt.timedelta(days=1)
    return (day - event).days


def _count_known(items, attr, pred) -> int | None:
    """How many items have a property; unknown (None) while an item's attribute is unrecorded
    and none is known to have it: "no member is a leader" needs every member's position."""
    known = [attr(i) for i in items if attr(i) is not None]
    hits = sum(1 for v in known if pred(v))
    return hits if hits or len(known) == len(items) else None


def _officers(profile: Profile, as_of: dt.date) -> tuple[list[tuple[dict, str]], set[str]]:
    """Role holders, from ``officers`` and board members, each with whether they were trained."""
    people: dict[tuple[str, str], tuple[str, str | None]] = {}
    recorded: set[str] = set()
    if profile.officers is not None:
        for o in profile.officers:
            people.setdefault((_name_key(o.name), o.role.value), (o.name, o.village))
            recorded.add(f"officers.{o.role.value}")
        if not profile.officers:
            recorded.update(f"officers.{r.value}" for r in PersonRole if r not in BOARD_MEMBER_ROLE.values())
    for i, b in enumerate(profile.boards or ()):
        if b.kind not in BOARD_MEMBER_ROLE:
            continue  # dialogue representatives hold no role that must be trained
        role = BOARD_MEMBER_ROLE[b.kind].value
        if b.term is not None and not b.term.from_ <= as_of <= b.term.to:
            continue  # members of a board out of its term hold no role now
        if b.members is not None:
            recorded.add(f"officers.{role}")
        for m in b.members or ():
            people.setdefault((_name_key(m.name), role), (m.name, m.village))
    trained: dict[tuple[str, str], dt.date] = {}
    if profile.trainings is not None:
        for t in profile.trainings:
            if t.date > as_of:
                continue
            for a in t.attendees or ():
                key = (_name_key(a.name), a.role.value)
                trained[key] = max(trained.get(key, t.date), t.date)
    out = []
    for (name_key, role), (name, _village) in sorted(people.items()):
        fact: dict[str, Any] = {"role": role}
        if profile.trainings is not None:
            fact["trained"] = (name_key, role) in trained
            _put(fact, "trained_date", trained.get((name_key, role)))
        out.append((fact, name))
    return out, recorded


def _kind_keys(coll: str, items: list | None, kind_of) -> set[str]:
    if items is None:
        return set()
    keys = {coll}
    ft = COLLECTIONS[coll]
    if not items and ft.kind_field:
        spec = ft.fields[ft.kind_field]
        if spec.enum is not None:
            keys.update(f"{coll}.{k.value}" for k in spec.enum)
        else:  # numbered kinds (disclosure items): an empty list says none of them exist
            keys.add(f"{coll}.*")
    for item in items:
        if ft.kind_field:
            keys.add(f"{coll}.{kind_of(item)}")
    return keys


def _label(*parts: Any) -> str:
    out = []
    for p in parts:
        if p is None or p == "":
            continue
        out.append(p.strftime("%d/%m/%Y") if isinstance(p, dt.date) else str(p))
    return " ".join(out)


# -- people comment (Luật Đ25–28), the village's yearly conference (NĐ 59 Đ10–11), citizen reception

def _looked_at(profile: Profile, coll: str, kind: str, items: list | None) -> bool:
    """Did the inspector look at this kind: an item of it, an empty collection, or not_found?"""
    return (any(i.kind.value == kind for i in items or ()) or items == []
            or coll in profile.not_found or f"{coll}.{kind}" in profile.not_found)


def _council_sessions(profile: Profile, as_of: dt.date) -> list[dt.date] | None:
    """The commune People's Council's regular sessions up to the as-of date; None if not looked at."""
    if not _looked_at(profile, "meetings", MeetingKind.council_session.value, profile.meetings):
        return None
    return sorted(m.date for m in profile.meetings or ()
                  if m.kind == MeetingKind.council_session and m.date <= as_of)


def _council_report(fact: dict, decided: dt.date, profile: Profile, sessions: list[dt.date] | None,
                    as_of: dt.date) -> None:
    """A commune-wide decision of residents is reported to the council's nearest regular session after it and
    sent to the Front (Luật Đ23 k1): the report dated from the decision to that session."""
    if sessions is None:
        return
    after = [s for s in sessions if s > decided]
    fact["council_sessions_after"] = len(after)
    if not after:
        return
    reports = [d for d in profile.documents or ()
               if d.kind == DocumentKind.people_decide_report and d.date is not None and d.date <= as_of]
    in_window = [d for d in reports if decided <= d.date <= after[0]]
    if in_window:
        fact["reported_to_council"] = True
        sent = [d.sent_to_front for d in in_window]
        _put(fact, "report_sent_to_front", True if any(sent) else False if all(x is False for x in sent) else None)
    elif _looked_at(profile, "documents", DocumentKind.people_decide_report.value, profile.documents):
        fact["reported_to_council"] = False


_COMMUNITY_VOTES = (MeetingKind.community_meeting, MeetingKind.household_ballot, MeetingKind.online_vote)


def _levy_decided(fact: dict, d: Document, profile: Profile) -> None:
    """A levy on residents rests on the community's decision on the contribution, or on collecting and spending it,
    adopted on or before the levy (Luật Đ15 k1–2; Đ21 k2: a decision has effect from the day it is adopted)."""
    if d.date is None:
        return
    before = [m for m in profile.meetings or () if m.kind in _COMMUNITY_VOTES and m.date <= d.date
              and m.matter in (CommunityMatter.contributions, CommunityMatter.funds)]
    if any(m.adopted for m in before):
        fact["community_decided"] = True
    elif any(m.adopted is None for m in before):
        return
    elif any(_looked_at(profile, "meetings", k.value, profile.meetings) for k in _COMMUNITY_VOTES):
        fact["community_decided"] = False


def _disclosure_report(fact: dict, session: dt.date, profile: Profile, sessions: list[dt.date],
                       as_of: dt.date) -> None:
    """The commune People's Committee reports on disclosure to each regular session of the council (Luật Đ14
    k3, "tại kỳ họp thường lệ gần nhất"): a report dated after the session before and up to this one."""
    before = max((s for s in sessions if s < session), default=None)
    reports = [d for d in profile.documents or ()
               if d.kind == DocumentKind.disclosure_report and d.date is not None and d.date <= as_of
               and (before is None or d.date > before) and d.date <= session]
    if reports:
        fact["disclosure_reported"] = True
        sent = [d.sent_to_front for d in reports]
        _put(fact, "disclosure_report_sent_to_front",
             True if any(sent) else False if all(x is False for x in sent) else None)
    elif _looked_at(profile, "documents", DocumentKind.disclosure_report.value, profile.documents):
        fact["disclosure_reported"] = False


def _consultation(fact: dict, d: Document, as_of: dt.date, sessions: list[dt.date] | None,
                  spans: dict[str, Span]) -> None:
    """A consultation of residents, and the fields citizen feedback uses (see model/fact_schema.py)."""
    for name in ("comment_item", "higher_authority", "people_consulted", "explanation_filed", "reported_up",
                 "reported_to_council", "operating", "received"):
        _put(fact, name, getattr(d, name))
    fact["sector_period"] = d.sector_period
    if d.comment_forms is not None:
        fact["form_count"] = len(set(d.comment_forms))
    if d.decision is False or (d.decision is not None and d.decision.date is not None and d.decision.date > as_of):
        fact["decision_taken"] = False
    elif d.decision is not None and d.decision.date is not None:
        fact["decision_taken"] = True
        _put(fact, "decision_date", d.decision.date)
    if d.period is not None:
        # From the day the content was made public (not counted) to the close (period.to, counted).
        fact["period_days"] = days_completed(d.period.from_, d.period.to)
        spans["period_days"] = Span("consultation", d.period.from_, d.period.to, fact["period_days"], d.period.to)
        if d.kind == DocumentKind.people_consultation and sessions is not None:
            fact["council_sessions_after"] = sum(1 for s in sessions if s > d.period.to)


def _plan_and_report(fact: dict, m: Meeting, as_of: dt.date) -> None:
    """A meeting's notice, its plan sent beforehand and its result sent afterwards (NĐ 59 Đ10 k4, Đ11)."""
    _put(fact, "notified", m.notified)
    if m.plan_sent is not None:
        fact["plan_sent_before"] = m.plan_sent is not False and m.plan_sent < m.date and m.plan_sent <= as_of
    if m.delivered is not None:
        fact["was_delivered"] = m.delivered is not False and m.delivered <= as_of


def _schedule_notice_wd(posted: dt.date, day: dt.date) -> int | None:
    """Working days from ``posted`` (counted if a working day) to the day before ``day``."""
    try:
        return max(working_days_up_to(day - dt.timedelta(days=1)) - working_days_up_to(posted - dt.timedelta(days=1)),
                   0)
    except ValueError:  # outside the working-day calendar
        return None


_RECEPTION_FIELDS = (
    "date", "kind", "citizens", "by_head", "in_book", "in_database", "note_taker", "bodies_notified",
    "answered_at_once", "conclusion_notified", "result_notified", "refused", "reason_explained", "oral_statement",
    "statement_signed", "papers_received", "receipt_given", "online", "conditions_met", "head_decided",
    "participants_complete", "connected_hour_before", "recorded", "stored_on_state_servers")


def _head_reception_weeks_missed(profile: Profile, as_of: dt.date, since: dt.date) -> int | None:
    """Weeks (Monday–Sunday) that ended within the inspected period, before the as-of date's week,
    with a working day and no regular reception by the head (Luật Tiếp công dân Đ15 k2 d)."""
    if not _looked_at(profile, "receptions", ReceptionKind.regular.value, profile.receptions):
        return None
    regular = [r for r in profile.receptions or () if r.kind == ReceptionKind.regular and r.date <= as_of]
    missed = unknown = 0
    monday = as_of - dt.timedelta(days=as_of.weekday() + 7)
    while monday + dt.timedelta(days=6) >= since:
        week = [monday + dt.timedelta(days=i) for i in range(7)]
        if any(is_working_day(day) for day in week):
            by_head = {r.by_head for r in regular if week[0] <= r.date <= week[-1]}
            if True not in by_head:
                if None in by_head:
                    unknown += 1
                else:
                    missed += 1
        monday -= dt.timedelta(days=7)
    return missed if missed or not unknown else None


def build_facts(profile: Profile, as_of: dt.date | None = None,
                unit_fields_in_items: frozenset[str] = frozenset(), since: dt.date | None = None) -> FactSet:
    """Flatten one profile. ``unit_fields_in_items`` are unit fields that item conditions read;
    they are copied onto each item fact as ``unit__<field>``. ``since`` starts the inspected
    period (default: the profile's inspected_from, else 12 months before the as-of date)."""
    as_of = as_of or profile.as_of
    if since is None:
        since = profile.inspected_from or default_since(as_of)
    unit = unit_fact(profile)
    _put(unit, "head_reception_weeks_missed", _head_reception_weeks_missed(profile, as_of, since))
    sessions = _council_sessions(profile, as_of)
    items: dict[str, list[dict[str, Any]]] = {c: [] for c in COLLECTIONS}
    labels: dict[str, str] = {}
    sources: dict[str, tuple] = {}
    spans: dict[str, dict[str, Span]] = {}

    def add(coll: str, fact: dict[str, Any], label: str, source: tuple | None = None,
            counted: dict[str, Span] | None = None) -> None:
        fact["id"] = f"{coll}#{len(items[coll])}"
        if source is not None:
            sources[fact["id"]] = source
        if counted:
            spans[fact["id"]] = counted
        fact["t"] = coll
        for name in unit_fields_in_items:
            if name in unit:
                fact[UNIT_COPY_PREFIX + name] = unit[name]
        items[coll].append(fact)
        labels[fact["id"]] = label

    def later(day: dt.date | None) -> bool:
        """Evidence dated after the as-of date did not exist yet on that date."""
        return day is not None and day > as_of

    for i, d in enumerate(profile.documents or ()):
        if later(d.date):
            continue
        f: dict[str, Any] = {}
        for name in ("kind", "number", "date", "issuer", "with_union", "with_front", "staff_consulted",
                     "consultation_plan", "explanation_published", "union_commented", "announced", "proposer",
                     "supporters", "conference_held", "front_approved", "sent_to_front", "sent_to_village_heads", "posted",
                     "head_received"):
            _put(f, name, getattr(d, name))
        _recognition(f, d.recognised_by, d.recognised, as_of)
        _document_dates(f, d, as_of)
        counted: dict[str, Span] = {}
        _consultation(f, d, as_of, sessions, counted)
        _covenant(f, d, as_of, counted)
        if d.kind == DocumentKind.resident_contribution:
            _levy_decided(f, d, profile)
        if d.kind == DocumentKind.citizen_initiative and d.date is not None:
            # Consent to an initiative holds for 3 months from when it was given (Luật Đ16 k3 ¶3), at the latest
            # from the day the initiative was sent: the period ends on the corresponding day (Civil Code Art. 148 k3).
            f["consents_lapsed"] = as_of > add_months(d.date, 3)
        add("documents", f, d.id or _label(d.title or d.kind.vi, d.number, d.date), ("documents", i), counted)
    for i, d in enumerate(profile.disclosures or ()):
        if later(d.decided.date if d.decided else None):
            continue
        fact, counted = _disclosure(d, as_of)
        add("disclosures", fact, d.id, ("disclosures", i), counted)
    for i, m in enumerate(profile.meetings or ()):
        if later(m.date):
            continue
        f = {}
        for name in ("kind", "date", "delegates", "summoned", "present", "staff", "votes_for", "minutes", "with_union",
                     "concerns_inspection_board", "inspection_board_invited"):
            _put(f, name, getattr(m, name))
        if m.resolution is not None:
            f["resolution"] = True
        if m.business is not None:
            for b in ConferenceBusiness:
                f[b.value] = b in m.business
        _dialogue_dates(f, m, as_of)
        _community_decision(f, m, as_of)
        if m.commune_wide:
            _council_report(f, m.date, profile, sessions, as_of)
        if m.kind == MeetingKind.council_session and sessions is not None:
            _disclosure_report(f, m.date, profile, sessions, as_of)
        _plan_and_report(f, m, as_of)
        add("meetings", f, m.id or _label(m.title or m.kind.vi, m.date), ("meetings", i))
    for i, b in enumerate(profile.boards or ()):
        if later(b.elected) or later(b.term.from_ if b.term else None):
            continue
        add("boards", _board(b, as_of), b.id or b.kind.vi, ("boards", i))
    for i, t in enumerate(profile.trainings or ()):
        if later(t.date):
            continue
        f = {}
        _put(f, "date", t.date)
        if t.attendees is not None:
            f["attendee_count"] = len(t.attendees)
        add("trainings", f, t.id or _label(t.topic, t.date), ("trainings", i))
    officer_facts, officer_keys = _officers(profile, as_of)
    for f, name in officer_facts:
        add("officers", f, name)
    for i, r in enumerate(profile.receptions or ()):
        if later(r.date):
            continue
        f = {}
        for name in _RECEPTION_FIELDS:
            _put(f, name, getattr(r, name))
        if r.schedule_posted is not None:
            _put(f, "schedule_notice_wd", _schedule_notice_wd(r.schedule_posted, r.date))
            f["schedule_notice_days"] = (r.date - r.schedule_posted).days
        if r.parties_notified is not None:
            _put(f, "parties_notice_wd", _schedule_notice_wd(r.parties_notified, r.date))
        if r.connection_tested is not None:
            _put(f, "test_wd", _schedule_notice_wd(r.connection_tested, r.date))
        add("receptions", f, _label(r.date), ("receptions", i))

    recorded: set[str] = set()
    for key in profile.not_found:  # a bare collection means "none of any kind"
        recorded.update((key, f"{key}.*") if "." not in key else (key,))
    recorded |= _kind_keys("documents", profile.documents, lambda d: d.kind.value)
    recorded |= _kind_keys("disclosures", profile.disclosures, lambda d: d.item)
    recorded |= _kind_keys("meetings", profile.meetings, lambda m: m.kind.value)
    recorded |= _kind_keys("boards", profile.boards, lambda b: b.kind.value)
    recorded |= _kind_keys("trainings", profile.trainings, None)
    recorded |= _kind_keys("receptions", profile.receptions, lambda r: r.kind.value)
    recorded |= officer_keys
    if profile.officers is not None or officer_keys:
        recorded.add("officers")
    return FactSet(as_of, unit, items, recorded, labels, sources, spans)


def is_recorded(recorded: set[str], coll: str, kinds: tuple[str, ...] | None) -> bool:
    """Did the inspector look at this kind of evidence (found some, or said there is none)?"""
    if not kinds:
        return coll in recorded
    every, keys = _evidence_keys(coll, kinds)
    return every in recorded or not recorded.isdisjoint(keys)


@functools.lru_cache(maxsize=4096)  # a plan's aggregates ask the same few questions of every unit
def _evidence_keys(coll: str, kinds: tuple[str, ...]) -> tuple[str, frozenset[str]]:
    return f"{coll}.*", frozenset(f"{coll}.{k}" for k in kinds)

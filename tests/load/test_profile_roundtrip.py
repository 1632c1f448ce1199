"""A profile written out and read back is the same profile (hypothesis)."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcdc_rules.load.profile import dump_profile
from qcdc_rules.load.yaml_loader import load_yaml_text
from qcdc_rules.model.profile import (AdminArea, Attributes, Board, Broadcast, Disclosure, Document, DocumentRef,
                                      Headcount, Meeting, Member, Officer, Posting, Profile, Term, Training,
                                      Attendee, Waiver)
from qcdc_rules.model.vocab import (AdminLevel, BoardKind, BoardRole, DocumentKind, MeetingKind, PersonRole,
                                    PostingPlace, UnitType)

VI = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
text = st.text(alphabet=VI + VI.upper() + " 0123456789/-.:,'\"#", min_size=1, max_size=30).map(
    lambda s: unicodedata.normalize("NFC", s).strip()).filter(lambda s: s != "")
dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2027, 12, 31))
small = st.integers(min_value=0, max_value=500)
maybe = lambda s: st.one_of(st.none(), s)  # noqa: E731


@st.composite
def postings(draw):
    place = draw(st.sampled_from(list(PostingPlace)))
    start = draw(dates)
    end = draw(maybe(st.dates(min_value=start, max_value=dt.date(2028, 1, 1))))
    village = draw(text) if place == PostingPlace.village else draw(maybe(text))
    return Posting(place=place, village=village, **{"from": start}, to=end)


@st.composite
def broadcasts(draw):
    start = draw(dates)
    return Broadcast(**{"from": start}, to=draw(st.dates(min_value=start, max_value=dt.date(2028, 1, 1))))


@st.composite
def meetings(draw):
    summoned = draw(maybe(small))
    present = draw(maybe(st.integers(0, summoned if summoned is not None else 500)))
    votes = draw(maybe(st.integers(0, present if present is not None else 500)))
    return Meeting(kind=draw(st.sampled_from(list(MeetingKind))), date=draw(dates), summoned=summoned,
                   present=present, votes_for=votes, delegates=draw(st.booleans()), minutes=draw(maybe(st.booleans())))


@st.composite
def terms(draw):
    start = draw(dates)
    return Term(**{"from": start}, to=draw(st.dates(min_value=start + dt.timedelta(days=1),
                                                    max_value=dt.date(2030, 1, 1))))


refs = st.builds(DocumentRef, number=maybe(text), date=maybe(dates), issuer=maybe(text))
profiles = st.builds(
    Profile,
    id=text, name=text, type=st.sampled_from(list(UnitType)), as_of=dates,
    admin_path=st.just([AdminArea(level=AdminLevel.province, name="Lai Châu")]),
    headcount=st.builds(Headcount, staff=maybe(small), households=maybe(small), villages=maybe(small)),
    attributes=st.builds(Attributes, has_loudspeaker=maybe(st.booleans()), fully_state_funded=maybe(st.booleans()),
                         work_year_start_month=st.integers(1, 12)),
    documents=maybe(st.lists(st.builds(Document, kind=st.sampled_from(list(DocumentKind)), number=maybe(text),
                                       date=maybe(dates), with_union=maybe(st.booleans())), max_size=3)),
    disclosures=maybe(st.lists(st.builds(Disclosure, id=text, item=st.integers(1, 14), decided=maybe(refs),
                                         postings=maybe(st.lists(postings(), max_size=3)),
                                         broadcasts=maybe(st.lists(broadcasts(), max_size=2))), max_size=3)),
    meetings=maybe(st.lists(meetings(), max_size=3)),
    boards=maybe(st.lists(st.builds(Board, kind=st.sampled_from(list(BoardKind)), elected=maybe(dates),
                                    term=maybe(terms()),
                                    members=maybe(st.lists(st.builds(Member, name=text,
                                                                     role=st.sampled_from(list(BoardRole)),
                                                                     village=maybe(text)), max_size=4)),
                                    recognised_by=maybe(refs)), max_size=2)),
    trainings=maybe(st.lists(st.builds(Training, date=dates, attendees=maybe(st.lists(
        st.builds(Attendee, name=text, role=st.sampled_from(list(PersonRole))), max_size=3))), max_size=2)),
    officers=maybe(st.lists(st.builds(Officer, name=text, role=st.sampled_from(list(PersonRole))), max_size=3)),
    not_found=st.lists(st.sampled_from(["receptions", "receptions.adhoc", "receptions.regular"]), max_size=2,
                       unique=True),
    waivers=st.lists(st.builds(Waiver, rule=st.just("LDC-13-2"), justification=st.just("Trụ sở đang sửa chữa, niêm yết tạm"),
                               approver=st.just("Chủ tịch UBND huyện"), expires=dates), max_size=1),
)


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(profiles)
def test_profile_round_trip(profile):
    text_ = dump_profile(profile)
    again = Profile.model_validate(load_yaml_text(text_, "roundtrip.yaml").data)
    assert again == profile

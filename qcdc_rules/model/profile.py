"""A unit profile: one unit, as of one date, with the evidence an inspector recorded.

What is not recorded is unknown, never "fine": a field left out makes the rules that
need it report missing evidence. To say "we looked and there is none", list the kind
under ``not_found`` (or record the item with the fact that fails)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, field_validator, model_validator

from .common import Strict, Text, VNDate
from .vocab import (DISCLOSURE_PART_ITEM, AdminLevel, BoardKind, BoardRole, ConferenceBusiness, DisclosurePart,
                    DocumentKind, MeetingKind, PersonRole, Position, PostingPlace, Proposer, ReceptionKind, UnitType)

PROFILE_SCHEMA = "qcdc-profile/1"

NonNegative = Annotated[int, Field(ge=0)]


class AdminArea(Strict):
    level: AdminLevel
    name: Text
    kind: Text | None = Field(None, description="xã, phường, thị trấn, đặc khu, huyện, thành phố…")
    code: Text | None = Field(None, description="Mã đơn vị hành chính / administrative code")


class Headcount(Strict):
    staff: NonNegative | None = Field(
        None, description="Tổng số cán bộ, công chức, viên chức, người lao động / all staff of the unit")
    households: NonNegative | None = Field(None, description="Số hộ gia đình / households")
    villages: NonNegative | None = Field(
        None, description="Số thôn, tổ dân phố trên địa bàn xã / villages and residential groups in the commune")
    workers: NonNegative | None = Field(None, description="Số người lao động (doanh nghiệp) / workers")


class Attributes(Strict):
    """Facts about the unit that decide whether a duty applies. Unknown if left out."""

    has_loudspeaker: bool | None = Field(
        None, description="Xã có hệ thống truyền thanh / the commune has a loudspeaker or radio system")
    has_website: bool | None = Field(
        None, description="Có cổng/trang thông tin điện tử / has a web portal or website")
    has_intranet: bool | None = Field(
        None, description="Cơ quan, đơn vị có trang/hệ thống thông tin điện tử nội bộ (Luật Đ48 k1) / the agency or "
                          "unit has an internal website or information system")
    fully_state_funded: bool | None = Field(
        None, description="ĐVSN hưởng 100% lương từ ngân sách nhà nước / public service unit whose pay is "
                          "wholly from the State budget (Luật 97/2025 Đ5 k2)")
    dispersed: bool | None = Field(
        None, description="Làm việc phân tán trên địa bàn rộng / staff work dispersed over a wide area")
    special: bool | None = Field(
        None, description="Có tính chất đặc thù (Luật Đ60 k1) / special in nature")
    has_union: bool | None = Field(None, description="Có tổ chức Công đoàn / has a trade union")
    ethnic_minority_area: bool | None = Field(
        None, description="Vùng đồng bào dân tộc thiểu số / ethnic-minority area")
    has_subordinate_units: bool | None = Field(
        None, description="Cơ quan, đơn vị có đơn vị trực thuộc (Luật Đ4 k2) / the agency or unit has subordinate units")
    work_year_start_month: Annotated[int, Field(ge=1, le=12)] = Field(
        1, description="Tháng bắt đầu năm công tác (trường học: 9) / first month of the work year (schools: 9)")


class DocumentRef(Strict):
    number: Text | None = None
    date: VNDate | None = None
    issuer: Text | None = None


class Document(Strict):
    id: Text | None = None
    kind: DocumentKind
    title: Text | None = None
    number: Text | None = None
    date: VNDate | None = Field(None, description="Ngày ban hành / date issued")
    issuer: Text | None = None
    with_union: bool | None = Field(
        None, description="Ban hành phối hợp với Công đoàn / issued together with the trade union")
    with_front: bool | None = Field(
        None, description="Xây dựng phối hợp với UBMTTQ cấp xã / drafted together with the Fatherland Front")
    staff_consulted: bool | None = Field(
        None, description="Đã lấy, sử dụng ý kiến cán bộ, công chức, viên chức, người lao động (Luật Đ53, Đ59 k1 b) / "
                          "staff opinions were sought (and used) before it was issued")
    consultation_plan: bool | None = Field(
        None, description="Có kế hoạch lấy ý kiến cán bộ, công chức, viên chức, người lao động (Luật Đ55 k1) / the "
                          "consultation of staff had a plan")
    explanation_published: bool | None = Field(
        None, description="Đã công khai kết quả tổng hợp, giải trình, tiếp thu ý kiến đến cán bộ (Luật Đ55 k1) / the "
                          "summary of opinions and the explanation were made known to staff")
    union_commented: bool | None = Field(
        None, description="Ban Chấp hành Công đoàn tham gia ý kiến trước khi ban hành (Luật Đ55 k2) / the trade union "
                          "executive commented before it was issued")
    announced: bool | None = Field(
        None, description="Đã thông báo đến toàn thể cán bộ, công chức, viên chức, người lao động / announced to all "
                          "staff")
    proposer: Proposer | None = Field(
        None, description="Người đề xuất (đề nghị tổ chức hội nghị, Luật Đ50 k1) / who proposed it")
    supporters: NonNegative | None = Field(
        None, description="Số người cùng đề nghị / number of staff who signed the proposal")
    conference_held: bool | None = Field(
        None, description="Đã tổ chức hội nghị theo đề nghị; false: đã kiểm tra, không tổ chức / the conference was "
                          "held as proposed; false: checked, it was not")
    recognised_by: DocumentRef | None = Field(
        None, description="Quyết định công nhận (hương ước) / recognition decision (covenant)")
    recognised: bool | None = Field(
        None, description="false: đã kiểm tra, chưa có quyết định công nhận / false: checked, not recognised")
    sent_to_front: bool | None = Field(
        None, description="Đã gửi Ủy ban MTTQ Việt Nam cùng cấp để giám sát (Luật Đ14 k3) / sent to the Fatherland "
                          "Front committee for supervision")
    posted: bool | None = Field(
        None, description="Đã niêm yết ở mọi nơi luật quy định (danh sách nội dung đã công khai: trụ sở UBND xã và "
                          "các thôn, tổ dân phố, Luật Đ13 k2) / posted everywhere the law requires")
    note: Text | None = None

    @model_validator(mode="after")
    def _recognition(self) -> "Document":
        if self.recognised is False and self.recognised_by is not None:
            raise ValueError("recognised: false contradicts recognised_by; keep one")
        return self


class Posting(Strict):
    place: PostingPlace
    village: Text | None = Field(None, description="Tên thôn, tổ dân phố / village name (place: village)")
    from_: VNDate = Field(alias="from")
    to: VNDate | None = Field(None, description="Ngày gỡ; để trống nếu vẫn đang niêm yết / taken down on; "
                                                "leave out if still posted")

    @model_validator(mode="after")
    def _order(self) -> "Posting":
        if self.to is not None and self.to < self.from_:
            raise ValueError(f"'to' ({self.to.isoformat()}) is before 'from' ({self.from_.isoformat()})")
        if self.place == PostingPlace.village and not self.village:
            raise ValueError("a posting at a village needs 'village': the name of the thôn or tổ dân phố")
        return self


class Broadcast(Strict):
    from_: VNDate = Field(alias="from")
    to: VNDate = Field(description="Ngày phát cuối cùng / last day broadcast")

    @model_validator(mode="after")
    def _order(self) -> "Broadcast":
        if self.to < self.from_:
            raise ValueError(f"'to' ({self.to.isoformat()}) is before 'from' ({self.from_.isoformat()})")
        return self


class DataPeriod(Strict):
    from_: VNDate = Field(alias="from")
    to: VNDate

    @model_validator(mode="after")
    def _order(self) -> "DataPeriod":
        if self.to < self.from_:
            raise ValueError(f"'to' ({self.to.isoformat()}) is before 'from' ({self.from_.isoformat()})")
        return self


class Disclosure(Strict):
    """One item the unit had to make public, with where and how long it was shown."""

    id: Text
    item: Annotated[int, Field(ge=1, le=14)] = Field(
        description="Khoản của điều luật liệt kê nội dung công khai của loại đơn vị: Điều 11 Luật 10/2022 (xã), "
                    "Điều 46 (cơ quan nhà nước, đơn vị sự nghiệp công lập) / clause of the article listing what "
                    "this type of unit discloses: Art. 11 (communes), Art. 46 (agencies, public service units)")
    subject: Text | None = None
    decided: DocumentRef | None = Field(
        None, description="Quyết định, văn bản về nội dung cần công khai / the decision being disclosed")
    postings: list[Posting] | None = Field(
        None, description="Niêm yết; bỏ trống = chưa ghi nhận, [] = không niêm yết / postings; left out = "
                          "not recorded, [] = none made")
    broadcasts: list[Broadcast] | None = Field(
        None, description="Phát trên hệ thống truyền thanh; [] = không phát / loudspeaker broadcasts; [] = none")
    sent_to_village_heads: bool | None = Field(
        None, description="Đã gửi Trưởng thôn để thông báo đến Nhân dân (Luật Đ13 k4)")
    sector_deadline: bool = Field(
        False, description="Pháp luật chuyên ngành quy định thời điểm (ở cơ quan, đơn vị: cả cách thức) công khai "
                           "khác (Luật Đ12 k3, Đ47 k2, Đ48 k6) / a sector law sets another time (for agencies, also "
                           "another way) to disclose this item")
    requested: VNDate | None = Field(
        None, description="Ngày cán bộ, công chức, viên chức, người lao động (Luật Đ48 k4) hoặc công dân (xã, Luật "
                          "Đ14 k2) yêu cầu cung cấp / a staff member (or, at a commune, a citizen) asked for it on")
    provided_on_request: bool | None = Field(
        None, description="Đã cung cấp theo yêu cầu; false: chưa cung cấp / provided as asked; false: not provided")
    part: DisclosurePart | None = Field(
        None, description="Phần của khoản (dự toán, thực hiện dự toán, quyết toán…; quy chế, nhiệm vụ, quy tắc ứng "
                          "xử); mỗi phần một mục / the part of the item (budget estimate, execution, accounts…; "
                          "regulation, duties, code of conduct), one entry per part")
    data_period: DataPeriod | None = Field(
        None, description="Kỳ số liệu của nội dung công khai (quý, 06 tháng, năm ngân sách) / the period its figures "
                          "cover (quarter, half year, budget year)")

    @model_validator(mode="after")
    def _part_of_item(self) -> "Disclosure":
        if self.part is not None and DISCLOSURE_PART_ITEM[self.part] != self.item:
            raise ValueError(f"part '{self.part.value}' belongs to item {DISCLOSURE_PART_ITEM[self.part]} of "
                             f"Art. 11, not item {self.item}")
        return self


class Meeting(Strict):
    id: Text | None = None
    kind: MeetingKind
    date: VNDate
    title: Text | None = None
    delegates: bool = Field(False, description="Hội nghị đại biểu (không phải toàn thể) / delegate conference")
    summoned: NonNegative | None = Field(
        None, description="Số người (đại biểu) được triệu tập / people (delegates) convened")
    present: NonNegative | None = Field(None, description="Số người có mặt / people present")
    votes_for: NonNegative | None = Field(
        None, description="Số người tán thành nghị quyết / votes for the resolution")
    minutes: bool | None = Field(None, description="Có biên bản / minutes kept")
    resolution: DocumentRef | None = None
    with_union: bool | None = Field(
        None, description="Phối hợp, thống nhất với Ban Chấp hành Công đoàn / together with the trade union executive")
    business: list[ConferenceBusiness] | None = Field(
        None, description="Nội dung đã thực hiện tại hội nghị, theo biên bản (Luật Đ51 k3–4) / what the conference "
                          "did, from its minutes")

    @model_validator(mode="after")
    def _counts(self) -> "Meeting":
        if self.present is not None and self.summoned is not None and self.present > self.summoned:
            raise ValueError(f"present ({self.present}) is more than summoned ({self.summoned})")
        if self.votes_for is not None and self.present is not None and self.votes_for > self.present:
            raise ValueError(f"votes_for ({self.votes_for}) is more than present ({self.present})")
        return self


class Term(Strict):
    from_: VNDate = Field(alias="from")
    to: VNDate

    @model_validator(mode="after")
    def _order(self) -> "Term":
        if self.to <= self.from_:
            raise ValueError(f"term ends ({self.to.isoformat()}) before it starts ({self.from_.isoformat()})")
        return self


class Member(Strict):
    name: Text
    role: BoardRole = BoardRole.member
    village: Text | None = Field(None, description="Thôn, tổ dân phố đã bầu / village that elected the member")
    position: Position | None = Field(None, description="Chức vụ trong cơ quan, đơn vị / job in the unit")
    resident: bool | None = Field(None, description="Thường trú trên địa bàn / permanent resident")


class Vacancy(Strict):
    """A seat left empty during the term (a member removed, resigned, moved away, died)."""

    since: VNDate = Field(description="Ngày khuyết / the seat fell vacant on")
    member: Text | None = Field(None, description="Thành viên đã thôi / the member who left")
    village: Text | None = None
    filled: VNDate | None = Field(None, description="Ngày bầu bổ sung / by-election held on")

    @model_validator(mode="after")
    def _order(self) -> "Vacancy":
        if self.filled is not None and self.filled < self.since:
            raise ValueError(f"'filled' ({self.filled.isoformat()}) is before 'since' ({self.since.isoformat()})")
        return self


class Board(Strict):
    id: Text | None = None
    kind: BoardKind
    elected: VNDate | None = Field(None, description="Ngày bầu / election date")
    term: Term | None = None
    members: list[Member] | None = None
    vacancies: list[Vacancy] | None = Field(
        None, description="Ghế khuyết trong nhiệm kỳ; [] = không có / seats vacant during the term; [] = none")
    recognised_by: DocumentRef | None = Field(
        None, description="Quyết định công nhận kết quả bầu / decision recognising the election result")
    recognised: bool | None = Field(
        None, description="false: đã kiểm tra, chưa có quyết định công nhận / false: checked, not recognised")

    @model_validator(mode="after")
    def _recognition(self) -> "Board":
        if self.recognised is False and self.recognised_by is not None:
            raise ValueError("recognised: false contradicts recognised_by; keep one")
        return self


class Attendee(Strict):
    name: Text
    role: PersonRole


class Training(Strict):
    id: Text | None = None
    date: VNDate
    topic: Text | None = None
    organiser: Text | None = None
    attendees: list[Attendee] | None = None


class Officer(Strict):
    """A person holding a role whose holder must be trained (NQ 75 Art. 3 k1)."""

    name: Text
    role: PersonRole
    village: Text | None = None


class Reception(Strict):
    date: VNDate
    kind: ReceptionKind = ReceptionKind.regular
    received_by: Text | None = None
    citizens: NonNegative | None = None


class Waiver(Strict):
    """A rule set aside for this unit, in writing, by someone who may, until a date."""

    rule: Text
    justification: Text = Field(min_length=10)
    approver: Text = Field(min_length=3)
    expires: VNDate
    granted: VNDate | None = None


def _evidence_key(key: str) -> str:
    from ..engine.schema import check_evidence_key  # the schema owns the kinds

    check_evidence_key(key)
    return key


EvidenceKey = Annotated[Text, AfterValidator(_evidence_key)]

EVIDENCE_COLLECTIONS = ("documents", "disclosures", "meetings", "boards", "trainings", "receptions", "officers")


class Profile(Strict):
    schema_: str | None = Field(PROFILE_SCHEMA, alias="schema", description="Luôn là qcdc-profile/1")
    id: Text = Field(min_length=1)
    name: Text = Field(min_length=1)
    type: UnitType
    as_of: VNDate = Field(description="Ngày kiểm tra, đánh giá / the date the unit is checked as of")
    inspected_from: VNDate | None = Field(
        None, description="Kỳ kiểm tra từ ngày (mặc định: 12 tháng trước ngày đánh giá) / start of the inspected "
                          "period; recurring duties are checked for every period that closed since (default: "
                          "the 12 months before as_of)")
    admin_path: list[AdminArea] = Field(
        default_factory=list,
        description="Từ tỉnh xuống: tỉnh → (huyện, trước 01/07/2025) → xã → thôn / province down to the unit")
    parent: Text | None = Field(None, description="Cơ quan quản lý cấp trên / supervising body (agencies, SOEs)")
    inspected_by: Text | None = None
    headcount: Headcount = Field(default_factory=Headcount)
    attributes: Attributes = Field(default_factory=Attributes)
    documents: list[Document] | None = None
    disclosures: list[Disclosure] | None = None
    meetings: list[Meeting] | None = None
    boards: list[Board] | None = None
    trainings: list[Training] | None = None
    officers: list[Officer] | None = None
    receptions: list[Reception] | None = None
    not_found: list[EvidenceKey] = Field(
        default_factory=list,
        description="Những gì đã kiểm tra mà không có, dạng 'documents.democracy_regulation' / "
                    "what was looked for and not found, as 'collection.kind'")
    waivers: list[Waiver] = Field(default_factory=list)
    notes: Text | None = None

    @field_validator("schema_")
    @classmethod
    def _schema(cls, value: str | None) -> str | None:
        if value not in (None, PROFILE_SCHEMA):
            raise ValueError(f"unknown profile schema '{value}': this version reads '{PROFILE_SCHEMA}'")
        return value

    @field_validator("admin_path")
    @classmethod
    def _path_order(cls, value: list[AdminArea]) -> list[AdminArea]:
        order = [AdminLevel.province, AdminLevel.district, AdminLevel.commune, AdminLevel.village]
        ranks = [order.index(a.level) for a in value]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
            levels = " → ".join(a.level.value for a in value)
            raise ValueError(f"admin_path must go down one level at a time from the province, found {levels}")
        return value

    @model_validator(mode="after")
    def _not_found_is_not_recorded(self) -> "Profile":
        """'Looked for it, none' cannot stand beside a recorded item of that kind."""
        kinds = {
            "documents": [d.kind.value for d in self.documents or ()],
            "disclosures": [str(d.item) for d in self.disclosures or ()],
            "meetings": [m.kind.value for m in self.meetings or ()],
            "boards": [b.kind.value for b in self.boards or ()],
            "officers": [o.role.value for o in self.officers or ()],
            "receptions": [r.kind.value for r in self.receptions or ()],
            "trainings": ["" for _ in self.trainings or ()],
        }
        for key in self.not_found:
            coll, _, kind = key.partition(".")
            present = [k for k in kinds.get(coll, []) if not kind or k == kind]
            if present:
                raise ValueError(f"'{key}' is listed under not_found, but {len(present)} such item(s) are "
                                 f"recorded under {coll}; remove one or the other")
        return self

    def area(self, level: AdminLevel) -> str | None:
        for a in self.admin_path:
            if a.level == level:
                return a.name
        return None

    @property
    def province(self) -> str | None:
        return self.area(AdminLevel.province)


def profile_json_schema() -> dict:
    schema = Profile.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "qcdc-rules unit profile (hồ sơ đơn vị)"
    return schema

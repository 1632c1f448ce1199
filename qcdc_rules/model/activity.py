"""An activity record (hồ sơ hoạt động): what one level of the administration did for
grassroots democracy in one calendar year, as its steering committee's secretariat keeps it.

The statistical annex of a steering committee's yearly report (the PHỤ LỤC of Lai Châu's
39-BC/BCĐ of 21/12/2023) counts documents issued, trainings held, inspections, citizen
receptions and dialogues by the heads of the party committee and the government, and the
residents' contributions to new rural development, by level. The province's and the
districts' figures describe no grassroots unit, so they are not in any unit profile: they are
kept here, one record per level, area and year. A commune may keep one too, for what its
profile does not hold (the party secretary's receptions, the party committee's documents).

As in a profile, a field left out is unknown ("không có số liệu"), never zero: ``documents: []``
says "none issued", a missing ``documents`` says nothing. No I/O here."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, field_validator, model_validator

from .common import Strict, Text, VNDate
from .profile import AdminArea
from .vocab import AdminLevel, PersonRole, Vocab

ACTIVITY_SCHEMA = "qcdc-activity/1"

# Luật Tổ chức chính quyền địa phương 72/2025/QH15: two levels of local government from
# 01/07/2025, no district level after 30/06/2025.
REFORM = dt.date(2025, 7, 1)
REFORM_CITATION = "Luật Tổ chức chính quyền địa phương 72/2025/QH15, từ 01/07/2025"

NonNegative = Annotated[int, Field(ge=0)]
Amount = Annotated[float, Field(ge=0)]


class Issuer(Vocab):
    """Who issued a document, in the annex's rows (its labels per level are the annex's own)."""

    party_committee = ("party_committee", "Cấp ủy, tổ chức đảng", "party committee or organisation")
    government = ("government", "Chính quyền (HĐND, UBND)", "government (People's Council, People's Committee)")
    steering_committee = ("steering_committee", "Ban Chỉ đạo thực hiện QCDC", "steering committee for grassroots "
                                                                              "democracy")
    front = ("front", "Mặt trận Tổ quốc", "Fatherland Front")
    socio_political = ("socio_political", "Các tổ chức chính trị - xã hội", "socio-political organisations")


class Purpose(Vocab):
    """Which item of the annex a document belongs to."""

    direction = ("direction", "Văn bản lãnh đạo, chỉ đạo trực tiếp về thực hiện dân chủ ở cơ sở (mục 1)",
                 "leadership and direction on grassroots democracy (item 1)")
    law_implementation = ("law_implementation", "Văn bản quán triệt, triển khai Luật Thực hiện dân chủ ở cơ sở "
                                                "(mục 2)", "disseminating and implementing the Law (item 2)")


class Genre(Vocab):
    """The type of a document (thể loại văn bản), as the annex asks it to be named."""

    resolution = ("resolution", "nghị quyết", "resolutions")
    directive = ("directive", "chỉ thị", "directives")
    conclusion = ("conclusion", "kết luận", "conclusions")
    plan = ("plan", "kế hoạch", "plans")
    decision = ("decision", "quyết định", "decisions")
    regulation = ("regulation", "quy chế", "regulations")
    guidance = ("guidance", "hướng dẫn", "guidance notes")
    notice = ("notice", "thông báo", "notices")
    official_letter = ("official_letter", "công văn", "official letters")
    report = ("report", "báo cáo", "reports")
    other = ("other", "văn bản khác", "other documents")


class Audience(Vocab):
    """Target groups of a training (đối tượng tham gia), in the annex's words."""

    officials = ("officials", "Cán bộ, công chức, viên chức", "officials and public employees")
    front_organisations = ("front_organisations", "Cán bộ MTTQ, các tổ chức chính trị - xã hội các cấp",
                           "officers of the Fatherland Front and socio-political organisations")
    mass_mobilisation = ("mass_mobilisation", "Trưởng, phó khối dân vận cơ sở",
                         "heads and deputies of grassroots mass-mobilisation blocs")
    party_cell_secretaries = ("party_cell_secretaries", "Bí thư chi bộ thôn, bản", "village party cell secretaries")
    village_heads = ("village_heads", "Trưởng thôn, bản, tổ trưởng tổ dân phố", "village heads")
    front_work_committees = ("front_work_committees", "Trưởng ban công tác Mặt trận thôn, bản",
                             "heads of village Front work committees")
    inspection_boards = ("inspection_boards", "Thành viên Ban Thanh tra nhân dân",
                         "members of People's Inspection Boards")
    investment_boards = ("investment_boards", "Thành viên Ban Giám sát đầu tư của cộng đồng",
                         "members of Community Investment Supervision Boards")
    covenant_drafters = ("covenant_drafters", "Tổ soạn thảo hương ước, quy ước", "covenant drafting teams")
    grassroots_organisations = ("grassroots_organisations", "Các đoàn thể cơ sở", "grassroots mass organisations")
    residents = ("residents", "Nhân dân", "residents")
    workers = ("workers", "Người lao động", "workers")


# A role holder named as an attendee in a unit profile stands for this target group.
AUDIENCE_OF_ROLE = {
    PersonRole.democracy_focal_point: Audience.officials,
    PersonRole.people_inspection_member: Audience.inspection_boards,
    PersonRole.investment_supervision_member: Audience.investment_boards,
    PersonRole.village_head: Audience.village_heads,
    PersonRole.front_committee_head: Audience.front_work_committees,
    PersonRole.covenant_drafter: Audience.covenant_drafters,
}


class ActivityDocument(Strict):
    id: Text | None = None
    issuer: Issuer = Field(description="Cơ quan ban hành / who issued it")
    purpose: Purpose = Field(description="direction: mục 1 của phụ lục; law_implementation: mục 2 / item 1 or 2 "
                                         "of the annex")
    kind: Genre = Field(Genre.other, description="Thể loại văn bản / type of document")
    number: Text | None = Field(None, description="Số, ký hiệu / number and symbol, e.g. 12-KH/BCĐ")
    date: VNDate | None = Field(None, description="Ngày ban hành (trong năm của hồ sơ) / date issued")
    title: Text | None = None
    count: Annotated[int, Field(ge=1)] = Field(
        1, description="Số văn bản dòng này gộp lại, khi không liệt kê từng văn bản (khi đó không ghi số hiệu) / "
                       "how many documents this line stands for, when they are not listed one by one")

    @model_validator(mode="after")
    def _tally(self) -> "ActivityDocument":
        if self.count > 1 and self.number is not None:
            raise ValueError(f"a line of {self.count} documents has no single number: list numbered documents one "
                             f"by one, or leave out 'number'")
        return self


class ActivityTraining(Strict):
    id: Text | None = None
    date: VNDate | None = Field(None, description="Ngày tổ chức; để trống khi dòng gộp nhiều buổi / the day held; "
                                                  "left out for a line that stands for several sessions")
    title: Text | None = None
    organiser: Text | None = None
    sessions: Annotated[int, Field(ge=1)] = Field(1, description="Số cuộc/lớp/hội nghị / sessions, classes or "
                                                                 "conferences")
    participants: NonNegative | None = Field(None, description="Số lượng người tham gia / participants")
    audiences: list[Audience] | None = Field(None, description="Đối tượng tham gia / target groups")


class Inspection(Strict):
    id: Text | None = None
    date: VNDate | None = None
    title: Text | None = None
    by: Text | None = Field(None, description="Đoàn kiểm tra, giám sát / the team")
    teams: Annotated[int, Field(ge=1)] = Field(1, description="Số đoàn/lượt kiểm tra, giám sát / teams or visits")
    units: NonNegative | None = Field(None, description="Số đơn vị cơ sở được kiểm tra, giám sát / grassroots "
                                                        "units inspected or supervised")


class Contacts(Strict):
    receptions: NonNegative | None = Field(None, description="Số cuộc tiếp dân trong năm / citizen receptions")
    dialogues: NonNegative | None = Field(None, description="Số cuộc đối thoại trực tiếp với dân / direct "
                                                            "dialogues with residents")


class Heads(Strict):
    party_secretary: Contacts | None = Field(None, description="Bí thư cấp ủy / secretary of the party committee")
    chairman: Contacts | None = Field(None, description="Chủ tịch UBND / chairman of the People's Committee")


class NewRural(Strict):
    money_million_vnd: Amount | None = Field(
        None, description="Số kinh phí huy động sức dân trong năm, triệu đồng / money mobilised from residents in "
                          "the year, million đồng")
    land_m2: Amount | None = Field(
        None, description="Diện tích đất do nhân dân hiến để xây dựng cơ sở hạ tầng trong năm, m² / land residents "
                          "donated for infrastructure in the year, m²")


class ActivityRecord(Strict):
    schema_: str = Field(alias="schema", description="Luôn là qcdc-activity/1")
    id: Text = Field(min_length=1)
    level: AdminLevel = Field(description="province, district (đến 30/06/2025) hoặc commune / the level recorded")
    admin_path: list[AdminArea] = Field(min_length=1, description="Từ tỉnh xuống đến địa bàn của hồ sơ / "
                                                                  "province down to the area recorded")
    year: Annotated[int, Field(ge=2000, le=2100)] = Field(description="Năm dương lịch / calendar year")
    kept_by: Text | None = Field(None, description="Cơ quan lập hồ sơ / who keeps the record")
    as_of: VNDate | None = Field(None, description="Số liệu tính đến ngày / figures up to this date")
    documents: list[ActivityDocument] | None = None
    trainings: list[ActivityTraining] | None = None
    inspections: list[Inspection] | None = None
    heads: Heads | None = None
    new_rural: NewRural | None = None
    notes: Text | None = None

    @field_validator("schema_")
    @classmethod
    def _schema(cls, value: str) -> str:
        if value != ACTIVITY_SCHEMA:
            raise ValueError(f"unknown activity record schema '{value}': this version reads '{ACTIVITY_SCHEMA}'")
        return value

    @model_validator(mode="after")
    def _place_and_time(self) -> "ActivityRecord":
        if self.level is AdminLevel.village:
            raise ValueError("an activity record is kept by a province, a district or a commune, not a village")
        order = [AdminLevel.province, AdminLevel.district, AdminLevel.commune, AdminLevel.village]
        ranks = [order.index(a.level) for a in self.admin_path]
        if ranks != sorted(ranks) or len(set(ranks)) != len(ranks) or ranks[0] != 0:
            levels = " → ".join(a.level.value for a in self.admin_path)
            raise ValueError(f"admin_path must go down one level at a time from the province, found {levels}")
        if self.admin_path[-1].level is not self.level:
            raise ValueError(f"admin_path ends at a {self.admin_path[-1].level.value}, but the record is kept at "
                             f"level {self.level.value}: end the path at the area the record is about")
        if self.level is AdminLevel.district and self.year > REFORM.year:
            raise ValueError(f"there is no district level after 30/06/2025 ({REFORM_CITATION}): a district record "
                             f"for {self.year} cannot exist")
        return self

    def misdated(self) -> list[tuple[tuple, str]]:
        """Items dated outside the record's year (for a district in 2025: after 30/06/2025), each with
        its path in the record, for the loader to place at its line."""
        first, last = dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        if self.level is AdminLevel.district and self.year == REFORM.year:
            last = REFORM - dt.timedelta(days=1)
        out = []
        for name, items in (("documents", self.documents), ("trainings", self.trainings),
                            ("inspections", self.inspections)):
            for i, item in enumerate(items or ()):
                if item.date is not None and not first <= item.date <= last:
                    out.append(((name, i, "date"),
                                f"{name}[{i}] is dated {item.date.strftime('%d/%m/%Y')}, outside the record's year "
                                f"{self.year}" + (" (districts ended on 30/06/2025)" if last.month == 6 else "")))
        return out

    def area(self) -> list[str]:
        return [a.name for a in self.admin_path]


def activity_json_schema() -> dict:
    schema = ActivityRecord.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "qcdc-rules activity record (hồ sơ hoạt động của Ban Chỉ đạo)"
    return schema

"""Closed vocabularies of the profile: unit types and the kinds of evidence.

Each code is an English identifier (stable, used in rules), with its Vietnamese and
English label for reports and for the JSON Schema an editor shows while typing."""

from __future__ import annotations

from enum import Enum


class Vocab(str, Enum):
    """A closed set of codes, each with a Vietnamese and an English label."""

    def __new__(cls, code: str, vi: str, en: str):
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.vi = vi
        obj.en = en
        return obj

    def label(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi

    def __str__(self) -> str:
        return self.value


class UnitType(Vocab):
    commune = ("commune", "Chính quyền địa phương cấp xã", "commune-level government")
    village = ("village", "Thôn, tổ dân phố", "village or residential group")
    state_agency = ("state_agency", "Cơ quan nhà nước", "state agency")
    public_service_unit = ("public_service_unit", "Đơn vị sự nghiệp công lập", "public service unit")
    state_owned_enterprise = ("state_owned_enterprise", "Doanh nghiệp nhà nước", "state-owned enterprise")
    enterprise = ("enterprise", "Doanh nghiệp, tổ chức khác có sử dụng lao động",
                  "other enterprise or organisation using labour")


class AdminLevel(Vocab):
    province = ("province", "Tỉnh, thành phố trực thuộc trung ương", "province")
    district = ("district", "Huyện, thị xã, thành phố thuộc tỉnh (đến 30/06/2025)",
                "district (until 30/06/2025)")
    commune = ("commune", "Xã, phường, thị trấn, đặc khu", "commune, ward, town or special zone")
    village = ("village", "Thôn, bản, tổ dân phố", "village or residential group")


class DocumentKind(Vocab):
    democracy_regulation = ("democracy_regulation", "Quy chế thực hiện dân chủ ở cơ sở",
                            "regulation on implementing grassroots democracy")
    democracy_measures_resolution = (
        "democracy_measures_resolution",
        "Nghị quyết của HĐND về biện pháp bảo đảm thực hiện dân chủ ở cơ sở",
        "People's Council resolution on measures to ensure grassroots democracy")
    disclosure_plan = ("disclosure_plan", "Kế hoạch thực hiện công khai thông tin", "disclosure plan")
    disclosed_items_list = ("disclosed_items_list", "Danh sách nội dung đã công khai (cập nhật theo quý)",
                            "quarterly list of disclosed items")
    board_size_decision = ("board_size_decision", "Quyết định số lượng thành viên Ban Thanh tra nhân dân",
                           "decision on the size of the People's Inspection Board")
    covenant = ("covenant", "Hương ước, quy ước", "village covenant (hương ước, quy ước)")
    training_plan = ("training_plan", "Kế hoạch tập huấn, bồi dưỡng về thực hiện dân chủ ở cơ sở",
                     "training plan on grassroots democracy")
    reception_rules = ("reception_rules", "Nội quy tiếp công dân", "rules for receiving citizens")
    other = ("other", "Văn bản khác", "other document")


class MeetingKind(Vocab):
    staff_conference = ("staff_conference", "Hội nghị cán bộ, công chức, viên chức, người lao động",
                        "conference of cadres, civil servants, public employees and workers")
    workers_conference = ("workers_conference", "Hội nghị người lao động", "workers' conference")
    community_meeting = ("community_meeting", "Cuộc họp cộng đồng dân cư", "community meeting")
    village_annual_conference = ("village_annual_conference", "Hội nghị định kỳ của cộng đồng dân cư",
                                 "annual conference of the residential community")
    dialogue_conference = ("dialogue_conference", "Hội nghị trao đổi, đối thoại giữa UBND cấp xã với Nhân dân",
                           "dialogue conference between the commune People's Committee and the people")
    covenant_review = ("covenant_review", "Rà soát, đánh giá thực hiện hương ước, quy ước",
                       "annual review of the village covenant")
    workplace_dialogue = ("workplace_dialogue", "Đối thoại tại nơi làm việc", "workplace dialogue")
    other = ("other", "Cuộc họp khác", "other meeting")


class BoardKind(Vocab):
    people_inspection = ("people_inspection", "Ban Thanh tra nhân dân", "People's Inspection Board")
    investment_supervision = ("investment_supervision", "Ban Giám sát đầu tư của cộng đồng",
                              "Community Investment Supervision Board")


class BoardRole(Vocab):
    head = ("head", "Trưởng ban", "head")
    deputy = ("deputy", "Phó Trưởng ban", "deputy head")
    member = ("member", "Ủy viên", "member")


class Position(Vocab):
    """A board member's job in the unit, where the Law makes it matter (Luật Đ37, Đ60 k2)."""

    head_of_unit = ("head_of_unit", "Người đứng đầu cơ quan, đơn vị", "head of the agency or unit")
    deputy_head_of_unit = ("deputy_head_of_unit", "Cấp phó của người đứng đầu", "deputy head of the agency or unit")
    chief_accountant = ("chief_accountant", "Kế toán trưởng", "chief accountant")
    commune_official = ("commune_official", "Cán bộ, công chức cấp xã", "commune cadre or civil servant")
    commune_part_time = ("commune_part_time", "Người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố",
                         "part-time staff at commune or village level")
    staff = ("staff", "Cán bộ, công chức, viên chức, người lao động", "staff")
    resident = ("resident", "Công dân cư trú", "resident")


class PostingPlace(Vocab):
    commune_office = ("commune_office", "Trụ sở HĐND, UBND cấp xã", "commune People's Council/Committee office")
    village = ("village", "Nhà văn hóa, điểm sinh hoạt cộng đồng ở thôn, tổ dân phố",
               "village culture house or community point")
    website = ("website", "Cổng/trang thông tin điện tử", "web portal or website")
    workplace = ("workplace", "Trụ sở, nơi làm việc của cơ quan, đơn vị", "agency or unit premises")


class PersonRole(Vocab):
    """Roles whose holders NQ 75/NQ-HĐND Art. 3 k1 (Lai Châu) requires to be trained."""

    democracy_focal_point = ("democracy_focal_point", "Người được giao phụ trách, tham mưu thực hiện dân chủ ở cơ sở",
                             "person assigned to lead or advise on grassroots democracy")
    people_inspection_member = ("people_inspection_member", "Thành viên Ban Thanh tra nhân dân",
                                "member of the People's Inspection Board")
    investment_supervision_member = ("investment_supervision_member", "Thành viên Ban Giám sát đầu tư của cộng đồng",
                                     "member of the Community Investment Supervision Board")
    village_head = ("village_head", "Trưởng thôn, bản, Tổ trưởng tổ dân phố", "village head")
    front_committee_head = ("front_committee_head", "Trưởng ban công tác Mặt trận",
                            "head of the village Front work committee")
    covenant_drafter = ("covenant_drafter", "Thành viên Tổ soạn thảo hương ước, quy ước",
                        "member of the covenant drafting team")


class ReceptionKind(Vocab):
    regular = ("regular", "Tiếp công dân định kỳ", "regular reception")
    adhoc = ("adhoc", "Tiếp công dân đột xuất", "ad-hoc reception")


BOARD_MEMBER_ROLE = {
    BoardKind.people_inspection: PersonRole.people_inspection_member,
    BoardKind.investment_supervision: PersonRole.investment_supervision_member,
}

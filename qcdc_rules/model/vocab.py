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
    # Commune disclosure (Luật Đ13–14) and cross-cutting duties (Luật Đ4, Đ8)
    disclosure_plan_report = ("disclosure_plan_report", "Báo cáo của Chủ tịch UBND xã với UBND về kết quả thực hiện "
                              "kế hoạch công khai thông tin", "the commune chairman's report to the People's "
                              "Committee on carrying out the disclosure plan")
    disclosure_report = ("disclosure_report", "Báo cáo của UBND xã tại kỳ họp thường lệ của HĐND xã về quá trình, kết "
                         "quả công khai thông tin", "the commune People's Committee's report on disclosure to a "
                         "regular session of the commune People's Council")
    subordinate_units_democracy = ("subordinate_units_democracy", "Quyết định (hoặc phần quy chế) của người đứng đầu "
                                   "về thực hiện dân chủ tại đơn vị trực thuộc", "the head's decision (or part of "
                                   "the regulation) on democracy in subordinate units")
    democracy_evaluation = ("democracy_evaluation", "Đánh giá kết quả thực hiện nhiệm vụ có căn cứ mức độ thực hiện "
                            "dân chủ ở cơ sở", "evaluation of task performance that takes grassroots democracy "
                            "into account")
    # Agencies and public service units (Luật Đ50–59)
    conference_plan = ("conference_plan", "Kế hoạch tổ chức hội nghị cán bộ, công chức, viên chức, người lao động "
                       "(hoặc gửi phiếu lấy ý kiến)", "plan for the staff conference (or the staff ballot)")
    conference_request = ("conference_request", "Đề xuất, đề nghị tổ chức hội nghị cán bộ, công chức, viên chức, "
                          "người lao động bất thường", "proposal to hold an extraordinary staff conference")
    resolution_evaluation = ("resolution_evaluation", "Báo cáo kiểm tra, đánh giá kết quả thực hiện nghị quyết hội nghị "
                         "cán bộ, công chức, viên chức, người lao động", "review of how the staff conference's "
                         "resolution is carried out")
    work_plan = ("work_plan", "Kế hoạch công tác năm của cơ quan, đơn vị", "the unit's annual work plan")
    personnel_plan = ("personnel_plan", "Kế hoạch tuyển dụng, đào tạo, bồi dưỡng cán bộ, công chức, viên chức",
                      "plan for recruiting and training staff")
    internal_spending_rules = ("internal_spending_rules", "Quy chế chi tiêu nội bộ", "internal spending regulation")
    internal_rules = ("internal_rules", "Nội quy, quy chế khác của cơ quan, đơn vị", "other internal rules of the unit")
    feedback_channel = ("feedback_channel", "Văn bản tạo lập cơ chế tiếp nhận góp ý, kiến nghị, phản ánh của cán bộ, "
                        "công chức, viên chức, người lao động (hòm thư góp ý, đường dây nóng…)",
                        "document setting up the channel for staff comments and petitions")
    staff_evaluation = ("staff_evaluation", "Hồ sơ đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức, "
                        "người lao động hằng năm", "annual evaluation and ranking of staff")
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
    extraordinary_staff_conference = (
        "extraordinary_staff_conference", "Hội nghị cán bộ, công chức, viên chức, người lao động bất thường",
        "extraordinary staff conference")
    staff_ballot = ("staff_ballot", "Gửi phiếu lấy ý kiến toàn thể cán bộ, công chức, viên chức, người lao động "
                    "(thay hội nghị, Luật Đ50 k2)", "written ballot of all staff (instead of the conference)")
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
    intranet = ("intranet", "Trang/hệ thống thông tin điện tử nội bộ của cơ quan, đơn vị",
                "the unit's internal website or information system")
    staff_notice = ("staff_notice", "Thông báo bằng văn bản đến toàn thể cán bộ, công chức, viên chức, người lao động",
                    "written notice to all staff")


class DisclosurePart(Vocab):
    """The part of an Art. 11 item a disclosure is, where a rule needs it (Luật Đ11 k2, k4)."""

    budget_draft = ("budget_draft", "Dự toán ngân sách, kế hoạch tài chính trình HĐND xã",
                    "draft budget and financial plan submitted to the commune People's Council")
    budget_estimate = ("budget_estimate", "Dự toán ngân sách, kế hoạch tài chính đã được HĐND xã quyết định",
                       "budget and financial plan as decided by the commune People's Council")
    budget_execution = ("budget_execution", "Số liệu, thuyết minh tình hình thực hiện dự toán ngân sách xã "
                        "(quý, 06 tháng, năm)", "budget execution data and notes (quarter, half year, year)")
    final_accounts = ("final_accounts", "Quyết toán ngân sách đã được HĐND xã phê chuẩn",
                      "final budget accounts approved by the commune People's Council")
    audit_results = ("audit_results", "Kết quả thực hiện kiến nghị của Kiểm toán nhà nước",
                     "results of carrying out the State Audit's recommendations")
    democracy_regulation = ("democracy_regulation", "Quy chế thực hiện dân chủ ở xã, phường",
                            "the commune democracy regulation")
    official_duties = ("official_duties", "Nhiệm vụ, quyền hạn của cán bộ, công chức, người hoạt động không "
                       "chuyên trách", "duties and powers of commune officials and part-time staff")
    code_of_conduct = ("code_of_conduct", "Quy tắc ứng xử của người có chức vụ, quyền hạn",
                       "code of conduct of office holders")


# The Art. 11 item each part belongs to.
DISCLOSURE_PART_ITEM = {
    DisclosurePart.budget_draft: 2, DisclosurePart.budget_estimate: 2, DisclosurePart.budget_execution: 2,
    DisclosurePart.final_accounts: 2, DisclosurePart.audit_results: 2,
    DisclosurePart.democracy_regulation: 4, DisclosurePart.official_duties: 4, DisclosurePart.code_of_conduct: 4,
}


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


class ConferenceBusiness(Vocab):
    """What a staff conference did, from its minutes: its content (Luật Đ51 k3) and its order of
    business (k4). Each code is also a yes/no fact of the meeting, false when business is recorded
    without it."""

    policy_review = ("policy_review", "Kiểm điểm việc thực hiện đường lối, chủ trương của Đảng, chính sách, pháp luật "
                     "(Đ51 k3 a)", "review of how Party and State policy was carried out (Art. 51(3)(a))")
    resolution_review = ("resolution_review", "Kiểm điểm việc thực hiện nghị quyết hội nghị trước và quy định về dân chủ "
                         "(Đ51 k3 b)", "review of the previous resolution and of the democracy rules (Art. 51(3)(b))")
    head_accountability = ("head_accountability", "Đánh giá, kiểm điểm trách nhiệm của người đứng đầu về kế hoạch công tác "
                           "năm (Đ51 k3 c)", "assessment of the head's responsibility for the year's plan (Art. 51(3)(c))")
    emulation_review = ("emulation_review", "Tổng kết thi đua, xét khen thưởng, thống nhất nội dung thi đua và giao ước thi "
                        "đua năm tiếp theo (Đ51 k3 d)", "emulation review, awards and next year's emulation pact content "
                        "(Art. 51(3)(d))")
    staff_decisions = ("staff_decisions", "Thảo luận và quyết định các nội dung thuộc Điều 49 (Đ51 k3 đ; k4 e)",
                       "discussion and decision of the Art. 49 matters (Art. 51(3)(đ), (4)(e))")
    disclosure_consultation = ("disclosure_consultation", "Công khai thông tin; lấy ý kiến về các nội dung của Điều 53 "
                               "(Đ51 k3 e)", "disclosures, and consultation on the Art. 53 matters (Art. 51(3)(e))")
    head_report = ("head_report", "Người đứng đầu trình bày báo cáo (Đ51 k4 a)", "the head's report (Art. 51(4)(a))")
    union_report = ("union_report", "Đại diện Công đoàn báo cáo (Đ51 k4 b)", "the trade union's report (Art. 51(4)(b))")
    staff_discussion = ("staff_discussion", "Người dự hội nghị thảo luận, tham gia ý kiến (Đ51 k4 c)",
                        "discussion by those present (Art. 51(4)(c))")
    answers = ("answers", "Người đứng đầu tiếp thu, giải đáp thắc mắc, kiến nghị (Đ51 k4 d)",
               "the head answers questions and proposals (Art. 51(4)(d))")
    inspection_board_report = ("inspection_board_report", "Ban Thanh tra nhân dân báo cáo hoạt động và chương trình công "
                               "tác (Đ51 k4 đ)", "the People's Inspection Board's report and programme (Art. 51(4)(đ))")
    awards = ("awards", "Khen thưởng; phát động phong trào thi đua (Đ51 k4 g)",
              "awards, and launch of the emulation movement (Art. 51(4)(g))")
    emulation_pact = ("emulation_pact", "Ký kết giao ước thi đua giữa người đứng đầu và Công đoàn (Đ51 k4 h)",
                      "emulation pact signed by the head and the union (Art. 51(4)(h))")
    adopt_resolution = ("adopt_resolution", "Thông qua nghị quyết hội nghị (Đ51 k4 i)",
                        "adoption of the conference resolution (Art. 51(4)(i))")


class Proposer(Vocab):
    """Who proposed a staff conference (Luật Đ50 k1)."""

    union_executive = ("union_executive", "Ban Chấp hành Công đoàn cơ quan, đơn vị", "the unit's trade union executive")
    head = ("head", "Người đứng đầu cơ quan, đơn vị", "the head of the unit")
    staff = ("staff", "Cán bộ, công chức, viên chức, người lao động cùng đề nghị", "staff, jointly")


BOARD_MEMBER_ROLE = {
    BoardKind.people_inspection: PersonRole.people_inspection_member,
    BoardKind.investment_supervision: PersonRole.investment_supervision_member,
}

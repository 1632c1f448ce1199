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
    # People's Inspection Boards (Luật Đ38–40, Đ60–63; NĐ 59 Đ14, Đ21–22)
    inspection_board_plan = ("inspection_board_plan", "Kế hoạch hoạt động, chương trình công tác của Ban Thanh tra nhân "
                             "dân (quý, 06 tháng, năm, nhiệm kỳ)", "the People's Inspection Board's activity plan or work "
                             "programme (quarter, half year, year, term)")
    inspection_board_report = ("inspection_board_report", "Báo cáo kết quả hoạt động của Ban Thanh tra nhân dân",
                               "the People's Inspection Board's report on its work")
    inspection_plan = ("inspection_plan", "Kế hoạch kiểm tra, giám sát cụ thể của Ban Thanh tra nhân dân",
                       "the People's Inspection Board's plan for one inspection or supervision")
    inspection_result = ("inspection_result", "Văn bản kết quả kiểm tra, giám sát, xác minh của Ban Thanh tra nhân dân "
                         "theo phản ánh, kiến nghị", "the People's Inspection Board's written result of a check made "
                         "on a petition")
    inspection_board_recommendation = (
        "inspection_board_recommendation", "Kiến nghị của Ban Thanh tra nhân dân gửi UBND cấp xã, người đứng đầu cơ "
        "quan, đơn vị", "a recommendation of the People's Inspection Board to the commune People's Committee or the "
        "head of the unit")
    inspection_board_briefing = (
        "inspection_board_briefing", "Thông báo cho Ban Thanh tra nhân dân về chính sách, pháp luật, mục tiêu, nhiệm vụ, "
        "kết quả công tác hằng năm", "briefing of the People's Inspection Board on policy and on the year's targets "
        "and results")
    inspection_board_funding = ("inspection_board_funding", "Dự toán, quyết định hỗ trợ kinh phí hoạt động của Ban "
                                "Thanh tra nhân dân", "budget line or decision funding the People's Inspection Board")
    no_board_decision = ("no_board_decision", "Quyết định của công đoàn cấp trên trực tiếp về việc không tổ chức Ban "
                         "Thanh tra nhân dân (trường hợp đặc thù)", "the higher trade union's decision that a special "
                         "unit has no People's Inspection Board")
    # Enterprises (Luật Đ71, Đ82; BLLĐ 2019 Đ63 k2 c; NĐ 145/2020 Đ37–44)
    dialogue_request = ("dialogue_request", "Yêu cầu đối thoại tại nơi làm việc của một bên (NĐ 145 Đ40)",
                        "one side's request for a workplace dialogue")
    soe_rules_adoption = ("soe_rules_adoption", "Văn bản lựa chọn áp dụng quy định về thực hiện dân chủ ở doanh nghiệp "
                          "nhà nước (Luật Đ82 k2)", "decision to apply the state-owned enterprise democracy rules")
    dialogue_group_selection = ("dialogue_group_selection", "Biên bản người lao động không là thành viên tổ chức đại "
                                "diện người lao động lựa chọn nhóm đại diện đối thoại (NĐ 145 Đ37 k1)", "record of "
                                "workers outside any representative organisation choosing their dialogue group")
    authority_report_request = ("authority_report_request", "Yêu cầu báo cáo của cơ quan quản lý nhà nước về lao động "
                                "(NĐ 145 Đ37 k3 c)", "the labour authority's request for a report")
    performance_rules = ("performance_rules", "Quy chế đánh giá mức độ hoàn thành công việc (BLLĐ Đ36 k1 a)",
                         "rules for evaluating how workers perform their work")
    labour_use_plan = ("labour_use_plan", "Phương án sử dụng lao động (BLLĐ Đ42, Đ44)", "labour use plan")
    pay_scale = ("pay_scale", "Thang lương, bảng lương, định mức lao động (BLLĐ Đ93)", "pay scales and labour norms")
    bonus_rules = ("bonus_rules", "Quy chế thưởng (BLLĐ Đ104)", "bonus rules")
    labour_rules = ("labour_rules", "Nội quy lao động (BLLĐ Đ118)", "internal labour rules")
    # People discuss and decide (Luật Đ15–23)
    resident_contribution = ("resident_contribution", "Văn bản thu khoản đóng góp của Nhân dân ngoài các khoản pháp "
                             "luật quy định (Luật Đ15 k1–2)", "call for resident contributions beyond those the law "
                             "sets (Art. 15(1)–(2))")
    citizen_initiative = ("citizen_initiative", "Sáng kiến của công dân đề xuất nội dung để cộng đồng dân cư bàn và "
                          "quyết định (Luật Đ16 k3)", "a citizen's initiative put to the community (Art. 16(3))")
    community_decision_annulment = ("community_decision_annulment", "Quyết định bãi bỏ, văn bản đề nghị sửa đổi, bổ sung, "
                                    "thay thế quyết định của cộng đồng dân cư (Luật Đ22 k2)", "annulment of a "
                                    "community decision, or request to amend it (Art. 22(2))")
    people_decide_plan = ("people_decide_plan", "Kế hoạch tổ chức để Nhân dân bàn, quyết định nội dung có phạm vi cấp xã "
                          "(Luật Đ23 k1)", "plan for residents to decide commune-wide matters (Art. 23(1))")
    people_decide_report = ("people_decide_report", "Báo cáo của UBND xã với HĐND xã về tổ chức để Nhân dân bàn, quyết "
                            "định (Luật Đ23 k1)", "the commune People's Committee's report to the People's Council on "
                            "residents' decisions (Art. 23(1))")
    front_supervision = ("front_supervision", "Kế hoạch, báo cáo hướng dẫn, giám sát của UBMTTQ xã về tổ chức để Nhân "
                         "dân bàn, quyết định (Luật Đ23 k3)", "the commune Front's guidance or supervision of "
                         "residents' decisions (Art. 23(3))")
    # People comment (Luật Đ25–28) and commune-level supervision (Đ35; Luật Tiếp công dân Đ15, Đ24)
    people_consultation = ("people_consultation", "Hồ sơ lấy ý kiến Nhân dân về một nội dung của Điều 25 (kế hoạch, "
                           "tổng hợp, giải trình, quyết định; Luật Đ25–28)", "file of one consultation of residents on "
                           "an Art. 25 matter (plan, summary, explanation, decision; Art. 25–28)")
    satisfaction_system = ("satisfaction_system", "Hệ thống đánh giá mức độ hài lòng, tiếp nhận góp ý, kiến nghị, phản "
                           "ánh của Nhân dân (Luật Đ35 k2 a)", "system for residents to rate satisfaction and send "
                           "comments and petitions (Art. 35(2)(a))")
    citizen_petition = ("citizen_petition", "Khiếu nại, tố cáo, kiến nghị, phản ánh của công dân; kiến nghị của Ủy ban "
                        "MTTQ, tổ chức thành viên gửi UBND xã (Luật Đ35 k2 b)", "a citizen's complaint, denunciation, "
                        "petition or report, or a Fatherland Front recommendation, to the commune (Art. 35(2)(b))")
    obstruction_case = ("obstruction_case", "Vụ việc cản trở công dân kiểm tra, giám sát hoặc trả thù, trù dập người "
                        "khiếu nại, tố cáo, kiến nghị, phản ánh (Luật Đ35 k2 đ)", "a case of obstructing citizens' "
                        "supervision, or of retaliating against a complainant (Art. 35(2)(đ))")
    reception_notice = ("reception_notice", "Thông tin về việc tiếp công dân được niêm yết, công bố: nơi tiếp, thời gian "
                        "tiếp thường xuyên, lịch tiếp của người đứng đầu (Luật Tiếp công dân Đ24 k2)", "the posted "
                        "information on citizen reception: place, regular hours, the head's schedule (Citizen "
                        "Reception Law Art. 24(2))")
    # Citizen reception from 01/07/2026 (NĐ 154/2026/NĐ-CP)
    reception_regulation = ("reception_regulation", "Quy chế tiếp công dân (Luật Tiếp công dân Đ18 k1 a; NĐ154 Đ10 k1 a)",
                            "regulation on receiving citizens (Citizen Reception Law Art. 18(1)(a); Decree 154 "
                            "Art. 10(1)(a))")
    reception_assignment = ("reception_assignment", "Quyết định phân công người làm công tác tiếp công dân thường xuyên "
                            "(NĐ154 Đ9 k1, Đ10 k1 c, Đ29 k1 c, Đ35 k1)", "decision assigning the staff who receive "
                            "citizens regularly (Decree 154 Art. 9(1), 10(1)(c), 29(1)(c), 35(1))")
    reception_advisory_assignment = ("reception_advisory_assignment", "Quyết định của Chủ tịch UBND xã phân công đơn vị "
                                     "tham mưu công tác tiếp công dân, xử lý khiếu nại, tố cáo, kiến nghị, phản ánh "
                                     "(NĐ154 Đ28 k1)", "the commune chairman's decision assigning a unit to advise on "
                                     "citizen reception and petitions (Decree 154 Art. 28(1))")
    subordinate_reception_rules = ("subordinate_reception_rules", "Quy định của người đứng đầu về tổ chức tiếp công dân "
                                   "tại đơn vị trực thuộc (NĐ154 Đ9 k2)", "the head's rules on citizen reception in "
                                   "subordinate units (Decree 154 Art. 9(2))")
    reception_refusal = ("reception_refusal", "Thông báo từ chối tiếp công dân (Mẫu số 01/TCD; NĐ154 Đ4 k3)",
                         "notice refusing to receive a citizen (Form 01/TCD; Decree 154 Art. 4(3))")
    complex_case = ("complex_case", "Vụ việc gay gắt, phức tạp, đông người hoặc có thể gây hậu quả nghiêm trọng cần "
                    "người đứng đầu tiếp công dân đột xuất (NĐ154 Đ10 k3)", "an acute, complex or crowded case, or "
                    "one that may cause serious harm, calling for an ad-hoc reception by the head (Decree 154 "
                    "Art. 10(3))")
    reception_report = ("reception_report", "Báo cáo tình hình, kết quả công tác tiếp công dân (NĐ154 Đ10 k1 g)",
                        "report on citizen reception and its results (Decree 154 Art. 10(1)(g))")
    reception_inspection = ("reception_inspection", "Kết quả kiểm tra công tác tiếp công dân của người đứng đầu đơn vị "
                            "cấp dưới (NĐ154 Đ25 k1)", "the results of checking how the heads of subordinate units "
                            "receive citizens (Decree 154 Art. 25(1))")
    # Community Investment Supervision Board (Luật Đ44–45; NĐ 59 Đ18) and village covenants (NĐ 61/2023)
    investment_board_plan = ("investment_board_plan", "Kế hoạch hoạt động, kế hoạch giám sát của Ban Giám sát đầu tư của "
                             "cộng đồng cho một chương trình, dự án (NĐ59 Đ18 k1)", "the Community Investment "
                             "Supervision Board's activity plan for one programme or project")
    investment_board_report = ("investment_board_report", "Báo cáo kết quả giám sát của Ban Giám sát đầu tư của cộng "
                               "đồng với Ủy ban MTTQ cấp xã (NĐ59 Đ18 k3)", "the investment supervision board's "
                               "report to the commune Fatherland Front")
    investment_board_funding = ("investment_board_funding", "Dự toán, quyết định hỗ trợ kinh phí hoạt động của Ban Giám "
                                "sát đầu tư của cộng đồng (Luật Đ45 k1 e)", "estimate or decision funding the "
                                "investment supervision board")
    investment_board_recommendation = (
        "investment_board_recommendation", "Kiến nghị của Ban Giám sát đầu tư của cộng đồng gửi UBND xã (Luật Đ45 "
        "k2 c); ngày: ngày UBND xã nhận", "recommendation of the Community Investment Supervision Board to the "
        "commune People's Committee; date: the day it was received")
    investment_board_request = (
        "investment_board_request", "Yêu cầu, kiến nghị của Ban Giám sát đầu tư của cộng đồng gửi chủ chương trình, "
        "chủ đầu tư, ban quản lý dự án (Luật Đ45 k3); ngày: ngày nhận", "request or recommendation of the "
        "Community Investment Supervision Board to the investor or project management board; date: received")
    covenant_report = ("covenant_report", "Báo cáo hằng năm của Trưởng thôn với UBND xã về xây dựng, thực hiện hương "
                       "ước, quy ước (NĐ61 Đ19 k1 e)", "the village head's yearly report on the covenant to the "
                       "commune People's Committee")
    covenants_review = ("covenants_review", "Kết quả rà soát hằng năm của UBND xã đối với các hương ước, quy ước đã "
                        "được công nhận (NĐ61 Đ18 k1 g)", "the commune People's Committee's yearly review of the "
                        "recognised covenants")
    covenant_statistics = ("covenant_statistics", "Thống kê, báo cáo của UBND xã về xây dựng, thực hiện hương ước, quy "
                           "ước (NĐ61 Đ16 k1)", "the commune's statistics and report on covenants")
    covenant_suspension_case = (
        "covenant_suspension_case", "Phản ánh bằng văn bản (hoặc kết quả rà soát, kiểm tra, kiến nghị sau giám sát) về "
        "trường hợp tạm ngừng thực hiện hương ước, quy ước (NĐ61 Đ12 k1); ngày: ngày UBND xã nhận", "written "
        "complaint (or review finding) on a case for suspending a covenant; date: the day it was received")
    covenant_annulment_case = (
        "covenant_annulment_case", "Phản ánh bằng văn bản (hoặc kết quả rà soát, kiểm tra, kiến nghị sau giám sát) về "
        "trường hợp bãi bỏ hương ước, quy ước (NĐ61 Đ14 k1–2); ngày: ngày UBND xã nhận", "written complaint (or "
        "review finding) on a case for annulling a covenant; date: the day it was received")
    covenant_supervision = ("covenant_supervision", "Văn bản hướng dẫn, kết quả giám sát của Ủy ban MTTQ cấp xã về xây "
                            "dựng, thực hiện hương ước, quy ước (NĐ61 Đ20 k2)", "the commune Fatherland Front's "
                            "guidance or supervision findings on covenants")
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
    extraordinary_workers_conference = (
        "extraordinary_workers_conference", "Hội nghị người lao động bất thường (Luật Đ69 k1)",
        "extraordinary workers' conference")
    staff_ballot = ("staff_ballot", "Gửi phiếu lấy ý kiến toàn thể cán bộ, công chức, viên chức, người lao động "
                    "(thay hội nghị, Luật Đ50 k2)", "written ballot of all staff (instead of the conference)")
    inspection_board_election = ("inspection_board_election", "Cuộc họp cộng đồng dân cư bầu thành viên Ban Thanh "
                                 "tra nhân dân", "community meeting electing a member of the People's Inspection Board")
    workers_ballot = ("workers_ballot", "Gửi phiếu lấy ý kiến toàn thể người lao động (thay hội nghị người lao động, "
                      "Luật Đ68 k2)", "written ballot of all workers (instead of the workers' conference)")
    requested_dialogue = ("requested_dialogue", "Đối thoại khi có yêu cầu của một hoặc các bên (BLLĐ Đ63 k2 b)",
                          "workplace dialogue at one side's request")
    matter_dialogue = ("matter_dialogue", "Đối thoại khi có vụ việc (BLLĐ Đ63 k2 c)",
                       "workplace dialogue on a specific matter")
    household_ballot = ("household_ballot", "Phát phiếu lấy ý kiến của hộ gia đình (Luật Đ19)",
                        "household ballot (Art. 19)")
    online_vote = ("online_vote", "Biểu quyết trực tuyến tại thôn, tổ dân phố (NĐ 59 Đ5)",
                   "online vote in the village (Decree 59 Art. 5)")
    council_session = ("council_session", "Kỳ họp thường lệ của HĐND cấp xã", "regular session of the commune "
                       "People's Council")
    other = ("other", "Cuộc họp khác", "other meeting")


class BoardKind(Vocab):
    people_inspection = ("people_inspection", "Ban Thanh tra nhân dân", "People's Inspection Board")
    investment_supervision = ("investment_supervision", "Ban Giám sát đầu tư của cộng đồng",
                              "Community Investment Supervision Board")
    dialogue_employer = ("dialogue_employer", "Đại diện tham gia đối thoại bên người sử dụng lao động (NĐ 145 Đ38 k1)",
                         "the employer's dialogue representatives")
    dialogue_workers = ("dialogue_workers", "Đại diện tham gia đối thoại bên người lao động (NĐ 145 Đ38 k2)",
                        "the workers' dialogue representatives")


class BoardRole(Vocab):
    head = ("head", "Trưởng ban", "head")
    deputy = ("deputy", "Phó Trưởng ban", "deputy head")
    member = ("member", "Ủy viên", "member")


class Represents(Vocab):
    """Whom a member of the Community Investment Supervision Board represents (Luật Đ41 k1)."""

    front = ("front", "Đại diện Ủy ban MTTQ Việt Nam cấp xã", "the commune Fatherland Front committee")
    people_inspection = ("people_inspection", "Đại diện Ban Thanh tra nhân dân ở cấp xã",
                         "the commune People's Inspection Board")
    residents = ("residents", "Đại diện người dân thôn, tổ dân phố nơi có chương trình, dự án",
                 "the residents of the village where the programme or project is")


class Position(Vocab):
    """A board member's job in the unit, where the Law makes it matter (Luật Đ37, Đ60 k2)."""

    head_of_unit = ("head_of_unit", "Người đứng đầu cơ quan, đơn vị", "head of the agency or unit")
    deputy_head_of_unit = ("deputy_head_of_unit", "Cấp phó của người đứng đầu", "deputy head of the agency or unit")
    chief_accountant = ("chief_accountant", "Kế toán trưởng", "chief accountant")
    commune_official = ("commune_official", "Cán bộ, công chức cấp xã", "commune cadre or civil servant")
    commune_part_time = ("commune_part_time", "Người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố "
                         "(không rõ ở cấp nào)", "part-time staff at commune or village level (not said which)")
    commune_level_part_time = ("commune_level_part_time", "Người hoạt động không chuyên trách ở cấp xã",
                               "part-time staff at commune level")
    village_part_time = ("village_part_time", "Người hoạt động không chuyên trách ở thôn, tổ dân phố",
                         "part-time staff of a village or residential group")
    staff = ("staff", "Cán bộ, công chức, viên chức, người lao động", "staff")
    resident = ("resident", "Công dân cư trú", "resident")
    legal_representative = ("legal_representative", "Người đại diện theo pháp luật (của doanh nghiệp, người sử dụng "
                            "lao động)", "legal representative of the enterprise or employer")
    enterprise_manager = ("enterprise_manager", "Người đại diện có thẩm quyền, thành viên ban lãnh đạo, điều hành doanh "
                          "nghiệp (Luật Đ77 k2)", "authorised representative or member of the enterprise's management")


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

    socio_economic_plan = ("socio_economic_plan", "Kế hoạch phát triển kinh tế - xã hội, phương án chuyển dịch cơ "
                           "cấu kinh tế hằng năm", "the yearly socio-economic development plan and economic restructuring")
    socio_economic_results = ("socio_economic_results", "Kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm",
                              "results of the year's socio-economic development plan")
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
    DisclosurePart.socio_economic_plan: 1, DisclosurePart.socio_economic_results: 1,
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


class ConsultationForm(Vocab):
    """How residents were consulted (Luật Đ26 k1 a–h)."""

    dialogue_conference = ("dialogue_conference", "Hội nghị trao đổi, đối thoại giữa UBND cấp xã với Nhân dân (Đ26 k1 a)",
                           "dialogue conference of the commune People's Committee with residents (Art. 26(1)(a))")
    community_meeting = ("community_meeting", "Cuộc họp của cộng đồng dân cư (Đ26 k1 b)",
                         "community meeting (Art. 26(1)(b))")
    household_ballot = ("household_ballot", "Phát phiếu lấy ý kiến của hộ gia đình (Đ26 k1 c)",
                        "household ballot (Art. 26(1)(c))")
    suggestion_box = ("suggestion_box", "Hòm thư góp ý, đường dây nóng (Đ26 k1 d)",
                      "suggestion box or hotline (Art. 26(1)(d))")
    front_organisations = ("front_organisations", "Thông qua Ban công tác Mặt trận và các tổ chức chính trị - xã hội ở "
                           "cơ sở (Đ26 k1 đ)", "through the village Front work committee and mass organisations "
                           "(Art. 26(1)(đ))")
    website = ("website", "Cổng/trang thông tin điện tử của chính quyền cấp xã (Đ26 k1 e)",
               "the commune's web portal or website (Art. 26(1)(e))")
    social_network = ("social_network", "Mạng viễn thông, mạng xã hội hoạt động hợp pháp (Đ26 k1 g)",
                      "telecom networks or lawful social networks (Art. 26(1)(g))")
    subject_dialogue = ("subject_dialogue", "Đối thoại, lấy ý kiến công dân là đối tượng thi hành (Đ26 k1 h)",
                        "dialogue with the citizens a decision applies to (Art. 26(1)(h))")


class ConferenceBusiness(Vocab):
    """What a staff conference did, from its minutes: its content (Luật Đ51 k3) and its order of
    business (k4); for a village's yearly conference, the reports of Luật Đ33 k3. Each code is also a yes/no fact of the meeting, false when business is recorded
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
    # The village's yearly conference (Luật Đ33 k3; NĐ 59 Đ11 k2 b–d)
    village_head_report = ("village_head_report", "Trưởng thôn, Tổ trưởng tổ dân phố báo cáo tình hình cộng đồng và kết "
                           "quả thực hiện các nội dung đã bàn, quyết định (Luật Đ33 k3)", "the village head's report on "
                           "the community and on its decisions (Art. 33(3))")
    front_committee_report = ("front_committee_report", "Đại diện Ban công tác Mặt trận báo cáo tình hình, kết quả thực "
                              "hiện dân chủ (Luật Đ33 k3)", "the village Front work committee's report on democracy "
                              "(Art. 33(3))")
    inspection_member_report = ("inspection_member_report", "Thành viên Ban Thanh tra nhân dân được bầu tại thôn báo cáo "
                                "việc kiểm tra, giám sát (Luật Đ33 k3)", "the report of the People's Inspection Board "
                                "member elected in the village (Art. 33(3))")


class Proposer(Vocab):
    """Who proposed a staff conference (Luật Đ50 k1), a workers' conference (Đ68 k1: union_executive,
    head for the enterprise's authorised representative, staff for the workers) or a workplace dialogue."""

    union_executive = ("union_executive", "Ban Chấp hành Công đoàn cơ quan, đơn vị", "the unit's trade union executive")
    workers_organisation = ("workers_organisation", "Tổ chức đại diện khác của người lao động ở cơ sở (Luật Đ77 k1)",
                            "another workers' representative organisation at the enterprise (Art. 77(1))")
    head = ("head", "Người đứng đầu cơ quan, đơn vị", "the head of the unit")
    staff = ("staff", "Cán bộ, công chức, viên chức, người lao động cùng đề nghị", "staff, jointly")
    workers_side = ("workers_side", "Bên người lao động (thành viên đại diện đối thoại, NĐ 145 Đ40 k1 b)",
                    "the workers' side (their dialogue representatives)")
    employer_side = ("employer_side", "Bên người sử dụng lao động (NĐ 145 Đ40 k1 a)", "the employer's side")
    village_head = ("village_head", "Trưởng thôn, Tổ trưởng tổ dân phố (nội dung hương ước, NĐ61 Đ7 k1)",
                    "the village head (a covenant's content, Decree 61 Art. 7(1))")
    residents = ("residents", "Công dân cư trú tại cộng đồng dân cư (nội dung hương ước, NĐ61 Đ7 k2)",
                 "residents of the community (a covenant's content, Decree 61 Art. 7(2))")


class RegulationContent(Vocab):
    """What a workplace democracy regulation sets out for dialogue (NĐ 145/2020 Đ37 k2). Each code
    is also a yes/no fact of the document, false when contents are recorded without it."""

    dialogue_principles = ("dialogue_principles", "Nguyên tắc đối thoại tại nơi làm việc (Đ37 k2 a)",
                           "principles of workplace dialogue (Art. 37(2)(a))")
    dialogue_composition = ("dialogue_composition", "Số lượng, thành phần tham gia đối thoại của mỗi bên (Đ37 k2 b)",
                            "number and composition of each side (Art. 37(2)(b))")
    dialogue_schedule = ("dialogue_schedule", "Số lần, thời gian tổ chức đối thoại định kỳ hằng năm (Đ37 k2 c)",
                         "number and timing of the yearly periodic dialogues (Art. 37(2)(c))")
    dialogue_procedure = ("dialogue_procedure", "Cách thức tổ chức đối thoại định kỳ, khi có yêu cầu, khi có vụ việc "
                          "(Đ37 k2 d)", "how periodic, requested and matter dialogues are held (Art. 37(2)(d))")
    dialogue_responsibilities = ("dialogue_responsibilities", "Trách nhiệm của các bên khi tham gia đối thoại (Đ37 k2 đ)",
                                 "responsibilities of each side (Art. 37(2)(đ))")
    representative_protection = ("representative_protection", "Áp dụng Điều 176 BLLĐ với thành viên đại diện đối thoại "
                                 "không thuộc ban lãnh đạo tổ chức đại diện (Đ37 k2 e)", "Labour Code Art. 176 "
                                 "protection for worker representatives outside the union leadership (Art. 37(2)(e))")


class CommunityMatter(Vocab):
    """What a community decision is about: the clause of Luật Đ15 (k4 split into election and dismissal)."""

    contributions = ("contributions", "Chủ trương, mức đóng góp xây dựng cơ sở hạ tầng, công trình công cộng (Đ15 k1)",
                     "whether and how much residents contribute to infrastructure or public works (Art. 15(1))")
    funds = ("funds", "Thu, chi, quản lý các khoản đóng góp, kinh phí, tài sản của cộng đồng dân cư (Đ15 k2)",
             "collecting, spending and managing contributions, funds and assets of the community (Art. 15(2))")
    covenant = ("covenant", "Nội dung hương ước, quy ước (Đ15 k3)", "the village covenant (Art. 15(3))")
    village_head_election = ("village_head_election", "Bầu Trưởng thôn, Tổ trưởng tổ dân phố (Đ15 k4)",
                             "electing the village head (Art. 15(4))")
    village_head_dismissal = ("village_head_dismissal", "Cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố (Đ15 k4)",
                              "dismissing the village head (Art. 15(4))")
    board_members = ("board_members", "Bầu, cho thôi làm thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của "
                     "cộng đồng (Đ15 k5)", "electing or dismissing members of the People's Inspection Board or the "
                     "Community Investment Supervision Board (Art. 15(5))")
    self_management = ("self_management", "Công việc tự quản khác trong nội bộ cộng đồng dân cư (Đ15 k6)",
                       "other self-management matters of the community (Art. 15(6))")


class Convenor(Vocab):
    """Who convened and chaired a community meeting (Luật Đ18 k1; NĐ 59 Đ3 k1)."""

    village_head = ("village_head", "Trưởng thôn, Tổ trưởng tổ dân phố", "the village head")
    election_team = ("election_team", "Tổ bầu cử do Chủ tịch UBND xã thành lập", "the election team set up by the "
                     "commune chairman")
    front_committee_head = ("front_committee_head", "Trưởng ban công tác Mặt trận ở thôn, tổ dân phố",
                            "the head of the village Front work committee")
    commune_chairman = ("commune_chairman", "Chủ tịch UBND cấp xã", "the commune People's Committee chairman")
    appointed = ("appointed", "Đại diện Ban công tác Mặt trận hoặc triệu tập viên do Chủ tịch UBND xã chỉ định (khuyết "
                 "Trưởng thôn)", "a Front committee member or a convenor the commune chairman appointed (no village "
                 "head)")


BOARD_MEMBER_ROLE = {
    BoardKind.people_inspection: PersonRole.people_inspection_member,
    BoardKind.investment_supervision: PersonRole.investment_supervision_member,
}

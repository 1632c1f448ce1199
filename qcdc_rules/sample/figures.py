"""What the sample stands for: the figures its draws follow (Lai Châu's report 39-BC/BCĐ of 2023 and
its annex), the assumptions where no seed gives one, and the inspection rounds it imitates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


PROVINCES = ("lai-chau",)
YEARS = (2025, 2023)

D = dt.date

# ---------------------------------------------------------------------------------------
# The figures the draws follow. Each: value, and where it comes from. "seed 001" is the
# report 39-BC/BCĐ of 21/12/2023 of Lai Châu's steering committee with its annex (PHỤ LỤC);
# "seed 000" its summary; "seed 002" Lạng Sơn's five-year review (used where Lai Châu gives
# no figure); "assumption" means no seed gives one.
FIGURES: dict[str, tuple[float, str]] = {
    "communes_2023": (106, "seed 000 l.1; seed 001 l.112, l.116: 106 xã, phường, thị trấn"),
    "villages_total": (956, "seed 001 l.114 (footnote 12), seed 000 l.6: 956/956 thôn, bản, khu phố"),
    "covenant_share": (1.0, "seed 001 l.114: 956/956 có quy ước, đều được UBND các huyện, thành phố phê duyệt"),
    "inspection_boards": (106, "seed 001 l.116 (footnote 13): 106 ban thanh tra nhân dân / 106 xã"),
    "inspection_members": (963, "seed 001 l.116: 963 thành viên (≈ one per village)"),
    "investment_boards": (118, "seed 001 l.116: 118 ban giám sát đầu tư của cộng đồng / 106 xã"),
    "investment_members": (661, "seed 001 l.116: 661 thành viên (≈ 5.6 per board)"),
    "board_recommendations": (37, "seed 001 l.116: kiến nghị xử lý 37 vụ việc (of 147 supervised)"),
    "district_trainings": (451, "seed 001 l.296 (annex 3, cấp huyện): 451 cuộc/lớp/hội nghị"),
    "district_trainees": (32286, "seed 001 l.298 (annex 3, cấp huyện): 32.286 người tham gia"),
    "commune_chair_receptions": (1111, "seed 001 l.62 (footnote 5: chủ tịch UBND các cấp tiếp dân 1.170 cuộc) "
                                       "minus l.328 (annex 6.1, tỉnh: 2) and l.334 (annex 6.2, huyện: 57)"),
    "commune_chair_dialogues": (332, "seed 001 l.62 (footnote 5: đối thoại 350 cuộc) minus l.328 (2) and l.334 (16)"),
    "citizens_per_reception": (900 / 771, "seed 001 l.150 (footnote 20): tiếp 771 lượt với 900 người"),
    "commune_procedures": (61, "seed 001 l.146 (footnote 18): cấp xã là 61 danh mục thủ tục hành chính"),
    "commune_online_share": (0.575, "seed 001 l.146 (footnote 18): hồ sơ xử lý trên môi trường mạng cấp xã 57,5% "
                                    "(used as the share of communes with a website, 2023 map)"),
    "agencies_with_conference": (536, "seed 001 l.152: 536 cơ quan, đơn vị tổ chức hội nghị CBCCVC, \"một số đơn vị "
                                      "tổ chức lồng ghép với các cuộc họp tổng kết cuối năm\""),
    "agency_boards_share": (1.0, "seed 001 l.152: 100% các đơn vị thành lập, kiện toàn ban thanh tra nhân dân"),
    "soes": (16, "seed 001 l.162: doanh nghiệp nhà nước và khối ngân hàng (16 đơn vị), đều có công đoàn"),
    "soe_conference_share": (1.0, "seed 001 l.170: 100% doanh nghiệp nhà nước tiến hành đối thoại và tổ chức hội "
                                  "nghị người lao động"),
    "enterprise_dialogue_share": (1.0, "seed 001 l.178: 100% doanh nghiệp ngoài nhà nước có tổ chức công đoàn đều "
                                       "tổ chức đối thoại"),
    "enterprise_conference_share": (0.773, "seed 002 l.178 (Lạng Sơn): doanh nghiệp có công đoàn đủ điều kiện tổ "
                                           "chức hội nghị người lao động bình quân 77,3%/năm"),
    "population": (470000, "seed 000 l.1: dân số trên 47 vạn người, dân tộc thiểu số trên 85%"),
}

# Assumptions (no seed gives these): the share of each thing done, before a unit's own
# diligence moves it (see _Unit.chance).
ASSUMED = {
    "household_size": 4.7,          # persons per household: 470,000 people → ~100,000 households
    "trained_share": 0.85,          # role holders trained (NQ 75 sets 100% as the target)
    "regulation_share": 0.93,       # units with a democracy regulation under Law 10/2022
    "measures_resolution_2025": 0.6,  # commune councils with the NQ 75 Art. 3 k4 resolution
    "measures_resolution_2023": 0.3,
    "website_2025": 0.8,
    "loudspeaker": 0.85,
    "village_conference": 0.92,
    "covenant_review": 0.78,
    "enterprise_union": 0.6,
}

# The evidence the rules added since the first rulesets look at (Luật 10/2022 Đ11–45, 46–82; NĐ 59/2023,
# NĐ 61/2023, NĐ 145/2020; Luật Tiếp công dân). Each share is an assumption unless a seed line is
# cited; each unit's diligence moves them (_Unit.chance). These draws come from streams of their own
# (_Unit.fork, "rules"), so the draws above, and every figure that follows a seed, are as they were.
ASSUMED_RULES: dict[str, float] = {
    "looked": 0.97,                  # the inspector looked for a kind of record not kept and noted it (not_found)
    "looked_rare": 0.995,            # … for a kind seldom there (a complaint, a request, a case)
    "village_head_election": 0.3,    # villages electing their head within the inspected period
    "village_head_dismissal": 0.02,
    "covenant_amended": 0.12,        # covenants amended in the period (NQ 75 Art. 3 k6 asks for reviews)
    "old_covenant_conforms": 0.8,    # old covenants whose review was not recorded: found to conform
    "household_ballot": 0.08,        # a village ballot after a meeting lacked households
    "online_vote_urban": 0.1,        # residential groups deciding online
    "citizen_initiative": 0.06,
    "dispersed_village": 0.15,       # highland villages whose households live scattered
    "cluster_meeting": 0.4,          # their meetings held in clusters
    "commune_wide_matter": 0.3,      # communes putting a commune-wide matter to residents
    "consultation_plan": 0.75,       # residents consulted on the socio-economic plan
    "consultation_obligation": 0.3,  # an administrative decision that imposes obligations (Luật Đ27)
    "consultation_higher": 0.35,     # a matter a higher authority decides (planning)
    "disclosure_not_posted": 0.08,   # a decided item not posted (seed 002 l.216: niêm yết chưa kịp thời)
    "community_decision_annulment": 0.03,
    "covenant_complaint": 0.02,
    "yearly_paper": 0.7,             # a yearly report, review or plan kept
    "investment_recommendation": 8 / 120,  # seed 001 l.116: kiến nghị 8 of 120 dự án, vụ việc supervised
    "agency_monthly_plans": 0.7,     # agencies posting a work plan every month
    "receptions_monthly": 0.8,       # agency heads receiving citizens every month
    "conference_request": 0.05,
    "staff_request": 0.1,            # a staff member asking for a disclosed item
    "board_recommendation_agency": 0.2,
    "dialogue_request": 0.08,
    "non_union_workers": 0.3,        # unionised enterprises with workers outside the union
}

# The annex (PHỤ LỤC) of 39-BC/BCĐ, 2023 (seed 001, l.249–340): what the activity records of
# the province, its districts (2023 map) and its communes follow. Province figures are the
# province's own and are not scaled; district and commune totals are scaled to a smaller sample.
ANNEX: dict[str, tuple[float, str]] = {
    "province_direction_party": (1, "seed 001 l.257 (annex 1.1): Tỉnh ủy 01"),
    "province_direction_government": (0, "seed 001 l.258: UBND tỉnh 0"),
    "province_direction_bcd": (6, "seed 001 l.259: Ban chỉ đạo tỉnh 2 kế hoạch, 2 thông báo, 2 công văn"),
    "province_direction_front": (0, "seed 001 l.260: Mặt trận Tổ quốc tỉnh 0"),
    "province_direction_organisations": (3, "seed 001 l.261: các tổ chức chính trị - xã hội tỉnh 3"),
    "district_direction_party": (19, "seed 001 l.265 (annex 1.2): cấp ủy, tổ chức đảng 19"),
    "district_direction_government": (66, "seed 001 l.266: chính quyền 66"),
    "district_direction_bcd": (124, "seed 001 l.267: Ban chỉ đạo 124"),
    "district_direction_front": (36, "seed 001 l.268: Mặt trận Tổ quốc 36"),
    "district_direction_organisations": (55, "seed 001 l.269: các tổ chức chính trị - xã hội 55"),
    "province_law_government": (2, "seed 001 l.276 (annex 2.1): chính quyền 01 kế hoạch, 01 công văn"),
    "district_law_party": (2, "seed 001 l.281 (annex 2.2): cấp ủy 2 kế hoạch"),
    "district_law_government": (14, "seed 001 l.282: chính quyền 10 kế hoạch, 4 công văn"),
    "district_law_bcd": (5, "seed 001 l.283: Ban Chỉ đạo 5 kế hoạch"),
    "province_trainings": (5, "seed 001 l.289 (annex 3, cấp tỉnh): 05 cuộc/lớp/hội nghị"),
    "province_trainees": (500, "seed 001 l.290: 500 người tham gia (l.292: the target groups)"),
    "district_trainings": (451, "seed 001 l.296 (annex 3, cấp huyện): 451 (l.298: 32.286 người; l.300: groups)"),
    "district_trainees": (32286, "seed 001 l.298: 32.286 người tham gia"),
    "province_inspections": (1, "seed 001 l.306 (annex 4, cấp tỉnh): 01 đoàn/lượt"),
    "province_inspected_units": (18, "seed 001 l.308: 18 đơn vị cơ sở"),
    "district_inspections": (30, "seed 001 l.312 (annex 4, cấp huyện): 30 đoàn/lượt"),
    "district_inspected_units": (180, "seed 001 l.314: 180 đơn vị cơ sở"),
    "rural_money_million": (1744, "seed 001 l.318 (annex 5): 1.744 triệu đồng huy động sức dân"),
    "rural_land_m2": (157974, "seed 001 l.320: 157.974 m² đất nhân dân hiến"),
    "province_secretary": (0, "seed 001 l.326 (annex 6.1): Bí thư Tỉnh ủy tiếp dân 0, đối thoại 0"),
    "province_chair": (2, "seed 001 l.328: Chủ tịch UBND tỉnh tiếp dân 2, đối thoại 2"),
    "district_secretary_receptions": (16, "seed 001 l.332 (annex 6.2): Bí thư huyện/thành ủy tiếp dân 16"),
    "district_secretary_dialogues": (13, "seed 001 l.332: đối thoại 13"),
    "district_chair_receptions": (57, "seed 001 l.334: Chủ tịch UBND huyện/thành phố tiếp dân 57"),
    "district_chair_dialogues": (16, "seed 001 l.334: đối thoại 16"),
    "commune_secretary_receptions": (560, "seed 001 l.338 (annex 6.3): Bí thư xã/phường/thị trấn tiếp dân 560"),
    "commune_secretary_dialogues": (125, "seed 001 l.338: đối thoại 125 (chairmen, l.340: 1.113 and 312; the "
                                         "profiles' draws follow footnote 5, see commune_chair_*)"),
}
# Commune records: no seed figure for these (assumptions, per commune and year).
ANNEX_ASSUMED = {
    "commune_party_direction": 2.0,  # Đảng ủy xã: kế hoạch, chỉ thị, thông báo on grassroots democracy
    "commune_front_direction": 1.0,
    "commune_organisations_direction": 1.5,
    "commune_party_law_plan": 0.6,
    "commune_inspections": 1.2,  # the commune's inspections of its villages
    "commune_training_participants": (25, 90),  # a training the commune organised
}


@dataclass(frozen=True)
class Round:
    """The inspection round a sample stands for: the map, the as-of date, the periods."""

    year: int
    as_of: dt.date
    local_since: dt.date  # communes and villages: inspected from
    province_since: dt.date  # province-level units
    label: str
    annex_year: int  # the calendar year of the steering committees' activity records (the annex)


ROUNDS = {
    2025: Round(2025, D(2026, 4, 15), D(2025, 7, 1), D(2024, 10, 1),
                "đợt kiểm tra quý II/2026 (xã, phường từ 01/07/2025; năm đánh giá 2025)", 2025),
    2023: Round(2023, D(2025, 4, 15), D(2024, 1, 1), D(2023, 10, 1),
                "đợt kiểm tra quý II/2025, trước khi sắp xếp đơn vị hành chính (năm đánh giá 2024)", 2024),
}
NQ75_FROM = D(2024, 12, 9)
LAW_FROM = D(2023, 7, 1)

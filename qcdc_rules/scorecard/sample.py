"""A synthetic province of unit profiles, for trying the scorecard (``qcdc-check sample``).

Nothing here is an inspection record. The communes are Lai Châu's real ones (the 38 of
01/07/2025, or the 106 before, from ``data/lai-chau-2025-commune-merger.csv``); everything
recorded about them — villages, people, documents, meetings, dates, numbers — is drawn at
random. The draws follow the province's own figures where a seed document gives one
(``FIGURES``: Báo cáo 39-BC/BCĐ of the Lai Châu steering committee, 21/12/2023, and its
annex), and an assumption, said to be one, where none does.

Every profile says it is synthetic: the ``inspected_by`` text, the ``notes`` and a comment
at the top of the file; the folder gets a README.md with the seed and how it was made.

Every rule that binds a unit of the sample finds its evidence there: mostly met, some not
(late, incomplete, a step missing), and a small share unrecorded, as when an inspector did
not see a record (``ASSUMED_RULES``; drawn from streams of their own, see ``_Unit.fork``).

Same seed, same bytes: every draw comes from ``random.Random`` seeded from the seed (one
generator per unit, seeded with the seed and the unit's key, so that a smaller sample,
``communes=N``, holds the same profiles as the full province for the communes it keeps).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import math
import random
import unicodedata
from dataclasses import dataclass, field

from yaml.nodes import ScalarNode

from ..crosswalk import lai_chau_2025
from ..load.yaml_loader import _Dumper
from ..time.calendar import next_working_day
from ..time.periods import Period, closed_periods

PROVINCES = ("lai-chau",)
YEARS = (2025, 2023)

D = dt.date
_RESOLVER = _Dumper(None)  # how the loader, and YAML 1.1 readers, would read a plain scalar

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
# Lai Châu's city and seven districts before 01/07/2025 (the seeds name Tam Đường, Tân Uyên
# and Than Uyên; which commune was in which is not given, so the profiles carry no district).
DISTRICTS = [("thành phố", "Lai Châu"), ("huyện", "Tam Đường"), ("huyện", "Phong Thổ"), ("huyện", "Sìn Hồ"),
             ("huyện", "Mường Tè"), ("huyện", "Nậm Nhùn"), ("huyện", "Tân Uyên"), ("huyện", "Than Uyên")]
# Who organised a training the profiles mention, by level (the annex counts it there).
PROVINCE_ORGANISERS = ("Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh", "Ủy ban MTTQ Việt Nam tỉnh Lai Châu",
                       "Liên đoàn Lao động tỉnh Lai Châu", "Công đoàn Viên chức tỉnh Lai Châu")

TITLE = {"xã": "xã", "phường": "phường", "thị trấn": "thị trấn", "đặc khu": "đặc khu"}

# ---------------------------------------------------------------------------------------
# Names. Common family, middle and given names of Lai Châu's Thái, Hmông, Dao and Kinh
# people, and the shapes of their village names (Thái: Nà, Phiêng, Huổi…; Hmông: …Chải,
# …Phìn…). Any resemblance to a real person is chance.
NAMES = {
    "thai": {
        "family": ["Lò", "Lường", "Tao", "Điêu", "Hoàng", "Cầm", "Quàng", "Lù", "Vì", "Lê"],
        "male_middle": ["Văn"],
        "female_middle": ["Thị"],
        "male": ["Sơn", "Pọm", "Ánh", "Xuân", "Thoan", "Khánh", "Tiến", "Chiến", "Điện", "Ngọc", "Hặc", "Pâng",
                 "Inh", "Thanh", "Quân", "Hưởng", "Ngoan", "Tuấn", "Bun", "Khăm", "Xiêng", "Toản", "Hiên", "Thìn"],
        "female": ["Hoa", "Nga", "Lả", "Phương", "Ơn", "Ín", "Thoa", "Nhung", "Hiền", "Thu", "Lan", "Hương",
                   "Dung", "Mai", "Chăm", "Oanh", "Xuân", "Ngọc", "Bun", "Pỏm"],
    },
    "hmong": {
        "family": ["Giàng", "Vàng", "Sùng", "Lý", "Thào", "Mùa", "Lầu", "Hờ", "Sình", "Chang", "Tráng"],
        "male_middle": ["A", "A", "A", "A", "Seo", "Văn"],
        "female_middle": ["Thị"],
        "male": ["Chứ", "Súa", "Lềnh", "Sử", "Páo", "Pó", "Dế", "Dua", "Tủa", "Chớ", "Lử", "Chẩn", "Khua", "Dính",
                 "Say", "Tông", "Vảng", "Nhà", "Lồng", "Sinh", "Sềnh", "Thắng", "Cở", "Chá"],
        "female": ["Mai", "Dợ", "Chía", "Dua", "Sua", "Pàng", "Mỷ", "Sú", "Say", "Ly", "Xuân", "Cở", "Dế", "Dinh",
                   "Pà", "Mỵ"],
    },
    "dao": {
        "family": ["Tẩn", "Chảo", "Lý", "Phàn", "Đặng", "Triệu"],
        "male_middle": ["Láo", "Văn", "A", "Láo"],
        "female_middle": ["Mý", "Thị", "Mý"],
        "male": ["Lở", "Lù", "Sài", "Vần", "Chòi", "Phẩu", "Chấn", "Quẩy", "San", "Tả", "Dín", "Cao", "Khé", "Chiêu"],
        "female": ["Mẩy", "Lai", "Chài", "Phin", "Siểu", "Kiều", "Dùa", "Xiêm", "Chạn", "Mẩn", "Slam"],
    },
    "kinh": {
        "family": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Đặng", "Bùi", "Ngô", "Đinh", "Phan",
                   "Trịnh"],
        "male_middle": ["Văn", "Minh", "Quang", "Đức", "Xuân", "Mạnh", "Thanh", "Hữu"],
        "female_middle": ["Thị", "Thu", "Thanh", "Hồng", "Ngọc", "Minh", "Thị"],
        "male": ["Hà", "Huy", "Tuấn", "Hải", "Nam", "Hùng", "Thành", "Long", "Dũng", "Cường", "Tiến", "Bình", "Sơn",
                 "Thắng", "Trung", "Hiếu", "Quyết", "Khánh"],
        "female": ["Hương", "Lan", "Dung", "Thủy", "Trang", "Linh", "Hạnh", "Huyền", "Nhung", "Oanh", "Hà", "Mai",
                   "Yến", "Thảo", "Giang"],
    },
}

VILLAGE_NAMES = {
    "thai": (["Nà", "Bản", "Phiêng", "Hua", "Huổi", "Nậm", "Pá", "Co", "Noong", "Tà", "Pắc", "Thẳm", "Hô", "Na",
              "Lả", "Khau", "Phai", "Ten"],
             ["Khum", "Bó", "Mỳ", "Đon", "Phát", "Lẹ", "Ít", "Luông", "Sẳng", "Củng", "Cại", "Pầu", "Mu", "Mấn",
              "Cang", "Hon", "Bon", "Tra", "Sang", "Lầu", "Khoang", "Xe", "Dạo", "Hài", "Uôn", "Ngà", "Tòng", "Hằn",
              "Ngoại", "Sôm", "Cuông", "Đanh"]),
    "hmong": (["Sin", "Lao", "Tả", "Phìn", "Séo", "Sì", "Lùng", "Ngải", "Hồ", "Chu", "Làng", "Xà", "Sàng", "Pa",
               "Sán", "Pờ", "Cư", "Van", "Sùng", "Mào"],
              ["Chải", "Hồ", "Thàng", "Phìn", "Thầu", "Pên", "Va", "Ma", "Mô", "Sáng", "Lử", "Dền", "Tủng", "Chồ",
               "Xả", "Sang", "Chô", "Giang", "Pờ", "Lìn", "Tổng", "Pe"]),
    "dao": (["Phiêng", "Sen", "Nậm", "Cò", "Tả", "Pa", "Lùng", "Trung", "Hồng", "Sơn", "Nà"],
            ["Chá", "Thượng", "Hạ", "Lùng", "Làng", "Thàng", "Sài", "Khoang", "Phàng", "Mỏ", "Coóc", "Tòng"]),
    "kinh": (["Thôn", "Bản"], ["Đội 1", "Đội 2", "Đội 3", "Tân Lập", "Đoàn Kết", "Thống Nhất", "Hòa Bình",
                                "Tân Bình", "Trung Tâm", "Hợp Nhất", "Quyết Thắng"]),
}

# Province-level units: real names (after the reorganisation of 2025, or before it), but
# every fact recorded about them is drawn at random.
AGENCIES = {
    2025: ["Văn phòng Ủy ban nhân dân tỉnh Lai Châu", "Sở Nội vụ tỉnh Lai Châu", "Sở Tài chính tỉnh Lai Châu",
           "Sở Tư pháp tỉnh Lai Châu", "Sở Xây dựng tỉnh Lai Châu", "Sở Công Thương tỉnh Lai Châu",
           "Sở Nông nghiệp và Môi trường tỉnh Lai Châu", "Sở Giáo dục và Đào tạo tỉnh Lai Châu",
           "Sở Y tế tỉnh Lai Châu", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
           "Sở Khoa học và Công nghệ tỉnh Lai Châu", "Sở Dân tộc và Tôn giáo tỉnh Lai Châu", "Thanh tra tỉnh Lai Châu",
           "Ban Quản lý Khu kinh tế tỉnh Lai Châu"],
    2023: ["Văn phòng Ủy ban nhân dân tỉnh Lai Châu", "Sở Nội vụ tỉnh Lai Châu", "Sở Tài chính tỉnh Lai Châu",
           "Sở Kế hoạch và Đầu tư tỉnh Lai Châu", "Sở Tư pháp tỉnh Lai Châu", "Sở Xây dựng tỉnh Lai Châu",
           "Sở Công Thương tỉnh Lai Châu", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lai Châu",
           "Sở Tài nguyên và Môi trường tỉnh Lai Châu", "Sở Giao thông vận tải tỉnh Lai Châu",
           "Sở Giáo dục và Đào tạo tỉnh Lai Châu", "Sở Y tế tỉnh Lai Châu",
           "Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
           "Sở Khoa học và Công nghệ tỉnh Lai Châu", "Sở Thông tin và Truyền thông tỉnh Lai Châu",
           "Ban Dân tộc tỉnh Lai Châu", "Thanh tra tỉnh Lai Châu"],
}
# (name, parent, staff range, fully state-funded, school)
PUBLIC_SERVICE_UNITS = {
    2025: [("Bệnh viện Đa khoa tỉnh Lai Châu", "Sở Y tế", (320, 480), False, False),
           ("Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu", "Sở Y tế", (60, 110), True, False),
           ("Trường Cao đẳng Cộng đồng Lai Châu", "Ủy ban nhân dân tỉnh", (80, 140), False, True),
           ("Trường Trung học phổ thông Chuyên Lê Quý Đôn", "Sở Giáo dục và Đào tạo", (55, 80), True, True),
           ("Trường Phổ thông Dân tộc nội trú tỉnh Lai Châu", "Sở Giáo dục và Đào tạo", (50, 75), True, True),
           ("Trung tâm Phục vụ hành chính công tỉnh Lai Châu", "Văn phòng UBND tỉnh", (15, 30), True, False),
           ("Báo và Phát thanh, Truyền hình Lai Châu", "Ủy ban nhân dân tỉnh", (110, 160), False, False),
           ("Trung tâm Dịch vụ việc làm tỉnh Lai Châu", "Sở Nội vụ", (18, 35), False, False),
           ("Trung tâm Khuyến nông tỉnh Lai Châu", "Sở Nông nghiệp và Môi trường", (25, 45), True, False),
           ("Bệnh viện Y dược cổ truyền tỉnh Lai Châu", "Sở Y tế", (70, 120), False, False),
           ("Trung tâm Lưu trữ lịch sử tỉnh Lai Châu", "Sở Nội vụ", (6, 12), True, False),
           ("Trường Trung học phổ thông Bình Lư", "Sở Giáo dục và Đào tạo", (55, 75), True, True)],
    2023: [("Bệnh viện Đa khoa tỉnh Lai Châu", "Sở Y tế", (320, 480), False, False),
           ("Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu", "Sở Y tế", (60, 110), True, False),
           ("Trường Cao đẳng Cộng đồng Lai Châu", "Ủy ban nhân dân tỉnh", (80, 140), False, True),
           ("Trường Trung học phổ thông Chuyên Lê Quý Đôn", "Sở Giáo dục và Đào tạo", (55, 80), True, True),
           ("Trường Phổ thông Dân tộc nội trú tỉnh Lai Châu", "Sở Giáo dục và Đào tạo", (50, 75), True, True),
           ("Đài Phát thanh và Truyền hình tỉnh Lai Châu", "Ủy ban nhân dân tỉnh", (90, 130), False, False),
           ("Trung tâm Dịch vụ việc làm tỉnh Lai Châu", "Sở Lao động - Thương binh và Xã hội", (18, 35), False,
            False),
           ("Trung tâm Khuyến nông tỉnh Lai Châu", "Sở Nông nghiệp và Phát triển nông thôn", (25, 45), True, False),
           ("Bệnh viện Y dược cổ truyền tỉnh Lai Châu", "Sở Y tế", (70, 120), False, False),
           ("Trung tâm Y tế huyện Than Uyên", "Sở Y tế", (150, 230), False, False),
           ("Trung tâm Lưu trữ lịch sử tỉnh Lai Châu", "Sở Nội vụ", (6, 12), True, False),
           ("Trường Trung học phổ thông Bình Lư", "Sở Giáo dục và Đào tạo", (55, 75), True, True)],
}
# 16 state-owned enterprises and banks (seed 001 §III.3.1 gives the count, not the names).
SOES = [("Công ty TNHH một thành viên Khai thác công trình thủy lợi Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu"),
        ("Công ty TNHH một thành viên Xổ số kiến thiết Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu"),
        ("Công ty Điện lực Lai Châu", "Tổng công ty Điện lực miền Bắc"),
        ("Viễn thông Lai Châu", "Tập đoàn Bưu chính Viễn thông Việt Nam"),
        ("Bưu điện tỉnh Lai Châu", "Tổng công ty Bưu điện Việt Nam"),
        ("Viettel Lai Châu", "Tổng công ty Giải pháp doanh nghiệp Viettel"),
        ("Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh tỉnh Lai Châu",
         "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam"),
        ("Ngân hàng TMCP Công Thương Việt Nam Chi nhánh Lai Châu", "Ngân hàng TMCP Công Thương Việt Nam"),
        ("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam Chi nhánh Lai Châu",
         "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
        ("Ngân hàng TMCP Ngoại thương Việt Nam Chi nhánh Lai Châu", "Ngân hàng TMCP Ngoại thương Việt Nam"),
        ("Ngân hàng Chính sách xã hội Chi nhánh tỉnh Lai Châu", "Ngân hàng Chính sách xã hội"),
        ("Công ty Xăng dầu Lai Châu", "Tập đoàn Xăng dầu Việt Nam"),
        ("Công ty cổ phần Cấp nước Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu (cổ đông nhà nước)"),
        ("Công ty Thủy điện Huội Quảng - Bản Chát", "Tập đoàn Điện lực Việt Nam"),
        ("Bảo Việt Lai Châu", "Tập đoàn Bảo Việt"),
        ("Công ty Truyền tải điện Lai Châu", "Tổng công ty Truyền tải điện quốc gia")]
ENTERPRISE_KINDS = ["Công ty cổ phần Chè {p}", "Công ty TNHH Xây dựng {p}", "Hợp tác xã Nông nghiệp {p}",
                    "Công ty cổ phần Thủy điện {p}", "Công ty TNHH Thương mại và Dịch vụ {p}",
                    "Hợp tác xã Dịch vụ tổng hợp {p}", "Công ty TNHH Vận tải {p}", "Công ty cổ phần Mắc ca {p}",
                    "Công ty TNHH Du lịch sinh thái {p}", "Hợp tác xã Chè {p}", "Công ty cổ phần Quế {p}",
                    "Công ty TNHH Khai thác đá {p}"]
# Province-level units of a full sample (state agencies and public service units: the
# lists; SOEs: seed 001; enterprises: an assumption). A smaller sample scales them.
FULL_ENTERPRISES = 20
# What an employer discloses to its workers, by point: Luật 10/2022 Đ64 k1 (a–h) for a state-owned
# enterprise, NĐ 145/2020 Đ43 k1 (a–g) for the others (subjects as a sample records them).
SOE_ITEMS = ("Kế hoạch sản xuất, kinh doanh, đầu tư phát triển", "Tình hình thực hiện kế hoạch sản xuất, kinh doanh",
             "Phương án sắp xếp, cơ cấu lại doanh nghiệp", "Nội quy lao động, thang lương, bảng lương, định mức lao "
             "động", "Trích lập, sử dụng quỹ khen thưởng, phúc lợi", "Thỏa ước lao động tập thể",
             "Quy chế thực hiện dân chủ ở cơ sở tại nơi làm việc, nghị quyết hội nghị người lao động",
             "Nội dung khác theo quy định của pháp luật")
ENTERPRISE_ITEMS = ("Tình hình sản xuất, kinh doanh", "Nội quy lao động, thang lương, bảng lương, định mức lao động, "
                    "quy chế của doanh nghiệp", "Thỏa ước lao động tập thể", "Trích lập, sử dụng quỹ khen thưởng, "
                    "phúc lợi và các quỹ do người lao động đóng góp", "Trích nộp kinh phí công đoàn, đóng bảo hiểm "
                    "xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp", "Thi đua, khen thưởng, kỷ luật, giải quyết khiếu "
                    "nại, tố cáo liên quan đến người lao động", "Nội dung khác theo quy định của pháp luật")

SYNTHETIC = "Dữ liệu giả lập"
INSPECTED_BY = "{s} (qcdc-check sample, seed {seed}) — không phải kết quả kiểm tra thật"


# ---------------------------------------------------------------------------------------
# YAML. A small writer for the plain data of a profile (mappings, lists, text, numbers,
# booleans, dates), short mappings on one line like the bundled cases; PyYAML's own dumper
# takes several times longer over a thousand files. A text is written plain only where
# the loader (and YAML 1.1 readers) read it back as the same text, else double-quoted.
class _Flow(dict):
    """A mapping written on one line: {place: village, from: 2025-01-02}."""


class _FlowList(list):
    """A list of plain values written on one line: [head_report, staff_discussion]."""


_PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@` ")
_PLAIN: dict[tuple[str, bool], bool] = {}


def _plain_ok(text: str, flow: bool) -> bool:
    key = (text, flow)
    ok = _PLAIN.get(key)
    if ok is None:
        ok = bool(text) and text[0] not in _PLAIN_BAD_START and text[-1] != " " and "\n" not in text \
            and ": " not in text and " #" not in text and not text.endswith(":") \
            and not (flow and any(c in text for c in ",[]{}:#")) and text.isprintable()
        if ok:
            ok = _RESOLVER.resolve(ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"
        _PLAIN[key] = ok
    return ok


def _scalar(value, flow: bool = False) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if _plain_ok(text, flow) else json.dumps(text, ensure_ascii=False)


def _emit(value, indent: int, out: list[str]) -> None:
    """A block mapping or list at ``indent`` spaces; lists sit at their key's column."""
    pad = " " * indent
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, _Flow):
                out.append(f"{pad}{k}: {_flow(v)}\n")
            elif isinstance(v, _FlowList):
                out.append(f"{pad}{k}: [" + ", ".join(_scalar(x, True) for x in v) + "]\n")
            elif isinstance(v, dict):
                out.append(f"{pad}{k}:\n")
                _emit(v, indent + 2, out)
            elif isinstance(v, list):
                out.append(f"{pad}{k}:" + (" []\n" if not v else "\n"))
                _emit(v, indent, out)
            else:
                out.append(f"{pad}{k}: {_scalar(v)}\n")
    else:
        for item in value:
            if isinstance(item, _Flow):
                out.append(f"{pad}- {_flow(item)}\n")
            elif isinstance(item, dict):
                sub: list[str] = []
                _emit(item, indent + 2, sub)
                out.append(f"{pad}- " + sub[0][indent + 2:])
                out.extend(sub[1:])
            else:
                out.append(f"{pad}- {_scalar(item)}\n")


def _flow(mapping: dict) -> str:
    return "{" + ", ".join(f"{k}: {_scalar(v, True)}" for k, v in mapping.items()) + "}"


def _yaml(header: list[str], data: dict) -> str:
    out = [f"# {line}\n" for line in header]
    _emit(data, 0, out)
    return unicodedata.normalize("NFC", "".join(out))


def slug(text: str) -> str:
    """ASCII, lower case, words joined by hyphens: 'Mường Kim' → 'muong-kim'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_ = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode()
    out = "".join(c.lower() if c.isalnum() else "-" for c in ascii_)
    return "-".join(p for p in out.split("-") if p)


# ---------------------------------------------------------------------------------------
# The administrative map.
@dataclass
class Village:
    name: str
    kind: str  # bản, thôn, tổ dân phố
    households: int
    ethnic: str


@dataclass
class Commune:
    kind: str
    name: str
    villages: list[Village]
    predecessors: list[str] = field(default_factory=list)  # "kind name" of the units merged into it
    urban: bool = False


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


def _rng(seed: int, *key: object) -> random.Random:
    return random.Random("qcdc-sample/" + "/".join(map(str, (seed, *key))))


def _province_map(seed: int) -> tuple[list[tuple[str, str, str, str]], dict[tuple[str, str], list[Village]]]:
    """The 106 old units (old kind, old name, new kind, new name) in the crosswalk's order,
    and the villages of each old unit: 956 in all (seed 001), unique within each new unit."""
    walk = lai_chau_2025()
    rows = [(old.kind, old.name, new.kind, new.name) for old, new in walk.successors.items()]
    rng = _rng(seed, "map")
    total = int(FIGURES["villages_total"][0])
    weights = [rng.gammavariate(4.0, 1.0) * (0.8 if kind != "xã" else 1.0) for kind, *_ in rows]
    counts = [4] * len(rows)
    left = total - sum(counts)
    share = [w / sum(weights) for w in weights]
    extra = [math.floor(left * s) for s in share]
    counts = [c + e for c, e in zip(counts, extra)]
    for i in sorted(range(len(rows)), key=lambda i: -(left * share[i] - extra[i]))[:total - sum(counts)]:
        counts[i] += 1
    villages: dict[tuple[str, str], list[Village]] = {}
    used: dict[tuple[str, str], set[str]] = {}
    for (old_kind, old_name, new_kind, new_name), n in zip(rows, counts):
        vr = _rng(seed, "villages", old_kind, old_name)
        taken = used.setdefault((new_kind, new_name), set())
        urban = old_kind in ("phường", "thị trấn")
        mix = _ethnic_mix(vr, urban)
        out = []
        for i in range(n):
            if old_kind == "phường" or (old_kind == "thị trấn" and i < n // 2 + 1):
                # numbered per old unit; a merged unit qualifies repeats by the old name (communes())
                name, kind = f"Tổ dân phố số {i + 1}", "tổ dân phố"
                ethnic, households = vr.choices(*zip(*mix))[0], vr.randint(90, 320)
            else:
                ethnic = vr.choices(*zip(*mix))[0]
                kind = "thôn" if ethnic == "kinh" or vr.random() < 0.08 else "bản"
                name = _village_name(vr, ethnic, taken)
                households = max(25, round(vr.gauss(_HOUSEHOLDS, _HOUSEHOLDS / 3)))
            taken.add(name)
            out.append(Village(name, kind, households, ethnic))
        villages[(old_kind, old_name)] = out
    return rows, villages


def _ethnic_mix(rng: random.Random, urban: bool) -> list[tuple[str, float]]:
    """Shares of the ethnic groups in a commune: Lai Châu is over 85% ethnic minorities
    (seed 000); the largest groups are Hmông, Thái and Dao (an assumption on their shares)."""
    if urban:
        return [("kinh", 0.55), ("thai", 0.3), ("hmong", 0.1), ("dao", 0.05)]
    main = rng.choices(["hmong", "thai", "dao", "kinh"], [0.42, 0.36, 0.14, 0.08])[0]
    rest = {"hmong": 0.3, "thai": 0.3, "dao": 0.2, "kinh": 0.2}
    return [(e, 0.7 if e == main else 0.3 * rest[e] / (1 - rest[main])) for e in ("hmong", "thai", "dao", "kinh")]


def _village_name(rng: random.Random, ethnic: str, taken: set[str]) -> str:
    first, second = VILLAGE_NAMES[ethnic]
    for _ in range(200):
        name = f"{rng.choice(first)} {rng.choice(second)}"
        if ethnic == "kinh" and name.startswith(("Thôn ", "Bản ")):
            name = name.split(" ", 1)[1]
        if name not in taken:
            return name
    n = 2
    while f"{name} {n}" in taken:
        n += 1
    return f"{name} {n}"


# Households per village: 470,000 people (seed 000) / 4.7 a household (assumed) / 956 villages.
_HOUSEHOLDS = FIGURES["population"][0] / ASSUMED["household_size"] / FIGURES["villages_total"][0]


def communes(seed: int, year: int) -> list[Commune]:
    """The communes of the map, in the crosswalk's order, each with its villages."""
    rows, villages = _province_map(seed)
    if year == 2023:
        return [Commune(ok, on, villages[(ok, on)], urban=ok in ("phường", "thị trấn")) for ok, on, _, _ in rows]
    out: dict[tuple[str, str], Commune] = {}
    for ok, on, nk, nn in rows:
        c = out.setdefault((nk, nn), Commune(nk, nn, [], urban=nk == "phường"))
        names = {v.name for v in c.villages}
        for v in villages[(ok, on)]:
            c.villages.append(v if v.name not in names else Village(f"{v.name} {on}", v.kind, v.households, v.ethnic))
        c.predecessors.append(f"{ok} {on}")
    return list(out.values())


# ---------------------------------------------------------------------------------------
# One unit's draws.
class _Unit:
    """A unit's random generator and its diligence: a unit that keeps good records keeps
    them for most duties, so findings cluster by unit as they do in real inspections."""

    def __init__(self, seed: int, *key: object):
        self.rng = _rng(seed, *key)
        self.diligence = self.rng.betavariate(2.2, 2.2)
        self.people: set[str] = set()

    def fork(self, seed: int, *key: object) -> "_Unit":
        """The same unit (its diligence, the names it has used) drawing from a stream of its own,
        so that draws added later leave the unit's earlier draws, and what follows from them, as
        they were."""
        other = _Unit.__new__(_Unit)
        other.rng, other.diligence, other.people = _rng(seed, *key), self.diligence, self.people
        return other

    def chance(self, p: float) -> bool:
        p = min(0.99, max(0.01, p + (self.diligence - 0.5) * 0.4))
        return self.rng.random() < p

    def pick(self, *options):
        """One of (value, weight) pairs."""
        values, weights = zip(*options)
        return self.rng.choices(values, weights)[0]

    def day(self, start: dt.date, end: dt.date) -> dt.date:
        if end <= start:
            return start
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))

    def workday(self, start: dt.date, end: dt.date) -> dt.date:
        """A working day between start and end: a weekend moves to Monday, or back to
        Friday when Monday is past the end."""
        d = self.day(start, end)
        if d.weekday() >= 5:
            monday = d + dt.timedelta(days=7 - d.weekday())
            d = monday if monday <= end else d - dt.timedelta(days=d.weekday() - 4)
        return d

    def person(self, ethnic: str, sex: str | None = None) -> str:
        pool = NAMES[ethnic]
        for _ in range(100):
            s = sex or self.rng.choice(["male", "female"])
            family, middle = self.rng.choice(pool["family"]), self.rng.choice(pool[s + "_middle"])
            name = f"{family} {middle} {self.rng.choice(pool[s])}"
            if name not in self.people:
                self.people.add(name)
                return name
        name = f"{name} ({len(self.people)})"
        self.people.add(name)
        return name

    def number(self, suffix: str, low: int = 1, high: int = 250) -> str:
        return f"{self.rng.randint(low, high)}/{suffix}"

    def poisson(self, mean: float) -> int:
        # Knuth's method: small means only
        limit, k, p = math.exp(-mean), 0, 1.0
        while True:
            p *= self.rng.random()
            if p <= limit:
                return k
            k += 1


def _taken_down(start: dt.date, days: int) -> dt.date:
    """The day a notice posted on ``start`` comes down after ``days`` days on display, counted as the
    Civil Code counts (from the day after posting; a last day off runs on to the next working day)."""
    return next_working_day(start + dt.timedelta(days=days)) + dt.timedelta(days=1)


def _last_broadcast(first: dt.date, days: int) -> dt.date:
    """The last day of a run of broadcasts from ``first`` that lasts ``days`` days as the Civil Code
    counts them (the first day opens the period)."""
    return next_working_day(first + dt.timedelta(days=days))


def _add_workdays(day: dt.date, n: int) -> dt.date:
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _sub_workdays(day: dt.date, n: int) -> dt.date:
    """``n`` working days (Monday to Friday) before ``day``."""
    while n > 0:
        day -= dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _days_before(day: dt.date, n: int) -> dt.date:
    """At least ``n`` calendar days before ``day``, on a weekday (a weekend moves back to Friday)."""
    d = day - dt.timedelta(days=n)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def _weekday(day: dt.date) -> dt.date:
    """``day``, or the Monday after it when it falls on a weekend."""
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _periods(every: str, since: dt.date, as_of: dt.date, start_month: int = 1, due_months: int = 0) -> list[Period]:
    return closed_periods(as_of, since, every, start_month, due_months)


def _inspected_by(seed: int) -> str:
    return INSPECTED_BY.format(s=SYNTHETIC, seed=seed)


def _notes(seed: int, year: int, extra: str = "") -> str:
    return (f"{SYNTHETIC} — hồ sơ do `qcdc-check sample --province lai-chau --seed {seed} --year {year}` sinh ngẫu "
            f"nhiên để thử bảng điểm, không phải biên bản kiểm tra. Tên xã, phường là thật; tên thôn, bản, tên "
            f"người, số hiệu văn bản, ngày tháng và mọi sự việc đều là giả định. {extra}").strip()


def _header(seed: int, year: int) -> list[str]:
    return [f"{SYNTHETIC.upper()} — không phải hồ sơ kiểm tra thật (synthetic sample, not an inspection record).",
            f"Sinh bởi: qcdc-check sample --province lai-chau --seed {seed} --year {year}. Xem README.md."]


# ---------------------------------------------------------------------------------------
# The sample.
@dataclass
class Sample:
    files: dict[str, str]
    counts: dict[str, int]
    records: int = 0  # activity records (qcdc-activity/1) among the files


class _Builder:
    def __init__(self, seed: int, year: int, n_communes: int | None):
        if year not in ROUNDS:
            raise ValueError(f"year must be one of {', '.join(map(str, YEARS))}")
        self.seed, self.year, self.round = seed, year, ROUNDS[year]
        everything = communes(seed, year)
        if n_communes is not None and n_communes < len(everything):
            if n_communes < 1:
                raise ValueError("communes must be at least 1")
            keep = sorted(_rng(seed, "select", year).sample(range(len(everything)), n_communes))
            self.communes = [everything[i] for i in keep]
        else:
            self.communes = everything
        self.scale = len(self.communes) / len(everything)
        # folder names, unique over the whole map (xã Nậm Cha and xã Nậm Chà are both xa-nam-cha)
        self.folders: dict[tuple[str, str], str] = {}
        for c in everything:
            self.folders[(c.kind, c.name)] = _unique(f"{slug(c.kind)}-{slug(c.name)}", self.folders.values())
        self.province_files: list[str] = []
        self.files: dict[str, str] = {}
        self.counts: dict[str, int] = {"commune": 0, "village": 0, "state_agency": 0, "public_service_unit": 0,
                                       "state_owned_enterprise": 0, "enterprise": 0}
        self.records = 0
        self.everything = everything
        self.province_training_days: list[dt.date] = []
        self._events: dict[tuple[str, str, str], dict] = {}  # each village's decisions (_village_events)

    # -- common ---------------------------------------------------------------------------
    def _profile(self, uid: str, name: str, type_: str, path: list[dict], since: dt.date) -> dict:
        self.counts[type_] += 1
        return {"schema": "qcdc-profile/1", "id": uid, "name": name, "type": type_, "as_of": self.round.as_of,
                "inspected_from": since, "admin_path": [_Flow(p) for p in path],
                "inspected_by": _inspected_by(self.seed)}

    def _write(self, path: str, data: dict) -> None:
        order = ["schema", "id", "name", "type", "as_of", "inspected_from", "admin_path", "parent", "inspected_by",
                 "headcount", "attributes", "documents", "disclosures", "meetings", "boards", "officers", "trainings",
                 "receptions", "not_found", "notes"]
        data = {k: data[k] for k in order if k in data and data[k] not in (None, [], {})}
        if "not_found" in data:  # "looked, none" only for kinds with nothing recorded
            recorded = {f"{coll}.{item.get('kind', '')}" for coll in ("documents", "meetings")
                         for item in data.get(coll, ())}
            recorded |= {"trainings"} if data.get("trainings") else set()
            data["not_found"] = [k for i, k in enumerate(data["not_found"])
                                 if k not in recorded and k not in data["not_found"][:i] and _known_key(k)]
            if not data["not_found"]:
                del data["not_found"]
        if path in self.files:  # pragma: no cover - a bug: two units, one file
            raise RuntimeError(f"two units would be written to {path}")
        self.files[path] = _yaml(_header(self.seed, self.year), data)

    def _province(self) -> dict:
        return {"level": "province", "kind": "tỉnh", "name": "Lai Châu"}

    def _trainings(self, u: _Unit, people: list[tuple[str, str]], since: dt.date, sessions: int,
                   topics: list[str], organisers: list[str], trained_share: float, key: str = "",
                   commune_days: list[dt.date] | None = None) -> list[dict]:
        """Sessions in the window, each attended by some of the role holders; a holder is
        trained with probability ``trained_share`` (moved by the unit's diligence)."""
        as_of = self.round.as_of
        end = as_of - dt.timedelta(days=3)
        dates = sorted(u.workday(since + dt.timedelta(days=10), end) for _ in range(sessions))
        out = [{"id": f"Tập huấn {d.strftime('%d/%m/%Y')}" + (f" ({i + 1})" if d in dates[:i] else ""), "date": d,
                "topic": u.rng.choice([t for t in topics if "75/NQ-HĐND" not in t or d >= NQ75_FROM] or topics),
                "organiser": u.rng.choice(organisers), "attendees": []} for i, d in enumerate(dates)]
        if not out:
            return out
        for name, role in people:
            if u.chance(trained_share):
                for t in u.rng.sample(out, k=1 if len(out) == 1 or u.rng.random() < 0.7 else 2):
                    t["attendees"].append(_Flow({"name": name, "role": role}))
        for t in out:
            if not t["attendees"]:
                t.pop("attendees")
                t["topic"] += " (danh sách người dự chưa được xem)"
        return self._place(key, out, since + dt.timedelta(days=10), end, commune_days)

    def _place(self, key: str, trainings: list[dict], first: dt.date, last: dt.date,
               commune_days: list[dt.date] | None = None) -> list[dict]:
        """Each training's ``organiser_level``, so the annex counts it at that level. One training
        is mentioned by many profiles, so a province training of the annex year moves to the
        nearest day the province's activity record lists, and a village's commune training to the
        nearest day its commune's profile lists (the annex then counts it once); a commune training
        no other profile mentions gets its participants. Draws apart from the unit's, which stay
        as they were."""
        rng = _rng(self.seed, "annex", self.year, key)
        for t in trainings:
            organiser = t.get("organiser") or ""
            if organiser in PROVINCE_ORGANISERS:
                level, days = "province", self.province_training_days
            elif organiser.startswith(("UBND ", "Ủy ban MTTQ Việt Nam ")):
                level, days = "commune", commune_days
            else:
                continue
            t["organiser_level"] = level
            near = sorted((abs((d - t["date"]).days), d) for d in days or ()
                          if first <= d <= last and d.year == t["date"].year)
            if near:
                t["date"] = near[0][1]
            elif level == "commune":
                t["participants"] = rng.randint(*ANNEX_ASSUMED["commune_training_participants"])
        merged: dict[tuple, dict] = {}
        for t in sorted(trainings, key=lambda t: t["date"]):  # one training, one entry
            same = merged.get((t["date"], t.get("organiser_level")))
            if same is None:
                merged[(t["date"], t.get("organiser_level"))] = t
            elif t.get("attendees"):
                names = {(a["name"], a["role"]) for a in same.get("attendees", ())}
                same.setdefault("attendees", []).extend(a for a in t["attendees"]
                                                        if (a["name"], a["role"]) not in names)
                same["topic"] = same["topic"].removesuffix(" (danh sách người dự chưa được xem)")
        out, days = [], []
        for t in merged.values():
            d = t["date"]
            ident = f"Tập huấn {d.strftime('%d/%m/%Y')}" + (f" ({days.count(d) + 1})" if d in days else "")
            days.append(d)
            out.append({"id": ident, **{k: t[k] for k in ("date", "topic", "organiser", "organiser_level",
                                                          "participants", "attendees") if k in t}})
        return out

    # -- the commune and its villages -------------------------------------------------------
    def commune(self, c: Commune) -> None:
        r, seed = self.round, self.seed
        u = _Unit(seed, self.year, "commune", c.kind, c.name)
        cslug = self.folders[(c.kind, c.name)]
        title = f"{c.kind} {c.name}"
        since, as_of = r.local_since, r.as_of
        years = _periods("year", since, as_of)
        quarters = _periods("quarter", since, as_of)
        halves = _periods("half", since, as_of)
        start = since  # when the unit's evidence begins (2025: the new commune begins)
        has_website = u.chance(ASSUMED["website_2025"] if self.year == 2025 else FIGURES["commune_online_share"][0])
        has_loudspeaker = u.chance(ASSUMED["loudspeaker"] if not c.urban else 0.5)
        ethnics = [v.ethnic for v in c.villages]
        main_ethnic = max(set(ethnics), key=lambda e: (ethnics.count(e), e)) if ethnics else "kinh"
        p = self._profile(f"lc{self.year}-{cslug}", f"Ủy ban nhân dân {title}", "commune",
                          [self._province(), {"level": "commune", "kind": c.kind, "name": c.name}], since)
        p["headcount"] = {"villages": len(c.villages), "households": sum(v.households for v in c.villages)}
        p["attributes"] = {"has_loudspeaker": has_loudspeaker, "has_website": has_website,
                           "ethnic_minority_area": not c.urban}
        docs, disclosures, meetings, boards, not_found = [], [], [], [], []
        issuer = f"UBND {title}"

        # Democracy regulation (Luật Đ35 k3): issued with the Front, after 01/07/2023.
        reg_date = None
        if u.chance(ASSUMED["regulation_share"]):
            old = u.rng.random() < 0.07 and self.year == 2023
            base = start if self.year == 2025 else LAW_FROM  # a 2025 commune issues its own, after 01/07/2025
            reg_date = u.workday(D(2019, 3, 1), D(2020, 12, 31)) if old else \
                u.workday(base + dt.timedelta(days=20), base + dt.timedelta(days=150))
            doc = {"id": "Quy chế thực hiện dân chủ", "kind": "democracy_regulation",
                   "title": f"Quy chế thực hiện dân chủ ở {title}", "number": u.number("QĐ-UBND"),
                   "date": reg_date, "issuer": issuer}
            front = u.pick((True, 0.85), (False, 0.1), (None, 0.05))
            if front is not None:
                doc["with_front"] = front
            if old:
                doc["note"] = "Ban hành theo Pháp lệnh 34/2007/PL-UBTVQH11, chưa ban hành lại theo Luật 10/2022/QH15."
            docs.append(doc)
        elif u.rng.random() < 0.7:
            not_found.append("documents.democracy_regulation")

        # NQ 75 Art. 3 k4: the commune council's resolution on measures (from 09/12/2024).
        share = ASSUMED[f"measures_resolution_{self.year}"]
        if u.chance(share):
            first = max(start, NQ75_FROM) + dt.timedelta(days=15)
            docs.append({"id": "Nghị quyết biện pháp bảo đảm thực hiện dân chủ",
                         "kind": "democracy_measures_resolution",
                         "title": f"Nghị quyết quyết định các biện pháp bảo đảm thực hiện dân chủ ở cơ sở trên địa "
                                  f"bàn {title}", "number": u.number("NQ-HĐND", 1, 60),
                         "date": u.workday(first, min(first + dt.timedelta(days=150), as_of - dt.timedelta(days=10))),
                         "issuer": f"HĐND {title}"})
        elif u.rng.random() < 0.7:
            not_found.append("documents.democracy_measures_resolution")

        # Disclosure plan, its report, the report to the council, the quarterly list (Luật Đ13–14).
        if u.chance(0.75):
            docs.append({"id": "Kế hoạch công khai thông tin", "kind": "disclosure_plan",
                         "title": f"Kế hoạch thực hiện công khai thông tin năm {start.year}",
                         "number": u.number("KH-UBND"), "date": u.workday(start, start + dt.timedelta(days=40)),
                         "issuer": issuer})
        elif u.rng.random() < 0.5:
            not_found.append("documents.disclosure_plan")
        if u.chance(0.5):
            docs.append({"id": "Báo cáo kết quả thực hiện kế hoạch công khai", "kind": "disclosure_plan_report",
                         "number": u.number("BC-UBND"), "date": u.workday(D(years[-1].end.year, 12, 1),
                                                                          D(years[-1].end.year, 12, 20))
                         if years else u.workday(start, as_of), "issuer": issuer})
        for y in years:
            if u.chance(0.55):
                doc = {"id": f"Báo cáo công khai thông tin trình HĐND năm {y.start.year}", "kind": "disclosure_report",
                       "number": u.number("BC-UBND"),
                       "date": u.workday(D(y.start.year, 12, 5), D(y.start.year, 12, 22)),
                       "issuer": issuer}
                sent = u.pick((True, 0.8), (False, 0.1), (None, 0.1))
                if sent is not None:
                    doc["sent_to_front"] = sent
                docs.append(doc)
        for q in quarters:
            if u.chance(0.55):
                doc = {"id": f"Danh sách nội dung đã công khai {q.label}", "kind": "disclosed_items_list",
                       "date": u.workday(q.end - dt.timedelta(days=12), q.end - dt.timedelta(days=1))}
                posted = u.pick((True, 0.8), (False, 0.12), (None, 0.08))
                if posted is not None:
                    doc["posted"] = posted
                docs.append(doc)
        if u.chance(0.7):
            docs.append({"id": "Kế hoạch tập huấn, bồi dưỡng", "kind": "training_plan",
                         "title": f"Kế hoạch tập huấn, bồi dưỡng về thực hiện dân chủ ở cơ sở năm {start.year}",
                         "number": u.number("KH-UBND"), "date": u.workday(start, start + dt.timedelta(days=60)),
                         "issuer": issuer})
        for y in years:
            if u.chance(0.5):
                docs.append({"id": f"Đánh giá kết quả thực hiện nhiệm vụ năm {y.start.year}",
                             "kind": "democracy_evaluation", "date": u.workday(D(y.start.year, 12, 10),
                                                                                D(y.start.year, 12, 28)),
                             "issuer": issuer,
                             "note": "Có tiêu chí mức độ thực hiện dân chủ ở cơ sở khi đánh giá tập thể, lãnh đạo."})
        if u.chance(0.8):
            docs.append({"id": "Nội quy tiếp công dân", "kind": "reception_rules", "number": u.number("QĐ-UBND"),
                         "date": u.workday(start, start + dt.timedelta(days=45)), "issuer": issuer})
        if u.chance(0.75):
            notice = {"id": "Lịch tiếp công dân", "kind": "reception_notice",
                      "title": "Nơi tiếp, thời gian tiếp công dân thường xuyên và lịch tiếp của Chủ tịch UBND",
                      "date": u.workday(start, start + dt.timedelta(days=30)), "issuer": issuer}
            docs.append(_fit("document", notice, {"posted": u.pick((True, 0.85), (False, 0.15))}))
        if u.chance(0.6):
            docs.append(_fit("document", {"id": "Hệ thống đánh giá sự hài lòng", "kind": "satisfaction_system",
                                          "title": "Hệ thống đánh giá mức độ hài lòng tại Bộ phận một cửa",
                                          "date": u.workday(start, start + dt.timedelta(days=90)), "issuer": issuer},
                             {"operating": u.pick((True, 0.85), (False, 0.15))}))
        # Petitions: 901 cases in the administrations' competence in 2023, 787 settled, 87.3% (seed 001 l.168).
        for i in range(u.poisson(2.0)):
            received = u.workday(start, as_of - dt.timedelta(days=20))
            doc = {"id": f"Đơn kiến nghị, phản ánh {i + 1}", "kind": "citizen_petition",
                   "title": u.rng.choice(["Kiến nghị về đất sản xuất", "Phản ánh về hỗ trợ nhà ở",
                                          "Kiến nghị về đường giao thông nội bản", "Phản ánh về nước sinh hoạt"]),
                   "date": received, "received": received}
            if u.rng.random() < 787 / 901:
                doc["reply"] = _Flow({"number": u.number("CV-UBND"),
                                      "date": received + dt.timedelta(days=u.rng.randint(7, 40)), "issuer": issuer})
            else:
                doc["replied"] = False
            docs.append(_fit("document", doc))
        if u.rng.random() < 0.6:
            not_found.append("documents.obstruction_case")

        # Disclosures.
        offices = _Postings(u, c, has_website)
        for y in years:
            nxt = y.start.year + 1
            decided = u.workday(D(y.start.year, 12, 8), D(y.start.year, 12, 20))
            plan = offices.item(f"KH phát triển KT-XH năm {nxt}", 1,
                                f"Kế hoạch phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh năm {nxt}",
                                decided, f"HĐND {title}", "NQ-HĐND")
            plan.update(part="socio_economic_plan", data_period=_Flow({"from": D(nxt, 1, 1), "to": D(nxt, 12, 31)}))
            disclosures.append(plan)
            # The year's results, reported to the same session (Luật Đ11 k1 "và kết quả thực hiện"): drawn from
            # a stream of their own, so the draws after them are unchanged.
            ru = u.fork(seed, self.year, "socio-economic-results", c.kind, c.name, y.start.year)
            if ru.chance(0.85):
                res = _Postings(ru, c, has_website).item(
                    f"Kết quả thực hiện KH phát triển KT-XH năm {y.start.year}", 1,
                    f"Báo cáo kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm {y.start.year}", decided,
                    f"UBND {title}", "BC-UBND")
                res.update(part="socio_economic_results",
                           data_period=_Flow({"from": D(y.start.year, 1, 1), "to": D(y.start.year, 12, 31)}))
                disclosures.append(res)
            decided = u.workday(D(y.start.year, 12, 8), D(y.start.year, 12, 20))
            est = offices.item(f"Dự toán ngân sách xã năm {nxt}", 2, f"Dự toán thu, chi ngân sách năm {nxt}",
                               decided, f"HĐND {title}", "NQ-HĐND")
            est["part"] = "budget_estimate"
            disclosures.append(est)
        for q in quarters + halves + years:
            p_ = {"quarter": 0.65, "half": 0.55, "year": 0.5}[("quarter" if "Q" in q.label else "half" if "H" in
                                                              q.label else "year")]
            due = q.end + dt.timedelta(days=88)
            if due >= as_of or not u.chance(p_):
                continue
            item = offices.item(f"Thực hiện dự toán ngân sách {q.label}", 2,
                                f"Tình hình thực hiện dự toán ngân sách xã {q.label}", None, None, None,
                                first=u.workday(q.end + dt.timedelta(days=8), q.end + dt.timedelta(days=45)),
                                villages_share=None)
            item["part"] = "budget_execution"
            item["data_period"] = _Flow({"from": q.start, "to": q.end})
            disclosures.append(item)
        if reg_date is not None and reg_date >= LAW_FROM and u.chance(0.85):
            disclosures.append(offices.standing("Quy chế dân chủ (niêm yết)", 4, "democracy_regulation",
                                                f"Quy chế thực hiện dân chủ ở {title}", reg_date))
        for part, subject in (("official_duties", "Nhiệm vụ, quyền hạn của cán bộ, công chức, người hoạt động "
                                                  "không chuyên trách"),
                              ("code_of_conduct", "Quy tắc ứng xử của người có chức vụ, quyền hạn")):
            if u.chance(0.75 if part == "official_duties" else 0.6):
                disclosures.append(offices.standing(subject, 4, part, subject,
                                                    u.workday(start, start + dt.timedelta(days=60))))
        if u.chance(0.95):
            n = int(FIGURES["commune_procedures"][0])
            disclosures.append({"id": "Thủ tục hành chính cấp xã", "item": 13,
                                "subject": f"Thủ tục hành chính thuộc thẩm quyền của UBND cấp xã ({n} danh mục)",
                                "postings": [_Flow({"place": "commune_office",
                                                    "from": u.workday(start, start + dt.timedelta(days=20))})]})
        for y in years:
            yr = y.start.year
            for item, ident, subject, when, by in (
                    (7, f"Hộ nghèo, cận nghèo năm {yr + 1}", f"Danh sách hộ nghèo, hộ cận nghèo năm {yr + 1} sau rà "
                     "soát", (D(yr, 12, 1), D(yr, 12, 18)), issuer),
                    (7, f"Hỗ trợ quà Tết năm {yr + 1}", "Danh sách hộ nghèo, cận nghèo, đối tượng bảo trợ xã hội được "
                     "hỗ trợ quà Tết Nguyên đán", (D(yr + 1, 1, 5), D(yr + 1, 1, 15)), "UBND tỉnh Lai Châu"),
                    (9, f"Gọi nhập ngũ năm {yr + 1}", f"Danh sách công dân đủ điều kiện gọi nhập ngũ năm {yr + 1}",
                     (D(yr, 11, 15), D(yr, 12, 10)), issuer),
                    (12, f"Phí, lệ phí năm {yr + 1}", "Đối tượng nộp, mức thu các loại phí, lệ phí",
                     (D(yr, 12, 15), D(yr, 12, 28)), f"HĐND {title}")):
                if when[1] >= as_of - dt.timedelta(days=10) or not u.chance({7: 0.75, 9: 0.6, 12: 0.3}[item]):
                    continue
                decided = u.workday(*when)
                d = offices.item(ident, item, subject, decided, by, "QĐ-UBND" if item != 12 else "NQ-HĐND")
                if item in (7, 9, 12):
                    if has_loudspeaker:
                        days = u.pick((3 + u.rng.randint(0, 4), 0.6), (u.rng.randint(1, 2), 0.25), (0, 0.15))
                        first = d["postings"][0]["from"] if d.get("postings") else decided
                        d["broadcasts"] = [_Flow({"from": first, "to": _last_broadcast(first, days)})] \
                            if days else []
                    sent = u.pick((True, 0.6), (False, 0.1), (None, 0.3))
                    if sent is not None:
                        d["sent_to_village_heads"] = sent
                disclosures.append(d)
        if u.rng.random() < 0.12 and disclosures:
            d = u.rng.choice([x for x in disclosures if x["item"] in (2, 7)] or disclosures)
            d["requested"] = u.day(start, as_of - dt.timedelta(days=20))
            d["provided_on_request"] = u.chance(0.8)

        # Dialogue conferences (Luật Đ32): commune chairs held 332 dialogues in 2023 (seed 001).
        per_year = FIGURES["commune_chair_dialogues"][0] / FIGURES["communes_2023"][0]
        for y in years:
            lo = max(y.start, start)
            n = u.poisson(per_year * ((y.end - lo).days + 1) / 365)
            for i, day in enumerate(sorted(u.workday(lo, y.end) for _ in range(n))):
                summoned = u.rng.randint(60, 220)
                meetings.append({"id": f"Hội nghị đối thoại {y.start.year} lần {i + 1}",
                                 "kind": "dialogue_conference",
                                 "title": f"Hội nghị đối thoại giữa Chủ tịch UBND {title} với Nhân dân",
                                 "date": day, "summoned": summoned,
                                 "present": round(summoned * u.rng.uniform(0.72, 0.98)),
                                 "minutes": u.pick((True, 0.9), (False, 0.1))})
            if n == 0 and u.rng.random() < 0.6:
                not_found.append("meetings.dialogue_conference")
        if u.rng.random() < 0.5:
            meetings.append({"id": "Phiên họp UBND xã về công trình có vốn đóng góp", "kind": "other",
                             "title": "Phiên họp thường kỳ của UBND xã bàn về công trình xây dựng có vốn Nhân dân "
                                      "đóng góp", "date": u.workday(start, as_of - dt.timedelta(days=15)),
                             "concerns_inspection_board": True,
                             "inspection_board_invited": u.pick((True, 0.8), (False, 0.2))})

        # The People's Inspection Board (106 boards, 963 members: seed 001) and the
        # investment supervision boards (118 boards, 661 members).
        people: list[tuple[str, str]] = []
        board, elected = self._commune_board(u, c, title)
        boards.append(board)
        people += [(m["name"], "people_inspection_member") for m in board["members"]]
        n_inv = 2 if u.rng.random() < (FIGURES["investment_boards"][0] / FIGURES["inspection_boards"][0] - 1) else 1
        for k in range(n_inv):
            size = max(3, round(u.rng.gauss(FIGURES["investment_members"][0] / FIGURES["investment_boards"][0], 1)))
            members = []
            for j in range(size):
                v = u.rng.choice(c.villages) if c.villages else None
                members.append(_Flow({"name": u.person(v.ethnic if v else main_ethnic),
                                      "role": "head" if j == 0 else "member", **({"village": v.name} if v else {})}))
            boards.append({"id": f"Ban Giám sát đầu tư của cộng đồng{'' if n_inv == 1 else f' số {k + 1}'}",
                           "kind": "investment_supervision", "elected": elected,
                           "recognised_by": _Flow({"number": u.number("QĐ-MTTQ"),
                                                   "date": _add_workdays(elected, u.rng.randint(2, 6)),
                                                   "issuer": f"Ban Thường trực Ủy ban MTTQ Việt Nam {title}"}),
                           "members": members})
            people += [(m["name"], "investment_supervision_member") for m in members]
        # The board's own papers (Luật Đ39; NĐ 59 Đ14).
        if self._current(board):
            self._board_papers(u, docs, board, years, halves, quarters, title, start, as_of)
        # Officers: the person in charge of grassroots democracy at the commune.
        focal = u.person(u.rng.choice(["kinh", "thai", main_ethnic]))
        officers = [_Flow({"name": focal, "role": "democracy_focal_point"})]
        people.insert(0, (focal, "democracy_focal_point"))
        # Trainings: 451 sessions at district level in 2023 for 106 communes (seed 001 annex 3).
        per_year = FIGURES["district_trainings"][0] / FIGURES["communes_2023"][0]
        span = (as_of - start).days / 365
        avg = FIGURES["district_trainees"][0] / FIGURES["district_trainings"][0]
        sessions = u.poisson(per_year * span)
        topics = [f"Luật Thực hiện dân chủ ở cơ sở và các văn bản hướng dẫn (khoảng {round(avg)} người dự)",
                  "Nghiệp vụ kiểm tra, giám sát của Ban Thanh tra nhân dân",
                  "Nghiệp vụ giám sát đầu tư của cộng đồng",
                  f"Quán triệt Nghị quyết 75/NQ-HĐND của HĐND tỉnh (khoảng {round(avg)} người dự)"]
        organisers = ["Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh", "Ủy ban MTTQ Việt Nam tỉnh Lai Châu",
                      f"UBND {title}", f"Ủy ban MTTQ Việt Nam {title}"]
        trainings = self._trainings(u, people, start, sessions, topics, organisers, ASSUMED["trained_share"],
                                    p["id"])
        self._commune_days = [t["date"] for t in trainings if t.get("organiser_level") == "commune"]
        if not trainings and u.rng.random() < 0.5:
            not_found.append("trainings")
        # Receptions by the chairman: 1,111 in 2023 for 106 communes (seed 001).
        receptions = []
        per_year = FIGURES["commune_chair_receptions"][0] / FIGURES["communes_2023"][0]
        for _ in range(u.poisson(per_year * span)):
            receptions.append(_Flow({"date": u.workday(start, as_of - dt.timedelta(days=1)),
                                     "kind": u.pick(("regular", 0.8), ("adhoc", 0.2)),
                                     "received_by": f"Chủ tịch UBND {title}", "by_head": True,
                                     "citizens": max(0, u.poisson(FIGURES["citizens_per_reception"][0]))}))
        receptions.sort(key=lambda x: x["date"])
        docs = [d for d in docs if d is not None]
        self._commune_rules(u, c, title, start, years, has_website, has_loudspeaker, p, docs, disclosures, meetings,
                            boards, receptions, not_found)
        meetings.sort(key=lambda m: m["date"])
        p.update(documents=docs, disclosures=disclosures, meetings=meetings, boards=boards, officers=officers,
                 trainings=trainings, receptions=receptions, not_found=not_found)
        merged = f" Hình thành từ {', '.join(c.predecessors)} (NQ 1670/NQ-UBTVQH15)." \
            if self.year == 2025 and c.predecessors else ""
        p["notes"] = _notes(seed, self.year, f"Số thôn, bản ({len(c.villages)}) theo tổng 956 thôn, bản, khu phố "
                                             f"toàn tỉnh (báo cáo 39-BC/BCĐ).{merged}")
        self._write(f"{cslug}/{cslug}.yaml", p)
        self.commune_record(c, cslug, title)
        used = [cslug]
        for v in c.villages:
            used.append(_unique(slug(v.name), used))
            self.village(c, v, cslug, used[-1], board, elected)

    def _commune_board(self, u: _Unit, c: Commune, title: str) -> tuple[dict, dt.date]:
        r = self.round
        if self.year == 2025:
            elected = u.workday(D(2025, 8, 1), D(2025, 11, 15))
        else:
            elected = u.workday(D(2023, 9, 1), D(2024, 3, 31))
        months = u.pick((30, 0.88), (36, 0.08), (60, 0.04))
        term_from = elected
        term_to = _months_later(term_from, months) - dt.timedelta(days=1)
        members, vacancies = [], []
        deputies = u.pick((1, 0.6), (2, 0.36), (3, 0.04))
        villages = list(c.villages) or [Village(c.name, "bản", 100, "kinh")]
        part_time = u.rng.random() < 0.05
        for i, v in enumerate(villages):
            m = {"name": u.person(v.ethnic), "role": "head" if i == 0 else "deputy" if i <= deputies else "member",
                 "village": v.name, "position": "resident", "resident": True}
            members.append(m)
        if part_time and len(members) > 2:
            members[-1]["position"] = "village_part_time"
        if u.rng.random() < 0.08 and len(members) > 5:
            gone = members.pop(u.rng.randrange(deputies + 1, len(members)))
            since = u.day(elected + dt.timedelta(days=60), r.as_of - dt.timedelta(days=30))
            vacancies.append(_Flow({"since": since, "member": gone["name"], "village": gone["village"]}))
        for _ in range(max(0, round(u.rng.gauss(0.07, 0.3)))):  # 963 members for 956 villages
            v = u.rng.choice(villages)
            members.append({"name": u.person(v.ethnic), "role": "member", "village": v.name, "position": "resident",
                            "resident": True})
        board = {"id": "Ban Thanh tra nhân dân", "kind": "people_inspection", "elected": elected,
                 "term": _Flow({"from": term_from, "to": term_to})}
        rec = u.pick(("yes", 0.88), ("unknown", 0.08), ("no", 0.04))
        if rec == "yes":
            board["recognised_by"] = _Flow({"number": u.number("QĐ-MTTQ"),
                                            "date": _add_workdays(elected, u.rng.randint(1, 6)),
                                            "issuer": f"Ban Thường trực Ủy ban MTTQ Việt Nam {title}"})
        elif rec == "no":
            board["recognised"] = False
        board["members"] = [_Flow(m) for m in members]
        board["vacancies"] = vacancies
        if not vacancies:
            del board["vacancies"]
        return board, elected

    def _current(self, board: dict) -> bool:
        t = board.get("term")
        return t is None or t["from"] <= self.round.as_of <= t["to"]

    def _board_papers(self, u: _Unit, docs: list, board: dict, years, halves, quarters, title: str,
                      start: dt.date, as_of: dt.date) -> None:
        elected = board["elected"]
        issuer = f"Ban Thanh tra nhân dân {title}"
        if u.chance(0.45):
            docs.append({"id": "Chương trình công tác nhiệm kỳ của Ban Thanh tra nhân dân",
                         "kind": "inspection_board_plan", "date": _add_workdays(elected, u.rng.randint(5, 25)),
                         "issuer": issuer, "period": _Flow({"from": board["term"]["from"], "to": board["term"]["to"]})})
        for kind, periods, p_plan in (("year", years, 0.6), ("half", halves, 0.3), ("quarter", quarters, 0.35)):
            for q in periods:
                if q.end < elected or not u.chance(p_plan):
                    continue
                start = max(q.start, elected)
                docs.append({"id": f"Kế hoạch hoạt động Ban Thanh tra nhân dân {q.label}",
                             "kind": "inspection_board_plan", "date": u.workday(start, start + dt.timedelta(days=20)),
                             "issuer": issuer, "period": _Flow({"from": q.start, "to": q.end})})
        for kind, periods, p_rep in (("year", years, 0.5), ("half", halves, 0.35), ("quarter", quarters, 0.35)):
            for q in periods:
                if q.end < elected or not u.chance(p_rep):
                    continue
                late = u.rng.random() < 0.1
                when = q.end + dt.timedelta(days=u.rng.randint(100, 130) if late else u.rng.randint(-10, 25))
                if when >= as_of:
                    continue
                docs.append({"id": f"Báo cáo hoạt động Ban Thanh tra nhân dân {q.label}",
                             "kind": "inspection_board_report", "date": when, "issuer": issuer,
                             "period": _Flow({"from": q.start, "to": q.end})})
        for y in years:
            lo = max(y.start, start)
            if u.chance(0.6):
                docs.append({"id": f"Kinh phí hoạt động Ban Thanh tra nhân dân năm {y.start.year}",
                             "kind": "inspection_board_funding", "date": u.workday(lo, lo + dt.timedelta(days=40)),
                             "issuer": f"UBND {title}", "period": _Flow({"from": y.start, "to": y.end})})
            if u.chance(0.4):
                lo = max(lo, elected)
                docs.append({"id": f"Thông báo cho Ban Thanh tra nhân dân năm {y.start.year}",
                             "kind": "inspection_board_briefing", "date": u.workday(lo, lo + dt.timedelta(days=45)),
                             "issuer": f"UBND {title}", "period": _Flow({"from": y.start, "to": y.end})})
        # Recommendations: 37 in 2023 for 106 boards (seed 001).
        if u.rng.random() < FIGURES["board_recommendations"][0] / FIGURES["inspection_boards"][0]:
            received = u.workday(max(elected, as_of - dt.timedelta(days=300)), as_of - dt.timedelta(days=40))
            doc = {"id": "Kiến nghị của Ban Thanh tra nhân dân", "kind": "inspection_board_recommendation",
                   "title": "Kiến nghị về chất lượng công trình đường nội bản có vốn Nhân dân đóng góp",
                   "date": received - dt.timedelta(days=2), "received": received, "issuer": issuer}
            reply = u.pick(("on_time", 0.7), ("late", 0.15), ("unknown", 0.15))
            if reply != "unknown":
                days = u.rng.randint(4, 14) if reply == "on_time" else u.rng.randint(20, 45)
                doc["reply"] = _Flow({"number": u.number("CV-UBND"), "date": received + dt.timedelta(days=days),
                                      "issuer": f"UBND {title}"})
            certified = u.pick((True, 0.8), (None, 0.2))
            if certified is not None:
                doc["front_certified"] = certified
            docs.append(doc)
        if u.rng.random() < 0.3:
            starts = u.workday(max(elected, as_of - dt.timedelta(days=200)), as_of - dt.timedelta(days=20))
            notice = u.rng.randint(5, 10) if u.rng.random() < 0.85 else u.rng.randint(1, 3)
            sent_on = starts
            for _ in range(notice):
                sent_on -= dt.timedelta(days=1)
                while sent_on.weekday() >= 5:
                    sent_on -= dt.timedelta(days=1)
            docs.append({"id": "Kế hoạch giám sát của Ban Thanh tra nhân dân", "kind": "inspection_plan",
                         "title": "Kế hoạch giám sát việc thực hiện chính sách hỗ trợ hộ nghèo",
                         "date": sent_on - dt.timedelta(days=1), "issuer": issuer, "sent_on": sent_on,
                         "starts": starts})

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

    # -- evidence for the rules added since the first rulesets ---------------------------------
    # Drawn from streams of their own (_Unit.fork, key "rules"), after the unit's earlier draws,
    # which stay as they were. Shares: ASSUMED_RULES, or set where drawn (assumptions unless a seed
    # line is cited). Mostly done, some late, incomplete or missing a step; where a kind of record
    # is not kept, the inspector notes "none" (not_found), and now and then did not look.
    def _looked(self, e: _Unit, not_found: list, *keys: str, rare: bool = False) -> None:
        """The inspector looked for these kinds of record and found none; a kind that is rarely
        there (a complaint, a request) is less often left unasked than a paper the unit keeps."""
        for key in keys:
            if e.rng.random() < (ASSUMED_RULES["looked_rare"] if rare else ASSUMED_RULES["looked"]):
                not_found.append(key)

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

    def _commune_rules(self, u: _Unit, c: Commune, title: str, start: dt.date, years: list, has_website: bool,
                       has_loudspeaker: bool, p: dict, docs: list, disclosures: list, meetings: list, boards: list,
                       receptions: list, not_found: list) -> None:
        seed, year, as_of, A = self.seed, self.year, self.round.as_of, ASSUMED_RULES
        e = u.fork(seed, year, "rules", "commune", c.kind, c.name)
        issuer, council = f"UBND {title}", f"HĐND {title}"
        lo, hi = start + dt.timedelta(days=20), as_of - dt.timedelta(days=30)
        y0 = self.round.annex_year

        def looked(*keys: str) -> None:
            self._looked(e, not_found, *keys)

        # The villages' decisions the commune recognised, and the covenants it keeps (NĐ 61 Đ11, Đ16, Đ18).
        events = [self._village_events(c, v) for v in c.villages]
        decisions = [dict(m) for ev in events for m in ev["shared"] if m["date"] >= start]
        for ev in events:
            for d in ev["covenants"]:
                docs.append({k: d[k] for k in ("id", "kind", "title", "date", "recognised_by", "sent_on")
                             if k in d} | {"id": f"{d['title']}: {d['id']}"})
        if not events:
            looked("documents.covenant")

        # The commune People's Council's regular sessions (mid-year, year-end), with the board invited
        # when they touch what it supervises (Luật Đ38).
        sessions = []
        for y in range(start.year, as_of.year + 1):
            for a, b in ((D(y, 7, 8), D(y, 7, 25)), (D(y, 12, 8), D(y, 12, 22))):
                if a >= start and b < as_of:
                    day = e.workday(a, b)
                    sessions.append(day)
                    meetings.append({"id": f"Kỳ họp thường lệ của HĐND xã {day.strftime('%m/%Y')}",
                                     "kind": "council_session", "date": day, "concerns_inspection_board": True,
                                     "inspection_board_invited": e.chance(0.85)})
        year_end = [d for d in sessions if d.month == 12]

        # Consulting residents (Luật Đ25–28).
        consulted = []
        if year_end and e.chance(A["consultation_plan"]):
            decision = year_end[-1]
            plan = e.workday(D(decision.year, 10, 1), D(decision.year, 10, 15))
            opened = _add_workdays(plan, e.rng.randint(1, 3))
            days = e.pick((e.rng.randint(25, 35), 0.88), (e.rng.randint(10, 17), 0.12))
            consulted.append(self._consultation(e, issuer, plan, opened, days, 1, False,
                                                f"dự thảo Kế hoạch phát triển kinh tế - xã hội năm {decision.year + 1}",
                                                _Flow({"number": e.number("NQ-HĐND", 1, 60), "date": decision,
                                                       "issuer": council})))
        if e.rng.random() < A["consultation_higher"]:
            plan = e.workday(lo, hi - dt.timedelta(days=45))
            opened = _add_workdays(plan, e.rng.randint(1, 3))
            consulted.append(self._consultation(e, issuer, plan, opened, e.rng.randint(25, 35), 2, True,
                                                f"dự thảo đồ án quy hoạch chung {title}", False))
        for d in consulted:
            docs.append(d)
            posted = _add_workdays(d["period"]["from"], 0)
            item = {"id": f"Lấy ý kiến Nhân dân: {d['title']}", "item": 11,
                    "subject": f"Kế hoạch, nội dung lấy ý kiến Nhân dân về {d['title']}",
                    "decided": _Flow({"number": d["number"], "date": d["date"], "issuer": issuer})}
            disclosures.append(self._postings(e, c, has_website, has_loudspeaker, item, posted))
        if e.rng.random() < A["consultation_obligation"]:
            day = e.workday(lo, hi - dt.timedelta(days=20))
            opened = _add_workdays(day, e.rng.randint(1, 3))
            closes = opened + dt.timedelta(days=e.rng.randint(7, 14))
            decided = _add_workdays(closes, e.rng.randint(2, 8))
            consulted_ = e.chance(0.9)
            d = {"id": "Thông tin, đối thoại với các hộ trước khi quyết định", "kind": "people_consultation",
                 "comment_item": 8, "higher_authority": False,
                 "title": e.rng.choice(["Phương án di dời các hộ khỏi vùng có nguy cơ sạt lở",
                                        "Quyết định giải tỏa lấn chiếm hành lang đường giao thông"]),
                 "date": day, "period": _Flow({"from": opened, "to": closes}), "people_consulted": consulted_}
            if consulted_:
                d.update(comment_forms=_FlowList(["subject_dialogue"]), explanation_filed=e.chance(0.85))
            d["decision"] = _Flow({"number": e.number("QĐ-UBND"), "date": decided, "issuer": issuer})
            docs.append(d)
            consulted.append(d)
        if not consulted:
            looked("documents.people_consultation")

        # Residents deciding a commune-wide matter (Luật Đ16 k1, Đ21 k1, Đ23): planned in January and
        # decided in the first quarter after the annex year (so the annex's documents stay as they were).
        if e.rng.random() < A["commune_wide_matter"] and c.villages:
            plan = e.workday(D(y0 + 1, 1, 5), D(y0 + 1, 1, 20))
            day = e.workday(plan + dt.timedelta(days=25), min(D(y0 + 1, 3, 20), as_of - dt.timedelta(days=20)))
            n = len(c.villages)
            work = e.rng.choice(["nạo vét, sửa chữa kênh mương nội đồng", "mở rộng đường liên bản",
                                 "xây dựng sân thể thao xã"])
            if e.chance(0.85):
                docs.append({"id": "Kế hoạch tổ chức để Nhân dân bàn, quyết định nội dung cấp xã",
                             "kind": "people_decide_plan", "number": e.number("KH-UBND"), "date": plan,
                             "issuer": issuer})
            else:
                looked("documents.people_decide_plan")
            decisions.append({"id": f"Chủ trương, mức đóng góp {work} (nội dung cấp xã)", "kind": "community_meeting",
                              "title": f"Chủ trương, mức đóng góp {work}, {n} thôn, bản họp", "date": day,
                              "commune_wide": True, "matter": "contributions", "front_agreed": e.chance(0.9),
                              "adopted": True,
                              "villages_for": min(n, math.ceil(n * e.pick((e.rng.uniform(0.7, 1.0), 0.88),
                                                                          (e.rng.uniform(0.45, 0.62), 0.12))))})
            docs.append({"id": f"Thông báo mức đóng góp {work}", "kind": "resident_contribution",
                         "number": e.number("TB-UBND"), "date": _add_workdays(day, e.rng.randint(3, 10)),
                         "issuer": issuer})
            if e.chance(0.85):
                # to the council's nearest regular session after the decision (Luật Đ23 k1), or prepared for
                # the next one when none has been held yet
                session = next((s for s in sessions if s > day), as_of)
                docs.append({"id": "Báo cáo về tổ chức để Nhân dân bàn, quyết định nội dung cấp xã",
                             "kind": "people_decide_report", "number": e.number("BC-UBND"),
                             "date": e.workday(day, session), "issuer": issuer,
                             "sent_to_front": e.chance(0.88)})
            else:
                looked("documents.people_decide_report")
        else:
            looked("documents.resident_contribution")
        meetings += sorted(decisions, key=lambda m: m["date"])
        if not decisions:
            looked("meetings.community_meeting", "meetings.household_ballot", "meetings.online_vote")
        if e.rng.random() < A["community_decision_annulment"]:
            docs.append({"id": "Đề nghị sửa đổi quyết định của cộng đồng dân cư", "kind": "community_decision_annulment",
                         "number": e.number("CV-UBND"), "date": e.workday(lo, hi), "issuer": issuer,
                         "sent_to_village_heads": e.chance(0.85), "sent_to_front": e.chance(0.8)})
        else:
            self._looked(e, not_found, "documents.community_decision_annulment", rare=True)

        # The yearly report on disclosure to the council (Luật Đ14 k4) and the yearly evaluation with
        # grassroots democracy among its criteria (NQ 75 Art. 4 k3 d), where the first draws kept none.
        for kind, label, (m1, d1, m2, d2) in (
                ("disclosure_report", "Báo cáo công khai thông tin trình HĐND", (12, 5, 12, 22)),
                ("democracy_evaluation", "Đánh giá kết quả thực hiện nhiệm vụ", (12, 10, 12, 28))):
            for y in years:
                yr = y.start.year
                if not any(d["kind"] == kind and d["date"].year == yr for d in docs) and e.chance(0.5):
                    d = {"id": f"{label} năm {yr}", "kind": kind, "number": e.number("BC-UBND"),
                         "date": e.workday(D(yr, m1, d1), D(yr, m2, d2)), "issuer": issuer}
                    if kind == "disclosure_report":
                        d["sent_to_front"] = e.chance(0.85)
                    docs.append(d)
            if not any(d["kind"] == kind for d in docs):
                looked(f"documents.{kind}")

        # The report on disclosure goes to each regular session (Luật Đ14 k3, "tại kỳ họp thường lệ gần nhất"):
        # a year's report, where one was drawn, becomes one report to each of that year's sessions, dated in the
        # fortnight before it; drawn from a stream of its own, so the draws above and below are unchanged.
        r = u.fork(seed, year, "disclosure-reports", c.kind, c.name)
        for d in [d for d in docs if d["kind"] == "disclosure_report"]:
            held = [s for s in sessions if s.year == d["date"].year]
            if held:
                docs.remove(d)
                for s in held:
                    docs.append({**d, "id": f"Báo cáo công khai thông tin trình kỳ họp {s.strftime('%m/%Y')}",
                                 "number": r.number("BC-UBND"), "date": r.workday(s - dt.timedelta(days=14), s)})
                    if "sent_to_front" in d and r.chance(0.1):
                        docs[-1]["sent_to_front"] = not d["sent_to_front"]

        # Covenants: the yearly review and statistics, complaints (NĐ 61 Đ12, Đ14, Đ16, Đ18).
        for kind, label, month in (("covenants_review", "Kết quả rà soát hương ước, quy ước", 10),
                                   ("covenant_statistics", "Thống kê, báo cáo hương ước, quy ước", 12)):
            for y in years:
                if e.chance(A["yearly_paper"]):
                    docs.append({"id": f"{label} năm {y.start.year}", "kind": kind, "number": e.number("BC-UBND"),
                                 "date": e.workday(max(D(y.start.year, month, 1), y.start), y.end - dt.timedelta(days=5)),
                                 "issuer": issuer})
            if not any(d["kind"] == kind for d in docs):
                looked(f"documents.{kind}")
        for kind, days, label in (("covenant_suspension_case", 3, "Đề nghị tạm ngừng thực hiện quy ước"),
                                  ("covenant_annulment_case", 5, "Đề nghị bãi bỏ nội dung quy ước")):
            if e.rng.random() < A["covenant_complaint"]:
                received = e.workday(lo, hi)
                docs.append({"id": label, "kind": kind, "date": received, "received": received,
                             "reply": _Flow({"number": e.number("CV-UBND"), "issuer": issuer,
                                             "date": _add_workdays(received, e.pick((e.rng.randint(1, days), 0.85),
                                                                                    (days + e.rng.randint(2, 6), 0.15)))})})
            else:
                self._looked(e, not_found, f"documents.{kind}", rare=True)

        # Disclosure items the first rulesets did not look at (Luật Đ11 k3, k5, k6, k8, k10, k14).
        offices = _Postings(e, c, has_website)
        for item, share, subject, by, suffix in (
                (3, 0.85, "Phương án bồi thường, hỗ trợ giải phóng mặt bằng công trình trên địa bàn",
                 "UBND tỉnh Lai Châu", "QĐ-UBND"),
                (5, 0.7, "Kết quả vận động, sử dụng các khoản đóng góp của Nhân dân và Quỹ phòng, chống thiên tai",
                 issuer, "BC-UBND"),
                (6, 0.4, "Kế hoạch mua sắm, sửa chữa, thanh lý tài sản công của xã", issuer, "QĐ-UBND"),
                (8, 0.6, "Danh sách hộ được hỗ trợ khắc phục thiệt hại do mưa lũ, sạt lở đất", issuer, "QĐ-UBND"),
                (10, 0.35, "Kết quả kiểm tra, xử lý kỷ luật cán bộ, công chức cấp xã", issuer, "QĐ-UBND"),
                (14, 0.5, "Kết quả bình xét gia đình văn hóa, thôn, bản văn hóa", issuer, "QĐ-UBND")):
            if e.rng.random() < share:
                decided = e.workday(lo, hi)
                d = offices.item(f"{subject} ({decided.strftime('%m/%Y')})", item, subject, decided, by, suffix)
                disclosures.append(self._postings(e, c, has_website, has_loudspeaker, d, None))
            else:
                looked(f"disclosures.{item}")
        if not any(d["item"] == 9 for d in disclosures) and years:  # the call-up list, every year (Luật Đ11 k9)
            share = e.rng.random()
            if share < 0.9:
                yr = years[-1].start.year
                d = offices.item(f"Gọi nhập ngũ năm {yr + 1}", 9, f"Danh sách công dân đủ điều kiện gọi nhập ngũ năm "
                                 f"{yr + 1}", e.workday(D(yr, 11, 15), D(yr, 12, 10)), issuer, "QĐ-UBND")
                if share > 0.7:
                    d["postings"] = []
                disclosures.append(self._postings(e, c, has_website, has_loudspeaker, d, None))
        if not any(d["item"] == 12 for d in disclosures):
            share = e.rng.random()
            if share < 0.9:
                decided = e.workday(lo, hi)
                d = offices.item("Phí, lệ phí thu tại xã", 12, "Đối tượng nộp, mức thu các loại phí, lệ phí",
                                 decided, "HĐND tỉnh Lai Châu", "NQ-HĐND")
                if share > 0.72:
                    d["postings"] = []
                disclosures.append(self._postings(e, c, has_website, has_loudspeaker, d, None))
        for d in disclosures:  # items 7–12 go to the village heads too (Luật Đ13 k4)
            if 7 <= d["item"] <= 12 and "sent_to_village_heads" not in d and e.rng.random() < 0.95:
                d["sent_to_village_heads"] = e.chance(0.82)

        # The Community Investment Supervision Boards (Luật Đ41–45; NĐ 59 Đ16–19): one per project.
        invest = [b for b in boards if b["kind"] == "investment_supervision"]
        p["headcount"]["investment_projects"] = len(invest) + (1 if e.rng.random() < 0.1 else 0)
        for b in invest:
            for i, m in enumerate(b["members"]):
                m.update(represents="front" if i == 0 else "people_inspection" if i == 1 else "residents",
                         position="resident", resident=e.chance(0.99) or None,
                         related_to_project=e.rng.random() < 0.02)
                if m["resident"] is None:
                    m["resident"] = False
            b["announced"] = e.chance(0.85)
            elected = b["elected"]
            if e.chance(0.88):
                day = _add_workdays(elected, e.rng.randint(3, 10))
                sent = _add_workdays(day, e.rng.randint(1, 3))
                starts = _weekday(sent + dt.timedelta(days=e.pick((e.rng.randint(46, 70), 0.85),
                                                                  (e.rng.randint(15, 40), 0.15))))
                ends = max(starts + dt.timedelta(days=e.rng.randint(240, 420)),
                           as_of + dt.timedelta(days=e.rng.randint(30, 240)))
                if e.rng.random() < 0.08:
                    ends = as_of - dt.timedelta(days=e.rng.randint(10, 60))  # a plan that has run out
                docs.append({"id": f"Kế hoạch giám sát của {b['id']}", "kind": "investment_board_plan",
                             "number": e.number("KH-BGSĐT", 1, 30), "date": day, "sent_on": sent, "starts": starts,
                             "period": _Flow({"from": starts, "to": max(ends, starts + dt.timedelta(days=30))})})
            for y in years:
                if y.end >= elected and e.chance(A["yearly_paper"]):
                    a = max(y.start, elected)
                    docs.append({"id": f"Kinh phí {b['id']} năm {y.start.year}", "kind": "investment_board_funding",
                                 "number": e.number("QĐ-UBND"), "date": e.workday(a, min(a + dt.timedelta(days=60), y.end)),
                                 "issuer": issuer, "period": _Flow({"from": y.start, "to": y.end})})
            if e.rng.random() < A["investment_recommendation"] * 2:  # over the period, not a year
                received = e.workday(max(elected, lo), hi)
                rec = {"id": f"Kiến nghị của {b['id']}", "kind": "investment_board_recommendation",
                       "title": "Kiến nghị về chất lượng thi công rãnh thoát nước", "date": received,
                       "received": received}
                cert = e.pick((True, 0.85), (False, 0.1), (None, 0.05))
                if cert is not None:
                    rec["front_certified"] = cert
                rec["reply"] = _Flow({"number": e.number("CV-UBND"), "issuer": issuer,
                                      "date": received + dt.timedelta(days=e.pick((e.rng.randint(5, 14), 0.85),
                                                                                  (e.rng.randint(18, 40), 0.15)))})
                docs.append(rec)
        for kind in ("investment_board_plan", "investment_board_funding"):
            if invest and not any(d["kind"] == kind for d in docs):
                looked(f"documents.{kind}")
        if not any(d["kind"] == "investment_board_recommendation" for d in docs):
            self._looked(e, not_found, "documents.investment_board_recommendation", rare=True)

        # The People's Inspection Board (Luật Đ36–40; NĐ 59 Đ13–14).
        for b in boards:
            if b["kind"] != "people_inspection":
                continue
            b.setdefault("vacancies", [])
            for vac in b["vacancies"]:
                if e.rng.random() < 0.5 and vac["since"] + dt.timedelta(days=45) < as_of:
                    vac["filled"] = _weekday(vac["since"] + dt.timedelta(days=e.rng.randint(30, 90)))
                    if vac["filled"] > as_of:
                        del vac["filled"]
            if not self._current(b):
                continue
            for kind, label, by in (("inspection_board_briefing", "Thông báo cho Ban Thanh tra nhân dân", issuer),
                                    ("inspection_board_funding", "Kinh phí hoạt động Ban Thanh tra nhân dân", issuer)):
                for y in years:
                    if not any(d["kind"] == kind and d["period"]["from"] == y.start for d in docs) and e.chance(0.35):
                        a = max(y.start, b["elected"], start)
                        docs.append({"id": f"{label} năm {y.start.year} (bổ sung)", "kind": kind,
                                     "date": e.workday(a, min(a + dt.timedelta(days=45), y.end)), "issuer": by,
                                     "period": _Flow({"from": y.start, "to": y.end})})
                if not any(d["kind"] == kind for d in docs):
                    looked(f"documents.{kind}")
            for rec in docs:  # what the first draws left unrecorded about a recommendation (Luật Đ40)
                if rec["kind"] == "inspection_board_recommendation":
                    if "reply" not in rec and e.rng.random() < 0.7:
                        rec["reply"] = _Flow({"number": e.number("CV-UBND"), "issuer": issuer,
                                              "date": rec["received"] + dt.timedelta(days=e.pick(
                                                  (e.rng.randint(4, 14), 0.7), (e.rng.randint(20, 45), 0.3)))})
                    if "front_certified" not in rec and e.rng.random() < 0.7:
                        rec["front_certified"] = e.chance(0.8)
            plans = [d for d in docs if d["kind"] == "inspection_plan"]
            for plan in plans:
                done = plan["starts"] + dt.timedelta(days=e.rng.randint(10, 30))
                if done < as_of - dt.timedelta(days=5):
                    res = {"id": "Kết quả giám sát của Ban Thanh tra nhân dân", "kind": "inspection_result",
                           "date": _weekday(done)}
                    if e.chance(0.88):
                        res["sent_on"] = _add_workdays(res["date"], e.rng.randint(1, 4))
                    else:
                        res["sent"] = False
                    docs.append(res)
            if not plans:
                looked("documents.inspection_plan", "documents.inspection_result")
        for kind in ("inspection_board_recommendation", "obstruction_case"):
            if not any(d["kind"] == kind for d in docs):
                self._looked(e, not_found, f"documents.{kind}", rare=True)
        if not any(d["kind"] == "satisfaction_system" for d in docs) and e.rng.random() < 0.7:
            not_found.append("documents.satisfaction_system")
        if not any(d["kind"] == "reception_notice" for d in docs):
            looked("documents.reception_notice")
        # The chairman's reception schedule, posted ahead (Luật Tiếp công dân Đ24 k4): by most on time,
        # by some now and then late.
        ahead = e.chance(0.8)
        for rec in receptions:
            if rec["kind"] == "regular" and rec.get("by_head") and e.rng.random() < 0.97:
                rec["schedule_posted"] = _sub_workdays(rec["date"], e.rng.randint(6, 15) if ahead or e.chance(0.7)
                                                       else e.rng.randint(1, 4))

    def _consultation(self, e: _Unit, issuer: str, plan: dt.date, opened: dt.date, days: int, item: int,
                      higher: bool, subject: str, decision) -> dict:
        """A consultation of residents on a matter the commune (or a higher authority) decides."""
        d = {"id": f"Lấy ý kiến Nhân dân về {subject}", "kind": "people_consultation", "comment_item": item,
             "higher_authority": higher, "title": subject, "number": e.number("KH-UBND"), "date": plan,
             "consultation_plan": e.chance(0.9)}
        if e.chance(0.9):
            d["sent_on"] = _add_workdays(plan, e.rng.randint(0, 2))
        else:
            d["sent"] = False
        d.update(period=_Flow({"from": opened, "to": opened + dt.timedelta(days=days)}), people_consulted=e.chance(0.95),
                 comment_forms=_FlowList(e.rng.sample(["community_meeting", "front_organisations", "website",
                                                       "suggestion_box", "household_ballot"], 2)),
                 explanation_published=e.chance(0.85))
        if higher:
            d["reported_up"] = e.chance(0.85)
        d.update(reported_to_council=e.chance(0.85), sent_to_front=e.chance(0.85))
        d["decision"] = decision
        return d

    def _postings(self, e: _Unit, c: Commune, has_website: bool, has_loudspeaker: bool, d: dict,
                  first: dt.date | None) -> dict:
        """An item posted at the office, in the villages and on the website (``first``: from that day;
        None: as drawn), broadcast when it is one of items 7–12 (Luật Đ13 k3); now and then decided
        and not posted at all."""
        if first is not None:
            d["postings"] = _Postings(e, c, has_website).item(d["id"], d["item"], d["subject"], None, None, None,
                                                             first=first)["postings"]
        if d.get("decided") and e.rng.random() < ASSUMED_RULES["disclosure_not_posted"]:
            d["postings"] = []
        if 7 <= d["item"] <= 12 and has_loudspeaker and d.get("postings"):
            days = e.pick((3 + e.rng.randint(0, 4), 0.7), (e.rng.randint(1, 2), 0.2), (0, 0.1))
            first = d["postings"][0]["from"]
            d["broadcasts"] = [_Flow({"from": first, "to": _last_broadcast(first, days)})] if days else []
        return d

    def _disclose(self, e: _Unit, ident: str, item: int, subject: str, decided: dt.date, place: str,
                  late: int = 5, number: str = "QĐ", on_time: float = 0.88) -> dict:
        """An item disclosed to staff or workers: mostly within ``late`` working days, posted long
        enough; some late, some taken down early, a few decided and not disclosed at all."""
        d = {"id": ident, "item": item, "subject": subject,
             "decided": _Flow({"number": e.number(number), "date": decided})}
        shown = e.pick(("yes", on_time), ("late", (1 - on_time) / 2), ("no", (1 - on_time) / 2))
        if shown == "no":
            d["postings"] = []
            return d
        first = _add_workdays(decided, e.rng.randint(1, late) if shown == "yes" else late + e.rng.randint(2, 10))
        posting = {"place": place, "from": first}
        if place != "intranet" or e.rng.random() < 0.3:
            posting["to"] = first + dt.timedelta(days=e.pick((e.rng.randint(22, 60), 0.88), (e.rng.randint(7, 15), 0.12)))
        d["postings"] = [_Flow(posting)]
        return d

    def _agency_rules(self, u: _Unit, name: str, type_: str, staff: int, attrs: dict, issuer: str,
                      start_month: int, p: dict, docs: list, disclosures: list, meetings: list, boards: list,
                      not_found: list) -> None:
        seed, A = self.seed, ASSUMED_RULES
        since, as_of = self.round.province_since, self.round.as_of
        e = u.fork(seed, self.year, "rules", type_, name)
        lo, hi = since + dt.timedelta(days=10), as_of - dt.timedelta(days=20)

        def looked(*keys: str, rare: bool = False) -> None:
            self._looked(e, not_found, *keys, rare=rare)

        attrs["special"] = False
        place = "intranet" if attrs["has_intranet"] else "workplace"
        on_time = 0.98 if e.chance(0.75) else 0.75
        # Items of Luật Đ46 the first rulesets did not look at; the month's work plan (k2) every month.
        for item, share, subject in (
                (1, 0.9, "Văn bản chỉ đạo của cấp trên về nhiệm vụ của cơ quan, đơn vị"),
                (4, 0.5, "Tiêu chuẩn, định mức, quy chế quản lý, sử dụng tài sản công"),
                (5, 0.3, "Kế hoạch, tiến độ, giải ngân dự án đầu tư công của đơn vị"),
                (7, 0.6, "Kết luận về vụ việc tham nhũng, tiêu cực; bản kê khai tài sản, thu nhập"),
                (8, 0.4, "Kết quả giải quyết khiếu nại, tố cáo, kiến nghị của cán bộ, công chức, viên chức"),
                (10, 0.5, "Tổng hợp ý kiến của cán bộ, công chức, viên chức và việc tiếp thu, giải trình"),
                (11, 0.6, "Quyết định, chỉ thị của cơ quan quản lý cấp trên liên quan đến đơn vị"),
                (12, 0.3, "Nội dung khác theo quy chế thực hiện dân chủ của đơn vị")):
            if e.rng.random() < share:
                for i in range(e.pick((1, 0.6), (2, 0.3), (3, 0.1))):
                    disclosures.append(self._disclose(e, f"{subject} ({i + 1})", item, subject, e.workday(lo, hi),
                                                      place, on_time=on_time))
            else:
                looked(f"disclosures.{item}")
        monthly = e.chance(A["agency_monthly_plans"])
        for m in _periods("month", since, as_of):
            if e.rng.random() < (0.97 if monthly else 0.5):
                day = e.workday(m.start, min(m.start + dt.timedelta(days=9), m.end))
                posting = {"place": place, "from": day}
                if place == "workplace":
                    posting["to"] = m.end
                # issued on the day it is posted, for the month it plans (Luật Đ46 k2, Đ47 k2)
                disclosures.append({"id": f"Chương trình công tác tháng {m.start.strftime('%m/%Y')}", "item": 2,
                                    "subject": "Chương trình, kế hoạch công tác tháng", "decided": _Flow({"date": day}),
                                    "data_period": _Flow({"from": m.start, "to": m.end}),
                                    "postings": [_Flow(posting)]})
        shown = [d for d in disclosures if d.get("postings")]
        if shown and e.rng.random() < A["staff_request"]:
            d = e.rng.choice(shown)
            asked = d["postings"][0]["from"] + dt.timedelta(days=e.rng.randint(5, 40))
            if asked < as_of - dt.timedelta(days=10):
                d.update(requested=asked, provided_on_request=e.chance(0.88))
        # Staff comments used (Luật Đ53, Đ55, Đ59 k1 b).
        for d in docs:
            if d["kind"] == "work_plan" and d.get("staff_consulted"):
                d["explanation_published"] = e.chance(0.75)
        if not any(d["kind"] == "feedback_channel" for d in docs):
            looked("documents.feedback_channel")
        for y in _periods("year", since, as_of):
            if e.chance(0.75):
                docs.append({"id": f"Đánh giá, xếp loại công chức, viên chức năm {y.start.year}",
                             "kind": "staff_evaluation", "date": e.workday(D(y.start.year, 12, 1), D(y.start.year, 12, 28)),
                             "issuer": issuer, "staff_consulted": e.chance(0.88)})
        if not any(d["kind"] == "staff_evaluation" for d in docs):
            looked("documents.staff_evaluation")
        if attrs.get("has_subordinate_units") and not any(d["kind"] == "subordinate_units_democracy" for d in docs):
            looked("documents.subordinate_units_democracy")
        if e.rng.random() < A["conference_request"]:
            docs.append({"id": "Đề nghị tổ chức hội nghị bất thường", "kind": "conference_request",
                         "date": e.workday(lo, hi), "proposer": "union_executive", "conference_held": e.chance(0.8)})
        else:
            looked("documents.conference_request", rare=True)
        # The board: the head's yearly briefing, answers to its recommendations, its inspections (Luật Đ63;
        # NĐ 59 Đ22).
        board = next((b for b in boards if b["kind"] == "people_inspection" and self._current(b)), None)
        if board is not None:
            if staff >= 300:  # a large unit's board: 9 members (Luật Đ60 k1)
                for i in range(2):
                    board["members"].append(_Flow({"name": e.person(e.pick(("kinh", 0.7), ("thai", 0.3))),
                                                   "role": "deputy" if i == 0 and e.rng.random() < 0.3 else "member",
                                                   "position": "staff"}))
            for w in _periods("year", since, as_of + dt.timedelta(days=1), start_month, 3):
                day = max(w.end + dt.timedelta(days=e.pick((e.rng.randint(5, 60), 0.9), (e.rng.randint(95, 130), 0.1))),
                          _add_workdays(board["elected"], e.rng.randint(2, 10)))
                if day < as_of and e.chance(A["yearly_paper"] + 0.15):
                    docs.append({"id": f"Thông báo cho Ban Thanh tra nhân dân {w.label}",
                                 "kind": "inspection_board_briefing", "date": _weekday(day), "issuer": issuer,
                                 "period": _Flow({"from": w.start, "to": w.end})})
            if not any(d["kind"] == "inspection_board_briefing" for d in docs):
                looked("documents.inspection_board_briefing")
            if e.rng.random() < A["board_recommendation_agency"]:
                received = e.workday(max(board["elected"], lo), hi)
                docs.append({"id": "Kiến nghị của Ban Thanh tra nhân dân", "kind": "inspection_board_recommendation",
                             "title": "Kiến nghị về việc chi trả chế độ làm thêm giờ", "date": received,
                             "received": received, "reply": _Flow({"number": e.number("CV"), "issuer": issuer,
                                                                   "date": received + dt.timedelta(days=e.pick(
                                                                       (e.rng.randint(4, 14), 0.85),
                                                                       (e.rng.randint(18, 40), 0.15)))})})
            else:
                looked("documents.inspection_board_recommendation", rare=True)
            self._inspection(e, docs, not_found, max(board["elected"], lo), hi, "Ban Thanh tra nhân dân", 0.5)
        elif not any(b["kind"] == "people_inspection" for b in boards):
            looked("boards.people_inspection")  # a unit of 7 staff or fewer has none (Luật Đ60 k1)
        # Citizens' reception by the head of a state agency (Luật Tiếp công dân Đ18, Đ24).
        if type_ == "state_agency":
            if e.chance(0.85):
                docs.append({"id": "Nội quy tiếp công dân", "kind": "reception_rules", "number": e.number("QĐ"),
                             "date": e.workday(D(2023, 3, 1), since), "issuer": issuer})
                # issued with the rules by the same decision (Luật Tiếp công dân Đ18 k1 a): no draw of its own
                docs.append(docs[-1] | {"id": "Quy chế tiếp công dân", "kind": "reception_regulation"})
                docs.append({"id": "Lịch tiếp công dân", "kind": "reception_notice",
                             "title": "Nơi tiếp, thời gian tiếp công dân và lịch tiếp công dân của Thủ trưởng",
                             "date": e.workday(D(2023, 3, 1), since), "issuer": issuer, "posted": e.chance(0.9)})
            else:
                looked("documents.reception_rules", "documents.reception_notice")
                if "documents.reception_rules" in not_found:
                    not_found.append("documents.reception_regulation")
            regular = e.chance(A["receptions_monthly"])
            receptions = []
            for m in _periods("month", since, as_of):
                if regular or e.rng.random() < 0.6:
                    day = e.workday(m.start + dt.timedelta(days=5), m.end - dt.timedelta(days=3))
                    receptions.append(_Flow({"date": day, "kind": "regular", "received_by": issuer, "by_head": True,
                                             "citizens": e.poisson(0.8),
                                             "schedule_posted": _sub_workdays(day, e.rng.randint(6, 15) if regular
                                                                              or e.chance(0.7) else e.rng.randint(1, 4))}))
            p["receptions"] = receptions

    def _inspection(self, e: _Unit, docs: list, not_found: list, lo: dt.date, hi: dt.date, by: str,
                    share: float, notice: int = 5) -> None:
        """A board's inspection: its plan sent ``notice`` working days ahead (mostly), and its result
        sent to whoever raised the matter (NĐ 59 Đ14, Đ22, Đ26)."""
        if lo < hi - dt.timedelta(days=40) and e.rng.random() < share:
            starts = e.workday(lo + dt.timedelta(days=20), hi - dt.timedelta(days=20))
            sent = _sub_workdays(starts, e.pick((e.rng.randint(notice + 1, notice + 8), 0.86),
                                                (e.rng.randint(1, notice - 1), 0.14)))
            docs.append({"id": f"Kế hoạch kiểm tra, giám sát của {by}", "kind": "inspection_plan",
                         "title": "Kế hoạch giám sát việc thực hiện chế độ, chính sách đối với người lao động",
                         "date": _sub_workdays(sent, e.rng.randint(1, 3)), "sent_on": sent, "starts": starts})
            res = {"id": f"Kết quả kiểm tra, giám sát của {by}", "kind": "inspection_result",
                   "date": _add_workdays(starts, e.rng.randint(8, 15))}
            if e.chance(0.88):
                res["sent_on"] = _add_workdays(res["date"], e.rng.randint(1, 4))
            else:
                res["sent"] = False
            docs.append(res)
        else:
            self._looked(e, not_found, "documents.inspection_plan", "documents.inspection_result")

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

    # -- the steering committees' activity records (the annex) ----------------------------
    def _record(self, name: str, folder: str, level: str, area: list[dict], kept_by: str, body: dict) -> None:
        """An activity record, at ``folder``/hoat-dong-``name``-YEAR.yaml (a commune's: in its folder,
        hoat-dong-YEAR.yaml), with id hd-``name``-YEAR."""
        y = self.round.annex_year
        path = f"{folder}/hoat-dong-{y}.yaml" if level == "commune" else f"{folder}/hoat-dong-{name}-{y}.yaml"
        data = {"schema": "qcdc-activity/1", "id": f"hd-{name}-{y}",
                "level": level, "admin_path": [_Flow(a) for a in area], "year": y,
                "kept_by": f"{kept_by} — {SYNTHETIC} (qcdc-check sample, seed {self.seed})", **body,
                "notes": _notes(self.seed, self.year, "Hồ sơ hoạt động giả lập của Ban Chỉ đạo; số liệu theo phụ lục "
                                                      "báo cáo 39-BC/BCĐ năm 2023 (xem README.md).")}
        if path in self.files:  # pragma: no cover - a bug
            raise RuntimeError(f"two files would be written to {path}")
        self.files[path] = _yaml(_header(self.seed, self.year), data)
        self.records += 1

    def _document(self, u: _Unit, issuer: str, purpose: str, kind: str, symbol: str | None, title: str,
                  start: dt.date, end: dt.date) -> dict:
        """A dated document; numbered when its type is known (``symbol`` as in 12-KH/BCĐ, or
        12/KH-UBND when it starts with '/')."""
        day = u.workday(start, end)
        out = {"issuer": issuer, "purpose": purpose, "kind": kind}
        if symbol:
            taken = u.__dict__.setdefault("numbers", set())  # one number, one document
            while True:
                n = u.rng.randint(1, 180)
                number = f"{n}{symbol}" if symbol.startswith("/") else f"{n:02d}-{symbol}"
                if number not in taken:
                    break
            taken.add(number)
            out["number"] = number
        out.update(date=day, title=title)
        return out

    def province_record(self) -> None:
        """The province's record of the annex year, with the province's figures of seed 001's annex
        (not scaled: they are the province's own)."""
        y = self.round.annex_year
        u = _Unit(self.seed, self.year, "activity", "province")
        start, end = D(y, 1, 5), D(y, 12, 15)
        law = "Luật Thực hiện dân chủ ở cơ sở"
        docs = [self._document(u, "party_committee", "direction", "other", None,
                               f"Văn bản của Tỉnh ủy lãnh đạo thực hiện dân chủ ở cơ sở năm {y}", start, end)]
        for kind, symbol, title in (("plan", "KH/BCĐ", "Kế hoạch hoạt động của Ban Chỉ đạo"),
                                    ("plan", "KH/BCĐ", "Kế hoạch kiểm tra, giám sát thực hiện dân chủ ở cơ sở"),
                                    ("notice", "TB/BCĐ", "Thông báo phân công nhiệm vụ thành viên Ban Chỉ đạo"),
                                    ("notice", "TB/BCĐ", "Thông báo kết luận của Trưởng Ban Chỉ đạo"),
                                    ("official_letter", "CV/BCĐ", "Công văn đề nghị báo cáo kết quả thực hiện"),
                                    ("official_letter", "CV/BCĐ", "Công văn hướng dẫn tổ chức đối thoại")):
            docs.append(self._document(u, "steering_committee", "direction", kind, symbol, f"{title} năm {y}",
                                       start, end))
        for org in ("Hội Nông dân tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"):
            docs.append(self._document(u, "socio_political", "direction", "other", None,
                                       f"Văn bản của {org} về thực hiện dân chủ ở cơ sở", start, end))
        docs.append(self._document(u, "government", "law_implementation", "plan", "/KH-UBND",
                                   f"Kế hoạch triển khai thi hành {law}", start, end))
        docs.append(self._document(u, "government", "law_implementation", "official_letter", "/UBND-NC",
                                   f"Công văn triển khai {law} và Nghị định 59/2023/NĐ-CP", start, end))
        docs.sort(key=lambda d: d["date"])
        months = [(2, 3), (4, 5), (7, 8), (9, 10), (11, 12)]  # spread, so the communes' half of 2025 has some
        days = [u.workday(D(y, a, 1), D(y, b, 25)) for a, b in months]
        people = _apportion(int(ANNEX["province_trainees"][0]), [u.rng.uniform(0.7, 1.3) for _ in days])
        trainings = [{"date": d, "title": f"Hội nghị tuyên truyền, tập huấn {law}",
                      "organiser": PROVINCE_ORGANISERS[0], "participants": n,
                      "audiences": _FlowList(["officials", "front_organisations", "mass_mobilisation"])}
                     for d, n in zip(days, people)]
        self.province_training_days = days
        inspections = [{"id": "KT-01", "date": u.workday(D(y, 9, 1), D(y, 11, 30)),
                        "title": "Kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở",
                        "by": "Đoàn kiểm tra của Ban Chỉ đạo tỉnh",
                        "teams": int(ANNEX["province_inspections"][0]),
                        "units": int(ANNEX["province_inspected_units"][0])}]
        chair = int(ANNEX["province_chair"][0])
        self._record("tinh-lai-chau", "tinh-lai-chau", "province", [self._province()],
                     "Văn phòng Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Lai Châu",
                     {"documents": docs, "trainings": trainings, "inspections": inspections,
                      "heads": {"party_secretary": _Flow({"receptions": 0, "dialogues": 0}),
                                "chairman": _Flow({"receptions": chair, "dialogues": chair})}})

    def _commune_shares(self) -> dict[tuple[str, str], dict[str, int]]:
        """The communes' share of the province-wide commune figures (the party secretaries'
        receptions and dialogues; new rural development once there are no districts), over the
        whole map, so that a smaller sample keeps each commune's figures. A 2025 commune weighs
        as the units merged into it, over the half year it existed."""
        if hasattr(self, "_shares"):
            return self._shares
        part = 0.5 if self.year == 2025 else 1.0
        weights = [max(1, len(c.predecessors)) * _rng(self.seed, "activity", "weight", c.kind, c.name).gammavariate(
            4.0, 1.0) for c in self.everything]
        figures = {"receptions": ANNEX["commune_secretary_receptions"][0],
                   "dialogues": ANNEX["commune_secretary_dialogues"][0]}
        if self.year == 2025:
            figures.update(money=ANNEX["rural_money_million"][0], land=ANNEX["rural_land_m2"][0])
        split = {k: _apportion(round(v * part), weights) for k, v in figures.items()}
        self._shares = {(c.kind, c.name): {k: split[k][i] for k in split} for i, c in enumerate(self.everything)}
        return self._shares

    def commune_record(self, c: Commune, cslug: str, title: str) -> None:
        """What the commune's own profile does not hold: its party secretary's receptions and
        dialogues, the party committee's, the Front's and the organisations' documents, its
        inspections of villages (assumptions), and new rural development on the 2025 map."""
        y = self.round.annex_year
        u = _Unit(self.seed, self.year, "activity", c.kind, c.name)
        start, end = max(D(y, 1, 5), self.round.local_since + dt.timedelta(days=5)), D(y, 12, 20)
        part = 0.5 if self.year == 2025 else 1.0
        a = ANNEX_ASSUMED
        docs = []
        for issuer, mean, kinds, org in (
                ("party_committee", a["commune_party_direction"], (("plan", "KH/ĐU"), ("directive", "CT/ĐU"),
                                                                   ("notice", "TB/ĐU")), f"Đảng ủy {title}"),
                ("front", a["commune_front_direction"], (("plan", "KH/MTTQ"),), f"Ủy ban MTTQ Việt Nam {title}"),
                ("socio_political", a["commune_organisations_direction"], (("plan", "KH/HND"), ("plan", "KH/HPN"),
                                                                           ("plan", "KH/ĐTN")),
                 f"các đoàn thể {title}")):
            for _ in range(u.poisson(mean * part)):
                kind, symbol = u.rng.choice(kinds)
                docs.append(self._document(u, issuer, "direction", kind, symbol,
                                           f"Văn bản của {org} về thực hiện dân chủ ở cơ sở", start, end))
        if u.rng.random() < a["commune_party_law_plan"]:
            docs.append(self._document(u, "party_committee", "law_implementation", "plan", "KH/ĐU",
                                       "Kế hoạch quán triệt, triển khai Luật Thực hiện dân chủ ở cơ sở", start, end))
        docs.sort(key=lambda d: d["date"])
        inspections = []
        for i in range(u.poisson(a["commune_inspections"] * part)):
            inspections.append({"id": f"KT-{i + 1:02d}", "date": u.workday(start, end),
                                "title": "Kiểm tra thực hiện dân chủ ở thôn, bản, tổ dân phố",
                                "by": f"Đoàn kiểm tra của Đảng ủy {title}", "teams": 1,
                                "units": u.rng.randint(1, max(1, min(5, len(c.villages))))})
        inspections.sort(key=lambda i: i["date"])
        share = self._commune_shares()[(c.kind, c.name)]
        body = {"documents": docs, "inspections": inspections,
                "heads": {"party_secretary": _Flow({"receptions": share["receptions"],
                                                    "dialogues": share["dialogues"]})}}
        if "money" in share:
            body["new_rural"] = _Flow({"money_million_vnd": share["money"], "land_m2": share["land"]})
        self._record(cslug, cslug, "commune",
                     [self._province(), {"level": "commune", "kind": c.kind, "name": c.name}],
                     f"Văn phòng Đảng ủy {title}", body)

    def district_records(self) -> None:
        """The city's and the seven districts' records (the 2023 map): the annex's district totals,
        scaled to the sample, shared among them."""
        y = self.round.annex_year
        rng = _rng(self.seed, "activity", "districts")
        weights = [rng.gammavariate(4.0, 1.0) for _ in DISTRICTS]

        def split(key: str) -> list[int]:
            return _apportion(round(ANNEX[key][0] * self.scale), weights)

        law = [("party_committee", "plan", "KH/HU", ANNEX["district_law_party"][0]),  # seed 001 l.281–283
               ("government", "plan", "/KH-UBND", 10), ("government", "official_letter", "/UBND-NV", 4),
               ("steering_committee", "plan", "KH/BCĐ", ANNEX["district_law_bcd"][0])]
        law_split = [_apportion(round(n * self.scale), weights) for *_, n in law]
        direction = {issuer: split(f"district_direction_{key}") for issuer, key in (
            ("party_committee", "party"), ("government", "government"), ("steering_committee", "bcd"),
            ("front", "front"), ("socio_political", "organisations"))}
        sessions, inspections = split("district_trainings"), split("district_inspections")
        people = _apportion(round(ANNEX["district_trainees"][0] * self.scale), sessions) if sum(sessions) else \
            [0] * len(DISTRICTS)
        units = _apportion(round(ANNEX["district_inspected_units"][0] * self.scale), inspections) \
            if sum(inspections) else [0] * len(DISTRICTS)
        heads = {k: split(k) for k in ("district_secretary_receptions", "district_secretary_dialogues",
                                       "district_chair_receptions", "district_chair_dialogues")}
        money, land = split("rural_money_million"), split("rural_land_m2")
        for i, (kind, name) in enumerate(DISTRICTS):
            u = _Unit(self.seed, self.year, "activity", kind, name)
            title = f"{kind} {name}"
            start, end = D(y, 1, 5), D(y, 12, 20)
            docs = [{"issuer": issuer, "purpose": "direction", "count": counts[i],
                     "title": f"Văn bản lãnh đạo, chỉ đạo về thực hiện dân chủ ở cơ sở năm {y} (tổng hợp)"}
                    for issuer, counts in direction.items() if counts[i]]
            for (issuer, kind_, symbol, _), counts in zip(law, law_split):
                for _ in range(counts[i]):
                    docs.append(self._document(u, issuer, "law_implementation", kind_, symbol,
                                               f"Văn bản quán triệt, triển khai Luật Thực hiện dân chủ ở cơ sở, "
                                               f"{title}", start, end))
            trainings = [{"title": f"Tuyên truyền, tập huấn Luật Thực hiện dân chủ ở cơ sở năm {y} (tổng hợp)",
                          "sessions": sessions[i], "participants": people[i],
                          "audiences": _FlowList(["officials", "party_cell_secretaries", "village_heads",
                                                  "grassroots_organisations", "residents"])}] if sessions[i] else []
            checks = [{"title": f"Kiểm tra, giám sát thực hiện dân chủ ở cơ sở năm {y} (tổng hợp)",
                       "by": f"Các đoàn kiểm tra của Ban Chỉ đạo {title}", "teams": inspections[i],
                       "units": units[i]}] if inspections[i] else []
            area = [self._province(), {"level": "district", "kind": kind, "name": name}]
            self._record(f"{slug(kind)}-{slug(name)}", "tinh-lai-chau", "district", area,
                         f"Văn phòng Ban Chỉ đạo thực hiện dân chủ ở cơ sở {title}",
                         {"documents": docs, "trainings": trainings, "inspections": checks,
                          "heads": {"party_secretary": _Flow({"receptions": heads["district_secretary_receptions"][i],
                                                              "dialogues": heads["district_secretary_dialogues"][i]}),
                                    "chairman": _Flow({"receptions": heads["district_chair_receptions"][i],
                                                       "dialogues": heads["district_chair_dialogues"][i]})},
                          "new_rural": _Flow({"money_million_vnd": money[i], "land_m2": land[i]})})

    # -- province-level units ---------------------------------------------------------------
    def _count(self, full: int) -> int:
        return max(1, round(full * self.scale)) if full else 0

    def province_units(self) -> None:
        agencies = AGENCIES[self.year]
        psus = PUBLIC_SERVICE_UNITS[self.year]
        for name in _rng(self.seed, "pick", "agency").sample(agencies, self._count(len(agencies))):
            self.agency(name, "state_agency", "Ủy ban nhân dân tỉnh Lai Châu", None)
        for spec in _rng(self.seed, "pick", "psu").sample(psus, self._count(len(psus))):
            self.agency(spec[0], "public_service_unit", spec[1], spec)
        n_soe = int(FIGURES["soes"][0])
        for name, parent in _rng(self.seed, "pick", "soe").sample(SOES, self._count(n_soe)):
            self.soe(name, parent)
        rng = _rng(self.seed, "pick", "enterprise")
        places = [c.name for c in communes(self.seed, self.year)]
        names: list[str] = []
        while len(names) < self._count(FULL_ENTERPRISES):
            name = rng.choice(ENTERPRISE_KINDS).format(p=rng.choice(places))
            if name not in names:
                names.append(name)
        for name in names:
            self.enterprise(name)

    def _file(self, name: str) -> str:
        """The unit's file name in the province folder, unique there."""
        self.province_files.append(_unique(slug(name), self.province_files))
        return self.province_files[-1]

    def _path(self) -> list[dict]:
        return [self._province()]

    def agency(self, name: str, type_: str, parent: str, spec) -> None:
        r, seed = self.round, self.seed
        u = _Unit(seed, self.year, type_, name)
        since, as_of = r.province_since, r.as_of
        school = bool(spec and spec[4])
        start_month = 9 if school else 1
        fname = self._file(name)
        p = self._profile(f"lc-{fname}", name, type_, self._path(), since)
        p["parent"] = parent if type_ == "public_service_unit" else "Ủy ban nhân dân tỉnh Lai Châu"
        staff = u.rng.randint(*spec[2]) if spec else u.rng.randint(28, 115)
        p["headcount"] = {"staff": staff}
        attrs = {"has_website": u.chance(0.9), "has_intranet": u.chance(0.5), "has_union": True,
                 "dispersed": False}
        if type_ == "public_service_unit":
            attrs["fully_state_funded"] = bool(spec[3])
        attrs["has_subordinate_units"] = u.chance(0.35) if type_ == "state_agency" else False
        if school:
            attrs["work_year_start_month"] = 9
        p["attributes"] = attrs
        issuer = ("Giám đốc" if "Sở" in name or "Trung tâm" in name else "Hiệu trưởng" if school else
                  "Thủ trưởng") + " " + name.split(" tỉnh")[0]
        docs, disclosures, meetings, boards, not_found = [], [], [], [], []
        work_years = _periods("year", since, as_of + dt.timedelta(days=1), start_month, 3)
        # The democracy regulation (Luật Đ59).
        state = u.pick(("new", ASSUMED["regulation_share"]), ("old", 0.05), ("none", 0.02))
        reg = None
        if state != "none":
            reg = {"id": "Quy chế thực hiện dân chủ", "kind": "democracy_regulation",
                   "title": f"Quy chế thực hiện dân chủ ở cơ sở tại {name}", "number": u.number("QĐ"),
                   "date": u.workday(D(2023, 8, 1), D(2024, 6, 30)) if state == "new" else
                   u.workday(D(2020, 1, 1), D(2022, 12, 31)), "issuer": issuer,
                   "with_union": u.pick((True, 0.9), (False, 0.1))}
            if state == "new":
                for key, share in (("union_commented", 0.8), ("staff_consulted", 0.75), ("consultation_plan", 0.6),
                                   ("explanation_published", 0.55)):
                    value = u.pick((True, share), (False, (1 - share) / 2), (None, (1 - share) / 2))
                    if value is not None:
                        reg[key] = value
            else:
                reg["note"] = "Ban hành theo Nghị định 04/2015/NĐ-CP, chưa ban hành lại theo Luật 10/2022/QH15."
            docs.append(reg)
        elif u.rng.random() < 0.7:
            not_found.append("documents.democracy_regulation")
        if attrs["has_subordinate_units"] and u.chance(0.5):
            docs.append({"id": "Dân chủ ở đơn vị trực thuộc", "kind": "subordinate_units_democracy",
                         "date": reg["date"] if reg else u.workday(since, as_of), "issuer": issuer})
        if u.chance(0.7):
            docs.append({"id": "Hòm thư góp ý", "kind": "feedback_channel", "date": u.workday(D(2023, 9, 1),
                                                                                            D(2024, 12, 31)),
                         "issuer": issuer, "title": "Quyết định thiết lập hòm thư góp ý và địa chỉ thư điện tử"})
        if u.chance(0.6):
            docs.append({"id": "Kế hoạch tập huấn, bồi dưỡng", "kind": "training_plan", "issuer": issuer,
                         "date": u.workday(since, since + dt.timedelta(days=60))})
        # Staff conferences: 536 units held theirs in 2023, "some combined with the year-end
        # meeting" (seed 001): the combined ones are held before the work year ends.
        conferences = []
        for w in work_years:
            outcome = u.pick(("on_time", 0.86), ("combined", 0.08), ("none", 0.06))
            if outcome == "none":
                continue
            if outcome == "combined":
                day = u.workday(w.end - dt.timedelta(days=20), w.end - dt.timedelta(days=2))
            else:
                day = u.workday(w.end + dt.timedelta(days=10), w.due - dt.timedelta(days=5))
            if day >= as_of:
                continue
            delegates = staff >= 100
            summoned = round(staff * u.rng.uniform(0.55, 0.75)) if delegates else staff
            present = round(summoned * (u.rng.uniform(0.8, 0.99) if u.rng.random() < 0.93 else
                                        u.rng.uniform(0.5, 0.65)))
            m = {"id": f"Hội nghị cán bộ, công chức, viên chức {w.label}", "kind": "staff_conference",
                 "title": f"Hội nghị {'đại biểu ' if delegates else ''}cán bộ, công chức, viên chức, người lao động "
                          f"{'năm học' if school else 'năm'} {w.label}"
                          + (" (lồng ghép hội nghị tổng kết cuối năm)" if outcome == "combined" else ""),
                 "date": day, "delegates": delegates, "summoned": summoned, "present": present,
                 "minutes": True, "resolution": _Flow({"number": u.number("NQ-HNCBCCVC", 1, 3), "date": day})}
            if u.rng.random() < 0.85:
                m["votes_for"] = round(present * u.rng.uniform(0.8, 1.0))
            business = ["policy_review", "resolution_review", "head_accountability", "emulation_review",
                        "staff_decisions", "disclosure_consultation", "head_report", "union_report",
                        "staff_discussion", "answers", "inspection_board_report", "awards", "emulation_pact",
                        "adopt_resolution"]
            shape = u.pick(("all", 0.5), ("some", 0.3), ("unknown", 0.2))
            if shape != "unknown":
                if shape == "some":
                    for gone in u.rng.sample(business, u.rng.randint(1, 3)):
                        business.remove(gone)
                m["business"] = _FlowList(business)
            conferences.append(m)
            if u.chance(0.75):
                docs.append({"id": f"Kế hoạch tổ chức hội nghị {w.label}", "kind": "conference_plan",
                             "date": day - dt.timedelta(days=u.rng.randint(10, 35)), "issuer": issuer,
                             "with_union": u.pick((True, 0.85), (False, 0.15))})
        meetings += conferences
        if not conferences and u.rng.random() < 0.5:
            not_found.append("meetings.staff_conference")
        for h in _periods("half", since, as_of, start_month):
            if u.chance(0.45):
                docs.append({"id": f"Đánh giá thực hiện nghị quyết hội nghị {h.label}", "kind": "resolution_evaluation",
                             "date": u.workday(h.end - dt.timedelta(days=20), h.end - dt.timedelta(days=1)),
                             "issuer": issuer, "with_union": u.pick((True, 0.8), (False, 0.2)),
                             "announced": u.pick((True, 0.7), (False, 0.3))})
        for y in _periods("year", since, as_of):
            if u.chance(0.5):
                docs.append({"id": f"Đánh giá, xếp loại năm {y.start.year}", "kind": "democracy_evaluation",
                             "date": u.workday(D(y.start.year, 12, 5), D(y.start.year, 12, 28)), "issuer": issuer})
            if u.chance(0.65):
                docs.append({"id": f"Kế hoạch công tác năm {y.start.year + 1}", "kind": "work_plan",
                             "date": u.workday(D(y.start.year, 12, 10), D(y.start.year, 12, 30)), "issuer": issuer,
                             "staff_consulted": u.pick((True, 0.75), (False, 0.25)),
                             "consultation_plan": u.pick((True, 0.6), (False, 0.4))})
        # The board (100% of units: seed 001), elected at the first conference in the window.
        first = next((m for m in conferences if m["date"] >= since), None)
        if staff > 7 and first is not None:
            elected = first["date"]
            months = u.pick((24, 0.85), (36, 0.1), (30, 0.05))
            # on the union executive's proposal (Luật Đ60 k1 until 01/07/2025; still where pay is not wholly
            # State-funded): every sampled unit has a union
            board = {"id": "Ban Thanh tra nhân dân", "kind": "people_inspection", "proposed_by": "union_executive",
                     "elected": elected,
                     "term": _Flow({"from": elected, "to": _months_later(elected, months) - dt.timedelta(days=1)})}
            if u.chance(0.9):
                board["recognised_by"] = _Flow({"number": u.number("QĐ-CĐ", 1, 30),
                                                "date": _add_workdays(elected, u.pick((u.rng.randint(1, 5), 0.9),
                                                                                      (u.rng.randint(6, 12), 0.1))),
                                                "issuer": f"Ban Chấp hành Công đoàn cơ sở {name.split(' tỉnh')[0]}"})
            size = 3 if staff < 50 else 5 if staff < 150 else 7
            members = [{"name": u.person(u.pick(("kinh", 0.6), ("thai", 0.25), ("hmong", 0.1), ("dao", 0.05))),
                        "role": "head" if i == 0 else "deputy" if i == 1 else "member", "position": "staff"}
                       for i in range(size)]
            if u.rng.random() < 0.08:
                members[-1]["position"] = u.rng.choice(["deputy_head_of_unit", "chief_accountant"])
            board["members"] = [_Flow(m) for m in members]
            boards.append(board)
            if self._current(board):
                self._agency_board_papers(u, docs, board, since, as_of, start_month, issuer, name)
        # Disclosures to staff (Luật Đ46–48).
        place = "intranet" if attrs["has_intranet"] else "workplace"
        if reg is not None and u.chance(0.7):
            disclosures.append({"id": "Quy chế, nội quy của đơn vị", "item": 9, "subject": "Quy chế thực hiện dân chủ, "
                                "nội quy, quy tắc ứng xử",
                                "decided": _Flow({"number": reg["number"], "date": reg["date"]}),
                                "postings": [_Flow({"place": place, "from": _add_workdays(reg["date"],
                                                                                          u.rng.randint(1, 8))})]})
        for y in _periods("year", since, as_of):
            if u.chance(0.6):
                decided = u.workday(D(y.start.year, 1, 5), D(y.start.year, 2, 20))
                first_posted = _add_workdays(decided, u.pick((u.rng.randint(1, 5), 0.8), (u.rng.randint(6, 15), 0.2)))
                disclosures.append({"id": f"Dự toán ngân sách năm {y.start.year}", "item": 3,
                                    "subject": f"Dự toán ngân sách năm {y.start.year} được giao",
                                    "decided": _Flow({"number": u.number("QĐ-UBND"), "date": decided}),
                                    "postings": [_Flow({"place": place, "from": first_posted,
                                                        "to": _taken_down(first_posted, u.pick(
                                                            (u.rng.randint(20, 45), 0.8), (u.rng.randint(7, 15), 0.2)))
                                                        })]})
        for i in range(u.rng.randint(0, 2)):
            decided = u.workday(since, as_of - dt.timedelta(days=30))
            first_posted = _add_workdays(decided, u.pick((u.rng.randint(1, 5), 0.8), (u.rng.randint(6, 15), 0.2)))
            disclosures.append({"id": f"Quyết định nhân sự {i + 1}", "item": 6,
                                "subject": "Quyết định bổ nhiệm, nâng lương, khen thưởng cán bộ",
                                "decided": _Flow({"number": u.number("QĐ"), "date": decided}),
                                "postings": [_Flow({"place": place, "from": first_posted,
                                                    "to": _taken_down(first_posted, u.rng.randint(15, 40))})]})
        focal = u.person(u.pick(("kinh", 0.7), ("thai", 0.3)))
        officers = [_Flow({"name": focal, "role": "democracy_focal_point"})]
        people = [(focal, "democracy_focal_point")] + [(m["name"], "people_inspection_member") for b in boards
                                                       for m in b["members"]]
        trainings = self._trainings(u, people, since, u.pick((0, 0.15), (1, 0.55), (2, 0.3)),
                                    ["Luật Thực hiện dân chủ ở cơ sở và Nghị định 59/2023/NĐ-CP",
                                     "Nghiệp vụ Ban Thanh tra nhân dân ở cơ quan, đơn vị",
                                     "Quán triệt Nghị quyết 75/NQ-HĐND của HĐND tỉnh"],
                                    ["Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh", "Liên đoàn Lao động tỉnh Lai Châu",
                                     "Công đoàn Viên chức tỉnh Lai Châu"], ASSUMED["trained_share"], p["id"])
        if not trainings and u.rng.random() < 0.5:
            not_found.append("trainings")
        self._agency_rules(u, name, type_, staff, attrs, issuer, start_month, p, docs, disclosures, meetings, boards,
                           not_found)
        p.update(documents=docs, disclosures=disclosures, meetings=meetings, boards=boards, officers=officers,
                 trainings=trainings, not_found=not_found)
        p["notes"] = _notes(seed, self.year, "Tên đơn vị là thật; số cán bộ và mọi sự việc là giả định. Theo báo cáo "
                                             "39-BC/BCĐ, 536 cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên "
                                             "chức năm 2023, 100% kiện toàn Ban Thanh tra nhân dân.")
        self._write(f"tinh-lai-chau/{fname}.yaml", p)

    def _agency_board_papers(self, u: _Unit, docs, board, since, as_of, start_month, issuer, name) -> None:
        elected = board["elected"]
        bissuer = f"Ban Thanh tra nhân dân {name.split(' tỉnh')[0]}"
        for every, p_plan in (("year", 0.6), ("half", 0.3), ("quarter", 0.4)):
            for q in _periods(every, since, as_of, start_month):
                if q.end < elected or not u.chance(p_plan):
                    continue
                start = max(q.start, elected)
                docs.append({"id": f"Kế hoạch hoạt động Ban Thanh tra nhân dân {q.label}",
                             "kind": "inspection_board_plan", "issuer": bissuer,
                             "date": u.workday(start, start + dt.timedelta(days=20)),
                             "period": _Flow({"from": q.start, "to": q.end})})
        for every, p_rep in (("year", 0.5), ("half", 0.35), ("quarter", 0.4)):
            for q in _periods(every, since, as_of, start_month):
                when = q.end + dt.timedelta(days=u.rng.randint(-8, 25))
                if q.end < elected or when >= as_of or not u.chance(p_rep):
                    continue
                docs.append({"id": f"Báo cáo hoạt động Ban Thanh tra nhân dân {q.label}",
                             "kind": "inspection_board_report", "issuer": bissuer, "date": when,
                             "period": _Flow({"from": q.start, "to": q.end})})
        for y in _periods("year", since, as_of):
            if u.chance(0.55):
                docs.append({"id": f"Kinh phí hoạt động Ban Thanh tra nhân dân năm {y.start.year}",
                             "kind": "inspection_board_funding", "issuer": issuer,
                             "date": u.workday(y.start, y.start + dt.timedelta(days=45)),
                             "period": _Flow({"from": y.start, "to": y.end})})

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

    # -- all --------------------------------------------------------------------------------
    def build(self) -> Sample:
        self.province_record()  # first: the profiles' province trainings are its trainings
        for c in self.communes:
            self.commune(c)
        self.province_units()
        if self.year == 2023:
            self.district_records()
        self.files["README.md"] = self.readme()
        return Sample(dict(sorted(self.files.items())), dict(self.counts), self.records)

    def readme(self) -> str:
        r = self.round
        n_villages = sum(len(c.villages) for c in self.communes)
        full = len(communes(self.seed, self.year))
        part = "" if len(self.communes) == full else \
            f" — a sample of {len(self.communes)} of the {full} communes (`--communes {len(self.communes)}`)"
        command = (f"qcdc-check sample --province lai-chau --seed {self.seed} --year {self.year}"
                   + ("" if len(self.communes) == full else f" --communes {len(self.communes)}") + " -o DIR")
        lines = [
            f"# {SYNTHETIC.upper()} — SYNTHETIC SAMPLE, NOT INSPECTION RECORDS", "",
            "**Đây là dữ liệu giả lập để thử `qcdc-check scorecard`, không phải kết quả kiểm tra thật.** "
            "Tên tỉnh, tên xã, phường và tên cơ quan, đơn vị cấp tỉnh là thật; tên thôn, bản, tên người, tên doanh "
            "nghiệp ngoài nhà nước, số hiệu văn bản, ngày tháng và mọi sự việc ghi trong hồ sơ đều được sinh ngẫu "
            "nhiên. Không dùng để đánh giá bất kỳ đơn vị thật nào.", "",
            "This folder was generated at random to try the scorecard. The communes are Lai Châu's real ones; "
            "every fact recorded about any unit is made up. Each profile says so in its `inspected_by` and `notes`.",
            "",
            "## How it was made", "",
            "```sh", command, "qcdc-check scorecard DIR --province lai-chau", "qcdc-check annex DIR", "```", "",
            f"- Seed: **{self.seed}**; the same seed gives byte-identical files. Every draw comes from Python's "
            f"`random.Random`, seeded with the seed and the unit's key.",
            f"- Map: **{self.year}**{part}. "
            + ("The 38 communes and wards of Lai Châu from 01/07/2025 (NQ 1670/NQ-UBTVQH15; "
               "`qcdc_rules/data/lai-chau-2025-commune-merger.csv`); path province → commune → village; each "
               "commune holds the villages of the units merged into it."
               if self.year == 2025 else
               "The 106 communes, wards and towns before 01/07/2025 (the old units of the crosswalk CSV). Path "
               "province → commune → village: the seed documents do not say which district each commune was in, "
               "so no district level is given."),
            f"- Inspection round: {r.label}; every profile is as of **{r.as_of.isoformat()}**; communes and villages "
            f"are inspected from {r.local_since.isoformat()}, province-level units from "
            f"{r.province_since.isoformat()}.",
            f"- Units ({sum(self.counts.values())} profiles): communes {self.counts['commune']}, villages "
            f"{n_villages}, state agencies {self.counts['state_agency']}, public service units "
            f"{self.counts['public_service_unit']}, state-owned enterprises {self.counts['state_owned_enterprise']}, "
            f"other enterprises {self.counts['enterprise']}.", "",
            "## Figures the draws follow", "",
            "Seeds: 000 and 001 are Lai Châu's 2023 report (Báo cáo 39-BC/BCĐ, 21/12/2023) and its annex; 002 is "
            "Lạng Sơn's review (used only where Lai Châu gives no figure).", "",
            "| figure | value | source |", "|---|---|---|",
        ]
        for key, (value, source) in FIGURES.items():
            shown = f"{value:.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
            lines.append(f"| {key} | {shown} | {source} |")
        y = r.annex_year
        districts = (f"the city's and the seven districts' ({len(DISTRICTS)} files, "
                     f"`tinh-lai-chau/hoat-dong-huyen-…`), "
                     f"sharing the annex's district totals" + ("" if len(self.communes) == full else
                                                             f" scaled to the sample ({len(self.communes)}/{full})")
                     + "; " if self.year == 2023 else "")
        lines += ["", "## The annex's activity records", "",
                  f"The statistical annex (`qcdc-check annex DIR`; with the scorecard, its *Phụ lục*) is computed for "
                  f"**{y}** from {self.records} activity records (`schema: qcdc-activity/1`), as synthetic as the "
                  f"profiles: the province's (`tinh-lai-chau/hoat-dong-tinh-lai-chau-{y}.yaml`, its own figures, not "
                  f"scaled); {districts}one per commune (`<commune>/hoat-dong-{y}.yaml`: its party secretary's "
                  f"receptions and dialogues, the party committee's, the Front's and the organisations' documents, "
                  f"its inspections of villages"
                  + (", and new rural development, the districts being gone" if self.year == 2025 else "")
                  + "). The communes' chairmen's receptions and dialogue conferences, the commune government's "
                    "documents and the trainings the communes organised come from the profiles. "
                  + ("The 2025 communes began on 01/07/2025: their figures are for half a year, weighted by the "
                     "units merged into each. " if self.year == 2025 else "")
                  + "Every training a profile mentions says which level organised it (`organiser_level`); a "
                    "provincial one is on a day the province's record lists, so the annex counts it once.", "",
                  "| annex figure (2023) | value | source |", "|---|---|---|"]
        lines += [f"| {key} | {value:g} | {source} |" for key, (value, source) in ANNEX.items()]
        lines += ["", "Assumptions for the communes' records (per commune and year, no seed gives them): "
                  + "; ".join(f"{k} = {v}" for k, v in ANNEX_ASSUMED.items()) + "."]
        lines += ["", "Assumptions, where no seed gives a figure (the main ones; the other shares are set where "
                  "they are drawn, in `qcdc_rules/scorecard/sample.py`): "
                  + "; ".join(f"{k} = {v}" for k, v in ASSUMED.items())
                  + ". Each unit also draws a diligence that moves all its shares up or down together, so findings "
                  "cluster by unit. Petitions are settled at the rate of seed 001 l.168 (787 of 901, 87.3%); village "
                  "meetings decide residents' contributions to village works (seed 001 l.104).", ""]
        lines += ["## Evidence for every rule", "",
                  "Each profile records what the rules that bind its unit look at: besides the above, the communes' "
                  "consultations of residents and their council sessions, the decisions their villages took and they "
                  "recognised (village heads' elections and dismissals, covenants adopted under Decree 61/2023, "
                  "household ballots, online votes, commune-wide matters), the covenants they keep and review, the "
                  "investment supervision boards' plans, funding and recommendations, the inspection boards' "
                  "inspections; the agencies' disclosures to their staff (a work plan every month), staff "
                  "evaluations, the board's briefings, the heads' citizen receptions; the enterprises' dialogue "
                  "representatives, disclosures to workers, requests for dialogue. Most of it is done in time; some "
                  "is late, incomplete or misses a step, as the seeds' shortcomings describe; where a unit keeps no "
                  "record of a kind, its profile says the inspector looked and found none (`not_found`), and now and "
                  "then the inspector did not look, so a few rules report missing evidence. These draws come from "
                  "streams of their own, so the draws above, the activity records and the figures that follow the "
                  "seeds are as they were. Shares (assumptions unless `sample.py` cites a seed line): "
                  + "; ".join(f"{k} = {v:.3g}" for k, v in ASSUMED_RULES.items()) + ".", ""]
        return unicodedata.normalize("NFC", "\n".join(lines))


class _Postings:
    """Where a commune posts an item: its office, every village, its website; mostly on
    time and long enough, sometimes late, short, or missing a few villages."""

    def __init__(self, u: _Unit, c: Commune, website: bool):
        self.u, self.c, self.website = u, c, website

    def item(self, ident: str, item: int, subject: str, decided: dt.date | None, issuer: str | None,
             suffix: str | None, first: dt.date | None = None, villages_share: float | None = 0.7) -> dict:
        """One item; ``villages_share`` the chance it is posted in every village (``None``:
        at the office and on the website only, as budget figures usually are)."""
        u = self.u
        out: dict = {"id": ident, "item": item, "subject": subject}
        if decided is not None:
            out["decided"] = _Flow({"number": u.number(suffix or "QĐ-UBND"), "date": decided, "issuer": issuer})
            delay = u.pick((u.rng.randint(1, 5), 0.8), (u.rng.randint(6, 12), 0.2))
            first = _add_workdays(decided, delay)
        assert first is not None
        office_days = u.pick((u.rng.randint(30, 75), 0.8), (u.rng.randint(10, 25), 0.2))
        postings = [_Flow({"place": "commune_office", "from": first, "to": _taken_down(first, office_days)})]
        villages = [v.name for v in self.c.villages] if villages_share is not None else []
        if villages_share is None or u.chance(villages_share):
            shown = villages
        else:
            shown = [v for v in villages if u.rng.random() < 0.85]
        for name in shown:
            start = first + dt.timedelta(days=u.rng.randint(0, 3))
            days = u.pick((u.rng.randint(30, 60), 0.88), (u.rng.randint(7, 25), 0.12))
            postings.append(_Flow({"place": "village", "village": name, "from": start,
                                   "to": _taken_down(start, days)}))
        if self.website and u.chance(0.8):
            postings.append(_Flow({"place": "website", "from": first}))
        out["postings"] = postings
        return out

    def standing(self, ident: str, item: int, part: str, subject: str, day: dt.date) -> dict:
        u = self.u
        first = _add_workdays(day, u.rng.randint(1, 6))
        postings = [_Flow({"place": "commune_office", "from": first})]
        if self.website and u.chance(0.7):
            postings.append(_Flow({"place": "website", "from": first}))
        return {"id": ident, "item": item, "part": part, "subject": subject, "postings": postings}


def _old_covenant(u: _Unit, v: Village, year: int) -> dict:
    """The village's covenant adopted before Decree 61/2023 and recognised by the district: the
    first draws of the village's generator (after its diligence)."""
    adopted = u.workday(D(2019, 3, 1), D(2023, 5, 31))
    covenant = {"id": "Quy ước", "kind": "covenant", "title": f"Quy ước {v.kind} {v.name}", "date": adopted,
                "recognised_by": _Flow({"number": u.number("QĐ-UBND"),
                                        "date": adopted + dt.timedelta(days=u.rng.randint(10, 40)),
                                        "issuer": "UBND huyện (trước 01/07/2025)" if year == 2025 else "UBND huyện"})}
    return _fit("document", covenant, {"conforms": True if u.chance(0.9) else None})


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


def _known_key(key: str) -> bool:
    """Whether the profile's vocabulary has this evidence kind (for not_found)."""
    from ..model.fact_schema import check_evidence_key

    try:
        check_evidence_key(key)
        return True
    except ValueError:
        return False


def _fit(model: str, item: dict, extras: dict | None = None) -> dict | None:
    """``item`` with those of ``extras`` (newer fields of the profile) that the profile model
    takes; ``item`` alone if they no longer validate; None if even it does not. Keeps the
    sample loading while the profile's vocabulary grows."""
    from pydantic import ValidationError

    from ..model.profile import Document, Meeting

    cls = {"meeting": Meeting, "document": Document}[model]
    fields = {f.alias or name for name, f in cls.model_fields.items()}
    full = {**item, **{k: v for k, v in (extras or {}).items() if v is not None and k in fields}}
    for candidate in (full, item):
        if all(k in fields for k in candidate):
            try:
                cls.model_validate({k: list(v) if isinstance(v, list) else v for k, v in candidate.items()})
                return candidate
            except ValidationError:
                continue
    return None


def _apportion(total: int, weights: list[float]) -> list[int]:
    """``total`` shared in proportion to ``weights``, whole numbers that add up to it (largest
    remainder; ties to the first)."""
    if total <= 0 or not weights or sum(weights) <= 0:
        return [0] * len(weights)
    exact = [total * w / sum(weights) for w in weights]
    out = [math.floor(x) for x in exact]
    for i in sorted(range(len(out)), key=lambda i: (-(exact[i] - out[i]), i))[:total - sum(out)]:
        out[i] += 1
    return out


def _unique(name: str, taken) -> str:
    """``name``, or ``name-2``, ``name-3``… if taken."""
    taken = set(taken)
    out, n = name, 2
    while out in taken:
        out, n = f"{name}-{n}", n + 1
    return out


def _months_later(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return D(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def build(province: str = "lai-chau", seed: int = 1, year: int = 2025, communes: int | None = None) -> Sample:
    """The sample: its files (YAML profiles in folders by area, and a README.md) and the
    number of units of each type. Writes nothing."""
    if province not in PROVINCES:
        raise ValueError(f"no sample for province '{province}': only {', '.join(PROVINCES)}")
    return _Builder(seed, year, communes).build()


def generate(province: str = "lai-chau", seed: int = 1, year: int = 2025,
             communes: int | None = None) -> dict[str, str]:
    """{relative path: text} of the sample: a YAML profile per unit and the README.md."""
    return build(province, seed, year, communes).files

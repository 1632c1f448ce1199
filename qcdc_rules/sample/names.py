"""Names to draw from: Lai Châu's districts, its people's family, middle and given names and the
shapes of their village names, its agencies, public service units and enterprises."""

from __future__ import annotations


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

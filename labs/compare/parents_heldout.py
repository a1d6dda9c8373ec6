"""Held-out synthetic parent plans: never used to set thresholds or write rules (see README.md)."""

PARENTS_HELDOUT = [
    {
        "id": "C",
        "split": "heldout",
        "issuer": "Ủy ban nhân dân tỉnh Đắk Lắk",
        "header": ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"],
        "scope": "tỉnh",
        "place": "Đắk Lắk",
        "number": "087/KH-UBND",
        "date": "2025-07-08",
        "movement": "Đắk Lắk chung sức xây dựng nông thôn mới và đô thị văn minh",
        "period": (2025, 2030),
        "bases": ["Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025;"],
        "purposes": [
            "Huy động sức mạnh tổng hợp của cả hệ thống chính trị và Nhân dân tham gia xây dựng nông thôn mới, đô thị văn minh trên địa bàn tỉnh.",
            "Nâng cao đời sống vật chất, tinh thần của người dân; biểu dương, khen thưởng các tập thể, cá nhân có đóng góp tiêu biểu.",
        ],
        "requirements": [
            "Phong trào thi đua được triển khai rộng khắp, có trọng tâm, trọng điểm, phù hợp với điều kiện của từng địa phương trong toàn tỉnh.",
            "Phát huy vai trò chủ thể của người dân, công khai, dân chủ trong huy động và sử dụng nguồn lực.",
        ],
        "contents": [
            "Thi đua phát triển sản xuất hàng hóa gắn với chuỗi giá trị, xây dựng vùng nguyên liệu cà phê, hồ tiêu, sầu riêng đạt chứng nhận an toàn và truy xuất nguồn gốc.",
            "Thi đua đầu tư, nâng cấp hạ tầng giao thông nông thôn, thủy lợi, điện, trường học, trạm y tế đạt chuẩn theo bộ tiêu chí.",
            "Thi đua giữ gìn vệ sinh môi trường, phân loại rác thải tại nguồn, trồng cây xanh, xây dựng cảnh quan sáng, xanh, sạch, đẹp.",
            "Thi đua bảo tồn, phát huy giá trị văn hóa cồng chiêng và bản sắc các dân tộc, xây dựng đời sống văn hóa ở khu dân cư.",
            "Thi đua giảm nghèo bền vững, hỗ trợ hộ nghèo, hộ cận nghèo vùng đồng bào dân tộc thiểu số có sinh kế ổn định.",
            "Thi đua giữ vững quốc phòng, an ninh, trật tự an toàn xã hội; xây dựng khu dân cư an toàn, không có tệ nạn xã hội.",
        ],
        "criteria": [
            "Hoàn thành chỉ tiêu xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu theo kế hoạch được giao.",
            "Thu nhập bình quân đầu người tăng tối thiểu 10% mỗi năm.",
            "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt từ 90% trở lên.",
        ],
        "awards": ["Cờ thi đua của Chính phủ", "Cờ thi đua của Ủy ban nhân dân tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"],
        "timeline": [(2025, 2025, "các địa phương ban hành kế hoạch, phát động Phong trào thi đua."),
                     (2025, 2027, "triển khai các nội dung thi đua trọng tâm.", "Giai đoạn 1"),
                     (2028, 2030, "nhân rộng mô hình, hoàn thành các chỉ tiêu.", "Giai đoạn 2"),
                     (2027, 2027, "tổ chức sơ kết Phong trào thi đua."),
                     (2030, 2030, "tổ chức tổng kết Phong trào thi đua.")],
        "deadline": ("12", "05", "Sở Nông nghiệp và Môi trường"),
        "assignments": [
            ("Sở Nông nghiệp và Môi trường", "chủ trì", [
                "Chủ trì hướng dẫn bộ tiêu chí, theo dõi, đánh giá kết quả Phong trào thi đua; tổng hợp báo cáo Ủy ban nhân dân tỉnh.",
            ]),
            ("Sở Nội vụ", "phối hợp", [
                "Phối hợp thẩm định hồ sơ, tham mưu khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc.",
            ]),
            ("Ủy ban nhân dân các xã, phường", "thực hiện", [
                "Xây dựng kế hoạch, phân công cụ thể từng tiêu chí cho cán bộ phụ trách và các thôn, buôn, tổ dân phố.",
                "Vận động Nhân dân hiến đất, góp công, góp của làm đường giao thông, kênh mương nội đồng.",
                "Tổ chức bình xét danh hiệu gia đình văn hóa, khu dân cư kiểu mẫu hằng năm.",
            ]),
        ],
    },
    {
        "id": "D",
        "split": "heldout",
        "issuer": "Ủy ban nhân dân tỉnh Nghệ An",
        "header": ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"],
        "scope": "tỉnh",
        "place": "Nghệ An",
        "number": "311/KH-UBND",
        "date": "2025-05-27",
        "movement": "Nghệ An chủ động phòng, chống thiên tai và thích ứng với biến đổi khí hậu",
        "period": (2025, 2030),
        "bases": ["Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013; Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai ngày 17/6/2020;"],
        "purposes": [
            "Nâng cao nhận thức và năng lực ứng phó của chính quyền các cấp và người dân trước thiên tai, giảm thiểu thiệt hại về người và tài sản trên địa bàn tỉnh.",
            "Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có hành động dũng cảm, thành tích xuất sắc trong phòng, chống thiên tai, tìm kiếm cứu nạn.",
        ],
        "requirements": [
            "Thực hiện tốt phương châm “bốn tại chỗ”, chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương, hiệu quả.",
            "Phong trào thi đua phải gắn với nhiệm vụ phát triển kinh tế - xã hội của từng địa phương, tránh hình thức.",
        ],
        "contents": [
            "Thi đua kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn, xây dựng phương án ứng phó với từng loại hình thiên tai, nhất là bão, lũ quét, sạt lở đất.",
            "Thi đua xây dựng, củng cố lực lượng xung kích phòng, chống thiên tai ở thôn, xóm, bản; tổ chức diễn tập, huấn luyện kỹ năng cứu hộ, cứu nạn.",
            "Thi đua chuẩn bị vật tư, phương tiện, lương thực, nước uống dự phòng theo phương châm “bốn tại chỗ” trước mùa mưa bão.",
            "Thi đua rà soát, di dời hộ dân ra khỏi vùng có nguy cơ cao sạt lở, ngập lụt; không để người dân ở lại khu vực nguy hiểm khi có thiên tai.",
            "Thi đua tuyên truyền, phổ biến kiến thức phòng, chống thiên tai, kỹ năng bơi an toàn cho học sinh và người dân.",
            "Thi đua trồng, bảo vệ rừng phòng hộ đầu nguồn, rừng ven biển; bảo vệ đê điều, hồ đập, công trình thủy lợi.",
            "Thi đua khắc phục nhanh hậu quả thiên tai, ổn định đời sống Nhân dân, khôi phục sản xuất sau bão lũ.",
        ],
        "criteria": [
            "Không để xảy ra thiệt hại về người do chủ quan, lơ là trong chỉ đạo, ứng phó thiên tai.",
            "Hoàn thành 100% kế hoạch diễn tập phòng, chống thiên tai hằng năm.",
            "Có phương án sơ tán dân được phê duyệt và cập nhật trước ngày 30 tháng 6 hằng năm.",
        ],
        "awards": ["Bằng khen của Thủ tướng Chính phủ", "Cờ thi đua của Ủy ban nhân dân tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"],
        "timeline": [(2025, 2025, "các cơ quan, đơn vị, địa phương ban hành kế hoạch, phát động thi đua."),
                     (2027, 2027, "tổ chức sơ kết Phong trào thi đua."),
                     (2030, 2030, "tổ chức tổng kết Phong trào thi đua.")],
        "deadline": ("11", "25", "Văn phòng thường trực Ban Chỉ huy phòng, chống thiên tai tỉnh"),
        "assignments": [
            ("Sở Nông nghiệp và Môi trường", "chủ trì", [
                "Chủ trì, phối hợp hướng dẫn, kiểm tra việc triển khai Phong trào thi đua; tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh.",
            ]),
            ("Bộ Chỉ huy Quân sự tỉnh", "phối hợp", [
                "Phối hợp huấn luyện lực lượng xung kích, bố trí lực lượng, phương tiện sẵn sàng tìm kiếm cứu nạn.",
            ]),
            ("Ủy ban nhân dân các xã, phường", "thực hiện", [
                "Kiện toàn Ban Chỉ huy phòng, chống thiên tai cấp xã, phân công thành viên phụ trách từng thôn, bản.",
                "Lập danh sách hộ dân trong vùng nguy cơ cao, xây dựng phương án sơ tán và tổ chức di dời khi có cảnh báo.",
                "Tổ chức kiểm tra, đánh giá an toàn hồ đập, đê điều trên địa bàn trước mùa mưa bão.",
            ]),
        ],
    },
]

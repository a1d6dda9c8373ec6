"""Synthetic province-level parent plans (written for this project, modelled on the seeds' structure).

Parent A reuses the contents of seed 003 (in the repo), which copies Hải Phòng's 150/KH-UBND;
the others are written from scratch. `scope` is how the plan names its own territory.
"""

PARENTS = [
    {
        "id": "A",
        "split": "tune",
        "issuer": "Ủy ban nhân dân thành phố Hải Phòng",
        "header": ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"],
        "scope": "thành phố",
        "place": "Hải Phòng",
        "number": "150/KH-UBND",
        "date": "2025-06-16",
        "movement": "Hải Phòng thi đua đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, góp phần đưa đất nước vươn mình bước vào kỷ nguyên giàu mạnh và thịnh vượng",
        "period": (2025, 2030),
        "bases": ["Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"],
        "purposes": [
            "Phát huy sức mạnh của cả hệ thống chính trị và toàn xã hội trong việc tuyên truyền, nâng cao nhận thức về sự cần thiết, tính cấp bách của chuyển đổi số trên địa bàn thành phố.",
            "Phát hiện, biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích tiêu biểu trong chuyển đổi số; nhân rộng các điển hình tiên tiến, sáng kiến, cách làm hay.",
        ],
        "requirements": [
            "Phong trào thi đua phải được triển khai sâu rộng, đồng bộ đến tất cả các cấp, các ngành, cán bộ, công chức, viên chức, người lao động và người dân trên địa bàn thành phố với hình thức phong phú, thiết thực.",
            "Người đứng đầu cơ quan, đơn vị, địa phương phải đề cao trách nhiệm trong chỉ đạo, tổ chức thực hiện, thường xuyên kiểm tra, đôn đốc, sơ kết, tổng kết phong trào thi đua đúng quy định.",
        ],
        "contents": [
            "Thi đua nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo, tạo xung lực mới, khí thế mới trong toàn xã hội về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
            "Phát động phong trào học tập trên các nền tảng số để trở thành phong trào “học tập số” liên tục, phổ cập, nâng cao kiến thức về khoa học, công nghệ, kỹ năng số, công nghệ số cơ bản trong cán bộ, công chức, viên chức và Nhân dân.",
            "Thi đua tập trung quyết liệt, khẩn trương hoàn thiện cơ chế, chính sách; xóa bỏ mọi tư tưởng, quan niệm, rào cản đang cản trở sự phát triển; đưa chính sách thành một lợi thế cạnh tranh.",
            "Tăng cường đầu tư, hoàn thiện hạ tầng; tập trung nguồn lực xây dựng, hoàn thành và đưa vào khai thác hiệu quả các cơ sở dữ liệu; kết nối, chia sẻ dữ liệu giữa các cơ quan trong hệ thống chính trị; triển khai các sáng kiến mở dữ liệu.",
            "Thi đua phát triển Chính phủ số, đẩy mạnh ứng dụng số trong cải cách hành chính, nhất là cải cách thủ tục hành chính; tăng cường quản lý nhà nước trên môi trường số.",
            "Thi đua phát triển xã hội số; đào tạo, tập huấn, nâng cao kỹ năng về công nghệ số; chuẩn bị nguồn nhân lực, trọng dụng nhân lực chất lượng cao, nhân tài cho chuyển đổi số.",
            "Thi đua phát triển kinh tế số, doanh nghiệp công nghệ số; thúc đẩy chuyển đổi số trong doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh để nâng cao năng lực cạnh tranh.",
            "Thi đua bảo đảm an toàn, an ninh mạng; xây dựng, củng cố các lực lượng nòng cốt về an toàn thông tin; đẩy mạnh hợp tác trong lĩnh vực trí tuệ nhân tạo, công nghệ bán dẫn và các công nghệ chiến lược.",
        ],
        "criteria": [
            "Ban hành kế hoạch triển khai Phong trào thi đua đúng thời hạn, có nội dung cụ thể, phù hợp với chức năng, nhiệm vụ.",
            "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt từ 80% trở lên.",
            "Có ít nhất một mô hình, sáng kiến ứng dụng công nghệ số được cấp có thẩm quyền công nhận.",
            "Tỷ lệ cán bộ, công chức được tập huấn kỹ năng số cơ bản đạt 100%.",
        ],
        "awards": ["Huân chương Lao động", "Bằng khen của Thủ tướng Chính phủ", "Cờ thi đua của Ủy ban nhân dân thành phố", "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố"],
        "timeline": [(2025, 2025, "các cơ quan, đơn vị, địa phương ban hành kế hoạch, phát động Phong trào thi đua."),
                     (2027, 2027, "tổ chức sơ kết Phong trào thi đua."),
                     (2030, 2030, "tổ chức tổng kết Phong trào thi đua.")],
        "deadline": ("12", "10", "Sở Nội vụ"),
        "assignments": [
            ("Sở Nội vụ", "chủ trì", [
                "Chủ trì, hướng dẫn, theo dõi, đôn đốc việc triển khai Phong trào thi đua; tổng hợp, tham mưu Ủy ban nhân dân thành phố sơ kết, tổng kết và khen thưởng.",
            ]),
            ("Sở Khoa học và Công nghệ", "phối hợp", [
                "Phối hợp với Sở Nội vụ xây dựng bộ chỉ số đánh giá kết quả chuyển đổi số của các cơ quan, đơn vị, địa phương.",
            ]),
            ("Ủy ban nhân dân các xã, phường, đặc khu", "thực hiện", [
                "Xây dựng kế hoạch và phát động Phong trào thi đua trên địa bàn, gắn với nhiệm vụ chính trị của địa phương.",
                "Đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và các nền tảng số.",
                "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến; lựa chọn tập thể, cá nhân tiêu biểu đề nghị cấp trên khen thưởng.",
            ]),
        ],
    },
    {
        "id": "B",
        "split": "tune",
        "issuer": "Ủy ban nhân dân tỉnh Quảng Ninh",
        "header": ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH"],
        "scope": "tỉnh",
        "place": "Quảng Ninh",
        "number": "162/KH-UBND",
        "date": "2025-06-20",
        "movement": "Quảng Ninh thi đua đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
        "period": (2025, 2030),
        "bases": ["Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;", "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;"],
        "purposes": [
            "Tạo chuyển biến mạnh mẽ trong nhận thức và hành động của cán bộ, công chức, viên chức về cải cách hành chính, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo.",
            "Kịp thời biểu dương, khen thưởng các tập thể, cá nhân có sáng kiến, giải pháp hay trong cải cách hành chính.",
        ],
        "requirements": [
            "Phong trào thi đua được tổ chức thiết thực, hiệu quả, tránh hình thức, gắn với nhiệm vụ chuyên môn của từng cơ quan, đơn vị trên địa bàn tỉnh.",
            "Việc đánh giá, khen thưởng phải công khai, minh bạch, đúng quy định, căn cứ kết quả thực chất.",
        ],
        "contents": [
            "Thi đua rà soát, đơn giản hóa thủ tục hành chính, cắt giảm tối thiểu 30% thời gian giải quyết và chi phí tuân thủ thủ tục hành chính cho người dân, doanh nghiệp.",
            "Thi đua nâng cao chất lượng hoạt động của Trung tâm Phục vụ hành chính công, bảo đảm tiếp nhận, trả kết quả đúng hẹn, không để hồ sơ quá hạn.",
            "Thi đua đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và tái sử dụng dữ liệu đã số hóa.",
            "Thi đua siết chặt kỷ luật, kỷ cương hành chính, nâng cao đạo đức công vụ, văn hóa ứng xử của cán bộ, công chức khi tiếp xúc với người dân.",
            "Thi đua sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; xây dựng đội ngũ cán bộ, công chức có năng lực, chuyên nghiệp.",
            "Thi đua thực hiện công khai, minh bạch tài chính công, quản lý và sử dụng tiết kiệm, hiệu quả ngân sách nhà nước, tài sản công.",
            "Thi đua tiếp nhận, xử lý kịp thời phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính qua đường dây nóng và các nền tảng số.",
        ],
        "criteria": [
            "Chỉ số hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính đạt từ 90% trở lên.",
            "Không có hồ sơ thủ tục hành chính giải quyết quá hạn do lỗi chủ quan của cán bộ, công chức.",
            "Tỷ lệ hồ sơ được số hóa, lưu trữ điện tử đạt 100%.",
            "Không có cán bộ, công chức bị xử lý kỷ luật do vi phạm đạo đức công vụ.",
        ],
        "awards": ["Bằng khen của Thủ tướng Chính phủ", "Cờ thi đua của Ủy ban nhân dân tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"],
        "timeline": [(2025, 2025, "các cơ quan, đơn vị, địa phương xây dựng kế hoạch, phát động thi đua."),
                     (2028, 2028, "tổ chức sơ kết Phong trào thi đua."),
                     (2030, 2030, "tổ chức tổng kết Phong trào thi đua.")],
        "deadline": ("11", "30", "Sở Nội vụ"),
        "assignments": [
            ("Sở Nội vụ", "chủ trì", [
                "Chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Phong trào thi đua; tham mưu sơ kết, tổng kết và đề xuất khen thưởng.",
            ]),
            ("Văn phòng Ủy ban nhân dân tỉnh", "phối hợp", [
                "Phối hợp theo dõi chỉ số hài lòng của người dân và kết quả giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
            ]),
            ("Ủy ban nhân dân các xã, phường, đặc khu", "thực hiện", [
                "Ban hành kế hoạch triển khai Phong trào thi đua, xác định chỉ tiêu cụ thể về cải cách thủ tục hành chính của địa phương.",
                "Bố trí công chức có năng lực làm việc tại bộ phận một cửa; niêm yết công khai thủ tục hành chính và kết quả giải quyết hồ sơ.",
                "Định kỳ tổ chức đối thoại với người dân, doanh nghiệp để tháo gỡ khó khăn, vướng mắc trong giải quyết thủ tục hành chính.",
            ]),
        ],
    },
]

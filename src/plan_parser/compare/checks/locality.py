"""locality_residue: the child names the parent's scope or place where its own belongs.

A ward plan copied from the province's keeps traces such as "trên địa bàn tỉnh", "toàn tỉnh",
"các sở, ban, ngành" or the province's name where the ward's should be. Lines that legitimately
name the province are skipped: the header, the citations of the parent, award titles
("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh") and reports sent up to the province's offices.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...model import Finding
from ..text import fold, nfc


def _scope_word(issuer: str | None) -> str | None:
    text = (issuer or "").lower()
    if re.search(r"\btỉnh\b", text):
        return "tỉnh"
    if "thành phố" in text:
        return "thành phố"
    return None


def residue_patterns(parent, child) -> list[re.Pattern]:
    """Lower-case patterns (with diacritics: folded "tai" would also be "thiên tai") of the parent's scope."""
    if child.plan.issuer_level not in (None, "commune", "district") or parent.plan.issuer_level not in (None, "province"):
        return []
    scope = _scope_word(parent.plan.issuer) or "tỉnh"
    patterns = [
        # "trong tỉnh" alone is where visitors or units come from ("khách trong và ngoài tỉnh"): not the scope.
        rf"\b(?:(?:trên|tại) (?:phạm vi |địa bàn )?(?:toàn )?|trong (?:phạm vi |địa bàn )(?:toàn )?|trong toàn ){scope}\b(?! ủy| lộ)",  # "trên Tỉnh lộ 2": a road (round 25, I75-A05)
        rf"\btoàn {scope}\b",
        rf"\bcủa {scope}(?=\s*[.;,]|\s*$)",  # "... của tỉnh." closing a clause: the parent's own goal
        r"các sở, ban, ngành",
        r"các sở, ngành",
        r"ủy ban nhân dân các (?:xã|huyện)",
        r"ủy ban nhân dân cấp (?:xã|huyện)",
        # ... but not its neighbours: "quy chế phối hợp với các xã, phường giáp ranh" (round 31, I108-A: 3 children)
        r"các xã, phường(?! (?:giáp ranh|lân cận|liền kề|bạn|khác)\b)",
        # a target counted over communes ("100% xã, phường, đặc khu có nguy cơ cao ...", "Mỗi xã, phường xây dựng
        # ít nhất 02 mô hình"): a commune has no communes to count, so it is the province's target copied.
        r"(?:\d+(?:[.,]\d+)?\s*%|mỗi)\s+(?:số\s+)?xã, phường",
    ]
    issuer = nfc(parent.plan.issuer or "").lower()
    place = re.sub(r"^(?:ủy ban nhân dân|ubnd)\s+(?:tỉnh|thành phố)\s+", "", issuer)
    if place and place != issuer:
        patterns.append(rf"địa bàn (?:{scope} )?{re.escape(place)}")
    return [re.compile(p) for p in patterns]


# Lines where naming the province is legitimate (matched on folded text).
_LEGIT = re.compile(
    r"^(?:can cu|thuc hien|trien khai|theo)\b.*\b(?:ke hoach|quyet dinh|nghi quyet|chi thi|cong van|luat|thong tu)\b|ke hoach so|quyet dinh so|bang khen|co thi dua|"
    r"chu tich uy ban nhan dan (?:tinh|thanh pho)|uy ban nhan dan (?:tinh|thanh pho) (?:quy dinh|khen)|gui ve so|bao cao (?:ve )?so"
)


# "của tỉnh" after something the province sets or runs is a reference to the higher level, not a copied
# scope: "theo bộ tiêu chí của tỉnh", "sự kiện xúc tiến du lịch của tỉnh", "Kế hoạch ... của UBND tỉnh", "Áp dụng thang điểm
# 100 của tỉnh" (round 61, channel eng-ocr, I259-A02), "áp dụng quy trình nấu phở chuẩn hóa của tỉnh", "báo cáo đúng yêu
# cầu của tỉnh" (round 62, 266-A).
_AUTHORITY_NOUNS = re.compile(
    r"\b(?:tiêu chí|thang điểm|quy định|quy tắc|quy trình|yêu cầu|hướng dẫn|chỉ đạo|kế hoạch|chương trình|đề án|quyết định|nghị quyết|chính sách|"
    r"cơ chế|sự kiện|hội chợ|hội thi|hội nghị|hội thao|liên hoan|giải thưởng|hệ thống|cổng|trang|ngân sách|"
    r"lãnh đạo|hội đồng|cơ quan|sở|ban chỉ đạo|đoàn kiểm tra|đoàn công tác|đoàn giám sát|danh sách|danh mục|bản đồ|thương hiệu|quy hoạch|ủy ban nhân dân|ubnd|"
    # what the province is known for, which a ward promotes: "sản phẩm OCOP, đặc sản của tỉnh"
    r"đặc sản|đặc trưng|"
    # an information system the province runs and the ward feeds ("cập nhật dữ liệu trên phần mềm quản lý của thành phố")
    r"phần mềm|cơ sở dữ liệu|csdl|dữ liệu|nền tảng|ứng dụng|"
    # ... and its digitisation of a heritage, which the ward supplies: "số hóa, gửi CSDL di sản của tỉnh", "bổ sung hồ sơ
    # số hóa của thành phố" (round 61, I259-A: on six of twelve children, I262-B02)
    r"số hóa|hồ sơ|"
    # a store the province keeps for all its schools and wards to draw on ("kho học liệu số dùng chung của tỉnh")
    r"kho|học liệu|thư viện|dùng chung|"
    # ... and its museums, which the ward supplies: "cung cấp tư liệu cho bảo tàng Tuồng trực tuyến của thành phố" (round
    # 53, I205-B01)
    r"bảo tàng|"
    # what the province grants the ward: "Ngân sách xã, ... nguồn hỗ trợ của tỉnh"; and its gifts, which the ward hands
    # out: "trao quà của Chủ tịch nước, quà của tỉnh và quà của phường" (round 22, I50-A: on 11 of 12 children)
    r"hỗ trợ|nguồn|kinh phí|vốn|tài trợ|quà|suất quà|phần quà|tặng phẩm|"
    # the pace the province sets and the ward keeps to ("bám sát tiến độ từng quý của tỉnh"), and its milestones
    # ("hoàn thành đúng các mốc thời gian của tỉnh", round 38, I128-B04)
    r"tiến độ|lộ trình|mốc thời gian|mốc|thời hạn|"
    # ... and the calendar it keeps: "báo cáo đúng lịch của tỉnh" (round 25, I65-B11)
    r"lịch|"
    # what it monitors and warns the wards of: "thông báo kết quả quan trắc, cảnh báo của tỉnh" (round 26, I77-B04),
    # "tiếp nhận bản tin dự báo của tỉnh" (round 40, I131-B01)
    r"quan trắc|cảnh báo|khuyến cáo|thông báo|dự báo|bản tin|"
    # the marks and models it owns, which a ward's producers use and its builders follow: "nhãn hiệu chứng nhận, chỉ
    # dẫn địa lý của tỉnh", "thiết kế mẫu nhà của tỉnh", "biển ghi nhận theo mẫu của tỉnh" (round 27, I84-B, I86-A)
    r"nhãn hiệu|chỉ dẫn địa lý|mẫu|thiết kế|"
    # its rules, its forces and its job fairs, which the ward follows, works with and sends people to: "quy chế phối hợp
    # quản lý cụm công nghiệp của tỉnh", "lực lượng chuyên trách của tỉnh", "phiên giao dịch việc làm của tỉnh" (round
    # 29: I95-B02, I92-A03, I93-A01, I93-A05)
    r"quy chế|quy chuẩn|lực lượng chuyên trách|lực lượng chức năng|phiên giao dịch|sàn giao dịch|"
    # the documents it issues, which the ward publicises: "giới thiệu ... văn bản mới của tỉnh" (round 30, I106-A)
    r"văn bản|"
    # its inspections, which the ward works with: "phối hợp đoàn thanh tra, kiểm tra của tỉnh", "phối hợp kiểm tra, khảo
    # sát của tỉnh" (round 43, I149-B, I152-B10), "phối hợp đoàn liên ngành của tỉnh" (round 44, I157-B07)
    r"thanh tra|kiểm tra|khảo sát|giám sát|liên ngành|"
    # the ports it runs, where the ward's boats shelter: "neo đậu ... tại các khu neo đậu của tỉnh" (round 48, I175-B09)
    r"cảng|khu neo đậu|"
    # the linkage models it builds, which the ward's farms join: "tham gia ít nhất 01 mô hình liên kết sản xuất, tiêu
    # thụ dê, cừu của tỉnh" (round 50, I189-A11)
    r"mô hình|"
    # the tours it runs, which the ward's craft households join: "giới thiệu hộ làm cốm tiêu biểu vào tour trải nghiệm
    # của Thành phố" (round 56, I227-A02)
    r"tour|tuyến du lịch|"
    # its industrial parks and economic zones, where the ward's returning workers are placed: "tuyển dụng vào các doanh
    # nghiệp tại Khu kinh tế Vũng Áng và các khu công nghiệp của tỉnh"; and the materials it publishes, which the ward
    # shares: "chia sẻ video, ấn phẩm song ngữ Việt - Anh của Thành phố" (round 64, I272-A01, I274-A06)
    r"khu công nghiệp|cụm công nghiệp|khu kinh tế|ấn phẩm|tài liệu|video|"
    # ... and its certified mother trees, whose scions the ward's growers use: "cây giống nhân từ vườn cây đầu dòng của
    # Thành phố" (round 65, I279-A04)
    r"cây đầu dòng|"
    # ... the value chain the ward's growing area joins ("đưa vùng trồng của xã vào chuỗi giá trị chung của thành phố"), the
    # average it is measured against ("thấp hơn bình quân của tỉnh") and the contents it keeps to ("Bám sát 09 nhóm nội
    # dung của tỉnh, phường triển khai như sau") (round 66, I284-A04, I285-A03, I284-B03)
    r"chuỗi giá trị|chung|bình quân|trung bình|nội dung|"
    # ... and the recognition it grants: "khen thưởng cấp xã ..., sau khi có kết quả công nhận của tỉnh" (round 67,
    # I289-A11)
    r"công nhận|thẩm định|phê duyệt)\b"
)
# A title or set of criteria the province confers, which the ward strives for, may name a long subject before
# "của tỉnh": "phấn đấu đạt 03 tiêu chí thực hiện tốt phòng, chống dịch bệnh trên tôm nuôi của tỉnh" (round 26,
# I77-A11, I77-B02): the whole sentence up to it is read.
_PROVINCE_TITLE = re.compile(r"\b(?:tiêu chí|danh hiệu)\b")
# A clause that relates the ward's work to the province's ("góp phần ... của tỉnh", "theo ... của tỉnh") or
# adopts a goal the province set (the head noun may stand far before "của tỉnh": "các chỉ tiêu phát triển
# kinh tế - xã hội của tỉnh"): the province is a distinct higher entity there, not the ward's own scope.
_RELATES_UP = re.compile(
    r"\b(?:góp phần|đóng góp|theo|hưởng ứng|cụ thể hóa|phù hợp với|cùng với|"
    # the ward's work done for the province's ("ghi hình làn điệu Xoan ..., phục vụ số hóa của tỉnh")
    r"phục vụ|"
    # ... or joined to it: "kết nối với các tuyến phố đi bộ của thành phố" (round 49, I184-A04, I184-A11)
    r"kết nối|"
    r"mục tiêu|chỉ tiêu|nhiệm vụ|chủ trương|định hướng|"
    # the ward placed in the province: "xứng đáng là trung tâm hành chính - lịch sử của thành phố", "đưa xã ... trở
    # thành vùng rau công nghệ cao tập trung của tỉnh" (round 34, I114-B03) (a copula; "nhất là", "đặc biệt là" mean
    # "especially" and place nothing)
    r"trở thành|(?<!nhất )(?<!biệt )(?<!tức )là|"
    # ... its centre: "giữ gìn mảng xanh, cảnh quan đô thị trung tâm của tỉnh" in the capital's ward (round 49, I181-A02)
    r"trung tâm|"
    # ... or its gateway: "quảng bá hình ảnh Tuần Giáo - cửa ngõ phía Đông của tỉnh" (round 56, I231-B04)
    r"cửa ngõ|"
    # ... and what the ward sends up to it: "phát hiện các em có năng khiếu để giới thiệu cho tuyến trẻ của tỉnh", "tạo
    # nguồn vận động viên cho bóng đá trẻ của tỉnh" (round 50, I186-B04, B06, B09)
    r"giới thiệu (?:cho|về|lên|với)|tạo nguồn|"
    # ... and what it folds into the province's: "lồng ghép với lớp đào tạo nghề cho lao động nông thôn của thành phố"
    # (round 52, I196-A02)
    r"lồng ghép|"
    # ... and what it supplies for the province's work: "cung cấp thông tin, hình ảnh, hiện vật cho việc tư liệu hóa, số hóa
    # di sản của thành phố" (round 61, I262-B03)
    r"cung cấp(?:\s+\S+){0,12}?\s+cho)\b"
)
# ... or whatever a place of the ward is to it, set after a dash in a few words: "thôn Mỹ Nghiệp - làng nghề gốc của tỉnh"
# (round 68, I296-A01).
_APPOSITION = re.compile(r"\s[-–]\s+(?:\S+\s+){1,4}$")
# An event the province runs and the ward sends its people to, right before "của tỉnh": "cử cán bộ tham gia
# các lớp tập huấn của tỉnh", "dự khóa bồi dưỡng của tỉnh", "tham gia cuộc thi ... của tỉnh" (up to two words
# between, so "tập huấn cho cán bộ của tỉnh", the province's own staff, is not excused by the event word).
_TOURNAMENT = r"giải(?!\s+(?:quyết|ngân|phóng|pháp|thể|trình|thích|tỏa|tán|thưởng)\b)"
_PROVINCE_EVENT = re.compile(
    rf"\b(?:tập huấn|bồi dưỡng|đào tạo|lớp|khóa|cuộc thi|diễn tập|hội diễn|hội thi|liên hoan|lễ hội|ngày hội|tuần lễ|đợt|"
    # ... and its review and commendation: "tham gia tổng kết, khen thưởng của tỉnh" (round 30, I106-A: 9 of 12)
    r"sơ kết|tổng kết|khen thưởng|"
    # ... and its tournaments: "chọn ngựa, nài tham gia giải đua của tỉnh" (round 53, set 201-A: on 7 of 12 children)
    rf"{_TOURNAMENT})\b(?:\s+\S+){{0,2}}\s*$"
    # ... a named one: "ngày hội thanh niên khởi nghiệp của tỉnh" (round 25, I69-B02), "Giải đua ngựa truyền thống của
    # tỉnh"
    # ... and one named with its year: "tham gia Ngày hội hồng không hạt năm 2026 của tỉnh" (round 56, I229-A01)
    rf"|\b(?:cuộc thi|lễ hội|ngày hội|hội thi|tuần lễ|{_TOURNAMENT})\b(?:\s+\S+){{3,4}}(?:\s+năm\s+\d{{4}})?\s*$"
)
# An index or ranking of every ward, which the ward scores itself by.
_WARDS_INDEX = re.compile(r"\b(?:bộ tiêu chí|chỉ số|xếp hạng)\b")
# The ward ranked among all the province's wards: "phấn đấu năm 2026 phường thuộc nhóm dẫn đầu các xã, phường trong tỉnh"
# (round 43, I152-A02).
_AMONG_WARDS = re.compile(r"\b(?:dẫn đầu|đứng đầu|nhóm|xếp hạng|so với|trong số)\s*$")
# The province named beside the ward's own level in one coordination: "tour du lịch của phường và của tỉnh".
_BESIDE_OWN = re.compile(r"\b(?:xã|phường|đặc khu|thị trấn)\b(?:\s+\S+){0,3}?\s+(?:và|cùng|với)\s+$")


# The province's departments as the ones who run something: "giới thiệu sản phẩm tại hội chợ, triển lãm do thành phố và
# các sở, ngành tổ chức" (round 61, I262-B01).
_BY_PROVINCE = re.compile(r"\bdo\s+(?:(?:ủy ban nhân dân|ubnd)\s+)?(?:(?:tỉnh|thành phố)\s+(?:và|cùng)\s+)?$")


# Words before "toàn tỉnh" that set the province's total beside the ward's own ("cùng toàn tỉnh", "so với
# toàn tỉnh", "tỷ lệ che phủ rừng toàn tỉnh").
# ("cũng toàn tỉnh": "cùng" as the restorer may read a scan's "cung", round 58, channel eng-ocr, I244-A07)
_TOTAL_REFERENCE = re.compile(r"\b(?:cùng|cũng|cùng với|so với|chung của|tỷ lệ|mức|"
                              r"thống nhất)\b")  # "phần mềm quản lý ... thống nhất toàn tỉnh" (round 25, I74-B10)


# A province-wide event (`_PROVINCE_EVENT`) the ward takes part in: "tham gia Liên hoan Quan họ toàn tỉnh trong tháng
# 9/2026" (round 52, set 191-A: on 11 of 12 children); the parent's "tổ chức Liên hoan ... toàn tỉnh" copied is the
# province's own work.
_JOINS = re.compile(r"\b(?:tham gia|tham dự|dự)\s+(?:các\s+)?")


def _joins_province_event(clause: str) -> bool:
    """The clause ends with an event of the province the ward takes part in, the event right after the verb."""
    joins = list(_JOINS.finditer(clause))
    return bool(joins) and _PROVINCE_EVENT.match(clause, joins[-1].end()) is not None


# ... whatever the length of the event's name: "Cử viên chức tham gia tập huấn khám sàng lọc, trám bít, ART của tỉnh"
# (round 64, I271-B02, I271-B09).
_JOINED_TRAINING = re.compile(r"\b(?:cử|chọn)\b[^.;:]*\b(?:tham gia|tham dự|dự)\s+(?:các\s+)?(?:lớp\s+)?"
                              r"(?:tập huấn|bồi dưỡng|đào tạo|khóa)\b")


# The ward's producers supplying the whole province: "cơ sở sản xuất giống ... cung ứng giống cho toàn tỉnh" (round 47,
# I170-A11); the parent's "tập huấn cho cán bộ toàn tỉnh" copied has no supply.
_SUPPLIES_PROVINCE = re.compile(r"\b(?:cung ứng|cung cấp|phục vụ)\b[^,;]{0,40}\bcho\s*$")


def _names_authority(lowered: str, match: re.Match) -> bool:
    """A possessive "của tỉnh" that refers to the province as a distinct higher entity: its noun phrase
    (the few words before it) is something the province sets or runs (criteria, goals, plans, bodies), or
    its clause relates the ward's work to the province's. Only scope constructions ("trên địa bàn
    tỉnh", "toàn tỉnh") and a bare possessive on the ward's own things ("Nhân dân của tỉnh") are residue."""
    if match.group(0).startswith("toàn"):
        # "cùng toàn tỉnh giữ ổn định mức 53%", "góp phần ... tỷ lệ che phủ rừng toàn tỉnh": the province's
        # own total, named beside the ward's, not the ward's scope. "trên (địa bàn) toàn tỉnh" never gets here.
        # (a table's cell is a clause of its own: "| Chỉ tiêu | ĐVT |" over "| Tổng diện tích trồng ớt toàn tỉnh | ha |" does
        # not adopt a goal of the province, round 61, I259-B04)
        clause = re.split(r"[,;:.()|]", lowered[: match.start()])[-1]
        return bool(_TOTAL_REFERENCE.search(" ".join(clause.split()[-6:])) or _RELATES_UP.search(clause)
                    or _SUPPLIES_PROVINCE.search(clause) or _joins_province_event(clause))
    if match.group(0).startswith(("ủy ban nhân dân các", "ủy ban nhân dân cấp", "các xã")):
        # the name of an index the province keeps of all its wards: "Bộ tiêu chí xác định Chỉ số cải cách hành chính
        # năm 2026 của các xã, phường" (round 35, I122-A: on 3 faithful children)
        sentence = re.split(r"[.;:]", lowered[: match.start()])[-1]
        if _AMONG_WARDS.search(sentence):
            return True
        return bool(re.search(r"\b(?:của|đối với)\s*(?:ủy ban nhân dân\s*)?$", sentence) and _WARDS_INDEX.search(sentence))
    if match.group(0).startswith("các sở"):
        # the province's departments the ward works with, named as the province's: "phối hợp chặt chẽ với các sở, ngành
        # của tỉnh", "phối hợp chặt chẽ với Công an Thành phố và các sở, ngành khi kiểm tra liên ngành" (round 45,
        # I165-B05, I166-A01); the parent's "phối hợp chặt chẽ giữa các sở, ngành và địa phương" copied stays residue
        clause = re.split(r"[.;:]", lowered[: match.start()])[-1]
        after = lowered[match.end() : match.end() + 20]
        if _BY_PROVINCE.search(clause):
            return True
        return "phối hợp" in clause and bool(re.match(r",?\s*(?:của |thuộc )?(?:tỉnh|thành phố)\b", after)
                                             or re.search(r"\b(?:tỉnh|thành phố)\s+(?:và|cùng)\s+$", clause))
    if not match.group(0).startswith("của"):
        return False
    if _BESIDE_OWN.search(lowered[max(0, match.start() - 60) : match.start()]):
        return True
    # (an aside between the noun and "của" belongs to the noun: "tham gia sơ kết giai đoạn 1 (tháng 7/2026) và tổng kết
    # (tháng 12/2026) của thành phố", round 54, I218-B05)
    before = re.sub(r"\([^()]{0,40}\)\s*$", " ", lowered[: match.start()])
    parts = re.split(r"([,;:.()|])", before)  # [text, separator, text, ...]
    clause = parts[-1]
    k = len(parts) - 1
    while k >= 2 and parts[k - 1] == "," and len(parts[k].split()) <= 4:
        # a short member of a comma list shares the list's head noun: "Chương trình khuyến công, xúc tiến thương
        # mại của tỉnh" (the province's programmes), "chính sách, cơ chế hỗ trợ, ưu đãi của tỉnh"; so do two short
        # members: "mô hình liên kết sản xuất, tiêu thụ dê, cừu của tỉnh" (round 50, I189-A11)
        k -= 2
        clause = parts[k] + " " + clause
    # (a long name may stand between the noun and "của tỉnh": "cơ sở dữ liệu kết cấu hạ tầng giao thông đường bộ của
    # thành phố", round 23, I56-B: on 9 of 12 children)
    near = " ".join(clause.split()[-12:])
    sentence = re.split(r"[.;:|]", lowered[: match.start()])[-1]
    if _PROVINCE_EVENT.search(near) or _PROVINCE_TITLE.search(sentence) or _JOINED_TRAINING.search(sentence):
        return True
    return bool(_AUTHORITY_NOUNS.search(near) or _RELATES_UP.search(clause) or _APPOSITION.search(clause)
                or _damaged_authority_noun(near))


# The two-word nouns of _AUTHORITY_NOUNS ("dữ liệu", "nền tảng", "kế hoạch"), folded, for _damaged_authority_noun.
_TWO_WORD_NOUNS = frozenset(
    tuple(words)
    for alt in re.sub(r"\\b|\(\?:|\)", "", _AUTHORITY_NOUNS.pattern).split("|")
    if len(words := fold(alt).split()) == 2
)


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one substituted, inserted or deleted letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# The shape of a Vietnamese syllable, folded: an initial consonant, one to three vowels, a final consonant. OCR of a
# Vietnamese page with an English model leaves words outside it ("dữ liệu" read as "div liệu").
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


def _misread_as(word: str, meant: str) -> bool:
    """`word` is no Vietnamese syllable and is close to `meant`: one letter off, or the same first letter and length."""
    if _SYLLABLE.fullmatch(word):
        return False
    return _one_edit(word, meant) or (word[:1] == meant[:1] and abs(len(word) - len(meant)) <= 1)


def _damaged_authority_noun(near: str) -> bool:
    """A two-word authority noun with one word misread by OCR ("kết nối div liệu sản phẩm OCOP của tỉnh"): one word
    intact, the other no Vietnamese syllable and close to the one meant. A real word is never taken for a misread one
    ("các sản phẩm" is not "đặc sản", "có thế mạnh" not "cơ chế"), so clean text is judged as before."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", near)]
    return any(
        (second == b and _misread_as(first, a)) or (first == a and _misread_as(second, b))
        for first, second in pairwise(words)
        for a, b in _TWO_WORD_NOUNS
    )


def quotes_title(title: str, lowered: str, match: re.Match) -> bool:
    """The phrase sits inside the child's quotation of the parent's title ("... Kế hoạch phát triển phong trào
    thể dục, thể thao quần chúng trên địa bàn tỉnh giai đoạn 2025 - 2030"): the parent's words, cited as such.
    The match and the four title words before it must appear together in the line."""
    phrase = match.group(0)
    at = title.find(phrase)
    if not title or at < 0:
        return False
    lead = " ".join(title[:at].split()[-4:])
    if len(lead.split()) < 3:
        return False
    if f"{lead} {phrase}" not in " ".join(lowered[: match.end()].split()):
        return False
    # Quoted, the words name the plan they come from ("... Kế hoạch số 38/KH-UBND ... về <title>") or go on as its
    # title does ("... trên địa bàn tỉnh Khánh Hòa giai đoạn ..."); the title's words made the ward's own aim ("a) Phát
    # hiện sớm, ... tại cộng đồng trên địa bàn tỉnh, giúp họ ...") are a copy (round 32, I112-B09).
    after = title[at + len(phrase) :].split()[:1]
    # ... but the ward naming its own plan with them ("Ủy ban nhân dân xã Cái Chiên ban hành Kế hoạch bảo vệ ... trên địa
    # bàn tỉnh năm 2026 như sau:", round 59, I250-B06) claims the province's scope as its own
    if _OWN_PLAN.search(lowered[: match.start()]):
        return bool(after) and lowered[match.end() :].split()[:1] == after
    return "kế hoạch" in lowered[: match.start()] or bool(after) and lowered[match.end() :].split()[:1] == after


_OWN_PLAN = re.compile(r"^(?:ủy ban nhân dân|ubnd) (?:xã|phường|đặc khu)\b[^.;:]{0,40}\bban hành kế hoạch\b")


def _skip_lines(child) -> set[int]:
    """Header and citation lines of the child (from provenance), where the parent is named on purpose."""
    skip: set[int] = set()
    for pointer, span in child.plan.provenance.items():
        if pointer.startswith(("/bases", "/parent_issuer", "/issuer", "/title", "/recipients", "/awards", "/signer")):
            skip.update(range(span.line_start, span.line_end + 1))
    return skip


def check(parent, child, ctx) -> list[Finding]:
    patterns = residue_patterns(parent, child)
    if not patterns:
        return []
    findings: list[Finding] = []
    skip: set[int] = set()
    if child.document is not None:
        skip = _skip_lines(child)
        candidates = _paragraphs(child.document.lines)
    else:
        candidates = [([None], [0], it.text) for it in child.items()]
    first_body_line = _first_body_line(child)
    title = " ".join(nfc(parent.plan.title or "").lower().split())
    for numbers, starts, text in candidates:
        legit = _legit_sentences(text)
        lowered = nfc(text).lower()
        for pattern in patterns:
            match = next(
                (m for m in pattern.finditer(lowered) if not _names_authority(lowered, m) and not quotes_title(title, lowered, m)
                 and not _line_skipped(numbers, starts, m.start(), skip, first_body_line)
                 and not any(a <= m.start() < b for a, b in legit)),
                None,
            )  # fmt: skip
            if not match:
                continue
            phrase = text[match.start() : match.end()]
            number = numbers[max(i for i, at in enumerate(starts) if at <= match.start())]
            evidence = child.line_evidence(number) if number is not None else child.evidence(None, text)
            findings.append(
                Finding(
                    type="locality_residue",
                    severity="low",
                    message=(
                        f"Kế hoạch còn sử dụng cụm từ “{phrase}” của kế hoạch cấp trên; đề nghị sửa lại cho đúng "
                        f"phạm vi, địa bàn của địa phương."
                    ),
                    parent_evidence=None,
                    child_evidence=evidence,
                )
            )
            break
    title_finding = _own_title_scope(patterns[0], child)
    if title_finding is not None:
        findings.insert(0, title_finding)
    copied = _copied_targets(parent, child)
    if copied is not None:
        findings.append(copied)
    return findings


# A count or amount of a target ("9.800", "7.500"): not a rate ("70%") or a year. Only figures of a province's scale, a
# thousand or more: a ward may well share "45 hợp tác xã", "02 mô hình" or "xe cấp cứu 115 ... không quá 15 phút" with
# the province (on sets 155-256 every child sharing two such figures copied them, and 19 children sharing smaller ones
# did not).
_FIGURE = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d{2,})(?![\d.,/]|\s*%)")
_PROVINCE_SCALE = 1000
# A target row that is a rate, or names what each ward must reach ("mỗi xã", "/xã"): its figure may be the ward's own.
_RATE_OR_SHARE = re.compile(r"%|\bty le\b|/\s*(?:xa|phuong)\b|\bcap xa\b")
# "mỗi" (each) makes a rate; folded it is "mới" (new) too: "Cấp mới ít nhất 20 mã số ..., nâng tổng diện tích ... lên 1.450
# ha" is a count (round 67, I287-A08: the ward's copy of it went unseen)
_EACH = re.compile(r"\bmỗi\b")
_COPIED_FIGURES = 2
# Figures of any size, copied in number, make a copy too: a commune that keeps "12 làng nghề; 3.500 lao động; 400 lao
# động ...; 30 ha; 06 điểm" of the city's targets (round 67, I289-B09). Counts below ten are too common to tell; four
# figures are not enough: the ward that holds the whole craft village keeps its "25 hộ, 60 nghệ nhân ..., 30.000 lượt
# khách" (I262-B01).
_COPIED_SMALL_FIGURES = 5
_SMALL_SCALE = 10


def _figures(text: str, least: int) -> list[int]:
    """The figures of a text in their order, from `least` on (years left out)."""
    values = [int(m.group(1).replace(".", "")) for m in _FIGURE.finditer(text)]
    return [v for v in values if v >= least and not 1900 <= v <= 2100]


def _copied_targets(parent, child) -> Finding | None:
    """The ward's targets repeat the province's own figures as its own ("Tổng số lồng nuôi cá trên các hồ thủy điện đạt
    9.800 lồng; sản lượng cá nuôi lồng đạt 7.500 tấn" for the province's 9.800 cages and 7.500 tonnes): a copy-paste trace
    of the province's scope in numbers (round 60, I253-B09). Two figures or more, so that one number a ward happens to
    share is not one."""
    for least, enough in ((_PROVINCE_SCALE, _COPIED_FIGURES), (_SMALL_SCALE, _COPIED_SMALL_FIGURES)):
        found = _copied_figures(parent, child, least, enough)
        if found:
            return found
    return None


def _copied_figures(parent, child, least: int, enough: int) -> Finding | None:
    theirs: dict[int, int] = {}  # figure -> the parent's target row that states it first
    for i, row in enumerate(parent.plan.targets):
        # (a rate or a share is judged by its clause: "Toàn tỉnh đưa 12.000 người lao động ...; trong đó tối thiểu 45% ..."
        # states a count before its share, round 64, I272-A09)
        for clause in re.split(r";\s", row):
            if not _RATE_OR_SHARE.search(fold(clause)) and not _EACH.search(clause.lower()):
                for figure in _figures(clause, least):
                    theirs.setdefault(figure, i)
    if len(theirs) < enough:
        return None
    copied: list[int] = []
    first = None
    for i, target in enumerate(child.plan.targets):
        found = [v for v in dict.fromkeys(_figures(target, least)) if v in theirs and v not in copied]
        if found and first is None:
            first = i
        copied += found
    if len(copied) < enough:
        return None
    shown = ", ".join(f"{v:,}".replace(",", ".") for v in copied)
    target = child.plan.targets[first]
    source = theirs[copied[0]]
    return Finding(
        type="locality_residue",
        severity="low",
        message=(f"Chỉ tiêu của kế hoạch trùng với chỉ tiêu chung của kế hoạch cấp trên ({shown}); đề nghị xác định "
                 f"chỉ tiêu phù hợp với phạm vi, địa bàn của địa phương."),
        parent_evidence=parent.evidence(f"/targets/{source}", parent.plan.targets[source]),
        child_evidence=child.evidence(f"/targets/{first}", target),
    )


# A title that names what it implements ("Thực hiện Kế hoạch số 118/KH-UBND ... trên địa bàn tỉnh") cites the
# parent's words on purpose; one that only names the topic is the ward's own title.
_CITING_TITLE = re.compile(r"\b(?:ke hoach|quyet dinh|nghi quyet|chi thi|chuong trinh|de an|cong van) so\b|^(?:thuc hien|trien khai|cu the hoa)\b")


def _own_title_scope(scope: re.Pattern, child) -> Finding | None:
    """The ward's own title copied with the province's scope ("Phòng, chống sạt lở đất ... năm 2026 trên địa bàn
    tỉnh Lâm Đồng" heading a ward's plan): header lines are skipped above, but a title that cites nothing is the
    ward's words about its own plan, not a citation."""
    title = child.plan.title or ""
    span = child.plan.provenance.get("/title")
    if not title or span is None or child.document is None or _CITING_TITLE.search(fold(title)):
        return None
    match = scope.search(nfc(title).lower())
    if not match:
        return None
    return Finding(
        type="locality_residue",
        severity="low",
        message=(
            f"Tên kế hoạch còn sử dụng cụm từ “{title[match.start() : match.end()]}” của kế hoạch cấp trên; đề nghị "
            f"sửa lại cho đúng phạm vi, địa bàn của địa phương."
        ),
        parent_evidence=None,
        child_evidence=child.line_evidence(span.line_start),
    )


# A sentence ends at ". " / "; " before a capital letter: "... báo cáo Sở Y tế" legitimises its own sentence only.
_SENTENCE_END = re.compile(r"[.;!?]\s+(?=[A-ZĐÀÁẢÃẠÂĂÊÔƠƯÉÈÍÓÒÚÙÝ])")
_CLAUSE_END = re.compile(r"[.;!?]\s+")


def _spans(text: str, ends: re.Pattern, start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the pieces of text[start:stop] that `ends` closes (the last piece runs to `stop`)."""
    stop = len(text) if stop is None else stop
    spans = []
    for m in ends.finditer(text, start, stop):
        spans.append((start, m.end()))
        start = m.end()
    return [*spans, (start, stop)]


def _legit_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph that names the province on purpose (a citation of a
    higher document, an award, a report sent up): a phrase there is not residue, one in the next sentence is.
    A sentence that opens otherwise is legitimate only in its clauses that do: "Yêu cầu các sở, ban, ngành, Ủy ban
    nhân dân các xã, phường triển khai ...; ..., nếu có vướng mắc, báo cáo về Sở ..." copies the province's closing
    order, whatever its report up (round 63, I265-B02)."""
    out = []
    for a, b in _split_main_clause(text, _spans(text, _SENTENCE_END)):
        if not _LEGIT.search(fold(text[a:b]).strip()):
            continue
        clauses = _spans(text, _CLAUSE_END, a, b)
        if len(clauses) > 1 and not _LEGIT.search(fold(text[slice(*clauses[0])]).strip()):
            out += [(x, y) for x, y in clauses if _LEGIT.search(fold(text[x:y]).strip())]
        else:
            out.append((a, b))
    return out


# "Thực hiện Kế hoạch số 09/KH-UBND ... của UBND tỉnh ..., UBND xã Đá Bạc triển khai ... trên địa bàn toàn tỉnh":
# the opening citation clause ends where the ward's own body takes the word as the subject of the main clause;
# what the ward then says it does is its own statement (judged as a sentence of its own, legitimate only when
# it cites or reports up in turn).
_OWN_SUBJECT = re.compile(r",\s+(?:(?:uy ban nhan dan|ubnd)\s+)?(?:xa|phuong|dac khu|thi tran)\b")


def _split_main_clause(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for a, b in spans:
        folded = fold(text[a:b])
        own = _OWN_SUBJECT.search(folded)
        if own and _LEGIT.search(folded[: own.start()].strip()):
            out += [(a, a + own.start() + 1), (a + own.start() + 1, b)]
        else:
            out.append((a, b))
    return out


# A line that opens an entry of its own: a label ("II.", "3.", "b)", "-", "+") at its start.
_ENTRY_START = re.compile(r"^\s*(?:\*\*)?(?:[IVX]+\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•])(?:\s|$)")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?\s*$")


def _paragraphs(lines) -> list[tuple[list[int], list[int], str]]:
    """The document's lines joined into paragraphs ([line numbers], [start offsets], text): a sentence
    wrapped over several lines (PDF, scan) is judged whole, so the citation or report that makes a phrase
    legitimate ("Căn cứ Kế hoạch ... trên địa bàn tỉnh", "báo cáo về Sở ...") counts on every line of it."""
    out: list[tuple[list[int], list[int], str]] = []
    numbers: list[int] = []
    starts: list[int] = []
    text = ""
    gap = False
    for line in lines:
        raw = line.text.replace("\f", " ").strip()
        if _PAGE_NUMBER.match(raw) and raw:
            continue  # page furniture between two halves of a sentence
        if not raw:
            gap = True  # a blank line ends the paragraph, unless the next line goes on in lower case: OCR of a scan
            continue  # may print one between every two lines ("... về kho dữ" / "" / "liệu số của tỉnh.", round 58)
        # (a table row is a paragraph of its own: the closing order after a report table was judged with the rows, whose
        # reports up excused it; round 64, I273-B10)
        new = (not text or text.rstrip()[-1:] in ".;:!?|" or _ENTRY_START.match(raw) or raw.startswith("|")
               or (gap and not raw[:1].islower()))  # fmt: skip
        gap = False
        if new and numbers:
            out.append((numbers, starts, text))
            numbers, starts, text = [], [], ""
        if raw:
            if text:
                text += " "
            numbers.append(line.number)
            starts.append(len(text))
            text += raw
    if numbers:
        out.append((numbers, starts, text))
    return out


def _line_skipped(numbers: list, starts: list[int], at: int, skip: set[int], first_body_line: int | None) -> bool:
    """A match on a header or citation line (named on purpose) does not count."""
    number = numbers[max(i for i, s in enumerate(starts) if s <= at)]
    if number is None:
        return False
    return number in skip or bool(first_body_line and number < first_body_line)


def _first_body_line(child) -> int | None:
    """The line after the title block: the header above it names the parent body on purpose."""
    if child.document is None:
        return None
    for line in child.document.lines:
        if fold(line.text).strip().strip("*").strip() == "ke hoach":
            return line.number + 1
    return None

"""missing_section: a section the parent requires (contents, criteria, awards, organisation) is absent.

A section counts as present when the child has its heading (a Roman-numeral section or a numbered
sub-heading) or the parser found its items; both must be missing before we report it.
"""

from __future__ import annotations

import re

from ...model import Finding
from ...parse.outline import run_in_part
from ...parse.roles import heading_roles
from ..bodies import duties_given_inline
from ..sides import task_table_line
from ..text import fold

# "Phân công" naming the organisation part, not who is put in charge of what: "2. Kiện toàn tổ dân phố, phân công phụ
# trách" is a content item (round 68, I295-A12: a ward with no organisation part).
_ASSIGNS = r"phan cong(?! (?:phu trach|theo doi|can bo|cong chuc|lanh dao))"
# role -> (heading pattern on folded text, plan field whose items stand for the section, Vietnamese name, severity)
SECTION_ROLES = {
    "contents": (r"noi dung|nhiem vu|giai phap|cong viec", "contents", "Nội dung thi đua / nhiệm vụ", "high"),
    "criteria": (r"tieu chi", "criteria", "Tiêu chí thi đua", "medium"),
    # ("7. Gắn với bình xét danh hiệu văn hóa" is a task: the titles are scored there, not awarded; round 48, I175-A10)
    "awards": (r"khen thuong|(?<!xet )(?<!cong nhan )danh hieu", "awards", "Hình thức khen thưởng", "medium"),
    # ... also merged with the tasks: "THỨ HAI - NHIỆM VỤ, GIẢI PHÁP VÀ ĐƠN VỊ THỰC HIỆN" (round 31, I109-B12)
    "organisation": (rf"to chuc thuc hien|trach nhiem thuc hien|^trach nhiem\b|{_ASSIGNS}|"
                     r"^giao nhiem vu|^ai lam\b|\bdon vi thuc hien\b",
                     "assignments", "Tổ chức thực hiện", "high"),
}
# A plan's measurable part is printed as "CHỈ TIÊU" (targets), "TIÊU CHÍ" (criteria) or both merged ("CHỈ TIÊU,
# TIÊU CHÍ"); a ward restates it under either name, or as the conditions of its awards ("ĐIỀU KIỆN XÉT KHEN
# THƯỞNG", "Tiêu chuẩn"). A parent's top-level "CHỈ TIÊU" section asks for it as much as a "TIÊU CHÍ" one.
# ... also second in a short heading: "MỤC TIÊU, CHỈ TIÊU ĐẾN NĂM 2030", "LỊCH THI VÀ CHỈ TIÊU" (round 25, I71-B10, I75-A12).
_TARGETS_SECTION = r"^(?:[a-z]+(?: [a-z]+){0,3}(?:,| va) )?chi tieu"
# A product's standard, no criteria: "Hoàn thiện, tiêu chuẩn hóa sản phẩm:", "công bố tiêu chuẩn cơ sở" (round 62, I264-A05).
# ... or a named production standard: "phát triển vùng trồng vải thiều theo tiêu chuẩn VietGAP" (round 66, I281-A10)
_PRODUCT_STANDARD = r"tieu chuan (?:co so|hoa|vietgap|globalgap|gap|huu co|tcvn|iso|haccp)\b"
_CRITERIA_NAMES = rf"tieu chi|chi tieu|(?!{_PRODUCT_STANDARD})tieu chuan|dieu kien (?:xet|de|duoc|cong nhan|khen|thi dua)"

# A heading line of the document: a Roman or Arabic label, then a short text. Items labelled a), (1)
# or "-" are not headings: a short item such as "a) Tổ chức thực hiện thi đua…" must not pass for one.
_HEADING = re.compile(r"^\s*(?:\*\*)?(?:(?:phần|mục|chương)\s+)?(?:[IVX]+\.|\d+\.)\s*(.{3,90})$", re.IGNORECASE)
# On such a line the section's name must open the heading ("2. Tiêu chí thi đua", "IV. TỔ CHỨC THỰC HIỆN").
_HEADING_START = {
    # a plain-spoken ward names its tasks "Những việc cần làm", "Những việc xã sẽ làm"
    "contents": r"^(?:noi dung|nhiem vu|(?:cac )?(?:nhom )?giai phap|(?:nhung|cac) (?:cong )?viec (?:[a-z]+ )?(?:can|se|phai) lam)",
    "criteria": rf"^(?:{_CRITERIA_NAMES})",
    "awards": r"^(?:hinh thuc|khen thuong|danh hieu|cong tac khen)",
    # and who does them "Giao việc", "ĐƠN VỊ THỰC HIỆN" (merged: "NHIỆM VỤ VÀ ĐƠN VỊ THỰC HIỆN")
    # ... also as an appendix ("PHỤ LỤC PHÂN CÔNG" over a table of bodies and their tasks' numbers, round 22, I52-A10)
    "organisation": r"^(?:phu luc(?: [ivx\d]+)?[.:]? |ve )?"
                    rf"(?:to chuc thuc hien|trach nhiem|{_ASSIGNS}|giao (?:viec|nhiem vu)|"
                    r"(?:co quan, )?don vi (?:thuc hien|chu tri)|ai lam\b)",
}
# A heading in capitals may name several parts ("III. TIÊU CHÍ VÀ KHEN THƯỞNG", "THỜI GIAN VÀ TỔ CHỨC THỰC
# HIỆN"): there a part's name may open any member of the list.
_LIST_JOINT = r"(?:^|, |\bva |- )"
# ... but "Hình thức" second in a list is the form of the activities ("II. NỘI DUNG, HÌNH THỨC"), not of the awards
# (round 30, I106-A09: the child had no awards part at all).
_LIST_START_AWARDS = r"(?:hinh thuc (?:khen|thi dua)|khen thuong|danh hieu|cong tac khen)"
# A part named as the run-in label of a paragraph ("2. Nội dung: rà soát ...", "Khen thưởng: Ủy ban nhân dân
# phường khen thưởng ...", "* Tiêu chí chấm điểm các bản: ..."): a few words, then a colon; or such a label alone on
# its line over the part's bullets ("Đối tượng và tiêu chí nhà ở:").
_RUN_IN = re.compile(r"^\s*(?:\*\*)?(?:(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*)[.)]\s*|[-–+*•]\s*)?([^:.;]{3,60}):(?:\s*\S|\s*$)")
# ... or a labelled paragraph whose label ends with a full stop ("2. Nội dung. Tập trung xây dựng ...", "5. Tổ chức thực
# hiện. Văn phòng ..."): a very short plan of run-in paragraphs (round 12, set 19 B12). Only after a number.
_RUN_IN_PERIOD = re.compile(r"^\s*(?:\*\*)?(?:[IVX]+|\d{1,2})\.\s*([^:.;]{3,60})\.\s+[A-ZĐÀ-Ỹ]")
# ... and in a prose plan, a paragraph opened by "Về <part>," ("Về tổ chức thực hiện, Ban Chỉ huy quân sự phường là cơ
# quan thường trực, ...", round 28, I92-A08).
# Its name may be two, joined by a comma: "Về thi đua, khen thưởng, khen thưởng kịp thời tập thể, cá nhân ..." (round 52,
# I192-B07); the second at most three words, so the first clause of the paragraph is no name.
_RUN_IN_ABOUT = re.compile(r"^\s*(Về [^:.;,]{3,60}(?:,\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?=,))?),\s+\S")
# "Phần thứ hai" alone on its line: the part's name is on the next line. So is an appendix's ("PHỤ LỤC" / "PHÂN
# CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH" after the signature: a short plan gives its tasks and bodies in a table there).
_PART_LINE = re.compile(r"^\s*(?:(?:phần|phan)\s+(?:thứ|thu)\s+\S+|(?:phụ lục|phu luc)(?:\s+(?:[IVX]+|\d{1,2}|số \d{1,2}))?)\s*$",
                        re.IGNORECASE)


# "Phần thứ ba: Tiêu chí, công nhận và khen thưởng": a prose plan's part and its name on one line (round 43, I153-A10).
_NAMED_PART = re.compile(r"^\s*(?:phần|phan)\s+(?:thứ|thu)\s+\S+\s*[:.–-]\s*(.{3,90})$", re.IGNORECASE)


# ... or on the appendix's own line: "PHỤ LỤC PHÂN CÔNG NHIỆM VỤ" after the signature (round 25, I75-B10)
_NAMED_APPENDIX = re.compile(r"^\s*(?:PHỤ LỤC|PHU LUC)(?:\s+(?:[IVX]+|\d{1,2}|SỐ \d{1,2}))?[.:]?\s+[^\W\d_]")


def _is_plain_heading(text: str, previous: str) -> bool:
    """A heading printed without a label: a few words opening with a capital, no closing punctuation, after a
    line that ends a sentence (so not the tail of a wrapped sentence)."""
    words = text.split()
    return (0 < len(words) <= 6 and text[0].isupper() and text[-1] not in ".;,:!?" and not any(c.isdigit() for c in text)
            and previous[-1:] in ".;:!?")  # fmt: skip


def _is_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def headings(side, *, plain: bool = False) -> list[tuple[str, int | None, bool]]:
    """(folded heading, line, found by the parser) of the plan's sections and outline, and heading-like lines
    (a labelled short line, the line that names a "Phần thứ ..." part, a run-in label); with plain, also an
    unlabelled short line between paragraphs (an informal ward plan's "Phân công")."""
    out = [(fold(s.heading), None, True) for s in side.plan.sections]

    def walk(nodes):
        for node in nodes:
            if node.heading and node.kind in ("section", "item"):
                out.append((fold(node.heading), node.span.line_start if node.span else None, True))
            walk(node.children)

    walk(side.plan.outline)
    if side.document is not None:
        previous = ""
        for line in side.document.lines:
            text = line.text.strip()
            match = _HEADING.match(text) or _NAMED_PART.match(text)
            if match:
                out.append((fold(match.group(1)).strip(), line.number, False))
            elif (_PART_LINE.match(previous) and _is_capitals(text) and len(text.split()) <= 14) or (
                plain and _is_plain_heading(text, previous)
            ) or (_NAMED_APPENDIX.match(text) and _is_capitals(text) and len(text.split()) <= 14):
                out.append((fold(text).strip(), line.number, False))
            run_in = _RUN_IN.match(text) or _RUN_IN_PERIOD.match(text) or _RUN_IN_ABOUT.match(text)
            # a label alone on its line is one whatever its length ("Đối tượng và tiêu chí nhà ở:")
            if run_in and len(run_in.group(1).split()) <= (8 if text.endswith(":") else 6):
                out.append((fold(run_in.group(1)).strip(), line.number, False))
            elif run_in is None and (body_at := run_in_part(text)) is not None:
                # ... unnumbered, when the label is a part's name, as the parser reads it: "Chỉ tiêu, tiêu chí. 100% bãi
                # tắm ..." (round 42, I144-A12: a plan of such paragraphs was told it had no criteria part)
                out.append((fold(text[:body_at]).strip(" ."), line.number, False))
            if text:
                previous = text
    return out


# Criteria stated without a heading of their own: a merged "ĐÁNH GIÁ VÀ KHEN THƯỞNG" paragraph ("Kết quả được
# đánh giá qua tỷ lệ ...", "Đánh giá theo ...") or a sentence naming them ("... là tiêu chí bình xét thi đua").
# A criterion named for another use ("lồng ghép tiêu chí phòng, chống bạo lực gia đình vào bình xét") is not one.
_CRITERIA_TEXT = re.compile(
    r"\btieu chi (?:(?:binh xet|danh gia|xep loai),? )*(?:thi dua|danh gia|khen thuong)\b"
    # (not the requirement that results be judged by figures: "đánh giá bằng số liệu", round 63, I267-B10; nor by a
    # device: "đánh giá bằng máy đánh giá điện tử")
    r"|\bdanh gia (?:qua|theo|dua tren|can cu(?: vao)?|bang(?! so lieu\b| may\b))\b"
    # the condition under which a unit passes: "Một đội, câu lạc bộ được đánh giá đạt khi có quyết định thành lập ..."
    r"|\b(?:danh gia|cong nhan|xep loai|coi)(?: la)? dat(?: chuan| yeu cau)? khi\b"
    # who qualifies for support, in prose: "Vùng được chọn hỗ trợ phải có quy mô tối thiểu 05 ha ..." (round 24, I61-B06)
    # ... or proposed for recognition: "Vùng na được xã đề nghị công nhận đạt chuẩn phải có quy mô ..." (round 59, I215-B05)
    r"|\bduoc (?:(?:xa|phuong) )?(?:chon|xet|lua chon|de nghi cong nhan)\b[^.;]{0,30}\bphai (?:co|dat|bao dam)\b"
    # criteria spelled out in a body's duties: "thi công đúng tiêu chí: đường ngõ xóm nền rộng tối thiểu 3,0 m ...",
    # "đúng tiêu chí kỹ thuật của thành phố (mặt bê tông rộng tối thiểu 2,0 m ...)" (round 23, I56-B06, I56-B11)
    r"|\btieu chi(?: ky thuat)?(?: cua (?:tinh|thanh pho))?\s*[:(][^.;]{0,60}\d"
    # ... or in prose: "Xóm được xét là tiêu biểu khi có chương trình cụ thể, ...; căn cứ các tiêu chí này, ..." (round
    # 24, I61-A05); "Cơ sở nuôi được xem xét hỗ trợ khi có quy mô từ 10 lồng ..." (round 57, I236-B01; not "kết quả ...
    # được xem xét khi bình xét thi đua", I62-B10)
    # ... with the ward that judges it: "Cơ sở được xã công nhận điển hình khi có giấy chứng nhận ..." (round 59, I248-A06)
    r"|\bduoc (?:(?:xa|phuong|(?:ubnd|uy ban nhan dan) (?:xa|phuong)) )?(?:de nghi )?(?:xet|cong nhan|binh chon|danh gia)(?: la)? [^.;]{0,30}?\bkhi\b|\bduoc xem xet ho tro [^.;]{0,30}?\bkhi\b|\bcan cu (?:cac|nhung) tieu chi\b"
    # ... or the ward commits to the criteria by which the province scores it: "xã đăng ký phấn đấu đạt tiêu chí Bộ phận
    # Một cửa cấp xã tiêu biểu ...", "Phấn đấu đạt 04 tiêu chí ..." (round 26, I77-A12)
    r"|\b(?:phan dau|dang ky) (?:dat|dap ung)(?: du| day du)? (?:(?:\d+|cac|ca) )?tieu chi\b"
)
# Awards stated without a heading: the ward's authority gives them ("Ủy ban nhân dân xã khen thưởng theo thẩm
# quyền ...", "Chủ tịch ... tặng Giấy khen") or a form of award is named.
_AWARDS_TEXT = re.compile(
    r"\b(?:uy ban nhan dan|ubnd|chu tich)\b[^.;:]{0,60}?\b(?:khen thuong|tang (?:giay|bang) khen)\b"
    r"|\b(?:giay khen|bang khen)\b"
    # ... or they are a task like any other, in a list of tasks or a body's duties: "12. Khen thưởng hằng năm theo thẩm
    # quyền, đề nghị cấp trên khen thưởng", "- Tham mưu khen thưởng hằng năm theo thẩm quyền ..." (round 22, I50-B06,
    # I50-B08); proposing awards upward alone is not (a generated child with no awards part does that)
    r"|\bkhen thuong\b[^.;:]{0,30}?\btheo tham quyen\b|\btham muu khen thuong\b"
    # ... or in the passive, in a prose plan: "Tập thể, cá nhân thực hiện tốt ... được khen thưởng" (round 23, I55-B11)
    r"|\bduoc khen thuong\b"
    # ... or the plan's results are what the ward's yearly emulation and awards rest on: "Kết quả thực hiện Kế hoạch là căn
    # cứ đánh giá, xếp loại ... và bình xét thi đua, khen thưởng hằng năm của Ủy ban nhân dân xã" (round 43, I153-B: 11 of
    # 12 children, after a parent whose "KIỂM TRA, KHEN THƯỞNG" part gives no form of award)
    r"|\bla can cu\b[^.;]{0,120}\b(?:binh xet |xet )?thi dua,? (?:va )?khen thuong\b"
)


def _side_texts(side) -> list[str]:
    if side.document is not None:
        return [" ".join(side.document.text.split())]  # hard-wrapped lines: a phrase may span a break
    p = side.plan
    return [*p.contents, *p.purposes, *p.requirements, *p.awards, *(s.heading for s in p.sections),
            *(t for a in p.assignments for t in a.tasks)]  # fmt: skip


# "Kết quả thực hiện (Kế hoạch) là (một) tiêu chí đánh giá, xếp loại thi đua ...": the plan's results made a criterion of
# some other scoring; the sentence states no criterion of its own (round 17, I27-A12: the child's only "tiêu chí").
# So are they put into another scoring's criteria: "đưa kết quả tham gia mô hình vào tiêu chí bình xét 'Gia đình văn hóa'"
# (round 40, I131-A10: a child without the parent's criteria part).
# ... or one scoring's criterion merged into another's: "lồng ghép tiêu chí “Gia đình học tập” vào bình xét “Gia đình văn hóa”"
# (round 43, I153-A09: a child without the parent's criteria part).
# ... and so are the criteria of the cultural titles every ward scores by: "Đưa giữ gìn hát Ghẹo vào hương ước, quy ước khu
# và tiêu chí gia đình văn hóa, khu dân cư văn hóa" (round 61, I259-A07: a child without the parent's criteria part).
# ... and so does the ward's self-assessment by the province's criteria, a task it organises: "tổ chức tự đánh giá theo bộ
# tiêu chí xã, phường an toàn cho trẻ em của thành phố, gửi báo cáo ..." (round 68, I297-B11: a child without the parent's
# criteria part). (Not the criteria it scores itself by: "Kết quả là căn cứ tự chấm điểm theo Bộ tiêu chí xác định Chỉ số
# cải cách hành chính ..." is 122-A's criteria part, on five children.)
_RESULTS_AS_CRITERION = re.compile(r"\bla (?:mot |01 |1 )?(?:(?:trong (?:nhung|cac) )?)tieu chi\b[^.;]*"
                                   r"|\b(?:to chuc|huong dan|chi dao) tu (?:danh gia|cham diem)(?:,? (?:danh gia|cham diem|xep loai))* theo\b[^.;]*"
                                   r"|\bvao (?:cac )?tieu chi (?:binh xet|xet|danh gia|xep loai)\b[^.;]*"
                                   r"|\btieu chi (?:cong nhan |binh xet |xet )?\W?(?:gia dinh|khu dan cu|thon|ban|to dan pho|ap|"
                                   r"khu pho|khom|lang) van hoa\b[^.;]*"
                                   r"|\b(?:long ghep|dua) (?:cac )?tieu chi\b[^.;]{0,80}?\bvao (?:viec )?(?:binh xet|xet|danh gia)\b[^.;]*")


def criteria_in_text(side) -> bool:
    return any(_CRITERIA_TEXT.search(_RESULTS_AS_CRITERION.sub(" ", fold(t))) for t in _side_texts(side))


# ... or a paragraph opens with it as a run-in title: "Khen thưởng và xử lý trách nhiệm: khen thưởng kịp thời tập thể,
# cá nhân ..." in a plan of paragraphs (round 28, I94-A11). The same words inside a sentence are no part: "biểu dương,
# khen thưởng kịp thời các tập thể, cá nhân ..." is a purpose copied from the parent (tune A-25, heldout C-25, D-25).
_AWARDS_RUN_IN = re.compile(r"^(?:[-+•*]\s*)?khen thuong\b[^:.;]{0,60}:")


def awards_in_text(side) -> bool:
    if any(_AWARDS_TEXT.search(fold(t)) for t in _side_texts(side)):
        return True
    lines = side.document.lines if side.document is not None else []
    return any(_AWARDS_RUN_IN.match(fold(line.text).strip()) for line in lines)


# Criteria that score the ward itself name it ("TIÊU CHÍ ĐÁNH GIÁ MỨC ĐỘ SẴN SÀNG CỦA CẤP XÃ"); "TIÊU CHÍ ĐÁNH GIÁ VÀ
# KHEN THƯỞNG" alone scores the units the ward recognises (round 25, I76-B08: boarding houses).
_EVALUATES_WARD = re.compile(r"\b(?:danh gia|cham diem|xep loai|binh xet)\b.*\b(?:cap xa|xa, phuong|phuong, xa|cac xa|cac phuong|"
                             r"dia phuong|don vi)\b")
# ... but criteria for scoring units BELOW the ward ("TIÊU CHÍ ĐÁNH GIÁ KHU DÂN CƯ", "... THÔN, TỔ DÂN PHỐ") are
# applied by the ward itself, like any other criteria it must restate.
_BELOW_WARD = re.compile(r"\b(?:danh gia|cham diem|xep loai|binh xet) (?:cac )?(?:khu dan cu|thon|to dan pho|ap|khom|ban|"
                         r"khu pho|ho gia dinh|ho)\b")
# The parent's targets apart from its criteria: a "CHỈ TIÊU" part or sub-heading ("2. Chỉ tiêu cụ thể đến năm 2030"
# under "II. MỤC TIÊU").
# ... or its aims with their numbers, "MỤC TIÊU NĂM 2026" beside a "TIÊU CHÍ CÔNG NHẬN ..." part (round 62, I265-B04, I267-B10:
# the ward's "CHỈ TIÊU NĂM 2026" stood for the criteria it dropped).
_TARGETS_HEADING = re.compile(r"^(?:muc tieu(?:,| va))? ?chi tieu\b|^muc tieu(?: nam \d{4}| cu the| chung)?$")
# A mention of criteria that only points at another document's ("công nhận thôn đạt tiêu chí theo Kế hoạch số 18/KH-UBND
# của UBND Thành phố", "tiêu chí tại Mục IV") states none of them.
# ... or at the province's, named by the province alone: "chấm điểm điểm trải nghiệm theo tiêu chí của thành phố" (round 61,
# I262-B11); not when they follow, spelled out: "đáp ứng đủ năm tiêu chí của tỉnh: đã được cấp mã số ..." (I195-A01).
_CRITERIA_BY_REFERENCE = re.compile(
    r"\btieu (?:chi|chuan)\b(?: [a-z]+){0,3}? (?:theo|tai|cua) (?:ke hoach|quyet dinh|muc|huong dan|van ban|thong tu|"
    r"nghi dinh|bo tieu chi)\b"
    r"|\btieu (?:chi|chuan)\b(?: [a-z]+){0,3}? cua (?:(?:uy ban nhan dan|ubnd) )?(?:tinh|thanh pho)\b(?!\s*:)"
    # ... or issued by it: "chấm điểm cơ sở nuôi hươu theo tiêu chí do tỉnh ban hành" (round 66, I278-A11)
    r"|\btieu (?:chi|chuan)\b(?: [a-z]+){0,3}? do (?:(?:uy ban nhan dan|ubnd) )?(?:tinh|thanh pho|cap tren|so [a-z ]{2,40}?)"
    r" (?:ban hanh|quy dinh|huong dan)\b(?!\s*:)"
)


# Criteria as the work itself, in a plan about meeting a standard ("đánh giá thực trạng từng tiêu chí", "hoàn thiện các
# tiêu chí còn thiếu", "cập nhật kết quả thực hiện các tiêu chí"): they name no criterion by which the ward is judged
# (round 26, I78-A09: a new-countryside plan without the parent's "TIÊU CHÍ XÉT, CÔNG NHẬN" part).
_CRITERIA_AS_WORK = re.compile(
    r"\b(?:tung|moi) tieu chi\b|\b(?:cac )?tieu chi con (?:thieu|yeu|chua dat)\b"
    r"|\b(?:thuc hien|chat luong|hoan thien|muc do dat|nang cao) (?:cac )?tieu chi\b"
    # ... or a quality of a thing ("sản xuất cây giống ghép đạt tiêu chuẩn, cung ứng đủ giống"; round 54, I214-B07), or a
    # product's published standard
    r"|\bdat tieu chuan(?=\s*(?:[,;.)]|$))|\b" + _PRODUCT_STANDARD
)


def _names_criteria(text: str) -> bool:
    """The child names criteria of its own: a mention of "tiêu chí / tiêu chuẩn" that is not a reference elsewhere
    or the work of meeting them."""
    # ... nor results made a criterion of other scoring ("kết quả thực hiện là tiêu chí thi đua của thôn", round 32, I110-B10)
    text = _RESULTS_AS_CRITERION.sub(" ", text)
    return bool(re.search(r"\btieu (?:chi|chuan)\b", _CRITERIA_AS_WORK.sub(" ", _CRITERIA_BY_REFERENCE.sub(" ", text))))


def _scores_the_ward(heads: list[str]) -> bool:
    """A (folded) heading names criteria that score the ward itself (`_EVALUATES_WARD`, not `_BELOW_WARD`)."""
    return any("tieu chi" in t and _EVALUATES_WARD.search(t) and not _BELOW_WARD.search(t) for t in heads)


def _criteria_part(heading: str) -> bool:
    """A top-level heading names the criteria: printed, or as the parser reads it (`heading_roles`, which wants the
    heading as printed: a long one in capitals is still a heading)."""
    return "tieu chi" in fold(heading) or "criteria" in heading_roles(heading)


def _targets_heading(heads: list[str]) -> bool:
    """A (folded) heading of the targets alone: "chỉ tiêu năm 2026", "mục tiêu, chỉ tiêu" (not "chỉ tiêu và tiêu chí")."""
    return any(_TARGETS_HEADING.match(t) and "tieu chi" not in t for t in heads)


def targets_apart(parent, child) -> bool:
    """The parent prints its targets ("II. CHỈ TIÊU, MỨC HỖ TRỢ") and criteria the ward applies ("III. TIÊU CHÍ HỖ TRỢ
    VÀ CHẤT LƯỢNG NHÀ Ở") as two top-level parts, and the child never names a criterion ("tiêu chí", "tiêu chuẩn"):
    its targets then stand for the targets only. Criteria by which the province scores the ward ("TIÊU CHÍ ĐÁNH
    GIÁ KẾT QUẢ ... ĐỐI VỚI CẤP XÃ") are the province's tool: a ward's targets answer them."""
    top = [fold(s.heading) for s in parent.plan.sections]
    heads = [t for t, _, _ in headings(parent)]
    if not _targets_heading(heads):
        return False
    # (the criteria's part, or its sub-heading under a part of both: "II. CHỈ TIÊU VÀ TIÊU CHÍ" over "1. Chỉ tiêu năm 2026"
    # and "2. Tiêu chí vùng trồng thạch đen tập trung", round 59, I249-B09: the ward's targets stood for its criteria)
    # (as the parser reads a part's name, a letter or two off: the English OCR prints "TIÊU CHÍ" as "TEU CHi", channel
    # eng-ocr I284-A09, I286-A10: the parent's criteria part was missed and the ward's targets stood for its criteria)
    criteria_heads = [fold(s.heading) for s in parent.plan.sections if _criteria_part(s.heading)]
    criteria_heads = [t for t in criteria_heads if not re.match(_TARGETS_SECTION, t)]
    # (one that names what it judges: a bare "2. Tiêu chí" over a pointer to a decree, I79-B12, is no part of its own)
    criteria_heads += [t for t in heads if t.startswith("tieu chi ")]
    if not any(not _EVALUATES_WARD.search(t) or _BELOW_WARD.search(t) for t in criteria_heads):
        return False
    # ... named on the part's sub-heading: "1. Tiêu chí đánh giá kết quả thực hiện đối với xã, phường" (I73-A11)
    if _scores_the_ward(heads):
        return False
    return not any(_names_criteria(fold(t)) for t in _side_texts(child))


def present_roles(side, *, by_content: bool = False, criteria_names: str = _CRITERIA_NAMES) -> dict[str, int | None]:
    """Roles the side has a section for; with by_content (the child), the part stated anywhere counts too
    (criteria or targets under any of their names, awards given in a sentence): the parent's requirement
    rests on a section, the child's compliance on the content wherever it is. criteria_names: the names
    under which the child's criteria count (without "chỉ tiêu" when the parent keeps targets apart)."""
    found: dict[str, int | None] = {}
    heads = headings(side, plain=by_content)
    top = {fold(s.heading) for s in side.plan.sections}
    for role, (pattern, field, _, _) in SECTION_ROLES.items():
        if getattr(side.plan, field):
            found[role] = None
            continue
        if by_content and ((role == "criteria" and criteria_in_text(side)) or (role == "awards" and awards_in_text(side))):
            found[role] = None
            continue
        for text, line, parsed in heads:
            if parsed:
                hit = re.search(pattern, text)
                if role == "criteria" and not hit:
                    # the parent: a top-level targets section; the child: its measurable part under any name
                    hit = re.search(criteria_names, text) if by_content else (text in top and re.match(_TARGETS_SECTION, text))
            else:
                if by_content:
                    # "Về tiêu chí và khen thưởng: ..." (round 26, I77-B03), "Các chỉ tiêu năm 2026: ..." (round 40, I136-A11)
                    text = re.sub(r"^(?:ve|cac) ", "", text)
                start = _HEADING_START[role] if by_content or role != "criteria" else r"^tieu chi"
                if role == "criteria" and by_content:
                    start = rf"^(?:{criteria_names})"
                joint = _LIST_START_AWARDS if role == "awards" else start[1:]
                hit = re.match(start, text) or (by_content and re.search(_LIST_JOINT + joint, text))
            if hit:
                found[role] = line
                break
    return found


_ROMAN_HEADING = re.compile(r"^\s*(?:\*\*)?[IVX]+\.\s")
_FUNDING = re.compile(r"\bkinh phi\b")
# The lower level named as the one that funds: "Ủy ban nhân dân các xã, phường bố trí kinh phí ...", "cấp xã
# chủ động cân đối ngân sách ...". A list of sources ("ngân sách tỉnh, ngân sách cấp xã theo phân cấp") names
# a budget, not a duty, and "địa phương" / "cơ sở" are too vague to ask a ward for anything.
_WARD_NAMED = r"(?:(?:cac|cap) (?:xa|phuong)|xa, phuong|phuong, xa|thi tran|dac khu)"
_FUNDS_VERB = r"(?:bo tri|bao dam|dam bao|can doi|chu dong|phan bo|huy dong)"
_WARD_FUNDS = re.compile(rf"\b{_WARD_NAMED}\b[^.;]*?\b{_FUNDS_VERB}\b")
_SOURCE = re.compile(r"\bngan sach (?:cap )?(?:xa|phuong|huyen)\b")


def asks_ward_to_fund(body: str) -> bool:
    """A sentence of a folded funding section in which the ward level is told to provide (not listed as a source)."""
    for sentence in re.split(r"[.;]\s|\n", body):
        clean = _SOURCE.sub("", sentence)
        if _WARD_FUNDS.search(clean):
            return True
    return False


def funding_required(parent) -> int | None:
    """The line of the parent's "KINH PHÍ" section when that section tells the lower level to fund its part
    ("Ủy ban nhân dân các xã, phường bố trí kinh phí ..."): the child's plan must then say how it is funded.
    A funding section about the province's own budget only asks nothing of a ward."""
    if parent.document is None:
        return None
    lines = parent.document.lines
    start, end = parent.section_lines(r"^kinh phi")
    if start is not None:
        body = " ".join(fold(ln.text) for ln in lines[start : end or len(lines)])
        return start if asks_ward_to_fund(body) else None
    for i, line in enumerate(lines):
        if _ROMAN_HEADING.match(line.text) and re.search(r"^\s*(?:\*\*)?[ivx]+\.\s*kinh phi", fold(line.text)):
            body = []
            for following in lines[i + 1 :]:
                if _ROMAN_HEADING.match(following.text):
                    break
                body.append(fold(following.text))
            return line.number if asks_ward_to_fund("\n".join(body)) else None
    return None


def funding_present(child) -> bool:
    """Funding is addressed when the child says "kinh phí" anywhere (a section, a duty, a sentence)."""
    if child.document is not None:
        return bool(_FUNDING.search(fold(child.document.text)))
    p = child.plan
    texts = [*p.contents, *p.purposes, *p.requirements, *(t for a in p.assignments for t in a.tasks)]
    return any(_FUNDING.search(fold(t)) for t in texts)


# Criteria that say who is eligible for the plan's support ("TIÊU CHÍ XÁC ĐỊNH ĐỐI TƯỢNG VÀ MỨC HỖ TRỢ", "Tiêu chí xét
# chọn hộ được hỗ trợ", "ĐIỀU KIỆN, TIÊU CHÍ HỖ TRỢ"): the ward applies them to its households and restates them as its
# "Đối tượng (và mức hỗ trợ)" part, not as criteria of its own (round 19, I34-A: 13 children, each with such a part).
_ELIGIBILITY = re.compile(
    r"\btieu chi\b(?: [a-z]+){0,3}? (?:doi tuong|(?:duoc |muc )?ho tro|thu huong|huong (?:chinh sach|ho tro))\b"
    r"|\b(?:doi tuong|dieu kien)\b[^.;]{0,30}\btieu chi\b"
)
_ELIGIBLE_NAMES = r"|doi tuong"


def eligibility_only(parent) -> bool:
    """Every heading of the parent that names criteria names who is eligible for support (`_ELIGIBILITY`)."""
    named = [t for t, _, _ in headings(parent) if re.search(r"\btieu chi\b", t)]
    return bool(named) and all(_ELIGIBILITY.search(t) for t in named)


def check(parent, child, ctx) -> list[Finding]:
    required = present_roles(parent)
    # With targets apart, the child's measures of its results under a bare "Đánh giá:" are its criteria (I46-B10).
    # (a heading that opens with it: "8. Sơ kết, đánh giá, nhân rộng mô hình" is a task; round 40, I131-A10)
    # (bare, or with its awards: "Đánh giá, khen thưởng", I64-A04; "Đánh giá, phân hạng sản phẩm" is the OCOP ranking, a
    # task, round 62, I264-A05)
    names = _CRITERIA_NAMES.replace("|chi tieu", "") + r"|^danh gia(?: ket qua(?: thuc hien)?)?(?:(?:,| va) khen thuong)?$" if targets_apart(parent, child) else _CRITERIA_NAMES
    if eligibility_only(parent):
        names += _ELIGIBLE_NAMES  # the child's "Đối tượng" part answers them
    # "Kết quả phấn đấu năm 2026: phương án hộ đê được phê duyệt trước ngày 30/4/2026; 100% điếm canh đê ...": the
    # parent's criteria restated as the results the ward strives for (round 41, I137-A04, a prose plan)
    # ... or as the results required of it: "Yêu cầu đạt được" over "văn kiện được thẩm định đạt yêu cầu; quân số tham gia từ
    # 95% trở lên" (round 43, I151-A05, a memo-style plan)
    names += r"|ket qua phan dau|yeu cau dat duoc"
    have = present_roles(child, by_content=True, criteria_names=names)
    if "criteria" in have and _targets_fall_short(parent, child, ctx, names):
        del have["criteria"]
    have.update(shown_by_deeds(child, ctx))
    if "organisation" not in have and duties_given_inline(child):
        have["organisation"] = None
    if "organisation" not in have and task_table_line(child) is not None:
        # Tasks tabled with a column for their body ("| Nội dung | Chủ trì | Phối hợp | Thời gian |") are assigned
        # where they stand: the table is the organisation (round 17, I27-A02: every part of the plan in tables).
        have["organisation"] = None
    findings = _missing_roles(parent, child, ctx, required, have)
    funding_line = funding_required(parent)
    if funding_line is not None and not funding_present(child):
        # Advice, not an alarm: no annotator of the hand-written sets counts a plan without its funding line as defective
        # (on sets 2-58 all 4 such alarms were on children they accepted, round 23); the auditor still sees it.
        findings.append(
            Finding(
                type="missing_section",
                severity="info",
                message=("Kế hoạch chưa nêu phần “Kinh phí thực hiện” mà kế hoạch cấp trên yêu cầu cấp xã bố trí; "
                         "đề nghị rà soát."),
                parent_evidence=parent.line_evidence(funding_line),
                child_evidence=None,
            )
        )
    return findings


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s?%")
# Targets stated without a heading: a count to strive for ("phấn đấu hỗ trợ ít nhất 50 bồn, lu chứa nước và 06 nhà tiêu"),
# or the province's targets taken up ("góp phần cùng toàn tỉnh hoàn thành chỉ tiêu nước sạch năm 2026"; round 41,
# I142-A: three children a week's campaign asks no targets part of were held to one).
# (Not "ít nhất" alone: "ít nhất 15 ngày trước khi chi trả" is a time, "tổ chức ít nhất 01 chương trình văn nghệ" an act;
# children whose targets part was dropped say both, 44-A09, 66-B12.)
_COUNT_TO_REACH = re.compile(r"\bphan dau\b[^.;]{0,60}?\d|\b(?:hoan thanh|thuc hien|dat) (?:cac )?chi tieu\b")


def _states_targets(text: str) -> bool:
    return bool(_FIGURE.search(text) or _COUNT_TO_REACH.search(fold(text)))
# A body of the ward opening a clause of a sentence: "3. Phòng Kinh tế chủ trì ...", "...; Trạm Y tế xã vệ sinh ...".
_WARD_BODY = re.compile(r"(?:^|[;,:]\s+|^\d{1,2}[.)]\s+)(?:de nghi )?(?:phong|ban chi huy|ban|cong an|van phong|"
                        r"truong (?:thon|ap|khom|khu pho|ban|to dan pho)|tram y te|uy ban nhan dan|ubnd|doan|hoi|"
                        r"trung tam|chu tich|cong chuc|mat tran|ubmttq)\b")  # fmt: skip
_FEWEST_SENTENCES = 8


def _numbered_sentences_only(child) -> bool:
    """The plan is written as numbered sentences with no headings at all ("1. Kế hoạch nhằm ...", "2. Ban Chỉ huy
    ... được kiện toàn ...", ... "17. Đề nghị ..."): no section, no outline node with a heading or a role."""
    nodes = child.plan.outline
    if child.plan.sections or len(nodes) < _FEWEST_SENTENCES:
        return False
    return all(n.kind == "item" and not n.heading and not n.role for n in nodes)


def shown_by_deeds(child, ctx) -> dict[str, None]:
    """Parts a plan shows by what it does: its tasks, when it covers most of the parent's content items (any plan);
    its organisation, when a plan with no headings (round 15, set 23 A11, B02) gives duties in its sentences to
    several of the ward's bodies. A plan cannot be found wanting by headings it does not use."""
    found: dict[str, None] = {}
    # Most of the parent's content items carried out is a contents part, whatever the child calls it: a phase
    # schedule whose bullets are the tasks ("II. LỊCH TRIỂN KHAI", round 21, I45-B12). No hand-written set ever
    # planted a missing contents part by dropping only its heading.
    contents = [a for a in ctx.alignment if a.parent.kind == "content"]
    if contents and sum(a.verdict != "not_covered" for a in contents) * 2 >= len(contents):
        found["contents"] = None
    # Every criterion of the parent restated as a standard, outside the tasks, is a criteria part under whatever heading
    # ("Vùng trồng đạt chuẩn xuất khẩu phải đáp ứng đồng thời: có mã số vùng trồng ...", a paragraph of the aims, round
    # 48, I178-B05). A criterion met only by a task ("Tỷ lệ điểm sạt lở được cắm biển" by "Rà soát, cắm biển cảnh báo ...")
    # is not restated: the ward may drop the part and keep its tasks.
    criteria = [a for a in ctx.alignment if a.parent.kind == "criterion"]
    if len(criteria) >= 2 and all(a.verdict == "covered" and a.matches and a.matches[0].child.kind not in ("content", "duty")
                                  for a in criteria):  # fmt: skip
        found["criteria"] = None
    if not _numbered_sentences_only(child) or child.document is None:
        return found
    bodies = {m.group(0).strip(" ;,:") for ln in child.document.lines for m in _WARD_BODY.finditer(fold(ln.text))
              if re.match(r"^\s*\d{1,2}[.)]\s", ln.text)}  # fmt: skip
    sentences = sum(1 for ln in child.document.lines if re.match(r"^\s*\d{1,2}[.)]\s", ln.text)
                    and _WARD_BODY.search(fold(ln.text)))  # fmt: skip
    if sentences >= 3 and len(bodies) >= 2:
        found["organisation"] = None
    return found


def _targets_fall_short(parent, child, ctx, names: str) -> bool:
    """The parent scores the ward by criteria of a part of their own ("III. TIÊU CHÍ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CỦA CẤP
    XÃ", beside "II. CHỈ TIÊU"); the child has targets but names no criteria, and some criterion of the parent is found
    nowhere in it. Its targets then do not answer them: the part was left out (round 50: on sets 2-190, 8 of the 9
    children planted so, against 2 of the 9 children whose annotators accepted targets alone; before, all 18 passed)."""
    heads = [t for t, _, _ in headings(parent)]
    scores_the_ward = _scores_the_ward(heads)
    if not scores_the_ward and not _criteria_beside_targets(parent, heads):
        return False
    if "criteria" in present_roles(child, by_content=True, criteria_names=names.replace("|chi tieu", "")):
        return False
    criteria = [a for a in ctx.alignment if a.parent.kind == "criterion"]
    if scores_the_ward:
        return any(a.verdict == "not_covered" for a in criteria)
    # ... and, when one part holds both, a ward restates the criteria in its own words or leaves them out: none of them
    # plainly there is the part dropped (round 54: I207-B08, I215-B08, I218-B09, planted; on sets 79-B and 121-A, whose
    # annotators accepted targets alone, every child restates some criterion)
    return not any(a.verdict == "covered" for a in criteria)


_FEWEST_CRITERIA = 2


def _criteria_beside_targets(parent, heads: list[str]) -> bool:
    """One part of the parent holds its targets and its criteria under sub-headings of their own ("II. CHỈ TIÊU VÀ TIÊU
    CHÍ" over "1. Chỉ tiêu năm 2026" and "2. Tiêu chí vùng trồng na đạt chuẩn"), with criteria of its own listed."""
    return (len(parent.plan.criteria) >= _FEWEST_CRITERIA
            and any("chi tieu" in t and "tieu chi" in t for t in heads)
            and _targets_heading(heads)
            and any(t.startswith("tieu chi") for t in heads))  # fmt: skip


def _targets_only(parent) -> bool:
    """The parent asks for its measurable part through a "CHỈ TIÊU" section alone (no criteria anywhere)."""
    if parent.plan.criteria:
        return False
    heads = [t for t, _, parsed in headings(parent) if parsed]
    return not any(re.search(r"tieu chi", t) for t in heads)


def _missing_roles(parent, child, ctx, required, have) -> list[Finding]:
    findings: list[Finding] = []
    for role, (pattern, field, name, severity) in SECTION_ROLES.items():
        if role not in required or role in have:
            continue
        ctx.suppressed_kinds.update({"contents": {"content"}, "criteria": {"criterion"}, "organisation": {"duty"}}.get(role, set()))
        parent_line = required[role]
        section = next((s for s in parent.plan.sections if re.search(pattern, fold(s.heading))), None)
        if role == "criteria" and _targets_only(parent):
            # The parent sets targets (a "CHỈ TIÊU" section) but no criteria: a ward often states its targets
            # as figures in its aims ("Năm 2026: cắm biển 100% điểm sạt lở ...") with no heading of their own.
            section = next((s for s in parent.plan.sections if re.match(_TARGETS_SECTION, fold(s.heading))), None)
            name = "Chỉ tiêu"
        message = f"Kế hoạch thiếu phần “{name}” mà kế hoạch cấp trên yêu cầu."
        # ... not when the part also sets the standards people are chosen by ("II. CHỈ TIÊU, TIÊU CHUẨN TUYỂN CHỌN"): a
        # figure in the ward's tasks ("xét nghiệm ... cho 100% công dân") is no standard (round 42, I143-B12)
        standards = section is not None and "tieu chuan" in fold(section.heading)
        child_text = " ".join(_side_texts(child))
        if standards and re.search(r"\b(?:tieu chuan|chi tieu)\b", fold(child_text)):
            standards = False
        if role == "criteria" and name == "Chỉ tiêu" and not standards and _states_targets(child_text):
            severity = "info"
            message = ("Kế hoạch không có đề mục “Chỉ tiêu” mà kế hoạch cấp trên yêu cầu; chỉ tiêu có thể đã được nêu "
                       "bằng số liệu trong văn bản, cần xem lại trực tiếp.")  # fmt: skip
        if parent_line and parent.document is not None:
            parent_ev = parent.line_evidence(parent_line)
        else:
            parent_ev = parent.evidence(None, section.heading if section else name)
        if role == "criteria" and name == SECTION_ROLES["criteria"][2] and "thi dua" not in fold(parent_ev.quote or ""):
            # criteria of a standard ("TIÊU CHÍ VƯỜN DẺ THÂM CANH", "II. CHỈ TIÊU VÀ TIÊU CHÍ") are no emulation criteria
            message = "Kế hoạch thiếu phần “Tiêu chí” mà kế hoạch cấp trên yêu cầu."
        findings.append(
            Finding(
                type="missing_section",
                severity=severity,
                message=message,
                parent_evidence=parent_ev,
                child_evidence=None,
            )
        )
    return findings

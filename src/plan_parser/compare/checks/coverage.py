"""missing_content and unassigned_task, read off the alignment.

A parent content item that no child item covers is missing_content; a duty the parent gives the
lower level that no child body receives is unassigned_task. Partly covered items are reported
as "info" (worth a look, not a defect); criteria are advisory because a province lists criteria
for groups a ward does not have. Items of a whole missing section are reported once, by
the sections check.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...model import Finding
from ..align import _GENERIC_LEADS
from ..discharge import issuer_own_act, undischarged_text
from ..labels import ITEM_KIND
from ..text import fold, nfc, tone_normalised


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


# How close under a threshold an uncovered item may score and still be a near miss.
NEAR_MISS_MARGIN = 0.05


def _near_miss(item, ctx) -> bool:
    """An uncovered item whose score or containment falls just under the partial thresholds: the
    evidence that it is missing is weak (a paraphrase or a merge may hold it), so it is not "high"."""
    options = ctx.options.align
    trace = ctx.duty_traces.get(item.parent.pointer or "", 0.0)
    return (item.score >= options.partial_threshold - NEAR_MISS_MARGIN
            or trace >= options.contain_partial - NEAR_MISS_MARGIN)  # fmt: skip


def _tasks_unread(child, item, ctx) -> bool:
    """The child has no content item at all (its tasks written as one paragraph, or a section the parser did
    not read as tasks) while the item leaves a trace in it (its best containment anywhere at least half of
    `contain_partial`: 0.21-0.24 on such children, where a dropped task leaves 0.10): the item may well be there
    in words no item-by-item comparison can tell, so the evidence is too weak for an alarm. An item with no
    trace even then (a dropped task) is still reported."""
    if any(it.kind == "content" for it in child.items()):
        return False
    # ... unless its lines show every other item plainly: the comparison reads this child, and an item it finds no
    # clause of is missing (round 41, I137-A04: a prose plan, the other seven items covered at 0.63 or more).
    others = [a for a in ctx.alignment if a.parent.kind == "content" and a is not item]
    if len(others) >= _READ_ITEMS and all(a.verdict == "covered" for a in others) and item.score < _UNREAD_SCORE:
        return False
    trace = ctx.duty_traces.get(item.parent.pointer or "", 0.0)
    return trace >= ctx.options.align.contain_partial / 2


_READ_ITEMS = 4


# Fewest duties left to assign for "none of them was found" to tell an unread part from a dropped duty.
_UNREAD_DUTIES = 3
_UNREAD_SCORE = 0.05


def _needs_no_body(duty: str, titles: list[str]) -> bool:
    """An act of the ward's own authority ("kiện toàn Ban Chỉ đạo ...", "đưa chỉ tiêu vào nghị quyết"): looked for
    anywhere in the plan, so found in its tasks even when the organisation part was not read (round 18, I19-B12)."""
    rest = undischarged_text(duty, titles)
    return rest is not None and issuer_own_act(rest)


def _assignments_unread(ctx, titles: list[str]) -> bool:
    """Every duty the child must give a body (those its existence does not discharge), at least three, scores ~0:
    no word of any of them in the part read as the organisation section. A ward drops a duty or two, not all
    of them while it keeps the tasks: its assignment part was not read (a layout the reader does not know), so
    one notice stands for the duties instead of an alarm each."""
    duties = [a for a in ctx.alignment if a.parent.kind == "duty"
              and not (a.verdict == "covered" and a.matches and a.matches[0].child.pointer == "/title")
              and not _needs_no_body(a.parent.text, titles)]  # fmt: skip
    return len(duties) >= _UNREAD_DUTIES and all(a.verdict == "not_covered" and a.score < _UNREAD_SCORE for a in duties)


_OPENING = re.compile(r"^[\s|*•+\-–]*(?:(?:(?:nhiệm vụ|nội dung|mục|điểm)\s+)?(?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[a-zđ]|[IVX]{1,4})[.)]?[\s|:]+)?", re.IGNORECASE)
_SYLLABLE = re.compile(r"[0-9A-Za-zÀ-Ỹà-ỹĐđ]+")
# A heading glued to its paragraph by the reader ("7. Truyền thông" + "Đẩy mạnh tuyên truyền ..." read as one item
# "Truyền thông Đẩy mạnh ..."): a capital after a lower-case word within the first words starts the body.
_GLUED_LABEL_WORDS = 6
# Openings that name no task, and "Công tác tuyên truyền ..." (the nominal form of a task).
_NO_TASK = _GENERIC_LEADS | {"công tác"}


def _phrase(text: str) -> str:
    """The syllables of a phrase, lower-cased and tone-normalised, joined by single spaces."""
    return " ".join(_SYLLABLE.findall(tone_normalised(nfc(text).lower())))


def _task_word(phrase: str) -> str | None:
    """The first two syllables of a phrase after the openings that name no task ("Đẩy mạnh", "nâng cao")."""
    words = [w for w in _phrase(phrase).split() if not w.isdigit()]
    while len(words) >= 2 and " ".join(words[:2]) in _NO_TASK:
        words = words[2:]
    if len(words) >= 3 and " ".join(words[:3]) in _THREE_SYLLABLE_TASKS:
        return " ".join(words[:3])
    return " ".join(words[:2]) if len(words) >= 2 else None


# Tasks named by three syllables, whose first two name another: "chuyển đổi số" (digital transformation) is not
# "chuyển đổi vị trí công tác" (job rotation) (round 43, I149-B07: the dropped item read as named by the rotation).
_THREE_SYLLABLE_TASKS = frozenset({"chuyển đổi số"})


def task_names(text: str) -> set[str]:
    """The tasks an item opens with: the two-syllable word of each comma-separated task of its first clause
    ("Đẩy mạnh thông tin, tuyên truyền, nâng cao nhận thức ... về X; ..." -> thông tin, tuyên truyền, nhận thức)
    and the name of a heading glued to the item ("Truyền thông Đẩy mạnh tuyên truyền ...")."""
    text = _OPENING.sub("", nfc(text), count=1)
    names: set[str] = set()
    words = text.split()
    for k in range(1, min(len(words), _GLUED_LABEL_WORDS + 1)):
        if words[k][:1].isupper() and words[k - 1][:1].islower() and words[k - 1][-1:].isalpha():
            names.add(_task_word(" ".join(words[:k])) or "")
            text = " ".join(words[k:])
            break
    first_clause = re.split(r"[;:.](?:\s|$)", text, maxsplit=1)[0]
    names.update(_task_word(part) or "" for part in first_clause.split(",")[:3])
    names.discard("")
    return names


def _child_task(text: str) -> str | None:
    """The task a child item opens with ("7. Tuyên truyền qua loa truyền thanh ..." -> tuyên truyền)."""
    return _task_word(re.split(r"[,;:.](?:\s|$)", _OPENING.sub("", nfc(text), count=1), maxsplit=1)[0])


def _named_by_child_task(item, child, ctx) -> bool:
    """A ward that names the task and details it in local words of its own ("Tuyên truyền qua loa truyền thanh,
    họp thôn; vận động gia đình đưa trẻ đi tiêm" for "Truyền thông: Đẩy mạnh tuyên truyền về lợi ích của tiêm
    chủng ... qua hệ thống thông tin cơ sở ...") scores 0.1-0.3 on the whole item. A child content item that OPENS
    with a task this parent item opens with, and that no other parent content item opens with: weak evidence
    the item is missing (info, not an alarm)."""
    contents = [a for a in ctx.alignment if a.parent.kind == "content"]
    mine = task_names(item.parent.text)
    others = set().union(*(task_names(a.parent.text) for a in contents if a is not item))
    unique = mine - others
    if not unique:
        return False
    # A child item that another parent item's comparison took as its best match, and this item's did not take
    # at all, details that item (round 19, I34-A02: "Vận động các doanh nghiệp, nhà hảo tâm ..." for "Huy động
    # nguồn lực xã hội hóa: vận động doanh nghiệp ..."), whatever task word it opens with: no evidence here.
    own = {(m.child.pointer, m.child.text) for m in item.matches}
    elsewhere = {
        (a.matches[0].child.pointer, a.matches[0].child.text)
        for a in contents
        if a is not item and a.matches and a.verdict != "not_covered"
    } - own
    return any(
        it.kind == "content" and _child_task(it.text) in unique and (it.pointer, it.text) not in elsewhere for it in child.items()
    )


# A child item's label of a few words listing topics ("2. Bãi đẻ, cứu hộ: canh giữ tổ trứng ...; cứu hộ rùa ...").
_LABEL = re.compile(r"^([^:;.]{3,60}):\s")
_LABEL_WORDS = 8
_LABEL_JOINS = re.compile(r",|\s(?:và|&)\s")


def _label_parts(text: str) -> list[str]:
    """The topics a child item's short label lists, each of two syllables or more."""
    match = _LABEL.match(_OPENING.sub("", nfc(text), count=1))
    if not match or len(match.group(1).split()) > _LABEL_WORDS:
        return []
    return [p for p in (_phrase(part) for part in _LABEL_JOINS.split(match.group(1))) if len(p.split()) >= 2]


def _named_in_merged_label(item, child, ctx) -> bool:
    """A terse ward merges two parent items into one line and labels it with a name of each ("Bãi đẻ, cứu hộ:
    canh giữ tổ trứng, ... thả rùa con; cứu hộ rùa mắc lưới ..." for "Bảo vệ bãi đẻ, ấp trứng và thả rùa con: ..."
    and "Cứu hộ rùa biển mắc lưới ..."): the merged line scores low on each long item (round 54, I207-A07, 0.19).
    A child label whose parts each name the heading of a different parent item, this one among them, is weak
    evidence the item is missing (info, not an alarm)."""
    contents = [a for a in ctx.alignment if a.parent.kind == "content"]
    headings = {id(a): " " + _phrase(re.split(r"[:;.](?:\s|$)", _OPENING.sub("", nfc(a.parent.text), count=1), maxsplit=1)[0]) + " "
                for a in contents}  # fmt: skip
    for it in child.items():
        if it.kind != "content":
            continue
        named = []
        for part in _label_parts(it.text):
            owners = [a for a in contents if f" {part} " in headings[id(a)]]
            if len(owners) == 1:
                named.append(owners[0])
        if item in named and len({id(a) for a in named}) >= 2:
            return True
    return False


def _written(child) -> str:
    """The child's whole text, folded: a team or an official named where the parser read no body's tasks ("Một là, Phòng
    Kinh tế ...: tham mưu thành lập Tổ công tác ...") is still named (round 58, I239-A07, I241-A05)."""
    if child.document is not None:
        return fold(" ".join(child.document.text.split()))
    return " ".join(fold(it.text) for it in child.items())


_DATE = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d{2}\b")
# Word pairs a dated clause of the duty shares with a body's task of the child on the same date, for it to be restated.
_RESTATED_PAIRS = 4


def _word_pairs(text: str) -> set[str]:
    return {f"{a} {b}" for a, b in pairwise(text.split())}


def _days(text: str) -> set[str]:
    """The full dates of a folded text, written alike ("05 / 6 / 2026" and "5/6/2026")."""
    return {re.sub(r"\s|\b0(?=\d)", "", d) for d in _DATE.findall(text)}


def _dated_tasks(child) -> list[tuple[set[str], set[str]]]:
    """(dates, word pairs) of each task of the child that holds a date: its bodies' tasks, and every line of its text,
    which the parser may not have read as tasks ("Giao Phòng Kinh tế chủ trì tham mưu; ...; báo cáo kết quả tiêm phòng
    đợt 1 về Sở ... trước ngày 15/6/2026; ..."), a task table's rows ("| 6 | Tự chấm điểm; báo cáo kết quả 6 tháng ... |
    Văn phòng HĐND và UBND |") and the ward's own tasks in a plan ordered by quarters ("Ba là, tự chấm điểm; báo cáo kết
    quả 6 tháng gửi Sở ... trước ngày 20/6/2026", round 68, 296-B: on five children). Built once per comparison."""
    tasks = [fold(t) for a in child.plan.assignments for t in a.tasks]
    if child.document is not None:
        footer = child.footer_lines()
        tasks += [fold(line.text) for line in child.document.lines if line.number not in footer]
    return [(days, _word_pairs(task)) for task in tasks if (days := _days(task))]


def _dated_clause_given(item, dated_tasks: list[tuple[set[str], set[str]]]) -> bool:
    """A clause of the duty that ends on a date ("báo cáo kết quả tiêm phòng đợt 1 về Sở ... trước ngày 15/6/2026") stands
    in a task of the child (`_dated_tasks`), on that date: the duty is given, in part (round 65, I278-A03, I278-A08: high,
    the ward's long paragraph for its economic office hid the clause)."""
    for clause in re.split(r"[;.]\s", fold(item.parent.text)):
        days = _days(clause)
        if days:
            pairs = _word_pairs(clause)
            if any(days & theirs and len(pairs & their_pairs) >= _RESTATED_PAIRS for theirs, their_pairs in dated_tasks):
                return True
    return False


# "Thành lập Tổ kiểm soát chạy đồng gồm công an, thú y viên ...": the duty is a team of the ward's, named in capitals.
# ... or in lower case, kept going: "Thành lập và duy trì hoạt động của tổ tự quản bảo vệ nguồn lợi rươi ..." (round 58,
# I243-A12), "vận động các hộ thành lập tổ hợp tác, hợp tác xã" (I232-B02)
_NEW_TEAM = re.compile(r"\b[Tt]hành lập(?: và duy trì(?: hoạt động)?(?: của)?)? (?P<name>(?:[Tt]ổ|[Đđ]ội|[Nn]hóm) [^\W\d_]+ [^\W\d_]+)")


def _team_never_named(item, written: str) -> str | None:
    """The team a partly covered duty sets up, when the child (its folded text `written`) never names it: the words the
    duty shares with the child are the plan's topic ("lịch chạy đồng"), the team is the duty (round 55, I225-B05: "Thành
    lập Tổ kiểm soát chạy đồng ..." partly covered at 0.33 by the ward's "xây dựng lịch chạy đồng ...; kiểm soát việc di
    chuyển")."""
    found = _NEW_TEAM.search(nfc(item.parent.text))
    if not found:
        return None
    # (whichever word the ward calls it by: "duy trì Tổ bắt chó thả rông" is the parent's "đội bắt chó", I87-A01)
    rest = fold(found.group("name")).split(" ", 1)[1]
    named = re.search(rf"\b(?:to|doi|nhom) {re.escape(rest)}\b", written)
    return None if named else found.group("name")


# The groups of a ward's people an official is put in charge of, folded.
_WARD_UNIT = r"(?:to dan pho|thon|ap|khu pho|ban|khom)"
# Duties whose act has one name a ward writes when it does it, as (the duty, the words of a ward that does it, what the
# finding says is missing):
_NAMED_ACTS = (
    # a named official of the ward's: "Phân công 01 công chức theo dõi, cập nhật cơ sở dữ liệu ...", "Phân công 01 lãnh đạo Ủy
    # ban nhân dân và 01 công chức văn hóa - xã hội làm đầu mối" (round 62, I266-A01); the ward names one when it designates
    # one: "Đồng chí Nguyễn Văn Tú, công chức Phòng Kinh tế: là đầu mối ..."
    (re.compile(r"^(?:phan cong|cu|bo tri) (?:01|mot|it nhat 01) (?:cong chuc|can bo|lanh dao)\b"),
     re.compile(r"\b(?:phan cong|cu|bo tri|giao)\b[^.;]{0,40}\b(?:cong chuc|can bo)\b"
                r"|\b(?:cong chuc|can bo)\b[^.;]{0,60}\b(?:dau moi|phu trach|theo doi)\b"),
     "kế hoạch chưa phân công công chức, cán bộ theo dõi"),
    # posting something publicly: "Công khai danh sách hộ được hỗ trợ ...", "Niêm yết công khai tại nhà văn hóa thôn ..."
    (re.compile(r"^(?:niem yet|cong khai|thong bao cong khai)\b"), re.compile(r"\b(?:niem yet|cong khai)\b"),
     "kế hoạch không nêu việc niêm yết, công khai"),
    # putting a rule into the villages' own charters: "Chỉ đạo các ấp, khóm đưa nội dung bảo vệ sếu ... vào hương ước, quy ước"
    (re.compile(r"\b(?:huong uoc|quy uoc)\b"), re.compile(r"\b(?:huong uoc|quy uoc)\b"),
     "kế hoạch không nêu việc đưa vào hương ước, quy ước"),
    # officials put in charge of each residential group: "Phân công lãnh đạo Ủy ban nhân dân và công chức chuyên môn phụ
    # trách, theo dõi từng tổ dân phố" (round 68, I295-A05: 0.39, a ward that names its officials by title on every line);
    # the ward that does it names the groups they follow ("phụ trách, theo dõi một cụm tổ dân phố", "... từng tổ dân phố")
    (re.compile(rf"^phan cong\b[^.;]{{0,80}}\b(?:phu trach|theo doi)\b[^.;]{{0,20}}\b(?:tung|moi) {_WARD_UNIT}\b"),
     re.compile(rf"\b(?:phu trach|theo doi)\b[^.;]{{0,20}}\b(?:tung|moi|mot|cum|cac) (?:cum )?{_WARD_UNIT}\b"),
     "kế hoạch chưa phân công lãnh đạo, công chức phụ trách từng địa bàn"),
    # a watch kept round the clock: "Tổ chức trực ban phòng, chống thiên tai 24/24 giờ từ ngày 01/6 ..." (round 68, I298-B08:
    # 0.51 on the economic office's line that shares the season's words)
    (re.compile(r"\btruc ban\b|\btruc 24/24\b"), re.compile(r"\btruc ban\b|\btruc\b[^.;]{0,30}24/24"),
     "kế hoạch không nêu việc tổ chức trực ban"),
    # a network of volunteers built up: "Kiện toàn mạng lưới cộng tác viên bảo vệ trẻ em tại ấp ..." (round 68, I297-B03:
    # 0.19); not volunteers called on beside others ("Huy động nhân viên y tế thôn, bản ... và cộng tác viên tham gia sàng
    # lọc", I49-B10)
    (re.compile(r"\b(?:kien toan|thanh lap|xay dung|cung co|duy tri|phat trien)(?: (?:mang luoi|doi ngu|luc luong))? cong tac vien\b"),
     re.compile(r"\bcong tac vien\b|\bctv\b"),
     "kế hoạch không nêu mạng lưới cộng tác viên"),
)  # fmt: skip


def _act_never_named(item, written: str) -> str | None:
    """What a partly covered duty of `_NAMED_ACTS` asks, when the child (its folded text `written`) never names the act:
    the words the duty shares with the child are its object ("cơ sở dữ liệu hộ làm hương", "danh sách hộ được hỗ trợ giống,
    lò sấy", "bảo vệ sếu"), also in the ward's other lines; the act is the duty (round 57, I235-A04: the official, 0.31;
    round 61, I260-A05, I252-A05: the posting, 0.34-0.35; round 62, I263-A02: the charters, 0.39)."""
    duty = fold(item.parent.text).lstrip(" -+*•")
    for asked, done, missing in _NAMED_ACTS:
        if asked.search(duty) and not done.search(written):
            return missing
    return None


def check(parent, child, ctx) -> list[Finding]:
    findings: list[Finding] = []
    titles = [t for t in (parent.plan.title, child.plan.title) if t]
    unread = "duty" not in ctx.suppressed_kinds and _assignments_unread(ctx, titles)
    if unread:
        findings.append(Finding(
            type="unassigned_task", severity="info", parent_evidence=None, child_evidence=None,
            message=("Không đọc được phần phân công nhiệm vụ của kế hoạch: không nhiệm vụ nào kế hoạch cấp trên giao cho "
                     "cấp xã được tìm thấy ở đó; đề nghị kiểm tra việc giao nhiệm vụ trực tiếp trên văn bản."),
        ))  # fmt: skip
    footer = child.footer_lines()
    written = _written(child)  # (folded once: the rules on partly covered duties search it)
    dated_tasks: list[tuple[set[str], set[str]]] | None = None  # (read once, when an unassigned duty first needs it)
    for item in ctx.alignment:
        kind = item.parent.kind
        if kind in ctx.suppressed_kinds or item.verdict == "covered":
            continue
        partial = item.verdict == "partly_covered"
        if kind == "duty":
            ftype = "unassigned_task"
            # Written somewhere in the plan (a content item, a goal) but given to no body: medium; no trace: high.
            traced = ctx.duty_traces.get(item.parent.pointer or "", 0.0) >= ctx.options.align.contain_partial
            if not partial and not unread:
                dated_tasks = _dated_tasks(child) if dated_tasks is None else dated_tasks
                partial = _dated_clause_given(item, dated_tasks)
            severity = "info" if partial or unread else "medium" if traced or _near_miss(item, ctx) else "high"
            message = (
                f"Nhiệm vụ kế hoạch cấp trên giao cho cấp xã chưa được giao cụ thể cho cơ quan, đơn vị nào "
                f"(điểm tương đồng {item.score:.2f}): “{_short(item.parent.text)}”."
            )
            own = ctx.own_tasks.get(item.parent.pointer or "")
            team = _team_never_named(item, written) if partial and not unread else None
            if team:
                severity = "medium"
                message = (f"Nhiệm vụ kế hoạch cấp trên giao cho cấp xã chưa được giao cụ thể (điểm tương đồng {item.score:.2f}): "
                           f"kế hoạch không nêu việc thành lập “{team}”: “{_short(item.parent.text)}”.")
            elif partial and not unread and (missing := _act_never_named(item, written)):
                severity = "medium"
                message = (f"Nhiệm vụ kế hoạch cấp trên giao cho cấp xã chưa được giao cụ thể (điểm tương đồng {item.score:.2f}): "
                           f"{missing}: “{_short(item.parent.text)}”.")
            elif partial:
                message = f"Nhiệm vụ giao cho cấp xã mới được giao một phần (điểm {item.score:.2f}), đề nghị rà soát: “{_short(item.parent.text)}”."
            elif own is not None:
                # Written among the ward's own tasks: its People's Committee took it on, only the body is not named.
                severity = "info"
                message = (f"Nhiệm vụ giao cho cấp xã đã được nêu trong nội dung kế hoạch (điểm {own[0]:.2f}) nhưng chưa "
                           f"giao cho cơ quan, đơn vị chủ trì cụ thể, đề nghị rà soát: “{_short(item.parent.text)}”.")
                findings.append(Finding(
                    type=ftype, severity=severity, message=message,
                    parent_evidence=parent.evidence(item.parent.pointer, item.parent.text, item.parent.span),
                    child_evidence=child.evidence(own[1].pointer, own[1].text, own[1].span),
                ))  # fmt: skip
                continue
        else:
            ftype = "missing_content"
            severity = "info" if partial or kind == "criterion" else "medium" if _near_miss(item, ctx) else "high"
            label = ITEM_KIND.get(kind, "Nội dung")
            message = f"{label} của kế hoạch cấp trên chưa được cụ thể hóa trong kế hoạch (điểm tương đồng {item.score:.2f}): “{_short(item.parent.text)}”."
            if partial:
                message = f"{label} của kế hoạch cấp trên mới được thể hiện một phần (điểm {item.score:.2f}), đề nghị rà soát: “{_short(item.parent.text)}”."
            elif kind == "content" and _named_in_merged_label(item, child, ctx):
                severity = "info"
                message = (f"{label} của kế hoạch cấp trên được gộp chung với nội dung khác trong một mục của kế hoạch (điểm "
                           f"{item.score:.2f}), đề nghị rà soát mức độ cụ thể hóa: “{_short(item.parent.text)}”.")
            elif kind == "content" and _named_by_child_task(item, child, ctx):
                severity = "info"
                message = (f"{label} của kế hoạch cấp trên chỉ được nêu tên trong kế hoạch (điểm {item.score:.2f}), "
                           f"nội dung chi tiết khác, đề nghị rà soát: “{_short(item.parent.text)}”.")
            elif kind == "content" and _tasks_unread(child, item, ctx):
                severity = "info"
                message = (f"{label} của kế hoạch cấp trên chưa tìm thấy rõ trong kế hoạch (điểm {item.score:.2f}); phần "
                           f"nhiệm vụ của kế hoạch không đọc được thành từng mục, đề nghị rà soát: “{_short(item.parent.text)}”.")
        # (not the closing block: "Nơi nhận:", "- Lưu: VT. TM. ỦY BAN NHÂN DÂN" may be nearest to a duty given to no body,
        # and show the auditor nothing, round 43, I151-B07, I152-A04)
        best = next((m.child for m in item.matches if m.child.span is None or m.child.span.line_start not in footer), None)
        findings.append(
            Finding(
                type=ftype,
                severity=severity,
                message=message,
                parent_evidence=parent.evidence(item.parent.pointer, item.parent.text, item.parent.span),
                child_evidence=child.evidence(best.pointer, best.text, best.span) if best else None,
            )
        )
    return findings

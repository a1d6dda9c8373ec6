"""The ward's own bodies where a line names them: the item a line opens with given to a body ("a) Chủ tịch UBND xã
tiếp công dân ...", "- Trưởng ấp tổ chức hội nghị ...", "1. Tiếp công dân: Văn phòng HĐND và UBND xã ...") or a task
tagged with its body in brackets ("... hương ước, quy ước (Phòng Văn hóa - Xã hội).").

A plan that gives its tasks their bodies where it lists them has its organisation there: such lines are assignments
wherever they stand (round 21: sets 44-46 wrote a third of their children so).
"""

from __future__ import annotations

import re

from ..parse.assignments import body_of_heading, body_run_in
from ..parse.text import PROSE_ORDINAL
from .text import fold

ITEM_LABEL = re.compile(r"^\s*(?:\*\*)?(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-–+*•])\s*")
_BODY_NAMES = (
    # ("Phòng" the office, not "phòng, chống" / "phong trào": prevention and movements are no bodies; with its comma too,
    # round 44, I157-B08: a title line "Phòng, chống cận thị học đường ..." read as a body)
    r"(?:phong(?!,? (?:trao|chong|ngua|tranh|theo|benh|chay)\b)|van phong|cong an|tram y te|trung tam|ban chi huy|ban chi dao|chu tich|pho chu tich|cong chuc|bo phan|"
    r"truong (?:cac )?(?:thon|ap|ban|khom|khu pho|to dan pho)|to truong to dan pho|(?:uy ban )?(?:mat tran|ubmttq|mttq)|"
    r"doan (?:thanh nien|phuong|xa)|hoi (?:lien hiep phu nu|phu nu|nong dan|cuu chien binh|chu thap do|nguoi cao tuoi))\b"
)
# A ward's own bodies, whose name opening an item marks whom the item is given to whatever verb follows
# ("- Phòng Kinh tế lấy ý kiến ...", "- Chủ tịch UBND xã đối thoại ..."): the name and two more words identify it.
_OWN_BODY = re.compile(rf"^(?:de nghi )?{_BODY_NAMES}(?: [^ ,;:.]+){{0,2}}")
# "... (Phòng Văn hóa - Xã hội)", "(Văn phòng HĐND và UBND phường; quý II/2026)": a bracket that opens with a body.
_BODY_TAG = re.compile(rf"\((?:de nghi )?{_BODY_NAMES}[^()]{{0,120}}\)")
_TOPIC_WORDS = 6


def _body_at_start(folded: str) -> str | None:
    """The ward's own body that folded text opens with (without a leading "đề nghị"), or None."""
    own = _OWN_BODY.match(folded)
    return own.group(0).removeprefix("de nghi ") if own else None
# A task's lead body on a line of its own under the task: "Chủ trì: Phòng Kinh tế. Thời hạn: trước ngày 14/11/2025.",
# "- Đơn vị chủ trì: Công an xã; phối hợp: ..." (round 22, I47-A11: a checklist plan with no organisation heading).
# ... or "Đơn vị thực hiện: Công an phường chủ trì, tổ dân phố phối hợp" under "Nhiệm vụ 1: ..." (round 25, I75-B07, I76-B05),
# "Người thực hiện: Phòng Văn hóa - Xã hội, ... Thời gian: ..." (round 28, I91-A11: a task-card plan).
# ... or the record layout's bare label: "Thực hiện: Phòng Kinh tế chủ trì, trưởng các bản phối hợp" under "Nội dung 1:
# ..." and "Yêu cầu: ..." (round 44, I110-A09).
_ROLE_LABEL = (r"(?:(?:(?:don vi|co quan|bo phan|luc luong) )?chu tri(?: thuc hien| tham muu)?"
               r"|(?:(?:don vi|co quan|bo phan|nguoi|can bo) )?(?:thuc hien|phu trach|dam nhiem)|trach nhiem)\s*:\s*")
_ROLE_LINE = re.compile(rf"^\s*(?:[-–+*•]\s*)?{_ROLE_LABEL}")
# ... and the same label after the task, past a full stop: "- Sơ tuyển sức khỏe. Trách nhiệm: Trạm Y tế xã, phối hợp ..."
# (round 44, I85-A09), "... Đơn vị thực hiện: Phòng Văn hóa - Xã hội." (I109-A07).
_RESPONSIBLE_TAG = re.compile(rf"[.;]\s+{_ROLE_LABEL}")


def role_line_body(line: str) -> str | None:
    """The (folded) body a "Chủ trì: <body> ..." line names; None for any other line."""
    folded = fold(line)
    role = _ROLE_LINE.match(folded)
    if not role:
        return None
    return _body_at_start(folded[role.end() :])


_RUN_IN_TITLE = re.compile(r"^([^.:;]{3,80}?)\.\s+(?=\S)")


# "Nhiệm vụ 2. Vui chơi, văn hóa, thể thao: Phòng Văn hóa - Xã hội bố trí ...": a task labelled by its number, as a list
# item (round 43, I151-B07: the plan's bodies were not read, so no duty was found missing).
TASK_WORD = r"(?:nhiệm vụ|nội dung|hoạt động)"  # the word a plan may label its numbered tasks with (case-insensitive)
_TASK_LABEL = re.compile(rf"^\s*(?:\*\*)?{TASK_WORD}\s+\d{{1,2}}\s*[.:]\s*", re.IGNORECASE)


def opening_body(line: str) -> str | None:
    """The (folded) body a list item opens with, after its label and a short topic ("Tiếp công dân: ..."), or that a
    "Chủ trì: ..." line names; None when the item does not open with one of the ward's bodies."""
    role = role_line_body(line)
    if role:
        return role
    label = ITEM_LABEL.match(line) or _TASK_LABEL.match(line)
    if not label:
        return None
    item = line[label.end() :]
    topic, colon, rest = item.partition(":")
    if colon and len(topic.split()) <= _TOPIC_WORDS and rest.strip():
        labelled = _body_at_start(fold(topic).strip())
        if labelled:  # "1. Phòng Kinh tế: thường trực; thực hiện Nhiệm vụ 1, 3, 6": the label is the body
            return labelled
        item = rest.strip()
    elif (titled := _RUN_IN_TITLE.match(item)) and len(titled.group(1).split()) <= _TOPIC_WORDS \
            and item[titled.end()].isupper():  # fmt: skip
        # a run-in title closed by a full stop: "4. Rà soát, lập danh sách. Công an xã phối hợp ..." (round 28, I92-B03)
        item = item[titled.end() :]
    run_in = body_run_in(item)
    if run_in and _OWN_BODY.match(fold(run_in.body)):
        # (the parser's run-in reader also takes "Phong trào thi đua phải được ..." or "Ban hành kế hoạch" for a body's
        # name; only the ward's own bodies count here, round 24: a generated child with no organisation passed)
        return fold(run_in.body)
    return _body_at_start(fold(item))


def names_body(line: str) -> bool:
    """The line gives its task to a body: it opens with one, tags one in brackets, or names it after the task
    ("... Đơn vị thực hiện: Phòng Văn hóa - Xã hội.")."""
    return opening_body(line) is not None or bool(_BODY_TAG.search(fold(line))) or responsible_body(line) is not None


def responsible_body(line: str) -> str | None:
    """The (folded) body a task names after a full stop, in a role label (`_RESPONSIBLE_TAG`)."""
    folded = fold(line)
    return next((body for tag in _RESPONSIBLE_TAG.finditer(folded) if (body := _body_at_start(folded[tag.end() :]))), None)


# A paragraph of a plan written as prose that opens with the body it gives its work to: "Văn phòng HĐND và UBND xã công
# khai dự toán ...", "Ủy ban nhân dân xã giao Phòng Kinh tế tham mưu ..." (round 23, I55-B11, I55-A11, I53-B05).
_GIVES = re.compile(r"^(?:(?:uy ban nhan dan|ubnd) (?:xa|phuong|dac khu)(?: [^ ,;:.]+)? )?giao (?:cho )?")


_NARRATIVE_LEAD = re.compile(rf"^(?:truoc het|dong thoi|ben canh do|ngoai ra|cuoi cung|{fold(PROSE_ORDINAL)}|ve(?: [a-z]+){{1,8}}?),\s+")


def paragraph_body(line: str) -> str | None:
    """The (folded) body an unlabelled paragraph opens with, after an optional "Ủy ban nhân dân xã giao"."""
    if ITEM_LABEL.match(line):
        return None
    text = line.strip()
    folded = fold(text)
    label = re.match(r"^(?:ve )?(?:phan cong|to chuc thuc hien)\s*:\s*", folded)  # "Về phân công: Văn phòng ..."
    # ... or a lead of the narrative: "Một là, Phòng Văn hóa - Xã hội chủ trì ...", "Về giống, Phòng Kinh tế hướng dẫn
    # ..." (round 25, I71-B03, I72-B08: prose plans found to have no organisation)
    label = label or _NARRATIVE_LEAD.match(folded)
    start = label.end() if label else 0
    gives = _GIVES.match(folded, start)
    start = gives.end() if gives else start
    body = _body_at_start(folded[start:])
    # a body is named with a capital ("Phòng Kinh tế"): a wrapped line that goes on "phòng, chống ..." names none
    return body if body and text[start : start + 1].isupper() and len(folded.split()) >= 6 else None


_SUB_ITEM = re.compile(r"^\s*[-–+*•]\s*")
_FEWEST_BODIES = 3


def duties_given_inline(side) -> bool:
    """The plan gives each task to a body where it states it: at least three of its bodies open list items, tag them
    in brackets,
    running on into their duty ("a) Chủ tịch UBND xã tiếp công dân ...", "- Trưởng ấp tổ chức hội nghị ..."), leading
    the task above them ("Chủ trì: Phòng Kinh tế."), opening prose paragraphs ("Phòng Văn hóa - Xã hội tổ chức tuyên
    truyền."), or heading their duties ("2. Ban Chỉ huy Quân sự xã" over "- ..." lines). Its organisation is in its tasks, not
    absent (round 21: sets 45 A04, 45 B11, 46 B03, plans without a "Tổ chức thực hiện" heading)."""
    if side.document is None:
        return False
    # (not the recipients: "- Trạm Y tế xã; các trường học" after "Nơi nhận:" is sent the plan, given no task; I157-B08)
    footer = side.footer_lines()
    lines = [ln.text for n, ln in enumerate(side.document.lines, 1) if ln.text.strip() and n not in footer]
    bodies: set[str] = set()
    for i, text in enumerate(lines):
        body = opening_body(text) or paragraph_body(text)
        if body:
            bodies.add(body)
            continue
        if not ITEM_LABEL.match(text):
            # a prose paragraph that gives work to bodies sentence by sentence ("... Phòng Kinh tế chủ trì rà soát ...;
            # Văn phòng HĐND và UBND phường tổng hợp ...", round 24, I61-B06)
            bodies.update(b for sentence in re.split(r"(?<=[.;])\s+", text)[1:] if (b := paragraph_body(sentence)))
        label = ITEM_LABEL.match(text)
        item = text[label.end() :] if label else ""
        over_duties = label and i + 1 < len(lines) and _SUB_ITEM.match(lines[i + 1]) and not _SUB_ITEM.match(text)
        named = body_of_heading(item) if over_duties and ":" not in item and len(item.split()) <= 16 else None
        if named:
            bodies.add(fold(re.sub(r"\s*\(.*$", "", named[0])))
        # ... or after a full stop
        if body := responsible_body(text):
            bodies.add(body)
        # a task tagged with its body in brackets ("b) Sàng lọc, phát hiện sớm ... (Trạm Y tế phường).", round 23, I58-B05)
        for tag in _BODY_TAG.finditer(fold(text)):
            bodies.add(re.split(r"[;,]| chu tri| phoi hop", tag.group(0).strip("()"))[0].removeprefix("de nghi ").strip())
    return len(bodies) >= _FEWEST_BODIES

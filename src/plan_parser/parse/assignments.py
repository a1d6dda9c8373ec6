"""Assignments: each body named in Tổ chức thực hiện, its role (chủ trì, phối hợp, thực hiện) and tasks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .outline import Node, Para
from .text import fold, norm_space

# First words of a body's name (folded), for headings such as "1. Phòng Văn hóa - Xã hội".
_BODY_START = re.compile(
    r"^(de nghi |giao |)(phong|ban|so|uy ban|ubnd|ubmttq|trung tam|hoi|doan|cong an|ban chi huy|van phong|cac|"
    r"truong|bo|co quan|dai|bao|lien doan|mat tran|mttq|dang uy|chi cuc|kho bac|ngan hang|bao hiem|hoi dong|"
    r"toa an|vien|thanh tra|cuc|tong cuc|chi nhanh|quan su|benh vien|tram|thu truong|chu tich|nguoi dung dau|"
    r"to |hop tac xa|doanh nghiep|don vi|cap uy|tinh doan|huyen doan|dien luc|buu dien|luc luong|"
    r"thuong truc|chi bo|cong doan|ban chi dao|to chuc|dai phat thanh|ttvh|vp|bch|hdnd|"
    # an officer of a small ward given a duty by post ("Công chức Văn hóa - Xã hội: ...", "Bộ phận Một cửa: ...")
    r"cong chuc|bo phan|"
    # a company given a duty ("7. Công ty Cổ phần Cấp nước và Môi trường đô thị Đồng Tháp", round 41, 142-A: dropped)
    r"cong ty|tong cong ty|"
    # the youth union and the statistics office by their short names ("2. Thành Đoàn Đà Nẵng", "5. Thống kê tỉnh";
    # round 40, 135-A and 132-A: their items were dropped); "Thống kê số hộ ..." stays a duty
    r"thanh doan|thong ke (?:tinh|thanh pho|khu vuc|xa|phuong|cap xa|co so))\b"
)
# On folded text (same offsets): "Các cơ quan, đơn vị căn cứ ..." even when "căn cứ" came out "can cứ".
_GENERIC_SUBJECT = re.compile(
    r"^(?:d[a-z]{2,3}h?\s+k[a-z]\s+h[a-z]{2,3}\s+(?:n[a-z]{1,2}m|quy|thang),?\s+)?(?P<subject>(?:tat ca|toan bo|cac)\s[^.;:]{3,120}?)\s+"
    r"(?=c[a-z]n c[a-z]\b|gui|bao cao|co trach nhiem|chu dong|trien khai|thuc hien|xay dung|to chuc|phai|tiep tuc|"
    r"phoi hop|chiu trach nhiem|theo doi|nghiem tuc|khan truong|quan triet|ra soat)"
)
# The role word or first verb that ends a run-in body's name (folded): "Công an xã chủ trì; ...",
# "Phòng Văn hóa - Xã hội bố trí ...". Only a lower-case word counts, so "Ban Chỉ đạo" stays in the name.
_RUN_IN_VERB = re.compile(
    r"\s(?=(?:chu tri|phoi hop|la co quan|la don vi|co trach nhiem|chiu trach nhiem|tham muu|bo tri|van dong|"
    r"bao cao|trien khai|thuc hien|xay dung|huong dan|chi dao|theo doi|kiem tra|tuyen truyen|day manh|ra soat|"
    r"tang cuong|bao dam|dam bao|cung cap|long ghep|phat dong|giam sat|quan ly|tiep nhan|tong hop|don doc|"
    r"phu trach|can cu|chu dong|nam bat|cap nhat|to chuc|ban hanh|de xuat|xu ly|ho tro|huy dong|nghien cuu|"
    r"tiep tuc|duy tri|gui|bo sung|phan cong|thong tin|phat huy|tham gia)\b)"
)
_RUN_IN_MAX_WORDS = 20
# ... the Front with its member organisations listed runs longer: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và
# các tổ chức chính trị - xã hội thành phố phối hợp ..." (21 words; round 31, I111-A: read as the wards' seventh duty)
_FRONT_MAX_WORDS = 28
_FRONT = re.compile(r"^(?:(?:de nghi|giao)\s+)?(?:uy ban mat tran|ubmttq|mttq|mat tran)\b")
# Words after which a verb is a noun ("các tổ chức", "Ban chỉ đạo", "Cơ quan quản lý", "việc thực hiện").
_NOUN_BEFORE = {"cac", "nhung", "moi", "viec", "su", "ve", "ban", "to", "doi", "phong", "tam", "co quan", "bo phan"}
# Body words that also open a duty ("Tổ chức tập huấn ...", "Báo cáo ...", "Thanh tra ..."): no run-in body.
_VERB_LIKE_START = re.compile(r"^(?:to chuc|to |bao |dai |thanh tra|chu tich|thu truong|nguoi dung dau|bo tri|bo sung)")
_ROLE_CLAUSE = re.compile(r"^(chu tri|phoi hop)\s*(?:;\s*|[.]?\s*$)")  # "chủ trì;" standing alone: the role
_MTTQ = [
    (re.compile(r"\bUBMTTQ(?:\s?VN\b|\s+Việt Nam\b)?"), "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (re.compile(r"\bMTTQ(?:\s?VN\b|\s+Việt Nam\b)?"), "Mặt trận Tổ quốc Việt Nam"),
]
_LEAD = re.compile(r"(?:^|[.;]\s+)(chu tri|la co quan (?:chu tri|thuong truc|dau moi))")
_COORD = re.compile(r"^phoi hop\b")


@dataclass
class Duty:
    body: str
    from_label: bool
    node: Node | None = None
    role: str | None = None  # stated with the body ("Công an xã chủ trì; ..."), else read from the tasks
    name_end: int | None = None  # a run-in item: where its body's name ends in the item's own text
    tasks: list[tuple[str, object]] = field(default_factory=list)  # (text, Para | Node | (Para, start))


def body_of_heading(text: str) -> tuple[str, str | None] | None:
    """(body, inline task) if a heading names a body ("2.5. Hội đồng ...: Phân công ..." has both)."""
    head, _, tail = text.partition(":")
    if len(head.split()) > 45:
        return None
    if not _BODY_START.match(fold(head.strip())) or re.match(r"bo (?:tri|sung)\b", fold(head.strip())):
        return None  # "Bố trí kinh phí ...", "Bổ sung ...": verbs, not "Bộ ..."
    head = norm_space(head)
    lead = re.match(r"^(de nghi|giao)\s+", fold(head))  # "Đề nghị", damaged "Đệ nghị" too
    body = (head[lead.end() :] if lead else head).strip(" .;")
    if body[:1].islower():
        body = body[:1].upper() + body[1:]
    body = expand_front(body)
    task = norm_space(tail) if tail.strip() else None
    return body, task


def expand_front(body: str) -> str:
    """"Ủy ban MTTQ Việt Nam xã" -> "Ủy ban Mặt trận Tổ quốc Việt Nam xã" (the schema spells the Front out)."""
    for pattern, full in _MTTQ:
        body = pattern.sub(full, body)
    return body


class RunIn(NamedTuple):
    body: str
    task: str | None
    role: str | None
    name_end: int  # where the printed name ends in the (space-normalised) text


def body_run_in(text: str) -> RunIn | None:
    """(body, task, role, name end) of an item that names its body and runs on into its duty without a colon.

    "Công an xã chủ trì; tham mưu ..." -> ("Công an xã", "tham mưu ...", "chủ trì");
    "Phòng Văn hóa - Xã hội bố trí cán bộ ..." -> ("Phòng Văn hóa - Xã hội", "bố trí cán bộ ...", None)."""
    text = norm_space(text)
    folded = fold(text)
    if not _BODY_START.match(folded) or _VERB_LIKE_START.match(folded):
        return None
    colon = text.find(":")
    for m in _RUN_IN_VERB.finditer(folded):
        at = m.end()
        if colon >= 0 and at > colon:
            return None
        # The name's words, without a lead "Đề nghị" / "Giao" (the Front and its organisations run to 19 words:
        # "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường ...";
        # set 42 B, the Front's duty was read as the wards').
        limit = _FRONT_MAX_WORDS if _FRONT.match(folded) else _RUN_IN_MAX_WORDS
        if len(text[:at].split()) - (2 if re.match(r"(?:de nghi|giao)\s", folded) else 0) > limit:
            return None
        if not text[at : at + 1].islower() and not _joined_heading(text, at):
            continue  # a capitalised word is part of a name
        before = folded[:at].split()
        if before[-1] in _NOUN_BEFORE or " ".join(before[-2:]) in _NOUN_BEFORE or text[:at].rstrip().endswith(","):
            continue  # "các tổ chức", "Ban chỉ đạo", "ngành, tổ chức chính trị - xã hội": a noun, not the verb
        head = text[:at].rstrip(" ,")
        lead = re.match(r"^(de nghi|giao)\s+", fold(head))
        body = head[lead.end() :] if lead else head
        if len(body.split()) < 2 or head.endswith(("-", "–")):
            return None
        rest = text[at:]
        role = None
        clause = _ROLE_CLAUSE.match(fold(rest))
        if clause:
            role = "chủ trì" if clause.group(1) == "chu tri" else "phối hợp"
            rest = rest[clause.end() :]
        body = expand_front(body[:1].upper() + body[1:])
        return RunIn(body, rest.strip() or None, role, len(head))
    return None


def _joined_heading(text: str, at: int) -> bool:
    """A body's heading line run on into its duty's line ("8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ
    chức chính trị - xã hội" + "Lồng ghép tuyên truyền ..."): a capitalised duty verb after a lower-case last word of
    the name, with a sentence after it. Inside a name a capital follows a capital ("Ban Quản lý", "Trung tâm Văn
    hóa - Thông tin"), so those stay names (round 12, set 20 B: the Front's duty was read as the wards')."""
    before = text[:at].split()
    return (len(before) >= 3 and before[-1][:1].islower() and before[-1][-1:].isalpha()
            and len(text[at:].split()) >= 4 and not _VERB_LIKE_START.match(fold(text[at:])))


def role_of(tasks: list[str]) -> str:
    if any(_LEAD.search(fold(t)) for t in tasks):
        return "chủ trì"
    if tasks and all(_COORD.match(fold(t)) for t in tasks) and all(len(re.split(r"\.\s+[A-ZĐ]", t)) == 1 for t in tasks):
        return "phối hợp"
    return "thực hiện"


def collect(container: Node) -> list[Duty]:
    duties: list[Duty] = []
    current: Duty | None = None

    def add_paragraph(p: Para, owner: Duty | None) -> Duty | None:
        m = _GENERIC_SUBJECT.match(fold(p.block.text))
        if m and (owner is None or owner.from_label):
            subject = norm_space(p.block.text[m.start("subject") : m.end("subject")])
            owner = Duty(body=subject[:1].upper() + subject[1:], from_label=False)
            duties.append(owner)
        elif owner is not None and (other := _closing_body(p, owner)) is not None:
            owner = Duty(body=other.body, from_label=True, role=other.role)
            duties.append(owner)
            owner.tasks.append((other.task, (p, p.block.text.find(other.task))))
            return owner
        if owner is not None and not _restates_body(p.block.text, owner):
            owner.tasks.append((p.block.text, p))
        return owner

    def visit(node: Node) -> None:
        nonlocal current
        for entry in node.entries:
            if isinstance(entry, Para):
                current = add_paragraph(entry, current)
                continue
            own = entry.own_text.rstrip()
            looks_named = entry.heading_like or ":" in own[:200] or (own[-1:] not in ".;!?" and len(own.split()) <= 45)
            # A run-in body names itself in a sentence ("1. Công an xã chủ trì; ...", "... các nội dung sau:");
            # a heading over its own list ("5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng") or a "Body: task"
            # line is named by its heading instead.
            bare_heading = entry.children and own[-1:] not in ".;:"
            run_in = body_run_in(own) if entry.kind != "section" and not bare_heading and ":" not in own[:-1] else None
            named = run_in or (body_of_heading(own) if looks_named else None)
            if named:
                body, inline = named[:2]
                duty = Duty(body=body, from_label=True, node=entry, role=run_in.role if run_in else None,
                            name_end=run_in.name_end if run_in else None)
                duties.append(duty)
                if inline:
                    duty.tasks.append((inline, (entry.para, entry.para.block.text.find(inline))))
                owner: Duty | None = duty
                for sub in entry.entries:
                    if isinstance(sub, Para):
                        owner = add_paragraph(sub, owner)
                    elif sub.heading_like and sub.children:
                        for leaf in _leaves(sub):
                            owner.tasks.append((leaf.full_text(), leaf))
                    else:
                        owner.tasks.append((sub.full_text(), sub))
                current = owner
            elif entry.heading_like and entry.entries:
                current = None
                visit(entry)
            elif _ITEM_LABEL.match(fold(own)):
                # "7. Chế độ báo cáo: Ủy ban nhân dân xã báo cáo ...": a peer of the bodies' items under a label of its
                # own, no task of the body before it (round 42, I143-B08: read as the hamlet heads' duty). Its clauses
                # may name several bodies ("trưởng ấp báo cáo Trạm Y tế ...; Trạm Y tế tham mưu Ủy ban nhân dân xã báo
                # cáo Sở Y tế ..."), so it is no one body's.
                current = None
            elif current is not None:
                current.tasks.append((entry.full_text(), entry))

    visit(container)
    return [d for d in duties if d.tasks or d.from_label]


# The labels of a plan's closing items that are no body's task: "Chế độ báo cáo:", "Chế độ thông tin, báo cáo:", "Kinh
# phí thực hiện:".
_ITEM_LABEL = re.compile(r"(?:che do (?:thong tin,? )?bao cao|thong tin,? bao cao|kinh phi(?: thuc hien)?)\s*:\s*")


def _restates_body(text: str, owner: Duty) -> bool:
    """A paragraph under a body's heading that names the body again and opens its list ("9. Ủy ban nhân dân các xã,
    phường" over "Ủy ban nhân dân các xã, phường, nhất là các xã có hộ làm nghề dệt, thực hiện các nhiệm vụ sau:"): the
    list's lead-in, no task (round 68, 296-A: read as the wards' first duty, given to no body on three children; 265-A)."""
    return text.rstrip().endswith(":") and fold(norm_space(text)).startswith(fold(norm_space(owner.body)))


def _closing_body(p: Para, owner: Duty) -> RunIn | None:
    """A plain paragraph after a body's LISTED tasks ("a) ...", "b) ...") that opens with another body's name runs on
    into that body's own duty ("Công an tỉnh theo dõi, đôn đốc, tổng hợp kết quả; ..." closing the wards' list): it is
    not one more task of the listed body (round 27, I87-B: it was read as the wards' eighth duty)."""
    if not owner.tasks or not all(isinstance(source, Node) for _, source in owner.tasks):
        return None
    run_in = body_run_in(p.block.text)
    if run_in is None or run_in.task is None:
        return None
    mine, theirs = fold(owner.body), fold(run_in.body)
    return None if theirs in mine or mine in theirs else run_in


def _leaves(node: Node) -> list[Node]:
    out = []
    for c in node.children:
        out.extend(_leaves(c) if c.heading_like and c.children else [c])
    return out

"""Heading roles: which part of the outline holds purposes, requirements, contents, criteria, awards,
the timeline and the assignments — matched on accent-folded headings with rapidfuzz, so OCR damage
and the many wordings of one heading (MỤC ĐÍCH, YÊU CẦU / MỤC ĐÍCH VÀ YÊU CẦU; NỘI DUNG THI ĐUA /
NỘI DUNG PHONG TRÀO) land on the same role.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from .fuzzy import find_phrase, loose
from .outline import Node, Para
from .text import fold, is_upper_text

# role -> folded key phrases; the first phrase found in a heading decides, in heading order.
ROLE_PHRASES: dict[str, tuple[str, ...]] = {
    "purposes": ("muc dich", "muc tieu"),
    "requirements": ("yeu cau",),
    "contents": ("noi dung", "nhiem vu trong tam", "nhiem vu chu yeu", "nhiem vu cu the", "nhiem vu va giai phap",
                 "nhiem vu, giai phap", "cac nhiem vu", "nhiem vu",
                 # "CÁC NHÓM GIẢI PHÁP", "CÁC NHÓM CÔNG VIỆC" (round 21, I44-B09, A12). Not "giải pháp" alone: fuzzy, it
                 # takes "giảm phát" for it; and "IV. GIẢI PHÁP THỰC HIỆN" after a plan's contents supports them (seed 002).
                 "nhom giai phap", "nhom cong viec", "cac cong viec",
                 # a list of the tasks ("II. DANH MỤC CÔNG VIỆC", 53-B12). Not a calendar ("III. LỊCH CÔNG VIỆC THEO
                 # THÁNG", I67-A05: its monthly lines, read as items, matched the province's items worse than its lines)
                 "danh muc cong viec"),
    "criteria": ("tieu chi",),
    "awards": ("hinh thuc khen thuong", "hinh thuc va danh hieu", "danh hieu khen thuong", "hinh thuc", "khen thuong"),
    "timeline": ("thoi gian thuc hien", "tien do thuc hien", "thoi gian", "tien do", "lo trinh", "cac giai doan",
                 "lich trien khai"),
    "assignments": ("to chuc thuc hien", "trach nhiem thuc hien", "phan cong nhiem vu", "phan cong thuc hien",
                    "trach nhiem"),
}  # fmt: skip
# Phrases a letter or two from common words ("các công việc" / "nâng cấp công viên"): only where printed (round 41,
# I140-B: "2. Cải tạo, nâng cấp công viên, vườn hoa hiện có" was read as the contents part, the other items lost).
_PRINTED_ONLY = frozenset({"cac cong viec", "nhom cong viec", "danh muc cong viec"})
# Headings that look like a role but are not one ("NỘI DUNG" inside "ĐỐI TƯỢNG, NỘI DUNG" is fine).
# "nội đồng" (in the fields: "8. Hạ tầng thủy lợi nội đồng và phòng chống thiên tai") is a word of its own, one letter
# from "nội dung" (round 61, I259-B: the item was read as the contents part, the seven items before it lost).
_NOT_CONTENTS = re.compile(r"noi dung (tuyen truyen|khen thuong)|tieu chuan|^(?!.*\bnoi dung\b).*\bnoi dong\b")
_BY_BODY = re.compile(r"\b(?:nhiem vu|trach nhiem|phan cong)\b[a-z ,]{0,24}?\bcua (?:cac |tung )?(?:co quan|don vi|bo phan|"
                      r"phong|ban|nganh|thanh vien|to chuc|luc luong)\b")  # fmt: skip
# "CHỈ TIÊU CHỦ YẾU" (targets) is not "TIÊU CHÍ" (criteria), though a fuzzy match takes "chi tieu chu" for it.
_TARGETS = re.compile(r"\bchi tieu\b")
# "KHEN THƯỞNG VÀ XỬ LÝ TRÁCH NHIỆM": a sanction on those who fail is no organisation part; its "1. Sở Xây dựng tham
# mưu ... khen thưởng" items are awards, not the bodies' duties (round 32, I112-A: 12 false unassigned duties).
_SANCTION = re.compile(r"\b(?:xu ly|xem xet|truy cuu|ky luat)(?: [a-z]+){0,2} trach nhiem\b")


def heading_roles(heading: str) -> list[str]:
    return list(_heading_roles(heading))


@lru_cache(maxsize=4096)
def _heading_roles(heading: str) -> tuple[str, ...]:
    """Roles named by a heading, in the order they appear in it.

    A phrase counts where it is printed, where each of its words is within a letter or two of the
    heading's words ("MUC PiCH" -> muc dich, "TO CHUC THUC HIEN"), or, for long phrases, where a
    close fuzzy match spans words OCR ran together or split.
    """
    f = re.sub(r"[^a-z0-9 ,]", " ", fold(heading))
    f = " ".join(f.split())
    # A heading in capitals may be long ("TIÊU CHÍ ĐÁNH GIÁ XÃ, PHƯỜNG THỰC HIỆN TỐT CÔNG TÁC AN TOÀN THỰC PHẨM");
    # a longer line in ordinary case is a sentence, not a heading.
    if not f or len(f.split()) > (18 if is_upper_text(heading, 0.9) else 14):
        return []
    # "NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ", "TRÁCH NHIỆM CỦA CÁC BỘ PHẬN": a plan ordered by body gives its tasks
    # where it names each body; that part is its organisation, not a list of contents (round 18, I31-B02).
    if _BY_BODY.search(f):
        return ("assignments",)
    words = loose(f).split()
    found: list[tuple[int, str]] = []
    for role, phrases in ROLE_PHRASES.items():
        for phrase in phrases:
            pos = f.find(phrase)
            if pos < 0 and phrase in _PRINTED_ONLY:
                continue
            if pos < 0:
                at = find_phrase(words, phrase)
                pos = len(" ".join(words[:at])) if at >= 0 else -1
            if pos < 0 and len(phrase) >= 8 and len(f) >= len(phrase):
                al = fuzz.partial_ratio_alignment(phrase, f, score_cutoff=88)
                pos = al.dest_start if al else -1
            if pos >= 0:
                if role == "contents" and _NOT_CONTENTS.search(f):
                    break
                if role == "criteria" and "tieu chi" not in f and _TARGETS.search(f):
                    break
                if role == "assignments" and phrase == "trach nhiem" and _SANCTION.search(f):
                    break
                if role == "awards" and "khen thuong" not in f and "danh hieu" not in f and find_phrase(words, "khen thuong") < 0:
                    break
                found.append((pos, role))
                break
    found.sort()
    roles = [r for _, r in found]
    if "timeline" in roles and "assignments" in roles and find_phrase(words, "to chuc thuc hien") >= 0 and find_phrase(words, "thoi gian") < 0:
        roles.remove("timeline")
    return tuple(roles)


def find_containers(root: Node) -> tuple[dict[str, list[Node]], dict[int, str]]:
    """For each role, the outline nodes that hold its entries; and node id -> role for the outline."""
    containers: dict[str, list[Node]] = {}
    labels: dict[int, str] = {}

    def visit(node: Node, allowed: set[str] | None, depth: int) -> None:
        for child in node.children:
            if not child.heading_like:
                continue
            roles = heading_roles(child.own_text)
            if allowed is not None:
                roles = [r for r in roles if r in allowed]
            elif child.kind != "section" and depth > 1:
                roles = []  # deep headings outside any role section are too risky to trust
            if not roles:
                visit(child, allowed, depth + 1)
                continue
            sub: dict[str, list[Node]] = {}
            sub_labels: dict[int, str] = {}
            inner_visit(child, set(roles), sub, sub_labels)
            for role in roles:
                if role in sub and role != "awards":
                    continue
                containers.setdefault(role, []).append(child)
            for role, nodes in sub.items():
                containers.setdefault(role, []).extend(n for n in nodes if n not in containers.get(role, []))
            labels.update(sub_labels)
            labels[id(child)] = roles[0]

    def inner_visit(node: Node, allowed: set[str], out: dict[str, list[Node]], out_labels: dict[int, str]) -> None:
        for child in node.children:
            if not child.heading_like:
                continue
            roles = [r for r in heading_roles(child.own_text) if r in allowed]
            if roles:
                role = roles[0]
                deeper: dict[str, list[Node]] = {}
                inner_visit(child, {role}, deeper, out_labels)
                if role not in deeper or role == "awards":
                    out.setdefault(role, []).append(child)
                for r, nodes in deeper.items():
                    out.setdefault(r, []).extend(nodes)
                out_labels[id(child)] = role
            else:
                inner_visit(child, allowed, out, out_labels)

    visit(root, None, 1)
    if "assignments" not in containers:
        _bodies_part(root, containers, labels)
    return containers, labels


# The run-in label of an entry that names a body of the ward ("a) Phòng Kinh tế: ...", "- Công an xã: ...", "Trưởng
# thôn, làng: ..."): a department or office by its capitalised name, or a body named by its title. Not a task's label
# ("Phòng, chống ...:", "Tuyên truyền: ...").
_NAMED_BODY = re.compile(r"^(?:Đề nghị\s+)?(?:Phòng|Ban|Văn phòng|Trạm|Trung tâm|Hội|Đoàn|Đồn|Hạt|Chi cục|Ủy ban|Uỷ ban)\s+[A-ZĐÀ-Ỹ]")
_TITLED_BODY = re.compile(
    r"^(?:de nghi )?(?:cong an|ubnd|ubmttq|mttq|mat tran|truong (?:thon|ban|ap|khu|to)|to truong|lanh dao|cong chuc|"
    r"chu tich|ban chi huy|cac (?:thon|to dan pho|khu pho|ban|phong|doan the|hoi|truong|don vi|co quan))\b"
)


def _names_body(node: Node) -> bool:
    head, colon, _ = node.own_text.partition(":")
    head = head.strip()
    if not colon or not head or len(head.split()) > 16:
        return False
    return bool(_NAMED_BODY.match(head) or _TITLED_BODY.match(fold(head)))


def _bodies_part(root: Node, containers: dict[str, list[Node]], labels: dict[int, str]) -> None:
    """A plan with no part headed as its organisation ("Tổ chức thực hiện", "Phân công") may still give its duties
    under another heading ("5. Nhiệm vụ cụ thể", "Trách nhiệm các bộ phận" misread): a headed part whose entries
    (three or more) nearly all open by naming a body ("a) Phòng Kinh tế: ...", "b) Công an xã: ...") is that part."""
    candidates = [n for n in root.children if n.heading_like]
    candidates += [c for n in root.children if n.kind == "section" for c in n.children if c.heading_like]
    for node in candidates:
        kids = node.children
        if len(kids) >= 3 and sum(_names_body(k) for k in kids) >= max(3, 0.8 * len(kids)):
            for role in list(containers):
                containers[role] = [c for c in containers[role] if c is not node]
                if not containers[role]:
                    del containers[role]
            containers["assignments"] = [node]
            labels[id(node)] = "assignments"
            return


def is_headed_item(node: Node) -> bool:
    """A numbered item whose heading runs into a flat "+" list of its own ("1. Tuyên truyền và tập huấn:"
    then "+ ..." lines): one entry, since numbered items are what a plan's contents count. ("-" lists under
    a numbered heading stay separate entries: there the dashes, not the number, carry the contents.)"""
    return node.kind == "item" and bool(node.children) and all(c.kind == "plus" and not c.children for c in node.children)


def entries(node: Node, *, keep_headed_items: bool = False) -> list[Node | Para]:
    """The entries a role node holds: labelled items, looking through sub-headings (all target groups).

    With keep_headed_items (contents), a numbered item with a flat "+" list is one entry."""
    out: list[Node | Para] = []
    for child in node.children:
        if child.heading_like and child.children and not (keep_headed_items and is_headed_item(child)):
            out.extend(entries(child, keep_headed_items=keep_headed_items))
        else:
            out.append(child)
    if not out:
        out = list(node.plain)
    return out


# Section I printed as one run of text under "MỤC ĐÍCH, YÊU CẦU", with no "Mục đích" / "Yêu cầu" sub-heading:
# what the plan aims at comes first, what it demands ("Yêu cầu ...", "Xác định ...", "... phải ...") after.
_REQUIREMENT_OPENING = re.compile(r"^(?:yeu cau|xac dinh|phai|bao dam|dam bao|can phai)\b")
_MUST = re.compile(r"\bphai\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ])")
_OPENING_WORDS = 12  # "Các cơ quan, đơn vị phải ...": the obligation shows within a sentence's first words


def is_requirement(text: str) -> bool:
    folded = " ".join(fold(text).lstrip(" -+*•").split()[:_OPENING_WORDS])
    return bool(_REQUIREMENT_OPENING.match(folded) or _MUST.search(folded))


def split_aims(items: list[Node | Para]) -> tuple[list[tuple[Node | Para, int, int | None]], list[tuple[Node | Para, int, int | None]]]:
    """(purposes, requirements) of a section that names both but holds them undivided.

    Each piece is (entry, start, end): a whole entry, or a sentence of the only paragraph. Pieces before
    the first requirement are purposes, the rest requirements; without any requirement cue, all purposes."""
    pieces: list[tuple[Node | Para, int, int | None]]
    if len(items) == 1 and isinstance(items[0], Para):
        text = items[0].block.text
        starts = [0] + [m.end() for m in _SENTENCE.finditer(text)]
        pieces = [(items[0], a, b) for a, b in zip(starts, starts[1:] + [None])]
        texts = [text[a:b] for _, a, b in pieces]
    else:
        pieces = [(e, 0, None) for e in items]
        texts = [e.block.text if isinstance(e, Para) else e.full_text() for e in items]
    first = next((i for i, t in enumerate(texts) if is_requirement(t)), None)
    if first is None:
        return [(e, 0, None) for e in items], []  # no requirement named: the whole text states the purpose
    return pieces[:first], pieces[first:]

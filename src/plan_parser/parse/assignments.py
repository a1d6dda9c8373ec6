"""Assignments: each body named in Tổ chức thực hiện, its role (chủ trì, phối hợp, thực hiện) and tasks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .outline import Node, Para
from .text import fold, norm_space

# First words of a body's name (folded), for headings such as "1. Phòng Văn hóa - Xã hội".
_BODY_START = re.compile(
    r"^(de nghi |giao |)(phong|ban|so|uy ban|ubnd|ubmttq|trung tam|hoi|doan|cong an|ban chi huy|van phong|cac|"
    r"truong|bo|co quan|dai|bao|lien doan|mat tran|mttq|dang uy|chi cuc|kho bac|ngan hang|bao hiem|hoi dong|"
    r"toa an|vien|thanh tra|cuc|tong cuc|chi nhanh|quan su|benh vien|tram|thu truong|chu tich|nguoi dung dau|"
    r"to |hop tac xa|doanh nghiep|don vi|cap uy|tinh doan|huyen doan|dien luc|buu dien|luc luong|"
    r"thuong truc|chi bo|cong doan|ban chi dao|to chuc|dai phat thanh|ttvh|vp|bch|hdnd)\b"
)
# On folded text (same offsets): "Các cơ quan, đơn vị căn cứ ..." even when "căn cứ" came out "can cứ".
_GENERIC_SUBJECT = re.compile(
    r"^(?:d[a-z]{2,3}h?\s+k[a-z]\s+h[a-z]{2,3}\s+(?:n[a-z]{1,2}m|quy|thang),?\s+)?(?P<subject>(?:tat ca|toan bo|cac)\s[^.;:]{3,120}?)\s+"
    r"(?=c[a-z]n c[a-z]\b|gui|bao cao|co trach nhiem|chu dong|trien khai|thuc hien|xay dung|to chuc|phai|tiep tuc|"
    r"phoi hop|chiu trach nhiem|theo doi|nghiem tuc|khan truong|quan triet|ra soat)"
)
_LEAD = re.compile(r"(?:^|[.;]\s+)(chu tri|la co quan (?:chu tri|thuong truc|dau moi))")
_COORD = re.compile(r"^phoi hop\b")


@dataclass
class Duty:
    body: str
    from_label: bool
    node: Node | None = None
    tasks: list[tuple[str, object]] = field(default_factory=list)  # (text, Para | Node | (Para, start))


def body_of_heading(text: str) -> tuple[str, str | None] | None:
    """(body, inline task) if a heading names a body ("2.5. Hội đồng ...: Phân công ..." has both)."""
    head, _, tail = text.partition(":")
    if len(head.split()) > 45:
        return None
    if not _BODY_START.match(fold(head.strip())):
        return None
    head = norm_space(head)
    lead = re.match(r"^(de nghi|giao)\s+", fold(head))  # "Đề nghị", damaged "Đệ nghị" too
    body = (head[lead.end() :] if lead else head).strip(" .;")
    if body[:1].islower():
        body = body[:1].upper() + body[1:]
    task = norm_space(tail) if tail.strip() else None
    return body, task


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
        if owner is not None:
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
            named = body_of_heading(own) if looks_named else None
            if named:
                body, inline = named
                duty = Duty(body=body, from_label=True, node=entry)
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
            elif current is not None:
                current.tasks.append((entry.full_text(), entry))

    visit(container)
    return [d for d in duties if d.tasks or d.from_label]


def _leaves(node: Node) -> list[Node]:
    out = []
    for c in node.children:
        out.extend(_leaves(c) if c.heading_like and c.children else [c])
    return out

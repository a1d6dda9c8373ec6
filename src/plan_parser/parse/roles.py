"""Heading roles: which part of the outline holds purposes, requirements, contents, criteria, awards,
the timeline and the assignments — matched on accent-folded headings with rapidfuzz, so OCR damage
and the many wordings of one heading (MỤC ĐÍCH, YÊU CẦU / MỤC ĐÍCH VÀ YÊU CẦU; NỘI DUNG THI ĐUA /
NỘI DUNG PHONG TRÀO) land on the same role.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from .outline import Node, Para
from .fuzzy import find_phrase, loose
from .text import fold

# role -> folded key phrases; the first phrase found in a heading decides, in heading order.
ROLE_PHRASES: dict[str, tuple[str, ...]] = {
    "purposes": ("muc dich", "muc tieu"),
    "requirements": ("yeu cau",),
    "contents": ("noi dung", "nhiem vu trong tam", "nhiem vu chu yeu", "nhiem vu cu the", "nhiem vu va giai phap",
                 "nhiem vu, giai phap", "cac nhiem vu", "nhiem vu"),
    "criteria": ("tieu chi",),
    "awards": ("hinh thuc khen thuong", "hinh thuc va danh hieu", "danh hieu khen thuong", "hinh thuc", "khen thuong"),
    "timeline": ("thoi gian thuc hien", "tien do thuc hien", "thoi gian", "tien do", "lo trinh"),
    "assignments": ("to chuc thuc hien", "trach nhiem thuc hien", "phan cong nhiem vu", "phan cong thuc hien",
                    "trach nhiem"),
}  # fmt: skip
# Headings that look like a role but are not one ("NỘI DUNG" inside "ĐỐI TƯỢNG, NỘI DUNG" is fine).
_NOT_CONTENTS = re.compile(r"noi dung (tuyen truyen|khen thuong)|tieu chuan")


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
    if not f or len(f.split()) > 14:
        return []
    words = loose(f).split()
    found: list[tuple[int, str]] = []
    for role, phrases in ROLE_PHRASES.items():
        for phrase in phrases:
            pos = f.find(phrase)
            if pos < 0:
                at = find_phrase(words, phrase)
                pos = len(" ".join(words[:at])) if at >= 0 else -1
            if pos < 0 and len(phrase) >= 8 and len(f) >= len(phrase):
                al = fuzz.partial_ratio_alignment(phrase, f, score_cutoff=88)
                pos = al.dest_start if al else -1
            if pos >= 0:
                if role == "contents" and _NOT_CONTENTS.search(f):
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
    return containers, labels


def entries(node: Node) -> list[Node | Para]:
    """The entries a role node holds: labelled items, looking through sub-headings (all target groups)."""
    out: list[Node | Para] = []
    for child in node.children:
        if child.heading_like and child.children:
            out.extend(entries(child))
        else:
            out.append(child)
    if not out:
        out = list(node.plain)
    return out

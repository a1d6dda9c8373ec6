"""Targets: the measurable aims a plan sets under a "CHỈ TIÊU" heading ("II. CHỈ TIÊU NĂM 2026",
"2. Chỉ tiêu cụ thể đến năm 2030", "II. DANH MỤC DỰ ÁN VÀ CHỈ TIÊU BÀN GIAO MẶT BẰNG").

SCHEMA.md has no key for them: its `criteria` are the scoring criteria of an emulation movement (TIÊU CHÍ), and
most plans set targets instead. Five of six annotators of blind sets 89-94 found them nowhere in the parse, so
they are an extra key, `targets`, beside the schema's.
"""

from __future__ import annotations

import re

from .outline import Node, Para
from .roles import entries, heading_roles
from .text import fold

_TARGETS = re.compile(r"\bchi tieu\b")
# Roles a targets heading may also name and still hold targets alone ("MỤC TIÊU, CHỈ TIÊU ĐẾN NĂM 2030").
_ALONGSIDE = {"purposes"}


def target_entries(root: Node) -> list[Node | Para]:
    """The entries of every part headed as targets, in order. A heading that also names another part
    ("CHỈ TIÊU VÀ TIÊU CHÍ", "THỜI GIAN MÙA KHÔ VÀ CHỈ TIÊU") holds targets only under a sub-heading of its own."""
    out: list[Node | Para] = []

    def visit(node: Node) -> None:
        for child in node.children:
            if (child.heading_like and _names_targets(child.own_text) and set(heading_roles(child.own_text)) <= _ALONGSIDE
                    and not _has_target_heading(child)):  # fmt: skip
                out.extend(entries(child))
                continue
            visit(child)

    visit(root)
    return out


def _names_targets(heading: str) -> bool:
    folded = fold(heading)
    return bool(_TARGETS.search(folded)) and len(folded.split()) <= 18


def _has_target_heading(node: Node) -> bool:
    return any(c.heading_like and _names_targets(c.own_text) for c in node.walk() if c is not node)

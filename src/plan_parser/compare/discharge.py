"""Duties that the child plan discharges by existing.

A province tells the wards to "Xây dựng kế hoạch, phát động Phong trào thi đua tại địa phương,
hoàn thành trong tháng 9/2025": the ward's plan under comparison IS that plan, so no ward body
has to receive the duty (and its wording shares few terms with anything in the ward plan: it
scored 0.22-0.31 and was reported unassigned on every child of the independent set). The words
of such an act are removed from a duty before it is matched; a duty with nothing left is
covered by the plan itself, one with more left ("...; kiện toàn Ban An toàn giao thông cấp xã")
is matched on the rest.
"""

from __future__ import annotations

import re

from ..model import AlignedItem, ItemRef, Match
from .text import analyse, fold, nfc

# Matched on folded text with the same offsets as the original (see _fold_same_length).
_PLAN_ACT = re.compile(
    r"\b(?:chu dong |khan truong |tham muu )?(?:xay dung|ban hanh|trien khai xay dung)"
    r"(?: va (?:ban hanh|trien khai|to chuc thuc hien))? ke hoach"
    r"(?: (?:thuc hien|trien khai|to chuc thuc hien)(?: phong trao thi dua| ke hoach)?)?\b"
)
_LAUNCH = re.compile(r"\b(?:to chuc )?(?:phat dong|trien khai) phong trao thi dua\b")
# Words that only say where or when the plan is issued: nothing left to assign once the act is removed.
_FILLER = re.compile(
    r"\b(?:tai dia phuong|tren dia ban(?: (?:xa|phuong|dia phuong))?|cap xa|cua dia phuong|dung thoi han|kip thoi|"
    r"hoan thanh(?: (?:trong|truoc))?(?: (?:thang|ngay))? ?[\d/]+|(?:trong|truoc) (?:thang|ngay) [\d/]+)\b"
)


def _fold_same_length(text: str) -> str:
    """Accent-folded text with one character per character of `text` (so offsets carry over)."""
    return "".join((fold(ch) or ch)[:1] for ch in text)


def _with_topic(text: str, act: tuple[int, int], titles: list[str]) -> tuple[int, int]:
    """Extend the act over the plan's topic that follows it ("Xây dựng kế hoạch phát triển du lịch cộng
    đồng phù hợp với điều kiện của địa phương; ..."): the words up to the clause's end, when most of them
    are words of the plans' titles (the child's plan is that plan) or only say where it applies."""
    start, end = act
    boundary = re.search(r"[;,.:]", text[end:])
    stop = end + boundary.start() if boundary else len(text)
    topic = _FILLER.sub(" ", _fold_same_length(text[end:stop]))
    topic = re.sub(r"\b(?:phu hop voi (?:dieu kien|tinh hinh)(?: thuc te| thuc tien)?|cua dia phuong|tai dia phuong)\b", " ", topic)
    words = [w for w in analyse(topic) if "_" not in w]
    title_words = {fold(w) for t in titles for w in analyse(t) if "_" not in w}
    if not words or sum(fold(w) in title_words for w in words) >= 0.6 * len(words):
        return start, stop
    return act


def undischarged_text(text: str, titles: list[str] | None = None) -> str | None:
    """The part of a duty the child plan's existence does not discharge: the text unchanged when it
    names no plan-issuing act, None when nothing but the act (and its place or date) is left. With
    `titles` (the parent's and the child's), the plan's topic after the act is discharged too."""
    text = nfc(text)
    folded = _fold_same_length(text)
    acts = [m.span() for pattern in (_PLAN_ACT, _LAUNCH) for m in pattern.finditer(folded)]
    if not acts:
        return text
    if titles:
        acts = [_with_topic(text, act, titles) for act in acts]
    cut = acts + [m.span() for m in _FILLER.finditer(folded)]
    keep = [True] * len(text)
    for start, end in cut:
        keep[start:end] = [False] * (end - start)
    rest = "".join(ch if k else " " for ch, k in zip(text, keep))
    rest = re.sub(r"\s+", " ", rest)
    rest = re.sub(r"^(?:[\s,;.:]|và\b)*|(?:[\s,;.:]|\bvà)*$", "", rest)
    return rest if len(analyse(rest)) >= 3 else None


def discharged_item(parent: ItemRef, child_title: str | None) -> AlignedItem:
    """The alignment entry of a duty the child plan discharges: covered, matched to the plan's title."""
    ref = ItemRef(kind="other", text=child_title or "Kế hoạch (văn bản được so sánh)", index=0, pointer="/title")
    return AlignedItem(parent=parent, matches=[Match(child=ref, score=1.0)], score=1.0, verdict="covered")

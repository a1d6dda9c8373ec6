"""An item written with its own date: the act's word and its date in one clause of the child.

A province dates some duties of the lower level ("Tổ chức kiểm tra hiện trạng đê, kè, hồ chứa, đập dâng và công
trình thủy lợi do xã quản lý, hoàn thành trước ngày 15/5/2026"). A ward gives such a duty to a body in its own short
words and keeps the date: "chủ trì kiểm tra đê, kè, cống, trạm bơm, hoàn thành trước ngày 15/5/2026" (round 27, set
83 A: 5 of 12 children; containment 0.14, the province's compound names "hồ chứa", "đập dâng" shortened to "hồ",
"đập"). The date alone says little (the same day opens a phase or a watch), the act's word alone less; together in
one clause they name the duty. Only a date no other lower-level duty carries, with a word pair of the same clause
that no other lower-level duty uses, counts; the duty is then partly given (info), not missing.

Content items likewise ("Tổ chức lễ giao nhận quân đồng loạt vào ngày 24/02/2027 tại các điểm giao nhận ...": the ward
writes "đưa công dân đến điểm giao nhận quân ngày 24/02/2027", round 27, set 85 A: 5 of 12 children), looked for in
any two adjacent lines of the child, with the dates and pairs of the other content items as the ones to tell apart.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from ..model import AlignedItem, Document, ItemRef, Match
from .align import _adjacent_pairs as _pairs
from .discharge import procedural_rest
from .text import nfc

_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*\d{4})?(?![\d/])"
                        r"|\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\b", re.IGNORECASE)  # fmt: skip
# Where one clause ends (a table row's cells stay together: its date column dates its task).
_SEGMENT_END = re.compile(r";|\.(?=\s|$)")


def day_months(text: str) -> set[tuple[int, int]]:
    """The (day, month) of every date written "15/5", "15/05/2026" or "ngày 15 tháng 5"."""
    out = set()
    for m in _DAY_MONTH.finditer(nfc(text)):
        day, month = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), int(m[4]))
        if 1 <= day <= 31 and 1 <= month <= 12:
            out.add((day, month))
    return out


class DatedItems:
    """Looks for each parent item's dated act in the child's `lines` (first line, last line, text): the assignments of
    its organisation part for duties, windows of its lines for content. `items` are the parent's items of that kind,
    from which an item's date and word pairs must stand apart."""

    def __init__(self, items: list[str], document: Document, lines: list[tuple[int, int, str]]):
        self.document = document
        self.items = items
        self.lines = lines

    @cached_property
    def _counts(self) -> tuple[Counter, Counter]:
        """How many items carry each date, and each word pair."""
        return (Counter(d for text in self.items for d in day_months(text)),
                Counter(t for text in self.items for t in _pairs(text)))  # fmt: skip

    @cached_property
    def _dated_segments(self) -> list[tuple[tuple[int, int, str], set[str], set[tuple[int, int]]]]:
        """Each clause of the child's lines that carries a date: (its line, its word pairs, its dates)."""
        out = []
        for line in self.lines:
            for seg in _SEGMENT_END.split(line[2]):
                if dates := day_months(seg):
                    out.append((line, _pairs(seg), dates))
        return out

    def _dated_clauses(self, text: str) -> list[tuple[set[tuple[int, int]], set[str]]]:
        """Each substantive clause of the item with a date of its own: (its dates, its distinctive word pairs)."""
        date_count, pair_count = self._counts
        out = []
        for clause in _SEGMENT_END.split(nfc(text)):
            clause = clause.strip(" ,")
            if not clause or procedural_rest(clause) is None:
                continue  # "báo cáo kết quả ... trước ngày 20/5/2026": every ward reports
            dates = {d for d in day_months(clause) if date_count[d] <= 1}
            pairs = {t for t in _pairs(clause) if pair_count[t] <= 1}
            if dates and pairs:
                out.append((dates, pairs))
        return out

    def partial(self, item: AlignedItem) -> AlignedItem:
        for dates, pairs in self._dated_clauses(item.parent.text):
            for (first, last, text), seg_pairs, seg_dates in self._dated_segments:
                if dates & seg_dates and pairs & seg_pairs:
                    ref = ItemRef(kind="other", text=text, index=0, span=self.document.span(first, last))
                    return AlignedItem(parent=item.parent, matches=[Match(child=ref, score=item.score)] + item.matches,
                                       score=item.score, verdict="partly_covered")  # fmt: skip
        return item

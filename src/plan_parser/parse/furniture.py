"""Page furniture: page numbers and running headers that a PDF or scan puts between pages.

They are not text of the plan: a page number "5" standing between two duties would be read as a duty
("5"), a running header "Kế hoạch số 214/KH-UBND" as a paragraph cutting a wrapped sentence in two.
The parser skips these lines (without treating them as a paragraph break); their line numbers stay.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Document

# "5", "- 5 -", "– 12 –", "Trang 5", "Trang 5/12", "5/12" alone on a line.
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–]\s*\d{1,3}\s*[-–]|\d{1,3}|(?:[Tt]rang|TRANG)\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3})\s*$")
_TOP_LINES = 2  # a running header stands in the first lines of a page (after any page number)


def furniture_lines(doc: Document, cleaned: list[str], number: str | None = None) -> frozenset[int]:
    """1-based numbers of the lines that are page numbers or running headers."""
    out: set[int] = set()
    for line, text in zip(doc.lines, cleaned):
        if _PAGE_NUMBER.match(text):
            out.add(line.number)
    if len(doc.pages) < 2:
        return frozenset(out)
    tops: dict[int, list[int]] = {}
    for line, text in zip(doc.lines, cleaned):
        if line.page >= 2 and text.strip() and line.number not in out:
            page_top = tops.setdefault(line.page, [])
            if len(page_top) < _TOP_LINES:
                page_top.append(line.number)
    seen = Counter(cleaned[n - 1].strip() for lines in tops.values() for n in lines)
    for lines in tops.values():
        for n in lines:
            text = cleaned[n - 1].strip()
            repeated = seen[text] >= 2 and len(text) <= 100
            # With two pages a header appears once: it names the plan's own number ("Kế hoạch số 214/KH-UBND").
            names_number = bool(number) and number in text and len(text) <= 60 and not text.startswith(("Căn cứ", "Số"))
            if repeated or names_number:
                out.add(n)
    return frozenset(out)


"""From positioned words to lines in reading order, keeping the two header columns apart.

The header block of a plan has the issuer (and number) on the left and the national name, motto and
place/date on the right, printed side by side. Reading it row by row mixes the two ("ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI ..."), so on the first page we find the rows that have text on both sides of a
vertical gap, split them at the gap, and emit the whole left column before the right one.
"""

from __future__ import annotations

from statistics import median

from ..model import BBox, Word
from .assemble import RawLine

# The gap between the header columns lies in this band of the page width.
_GAP_BAND = (0.2, 0.75)
# A gap this wide (share of page width) between neighbouring words separates two columns.
_MIN_GAP = 0.03
# Only rows starting in the top part of the first page can belong to the header block.
_HEADER_ZONE = 0.4
# Later two-column rows must split near the first ones (share of page width).
_GAP_DRIFT = 0.08
# Header lines are centred in their column: a one-sided row whose centre is further than this
# (share of page width) from its column's centre is not part of the header (the title, the body).
_CENTRE_DRIFT = 0.06


def _centre(words: list[Word]) -> float:
    return (min(w.bbox.x0 for w in words) + max(w.bbox.x1 for w in words)) / 2


def line_from_words(words: list[Word], column: str | None = None) -> RawLine:
    words = sorted(words, key=lambda w: w.bbox.x0 if w.bbox else 0)
    boxes = [w.bbox for w in words if w.bbox]
    bbox = (
        BBox(x0=min(b.x0 for b in boxes), y0=min(b.y0 for b in boxes), x1=max(b.x1 for b in boxes), y1=max(b.y1 for b in boxes))
        if boxes
        else None
    )
    confidences = [w.confidence for w in words if w.confidence is not None]
    confidence = sum(confidences) / len(confidences) if confidences else None
    return RawLine(" ".join(w.text for w in words), bbox=bbox, confidence=confidence, column=column, words=words)


def group_rows(words: list[Word]) -> list[list[Word]]:
    """Cluster words into rows by vertical overlap (for text layers, which have no line ids)."""
    rows: list[list[Word]] = []
    spans: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda w: (w.bbox.y0 + w.bbox.y1) / 2):
        mid = (word.bbox.y0 + word.bbox.y1) / 2
        if rows and spans[-1][0] <= mid <= spans[-1][1]:
            rows[-1].append(word)
        else:
            rows.append([word])
            spans.append((word.bbox.y0, word.bbox.y1))
    return rows


def _column_gap(row: list[Word], page_width: float) -> float | None:
    """The x of a two-column gap in this row, if it has one."""
    words = sorted(row, key=lambda w: w.bbox.x0)
    best, best_width = None, _MIN_GAP * page_width
    for a, b in zip(words, words[1:]):
        width = b.bbox.x0 - a.bbox.x1
        middle = (a.bbox.x1 + b.bbox.x0) / 2
        if width > best_width and _GAP_BAND[0] * page_width <= middle <= _GAP_BAND[1] * page_width:
            best, best_width = middle, width
    return best


def order_header_columns(lines: list[RawLine], page_width: float, page_height: float) -> list[RawLine]:
    """Lines of a first page, with the header block's left column before its right column."""
    positioned = [ln for ln in lines if ln.bbox is not None and ln.words and all(w.bbox for w in ln.words)]
    if len(positioned) != len(lines) or not lines:
        return lines
    ordered = sorted(lines, key=lambda ln: ln.bbox.y0)
    # rows: lines that overlap vertically (tesseract may give the two columns as separate lines)
    rows: list[list[RawLine]] = []
    for line in ordered:
        mid = (line.bbox.y0 + line.bbox.y1) / 2
        if rows and any(o.bbox.y0 <= mid <= o.bbox.y1 for o in rows[-1]):
            rows[-1].append(line)
        else:
            rows.append([line])
    gaps: list[float] = []
    centres: dict[str, list[float]] = {"left": [], "right": []}
    last_two_sided = -1
    for index, row in enumerate(rows):
        if row[0].bbox.y0 > _HEADER_ZONE * page_height:
            break
        words = [w for line in row for w in line.words]
        gap = _column_gap(words, page_width)
        if gap is not None and (not gaps or abs(gap - median(gaps)) < _GAP_DRIFT * page_width):
            gaps.append(gap)
            centres["left"].append(_centre([w for w in words if w.bbox.x1 <= gap]))
            centres["right"].append(_centre([w for w in words if w.bbox.x0 >= gap]))
            last_two_sided = index
            continue
        if gaps:
            divider = median(gaps)
            # a row crossing the divider (body text) ends the header block
            if any(w.bbox.x0 < divider < w.bbox.x1 for w in words):
                break
            # header lines are centred in their column; a row off its column's centre (the title) ends it
            side = "left" if _centre(words) < divider else "right"
            if abs(_centre(words) - median(centres[side])) > _CENTRE_DRIFT * page_width:
                break
    if last_two_sided < 0:
        return ordered
    divider = median(gaps)
    left: list[RawLine] = []
    right: list[RawLine] = []
    for row in rows[: last_two_sided + 1]:
        for line in sorted(row, key=lambda ln: ln.bbox.x0):
            sides = {"left": [w for w in line.words if (w.bbox.x0 + w.bbox.x1) / 2 < divider]}
            sides["right"] = [w for w in line.words if (w.bbox.x0 + w.bbox.x1) / 2 >= divider]
            for side, words in sides.items():
                if words:
                    (left if side == "left" else right).append(line_from_words(words, column=side))
    rest = [line for row in rows[last_two_sided + 1 :] for line in sorted(row, key=lambda ln: ln.bbox.x0)]
    return left + right + rest

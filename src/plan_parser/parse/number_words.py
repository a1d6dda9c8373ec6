"""Dates written in words ("trước ngày mười lăm tháng Mười hai năm 2026", "ngày mồng năm tháng Giêng"):
rewritten in digits on folded text, padded to the same length so that offsets into the original stay valid."""

from __future__ import annotations

import re

__all__ = ["cardinal", "dates_in_digits"]

_UNITS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "nham": 5, "sau": 6, "bay": 7,
          "tam": 8, "chin": 9}  # fmt: skip
# Month names said by their own word: "tháng Giêng" (first), "tháng Chạp" (twelfth).
_MONTH_NAMES = {"gieng": 1, "chap": 12}


def _unit_after_tens(word: str) -> int | None:
    # Five after a ten is "lăm"/"nhăm", never "năm": "tháng Mười năm 2026" is October of 2026, not the 15th.
    return None if word == "nam" else _UNITS.get(word)


def cardinal(words: list[str]) -> tuple[int, int] | None:
    """(value, words used) of the Vietnamese numeral 1-31 at the start of `words` (folded), longest first:
    "muoi lam" 15, "hai muoi mot" 21, "ba muoi" 30, "tam" 8."""
    if not words:
        return None
    first = words[0]
    if first == "muoi":  # 10-19
        unit = _unit_after_tens(words[1]) if len(words) > 1 else None
        return (10 + unit, 2) if unit else (10, 1)
    tens = _UNITS.get(first)
    if tens is None:
        return None
    if len(words) > 1 and words[1] in ("muoi", "chuc") and tens in (2, 3):
        unit = _unit_after_tens(words[2]) if len(words) > 2 else None
        if unit and tens * 10 + unit <= 31:
            return tens * 10 + unit, 3
        return tens * 10, 2
    return tens, 1


_WORD = re.compile(r"[a-z]+")
_DAY_CUE = re.compile(r"\bngay\s+(?P<mung>(?:mong|mung)\s+)?")
_MONTH_CUE = re.compile(r"\s*thang\s+")
_MONTH_ALONE = re.compile(r"\bthang\s+")
_YEAR_AFTER = re.compile(r"\s+nam\s+(?:19|20)\d{2}\b")


def _numeral_at(folded: str, pos: int, *, month: bool) -> tuple[int, int] | None:
    """(value, end offset) of a numeral in words starting at pos."""
    matches = []
    at = pos
    for _ in range(3):
        m = _WORD.match(folded, at)
        if not m:
            break
        matches.append(m)
        nxt = re.match(r"[ \t]+", folded[m.end() :])
        if not nxt:
            break
        at = m.end() + nxt.end()
    words = [m.group() for m in matches]
    if month and words and words[0] in _MONTH_NAMES:
        return _MONTH_NAMES[words[0]], matches[0].end()
    parsed = cardinal(words)
    if parsed is None:
        return None
    value, used = parsed
    if not (1 <= value <= (12 if month else 31)):
        return None
    return value, matches[used - 1].end()


def dates_in_digits(folded: str) -> str:
    """Folded text with "ngày <day in words> tháng <month in words>" and "tháng <month in words> năm <year>"
    written in digits (same length). A month alone is left: "tháng năm" is too often not May."""
    out = list(folded)
    for cue in _MONTH_ALONE.finditer(folded):
        month = _numeral_at(folded, cue.end(), month=True)
        if month is not None and _YEAR_AFTER.match(folded, month[1]):
            out[cue.end() : month[1]] = str(month[0]).ljust(month[1] - cue.end())
    for cue in _DAY_CUE.finditer(folded):
        day = _numeral_at(folded, cue.end(), month=False)
        if day is None:
            continue
        month_cue = _MONTH_CUE.match(folded, day[1])
        if not month_cue:
            continue
        month = _numeral_at(folded, month_cue.end(), month=True)
        if month is None:
            continue
        day_start = cue.start("mung") if cue.group("mung") else cue.end()  # "mồng 5" is written "5"
        for start, end, value in ((day_start, day[1], day[0]), (month_cue.end(), month[1], month[0])):
            out[start:end] = str(value).ljust(end - start)
    return "".join(out)

"""Acronyms a ward writes for phrases its parent spells out ("theo dõi KTTT, HTX" for "kinh tế tập thể,
hợp tác xã"). The readings come from the parent's own text, not from a list: an acronym is read as the
phrase whose initials it is, when the parent writes that phrase often enough for the reading to be clear."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

_LETTERS = re.compile(r"[^\W\d_]+")
_ACRONYM = re.compile(r"\b[A-ZĐ]{2,6}\b")
_BODY_HEAD = re.compile(r"(?:ban|ủy ban|phòng|sở|trung tâm|hội|đoàn|công an|trạm|văn phòng|chi cục|cục|mặt trận|đảng ủy)\b")


def without_bodies(spelled: dict[str, str]) -> dict[str, str]:
    """The acronyms that do not stand for a body ("MTTQ", "BCHQS"): a task's words, not who does it."""
    return {key: phrase for key, phrase in spelled.items() if not _BODY_HEAD.match(phrase)}


def parent_acronyms(texts: list[str], longest: int = 5) -> dict[str, str]:
    """Acronym -> phrase for the runs of 2..`longest` words the parent writes out ("hợp tác xã" -> HTX): only
    an acronym whose commonest phrase occurs at least twice and twice as often as any other reading, or, of four
    letters or more, once and alone."""
    return dict(_acronyms(tuple(texts), longest))


@lru_cache(maxsize=64)
def _acronyms(texts: tuple[str, ...], longest: int) -> dict[str, str]:
    # Cached: one parent is compared with each of its children, and its acronyms are the same each time.
    readings: dict[str, Counter] = {}
    for text in texts:
        words = _LETTERS.findall(text)
        for n in range(2, longest + 1):
            for i in range(len(words) - n + 1):
                run = words[i : i + n]
                key = "".join(_initial(w) for w in run)
                readings.setdefault(key, Counter())[" ".join(w.lower() for w in run)] += 1
    written = {m.group(0) for text in texts for m in _ACRONYM.finditer(text)}
    out = {}
    for key, counter in readings.items():
        (phrase, count), *other = counter.most_common(2)
        # (once is enough for four letters or more, with no other reading: "ANTT", "CSDL" have no second; round 67,
        # I292-A04, A06: a faithful ward's duties written so were read as not given. Not a body's name: "BCHQS" read as
        # "Ban Chỉ huy quân sự" gave the parent's co-actor to any duty of that body, I292-A05. Nor one the parent writes
        # itself: its "cấp mới MSVT" meets the ward's "MSVT" as written, I276-B12)
        once = len(key) >= 4 and not other and not _BODY_HEAD.match(phrase) and key not in written
        if (count >= 2 or once) and count >= 2 * (other[0][1] if other else 0):
            out[key] = phrase
    return out


def _initial(word: str) -> str:
    """A word's capital initial without its tone or vowel mark: "Ủy" gives the U of "UBND" (Đ stays Đ)."""
    return unicodedata.normalize("NFD", word[0])[0].upper()


def expand_acronyms(text: str, spelled: dict[str, str]) -> str:
    """`text` with each acronym of `spelled` written out; other capitals are left as written."""
    return _ACRONYM.sub(lambda m: spelled.get(m.group(0), m.group(0)), text)

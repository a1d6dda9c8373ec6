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


def parent_acronyms(texts: list[str], longest: int = 5) -> dict[str, str]:
    """Acronym -> phrase for the runs of 2..`longest` words the parent writes out ("hợp tác xã" -> HTX): only
    an acronym whose commonest phrase occurs at least twice and twice as often as any other reading."""
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
    out = {}
    for key, counter in readings.items():
        (phrase, count), *other = counter.most_common(2)
        if count >= 2 and count >= 2 * (other[0][1] if other else 0):
            out[key] = phrase
    return out


def _initial(word: str) -> str:
    """A word's capital initial without its tone or vowel mark: "Ủy" gives the U of "UBND" (Đ stays Đ)."""
    return unicodedata.normalize("NFD", word[0])[0].upper()


def expand_acronyms(text: str, spelled: dict[str, str]) -> str:
    """`text` with each acronym of `spelled` written out; other capitals are left as written."""
    return _ACRONYM.sub(lambda m: spelled.get(m.group(0), m.group(0)), text)

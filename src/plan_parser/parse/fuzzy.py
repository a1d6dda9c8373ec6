"""Tolerant matching for text the restorer left damaged (~4 % of syllables wrong).

Cues are matched on accent-folded text (`fold` keeps offsets, so a match on the folded text is a
match on the original), word by word with a small edit budget per word: "Cần ctv" still opens
like "Căn cứ", "TO CHUC THUC HIEN" is "TỔ CHỨC THỰC HIỆN", "trudée ngày 15/12" is "trước ngày".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from rapidfuzz.distance import Levenshtein

from .text import fold

# Every Vietnamese syllable has a vowel; a name word without one is an OCR form the restorer left.
_VOWEL = re.compile(r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Characters OCR leaves inside a word ("nhí€em"): dropped before words are compared.
_NOISE = re.compile(r"[€$¢£©®°~`'’‘^|\\]")


def loose(text: str) -> str:
    """Folded, noise characters dropped, punctuation to spaces, single-spaced (for comparisons only)."""
    f = _NOISE.sub("", fold(text))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", f).split())


def word_budget(word: str) -> int:
    """Edits a cue word of this length may absorb: none for 1-2 letters, one up to 5, two beyond."""
    n = len(word)
    return 0 if n <= 2 else (1 if n <= 5 else 2)


def words_match(got: list[str], cue: list[str]) -> bool:
    if len(got) != len(cue):
        return False
    return all(g == c or (g[:1] == c[:1] or len(c) > 3) and Levenshtein.distance(g, c, score_cutoff=word_budget(c)) <= word_budget(c)
               for g, c in zip(got, cue))  # fmt: skip


def starts_with(text: str, cues: tuple[str, ...] | list[str]) -> str | None:
    """The cue (folded words) `text` opens with, tolerating a damaged letter or two per word."""
    words = loose(text[:80]).split()
    for cue in cues:
        parts = cue.split()
        if words_match(words[: len(parts)], parts):
            return cue
    return None


def find_phrase(words: list[str], cue: str) -> int:
    """Index of the first run of `words` that matches the cue's words, or -1."""
    parts = cue.split()
    first = parts[0]
    for i in range(len(words) - len(parts) + 1):
        w = words[i]
        if w != first and abs(len(w) - len(first)) > word_budget(first):
            continue  # cheap length filter before the edit distances
        if words_match(words[i : i + len(parts)], parts):
            return i
    return -1


def equals(text: str, target: str) -> bool:
    """`text` reads as `target` (both folded, loosely), a letter or two apart per word."""
    return words_match(loose(text).split(), loose(target).split())


class SpellingVote:
    """The document's most frequent spelling of a name, by its folded form.

    The restorer may spell a name differently in one place ("Tứ Ký" once, "Tứ Kỳ" ten times); the
    header then takes the majority spelling found in the same document.
    """

    def __init__(self, text: str):
        self._text = text
        self._cache: dict[str, str] = {}
        self._folded_text: str | None = None

    def _folded(self) -> str:
        if self._folded_text is None:
            self._folded_text = fold(self._text)
        return self._folded_text

    def best(self, name: str) -> str:
        words = name.split()
        if not words or len(words) > 8:
            return name
        key = fold(name)
        if key in self._cache:
            return self._cache[key]
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in key.split()) + r"(?!\w)"
        counts: Counter = Counter()
        for m in re.finditer(pattern, self._folded()):
            form = " ".join(self._text[m.start() : m.end()].split())
            if form[:1].isupper() and not form.isupper():
                counts[form] += 1
        best = name
        if counts:
            top, n = counts.most_common(1)[0]
            seen_as_is = counts.get(name, 0)
            if (n >= 2 or (not seen_as_is and len(words) >= 3)) and n > seen_as_is:  # a name never written as given takes any attested form
                best = top
        if not all(_VOWEL.search(w) for w in best.split()):
            best = self._nearest_readable(best)
        self._cache[key] = best
        return best

    def _nearest_readable(self, name: str) -> str:
        """A name with a word that cannot be a Vietnamese syllable ("Tt Kỳ": the restorer left an OCR
        form) takes the nearest attested spelling whose words all can, the most frequent first, then
        the one with more marks (restoration loses marks more often than it adds them)."""
        words = name.split()
        # a lookahead, so that windows of words overlap ("xã Tư Kỳ" holds "Tư Kỳ")
        pattern = r"(?<!\w)(?=(" + r"\s+".join(r"\w+" for _ in words) + r")(?!\w))"
        counts: Counter = Counter()
        for m in re.finditer(pattern, self._text):
            form = " ".join(m.group(1).split())
            if form != name and form[:1].isupper() and all(_VOWEL.search(w) for w in form.split()):
                # one letter apart in each unreadable word, the same elsewhere (folded)
                pairs = list(zip(fold(form).split(), fold(name).split()))
                if all(a == b or (not _VOWEL.search(w) and Levenshtein.distance(a, b) <= 1)
                       for (a, b), w in zip(pairs, words)):  # fmt: skip
                    counts[form] += 1
        if not counts:
            return name
        marks = lambda form: sum(1 for c in unicodedata.normalize("NFD", form) if unicodedata.combining(c))  # noqa: E731
        return max(counts, key=lambda form: (counts[form], marks(form)))

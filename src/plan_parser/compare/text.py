"""Text normalisation and item similarity for the alignment.

Vietnamese words are one to four syllables; instead of a slow segmenter we index syllable
unigrams and bigrams (a bigram covers most two-syllable words such as "chuyển đổi"), which
measured as well on the development set and keeps 1 parent + 20 children well under a second.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

_WORD = re.compile(r"[0-9a-zà-ỹđ]+", re.IGNORECASE)

# Place-scope words differ between a province plan and a ward plan on purpose ("tỉnh" vs "phường");
# they must not count for or against the match of two items.
SCOPE_WORDS = {"tỉnh", "thành", "phố", "xã", "phường", "đặc", "khu", "huyện", "thị", "trấn", "địa", "bàn"}

# Function words that carry no content (kept short on purpose: IDF does the rest).
STOP_WORDS = {
    "và", "các", "của", "với", "trong", "cho", "để", "là", "có", "được", "những", "một", "theo",
    "về", "tại", "từ", "đến", "trên", "này", "đó", "nhằm", "như", "thì", "mà", "hoặc", "cả",
}  # fmt: skip


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class _WithoutMarks(dict):
    """A str.translate table that drops nonspacing marks (Unicode category Mn), filled as characters are met: a
    character-by-character category test was the largest single cost of comparing (fold runs on every item, window and
    clause of both plans)."""

    def __missing__(self, code_point: int) -> int | None:
        self[code_point] = kept = None if unicodedata.category(chr(code_point)) == "Mn" else code_point
        return kept


_WITHOUT_MARKS = _WithoutMarks()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics (đ -> d): for tolerant keyword tests on OCR'd text."""
    return unicodedata.normalize("NFD", nfc(text).lower().replace("đ", "d")).translate(_WITHOUT_MARKS)


# Old-style tone placement ("hoà", "thuỷ", "uỷ", "khoẻ") against the new ("hòa", "thủy", "ủy", "khỏe"): the same
# word to a reader, two different terms to the matcher. Terms are compared in the new style.
_OLD_TONE = re.compile(r"(?<![q])([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![0-9a-zà-ỹđ])")
_TONES = ("àèỳ", "áéý", "ảẻỷ", "ãẽỹ", "ạẹỵ")
_TONED_FIRST = {"o": "òóỏõọ", "u": "ùúủũụ"}
_PLAIN = {"à": "a", "á": "a", "ả": "a", "ã": "a", "ạ": "a", "è": "e", "é": "e", "ẻ": "e", "ẽ": "e", "ẹ": "e",
          "ỳ": "y", "ý": "y", "ỷ": "y", "ỹ": "y", "ỵ": "y"}  # fmt: skip


def _new_tone(m: re.Match) -> str:
    tone = next(i for i, group in enumerate(_TONES) if m.group(2) in group)
    return _TONED_FIRST[m.group(1)][tone] + _PLAIN[m.group(2)]


def tone_normalised(lowered: str) -> str:
    """Lower-case NFC text with old-style tone marks moved to the new place (hoà -> hòa, uỷ -> ủy)."""
    return _OLD_TONE.sub(_new_tone, lowered)


# Terms without diacritics while a restored plan is compared: the restorer reads one OCR'd word its own way in each plan
# ("mắc ca" in one, "mặc cả" in the other), and the words the two plans share are what tells an item covered. Scope and
# function words are still told by their diacritics ("trong" is no "trồng"), then each kept word loses them.
_FOLDED_TERMS: ContextVar[bool] = ContextVar("folded_terms", default=False)


@contextmanager
def folded_terms(on: bool = True) -> Iterator[None]:
    """Within it (when `on`), terms are taken from text without diacritics: for comparing plans restored from OCR."""
    token = _FOLDED_TERMS.set(on)
    try:
        yield
    finally:
        _FOLDED_TERMS.reset(token)


def _as_term(word: str) -> str:
    return fold(word) if _FOLDED_TERMS.get() else word


def _words(text: str) -> list[str]:
    """The text's syllables with their diacritics, scope words left out (function words are told by these)."""
    return [w for w in _WORD.findall(tone_normalised(nfc(text).lower())) if w not in SCOPE_WORDS]


def syllables(text: str) -> list[str]:
    return [_as_term(w) for w in _words(text)]


def analyse(text: str) -> list[str]:
    """Terms of an item: content syllables and syllable bigrams (bigrams may span a stop word)."""
    content = [_as_term(s) for s in _words(text) if s not in STOP_WORDS and not s.isdigit()]
    return content + [f"{a}_{b}" for a, b in zip(content, content[1:])]


class Similarity:
    """TF-IDF over both sides' items; `cosine` and asymmetric `containment` matrices.

    containment[i, j] is the share of parent item i's TF-IDF weight whose terms occur in child
    item j: it stays high when a ward merges two parent items into one longer item, where the
    cosine drops.
    """

    def __init__(self, parent_texts: list[str], child_texts: list[str]):
        self.parent_texts = parent_texts
        self.child_texts = child_texts
        n_parent = len(parent_texts)
        vectorizer = TfidfVectorizer(analyzer=analyse, sublinear_tf=True, norm="l2")
        corpus = parent_texts + child_texts
        if not parent_texts or not child_texts or not any(analyse(t) for t in corpus):
            self.cosine = np.zeros((n_parent, len(child_texts)))
            self.containment = np.zeros((n_parent, len(child_texts)))
            self.reverse = np.zeros((n_parent, len(child_texts)))
            self._parent = self._child = None
            self.vectorizer = None
            return
        matrix = vectorizer.fit_transform(corpus)
        self.vectorizer = vectorizer
        parent, child = matrix[:n_parent], matrix[n_parent:]
        self._parent, self._child = parent, child
        self.cosine = np.asarray((parent @ child.T).todense())
        present = (child > 0).astype(np.float64)
        weights = parent.multiply(parent)  # squared l2-normalised weights sum to 1 per row
        self.containment = np.asarray((weights @ present.T).todense())
        # reverse[i, j]: share of child item j's weight found in parent item i (a summary scores high).
        parent_present = (parent > 0).astype(np.float64)
        self.reverse = np.asarray((parent_present @ child.multiply(child).T).todense())

    def union_containment(self, i: int, columns: list[int]) -> float:
        """Share of parent item i's weight covered by the union of several child items (a split)."""
        if self._parent is None or not columns:
            return 0.0
        row = self._parent[i]
        present = (self._child[columns].sum(axis=0) > 0).A1
        weights = row.multiply(row).toarray().ravel()
        total = weights.sum()
        return float(weights[present].sum() / total) if total else 0.0

    def window_scores(self, i: int, texts: list[str]) -> np.ndarray:
        """Pair scores of parent item i against arbitrary texts (windows of the child's lines)."""
        return self._row_scores(self._parent[i] if self._parent is not None else None, texts)

    def text_window_scores(self, text: str, texts: list[str]) -> np.ndarray:
        """Pair scores of `text` (a part of a parent item) against arbitrary texts, in this pair's vocabulary."""
        return self._row_scores(self.vectorizer.transform([text]) if self.vectorizer is not None else None, texts)

    def _row_scores(self, row, texts: list[str]) -> np.ndarray:
        if row is None or not texts:
            return np.zeros(len(texts))
        # Every uncovered item is scored against the same windows of the child's lines (all lines, or
        # those of the organisation section for duties): vectorise each set of windows once.
        cache = self.__dict__.setdefault("_window_cache", {})
        key = tuple(texts)
        if key not in cache:
            matrix = self.vectorizer.transform(texts)
            cache[key] = (matrix, (matrix > 0).astype(np.float64))
        windows, present = cache[key]
        cosine = np.asarray((row @ windows.T).todense()).ravel()
        containment = np.asarray((row.multiply(row) @ present.T).todense()).ravel()
        return (cosine + containment) / 2

    def reverse_scores(self, text: str) -> np.ndarray:
        """For each parent item, the share of `text`'s weight whose terms it contains (`reverse` for any text)."""
        if self.vectorizer is None:
            return np.zeros(len(self.parent_texts))
        row = self.vectorizer.transform([text])
        parent_present = (self._parent > 0).astype(np.float64)
        return np.asarray((parent_present @ row.multiply(row).T).todense()).ravel()

    def clause_containment(self, clauses: list[str], columns: list[int]) -> np.ndarray:
        """For each clause, the best share of its weight found in one of the child items `columns`."""
        if self.vectorizer is None or not clauses or not columns:
            return np.zeros(len(clauses))
        rows = self.vectorizer.transform(clauses)
        present = (self._child[columns] > 0).astype(np.float64)
        shares = np.asarray((rows.multiply(rows) @ present.T).todense())
        return shares.max(axis=1)


_CLAUSE = re.compile(r"(?<=[.;:])\s+")


def clauses(text: str) -> list[str]:
    """The clauses of an item (split at "." and ";"), each with enough words to stand alone."""
    parts = [c.strip() for c in _CLAUSE.split(text) if len(analyse(c)) >= 3]
    return parts or [text]


_PHRASE_BREAK = re.compile(r"[,;.:!?()\[\]\"“”'‘’/–—-]+|\s-\s")


def phrase_terms(text: str) -> frozenset[str]:
    """Content syllables and the bigrams of ADJACENT content syllables inside one phrase (no bigram across
    a comma or a dropped function word: "hòa giải, mâu thuẫn" gives no "giải_mâu", which no ward repeats).
    Cached (and so frozen): a parent's items are read again for each of its children."""
    return _phrase_terms(text, _FOLDED_TERMS.get())


@lru_cache(maxsize=32768)
def _phrase_terms(text: str, folded: bool) -> frozenset[str]:
    terms: set[str] = set()
    for phrase in _PHRASE_BREAK.split(tone_normalised(nfc(text).lower())):
        words = _WORD.findall(phrase)
        keep = [w not in SCOPE_WORDS and w not in STOP_WORDS and not w.isdigit() for w in words]
        words = [fold(w) for w in words] if folded else words
        terms.update(w for w, k in zip(words, keep) if k)
        terms.update(f"{a}_{b}" for a, b, ka, kb in zip(words, words[1:], keep, keep[1:]) if ka and kb)
    return frozenset(terms)


class ItemContainment:
    """Asymmetric coverage: how much of a parent item is contained in a child text.

    The question of coverage is "is this parent item in the child?", not "are the two alike?": a ward
    that merges three parent items into one long item keeps each item's words while the cosine between
    the items falls to 0.2-0.3. A term's weight is its inverse document frequency over the PARENT's own
    items (contents, criteria, purposes, requirements, lower-level duties), so the words every item
    repeats ("thi đua", "tăng cường", "nâng cao", the topic) count little and the words that make the
    item itself count most; syllable bigrams (most two-syllable words) weigh twice a single syllable.
    """

    def __init__(self, parent_context: list[str]):
        self.n = max(1, len(parent_context))
        self.df = Counter(t for text in parent_context for t in phrase_terms(text))

    def weights(self, text: str) -> dict[str, float]:
        return {t: (1.0 if "_" in t else 0.5) * math.log((self.n + 1) / (min(self.df[t], self.n) + 0.5))
                for t in phrase_terms(text)}  # fmt: skip

    @staticmethod
    def share(weights: dict[str, float], child_terms: set[str]) -> float:
        """Weighted share of the parent item's terms that occur in the child text."""
        total = sum(weights.values())
        return sum(w for t, w in weights.items() if t in child_terms) / total if total else 0.0

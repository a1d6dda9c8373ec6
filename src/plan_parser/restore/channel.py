"""The OCR channel: log P(observed token | true syllable) from character confusions.

Counts of (true char, observed char) come from aligned pairs (real dev pairs, synthetic OCR);
they are smoothed towards a prior built from what a character looks like without its marks,
so a confusion never seen in training still gets a sensible cost.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import numpy as np

from .text import OCR_SKELETON_MAP, fold, split_line, word_like

EPS = ""  # the empty side of an insertion or deletion


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    return fold(c).translate(OCR_SKELETON_MAP) if c else c


@lru_cache(maxsize=4096)
def _shape_only(c: str) -> str:
    """The letter with its tone removed but its shape (â, ơ, ư, đ) kept."""
    d = unicodedata.normalize("NFD", c)
    return unicodedata.normalize("NFC", "".join(x for x in d if x not in "\u0300\u0301\u0303\u0309\u0323"))


def align(true: str, seen: str) -> list[tuple[str, str]]:
    """Character alignment (Levenshtein, letters that fold alike count as a match)."""
    n, m = len(true), len(seen)
    dp = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        dp[i][0] = float(i)
    for j in range(1, m + 1):
        dp[0][j] = float(j)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            t, o = true[i - 1], seen[j - 1]
            sub = 0.0 if t == o else (0.3 if _fold_char(t) == _fold_char(o) else 1.0)
            dp[i][j] = min(dp[i - 1][j - 1] + sub, dp[i - 1][j] + 1, dp[i][j - 1] + 1)
    i, j, out = n, m, []
    while i > 0 or j > 0:
        if i > 0 and j > 0:
            t, o = true[i - 1], seen[j - 1]
            sub = 0.0 if t == o else (0.3 if _fold_char(t) == _fold_char(o) else 1.0)
            if dp[i][j] == dp[i - 1][j - 1] + sub:
                out.append((t, o))
                i, j = i - 1, j - 1
                continue
        if i > 0 and dp[i][j] == dp[i - 1][j] + 1:
            out.append((true[i - 1], EPS))
            i -= 1
        else:
            out.append((EPS, seen[j - 1]))
            j -= 1
    return _attach_insertions(out[::-1])


def _attach_insertions(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Glue an inserted character to the letter before it: ư seen as "ir" is one confusion, not two."""
    out: list[tuple[str, str]] = []
    for t, o in pairs:
        if t == EPS and out and out[-1][0] != EPS and len(out[-1][1]) < 3:
            out[-1] = (out[-1][0], out[-1][1] + o)
        else:
            out.append((t, o))
    return out


# Hand-seeded multi-character readings of letters an English model cannot print (learnt ones add to these).
_U_FAMILY = "ưừứửữựủúùũụu"
# "t?", "i?": Tesseract 5's English model reads ứ, ử, ữ as a stem and a question mark ("ct?" = cứ, "thi?" = thứ).
SEEDED_MULTI = {t: ("ir", "tr", "it", "tt", "ti", "ii", "tu", "ru", "u'", "t?", "i?") for t in _U_FAMILY}
for _t in "ơờớởỡợ":
    SEEDED_MULTI[_t] = ("o'", "d", "é")
# The marks of a vowel read as an "é" after it ("caéc" = các, "phaém" = phẩm, "noéng" = nông): the synthetic pages taught
# it for a few letters only ("ấ", "ố", "ộ"); every marked vowel may show it (channel eng-ocr, 292-A: "Baéo cdo sơ kết",
# unread as a report, moved the wards' half-year reports onto the province's February list).
_MARK_LETTER = "é"
for _t in "áàảãạăắằẳẵặâấầẩẫậóòỏõọôốồổỗộơớờởỡợéèẻẽẹêếềểễệíìỉĩịúùủũụưứừửữựýỳỷỹỵ":
    _base = unicodedata.normalize("NFD", _t)[0]
    SEEDED_MULTI[_t] = tuple(SEEDED_MULTI.get(_t, ())) + (_base + _MARK_LETTER,)
SEEDED_PLAIN = {t: ("t", "i", "w") for t in "ưừứửữựủúùũụ"}
_MARK_RESIDUE = "¢€"  # symbols an English model prints for a letter's marks
# Characters besides the Vietnamese letters that OCR output is usually made of (lower case: tokens are).
_USUAL_SEEN = "".join(chr(c) for c in range(33, 127) if not chr(c).isupper()) + "¢€§£¥°«»“”‘’–—…"


def _letters_by_base() -> dict[str, tuple[str, ...]]:
    from .text import VIETNAMESE_LETTERS

    out: dict[str, list[str]] = defaultdict(list)
    for c in sorted(VIETNAMESE_LETTERS):
        out[fold(c)].append(c)
    return {b: tuple(v) for b, v in out.items()}


_LETTERS_BY_BASE = _letters_by_base()


class Channel:
    """Costs (negative natural-log probabilities) of seeing `o` where the page had `t`."""

    # Prior mass for a marked letter: kept intact / marks all dropped / shape kept, tone dropped /
    # another letter with the same base / a digit or symbol standing for it / anything else.
    PRIOR_MARKED = {"same": 0.25, "bare": 0.45, "shape": 0.08, "samebase": 0.12, "symbol": 0.05, "other": 0.05}
    PRIOR_PLAIN = {"same": 0.93, "samebase": 0.02, "symbol": 0.01, "other": 0.04}
    P_DELETE = 0.01  # a letter lost
    P_INSERT = 0.005  # a stray character
    ALPHA = 8.0  # weight of the prior against observed counts
    N_OTHER = 60  # number of "other" characters the residual mass is spread over
    DIAGONAL_ENOUGH = 4.0  # a same-length alignment cheaper than this is taken without the full DP

    def __init__(self, counts: dict[str, dict[str, float]] | None = None):
        self.counts = {t: dict(os) for t, os in (counts or {}).items()}
        self.totals = {t: sum(os.values()) for t, os in self.counts.items()}
        self.all_chars = sum(v for t, v in self.totals.items() if t != EPS)
        # Multi-character readings that can occur, per true letter (seeded + learnt).
        self.multi: dict[str, set[str]] = {t: set(v) for t, v in SEEDED_MULTI.items()}
        for t, os in self.counts.items():
            for o in os:
                if len(o) > 1 and t != EPS:
                    self.multi.setdefault(t, set()).add(o)
        # The same, inverted: the letters each multi-character reading may stand for.
        self.multi_letters: dict[str, set[str]] = defaultdict(set)
        for t, os in self.multi.items():
            for o in os:
                self.multi_letters[o].add(t)
        self._cache: dict[tuple[str, str], float] = {}
        # Cost columns of the characters an OCR usually prints, built now (part of loading, ~20 ms) rather
        # than during the first document.
        from .inventory import ALPHABET

        self.column_table(ALPHABET + _USUAL_SEEN)
        self.multi_table()

    def prior(self, t: str, o: str) -> float:
        if t == EPS:
            return self.P_INSERT / self.N_OTHER
        if o == EPS:
            return self.P_DELETE
        marked = t != fold(t)
        table = self.PRIOR_MARKED if marked else self.PRIOR_PLAIN
        if o == t:
            return table["same"]
        if marked and o == fold(t):
            return table["bare"]
        if marked and o == _shape_only(t):
            return table["shape"]
        if len(o) > 1:
            if o in SEEDED_MULTI.get(t, ()):
                return 0.02
            if marked and len(o) == 2 and o[1] in _MARK_RESIDUE + _MARK_LETTER and o[0] in (t, fold(t), _shape_only(t)):
                return 0.02  # "nghe¢" = nghệ, "caéc" = các: the mark read as a stray symbol or an "é" after its letter
            return 1e-4 * self.prior(t, o[0])
        if o in SEEDED_PLAIN.get(t, ()) or (marked and o in _MARK_RESIDUE):
            return 0.02
        if fold(o) == fold(t):
            return table["samebase"] / 8
        if _fold_char(o) == fold(t):
            return table["symbol"] / 3
        return table["other"] / self.N_OTHER

    def cost(self, t: str, o: str) -> float:
        key = (t, o)
        c = self._cache.get(key)
        if c is None:
            row = self.counts.get(t, {})
            # An insertion is a chance per character read, so it is counted against all characters.
            total = self.all_chars if t == EPS else self.totals.get(t, 0.0)
            p = (row.get(o, 0.0) + self.ALPHA * self.prior(t, o)) / (total + self.ALPHA)
            c = self._cache[key] = -math.log(max(p, 1e-9))
        return c

    def column(self, o: str) -> np.ndarray:
        """cost(t, o) for every letter t of inventory.ALPHABET (cached): one gather scores many syllables."""
        key = ("column", o)
        col = self._cache.get(key)
        if col is None:
            from .inventory import ALPHABET

            col = self._cache[key] = np.array([self.cost(t, o) for t in ALPHABET])
        return col

    def multi_column(self, o: str) -> np.ndarray | None:
        """Like `column` for a multi-character reading ("ir" = ư): inf for letters it is not a reading of,
        None when it reads no letter (the edit distance only tries the readings in `self.multi` too)."""
        key = ("multi-column", o)
        if key not in self._cache:
            from .inventory import ALPHABET

            col = np.full(len(ALPHABET), np.inf)
            for t in self.multi_letters.get(o, ()):
                i = ALPHABET.find(t)
                if i >= 0:
                    col[i] = self.cost(t, o)
            self._cache[key] = col if np.isfinite(col).any() else None
        return self._cache[key]

    def column_table(self, strings) -> tuple[dict[str, int], np.ndarray]:
        """Row of every string's `column` in one stacked matrix: a batch of tokens is scored with one
        gather per position (fast_costs.py). The usual characters are filled in when the channel is built."""
        table = self._cache.get(("column-table",))
        if table is None:
            table = self._cache[("column-table",)] = [{}, [], None]
        index, cols, matrix = table
        for s in strings:
            if s not in index:
                index[s] = len(cols)
                cols.append(self.column(s))
                matrix = None
        if matrix is None:
            matrix = table[2] = np.stack(cols)
        return index, matrix

    def multi_table(self) -> tuple[dict[str, int], np.ndarray]:
        """`multi_column` of every multi-character reading of some letter, stacked; row 0 (all inf) stands
        for the strings missing from the index, which read no letter."""
        table = self._cache.get(("multi-table",))
        if table is None:
            from .inventory import ALPHABET

            index, cols = {}, [np.full(len(ALPHABET), np.inf)]
            for o in sorted(self.multi_letters):
                col = self.multi_column(o)
                if col is not None:
                    index[o] = len(cols)
                    cols.append(col)
            table = self._cache[("multi-table",)] = (index, np.stack(cols))
        return table

    def _base_cost(self, b: str, o: str) -> float:
        """Cheapest cost of `o` over every marked letter whose base is `b` (a lower bound)."""
        key = ("base", b, o)
        c = self._cache.get(key)
        if c is None:
            c = self._cache[key] = min(self.cost(t, o) for t in _LETTERS_BY_BASE.get(b, (b,)))
        return c

    def fold_cost(self, folded: str, seen: str, limit: float = math.inf) -> float:
        """A lower bound of `token_cost` over all syllables that fold to `folded`: prunes before expanding."""
        return self._dp(folded, seen, self._base_cost, self._base_multi, limit)

    def _base_multi(self, b: str) -> set[str] | None:
        key = ("multi", b)
        m = self._cache.get(key)
        if m is None:
            m = set()
            for t in _LETTERS_BY_BASE.get(b, (b,)):
                m |= self.multi.get(t, set())
            self._cache[key] = m
        return m or None

    def _multi_of(self, t: str) -> set[str] | None:
        return self.multi.get(t)

    def token_cost(self, true: str, seen: str, limit: float = math.inf) -> float:
        """-log P(seen | true), best alignment (weighted edit distance); inf once it must exceed `limit`."""
        return self._dp(true, seen, self.cost, self._multi_of, limit)

    def _dp(self, true: str, seen: str, cost, multi_of, limit: float = math.inf) -> float:
        if len(true) == len(seen):
            diag = sum(cost(t, o) for t, o in zip(true, seen))
            if diag < self.DIAGONAL_ENOUGH:
                return diag  # no alignment with an insertion and a deletion (each > 4 nats) can beat it
        n, m = len(true), len(seen)
        ins = [cost(EPS, o) for o in seen]  # hoisted: the same for every row
        prev = [0.0] * (m + 1)
        for j in range(1, m + 1):
            prev[j] = prev[j - 1] + ins[j - 1]
        cur = [0.0] * (m + 1)  # two rows, swapped: no new lists per row (allocation wakes the GC)
        for i in range(1, n + 1):
            t = true[i - 1]
            multi = multi_of(t)
            drop = cost(t, EPS)
            cur[0] = prev[0] + drop
            for j in range(1, m + 1):
                best = prev[j - 1] + cost(t, seen[j - 1])
                if prev[j] + drop < best:
                    best = prev[j] + drop
                if cur[j - 1] + ins[j - 1] < best:
                    best = cur[j - 1] + ins[j - 1]
                if multi:
                    for k in (2, 3):
                        if j >= k and seen[j - k : j] in multi:
                            best = min(best, prev[j - k] + cost(t, seen[j - k : j]))
                cur[j] = best
            if min(cur) > limit:
                return math.inf  # every alignment is already worse than needed
            prev, cur = cur, prev
        return prev[m]

    # ------------------------------------------------------------------ training and persistence

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, str]], weight: float = 1.0, base: "Channel | None" = None) -> "Channel":
        counts: dict[str, Counter] = defaultdict(Counter)
        if base:
            for t, os in base.counts.items():
                counts[t].update(os)
        for true, seen in pairs:
            for t, o in align(true, seen):
                counts[t][o] += weight
        return cls({t: dict(c) for t, c in counts.items()})

    def to_json(self) -> dict:
        return {"counts": self.counts}

    @classmethod
    def from_json(cls, data: dict) -> "Channel":
        return cls(data.get("counts"))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False), encoding="utf-8")


def token_pairs(gold_text: str, seen_text: str) -> list[tuple[str, str]]:
    """(true, seen) lowercase word pairs from a line-aligned gold and OCR text, aligned per line."""
    pairs = []
    for g_line, s_line in zip(gold_text.split("\n"), seen_text.split("\n")):
        g = [p.core for p in split_line(unicodedata.normalize("NFC", g_line)) if p.core]
        s = [p.core for p in split_line(unicodedata.normalize("NFC", s_line)) if p.core]
        for gt, st in _align_tokens(g, s):
            if gt and st and word_like(st) and any(c.isalpha() for c in gt) and abs(len(gt) - len(st)) <= 2:
                pairs.append((gt.lower(), st.lower()))
    return pairs


def _align_tokens(g: list[str], s: list[str]) -> list[tuple[str | None, str | None]]:
    n, m = len(g), len(s)
    dp = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dp[i][0] = i
    for j in range(m + 1):
        dp[0][j] = j
    sub = lambda a, b: 0.0 if fold(a) == fold(b) else 0.6  # noqa: E731
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            dp[i][j] = min(dp[i - 1][j - 1] + sub(g[i - 1], s[j - 1]), dp[i - 1][j] + 1, dp[i][j - 1] + 1)
    i, j, out = n, m, []
    while i > 0 and j > 0:
        if dp[i][j] == dp[i - 1][j - 1] + sub(g[i - 1], s[j - 1]):
            out.append((g[i - 1], s[j - 1]))
            i, j = i - 1, j - 1
        elif dp[i][j] == dp[i - 1][j] + 1:
            i -= 1
        else:
            j -= 1
    return out[::-1]

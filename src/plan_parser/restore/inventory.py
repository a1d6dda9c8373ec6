"""The syllable inventory and the indexes that turn an observed token into candidate syllables."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from pathlib import Path

import numpy as np

from .text import VIETNAMESE_LETTERS, canon, fold, is_vietnamese_word

# Every letter a syllable may hold, in a fixed order: rows of the channel's cost columns.
ALPHABET = "".join(sorted(VIETNAMESE_LETTERS))
_LETTER_INDEX = {c: i for i, c in enumerate(ALPHABET)}

HUNSPELL_DIC = Path("/usr/share/hunspell/vi_VN.dic")


def hunspell_syllables(path: Path = HUNSPELL_DIC) -> set[str]:
    """Lowercase single syllables of Debian's hunspell-vi (about 6.6k), tone placement normalised."""
    out: set[str] = set()
    if not path.exists():
        return out
    for i, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines()):
        if i == 0 and line.strip().isdigit():
            continue
        word = unicodedata.normalize("NFC", line.split("/")[0].strip())
        if word and word == word.lower() and is_vietnamese_word(word):
            out.add(canon(word))
    return out


class Inventory:
    """Syllables indexed by their folded form and by single deletions of it (SymSpell distance 1)."""

    def __init__(self, syllables: list[str]):
        self.syllables = syllables
        self.known = set(syllables)
        self.by_fold: dict[str, list[str]] = defaultdict(list)
        for s in syllables:
            self.by_fold[fold(s)].append(s)
        self.deletes: dict[str, set[str]] = defaultdict(set)
        for f in self.by_fold:
            for i in range(len(f)):
                self.deletes[f[:i] + f[i + 1 :]].add(f)
        # Syllables as letter-index matrices, one per length, so a token is scored against all the
        # syllables of several folded forms with a few numpy gathers (see decoder._same_length_costs).
        rows: dict[int, list[str]] = defaultdict(list)
        self.fold_rows: dict[str, np.ndarray] = {}
        self.fold_id: dict[str, int] = {}  # folded form -> index into fold_spans
        spans: list[tuple[int, int, int]] = []
        for f, words in self.by_fold.items():
            start = len(rows[len(f)])
            rows[len(f)].extend(words)
            self.fold_rows[f] = np.arange(start, start + len(words))
            self.fold_id[f] = len(self.fold_id)
            spans.append((len(f), start, len(words)))
        self.words_by_length = dict(rows)
        # Per folded form (by fold_id): its length, first row in the length's matrices, number of rows.
        self.fold_spans = np.array(spans, dtype=np.int64).reshape(len(spans), 3)
        # The same words as object arrays: the batch scorer picks the kept ones with one gather.
        self.word_arrays = {n: np.array(ws, dtype=object) for n, ws in rows.items()}
        self.letters_by_length = {
            n: np.array([[_LETTER_INDEX[c] for c in w] for w in ws], dtype=np.intp).reshape(len(ws), n)
            for n, ws in rows.items()
        }

    def near_folds(self, key: str) -> set[str]:
        """Folded forms within one insertion, deletion or substitution of `key`."""
        out = set()
        if key in self.by_fold:
            out.add(key)
        out |= self.deletes.get(key, set())  # key lacks a letter
        for i in range(len(key)):
            d = key[:i] + key[i + 1 :]
            if d in self.by_fold:  # key has an extra letter
                out.add(d)
            out |= self.deletes.get(d, set())  # one letter differs
        return out

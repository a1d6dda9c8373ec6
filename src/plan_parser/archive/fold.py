"""Accent folding for search: "Chuyển đổi số" and "chuyen doi so" fold to the same key.

Folding is NFD, drop combining marks, đ/Đ -> d, lowercase. `fold_aligned` does it one
character for one character, so an offset into the folded text is the same offset into
the original: a match found in the folded copy highlights the accented text directly.
SQLite's unicode61 tokenizer alone is not enough: it keeps marks on letters such as ệ
unless told `remove_diacritics 2`, and it never folds đ, which is a letter, not a mark.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters outside the ASCII range that NFD does not decompose but Vietnamese users type plainly.
_SPECIAL = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"}

# Words are runs of letters and digits; the same rule cuts documents and queries.
WORD_RE = re.compile(r"\w+", re.UNICODE)


def _fold_char(ch: str) -> str:
    """The folded form of one character, always exactly one character long."""
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    base = unicodedata.normalize("NFD", ch)
    kept = "".join(c for c in base if not unicodedata.combining(c)) or ch
    lowered = kept.lower()
    # A few characters lowercase to two (İ -> i̇); keep length by taking the first.
    return lowered[0] if lowered else ch


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    # Latin, Latin-1, Latin Extended and the Vietnamese block cover every letter we meet;
    # a translate table makes folding a 20,000-character plan take well under a millisecond.
    table: dict[int, str] = {}
    for start, end in ((0x41, 0x5A), (0xC0, 0x24F), (0x1E00, 0x1EFF), (0x370, 0x3FF), (0x400, 0x4FF)):
        for code in range(start, end + 1):
            folded = _fold_char(chr(code))
            if folded != chr(code):
                table[code] = folded
    return table


def fold_aligned(text: str) -> str:
    """Fold `text` keeping its length: result[i] is the folded form of text[i].

    Combining marks that stand alone (decomposed input) are kept; the search tokenizer
    drops them, so they neither split nor spoil a word.
    """
    return text.translate(_table())


def fold(text: str) -> str:
    """Fold `text` for comparison (queries, keys): NFD, no marks, đ -> d, lowercase."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(_table()).lower()


def query_terms(query: str) -> list[list[str]]:
    """The folded terms of a user query: a quoted part is one phrase, and so is a token such as
    "150/KH-UBND" that folds to several words; every other word is a term of its own.

    `'chuyen "ke hoach" 150/KH-UBND'` -> `[["chuyen"], ["ke", "hoach"], ["150", "kh", "ubnd"]]`.
    Only word characters survive, so nothing a user types can reach the FTS5 or tsquery syntax.
    """
    groups: list[list[str]] = []
    for i, part in enumerate(query.split('"')):
        if i % 2 == 1:  # inside quotes
            words = WORD_RE.findall(fold(part))
            if words:
                groups.append(words)
            continue
        for token in part.split():
            words = WORD_RE.findall(fold(token))
            if words:
                groups.append(words)
    return groups


def fts5_query(groups: list[list[str]]) -> str:
    """An FTS5 MATCH expression requiring every group; each word is quoted, so it is inert."""
    return " AND ".join('"' + " ".join(g) + '"' for g in groups)

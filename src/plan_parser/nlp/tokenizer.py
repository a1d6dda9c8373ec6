"""A syllable tokenizer for Vietnamese administrative text.

Vietnamese writes one syllable per space-separated unit, so syllables are the tokens.
Document codes (150/KH-UBND, 57-NQ/TW, 30/2024/NĐ-CP, a blank "/KH-UBND") and dates
(16/6/2025, 15/12) stay single tokens so that entity spans never cut through them.
Every character of the input is kept: `doc.text == text`, offsets are the caller's offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc
from spacy.util import DummyTokenizer
from spacy.vocab import Vocab

# Letters including combining accents, so NFD input still yields whole syllables.
_LETTER = r"[^\W\d_]"
_SYLLABLE_CHAR = r"[^\W_\u0300-\u036f]|[\u0300-\u036f]"
_CODE_PART = r"[A-ZĐ][A-Za-zĐđ0-9]*"

# Document codes: number (optionally with a year) then agency parts joined by "/" or "-".
DOC_CODE = (
    r"(?:\d+[a-zđ]?(?:/\d{4})?[/-]" + _CODE_PART + r"(?:[/-]" + _CODE_PART + r")+"
    r"|(?<![\w/])/" + _CODE_PART + r"(?:-" + _CODE_PART + r")+)"
)
# Numeric dates: d/m/yyyy, d-m-yyyy, d.m.yyyy, m/yyyy and d/m.
NUMERIC_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}/\d{4}|\d{1,2}/\d{1,2}(?![\d/])"

_TOKEN = re.compile(
    "|".join(
        [
            DOC_CODE,
            NUMERIC_DATE,
            r"\d+(?:[.,]\d+)*(?:%)?",  # numbers, 1.000, 2,5%
            rf"(?:{_LETTER})(?:{_SYLLABLE_CHAR})*",  # a syllable (letters + digits like "s6" in OCR)
            r"\S",  # any other visible character stands alone
        ]
    )
)


def split_syllables(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each token of `text`, whitespace excluded."""
    for match in _TOKEN.finditer(text):
        yield match.start(), match.end()


def words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """spaCy's words/spaces pair: one space after a token is its `whitespace_`, other runs are tokens."""
    words: list[str] = []
    spaces: list[bool] = []
    position = 0
    for start, end in split_syllables(text):
        _add_gap(text[position:start], words, spaces)
        words.append(text[start:end])
        spaces.append(False)
        position = end
    _add_gap(text[position:], words, spaces)
    return words, spaces


def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    if not gap:
        return
    if words and not spaces[-1] and gap[0] == " " and not _is_space_token(words[-1]):
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


def _is_space_token(word: str) -> bool:
    return word.isspace()


class SyllableTokenizer(DummyTokenizer):
    """Callable text -> Doc; stateless, so serialisation is a no-op."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(text)
        return Doc(self.vocab, words=words, spaces=spaces)

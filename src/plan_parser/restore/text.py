"""Vietnamese text helpers: mark folding, canonical tone placement, tokens that rebuild a line exactly."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
SHAPE_MARKS = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn
_SHAPED = set("âăêôơưÂĂÊÔƠƯ")
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
VIETNAMESE_LETTERS = set(
    "abcdefghijklmnopqrstuvwxyzđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)

# Digits and symbols an English OCR model prints for Vietnamese letters (skeleton level only).
OCR_SKELETON_MAP = str.maketrans(
    {"6": "o", "0": "o", "4": "a", "&": "a", "§": "a", "@": "a", "1": "l", "¢": "c", "$": "s", "¥": "y", "€": "e"}
)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase, drop every mark, đ->d: the key accentless text is matched on."""
    d = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in d if not unicodedata.combining(c)).replace("đ", "d")


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """`fold` after mapping OCR digits/symbols to the letters they usually stand for."""
    return fold(token).translate(OCR_SKELETON_MAP)


def strip_accents(text: str) -> str:
    """What an accent-stripped copy of `text` looks like (case kept): NFD, marks dropped, đ->d."""
    d = unicodedata.normalize("NFD", text)
    out = "".join(c for c in d if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out.replace("đ", "d").replace("Đ", "D"))


def has_marks(token: str) -> bool:
    return any(c in "đĐ" or unicodedata.combining(c) for c in unicodedata.normalize("NFD", token))


@lru_cache(maxsize=200_000)
def canon(syl: str) -> str:
    """Classic tone placement (hòa, thủy, khỏe) so hoà/hòa are one syllable; NFC out."""
    d = unicodedata.normalize("NFD", syl)
    tone = [c for c in d if c in TONE_MARKS]
    if len(tone) != 1:
        return unicodedata.normalize("NFC", syl)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONE_MARKS))
    low = base.lower()
    start = 2 if low.startswith(("qu", "gi")) and len(low) > 2 and low[2] in _VOWELS else 0
    idx = [i for i in range(start, len(base)) if base[i] in _VOWELS]
    if not idx or idx[-1] - idx[0] != len(idx) - 1 or not base.isalpha():
        # No syllable: a syllable's vowels stand together, and it has no sign inside. Moving the tone of the OCR's
        # "tru'éc" or "trudéc" (trước) onto "u" made "trú'ec", which no reading is near (channel eng-ocr, I245-B08).
        return unicodedata.normalize("NFC", syl)
    nuc = [idx[0]]
    for i in idx[1:]:
        if i == nuc[-1] + 1:
            nuc.append(i)
        else:
            break
    marked = [i for i in nuc if base[i] in _SHAPED]
    if marked:
        pos = marked[-1]
    elif len(nuc) == 1:
        pos = nuc[0]
    elif nuc[-1] == len(base) - 1:
        pos = nuc[-2] if len(nuc) == 2 else nuc[1]
    else:
        pos = nuc[-1]
    ch = unicodedata.normalize("NFC", unicodedata.normalize("NFD", base[pos]) + tone[0])
    return base[:pos] + ch + base[pos + 1 :]


def is_vietnamese_word(word: str) -> bool:
    """Only Vietnamese letters (lowercase NFC input)."""
    return bool(word) and all(c in VIETNAMESE_LETTERS for c in word)


def apply_case(pattern: str, word: str) -> str:
    """Give `word` the case shape of `pattern`: UPPER, Title or lower."""
    if pattern.islower():
        return word
    letters = [c for c in pattern if c.isalpha()]
    if not letters:
        return word
    upper = sum(1 for c in letters if c.isupper())
    # "PiCH" in a heading: the English OCR lowers a letter now and then.
    if len(letters) > 1 and (upper == len(letters) or (len(letters) >= 4 and upper >= len(letters) - 1)):
        return word.upper()
    if pattern[:1].isupper() or (letters[0].isupper() and not pattern[:1].isalpha()):
        return word[:1].upper() + word[1:]
    return word


# ----------------------------------------------------------------------------------------- tokens

# A chunk is a whitespace-free run; its core is what is left after leading/trailing punctuation.
_CHUNK = re.compile(r"\S+")
LEAD_PUNCT = "\"'“”‘’([{«*-–—+•·…"
TRAIL_PUNCT = "\"'“”‘’)]}».,;:!?…*"
# Punctuation after which the sentence (and the language model's context) starts again. Quotes do not
# break it: "thi đua “Cả nước" needs "thi đua" to tell "Cả" from "Cá" (measured: +0.2 point on 002).
BREAK_PUNCT = set(".;:!?()[]…")


@dataclass(slots=True)
class Piece:
    """One chunk of a line: `lead` + `core` + `trail`, at `start` in the line."""

    start: int
    lead: str
    core: str
    trail: str


def split_line(line: str) -> list[Piece]:
    pieces = []
    for m in _CHUNK.finditer(line):
        chunk = m.group()
        i, j = 0, len(chunk)
        while i < j and chunk[i] in LEAD_PUNCT:
            i += 1
        while j > i and chunk[j - 1] in TRAIL_PUNCT:
            j -= 1
        pieces.append(Piece(m.start(), chunk[:i], chunk[i:j], chunk[j:]))
    return pieces


_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# Symbols the English OCR prints inside a Vietnamese word ("?" for the hook and tone of ư: "chi?c" = chức).
_OCR_SYMBOLS = set("&§@¢$€£¥'ﬁ?")
_LETTERLIKE = set("&§¢$€¥")


def word_like(core: str) -> bool:
    """A core the restorer may change: letters, with at most a couple of OCR digits/symbols inside."""
    if not core or len(core) > 12 or core[0] == "'" or core[-1] == "'":
        return False
    # Symbols the OCR prints for letters count as letters: "¢6" (có), "$0" (số), "&" (ở).
    letters = sum(1 for c in core if c.isalpha() or c in _LETTERLIKE)
    if not letters:
        return False
    others = [c for c in core if not (c.isalpha() or c in _LETTERLIKE)]
    if any(c not in _OCR_SYMBOLS and not c.isdigit() for c in others):
        return False
    # "16p" (lớp) and "¢6" (có) qualify; "2025a" or "KH1234" do not.
    return len(others) <= 2 and (letters >= len(others) or (letters >= 1 and len(core) <= 3))


def lm_words(text: str):
    """Lowercase canonical words of `text` in LM segments (split at strong punctuation).

    Non-word cores (numbers, codes) become "<num>" so that "số <num>" is learnt.
    """
    segment: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            # A blank line ends the paragraph; a wrapped line (no final punctuation) runs on, as at decode time.
            if segment:
                yield segment
            segment = []
            continue
        for piece in split_line(line):
            if piece.lead and any(c in BREAK_PUNCT for c in piece.lead):
                if segment:
                    yield segment
                segment = []
            core = piece.core.lower()
            if core:
                if is_vietnamese_word(unicodedata.normalize("NFC", core)):
                    segment.append(canon(unicodedata.normalize("NFC", core)))
                else:
                    segment.append("<num>")
            if piece.trail and any(c in BREAK_PUNCT for c in piece.trail):
                if segment:
                    yield segment
                segment = []
    if segment:
        yield segment

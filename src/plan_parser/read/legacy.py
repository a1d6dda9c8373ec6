"""Legacy Vietnamese font encodings of old archives: TCVN3 (ABC, .VnTime fonts) and VNI (VNI-Times).

Both were 8-bit encodings shown through special fonts, so a file in them reads, as Windows-1252 or
Latin-1, like "KÕ ho¹ch" (TCVN3) or "Keá hoaïch" (VNI). We detect them in the decoded text and map
them back to Unicode. TCVN3 has one byte per letter; VNI writes a base letter followed by a mark byte.
The tables below are built from the published code charts (TCVN 5712:1993 VN3, VNI-Windows).
"""

from __future__ import annotations

import re
import unicodedata

# Vietnamese vowels (NFD base + quality mark) in chart order; tones are combining marks.
_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------- TCVN3 (ABC)

# For each vowel: byte codes of [plain, grave, hook, tilde, acute, dot] ("" = the ASCII letter itself).
_TCVN3_VOWELS = {
    "a": "a b5 b6 b7 b8 b9",
    "ă": "a8 bb bc bd be c6",
    "â": "a9 c7 c8 c9 ca cb",
    "e": "e cc ce cf d0 d1",
    "ê": "aa d2 d3 d4 d5 d6",
    "i": "i d7 d8 dc dd de",
    "o": "o df e1 e2 e3 e4",
    "ô": "ab e5 e6 e7 e8 e9",
    "ơ": "ac ea eb ec ed ee",
    "u": "u ef f1 f2 f3 f4",
    "ư": "ad f5 f6 f7 f8 f9",
    "y": "y fa fb fc fd fe",
}
# Capitals existed only for the bare letters; toned capitals came from the separate .VnTimeH font,
# which reused the lower-case codes.
_TCVN3_EXTRA = {0xAE: "đ", 0xA7: "Đ", 0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư"}


def _tcvn3_table() -> dict[int, str]:
    table: dict[int, str] = dict(_TCVN3_EXTRA)
    for vowel, codes in _TCVN3_VOWELS.items():
        for code, tone in zip(codes.split(), ("", _GRAVE, _HOOK, _TILDE, _ACUTE, _DOT)):
            if len(code) == 2:
                table[int(code, 16)] = _nfc(vowel + tone)
    return table


TCVN3_TO_UNICODE: dict[int, str] = _tcvn3_table()

# ---------------------------------------------------------------- VNI

_VNI_TONES_PLAIN = ("ù", "ø", "û", "õ", "ï")  # acute, grave, hook, tilde, dot
_VNI_CIRCUMFLEX = ("â", ("á", "à", "å", "ã", "ä"))
_VNI_BREVE = ("ê", ("é", "è", "ú", "ü", "ë"))
_TONES = (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT)


def _vni_table() -> dict[str, str]:
    lower: dict[str, str] = {"ñ": "đ", "î": "ỵ"}
    # i: one byte per toned letter
    for code, tone in zip(("í", "ì", "æ", "ó", "ò"), _TONES):
        lower[code] = _nfc("i" + tone)
    plain_bases = {"a": "a", "e": "e", "o": "o", "u": "u", "y": "y", "ô": "ơ", "ö": "ư"}
    for vni_base, base in plain_bases.items():
        for mark, tone in zip(_VNI_TONES_PLAIN, _TONES):
            if base == "y" and tone == _DOT:
                continue  # ỵ is the single byte î
            lower[vni_base + mark] = _nfc(base + tone)
    lower["ô"], lower["ö"] = "ơ", "ư"
    for vni_base, base in (("a", "â"), ("e", "ê"), ("o", "ô")):
        hat, toned = _VNI_CIRCUMFLEX
        lower[vni_base + hat] = base
        for mark, tone in zip(toned, _TONES):
            lower[vni_base + mark] = _nfc(base + tone)
    hat, toned = _VNI_BREVE
    lower["a" + hat] = "ă"
    for mark, tone in zip(toned, _TONES):
        lower["a" + mark] = _nfc("ă" + tone)
    table = dict(lower)
    for code, char in lower.items():
        # Capitals: capital base with capital mark (the chart), or with a lower-case mark (seen in files).
        table[code.upper()] = char.upper()
        table[code[0].upper() + code[1:]] = char.upper()
    return table


VNI_TO_UNICODE: dict[str, str] = _vni_table()
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(VNI_TO_UNICODE, key=len, reverse=True)))

# ---------------------------------------------------------------- detection

# Letters of Vietnamese Unicode text that neither legacy encoding, read as Latin-1, can produce.
_UNICODE_ONLY = re.compile("[ăằẳẵắặầẩẫấậềểễếệồổỗốộơờởỡớợưừửữứựđạảẹẻẽịỉọỏụủỳỷỹỵĂƠƯĐ]")  # none of them is in Latin-1
# TCVN3 codes that are rare inside words of any Latin-1 language.
_TCVN3_MARKERS = re.compile("[a-zA-Z][\xa8-\xae\xb5-\xb9\xbb-\xbe\xc6-\xcb\xd2-\xd6\xd7\xdc\xde\xf5-\xf9\xfa-\xfe]|[\xa8-\xae\xb5-\xb9][a-zA-Z]")
# VNI: a vowel followed by a mark byte.
_VNI_MARKERS = re.compile("[aeouyAEOUYôöÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|[ñÑ]")


def detect_legacy(text: str) -> str | None:
    """'tcvn3', 'vni' or None for text decoded as Windows-1252/Latin-1 (or already mis-converted)."""
    sample = text[:50_000]
    letters = sum(1 for c in sample if c.isalpha())
    if letters < 20 or len(_UNICODE_ONLY.findall(sample)) > 0.01 * letters:
        return None
    from .text import accent_share, looks_vietnamese

    candidates = []
    for name, markers in (("tcvn3", _TCVN3_MARKERS), ("vni", _VNI_MARKERS)):
        hits = len(markers.findall(sample))
        if hits >= 3 and hits > 0.02 * letters:
            converted = legacy_to_unicode(sample, name)
            if looks_vietnamese(converted) and broken_syllable_share(converted) < 0.02:
                candidates.append((accent_share(converted), name))
    return max(candidates)[1] if candidates else None


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def broken_syllable_share(text: str) -> float:
    """Share of words with more than one tone mark: near 0 for real Vietnamese, high for a wrong table."""
    words = unicodedata.normalize("NFD", text[:50_000]).split()
    if not words:
        return 0.0
    broken = sum(1 for w in words if sum(c in _TONE_MARKS for c in w) > 1)
    return broken / len(words)


def legacy_to_unicode(text: str, encoding: str) -> str:
    """Map TCVN3 or VNI text (as decoded by Windows-1252/Latin-1) to NFC Unicode."""
    if encoding == "tcvn3":
        return _nfc(_recase_tcvn3(text, text.translate(TCVN3_TO_UNICODE)))
    if encoding == "vni":
        return _nfc(_VNI_PATTERN.sub(lambda m: VNI_TO_UNICODE[m.group(0)], text))
    raise ValueError(f"unknown legacy encoding {encoding!r}")


_WORD = re.compile(r"[^\W\d_]+")


def _recase_tcvn3(original: str, converted: str) -> str:
    """Upper-case the toned letters of capitalised words ("KÕ HO¹CH" -> "KẾ HOẠCH", not "Kế HOạCH").

    TCVN3 capitals with a tone mark were typed in the .VnTimeH font with the lower-case codes, so the
    case of a coded letter is lost; the plain ASCII letters around it keep it. A word is capitals when
    its ASCII letters are all capitals (two or more, or one after a coded first letter as in "ñY");
    a word with one capital ASCII initial ("Sè") follows the other coded words of its line.
    `converted` is `original` translated code for code, so positions agree.
    """
    chars = list(converted)
    for line in re.finditer(r"[^\n]+", converted):
        words = []
        for word in _WORD.finditer(converted, line.start(), line.end()):
            plain = [original[i] for i in range(word.start(), word.end()) if original[i].isascii()]
            if len(plain) == word.end() - word.start():
                continue  # no coded letter: nothing to recase, and codes like "UBND" must not vote
            if any(c.islower() for c in plain):
                state = "lower"
            elif len(plain) >= 2 or (plain and not original[word.start()].isascii()):
                state = "upper"
            else:
                state = "unsure"
            words.append((word, state))
        capitals_line = any(s == "upper" for _, s in words) and not any(s == "lower" for _, s in words)
        for word, state in words:
            if state == "upper" or (state == "unsure" and capitals_line):
                chars[word.start() : word.end()] = converted[word.start() : word.end()].upper()
    return "".join(chars)


def unicode_to_legacy(text: str, encoding: str) -> str:
    """The reverse mapping (for tests and for making fixtures); letters without a code stay as they are."""
    if encoding == "tcvn3":
        reverse = {v: chr(k) for k, v in TCVN3_TO_UNICODE.items()}
        # Toned capitals had no TCVN3 code: write them with the lower-case code, as .VnTimeH users did.
        return "".join(reverse.get(c, reverse.get(c.lower(), c)) for c in _nfc(text))
    if encoding == "vni":
        reverse = {}
        for code, char in VNI_TO_UNICODE.items():
            # prefer the chart form (capital mark after a capital base)
            if char not in reverse or code == code.upper():
                reverse[char] = code
        return "".join(reverse.get(c, c) for c in _nfc(text))
    raise ValueError(f"unknown legacy encoding {encoding!r}")

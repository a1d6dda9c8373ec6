"""Synthetic restorer-like damage for clean plan texts (benchmarks and robustness tests).

The restorer leaves ~4 % of syllables wrong, in a few recognisable ways, seen on the dev seeds:
a wrong tone or vowel mark ("Căn cứ" -> "Cần cụ", "Kỳ" -> "Ký"), a syllable or a whole line left
accentless ("V. TO CHUC THUC HIEN"), OCR letter confusions that survived ("trước" -> "trudée",
"nhiệm" -> "nhí€em"), a lower-cased label ("V." -> "v."), and a list label that lost or gained a
character ("b)" -> ")", "(5)" -> "(5s)"). Digits are left alone (numbers are scored exactly, and no
parser can recover a wrong digit). The line count is kept, so provenance stays comparable.

    >>> from damage import damage
    >>> damage("Căn cứ Kế hoạch số 150/KH-UBND", rate=1.0, seed=0) != "Căn cứ Kế hoạch số 150/KH-UBND"
    True
"""

from __future__ import annotations

import random
import re
import unicodedata

_MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", ""]
_OCR_SWAPS = [("ư", "u"), ("ơ", "o"), ("o", "d"), ("c", "e"), ("ớ", "é"), ("n", "ri"), ("m", "rn"), ("i", "1"),
              ("l", "I"), ("h", "b"), ("e", "€e"), ("u", "ii"), ("a", "á")]  # fmt: skip
_SYLLABLE = re.compile(r"[^\W\d_]+")
_LABEL = re.compile(r"^(\s*)([IVX]+\.|[a-zđ]\)|\(\d{1,2}\)|\d{1,2}\.)")


def strip_accents(text: str) -> str:
    out = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out.replace("đ", "d").replace("Đ", "D"))


def _retone(syllable: str, rng: random.Random) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    base = "".join(c for c in decomposed if c not in _MARKS[:5])
    vowels = [i for i, c in enumerate(base) if c.lower() in "aeiouy"]
    if not vowels:
        return syllable
    i = rng.choice(vowels) + 1
    while i < len(base) and unicodedata.combining(base[i]):
        i += 1  # after the vowel's own circumflex, breve or horn
    return unicodedata.normalize("NFC", base[:i] + rng.choice(_MARKS) + base[i:])


def _damage_syllable(syllable: str, rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return _retone(syllable, rng)
    if kind < 0.75:
        return strip_accents(syllable)
    for _ in range(4):
        a, b = rng.choice(_OCR_SWAPS)
        if a in syllable:
            at = rng.choice([m.start() for m in re.finditer(re.escape(a), syllable)])
            return syllable[:at] + b + syllable[at + len(a) :]
    return strip_accents(syllable)


def _damage_label(line: str, rng: random.Random) -> str:
    m = _LABEL.match(line)
    if not m:
        return line
    lead, label = m.group(1), m.group(2)
    if label[0] in "IVX":
        new = label.lower() if rng.random() < 0.5 else label.replace("I", "1", 1)
    elif label.endswith(")") and not label.startswith("("):
        new = ")" if rng.random() < 0.5 else label[0] + " )"
    elif label.startswith("("):
        new = label[:-1] + "s)" if rng.random() < 0.5 else label[1:]
    else:
        new = label.replace(".", ",") if rng.random() < 0.5 else label
    return lead + new + line[m.end() :]


def damage(text: str, *, rate: float = 0.05, seed: int = 0, line_rate: float | None = None, label_rate: float | None = None) -> str:
    """`text` with about `rate` of its syllables damaged, `line_rate` of lines left accentless and
    `label_rate` of list labels garbled (both default to rate)."""
    rng = random.Random(seed)
    line_rate = rate if line_rate is None else line_rate
    label_rate = rate * 2 if label_rate is None else label_rate
    out = []
    for line in text.split("\n"):
        if rng.random() < line_rate:
            line = strip_accents(line)
        if rng.random() < label_rate:
            line = _damage_label(line, rng)
        line = _SYLLABLE.sub(lambda m: _damage_syllable(m.group(0), rng) if rng.random() < rate else m.group(0), line)
        out.append(line)
    return "\n".join(out)

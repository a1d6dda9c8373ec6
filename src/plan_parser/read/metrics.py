"""Character error rate as the read benchmark and tests measure it."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Levenshtein


def normalise_for_cer(text: str) -> str:
    """NFC with every run of whitespace collapsed to one space (line breaks do not count)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Levenshtein distance over the normalised texts, divided by the reference length."""
    ref, hyp = normalise_for_cer(reference), normalise_for_cer(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return Levenshtein.distance(ref, hyp) / len(ref)

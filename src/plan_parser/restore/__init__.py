"""Restore Vietnamese text damaged by English-model OCR or stripped of its accents.

    >>> from plan_parser.restore import restore
    >>> restore("Ké hoach sé 150/KH-UBND").text
    'Kế hoạch số 150/KH-UBND'

A noisy-channel decoder: a syllable trigram LM (Kneser–Ney) times a character-level OCR channel,
searched with Viterbi over candidate syllables. The model lives in models/restorer/ and is loaded
once, on first use.
"""

from __future__ import annotations

from .._stage import make_stage_callable
from .restorer import RestoreOptions, detect_kind, restore, restore_lines

__all__ = ["RestoreOptions", "detect_kind", "restore", "restore_lines"]


make_stage_callable(__name__, restore)

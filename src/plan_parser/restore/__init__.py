"""Restore Vietnamese text damaged by English-model OCR or stripped of its accents.

    >>> from plan_parser.restore import restore
    >>> restore("Ké hoach sé 150/KH-UBND").text
    'Kế hoạch số 150/KH-UBND'

A noisy-channel decoder: a syllable trigram LM (Kneser–Ney) times a character-level OCR channel,
searched with Viterbi over candidate syllables. The model lives in models/restorer/ and is loaded
once, on first use.
"""

from __future__ import annotations

import sys
import types

from .restorer import RestoreOptions, detect_kind, restore, restore_lines

__all__ = ["RestoreOptions", "detect_kind", "restore", "restore_lines"]


class _CallableModule(types.ModuleType):
    """Once this package is imported, `plan_parser.restore` is the package itself (Python sets the
    attribute), which hides the lazy `plan_parser.restore()` function; calling the package calls it."""

    def __call__(self, text: str, *, options: RestoreOptions | None = None):
        return restore(text, options=options)


sys.modules[__name__].__class__ = _CallableModule

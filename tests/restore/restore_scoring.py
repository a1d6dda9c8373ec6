"""The dev scorer (corpus/gold/restore/score_restore.py) as functions for tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "corpus" / "gold" / "restore"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_restore", GOLD / "score_restore.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORER = _scorer()


def syllable_accuracy(gold: str, out: str) -> float:
    g, o = gold.split("\n"), out.split("\n")
    while g and not g[-1].strip():
        g.pop()
    while o and not o[-1].strip():
        o.pop()
    assert len(g) == len(o), "line count differs"
    total = exact = 0
    for gl, ol in zip(g, o):
        for a, b in SCORER.align(SCORER.toks(gl), SCORER.toks(ol)):
            if SCORER.HAS_LETTER.search(a):
                total += 1
                exact += a == b
    return exact / total

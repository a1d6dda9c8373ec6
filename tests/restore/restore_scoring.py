"""The dev scorer (corpus/gold/restore/score_restore.py) as functions for tests."""

from __future__ import annotations

from plan_parser.restore.scoring import DEV_SCORER, content_lines, load_dev_scorer, score

GOLD = DEV_SCORER.parent

SCORER = load_dev_scorer()


def syllable_accuracy(gold: str, out: str) -> float:
    assert len(content_lines(gold)) == len(content_lines(out)), "line count differs"
    return score(gold, out, SCORER).accuracy

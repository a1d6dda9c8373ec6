"""Syllable accuracy with the dev set's own scorer (corpus/gold/restore/score_restore.py).

The benchmark, the tests and the demo all score through here, so a number means the same everywhere.
The scorer ships with the corpus, not the package: this works in a checkout of the repository.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import ModuleType

DEV_SCORER = Path(__file__).resolve().parents[3] / "corpus" / "gold" / "restore" / "score_restore.py"


@lru_cache(maxsize=4)
def load_dev_scorer(path: Path = DEV_SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_restore", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Score:
    accuracy: float
    syllables: int
    errors: list[tuple[str, str | None]] = field(default_factory=list)


def content_lines(text: str) -> list[str]:
    """Lines as the scorer counts them: trailing blank lines dropped."""
    lines = text.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def score(gold: str, output: str, scorer: ModuleType | None = None) -> Score:
    """Exact (case-sensitive, tone-placement-insensitive) syllable accuracy; 0 when line counts differ."""
    scorer = scorer or load_dev_scorer()
    gold_lines, out_lines = content_lines(gold), content_lines(output)
    if len(gold_lines) != len(out_lines):
        return Score(0.0, 0)
    total = exact = 0
    errors = []
    for gold_line, out_line in zip(gold_lines, out_lines):
        for g, o in scorer.align(scorer.toks(gold_line), scorer.toks(out_line)):
            if not scorer.HAS_LETTER.search(g):
                continue
            total += 1
            if g == o:
                exact += 1
            else:
                errors.append((g, o))
    return Score(exact / max(total, 1), total, errors)


def syllable_accuracy(gold: str, output: str, scorer: ModuleType | None = None) -> float:
    return score(gold, output, scorer).accuracy

"""The training corpus (read from ../shared, never copied) and the overlap check against scored documents."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

from .text import canon, fold

REPO = Path(__file__).resolve().parents[3]


def shared_dir() -> Path:
    return Path(os.environ.get("PLAN_PARSER_SHARED") or (REPO / ".." / "shared")).resolve()


def corpus_path() -> Path:
    return shared_dir() / "corpus" / "vn_admin_docs.jsonl"


def load_corpus(path: Path | None = None) -> list[dict]:
    path = path or corpus_path()
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def syllables(text: str) -> list[str]:
    """Accent-folded syllables: overlap is judged on what survives any OCR (so OCR'd seeds compare too)."""
    return [fold(w) for w in unicodedata.normalize("NFC", text).split() if any(c.isalpha() for c in w)]


def shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    s = [w.strip(".,;:!?\"“”()") for w in syllables(text)]
    return {tuple(s[i : i + n]) for i in range(len(s) - n + 1)}


def overlapping_docs(docs: list[dict], protected: dict[str, str], threshold: float = 0.05) -> dict[str, list[str]]:
    """Corpus ids whose 8-grams share more than `threshold` of a protected document's 8-grams (or vice versa).

    Returns {corpus id: [protected names it overlaps]}.
    """
    prot = {name: shingles(text) for name, text in protected.items()}
    hits: dict[str, list[str]] = {}
    for doc in docs:
        sh = shingles(doc["text"])
        if not sh:
            continue
        for name, ps in prot.items():
            if not ps:
                continue
            shared = len(sh & ps)
            if shared / len(ps) > threshold or shared / len(sh) > threshold:
                hits.setdefault(doc["id"], []).append(name)
    return hits


def canonical_words(text: str) -> list[str]:
    return [canon(w) for w in unicodedata.normalize("NFC", text).lower().split()]

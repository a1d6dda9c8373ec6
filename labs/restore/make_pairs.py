"""Synthetic OCR pairs: render corpus text to page images, OCR them with `tesseract -l eng`, align.

    nice -n 10 .venv/bin/python labs/restore/make_pairs.py --pages 60

Writes models/restorer/synthetic_pairs.json: counts of (true word, OCR'd word) pairs (no running text).
Only corpus plans kept for training (overlap with the scored seeds excluded) are rendered.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from plan_parser.render import render_document  # noqa: E402
from plan_parser.restore.channel import token_pairs  # noqa: E402
from plan_parser.restore.corpus import load_corpus, overlapping_docs  # noqa: E402
from plan_parser.restore.text import fold  # noqa: E402
from plan_parser.restore.training import OVERLAP_THRESHOLD, SCORED, SYNTHETIC_STATS  # noqa: E402


def ocr(image) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.png"
        image.save(path)
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        out = subprocess.run(["tesseract", str(path), "-", "-l", "eng", "--psm", "6"], capture_output=True, env=env, timeout=120)
        return out.stdout.decode("utf-8", errors="replace")


def align_lines(truth: list[str], seen: list[str]) -> list[tuple[str, str]]:
    """Pair each drawn line with the OCR line that folds most alike."""
    a = [fold(x) for x in truth]
    b = [fold(x) for x in seen]
    pairs = []
    for i, line in enumerate(a):
        best = max(range(len(b)), key=lambda j: difflib.SequenceMatcher(None, line, b[j]).quick_ratio(), default=None)
        if best is not None and difflib.SequenceMatcher(None, line, b[best]).ratio() > 0.6:
            pairs.append((truth[i], seen[best]))
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=SYNTHETIC_STATS)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = load_corpus()
    protected = {k: p.read_text(encoding="utf-8") for k, p in SCORED.items()}
    overlap = overlapping_docs(docs, protected, OVERLAP_THRESHOLD)
    docs = [d for d in docs if d["id"] not in overlap and len(d["text"]) > 3000]
    rng.shuffle(docs)
    counts: Counter = Counter()
    pages = 0
    for n, doc in enumerate(docs):
        if pages >= args.pages:
            break
        text = unicodedata.normalize("NFC", doc["text"])
        start = rng.randrange(0, max(1, len(text) - 4000))
        chunk = text[start : start + 3500]
        chunk = chunk[chunk.find("\n") + 1 :] if "\n" in chunk[:500] else chunk
        rendering = render_document(chunk, size_pt=rng.choice([13, 13.5, 14]), degradation="mild", seed=n,
                                    font=rng.choice(["Liberation Serif", "Liberation Serif", "Noto Serif"]))
        for page, lines in zip(rendering.pages, rendering.lines):
            if pages >= args.pages:
                break
            seen = [x for x in ocr(page).split("\n") if x.strip()]
            truth = [line.text for line in lines if line.text.strip()]
            for t_line, s_line in align_lines(truth, seen):
                counts.update(token_pairs(t_line, s_line))
            pages += 1
            print(f"page {pages}: {sum(counts.values())} pairs", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = {"source": "corpus pages rendered with plan_parser.render (mild), OCR tesseract -l eng --psm 6",
            "pages": pages, "pairs": [[t, o, c] for (t, o), c in counts.most_common()]}
    args.out.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(counts)} distinct pairs, {sum(counts.values())} in all")


if __name__ == "__main__":
    main()

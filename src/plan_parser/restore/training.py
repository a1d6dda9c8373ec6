"""Build the restorer from the corpus: inventory, trigram LM, OCR channel (`plan-parser train restorer`)."""

from __future__ import annotations

import json
import time
import unicodedata
from collections import Counter
from pathlib import Path

from .channel import Channel, token_pairs
from .corpus import REPO, load_corpus, overlapping_docs
from .inventory import Inventory, hunspell_syllables
from .lm import build_lm
from .model_files import RestorerModel
from .text import lm_words

CORPUS_DIR = REPO / "corpus"
# Scored dev documents: corpus plans sharing passages with them are left out of training.
SCORED = {
    "000": CORPUS_DIR / "gold" / "restore" / "000_6e3a03ac5f248cfc.gold.txt",
    "002": CORPUS_DIR / "gold" / "restore" / "002_c483306c05e4cedd.gold.txt",
    "003": CORPUS_DIR / "seeds" / "003_137b158b223d4912.txt",
}
GOLD_PAIRS = {
    "000": (SCORED["000"], CORPUS_DIR / "seeds" / "000_6e3a03ac5f248cfc.txt"),
    "002": (SCORED["002"], CORPUS_DIR / "seeds" / "002_c483306c05e4cedd.txt"),
}
OVERLAP_THRESHOLD = 0.01  # stricter than the 5% asked for: the closest plan shares 1.9% of 003's 8-grams
MIN_CORPUS_SYLLABLE_COUNT = 5
# Pair statistics from rendered-and-OCR'd corpus pages (labs/restore/make_pairs.py); no corpus text.
SYNTHETIC_STATS = REPO / "models" / "restorer" / "synthetic_pairs.json"  # corpus words join the inventory only when seen this often


def real_pairs(doc_ids: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for d in doc_ids:
        gold, seen = GOLD_PAIRS[d]
        pairs += token_pairs(gold.read_text(encoding="utf-8"), seen.read_text(encoding="utf-8"))
    return pairs


def load_synthetic_pairs(path: Path | None) -> list[tuple[str, str]]:
    if not path or not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(t, o) for t, o, c in data["pairs"] for _ in range(int(c))]


def train_restorer(
    out_dir: Path | None,
    *,
    channel_docs: list[str] = ("000", "002"),
    synthetic: Path | None = SYNTHETIC_STATS,
    real_weight: float = 10.0,
    log=print,
) -> RestorerModel:
    """Train on the corpus minus overlapping plans; the channel uses real pairs of `channel_docs` only."""
    t0 = time.time()
    docs = load_corpus()
    protected = {k: p.read_text(encoding="utf-8") for k, p in SCORED.items()}
    overlap = overlapping_docs(docs, protected, OVERLAP_THRESHOLD)
    kept = [d for d in docs if d["id"] not in overlap]
    log(f"corpus: {len(docs)} documents, excluded {len(overlap)} overlapping scored seeds: {sorted(overlap)}")
    segments = [seg for d in kept for seg in lm_words(unicodedata.normalize("NFC", d["text"]))]
    lm = build_lm(segments)
    log(f"LM: vocab {lm.size}, bigrams {len(lm.bi_k)}, trigrams {len(lm.tri_k)} ({time.time() - t0:.1f}s)")
    freq = Counter(w for seg in segments for w in seg)
    syllables = hunspell_syllables() | {w for w, c in freq.items() if c >= MIN_CORPUS_SYLLABLE_COUNT and w != "<num>"}
    inventory = Inventory(sorted(syllables))
    syn = load_synthetic_pairs(synthetic)
    channel = Channel.from_pairs(syn, weight=1.0) if syn else Channel()
    pairs = real_pairs(list(channel_docs))
    channel = Channel.from_pairs(pairs, weight=real_weight, base=channel)
    log(f"channel: {len(syn)} synthetic pairs, {len(pairs)} real pairs from {list(channel_docs)}")
    meta = {
        "version": time.strftime("%Y-%m-%d"),
        "corpus_documents": len(docs),
        "excluded_overlapping": sorted(overlap),
        "overlap_threshold": OVERLAP_THRESHOLD,
        "channel_real_docs": list(channel_docs),
        "synthetic_pairs": len(syn),
        "real_weight": real_weight,
        "inventory": len(inventory.syllables),
    }
    model = RestorerModel(lm, channel, inventory, meta)
    if out_dir:
        model.save(out_dir)
        log(f"saved to {out_dir} ({time.time() - t0:.1f}s)")
    return model


def held_out_model(base: RestorerModel, channel_docs: list[str], real_weight: float = 10.0) -> RestorerModel:
    """The shipped LM and inventory with a channel that saw only `channel_docs`' real pairs (leave one out)."""
    syn = load_synthetic_pairs(SYNTHETIC_STATS)
    channel = Channel.from_pairs(syn) if syn else Channel()
    channel = Channel.from_pairs(real_pairs(channel_docs), weight=real_weight, base=channel)
    meta = {**base.meta, "channel_real_docs": list(channel_docs), "version": f"held-out-{'-'.join(channel_docs)}"}
    return RestorerModel(base.lm, channel, base.inventory, meta)


def install_model(model: RestorerModel, name: str) -> str:
    """Make `model` loadable as RestoreOptions(model_dir=name) in this process (for evaluation)."""
    from . import model_files

    key = Path(f"/in-memory/{name}").resolve()
    model_files._LOADED[key] = model
    return str(key)

"""Document cache: words decoded with confidence elsewhere in the same document favour their later readings.

Plans repeat their key words ("phường Tân Lập", "chuyển đổi số") far more often than the corpus-wide
language model expects. After a first pass, words read with a high posterior are counted; a second
pass rescales each reading by how much more frequent the word is in this document than in the corpus
(unigram rescaling, as in minimum-discrimination-information LM adaptation). A position's own first-pass
reading is left out of the counts it is rescored with, so a word cannot vouch for itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class CacheOptions:
    weight: float = 0.3  # exponent of the rescaling (0.3 and 0.5 measured alike; 1.0 hurts)
    confident: float = 0.9  # first-pass posterior from which a word counts
    prior: float = 50.0  # pseudo-count of the corpus distribution behind the document counts
    min_count: int = 1  # confident readings elsewhere (its own left out) for a word to count
    max_boost: float = 3.0  # nats, either way


SLACK = 0.0  # nats of extra gain demanded (local posteriors ignore the neighbours shifting too)


def redecode_with_cache(lattices, todo, kept, paths, posteriors, opts: CacheOptions, lm, ids: np.ndarray) -> None:
    """Second Viterbi pass over the ambiguous segments with document-rescaled readings (in place).

    `kept` holds (trans, end, emits, offsets into `ids`) per decoded segment. Segments where no
    reading gains nearly as much as its local log-odds gap to the chosen one keep their first-pass result.
    """
    from .decoder import _local_posteriors, _viterbi

    counts = np.zeros(lm.size)
    for lattice, path, post in zip(lattices, paths, posteriors):
        for cands, k, p in zip(lattice, path, post):
            if p[k] >= opts.confident:
                counts[cands[k].lm_id] += 1
    uni = lm.uni_array
    plain = np.ones(len(uni), dtype=bool)
    plain[[0, 1, 2, lm.id("<num>")]] = False  # <unk>, <s>, </s>, <num>: no words of their own
    counts[~plain] = 0
    total = counts.sum()
    if not total:
        return

    def boost(c: np.ndarray, lm_ids: np.ndarray) -> np.ndarray:
        c = np.where(c < opts.min_count, 0.0, c)
        b = np.log(c + opts.prior * np.exp(uni[lm_ids])) - np.log(total + opts.prior) - uni[lm_ids]
        out = opts.weight * np.clip(b, -opts.max_boost, opts.max_boost)
        return np.where(plain[lm_ids], out, 0.0)

    every = np.arange(len(uni))
    by_word = boost(counts, every)
    one_less = boost(np.maximum(counts - 1, 0), every)  # a position's own confident reading left out
    for s, (needed, state) in enumerate(zip(todo, kept)):
        if not needed or state is None:
            continue
        trans, end, emits, offsets = state
        path, post = paths[s], posteriors[s]
        # The segment's readings lie together in `ids`: rescale them all at once.
        sizes = np.fromiter((len(e) for e in emits), dtype=np.int64, count=len(emits))
        lo = offsets[0]
        seg_ids = ids[lo : lo + int(sizes.sum())]
        b = by_word[seg_ids]
        chosen = np.asarray(offsets, dtype=np.int64) - lo + np.asarray(path, dtype=np.int64)
        p_chosen = np.fromiter((p[k] for p, k in zip(post, path)), dtype=np.float64, count=len(path))
        own = chosen[p_chosen >= opts.confident]
        b[own] = one_less[seg_ids[own]]
        # Worth a second Viterbi only if some reading gains nearly its first-pass log-odds gap.
        p_all = np.fromiter((x for p in post for x in p), dtype=np.float64, count=len(b))
        rep = np.repeat(chosen, sizes)
        gap = np.log(np.maximum(p_all[rep], 1e-12)) - np.log(np.maximum(p_all, 1e-12))
        if not np.any(b - b[rep] > gap - SLACK):
            continue
        cut = np.cumsum(sizes)[:-1]
        new_emits = [e + x for e, x in zip(emits, np.split(b, cut))]
        new_path = _viterbi(trans, end, new_emits)
        if new_path != path:
            paths[s] = new_path
            posteriors[s] = _local_posteriors(new_path, trans, end, new_emits)

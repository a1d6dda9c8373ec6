"""A syllable trigram language model with interpolated Kneser–Ney smoothing, stored in backoff form.

Every seen n-gram holds its full interpolated log-probability and every context its backoff weight,
as in an ARPA file, so a query is at most three dictionary look-ups.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

BOS, EOS, UNK = "<s>", "</s>", "<unk>"


class NgramLM:
    """Natural-log probabilities over word ids; ids come from `vocab` (index 0 is <unk>).

    N-grams are kept as sorted int64 keys with float32 values, so a whole lattice is scored
    with a few `np.searchsorted` calls (`batch`).
    """

    def __init__(self, vocab: list[str], uni: np.ndarray, bi: dict[int, float] | tuple, bi_bow: dict[int, float] | np.ndarray,
                 tri: dict[int, float] | tuple, tri_bow: dict[int, float] | tuple):
        self.vocab = vocab
        self.ids = {w: i for i, w in enumerate(vocab)}
        self.size = n = len(vocab)
        self.uni_array = np.asarray(uni, dtype=np.float64)
        self.uni = self.uni_array.tolist()
        self.bi_k, self.bi_v = _sorted(bi)
        self.tri_k, self.tri_v = _sorted(tri)
        self.tri_bow_k, self.tri_bow_v = _sorted(tri_bow)
        if isinstance(bi_bow, dict):
            dense = np.zeros(n, dtype=np.float64)
            for k, v in bi_bow.items():
                dense[k] = v
            bi_bow = dense
        self.bi_bow = np.asarray(bi_bow, dtype=np.float64)

    def id(self, word: str) -> int:
        return self.ids.get(word, 0)

    @staticmethod
    def _find(keys: np.ndarray, vals: np.ndarray, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        idx = np.searchsorted(keys, query)
        idx[idx >= len(keys)] = 0
        hit = keys[idx] == query
        return hit, vals[idx]

    def batch(self, u: np.ndarray, v: np.ndarray, w: np.ndarray) -> np.ndarray:
        """log P(w | u v) for arrays of ids (broadcast together)."""
        n = self.size
        u, v, w = np.broadcast_arrays(np.asarray(u, np.int64), np.asarray(v, np.int64), np.asarray(w, np.int64))
        hit2, val2 = self._find(self.bi_k, self.bi_v, v * n + w)
        p2 = np.where(hit2, val2, self.bi_bow[v] + self.uni_array[w])
        hit3, val3 = self._find(self.tri_k, self.tri_v, (u * n + v) * n + w)
        hitb, bow3 = self._find(self.tri_bow_k, self.tri_bow_v, u * n + v)
        return np.where(hit3, val3, np.where(hitb, bow3, 0.0) + p2)

    def trigram(self, u: int, v: int, w: int) -> float:
        return float(self.batch(np.array([u]), np.array([v]), np.array([w]))[0])

    def bigram(self, v: int, w: int) -> float:
        hit, val = self._find(self.bi_k, self.bi_v, np.array([v * self.size + w], np.int64))
        return float(val[0]) if hit[0] else float(self.bi_bow[v] + self.uni_array[w])

    # ------------------------------------------------------------------ persistence

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path, vocab=np.array("\n".join(self.vocab)), uni=self.uni_array.astype(np.float32),
            bi_k=self.bi_k, bi_v=self.bi_v, bi_bow=self.bi_bow.astype(np.float32),
            tri_k=self.tri_k, tri_v=self.tri_v, tri_bow_k=self.tri_bow_k, tri_bow_v=self.tri_bow_v,
        )  # fmt: skip

    @classmethod
    def load(cls, path: Path) -> "NgramLM":
        z = np.load(path)
        vocab = str(z["vocab"]).split("\n")
        return cls(vocab, z["uni"], (z["bi_k"], z["bi_v"]), z["bi_bow"], (z["tri_k"], z["tri_v"]),
                   (z["tri_bow_k"], z["tri_bow_v"]))


def _sorted(table) -> tuple[np.ndarray, np.ndarray]:
    if isinstance(table, dict):
        keys = np.fromiter(table.keys(), dtype=np.int64, count=len(table))
        vals = np.fromiter(table.values(), dtype=np.float64, count=len(table))
    else:
        keys, vals = np.asarray(table[0], np.int64), np.asarray(table[1])
    order = np.argsort(keys, kind="stable")
    return keys[order], vals[order].astype(np.float32)


def _discounts(counts: Counter) -> tuple[float, float, float]:
    """Modified Kneser–Ney discounts D1, D2, D3+ (Chen & Goodman) from counts-of-counts."""
    n = [sum(1 for c in counts.values() if c == k) for k in (1, 2, 3, 4)]
    if not all(n):
        return 0.5, 0.75, 0.9
    y = n[0] / (n[0] + 2 * n[1])
    return 1 - 2 * y * n[1] / n[0], 2 - 3 * y * n[2] / n[1], 3 - 4 * y * n[3] / n[2]


def _interpolate(counts: dict, lower, order_ctx) -> tuple[dict, dict]:
    """Probabilities and backoff weights of one order: discounted counts plus lambda(ctx) * lower order."""
    d = _discounts(counts)
    total: dict = defaultdict(int)
    mass: dict = defaultdict(float)  # discount mass freed in each context = lambda * total
    for key, c in counts.items():
        ctx = order_ctx(key)
        total[ctx] += c
        mass[ctx] += d[min(c, 3) - 1]
    probs = {}
    for key, c in counts.items():
        ctx = order_ctx(key)
        probs[key] = (c - d[min(c, 3) - 1]) / total[ctx] + mass[ctx] / total[ctx] * lower(key)
    backoff = {ctx: mass[ctx] / total[ctx] for ctx in total}
    return probs, backoff


def build_lm(segments: Iterable[list[str]], min_count: int = 1) -> NgramLM:
    """Modified Kneser–Ney trigram over `segments` (lists of words); rarer words become <unk>."""
    segments = [s for s in segments if s]
    freq = Counter(w for s in segments for w in s)
    vocab = [UNK, BOS, EOS] + sorted(w for w, c in freq.items() if c >= min_count and w not in (UNK, BOS, EOS))
    ids = {w: i for i, w in enumerate(vocab)}
    n = len(vocab)
    tri_c: Counter = Counter()
    for s in segments:
        seq = [1, 1] + [ids.get(w, 0) for w in s] + [2]
        for i in range(2, len(seq)):
            tri_c[(seq[i - 2], seq[i - 1], seq[i])] += 1
    # Lower orders use continuation counts (how many distinct left neighbours), the core of Kneser–Ney.
    bi_cont: Counter = Counter((v, w) for (_, v, w) in tri_c)
    uni_cont: Counter = Counter(w for (_, w) in bi_cont)
    total_uni = sum(uni_cont.values())
    # Unigram: continuation probability, interpolated with a uniform floor for unseen ids.
    uni = np.full(n, 0.0)
    for w, c in uni_cont.items():
        uni[w] = c / total_uni
    uni = 0.999 * uni + 0.001 / n
    p2, bow2 = _interpolate(bi_cont, lambda key: uni[key[1]], lambda key: key[0])

    def lower2(key):
        _, v, w = key
        p = p2.get((v, w))
        return p if p is not None else bow2.get(v, 1.0) * uni[w]

    p3, bow3 = _interpolate(tri_c, lower2, lambda key: (key[0], key[1]))
    bi = {v * n + w: math.log(p) for (v, w), p in p2.items()}
    bi_bow = {v: math.log(b) for v, b in bow2.items()}
    tri = {(u * n + v) * n + w: math.log(p) for (u, v, w), p in p3.items()}
    tri_bow = {u * n + v: math.log(b) for (u, v), b in bow3.items()}
    return NgramLM(vocab, np.log(uni), bi, bi_bow, tri, tri_bow)

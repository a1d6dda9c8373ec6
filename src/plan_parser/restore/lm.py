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


def _discount(counts: Counter) -> float:
    n1 = sum(1 for c in counts.values() if c == 1)
    n2 = sum(1 for c in counts.values() if c == 2)
    return n1 / (n1 + 2 * n2) if n1 and n2 else 0.75


def build_lm(segments: Iterable[list[str]], min_count: int = 1) -> NgramLM:
    """Interpolated Kneser–Ney trigram over `segments` (lists of words); rarer words become <unk>."""
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
    d3, d2 = _discount(tri_c), _discount(bi_cont)
    total_uni = sum(uni_cont.values())
    # Unigram: continuation probability, interpolated with a uniform floor for unseen ids.
    uni = np.full(n, 0.0)
    for w, c in uni_cont.items():
        uni[w] = c / total_uni
    uni = 0.999 * uni + 0.001 / n
    log_uni = np.log(uni)

    ctx2_total: dict[int, int] = defaultdict(int)
    ctx2_types: dict[int, int] = defaultdict(int)
    for (v, w), c in bi_cont.items():
        ctx2_total[v] += c
        ctx2_types[v] += 1
    bi: dict[int, float] = {}
    p2: dict[tuple[int, int], float] = {}
    for (v, w), c in bi_cont.items():
        lam = d2 * ctx2_types[v] / ctx2_total[v]
        p = max(c - d2, 0) / ctx2_total[v] + lam * uni[w]
        p2[(v, w)] = p
        bi[v * n + w] = math.log(p)
    bi_bow = {v: math.log(d2 * ctx2_types[v] / ctx2_total[v]) for v in ctx2_total}

    ctx3_total: dict[tuple[int, int], int] = defaultdict(int)
    ctx3_types: dict[tuple[int, int], int] = defaultdict(int)
    for (u, v, w), c in tri_c.items():
        ctx3_total[(u, v)] += c
        ctx3_types[(u, v)] += 1
    tri: dict[int, float] = {}
    for (u, v, w), c in tri_c.items():
        lam = d3 * ctx3_types[(u, v)] / ctx3_total[(u, v)]
        lower = p2.get((v, w))
        if lower is None:
            lower = math.exp(bi_bow.get(v, 0.0)) * uni[w]
        tri[(u * n + v) * n + w] = math.log(max(c - d3, 0) / ctx3_total[(u, v)] + lam * lower)
    tri_bow = {u * n + v: math.log(d3 * ctx3_types[(u, v)] / t) for (u, v), t in ctx3_total.items()}
    return NgramLM(vocab, log_uni, bi, bi_bow, tri, tri_bow)

"""The weighted edit distance of many (true, seen) pairs in one numpy pass, and the slow readings of a
document's tokens built from it.

The tokens two letters off or badly damaged used to run `Channel._dp` in Python, pair by pair, with a
limit that stops a hopeless alignment early. Here every pair of the document is aligned in full at once,
with the same additions in the same order (so every cost is bit-identical), and the limits are replayed
afterwards: a pair the limit would have cut is exactly one whose full cost exceeds that limit (costs are
non-negative, so the best cell of a row never falls), so the same readings survive.
"""

from __future__ import annotations

import numpy as np

from .channel import EPS, Channel

_INF = float("inf")


def edit_costs(ch: Channel, pairs: list[tuple[str, str]], folded: bool) -> list[float]:
    """`ch.fold_cost(true, seen)` (folded=True) or `ch.token_cost(true, seen)` of every pair, no limit."""
    if not pairs:
        return []
    if folded:
        cost, multi_of = ch._base_cost, ch._base_multi
    else:
        cost, multi_of = ch.cost, ch._multi_of
    trues = sorted({c for t, _ in pairs for c in t})
    seens = sorted({c for _, s in pairs for c in s})
    t_at = {c: i for i, c in enumerate(trues)}
    s_at = {c: i for i, c in enumerate(seens)}
    # Row len(trues) / column len(seens): padding past the end of a shorter pair (never read back).
    sub = np.zeros((len(trues) + 1, len(seens) + 1))
    for t, i in t_at.items():
        sub[i, :-1] = [cost(t, o) for o in seens]
    drop = np.array([cost(t, EPS) for t in trues] + [0.0])
    ins_of = np.array([cost(EPS, o) for o in seens] + [0.0])
    # Multi-character readings ("ir" = ư): column 0 reads no letter (inf).
    pieces: dict[str, int] = {}
    multis = [multi_of(t) or () for t in trues]
    for m in multis:
        for s in m:
            pieces.setdefault(s, len(pieces) + 1)
    multi = np.full((len(trues) + 1, len(pieces) + 1), _INF)
    for i, (t, m) in enumerate(zip(trues, multis)):
        for s in m:
            multi[i, pieces[s]] = cost(t, s)
    n_max = max(len(t) for t, _ in pairs)
    m_max = max(len(s) for _, s in pairs)
    P = len(pairs)
    pad_t, pad_s = len(trues), len(seens)
    tidx = np.array([[t_at[c] for c in t] + [pad_t] * (n_max - len(t)) for t, _ in pairs], dtype=np.int64)
    tidx = tidx.reshape(P, n_max)
    # The seen side repeats: index each distinct token once.
    seen_rows: dict[str, int] = {}
    row_of = np.array([seen_rows.setdefault(s, len(seen_rows)) for _, s in pairs], dtype=np.int64)
    distinct = list(seen_rows)
    sidx = np.array([[s_at[c] for c in s] + [pad_s] * (m_max - len(s)) for s in distinct], dtype=np.int64)
    sidx = sidx.reshape(len(distinct), m_max)[row_of]
    piece = {k: np.array([[pieces.get(s[j - k : j], 0) if k <= j <= len(s) else 0 for j in range(1, m_max + 1)]
                          for s in distinct], dtype=np.int64).reshape(len(distinct), m_max)[row_of] for k in (2, 3)}
    n_of = np.array([len(t) for t, _ in pairs], dtype=np.int64)
    m_of = np.array([len(s) for _, s in pairs], dtype=np.int64)
    rows = np.arange(P)
    ins = ins_of[sidx]  # (P, m_max)
    out = np.empty(P)
    prev = np.zeros((P, m_max + 1))
    for j in range(1, m_max + 1):
        prev[:, j] = prev[:, j - 1] + ins[:, j - 1]
    done = n_of == 0
    out[done] = prev[rows[done], m_of[done]]
    cur = np.empty_like(prev)
    for i in range(1, n_max + 1):
        t = tidx[:, i - 1]
        drop_i = drop[t]
        cur[:, 0] = prev[:, 0] + drop_i
        best = np.minimum(prev[:, :-1] + sub[t[:, None], sidx], prev[:, 1:] + drop_i[:, None])
        for k in (2, 3):
            if m_max >= k:
                np.minimum(best[:, k - 1 :], prev[:, : m_max - k + 1] + multi[t[:, None], piece[k][:, k - 1 :]],
                           out=best[:, k - 1 :])
        for j in range(1, m_max + 1):
            np.minimum(best[:, j - 1], cur[:, j - 1] + ins[:, j - 1], out=cur[:, j])
        here = n_of == i
        out[here] = cur[rows[here], m_of[here]]
        prev, cur = cur, prev
    # Same length: the diagonal alone when it is cheap enough (as `Channel._dp` does, summed the same way).
    same = np.flatnonzero(n_of == m_of)
    if len(same):
        diag = np.zeros(len(same))
        n_same = n_of[same]
        for i in range(int(n_same.max(initial=0))):
            live = n_same > i
            diag[live] = diag[live] + sub[tidx[same[live], i], sidx[same[live], i]]
        cheap = diag < ch.DIAGONAL_ENOUGH
        out[same[cheap]] = diag[cheap]
    return out.tolist()


def _replay_bounds(folds, low: str, sk: str, beam: float, limit: float, exact: dict) -> list[tuple[float, str]]:
    """`decoder._bounds` from exact fold costs: the same order, the same limits, the same survivors."""
    out = []
    for f in sorted(folds, key=lambda f: (f != sk, abs(len(f) - len(sk)))):
        b = exact[f, low]
        if b <= limit:
            out.append((b, f))
            limit = min(limit, b + beam)
    return sorted(out)


def slow_readings(inv, ch: Channel, jobs, fast, beam: float, far_above: float) -> None:
    """Extend each job's fast-path (costs, words) in place with the edit-distance readings of the folded
    forms the fast path left out (`slow`), looking two edits away for badly damaged tokens.

    jobs: (lower-case token, skeleton, folded forms) per token; fast: (costs, words, slow) per token.
    """
    best = [min(costs, default=_INF) for costs, _, _ in fast]
    # 1. Lower bounds of the folded forms left out.
    pairs = list({(f, job[0]) for job, (_, _, slow) in zip(jobs, fast) for f in slow})
    exact = dict(zip(pairs, edit_costs(ch, pairs, folded=True)))
    bounds = [
        _replay_bounds(slow, low, sk, beam, b + beam, exact) if slow else []
        for (low, sk, _), (_, _, slow), b in zip(jobs, fast, best)
    ]
    # 2. Badly damaged ("gilr", "nuée"): two edits away; rare enough to afford.
    far_of: dict[int, set[str]] = {}
    for k, ((low, sk, folds), b) in enumerate(zip(jobs, best)):
        if len(sk) >= 3 and min(b, bounds[k][0][0] if bounds[k] else b) > far_above:
            far = set()
            for i in range(len(sk)):
                far |= inv.near_folds(sk[:i] + sk[i + 1 :])
            far_of[k] = far - folds
    pairs = list({(f, jobs[k][0]) for k, far in far_of.items() for f in far} - exact.keys())
    exact.update(zip(pairs, edit_costs(ch, pairs, folded=True)))
    for k, far in far_of.items():
        low, sk, _ = jobs[k]
        bounds[k] = sorted(set(bounds[k]) | set(_replay_bounds(far, low, sk, beam, best[k] + beam, exact)))
    # 3. The syllables of every folded form within the first limit, then the limits replayed.
    pairs = set()
    for k, found in enumerate(bounds):
        if not found:
            continue
        limit = min(best[k], found[0][0]) + beam
        low = jobs[k][0]
        done = set(fast[k][1])
        for bound, f in found:
            if bound > limit:
                break
            pairs.update((w, low) for w in inv.by_fold[f] if w not in done)
    pairs = list(pairs)
    token = dict(zip(pairs, edit_costs(ch, pairs, folded=False)))
    for k, found in enumerate(bounds):
        if not found:
            continue
        costs, words, _ = fast[k]
        low = jobs[k][0]
        done = set(words)
        limit = min(best[k], found[0][0]) + beam
        for bound, f in found:
            if bound > limit:
                break
            for w in inv.by_fold[f]:
                if w in done:
                    continue
                c = token[w, low]
                if c <= limit:
                    costs.append(c)
                    words.append(w)
                    limit = min(limit, c + beam)

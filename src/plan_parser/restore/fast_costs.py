"""Channel costs of many new tokens against their candidate syllables in one numpy pass.

A new document brings ~700 distinct tokens; scoring each in its own handful of numpy calls cost more in
call overhead than in arithmetic. Here the (token, syllable) rows of all tokens are gathered per
(token length, syllable length) and scored together, with the same additions in the same order as the
one-token version, so every cost is bit-for-bit what it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

import numpy as np

_INF = float("inf")


def fast_costs_batch(
    inv, ch, jobs: list[tuple[Iterable[str], str]], careful_above: float, beam: float
) -> list[tuple[list[float], list[str], set[str]]]:
    """For each (folded forms, lower-case token) job: the costs and the syllables (two parallel lists) of
    every folded form within one letter of the token's length, and the folded forms left for the full
    weighted edit distance.

    Same length: the diagonal alignment. One letter shorter: one stray character, or a letter read as
    two ("ir" = ư). One letter longer: one letter lost. An alignment with both an insertion and a
    deletion beats these in ~3 % of pairs, nearly all readings far behind the best (measured on seeds
    000/002), so they are left out. All folded forms go to the edit distance when even the best reading
    costs more than `careful_above` (a badly damaged token); readings more than `beam` behind the best
    are dropped (they can never come within the beam of it).
    """
    n_jobs = len(jobs)
    lows = [low for _, low in jobs]
    # Every (job, folded form) entry, in job order and each job's own iteration order of its forms.
    fold_id = inv.fold_id
    per_job = [[fold_id[f] for f in folds] for folds, _ in jobs]
    sizes = [len(x) for x in per_job]
    entry_fold = np.fromiter(chain.from_iterable(per_job), dtype=np.int64, count=sum(sizes))
    entry_job = np.repeat(np.arange(n_jobs), sizes)
    n_of, first_of, count_of = inv.fold_spans[entry_fold].T
    m_of = np.array([len(low) for low in lows], dtype=np.int64)[entry_job]
    diff = n_of - m_of
    near = (np.abs(diff) <= 1) & (n_of >= 1)
    doubtful_of: list[set[str]] = [set() for _ in range(n_jobs)]
    if not near.all():
        folds_of = [list(folds) for folds, _ in jobs]
        starts = np.cumsum(sizes) - sizes
        for e in np.flatnonzero(~near).tolist():
            j = int(entry_job[e])
            doubtful_of[j].add(folds_of[j][e - starts[j]])
    near_idx = np.flatnonzero(near)
    # Groups by (m, n), each holding its jobs' entries in job order (a stable sort keeps that order).
    code = m_of[near_idx] * 3 + diff[near_idx] + 1
    order = near_idx[np.argsort(code, kind="stable")]
    codes, group_start = np.unique(code[np.argsort(code, kind="stable")], return_index=True)
    group_end = np.append(group_start[1:], len(order))
    # Each job's groups in the order its folded forms first reach them (as the one-token version did).
    job_code = entry_job[near_idx] * 3 + diff[near_idx] + 1
    first_codes, first_at = np.unique(job_code, return_index=True)
    ranked = first_codes[np.lexsort((first_at, first_codes // 3))]
    job_keys: list[list[tuple[int, int]]] = [[] for _ in range(n_jobs)]
    for jc in ranked.tolist():
        j, d = divmod(jc, 3)
        m = len(lows[j])
        job_keys[j].append((m, m + d - 1))
    batches = {}
    for c, a, b in zip(codes.tolist(), group_start.tolist(), group_end.tolist()):
        sel = order[a:b]
        m, d = divmod(c, 3)
        batches[(m, m + d - 1)] = (entry_job[sel], first_of[sel], count_of[sel])
    col_index, col_matrix = ch.column_table({c for low in lows for c in low})
    lost = ch.column("")
    best = np.full(n_jobs, _INF)
    done = []
    for (m, n), (job_list, firsts, count) in batches.items():
        total = int(count.sum())
        offsets = np.cumsum(count) - count
        rows = np.repeat(firsts - offsets, count) + np.arange(total)
        job_of_row = np.repeat(job_list, count)
        # Local numbering of the jobs in this batch (they come in runs, in job order).
        uniq, first_of_run = np.unique(job_of_row, return_index=True)
        local = np.searchsorted(uniq, job_of_row)
        letters = inv.letters_by_length[n][rows]
        cidx = np.array([[col_index[c] for c in lows[j]] for j in uniq.tolist()], dtype=np.int64).reshape(len(uniq), m)
        tok_cols = cidx[local]  # (rows, m): the column of each seen character of the row's token

        def seen_cost(i: int, k: int) -> np.ndarray:
            """cost(true letter k of each row, seen character i of its token)."""
            return col_matrix[tok_cols[:, i], letters[:, k]]

        if n == m:
            costs = seen_cost(0, 0)
            for i in range(1, m):
                costs = costs + seen_cost(i, i)
        elif n == m - 1:
            # seen[k] is extra: true i < k faces seen i, true i >= k faces seen i + 1.
            here = [seen_cost(i, i) for i in range(n)]
            shifted = [seen_cost(i + 1, i) for i in range(n)]
            zero = np.zeros(total)
            prefix = np.cumsum([zero] + here, axis=0)  # prefix[k] = sum of here[:k]
            suffix = np.cumsum([zero] + shifted[::-1], axis=0)[::-1]  # suffix[k] = sum of shifted[k:]
            ins = np.array([[ch.cost("", c) for c in lows[j]] for j in uniq.tolist()]).reshape(len(uniq), m)[local]
            options = [prefix[k] + suffix[k] + ins[:, k] for k in range(m)]
            pair_index, pair_matrix = ch.multi_table()  # row 0: the pair reads no letter (cost inf)
            pidx = np.array(
                [[pair_index.get(lows[j][k - 1 : k + 1], 0) for k in range(1, m)] for j in uniq.tolist()],
                dtype=np.int64,
            ).reshape(len(uniq), m - 1)[local]
            for k in range(1, m):  # true k-1 read as the two characters seen[k-1:k+1]
                options.append(prefix[k - 1] + pair_matrix[pidx[:, k - 1], letters[:, k - 1]] + suffix[k])
            costs = np.min(options, axis=0)
        else:
            # true[k] was lost: true i < k faces seen i, true i > k faces seen i - 1.
            here = [seen_cost(i, i) for i in range(m)]
            shifted = [seen_cost(i - 1, i) for i in range(1, n)]
            zero = np.zeros(total)
            prefix = np.cumsum([zero] + here, axis=0)
            suffix = np.cumsum([zero] + shifted[::-1], axis=0)[::-1]  # suffix[k] = sum over true k+1..n-1
            costs = np.min([prefix[k] + lost[letters[:, k]] + suffix[k] for k in range(n)], axis=0)
        run_best = np.minimum.reduceat(costs, first_of_run)
        np.minimum.at(best, uniq, run_best)
        done.append(((m, n), rows, job_of_row, uniq, costs))
    careful = best > careful_above
    kept: dict[tuple[int, int], tuple[list[float], list[str], np.ndarray]] = {}
    for key, rows, job_of_row, uniq, costs in done:
        keep = (costs <= best[job_of_row] + beam) & ~careful[job_of_row]
        idx = np.flatnonzero(keep)
        words = inv.word_arrays[key[1]][rows[idx]].tolist()
        # Kept rows of job j: [ends[j] - per_job[j], ends[j]) of the kept lists (rows come in job order).
        per_job = np.bincount(job_of_row[idx], minlength=n_jobs)
        kept[key] = (costs[idx].tolist(), words, np.cumsum(per_job).tolist(), per_job.tolist())
    out = []
    careful_list = careful.tolist()
    for j, (folds, _) in enumerate(jobs):
        if careful_list[j]:
            out.append(([], [], set(folds)))
            continue
        costs_j: list[float] = []
        words_j: list[str] = []
        for key in job_keys[j]:
            costs_k, words_k, ends, per_job = kept[key]
            hi = ends[j]
            lo = hi - per_job[j]
            costs_j += costs_k[lo:hi]
            words_j += words_k[lo:hi]
        out.append((costs_j, words_j, doubtful_of[j]))
    return out

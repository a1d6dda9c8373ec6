"""Noisy-channel decoding: candidates per token, trigram Viterbi, local posteriors for confidence."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

import numpy as np

from .edit_batch import slow_readings
from .fast_costs import fast_costs_batch
from .model_files import RestorerModel
from .text import BREAK_PUNCT, canon, fold, has_marks, is_vietnamese_word, skeleton

# Upper-case letter groups an English OCR reads without their Đ; fixed inside codes and as whole tokens.
ABBREVIATIONS = {
    "HDND": "HĐND", "TTDT": "TTĐT", "DU": "ĐU", "QD": "QĐ", "ND": "NĐ", "DCS": "ĐCS", "DBQH": "ĐBQH",
    "BCD": "BCĐ", "DTN": "ĐTN", "HDTD": "HĐTĐ", "HDTDKT": "HĐTĐKT", "VPDU": "VPĐU", "BTGDU": "BTGĐU",
}  # fmt: skip
# Only these are fixed when they stand alone (elsewhere "DU" may be the heading word "DỰ").
STANDALONE_ABBREVIATIONS = {"HDND", "TTDT", "DBQH", "HDTD", "HDTDKT", "VPDU", "BTGDU"}


@dataclass(slots=True)
class Candidate:
    word: str  # lowercase output form
    lm_id: int
    cost: float  # channel cost, -log P(seen | word)


@dataclass
class DecodeOptions:
    mode: str = "english-ocr"
    channel_weight: float = 1.0
    max_candidates: int = 8
    beam: float = 9.0  # drop candidates whose channel cost is this much worse than the best
    keep_cost_known: float = 4.0  # keeping a non-syllable the LM knows (an abbreviation, a foreign word)
    keep_cost_unknown: float = 9.0  # keeping a token neither the inventory nor the LM knows
    # <unk> pools every rare word; one of them gets only a share of its probability (~1/e^9 of it).
    unk_penalty: float = 9.0
    far_search_above: float = 6.0  # look two edits away when the best folded form costs more than this
    prune: float = 5.0  # drop readings this far (channel + unigram, nats) behind the best one


def candidates(model: RestorerModel, seen: str, opts: DecodeOptions) -> list[Candidate]:
    """Readings of one word-like core (any case), best channel cost first. Cached per model."""
    return candidates_many(model, [seen], opts)[0]


def candidates_many(model: RestorerModel, cores: list[str], opts: DecodeOptions) -> list[list[Candidate]]:
    """`candidates` of every core; the new ones of a whole document are scored together in one numpy pass."""
    cache = model.candidate_cache
    mode, cap = opts.mode, opts.max_candidates
    found: dict[str, list[Candidate]] = {}
    pending: dict[str, tuple[str, str, set[str]]] = {}
    for seen in cores:
        if seen in found or seen in pending:
            continue
        hit = cache.get((mode, cap, seen))
        if hit is None:
            hit = _prepare(model, seen, opts)
            if not isinstance(hit, list):
                pending[seen] = hit
                continue
            if len(cache) < 500_000:
                cache[(mode, cap, seen)] = hit
        found[seen] = hit
    if pending:
        jobs = [(folds, low) for low, _, folds in pending.values()]
        fast = fast_costs_batch(model.inventory, model.channel, jobs, opts.far_search_above, opts.beam)
        slow_readings(model.inventory, model.channel, list(pending.values()), fast, opts.beam, opts.far_search_above)
        for (seen, job), (costs, words, _) in zip(pending.items(), fast):
            hit = found[seen] = _finish(model, job, costs, words, opts)
            if len(cache) < 500_000:
                cache[(mode, cap, seen)] = hit
    return [found[seen] for seen in cores]


def _token_key(seen: str) -> str:
    """The lower-case, canonical form of an observed token that its readings are scored (and cached) under."""
    return canon(unicodedata.normalize("NFC", seen.lower()))


def _prepare(model: RestorerModel, seen: str, opts: DecodeOptions) -> list[Candidate] | tuple[str, str, set[str]]:
    """The readings of `seen` when they need no scoring, else (lower-case token, skeleton, folded forms to score)."""
    lm, inv = model.lm, model.inventory
    low = _token_key(seen)
    upper = seen.isupper() and sum(c.isalpha() for c in seen) > 1
    if opts.mode != "english-ocr" and not any(c.isalpha() for c in low):
        return [Candidate(low, lm.id(low), 0.0)]  # a lone "&" in clean text is an ampersand
    if opts.mode == "clean" or (opts.mode == "accentless" and has_marks(low)):
        if low in inv.known or not any(c.isdigit() or not c.isalpha() for c in low):
            return [Candidate(low, lm.id(low), 0.0)]
    if opts.mode == "accentless" and low.isascii() and low.isalpha():
        words = inv.by_fold.get(low, [])
        found = [Candidate(w, lm.id(w), 0.0 if lm.id(w) else opts.unk_penalty) for w in words]
        found = _prune(found, lm, opts)
        if not found or low not in inv.known and lm.id(low):
            found.append(Candidate(low, lm.id(low), opts.keep_cost_known if lm.id(low) else 0.0))
        return found
    sk = skeleton(low)
    if upper and not any(c in "aeiouy" for c in sk) and (len(sk) > 2 or lm.id(low)):
        # Capitals without a vowel (DN, TT, KT, UBMTTQVN) are abbreviations: every syllable has a vowel. Two such
        # letters no document writes are a capitalised syllable the OCR damaged: "SG Nông nghiệp" is "Sở" (round 63,
        # channel eng-ocr, 268-B lost the department's duties).
        return [Candidate(low, lm.id(low), 0.0)]
    folds = {sk} if sk in inv.by_fold else set()
    if len(sk) == 1 and (seen.islower() or seen == "X"):
        # A lone lower-case letter (or the x/X mix-up) is a syllable whose vowel the OCR lost: "s," = "số,".
        folds |= {f for f in inv.deletes.get("", set()) | inv.deletes.get(sk, set()) if f.startswith(sk)}
    if len(sk) >= 2 and not (upper and sk in inv.by_fold):
        folds |= inv.near_folds(sk)
        for variant in _multi_variants(sk):
            folds |= inv.near_folds(variant)
    if low != sk and fold(low) in inv.by_fold:
        folds.add(fold(low))
    return low, sk, folds


def _finish(model: RestorerModel, job, costs: list[float], words: list[str], opts: DecodeOptions):
    """Readings of a token from its channel costs (parallel lists: the fast path's, extended by the
    weighted edit distance in `edit_batch.slow_readings`)."""
    lm, inv = model.lm, model.inventory
    low = job[0]
    found: list[Candidate] = []
    if costs:
        cut = min(costs) + opts.beam
        ids = lm.ids
        found = []
        for c, w in zip(costs, words):
            if c <= cut:
                i = ids.get(w, 0)
                found.append(Candidate(w, i, c + (opts.unk_penalty if i == 0 else 0.0)))
        kept = _prune(found, lm, opts)
        model.candidate_cache[(_WIDER, opts.mode, opts.max_candidates, low)] = _wider(found, kept, lm)
        found = kept
    if low not in inv.known:
        known = lm.id(low) != 0 and is_vietnamese_word(low)
        found.append(Candidate(low, lm.id(low), opts.keep_cost_known if known else opts.keep_cost_unknown))
    return found


_WIDER = "wider"  # cache key of the readings a token's pruning dropped
WIDER_KEPT = 6  # how many of them are kept for `license_by_neighbours`
LICENSING_BIGRAM = math.log(0.02)  # log P(next | reading) (or P(reading | previous)) that lets a dropped reading in;
# 0.2, 0.1, 0.02 gave held-out seeds 000/002 0.9765/0.9730, 0.9775/0.9732, 0.9775/0.9741 (no gain below 0.02)


def _wider(found: list[Candidate], kept: list[Candidate], lm) -> list[Candidate]:
    """The best readings `_prune` dropped (channel + unigram order); a neighbour may license one of them."""
    words = {c.word for c in kept}
    dropped = [c for c in found if c.word not in words and c.lm_id]
    return sorted(dropped, key=lambda c: c.cost - lm.uni[c.lm_id])[:WIDER_KEPT]


def wider_readings(model: RestorerModel, seen: str, opts: DecodeOptions) -> list[Candidate]:
    """Readings of `seen` that its pruning dropped (known only once `candidates_many` has scored it)."""
    return model.candidate_cache.get((_WIDER, opts.mode, opts.max_candidates, _token_key(seen)), [])


def _strong_pairs(model: RestorerModel) -> tuple[np.ndarray, np.ndarray, int]:
    """The corpus pairs with P(w | v) >= 0.02, as sorted keys v * size + w and w * size + v, and the vocabulary size; built
    once per model with numpy (a dict of sets took ~15 ms of a document's first pass)."""
    found = model.candidate_cache.get(("strong-pairs",))
    if found is None:
        lm = model.lm
        after = lm.bi_k[lm.bi_v >= LICENSING_BIGRAM]  # (bi_k is sorted)
        before = np.sort((after % lm.size) * lm.size + after // lm.size)
        found = model.candidate_cache[("strong-pairs",)] = (after, before, lm.size)
    return found


def _pairs_with(keys: np.ndarray, size: int, word: int, others: set[int]) -> bool:
    """A key word * size + o of `keys` has o in `others`."""
    if not others:
        return False
    lo, hi = np.searchsorted(keys, (word * size, (word + 1) * size))
    return not others.isdisjoint((keys[lo:hi] - word * size).tolist())


def license_by_neighbours(model: RestorerModel, lattice: list[list[Candidate]], wider: list[list[Candidate]]):
    """The lattice with a dropped reading given back where a neighbour's reading makes a common pair with it.

    Pruning is blind to context: the OCR's "thu hién" keeps only thu, thủ, thư ... for "thu", though "thực" is one
    dropped "c" away and "thực hiện" is the commonest pair of the plans (channel eng-ocr, I248-B03: the child's
    "thu hiện" matched no duty). A reading is let back in when the corpus has it before a reading of the next token
    with P(next | it) >= 0.02, or after one of the previous token with P(it | previous) >= 0.02 ("Thi han" = Thời
    hạn: P(hạn | thời) = 0.08); the decoder then weighs it as any other."""
    after, before, size = _strong_pairs(model)
    out = list(lattice)  # the lists are the candidate cache's own: never changed in place
    for k, extra in enumerate(wider):
        if not extra:
            continue
        nxt = {c.lm_id for c in lattice[k + 1]} if k + 1 < len(lattice) else set()
        prev = {c.lm_id for c in lattice[k - 1]} if k else set()
        for cand in extra:
            if _pairs_with(after, size, cand.lm_id, nxt) or _pairs_with(before, size, cand.lm_id, prev):
                out[k] = [*out[k], cand]
    return out


def _fast_costs(
    inv, ch, folds, low: str, careful_above: float, beam: float
) -> tuple[list[tuple[float, str]], set[str]]:
    """`fast_costs_batch` for one token as (cost, syllable) pairs (kept for tests and one-off use)."""
    costs, words, slow = fast_costs_batch(inv, ch, [(folds, low)], careful_above, beam)[0]
    return list(zip(costs, words)), slow


def _prune(found: list[Candidate], lm, opts: DecodeOptions) -> list[Candidate]:
    """Keep the best readings by channel + unigram; the decoder's cost grows with the cube of their number."""
    if not found:
        return found
    # Rank by channel cost plus unigram: "doi" must keep the common "đối" among its many tone variants.
    found = sorted(found, key=lambda c: c.cost - lm.uni[c.lm_id])[: opts.max_candidates]
    # Readings far behind the best on channel + unigram never win in context.
    floor = min(c.cost - lm.uni[c.lm_id] for c in found) + opts.prune
    return [c for c in found if c.cost - lm.uni[c.lm_id] <= floor]


# Letter groups an English model prints for one Vietnamese letter (ư as "ir", "tr", "tt"; ơ as "o'").
MULTI_TO_LETTER = {
    "ir": "u", "tr": "u", "it": "u", "tt": "u", "ti": "u", "ii": "u", "u'": "u", "o'": "o", "t?": "u", "i?": "u",
    "im": "un", "tm": "un",  # "timg", "tmg" = từng, ứng: ư lost, n read as m
    "ude": "uoc",  # "nude", "bude" = nước, bước
}  # fmt: skip


def _multi_variants(sk: str) -> set[str]:
    out = set()
    for group, letter in MULTI_TO_LETTER.items():
        i = sk.find(group)
        while i >= 0:
            out.add(sk[:i] + letter + sk[i + len(group) :])
            i = sk.find(group, i + 1)
    return out


def decode_segments(model: RestorerModel, lattices: list[list[list[Candidate]]], weight: float, cache=None):
    """Viterbi under channel + trigram LM for every segment, and local posteriors for confidence.

    All trigram look-ups of all segments go to the LM in one vectorised batch; the search itself
    is a few small numpy operations per position. With `cache` (CacheOptions) a second pass rescores
    the ambiguous segments with the document's own confident words (cache.py). Returns (paths,
    posteriors) per segment.
    """
    lm = model.lm
    BOS, EOS = 1, 2
    todo = [any(len(c) > 1 for c in lattice) for lattice in lattices]
    # Every position of every lattice to decode, flattened: two <s> in front, </s> behind.
    flat_ids: list[int] = []
    flat_costs: list[float] = []
    starts: list[int] = []  # where each position's readings begin in flat_ids
    sizes: list[int] = []
    trigram_at: list[int] = []  # positions that end a trigram (all but the two <s>)
    for lattice, needed in zip(lattices, todo):
        if not needed:
            continue  # one reading per token: nothing to decide
        for k, cands in enumerate([[Candidate("<s>", BOS, 0.0)]] * 2 + lattice + [[Candidate("</s>", EOS, 0.0)]]):
            if k >= 2:
                trigram_at.append(len(starts))
            starts.append(len(flat_ids))
            sizes.append(len(cands))
            for c in cands:
                flat_ids.append(c.lm_id)
                flat_costs.append(c.cost)
    ids = np.array(flat_ids, dtype=np.int64)
    start = np.array(starts, dtype=np.int64)
    size = np.array(sizes, dtype=np.int64)
    at = np.array(trigram_at, dtype=np.int64)
    # All (u, v, w) of each trigram position in C order of an (a, b, c) table, without a Python loop.
    a_n, b_n, c_n = size[at - 2], size[at - 1], size[at]
    counts = a_n * b_n * c_n
    ends = np.cumsum(counts)
    which = np.repeat(np.arange(len(at)), counts)
    r = np.arange(int(ends[-1]) if len(ends) else 0) - np.repeat(ends - counts, counts)
    flat = _trigram_tables(lm, ids, start, at, a_n, b_n, c_n, counts, ends, which, r)
    shapes = zip(ends.tolist(), counts.tolist(), a_n.tolist(), b_n.tolist(), c_n.tolist())
    tables = [flat[e - n : e].reshape(x, y, z) for e, n, x, y, z in shapes]
    _unit_class_backoff(lm, tables, ids, start, at, b_n, c_n)
    costs = -weight * np.array(flat_costs)
    emit_at = [costs[s0 : s0 + n] for s0, n in zip(starts, sizes)]
    paths, posteriors, t, p0 = [], [], 0, 0
    kept: list = []  # (trans, end, emits) of each decoded segment, None for the rest
    decoded: list[tuple[int, int, int]] = []  # (segment, first table, first position) of the decoded ones
    for lattice, needed in zip(lattices, todo):
        n = len(lattice)
        if not needed:
            paths.append([0] * n)
            posteriors.append([[1.0]] * n)
            kept.append(None)
            continue
        trans, end = tables[t : t + n], tables[t + n][:, :, 0]
        emits = emit_at[p0 + 2 : p0 + 2 + n]
        kept.append((trans, end, emits, starts[p0 + 2 : p0 + 2 + n]))
        decoded.append((len(paths), t, p0 + 2))
        t += n + 1
        p0 += n + 3
        paths.append(_viterbi(trans, end, emits))
        posteriors.append(None)
    _all_local_posteriors(decoded, paths, posteriors, flat, ends - counts, b_n, c_n, costs, start, size)
    if cache is not None:
        from .cache import redecode_with_cache

        redecode_with_cache(lattices, todo, kept, paths, posteriors, cache, lm, ids)
    return paths, posteriors


# Administrative units are one class: the corpus is mostly provincial, so "UBND phường" and "địa bàn
# phường" are rare there while "UBND tỉnh", "địa bàn xã" are common. A unit may borrow the bigram
# probability of its best-attested sibling after the same word (scaled by UNIT_SHARE).
ADMIN_UNITS = ("tỉnh", "huyện", "quận", "xã", "phường")
UNIT_SHARE = 0.3


def _unit_class_backoff(lm, tables, ids, start, at, b_n, c_n) -> None:
    """Raise log P(unit | u v) to UNIT_SHARE x the best sibling unit's bigram after v (tables in place)."""
    unit_ids = {lm.id(u) for u in ADMIN_UNITS} - {0}
    if not unit_ids or UNIT_SHARE <= 0:
        return
    log_share = math.log(UNIT_SHARE)
    # The best sibling's bigram after v, per v: the same few words (của, tỉnh, trên...) come back all the time.
    memo = lm.__dict__.setdefault("_unit_backoff_memo", {}).setdefault(log_share, {})
    # Only trigram positions holding a unit among two or more readings: found in numpy, not a Python loop.
    is_unit = np.isin(ids, np.fromiter(unit_ids, dtype=np.int64))
    if not is_unit.any():
        return
    first = np.cumsum(is_unit) - is_unit  # units before each flat slot
    at_start = start[at]
    units_here = (first[at_start + c_n - 1] + is_unit[at_start + c_n - 1]) - first[at_start]
    for k in np.flatnonzero((units_here > 0) & (c_n > 1)).tolist():
        pos, nb, nc = int(at[k]), int(b_n[k]), int(c_n[k])
        here = ids[start[pos] : start[pos] + nc].tolist()
        cols = [j for j, w in enumerate(here) if w in unit_ids]
        if not cols:
            continue
        prev = ids[start[pos - 1] : start[pos - 1] + nb].tolist()
        for bi, v in enumerate(prev):
            best = memo.get(v)
            if best is None:
                best = memo[v] = max([lm.bigram(v, u) for u in unit_ids]) + log_share
            for j in cols:
                table = tables[k][:, bi, j]
                np.maximum(table, best, out=table)


def _viterbi(trans, end, emits) -> list[int]:
    """Best candidate index per position under the trigram tables `trans` (and `end`) plus `emits`."""
    n = len(emits)
    score = np.zeros((1, 1))
    backs = []
    for i in range(n):
        total = score[:, :, None] + trans[i]
        backs.append(total.argmax(axis=0))
        score = total.max(axis=0) + emits[i][None, :]
    final = score + end
    k, j = np.unravel_index(int(final.argmax()), final.shape)
    path = [0] * n
    path[n - 1] = int(j)
    if n >= 2:
        path[n - 2] = int(k)
    for i in range(n - 1, 1, -1):
        path[i - 2] = int(backs[i][path[i - 1], path[i]])
    return path


def _trigram_tables(lm, ids, start, at, a_n, b_n, c_n, counts, ends, which, r) -> np.ndarray:
    """log P(w | u v) for every triple, as lm.batch would give, but with the bigram and the trigram
    context looked up once per (v, w) and (u, v) pair and the trigram table searched only where the
    context was seen: ~6x fewer binary searches over the big tables."""
    n = lm.size
    if not len(r):
        return np.zeros(0)
    # (u, v) pairs of each position: a x b; (v, w) pairs: b x c.
    ab, bc = a_n * b_n, b_n * c_n
    ab_ends, bc_ends = np.cumsum(ab), np.cumsum(bc)
    pw = np.repeat(np.arange(len(at)), ab)
    q = np.arange(int(ab_ends[-1])) - np.repeat(ab_ends - ab, ab)
    ctx = ids[start[at - 2][pw] + q // b_n[pw]] * n + ids[start[at - 1][pw] + q % b_n[pw]]
    pw = np.repeat(np.arange(len(at)), bc)
    q = np.arange(int(bc_ends[-1])) - np.repeat(bc_ends - bc, bc)
    v = ids[start[at - 1][pw] + q // c_n[pw]]
    w = ids[start[at][pw] + q % c_n[pw]]
    hit2, val2 = lm._find(lm.bi_k, lm.bi_v, v * n + w)
    p2 = np.where(hit2, val2, lm.bi_bow[v] + lm.uni_array[w])
    hitb, bow3 = lm._find(lm.tri_bow_k, lm.tri_bow_v, ctx)
    # Map every triple to its (u, v) and (v, w) pair.
    bcw = bc[which]
    i_ab = (ab_ends - ab)[which] + r // c_n[which]
    i_bc = (bc_ends - bc)[which] + r % bcw
    out = np.where(hitb[i_ab], bow3[i_ab], 0.0) + p2[i_bc]
    seen = np.flatnonzero(hitb[i_ab])
    if len(seen):
        keys = ctx[i_ab[seen]] * n + ids[start[at][which[seen]] + r[seen] % c_n[which[seen]]]
        hit3, val3 = lm._find(lm.tri_k, lm.tri_v, keys)
        out[seen[hit3]] = val3[hit3]
    return out


def _all_local_posteriors(decoded, paths, posteriors, flat, offset, b_n, c_n, costs, start, size) -> None:
    """`_local_posteriors` of every decoded segment at once (fills `posteriors` in place): the same sums,
    gathered from the flat trigram tables by index arithmetic instead of a few numpy calls per position.

    Table g (a x b x c) lies at flat[offset[g]:], entry (u, v, w) at offset[g] + (u * b + v) * c + w.
    """
    if not decoded:
        return
    # Per position: its table, the chosen readings around it (u v . x y; 0 past the end, where </s> is
    # the only reading) and whether a third trigram (or the end table) follows.
    g_of, pos_of, u_of, v_of, x_of, y_of, third = [], [], [], [], [], [], []
    for seg, t0, q0 in decoded:
        path = paths[seg]
        n = len(path)
        full = [0, 0] + path + [0, 0]
        g_of += range(t0, t0 + n)
        pos_of += range(q0, q0 + n)
        u_of += full[0:n]
        v_of += full[1 : n + 1]
        x_of += full[3 : n + 3]
        y_of += full[4 : n + 4]
        third += [True] * (n - 1) + [False]
    g = np.array(g_of, dtype=np.int64)
    pos = np.array(pos_of, dtype=np.int64)
    c = size[pos]
    # One row per reading of every position.
    row_pos = np.repeat(np.arange(len(pos)), c)
    pos_first = np.cumsum(c) - c
    z = np.arange(len(row_pos)) - pos_first[row_pos]
    rg, u, v = g[row_pos], np.array(u_of)[row_pos], np.array(v_of)[row_pos]
    x, y = np.array(x_of)[row_pos], np.array(y_of)[row_pos]
    has3 = np.array(third)[row_pos]
    s = costs[start[pos][row_pos] + z] + flat[offset[rg] + (u * b_n[rg] + v) * c_n[rg] + z]
    g1 = rg + 1
    s = s + flat[offset[g1] + (v * b_n[g1] + z) * c_n[g1] + x]
    g2 = np.where(has3, rg + 2, 0)
    s = s + np.where(has3, flat[np.where(has3, offset[g2] + (z * b_n[g2] + x) * c_n[g2] + y, 0)], 0.0)
    e = np.exp(s - np.maximum.reduceat(s, pos_first)[row_pos])
    post = (e / np.add.reduceat(e, pos_first)[row_pos]).tolist()
    sizes, firsts = c.tolist(), pos_first.tolist()
    k = 0
    for seg, _, _ in decoded:
        out = []
        for a, m in zip(firsts[k : k + len(paths[seg])], sizes[k : k + len(paths[seg])]):
            out.append(post[a : a + m] if m > 1 else [1.0])
        k += len(paths[seg])
        posteriors[seg] = out


def _local_posteriors(path, trans, end, emits) -> list[list[float]]:
    """P(candidate | the chosen neighbours) at each position: the confidence shown to users."""
    n = len(path)
    full = [0, 0] + path  # two <s> positions in front
    out = []
    for i in range(n):
        if len(emits[i]) == 1:
            out.append([1.0])
            continue
        p = i + 2
        s = emits[i] + trans[i][full[p - 2], full[p - 1], :]
        if i + 1 < n:
            s = s + trans[i + 1][full[p - 1], :, full[p + 1]]
        else:
            s = s + end[full[p - 1], :]
        if i + 2 < n:
            s = s + trans[i + 2][:, full[p + 1], full[p + 2]]
        elif i + 1 < n:
            s = s + end[:, full[p + 1]]
        e = np.exp(s - s.max())
        out.append((e / e.sum()).tolist())
    return out


def is_break(text: str) -> bool:
    return any(c in BREAK_PUNCT for c in text)


def fix_code(core: str) -> str:
    """Letters inside a document code: 01-KH/DU -> 01-KH/ĐU."""
    parts = []
    token = ""
    for c in core:
        if c in "/-.":
            parts.append(ABBREVIATIONS.get(token, token) if token.isupper() else token)
            parts.append(c)
            token = ""
        else:
            token += c
    parts.append(ABBREVIATIONS.get(token, token) if token.isupper() else token)
    return "".join(parts)

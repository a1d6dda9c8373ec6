"""Noisy-channel decoding: candidates per token, trigram Viterbi, local posteriors for confidence."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np

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
    key = (opts.mode, opts.max_candidates, seen)
    cache = model.candidate_cache
    hit = cache.get(key)
    if hit is not None:
        return hit
    out = _candidates(model, seen, opts)
    if len(cache) < 500_000:
        cache[key] = out
    return out


def _candidates(model: RestorerModel, seen: str, opts: DecodeOptions) -> list[Candidate]:
    lm, inv, ch = model.lm, model.inventory, model.channel
    low = canon(unicodedata.normalize("NFC", seen.lower()))
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
    if upper and not any(c in "aeiouy" for c in sk):
        # Capitals without a vowel (DN, TT, KT, UBMTTQVN) are abbreviations: every syllable has a vowel.
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
    # Bound each folded form first, then expand only the promising ones into marked syllables.
    bounds = _bounds(ch, folds, low, sk, opts.beam)
    if len(sk) >= 3 and (not bounds or bounds[0][0] > opts.far_search_above):
        # Badly damaged ("gilr", "nuée"): look two edits away; rare enough to afford.
        far = set()
        for i in range(len(sk)):
            far |= inv.near_folds(sk[:i] + sk[i + 1 :])
        bounds = sorted(set(bounds) | set(_bounds(ch, far - folds, low, sk, opts.beam)))
    scored = []
    if bounds:
        limit = bounds[0][0] + opts.beam
        for bound, f in bounds:
            if bound > limit:
                break
            for w in inv.by_fold[f]:
                c = ch.token_cost(w, low, limit)
                if c <= limit:
                    scored.append((c, w))
                    limit = min(limit, c + opts.beam)
    found: list[Candidate] = []
    if scored:
        best = min(c for c, _ in scored)
        found = [
            Candidate(w, lm.id(w), c + (opts.unk_penalty if lm.id(w) == 0 else 0.0))
            for c, w in scored
            if c <= best + opts.beam
        ]
        found = _prune(found, lm, opts)
    if low not in inv.known:
        known = lm.id(low) != 0 and is_vietnamese_word(low)
        found.append(Candidate(low, lm.id(low), opts.keep_cost_known if known else opts.keep_cost_unknown))
    return found


def _bounds(ch, folds, low: str, sk: str, beam: float) -> list[tuple[float, str]]:
    """(lower bound, folded form), best first; the exact skeleton goes first so its bound sets the limit."""
    limit = float("inf")
    out = []
    for f in sorted(folds, key=lambda f: (f != sk, abs(len(f) - len(sk)))):
        b = ch.fold_cost(f, low, limit)
        if b <= limit:
            out.append((b, f))
            limit = min(limit, b + beam)
    return sorted(out)


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
    "ir": "u", "tr": "u", "it": "u", "tt": "u", "ti": "u", "ii": "u", "u'": "u", "o'": "o",
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


def decode_segments(model: RestorerModel, lattices: list[list[list[Candidate]]], weight: float):
    """Viterbi under channel + trigram LM for every segment, and local posteriors for confidence.

    All trigram look-ups of all segments go to the LM in one vectorised batch; the search itself
    is a few small numpy operations per position. Returns (paths, posteriors) per segment.
    """
    lm = model.lm
    BOS, EOS = 1, 2
    us: list[int] = []
    vs: list[int] = []
    ws: list[int] = []
    shapes = []
    todo = [any(len(c) > 1 for c in lattice) for lattice in lattices]
    for lattice, needed in zip(lattices, todo):
        if not needed:
            continue  # one reading per token: nothing to decide
        ids = [[BOS], [BOS]] + [[c.lm_id for c in cands] for cands in lattice] + [[EOS]]
        for i in range(2, len(ids)):
            a, b, c = ids[i - 2], ids[i - 1], ids[i]
            # Python lists beat numpy here: most lattices are a few candidates wide.
            for x in a:
                for y in b:
                    us.extend([x] * len(c))
                    vs.extend([y] * len(c))
                    ws.extend(c)
            shapes.append((len(a), len(b), len(c)))
    flat = lm.batch(np.array(us), np.array(vs), np.array(ws)) if us else np.zeros(0)
    tables, pos = [], 0
    for shape in shapes:
        size = int(np.prod(shape))
        tables.append(flat[pos : pos + size].reshape(shape))
        pos += size
    paths, posteriors, t = [], [], 0
    for lattice, needed in zip(lattices, todo):
        n = len(lattice)
        if not needed:
            paths.append([0] * n)
            posteriors.append([[1.0]] * n)
            continue
        trans, end = tables[t : t + n], tables[t + n][:, :, 0]
        t += n + 1
        emits = [-weight * np.array([c.cost for c in cands]) for cands in lattice]
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
        paths.append(path)
        posteriors.append(_local_posteriors(path, trans, end, emits))
    return paths, posteriors


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

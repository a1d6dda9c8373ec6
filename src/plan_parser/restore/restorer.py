"""restore(): text in, RestoredText out — same lines, every word-like token restored with a confidence."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import Alternative, InputKind, RestoredText, RestoredToken
from .cache import CacheOptions
from .decoder import (
    ABBREVIATIONS,
    STANDALONE_ABBREVIATIONS,
    Candidate,
    DecodeOptions,
    candidates_many,
    decode_segments,
    fix_code,
    is_break,
    license_by_neighbours,
    wider_readings,
)
from .model_files import RestorerModel, get_model
from .text import _OCR_SYMBOLS, Piece, apply_case, canon, has_marks, split_line, word_like

log = logging.getLogger(__name__)


class RestoreOptions(BaseModel):
    """How to restore. The defaults are what the benchmarks measure."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["auto", "english-ocr", "accentless", "clean"] = Field(
        "auto", description="what the input is; auto detects it"
    )
    model_dir: str | None = Field(None, description="directory of the trained model (default models/restorer)")
    channel_weight: float = Field(1.0, gt=0, description="weight of the OCR channel against the language model")
    max_candidates: int = Field(8, ge=1, le=32, description="readings kept per token before decoding")
    alternatives: int = Field(3, ge=0, le=10, description="runner-up readings reported per token")
    document_cache: bool = Field(
        True, description="second pass favouring words read with confidence elsewhere in the same text"
    )


def _is_ocr_word(core: str) -> bool:
    return any(c.isdigit() or c in _OCR_SYMBOLS for c in core) and any(c.isalpha() for c in core)


_LATIN1_ACCENTED = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


def _has_vietnamese_only_letter(core: str) -> bool:
    return any(c.isalpha() and not c.isascii() and c not in _LATIN1_ACCENTED for c in unicodedata.normalize("NFC", core))


def detect_kind(text: str, model: RestorerModel | None = None, *, pieces: list[list[Piece]] | None = None) -> InputKind:
    """english-ocr, accentless or clean, from how many words carry marks and how many hold OCR digits.

    `pieces`: `split_line` of every line of `text`, when the caller has them already."""
    if pieces is None:
        pieces = [split_line(line) for line in text.split("\n")]
    cores = [p.core for line in pieces for p in line if word_like(p.core)]
    if not cores:
        return "clean"
    n = len(cores)
    marked = sum(1 for c in cores if has_marks(c)) / n
    ocr = sum(1 for c in cores if _is_ocr_word(c)) / n
    # An English model prints only Latin-1 accents (é, ô, à); ư, ơ, ă, đ, ạ, ế... mean a Vietnamese source.
    vietnamese_only = sum(1 for c in cores if _has_vietnamese_only_letter(c)) / n
    if marked >= 0.4 and ocr < 0.02 and vietnamese_only >= 0.15:
        return "clean"
    if marked < 0.03 and ocr < 0.01:
        return "accentless"
    return "english-ocr"


@dataclass(slots=True)
class _Slot:
    line: int  # 0-based
    start: int  # offset of the core in its line
    core: str
    cands: list[Candidate]
    fixed: str | None = None  # output for protected cores (numbers, codes)
    choice: int = 0
    posterior: list[float] | None = None
    first: bool = False  # first word of its sentence segment
    keep_fixed_if_num: bool = False  # a digit token that may stand for a word ("13" = là)
    after_mark: bool = False  # follows a dash or a hyphen ("chính trị - Xã hội", "hóa-Xã"): capitals there are real


def _slots(
    model: RestorerModel, lines: list[str], opts: DecodeOptions, pieces_of: list[list[Piece]]
) -> tuple[list[_Slot], list[list[_Slot]]]:
    """All cores in reading order, and the LM segments (split at strong punctuation) of them."""
    num = Candidate("<num>", model.lm.id("<num>"), 0.0)
    slots: list[_Slot] = []
    to_score: list[_Slot] = []  # their readings are looked up together at the end (one numpy pass)
    segments: list[list[_Slot]] = [[]]
    after_dash = False
    for li, line in enumerate(lines):
        if not line.strip() and segments[-1]:
            segments.append([])  # a blank line ends the paragraph, as in training
        pieces = pieces_of[li]
        for pi, piece in enumerate(pieces):
            if piece.lead and is_break(piece.lead) and segments[-1]:
                segments.append([])
            core = piece.core
            if core:
                start = piece.start + len(piece.lead)
                roman = _roman_label(core, piece.trail, line_start=pi == 0)
                if roman:
                    slot = _Slot(li, start, core, [num], roman)
                elif core.isupper() and core in ABBREVIATIONS and (core in STANDALONE_ABBREVIATIONS):
                    fixed = ABBREVIATIONS[core]
                    slot = _Slot(li, start, core, [Candidate(fixed.lower(), model.lm.id(fixed.lower()), 0.0)], fixed)
                elif word_like(core) and not _is_list_label(core, piece.trail):
                    slot = _Slot(li, start, core, [])
                    to_score.append(slot)
                elif "-" in core and all(word_like(p) for p in core.split("-")):
                    # "hoa-Xa": hyphenated words are restored one by one (the hyphen stays).
                    offset = start
                    for part in core.split("-"):
                        sub = _Slot(li, offset, part, [], first=not segments[-1], after_mark=offset > start)
                        to_score.append(sub)
                        slots.append(sub)
                        segments[-1].append(sub)
                        offset += len(part) + 1
                    slot = None
                elif opts.mode == "english-ocr" and _digit_word(pieces, pi):
                    slot = _Slot(li, start, core, [num] + _digit_word_candidates(model, opts), core)
                    slot.keep_fixed_if_num = True
                else:
                    fixed = fix_code(core) if any(c in "/-" for c in core) else core
                    if _is_list_label(core, piece.trail) and core == "¢":
                        fixed = "c"  # "¢)" is the list label "c)"
                    slot = _Slot(li, start, core, [num], fixed)
                if slot is not None:
                    slot.first = not segments[-1]
                    slot.after_mark = after_dash or bool(piece.lead)
                    slots.append(slot)
                    segments[-1].append(slot)
            after_dash = not core and any(c in "-–—" for c in piece.lead)
            if piece.trail and is_break(piece.trail) and segments[-1]:
                segments.append([])
    for slot, cands in zip(to_score, candidates_many(model, [s.core for s in to_score], opts)):
        slot.cands = cands
    return slots, [s for s in segments if s]


def _digit_word(pieces, i: int) -> bool:
    """"13" between two words ("nhất 13 cải cách") is "là" read by an English model: l as 1, à as 3."""
    p = pieces[i]
    if len(p.core) != 2 or p.core[0] != "1" or not p.core[1].isdigit() or p.lead or p.trail not in ("", ","):
        return False
    if i == 0 or (i + 1 >= len(pieces) and not p.trail):
        return False
    before = pieces[i - 1]
    if before.trail not in ("", ",") or not before.core.isalpha() or before.core.lower() in NUMBER_WORDS:
        return False
    if p.trail:
        return True  # "khích 18, khen thưởng"
    after = pieces[i + 1]
    return not after.lead and after.core.isalpha() and after.core[:1].islower()


# Words after which a number is expected ("số 13", "khoản 18", "ngày 15").
NUMBER_WORDS = {"số", "so", "s6", "sé", "khoản", "khoan", "điều", "dieu", "diéu", "ngày", "ngay", "tháng", "thang",
                "năm", "nam", "mục", "muc", "tiết", "phụ", "lục", "luc", "trang", "kỳ", "ky", "lần", "lan", "quyết"}  # fmt: skip


def _digit_word_candidates(model: RestorerModel, opts: DecodeOptions) -> list[Candidate]:
    """Syllables "l" + one vowel (là, lệ, lý...) at a flat channel cost; the LM decides in context."""
    cached = model.candidate_cache.get(("digit-word",))
    if cached is None:
        lm = model.lm
        words = [w for w in model.inventory.syllables if len(w) == 2 and w[0] == "l" and lm.id(w)]
        cached = [Candidate(w, lm.id(w), DIGIT_WORD_COST) for w in words]
        model.candidate_cache[("digit-word",)] = cached
    return cached


DIGIT_WORD_COST = 1.0  # nats; measured flat between 0.5 and 2, worse at 4+


def _is_list_label(core: str, trail: str) -> bool:
    """"a)", "b." and roman numerals label list items; they are not words to restore."""
    return len(core) <= 4 and trail[:1] in (")", ".") and (len(core) == 1 or set(core) <= set("IVXLC"))


def _roman_label(core: str, trail: str, line_start: bool = False) -> str | None:
    """"I1." is the section label "II." with its second I read as 1. At the start of a line, "Vil." and "Vi." are too
    ("Vil. TO CHUC THUC HIEN": restored as the word "Vi", the plan lost its organisation part, channel eng-ocr 226-A)."""
    misread = "1li" if line_start else "1l"
    if trail[:1] == "." and 2 <= len(core) <= 4 and core[0] in "IVX" and set(core) <= set("IVX") | set(misread) and set(core) & set(misread):
        return core.replace("1", "I").replace("l", "I").replace("i", "I")
    return None


def _mid_sentence(slot: _Slot, prev_slot: _Slot | None) -> bool:
    """Inside a sentence, right after a lower-case word (not after a dash, a hyphen or a number)."""
    if slot.first or slot.after_mark or prev_slot is None or prev_slot.fixed is not None:
        return False
    return prev_slot.core[:1].islower()


def _capitals_line(slots: list[_Slot]) -> bool:
    """The line's words are printed in capitals, two at least, one of them all in capitals and the others at most half
    lowered ("CHi TIEU", "TEU CHi CONG NHAN VUNG TRONG"): a heading."""
    words = [s.core for s in slots if sum(c.isalpha() for c in s.core) >= 2]
    capitals = [w for w in words if w.isupper() or sum(c.isupper() for c in w) >= 2]
    return any(w.isupper() for w in words) and len(capitals) >= 2 and len(capitals) >= 0.8 * len(words)


def _output_word(slot: _Slot, prev_slot: _Slot | None) -> str:
    if slot.keep_fixed_if_num and slot.choice > 0:
        return slot.cands[slot.choice].word
    if slot.fixed is not None:
        return slot.fixed
    cand = slot.cands[slot.choice]
    if cand.word == canon(unicodedata.normalize("NFC", slot.core.lower())) and not _is_ocr_word(slot.core):
        # Unchanged apart from case: keep the input's exact form (and its tone placement).
        return slot.core
    if slot.core[:1] == "X" and not slot.core[1:].isupper() and _mid_sentence(slot, prev_slot):
        # Tesseract's English model mixes up x and X: "X&" after a lower-case word is "xã".
        return cand.word
    if slot.core[:1] == "I" and cand.word[:1] == "l" and slot.core[1:2].islower():
        # "Iy" is "lý": a lower-case l read as a capital I.
        return cand.word
    return apply_case(slot.core, cand.word)


_set = object.__setattr__
_PLAIN: dict[type, bool] = {}


def _built(cls: type[BaseModel], values: dict) -> BaseModel:
    """`cls.model_construct(**values)` with every field given, in field order, ~4x cheaper: a plan has
    ~10k tokens. Models with aliases, post-init hooks or extra fields go through model_construct."""
    plain = _PLAIN.get(cls)
    if plain is None:
        plain = _PLAIN[cls] = (
            not cls.__pydantic_post_init__
            and not cls.__pydantic_root_model__
            and cls.model_config.get("extra") != "allow"
            and all(f.alias is None and f.validation_alias is None for f in cls.__pydantic_fields__.values())
        )
    if not plain or len(values) != len(cls.__pydantic_fields__):
        return cls.model_construct(**values)
    m = cls.__new__(cls)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", set(values))
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


def _question_marks_as_letters(pieces: list[list[Piece]]) -> None:
    """In English-model OCR a "?" right after a lower-case letter is part of a letter, not a question: Tesseract reads
    ứ, ử, ữ as "t?" or "i?" ("Căn ct?" = cứ, "Phan thi? ba" = thứ, "git? báo cáo" = gửi). It joins the word it ends,
    so the decoder reads it; plans ask no questions."""
    for line in pieces:
        for piece in line:
            if piece.trail.startswith("?") and piece.core[-1:].islower():
                piece.core += "?"
                piece.trail = piece.trail[1:]


# Signs the English OCR prints inside a word for a letter's hook or tone, besides the ASCII apostrophe it also uses:
# "tru’dc" (trước), "phu®ng" (phường).
_APOSTROPHE_LIKE = re.compile(r"(?<=[^\W\d_])[’‘`´®](?=[^\W\d_])")


def _apostrophes_as_ascii(pieces: list[list[Piece]]) -> None:
    """Reads them as the apostrophe, which the decoder knows: left as they were, they kept the word from being
    restored ("tru’dc ngày 10/7/2026" was no deadline; round 58, channel eng-ocr, I237-A01). One sign for one, so
    offsets hold."""
    for line in pieces:
        for piece in line:
            piece.core = _APOSTROPHE_LIKE.sub("'", piece.core)


def _restore(text: str, options: RestoreOptions) -> RestoredText:
    model = get_model(options.model_dir)
    lines = text.split("\n")
    pieces = [split_line(line) for line in lines]
    kind: InputKind = detect_kind(text, pieces=pieces) if options.kind == "auto" else options.kind
    if kind == "english-ocr":
        _question_marks_as_letters(pieces)
        _apostrophes_as_ascii(pieces)
    opts = DecodeOptions(mode=kind, channel_weight=options.channel_weight, max_candidates=options.max_candidates)
    slots, segments = _slots(model, lines, opts, pieces)
    if kind == "english-ocr":
        for seg in segments:
            wider = [wider_readings(model, s.core, opts) if s.fixed is None else [] for s in seg]
            if any(wider):
                for s, cands in zip(seg, license_by_neighbours(model, [s.cands for s in seg], wider)):
                    s.cands = cands
    # Clean text is left almost untouched: no second pass there.
    cache = CacheOptions() if options.document_cache and kind != "clean" else None
    paths, posts = decode_segments(model, [[s.cands for s in seg] for seg in segments], opts.channel_weight, cache)
    for seg, path, post in zip(segments, paths, posts):
        for s, c, p in zip(seg, path, post):
            s.choice, s.posterior = c, p
    # Rebuild every line: untouched characters are copied, cores replaced.
    out_lines: list[str] = []
    tokens: list[RestoredToken] = []
    by_line: dict[int, list[_Slot]] = {}
    for s in slots:
        by_line.setdefault(s.line, []).append(s)
    line_start_src = 0
    line_start_out = 0
    prev: _Slot | None = None
    for li, line in enumerate(lines):
        pos, parts, out_len = 0, [], 0
        in_capitals = _capitals_line(by_line.get(li, []))
        for s in by_line.get(li, []):
            parts.append(line[pos : s.start])
            out_len += s.start - pos
            word = _output_word(s, prev)
            if in_capitals and sum(c.isupper() for c in s.core) >= 2 and word[:1].isupper() and not word.isupper():
                # "CHi TIEU NAM 2026": a word of a heading in capitals that the OCR half lowered is in capitals too ("Chỉ
                # TIÊU NĂM 2026" was no heading; the ward's copied targets went unread, channel eng-ocr, I281-A05)
                word = word.upper()
            post = s.posterior or [1.0]
            alts = []
            if options.alternatives and s.fixed is None and len(s.cands) > 1:
                order = sorted(range(len(s.cands)), key=lambda i: -post[i])
                for i in order:
                    if post[i] < 5e-5 or len(alts) == options.alternatives:
                        break  # a reading at under 0.005 % (rounds to 0.0) is not worth showing
                    if i != s.choice:
                        alt = apply_case(s.core, s.cands[i].word)
                        alts.append(_built(Alternative, {"text": alt, "score": round(post[i], 4)}))
            start_out = line_start_out + out_len
            # Not validated: the fields are built right here; validating ~10k tokens per plan costs more than decoding.
            tokens.append(
                _built(RestoredToken, {
                    "text": word, "original": s.core, "line": li + 1,
                    "char_start": start_out, "char_end": start_out + len(word),
                    "source_start": line_start_src + s.start, "source_end": line_start_src + s.start + len(s.core),
                    "confidence": round(min(1.0, max(0.0, post[s.choice])), 4), "alternatives": alts,
                    "changed": word != s.core,
                })
            )  # fmt: skip
            parts.append(word)
            out_len += len(word)
            pos = s.start + len(s.core)
            prev = s
        parts.append(line[pos:])
        out_line = "".join(parts)
        out_lines.append(out_line)
        line_start_src += len(line) + 1
        line_start_out += len(out_line) + 1
    return RestoredText(text="\n".join(out_lines), kind=kind, lines=out_lines, tokens=tokens, engine=model.name)


def restore(text: str, *, options: RestoreOptions | None = None) -> RestoredText:
    """Restore Vietnamese diacritics and OCR damage in `text`, line for line.

    Never raises on odd input: on an internal failure the text comes back unchanged with
    confidence 0 and a warning is logged. A missing model is the one error raised (E301).
    """
    from ..errors import ModelMissing

    options = options or RestoreOptions()
    text = "" if text is None else str(text)
    try:
        return _restore(text, options)
    except ModelMissing:
        raise
    except Exception as exc:  # noqa: BLE001 - a restorer bug must not stop the reader or a batch
        log.warning("restorer failed (%s: %s); text returned unchanged", type(exc).__name__, exc)
        lines = text.split("\n")
        return RestoredText(text=text, kind="clean", lines=lines, tokens=[], engine="fallback-unchanged")


def restore_lines(lines: list[str], *, options: RestoreOptions | None = None) -> list[str]:
    """Restore a list of lines (no newlines inside); the same number comes back."""
    return restore("\n".join(line.replace("\n", " ") for line in lines), options=options).lines

"""Awards: the forms of award a plan names under Hình thức khen thưởng.

Listed forms ("- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;") are taken as printed, cut where the
text goes on to who gives it or who gets it ("... xã tặng hằng năm", "... 01 tỷ đồng cho mỗi xã").
Forms named inside a sentence ("Đề nghị Chủ tịch ... tặng Bằng khen, Cờ thi đua cho tập thể ...")
are taken by their names; such a mention gives way to a fuller listed name of the same form.
Cues are matched on folded text, so a wrong mark ("Có Thi đua", "Giây khen") still reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .fuzzy import loose, starts_with
from .text import fold, norm_space

# A part that opens with a form of award.
_AWARD = re.compile(
    r"^(huan chuong|huy chuong|co thi dua|bang khen|giay khen|danh hieu|chien si thi dua|lao dong tien tien|"
    r"tap the lao dong|ky niem chuong|giai thuong|anh hung|nha giao|thay thuoc|nghe nhan|thu khen|cong trinh phuc loi)"
)
AWARD_CUES = ("huan chuong", "huy chuong", "co thi dua", "bang khen", "giay khen", "danh hieu", "chien si thi dua",
              "ky niem chuong", "giai thuong", "cong trinh phuc loi")  # fmt: skip
# A form named in running text, after a verb of giving.
_FORM_IN_TEXT = re.compile(r"\b(huan chuong|huy chuong|co thi dua|bang khen|giay khen|ky niem chuong|cong trinh phuc loi)\b")
_GIVING = re.compile(r"\b(tang|thuong|trao|de nghi|xet)\b")
# Where a form's name ends: the giving, the beneficiary or the occasion that follows it.
_FORM_END = re.compile(r"\s+(?:tang|trao|cho|khi|duoc|doi voi|hang nam)\b")
_CLAUSE_END = re.compile(r"[,;.:(]")
_MAX_WORDS = 20


@dataclass
class AwardMention:
    text: str
    start: int  # offset in the text it was found in
    end: int
    listed: bool  # opens its list entry (else named inside a sentence)


def award_mentions(text: str) -> list[AwardMention]:
    """The forms of award one list entry names, in order."""
    out: list[AwardMention] = []
    folded = fold(text)
    for part in re.finditer(r"[^;]+", text):
        lead = len(part.group()) - len(part.group().lstrip(" .,;-+*•"))
        a, b = part.start() + lead, part.end()
        piece = text[a:b]
        if not piece.strip():
            continue
        if _AWARD.match(folded[a:b]) or starts_with(piece, AWARD_CUES):
            cut = _FORM_END.search(folded, a, b)
            end = cut.start() if cut else b
            award = text[a:end].strip(" .,;:")
            if award and len(award.split()) <= _MAX_WORDS:
                out.append(AwardMention(norm_space(award), a, a + len(award), listed=True))
            continue
        for m in _FORM_IN_TEXT.finditer(folded, a, b):
            if not _GIVING.search(folded, a, m.start()):
                continue
            ends = [x.start() for x in (_FORM_END.search(folded, m.end(), b), _CLAUSE_END.search(folded, m.end(), b)) if x]
            end = min(ends) if ends else b
            award = text[m.start() : end].strip(" .,;:")
            if len(award.split()) <= _MAX_WORDS:
                out.append(AwardMention(norm_space(award), m.start(), m.start() + len(award), listed=False))
    return out


def distinct_awards(found: list[tuple[AwardMention, object]]) -> list[tuple[AwardMention, object]]:
    """Each form once: the same award spelt twice keeps its first place, and a form named in a sentence
    ("tặng Bằng khen") gives way to a fuller name of it elsewhere ("Bằng khen của Chủ tịch ...")."""
    keys = [loose(m.text) for m, _ in found]
    out: list[tuple[AwardMention, object]] = []
    kept: list[str] = []
    for i, (mention, where) in enumerate(found):
        key = keys[i]
        if not key or any(fuzz.ratio(key, seen) >= 90 for seen in kept):
            continue
        if not mention.listed and any(j != i and other != key and other.startswith(key + " ") for j, other in enumerate(keys)):
            continue
        kept.append(key)
        out.append((mention, where))
    return out

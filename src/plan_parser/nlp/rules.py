"""Rule-based entity candidates: bodies (ORG), places (LOC), dates (DATE), document codes (DOC).

Rules work on syllables with their casing, because Vietnamese names of bodies are
"head word + capitalised words" ("Phòng Văn hóa - Xã hội", "Ủy ban nhân dân phường Tân Lập").
They complement the parsed plan, whose values win where both mark the same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tokenizer import DOC_CODE, NUMERIC_DATE, split_syllables


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str  # ORG, LOC, DATE or DOC
    source: str  # where it came from: "rule", or the plan field ("assignment", "basis", ...)
    priority: int = 1  # plan-derived spans (2) beat rule spans (1) when they overlap


# Heads that name a body on their own ("Ủy ban nhân dân", "Chính phủ"); casefolded syllables.
_STANDALONE_HEADS = [
    "ủy ban mặt trận tổ quốc việt nam", "uỷ ban mặt trận tổ quốc việt nam", "ủy ban mttq", "uỷ ban mttq",
    "ủy ban nhân dân", "uỷ ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd",
    "thủ tướng chính phủ", "chính phủ", "bộ chính trị", "ban chấp hành trung ương", "văn phòng hđnd và ubnd",
]  # fmt: skip
# Heads that need at least one capitalised word after them ("Phòng Kinh tế", not "phòng chống").
_NAMED_HEADS = [
    "phòng", "ban", "trung tâm", "sở", "bộ", "văn phòng", "đảng ủy", "đảng uỷ", "hội đồng", "công an", "cục",
    "chi cục", "tổng cục", "viện", "hội", "đoàn", "liên đoàn", "kho bạc", "bảo hiểm xã hội", "ủy ban", "uỷ ban",
    "tòa án", "toà án", "ngân hàng", "bệnh viện", "trường", "quỹ", "đài", "báo", "tỉnh ủy", "thành ủy",
]  # fmt: skip
_HEADS = sorted(
    [(tuple(h.split()), True) for h in _STANDALONE_HEADS] + [(tuple(h.split()), False) for h in _NAMED_HEADS],
    key=lambda item: -len(item[0]),
)
# Administrative levels that precede a place name.
_LEVELS = [("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("đặc", "khu"), ("xã",), ("phường",), ("tỉnh",),
           ("huyện",), ("quận",)]  # fmt: skip
# Lowercase syllables that end a name: verbs and function words that follow a body in duty sentences.
_STOP = set(
    "chủ phối tham thực triển tổ hướng có là và để theo trong về của các với tại trên được gửi báo xây chỉ căn định "
    "đề nghị tuyên phát nâng đẩy kiểm tổng lựa nhằm cho đến từ hoặc này đó đã sẽ đang cần phải qua bằng sau trước "
    "ngày tháng năm số khi nếu thì mà như những mọi một cùng đối trình ban hành quyết tiếp phụ trách bảo đảm "
    "hàng định kỳ làm tăng cường chịu".split()
)
_MAX_PLACE_SYLLABLES = 5  # longest place names ("Bà Rịa - Vũng Tàu" is 4 syllables + dash)

_DATE = re.compile(
    r"(?:(?:ngày|trước ngày|đến ngày|từ ngày)\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
    r"|ngày\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
    r"|(?:(?:ngày|trước ngày|đến ngày|từ ngày)\s+)?(?:" + NUMERIC_DATE + r")"
    r"|tháng\s+\d{1,2}(?:\s+năm\s+|/)\d{4}"
    r"|quý\s+[IV1-4]+(?:\s+năm\s+|/)\d{4}"
    r"|(?:giai đoạn\s+)?\d{4}\s*[-–]\s*\d{4}"
    r"|năm\s+\d{4}",
    re.IGNORECASE,
)
_DOC = re.compile(DOC_CODE)
# ", ngày 14 tháng 8 năm 2025" / ", ngày 16/6/2025": the place of issue stands right before it.
_DATE_LINE = re.compile(r",\s*ngày\s+(?:\d{1,2}\s+)?(?:tháng|\d{1,2}/)")
_MAX_DATE_LINE_PLACE = 6  # syllables, "Thành phố Hồ Chí Minh"
# The national motto in the header is all capitals and would read as a body ("HỘI CHỦ NGHĨA ...").
_MOTTO = re.compile(
    r"CỘNG\s+H[OÒ][AÀ]?\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc",
    re.IGNORECASE,
)
# Titles that follow a level word at a line break ("... phường\nChủ động ...") are not place names.
_NOT_PLACE = {"Chủ", "Phó", "Trưởng", "Giám", "Bí", "Các", "Tổng"}


def date_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _DATE.finditer(text, start, end) if not _inside_code(text, m)]


def _inside_code(text: str, match: re.Match) -> bool:
    # "150/KH-UBND" must not yield a date "150/KH"; dates never touch letters or slashes.
    before = text[match.start() - 1] if match.start() else " "
    after = text[match.end()] if match.end() < len(text) else " "
    return before in "/-" or after in "/-" or after.isalnum()


def find_candidates(text: str) -> list[Candidate]:
    """Every rule match in `text`; overlaps are resolved later."""
    found = [Candidate(s, e, "DATE", "rule") for s, e in date_spans(text)]
    found += [Candidate(m.start(), m.end(), "DOC", "rule") for m in _DOC.finditer(text)]
    masked = [(m.start(), m.end()) for m in _MOTTO.finditer(text)]
    # Motto syllables are blanked so that names stop where the motto begins.
    syllables = [
        (s, e, text[s:e] if not any(a <= s < b for a, b in masked) else "\x00")
        for s, e in split_syllables(text)
    ]
    found += _bodies_and_places(text, syllables)
    found += _date_line_places(text, syllables)
    return [c for c in found if not any(c.start < b and a < c.end for a, b in masked)]


def _date_line_places(text: str, syllables) -> list[Candidate]:
    starts = {s: k for k, (s, _, _) in enumerate(syllables)}
    found = []
    for m in _DATE_LINE.finditer(text):
        k = next((starts[p] for p in range(m.start() - 1, -1, -1) if p in starts), None)
        if k is None or syllables[k][1] != m.start():
            continue  # the comma does not directly follow a syllable
        first = k
        while (
            first >= 0
            and k - first < _MAX_DATE_LINE_PLACE
            and _capitalised(syllables[first][2])
            and syllables[first][2][0].isalpha()
            and (first == k or text[syllables[first][1] : syllables[first + 1][0]] == " ")
        ):
            first -= 1
        if first < k:
            found.append(Candidate(syllables[first + 1][0], syllables[k][1], "LOC", "rule"))
    return found


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _joined(text: str, syllables, i: int, j: int) -> bool:
    """Whether syllables i and j are separated only by whitespace with at most one line break."""
    gap = text[syllables[i][1] : syllables[j][0]]
    return gap.isspace() and gap.count("\n") <= 1 or gap == ""


def _match_seq(text, syllables, i: int, seq: tuple[str, ...]) -> bool:
    if i + len(seq) > len(syllables):
        return False
    for k, want in enumerate(seq):
        if syllables[i + k][2].casefold() != want:
            return False
        if k and not _joined(text, syllables, i + k - 1, i + k):
            return False
    return True


def _head_at(text, syllables, i: int) -> tuple[int, bool] | None:
    if not _capitalised(syllables[i][2]):
        return None
    for seq, standalone in _HEADS:
        if _match_seq(text, syllables, i, seq):
            return len(seq), standalone
    return None


def _level_at(text, syllables, i: int) -> int:
    for seq in _LEVELS:
        if _match_seq(text, syllables, i, seq):
            return len(seq)
    return 0


def _body_starts_at(text, syllables, j: int) -> bool:
    """A head that really opens a new body: standalone, or followed by a capitalised word."""
    head = _head_at(text, syllables, j)
    if head is None:
        return False
    length, standalone = head
    nxt = j + length
    return standalone or (
        nxt < len(syllables) and _joined(text, syllables, nxt - 1, nxt) and _capitalised(syllables[nxt][2])
    )


def _place_after(text, syllables, i: int) -> int:
    """Number of syllables of a capitalised place name starting at i (dashes allowed inside)."""
    if i >= len(syllables) or i == 0 or "\n" in text[syllables[i - 1][1] : syllables[i][0]]:
        return 0
    if syllables[i][2] in _NOT_PLACE:
        return 0
    j = i
    while j < len(syllables) and j - i < _MAX_PLACE_SYLLABLES + 1:
        word = syllables[j][2]
        if j > i and not _joined(text, syllables, j - 1, j):
            break
        if _capitalised(word) and word[0].isalpha() and not _body_starts_at(text, syllables, j):
            j += 1
        elif word in ("-", "–", "—") and j > i and j + 1 < len(syllables) and _capitalised(syllables[j + 1][2]):
            j += 1
        else:
            break
    return j - i


def _bodies_and_places(text: str, syllables) -> list[Candidate]:
    found: list[Candidate] = []
    i = 0
    while i < len(syllables):
        level = _level_at(text, syllables, i)
        if level:
            name = _place_after(text, syllables, i + level)
            if name:
                s, e = syllables[i + level][0], syllables[i + level + name - 1][1]
                found.append(Candidate(s, e, "LOC", "rule"))
        head = _head_at(text, syllables, i)
        if head is None:
            i += 1
            continue
        length, standalone = head
        j = _name_end(text, syllables, i + length)
        if j == i + length and not standalone:
            i += 1
            continue
        j = _level_suffix_end(text, syllables, j)
        found.append(Candidate(syllables[i][0], syllables[j - 1][1], "ORG", "rule"))
        i = j
    return found


def _name_end(text, syllables, j: int) -> int:
    """Extend a body name over capitalised words; one lowercase syllable may follow each capital."""
    start = j
    lowercase_run = 1  # the head ends in a full word
    while j < len(syllables):
        word = syllables[j][2]
        if not _joined(text, syllables, j - 1, j):
            break
        if _capitalised(word) and word[0].isalpha():
            if j > start and _body_starts_at(text, syllables, j):
                break
            if "\n" in text[syllables[j - 1][1] : syllables[j][0]] and word.casefold() in _STOP:
                break  # a new line opening with a duty verb ("Chủ trì", "Phối hợp") is not the name
            j, lowercase_run = j + 1, 0
        elif word[0].isalpha() and lowercase_run == 0 and word not in _STOP and not _level_at(text, syllables, j):
            j, lowercase_run = j + 1, 1
        elif word in ("-", "–", "—", "và", ",") and j > start and j + 1 < len(syllables):
            following = syllables[j + 1][2]
            if not (_capitalised(following) and following[0].isalpha()) or _body_starts_at(text, syllables, j + 1):
                break
            if not _joined(text, syllables, j, j + 1) and word != ",":
                break
            j, lowercase_run = j + 2, 0
        else:
            break
    return j


def _level_suffix_end(text, syllables, j: int) -> int:
    """Take a trailing level and place: "... xã", "... phường Tân Lập", "... tỉnh Đắk Lắk"."""
    if j >= len(syllables) or not _joined(text, syllables, j - 1, j):
        return j
    level = _level_at(text, syllables, j)
    if not level:
        return j
    word = syllables[j][2]
    if _capitalised(word) and not word.isupper():
        return j  # "Phường Lê Đại Hành, ngày ..." starts a new phrase
    return j + level + _place_after(text, syllables, j + level)

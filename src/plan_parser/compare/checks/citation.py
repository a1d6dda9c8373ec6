"""citation_mismatch: the child must cite its parent with the right number, date and issuer.

Numbers are compared tolerantly of OCR: letters read for digits (O->0, l/I->1) and stray spaces
do not count as a mismatch, a different digit does.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ...model import Citation, Finding, Plan
from ..text import fold

_DIGIT_LOOKALIKES = str.maketrans({"o": "0", "O": "0", "l": "1", "I": "1", "i": "1", "|": "1", "S": "5", "B": "8"})


def split_number(number: str) -> tuple[str, str]:
    """'150/KH-UBND' -> ('150', 'khubnd'), tolerant of OCR look-alikes and spacing."""
    number = re.sub(r"\s+", "", number or "")
    head, _, tail = number.partition("/")
    head = head.translate(_DIGIT_LOOKALIKES)
    digits = re.sub(r"\D", "", head) or head.lower()
    symbol = re.sub(r"[^a-z0-9]", "", fold(tail))
    return digits, symbol


def same_number(a: str | None, b: str | None) -> bool | None:
    if not a or not b:
        return None
    (da, sa), (db, sb) = split_number(a), split_number(b)
    return da == db and (sa == sb or Levenshtein.distance(sa, sb) <= 1)


def same_date(a: str | None, b: str | None) -> bool | None:
    if not a or not b:
        return None
    n = min(len(a), len(b))  # "2025-06" against "2025-06-16": compare what both give
    return a[:n] == b[:n]


def _place(issuer: str) -> str:
    """The place part of an issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh' -> 'quang ninh'."""
    text = fold(issuer)
    match = re.search(r"(?:tinh|thanh pho|xa|phuong|huyen|dac khu|thi xa)\s+(.+)$", text)
    return (match.group(1) if match else text).strip()


def same_issuer(a: str | None, b: str | None) -> bool | None:
    if not a or not b:
        return None
    fa, fb = " ".join(fold(a).split()).strip(" ,."), " ".join(fold(b).split()).strip(" ,.")
    # (or the same letters with a space the OCR lost: "ỦY BAN NHÂN DÂN TINHAN" / "GIANG" for "tỉnh An Giang", round 65,
    # channel eng-ocr, 279-B: every child's citation was "wrong issuer")
    if fa.replace(" ", "") == fb.replace(" ", ""):
        return True
    # "của Ủy ban nhân dân tỉnh" without the place name: the same body when it is how the parent's name
    # begins (the child is in that province; a different body or level is still a mismatch).
    short, full = sorted((fa, fb), key=len)
    if full.startswith(short + " ") and re.search(r"\b(?:tinh|thanh pho|huyen|xa|phuong|thi xa|dac khu)$", short):
        return True
    if ("uy ban" in fa) != ("uy ban" in fb):
        return False
    # An issuer line whose level word the OCR glued and garbled ("ỦY BAN NHÂN DANTiINH TUYÊN QUANG") still ends with
    # the place the child cites: the same body (round 54, English-model OCR of set 212-A: every child's citation was
    # "wrong issuer"). Another province's name is still another issuer.
    place_a, place_b = _place(a), _place(b)
    # ... or whose place the OCR glued into one word ("UBND THANH PHO HANOI" for "Hà Nội", English-model OCR of 222-A)
    return place_a.replace(" ", "") == place_b.replace(" ", "") or any(
        place != whole and len(place) >= _SHORTEST_PLACE and other.endswith(" " + place)
        for place, whole, other in ((place_a, fa, fb), (place_b, fb, fa))
    )


_SHORTEST_PLACE = 4  # letters of the place tail: a shorter one ("an") ends too many issuers by chance


def header_misread(cited: str | None, parent) -> bool:
    """Whether the parent's own issuer line was misread (a scan: "tỉnh Nghị: An") while its text names, again and
    again, the place the child cites ("tỉnh Nghệ An"). A child that cites another province is still caught: the
    parent's text names its own place throughout, and the place the child wrote at most in passing."""
    if not cited or not parent.plan.issuer or parent.document is None:
        return False
    text = fold(" ".join(line.text for line in parent.document.lines))
    cited_place, own_place = _place(cited), _place(parent.plan.issuer)
    if not cited_place or cited_place == own_place:
        return False

    def mentions(place: str) -> int:
        return len(re.findall(r"\b(?:tinh|thanh pho) " + re.escape(place) + r"(?![a-z])", text))

    return mentions(cited_place) >= 2 and mentions(own_place) <= 1


def same_type(a: str | None, b: str | None) -> bool | None:
    if not a or not b:
        return None
    return fold(a) == fold(b)


def citation_score(base: Citation, parent: Plan) -> float:
    checks = (
        (same_number(base.number, parent.number), 2.0),
        (same_date(base.date, parent.date), 1.0),
        (same_issuer(base.issuer, parent.issuer), 1.0),
        (same_type(base.doc_type, parent.doc_type), 0.5),
    )
    return sum(weight for ok, weight in checks if ok)


def find_citation(child: Plan, parent: Plan) -> tuple[int, Citation] | None:
    """The base of `child` that refers to `parent` (even wrongly), or None when none does."""
    found = _best(child.bases, parent)
    return (found[0], child.bases[found[0]]) if found else None


def _best(citations: list[Citation], parent: Plan) -> tuple[int, float] | None:
    best = None
    for i, base in enumerate(citations):
        score = citation_score(base, parent)
        if score >= 1.5 and (best is None or score > best[1]):
            best = (i, score)
    return best


def preamble_citations(side) -> list[tuple[Citation, int]]:
    """Citations found in the text before the first section (with their line), for when the parser
    missed the bases paragraph (a restored "Căn cứ" that came out as "Cần ctv", say)."""
    if side.document is None:
        return []
    try:
        from ...parse.citations import iter_citation_matches
    except ImportError:  # pragma: no cover - the parser ships with the project
        return []
    end = next((line.char_start for line in side.document.lines if re.match(r"\s*(?:\*\*)?I\.\s", line.text)), None)
    text = side.document.text[:end] if end else side.document.text[: len(side.document.text) // 3]
    out = []
    for match in iter_citation_matches(text):
        line = next((ln.number for ln in side.document.lines if ln.char_start <= match.start <= ln.char_end), None)
        out.append((match.citation, line))
    return out


# A plan states what it implements in its bases or in the first sentence of its body ("I. MỤC ĐÍCH ... Thực hiện
# Kế hoạch số 09/KH-UBND ... của UBND tỉnh, UBND xã triển khai ..."). In the body, only a citation that an
# implementing verb of its own sentence introduces counts: a plan merely mentioned there is not the one implemented.
_IMPLEMENTS = re.compile(r"\b(?:thuc hien|trien khai|cu the hoa|can cu|theo|nham)\b")
_SENTENCE_END = re.compile(r"[.;:!?](?=\s)|\n\s*\n")
_FIRST_SECTION = re.compile(r"\s*(?:\*\*)?(?:[IVX]+|\d+|Điều\s+\d+)[.:]\s")
_SECOND_SECTION = re.compile(r"\s*(?:\*\*)?(?:II|Điều\s+2)[.:]\s")
_OPENING_CHARS = 1500  # the first part of the body: its opening paragraph or two


def opening_citations(side) -> list[tuple[Citation, int]]:
    """Citations introduced by an implementing verb in the first part of the body (up to the second
    section, at most `_OPENING_CHARS` characters), with their line."""
    if side.document is None:
        return []
    try:
        from ...parse.citations import iter_citation_matches
    except ImportError:  # pragma: no cover - the parser ships with the project
        return []
    lines = side.document.lines
    first = next((i for i, line in enumerate(lines) if _FIRST_SECTION.match(line.text)), None)
    if first is None:
        return []
    start = lines[first].char_start
    end = next((ln.char_start for ln in lines[first + 1 :] if _SECOND_SECTION.match(ln.text)), len(side.document.text))
    text = side.document.text[start : min(end, start + _OPENING_CHARS)]
    folded = fold(text)
    out = []
    for match in iter_citation_matches(text):
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, match.start)), default=0)
        if not _IMPLEMENTS.search(folded, sentence_start, match.start):
            continue
        offset = start + match.start
        line = next((ln.number for ln in lines if ln.char_start <= offset <= ln.char_end), None)
        out.append((match.citation, line))
    return out


def _parent_name(parent: Plan) -> str:
    parts = [parent.doc_type or "Kế hoạch"]
    if parent.number:
        parts.append(f"số {parent.number}")
    if parent.date:
        parts.append(f"ngày {_vn_date(parent.date)}")
    if parent.issuer:
        parts.append(f"của {parent.issuer}")
    return " ".join(parts)


def _vn_date(iso: str | None) -> str:
    if not iso:
        return "?"
    parts = iso.split("-")
    if len(parts) == 3 and parts[0]:
        return f"{int(parts[2]):02d}/{int(parts[1]):02d}/{parts[0]}"
    if len(parts) == 2:
        return f"tháng {int(parts[1])}/{parts[0]}"
    return iso


def check(parent, child, ctx) -> list[Finding]:
    if not (parent.plan.number or parent.plan.date):
        return []  # nothing to check the citation against
    # The parent's own number line ("Số: 150/KH-UBND") is what the citation must repeat.
    if "/number" in parent.plan.provenance:
        parent_ev = parent.evidence("/number", f"Số: {parent.plan.number}")
    else:
        parent_ev = parent.evidence("/title", parent.plan.title) if parent.plan.title else None
    found = find_citation(child.plan, parent.plan)
    pointer, evidence_line = None, None
    if found is None:
        # The parser may have missed the bases: look for the citation in the text itself.
        extra = preamble_citations(child) + opening_citations(child)
        best = _best([c for c, _ in extra], parent.plan)
        if best is None:
            # Same type and series (…/KH-UBND) in the preamble: the parent, cited with a wrong number.
            series = split_number(parent.plan.number or "")[1]
            best = next(((i, 0.0) for i, (c, _) in enumerate(extra) if c.number and split_number(c.number)[1] == series
                         and same_type(c.doc_type, parent.plan.doc_type)), None)  # fmt: skip
        if best is not None:
            found = (best[0], extra[best[0]][0])
            evidence_line = extra[best[0]][1]
    else:
        pointer = f"/bases/{found[0]}"
    if found is None:
        return [
            Finding(
                type="citation_mismatch",
                severity="high",
                message=f"Kế hoạch không trích dẫn văn bản cấp trên là {_parent_name(parent.plan)} ở phần căn cứ.",
                parent_evidence=parent_ev,
                child_evidence=child.evidence("/title", child.plan.title) if child.plan.title else None,
            )
        ]
    _, base = found
    problems, severity = [], "medium"
    if same_number(base.number, parent.plan.number) is False:
        problems.append(f"số hiệu ghi là {base.number}, đúng phải là {parent.plan.number}")
        severity = "high"
    if same_date(base.date, parent.plan.date) is False:
        problems.append(f"ngày ban hành ghi là {_vn_date(base.date)}, đúng phải là {_vn_date(parent.plan.date)}")
    if same_issuer(base.issuer, parent.plan.issuer) is False and not header_misread(base.issuer, parent):
        problems.append(f"cơ quan ban hành ghi là {base.issuer}, đúng phải là {parent.plan.issuer}")
    if not problems:
        return []
    return [
        Finding(
            type="citation_mismatch",
            severity=severity,
            message="Trích dẫn văn bản cấp trên chưa chính xác: " + "; ".join(problems) + ".",
            parent_evidence=parent_ev,
            child_evidence=(
                child.line_evidence(evidence_line)
                if evidence_line
                else child.evidence(pointer, " ".join(filter(None, [base.doc_type, base.number])))
            ),
        )
    ]

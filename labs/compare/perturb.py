"""Meaning-preserving FORMAT transforms of a plan's text, for metamorphic tests of the comparer.

Each transform is a deterministic `str -> str` that changes only how a plan is written, the way real
Vietnamese administrative plans differ from one office (or one PDF export) to the next: heading styles,
item labels, hard line wrapping, page furniture, blank lines, abbreviations, old-style tone marks, date
formats, deadline wording, the layout of duties, Unicode normalisation. A faithful child must stay
faithful under every transform, and a planted defect must stay detected: no transform adds, drops or
changes a date, a number, a place name or an item.

    from perturb import TRANSFORMS
    text2 = TRANSFORMS["heading_phan"](text)
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

# "I. MỤC ĐÍCH, YÊU CẦU": a Roman numeral and a capitals heading (a bracketed lower-case note may follow).
_SECTION = re.compile(r"^(?P<num>[IVX]{1,5})\.\s+(?P<head>\S.*)$")
_ITEM = re.compile(r"^(?P<num>\d{1,2})\.\s+(?P<rest>\S.*)$")
_POINT = re.compile(r"^(?P<letter>[a-zđ])\)\s+(?P<rest>\S.*)$")
_DASH = re.compile(r"^[-–]\s+(?P<rest>\S.*)$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_LETTERS = "abcdđeghiklmnopqrstuvxy"
_FOOTER = re.compile(r"^(Nơi nhận|TM\.|KT\.)")


def _upper_share(text: str) -> float:
    head = re.sub(r"\(.*?\)", "", text)
    letters = [c for c in head if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _section(line: str) -> re.Match | None:
    m = _SECTION.match(line.strip())
    # "IV. KINH PHÍ: ngân sách xã ..." runs its text in after a colon: the heading is what comes before it.
    return m if m and m.group("num") in _ROMAN and _upper_share(m.group("head").split(":")[0]) >= 0.8 else None


def _body_range(lines: list[str]) -> tuple[int, int]:
    """First section heading .. the line before the signature block ("Nơi nhận:")."""
    first = next((i for i, ln in enumerate(lines) if _section(ln)), len(lines))
    last = next((i for i in range(first, len(lines)) if _FOOTER.match(lines[i].strip())), len(lines))
    return first, last


def _map_body(text: str, fn: Callable[[str, dict], str | list[str]]) -> str:
    """Apply fn(line, state) to each line of the body (state carries the current section and item)."""
    lines = text.split("\n")
    first, last = _body_range(lines)
    out = lines[:first]
    state = {"section": 0, "item": 0, "point": 0}
    for line in lines[first:last]:
        stripped = line.strip()
        if (m := _section(stripped)) is not None:
            state.update(section=_ROMAN[m.group("num")], item=0, point=0)
        elif (m := _ITEM.match(stripped)) is not None:
            state.update(item=int(m.group("num")), point=0)
        elif (m := _POINT.match(stripped)) is not None:
            state["point"] = _LETTERS.index(m.group("letter")) + 1
        new = fn(line, state)
        out.extend(new if isinstance(new, list) else [new])
    return "\n".join(out + lines[last:])


def _title_case(head: str) -> str:
    """"MỤC ĐÍCH, YÊU CẦU" -> "Mục đích, yêu cầu" (a bracketed note keeps its case)."""
    head, colon, text = head.partition(":")
    low = head.lower()
    return low[:1].upper() + low[1:] + colon + text


# ---------------------------------------------------------------------------- headings


def _heading(render: Callable[[re.Match], str]) -> Callable[[str], str]:
    def transform(text: str) -> str:
        return _map_body(text, lambda line, st: render(m).split("\n") if (m := _section(line)) else line)

    return transform


heading_phan = _heading(lambda m: f"Phần {m['num']}. {m['head']}")
heading_phan_next_line = _heading(lambda m: f"PHẦN {m['num']}\n{m['head']}")
heading_muc_dash = _heading(lambda m: f"Mục {m['num']} - {m['head']}")
heading_letter = _heading(lambda m: f"{'ABCDEFGHIK'[_ROMAN[m['num']] - 1]}. {m['head']}")
heading_title_case = _heading(lambda m: f"{m['num']}. {_title_case(m['head'])}")
# Capitals headings with no numeral at all ("MỤC ĐÍCH, YÊU CẦU" alone on its line).
heading_unnumbered = _heading(lambda m: m["head"])
# ... and in sentence case ("Mục đích, yêu cầu" alone: bold and numbering both lost in the export).
heading_unnumbered_title = _heading(lambda m: _title_case(m["head"]))


def heading_arabic(text: str) -> str:
    """Arabic top level: "II. NỘI DUNG" -> "2. NỘI DUNG", its items "1." -> "2.1."."""

    def fn(line: str, st: dict) -> str:
        stripped = line.strip()
        if (m := _section(stripped)) is not None:
            return f"{_ROMAN[m['num']]}. {m['head']}"
        if (m := _ITEM.match(stripped)) is not None and st["section"]:
            return f"{st['section']}.{m['num']}. {m['rest']}"
        return line

    return _map_body(text, fn)


def heading_run_in(text: str) -> str:
    """A heading and the first sentence on one line: "III. Thời gian thực hiện: Từ năm 2025 ..." (also an
    item heading "1. Mục đích" followed by a plain paragraph)."""
    lines = text.split("\n")
    first, last = _body_range(lines)
    duties = range(*_organisation_range(lines))  # duty layouts are duties_run_in's
    out = lines[:first]
    i = first
    while i < last:
        stripped = lines[i].strip()
        m = _section(stripped)
        item = _ITEM.match(stripped) if i not in duties else None
        head = None
        if m is not None:
            head = f"{m['num']}. {_title_case(m['head'])}"
        elif item is not None and len(item["rest"].split()) <= 6 and item["rest"][-1:] not in ".:;":
            head = stripped
        j = i + 1
        while j < last and not lines[j].strip():
            j += 1
        nxt = lines[j].strip() if j < last else ""
        labelled = _section(nxt) or _ITEM.match(nxt) or _POINT.match(nxt) or _DASH.match(nxt) or nxt[:1] in "+•("
        if head is not None and nxt and not labelled:
            out.append(f"{head}: {nxt}")
            i = j + 1
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out + lines[last:])


# ---------------------------------------------------------------------------- item labels


def _items(render: Callable[[re.Match, dict], str], points: Callable[[re.Match, dict], str] | None = None):
    def transform(text: str) -> str:
        def fn(line: str, st: dict) -> str:
            stripped = line.strip()
            if (m := _ITEM.match(stripped)) is not None:
                return render(m, st)
            if points is not None and (m := _POINT.match(stripped)) is not None:
                return points(m, st)
            return line

        return _map_body(text, fn)

    return transform


items_paren = _items(lambda m, st: f"{m['num']}) {m['rest']}")
# Items become lettered points, their points become dashes (one level down, the order kept).
items_letter = _items(lambda m, st: f"{_LETTERS[(int(m['num']) - 1) % len(_LETTERS)]}) {m['rest']}",
                      lambda m, st: f"- {m['rest']}")  # fmt: skip
items_dash = _items(lambda m, st: f"- {m['rest']}", lambda m, st: f"+ {m['rest']}")
items_plus = _items(lambda m, st: f"+ {m['rest']}", lambda m, st: f"- {m['rest']}")
items_bullet = _items(lambda m, st: f"• {m['rest']}", lambda m, st: f"- {m['rest']}")
# Points under an item become decimal sub-items: "a)" under "2." -> "2.1.".
items_decimal = _items(lambda m, st: m.group(0), lambda m, st: f"{st['item']}.{st['point']}. {m['rest']}")


# ---------------------------------------------------------------------------- layout


def _wrap_line(line: str, width: int, inside_names: bool) -> list[str]:
    indent = len(line) - len(line.lstrip())
    words = line.split()
    out: list[list[str]] = [[]]
    for word in words:
        current = out[-1]
        if current and len(" ".join(current + [word])) + indent > width:
            if inside_names:
                # Break inside a name when one ends the line ("... Ủy ban nhân dân | phường Hạc Thành").
                k = len(current) - 1
                while k > 0 and current[k][:1].isupper() and len(current) - k < 4:
                    k -= 1
                if 0 < k < len(current) - 1 and current[k + 1][:1].isupper():
                    out[-1], carry = current[: k + 2], current[k + 2 :]
                    out.append(carry)
                    current = out[-1]
            if current:
                out.append([])
        out[-1].append(word)
    return [" " * indent + " ".join(ws) for ws in out if ws] or [line]


def _wrap(width: int, inside_names: bool = False) -> Callable[[str], str]:
    def transform(text: str) -> str:
        out = []
        for line in text.split("\n"):
            out.extend(_wrap_line(line, width, inside_names) if len(line) > width else [line])
        return "\n".join(out)

    return transform


wrap_90 = _wrap(90)
wrap_72 = _wrap(72)
wrap_inside_names = _wrap(85, inside_names=True)


def _running_header(text: str) -> str:
    number = re.search(r"Số:\s*(\S+)", text)
    return f"Kế hoạch số {number.group(1)}" if number else "KẾ HOẠCH"


def _pages(text: str, every: int, header: bool) -> str:
    """Page breaks every `every` lines: a form feed, a page number line and (optionally) a running header."""
    lines = text.split("\n")
    out, page = [], 1
    for i, line in enumerate(lines):
        if i and i % every == 0:
            page += 1
            out.append(f"\f{page}")
            if header:
                out.append(_running_header(text))
        out.append(line)
    return "\n".join(out)


def page_numbers(text: str) -> str:
    return _pages(text, 30, header=False)


def page_headers(text: str) -> str:
    return _pages(text, 30, header=True)


def pdf_like(text: str) -> str:
    """What pdftotext gives: lines wrapped at ~88, no blank lines, page breaks with number and header
    (breaks fall inside paragraphs)."""
    return _pages(blank_lines_removed(wrap_90(text)), 41, header=True)


def blank_lines_removed(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def blank_lines_doubled(text: str) -> str:
    return "\n".join(ln for line in text.split("\n") for ln in ([line, ""] if line.strip() else [line]))


def indented(text: str) -> str:
    """Every line indented (a layout-preserving PDF export) and trailing spaces."""
    return "\n".join(f"      {line}  " if line.strip() else line for line in text.split("\n"))


def label_tabs(text: str) -> str:
    """A tab after each label ("I.\\tMỤC ĐÍCH", "1.\\tTăng cường") and Windows line ends."""
    out = re.sub(r"(?m)^(\s*(?:[IVX]{1,5}|\d{1,2}|[a-zđ]\)))(\.?)\s+", lambda m: f"{m[1]}{m[2]}\t", text)
    return out.replace("\n", "\r\n")


# ---------------------------------------------------------------------------- words

_ABBREVIATIONS = [
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn TN"),
    ("Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam"),
    ("Hội Liên hiệp Phụ nữ", "Hội LHPN"),
    ("Sở Nông nghiệp và Môi trường", "Sở NN&MT"),
    ("Hội đồng nhân dân", "HĐND"),
    ("Ủy ban nhân dân", "UBND"),
    ("Thi đua - Khen thưởng", "TĐKT"),
]


def abbreviations(text: str) -> str:
    """Names as offices abbreviate them (Ủy ban nhân dân -> UBND ...); headings in capitals stay."""
    for long, short in _ABBREVIATIONS:
        text = text.replace(long, short)
    return text


_TONED = {"o": "òóỏõọ", "u": "ùúủũụ"}
_SECOND = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}


def old_tone_marks(text: str) -> str:
    """Old-style tone placement: hòa -> hoà, Ủy -> Uỷ, thủy -> thuỷ, khỏe -> khoẻ (open syllables only)."""

    def move(m: re.Match) -> str:
        first, second = m.group(1), m.group(2)
        base = "o" if first.lower() in _TONED["o"] else "u"
        tone = _TONED[base].index(first.lower())
        moved = _SECOND[second.lower()][tone]
        return (base.upper() if first.isupper() else base) + (moved.upper() if second.isupper() else moved)

    text = re.sub(r"([òóỏõọÒÓỎÕỌ])([aeAE])(?![^\W\d_])", move, text)
    return re.sub(r"([ùúủũụÙÚỦŨỤ])([yY])(?![^\W\d_])", move, text)


_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def dates_dash(text: str) -> str:
    return _DATE.sub(lambda m: f"{m[1]}-{m[2]}-{m[3]}", text)


def dates_long(text: str) -> str:
    """"ngày 15/6/2026" -> "ngày 15 tháng 6 năm 2026"."""
    return re.sub(r"\bngày (\d{1,2})/(\d{1,2})/(\d{4})\b", lambda m: f"ngày {int(m[1])} tháng {int(m[2])} năm {m[3]}", text)


def dates_padded(text: str) -> str:
    """"15/6/2026" -> "15/06/2026", "ngày 5/6" -> "ngày 05/06", "tháng 9/2025" -> "tháng 09/2025"."""
    text = _DATE.sub(lambda m: f"{int(m[1]):02d}/{int(m[2]):02d}/{m[3]}", text)
    text = re.sub(r"\bngày (\d{1,2})/(\d{1,2})(?![/\d])", lambda m: f"ngày {int(m[1]):02d}/{int(m[2]):02d}", text)
    return re.sub(r"\btháng (\d{1,2})/(\d{4})\b", lambda m: f"tháng {int(m[1]):02d}/{m[2]}", text)


def deadline_cham_nhat(text: str) -> str:
    return text.replace("trước ngày", "chậm nhất ngày").replace("Trước ngày", "Chậm nhất ngày")


def deadline_han_cuoi(text: str) -> str:
    return text.replace("trước ngày", "hạn cuối ngày").replace("Trước ngày", "Hạn cuối ngày")


# ---------------------------------------------------------------------------- duties


def _organisation_range(lines: list[str]) -> tuple[int, int]:
    start = next((i for i, ln in enumerate(lines)
                  if (m := _section(ln)) and re.match(r"TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM", m["head"])), None)  # fmt: skip
    if start is None:
        return 0, 0
    end = next((i for i in range(start + 1, len(lines))
                if _section(lines[i]) or _FOOTER.match(lines[i].strip()) or lines[i].startswith("Trên đây")), len(lines))  # fmt: skip
    return start + 1, end


def _body_line(text: str) -> bool:
    """"2. Phòng Văn hóa - Xã hội": a numbered short line naming a body (no full stop)."""
    m = _ITEM.match(text)
    return bool(m) and len(m["rest"].split()) <= 14 and m["rest"][-1:] not in ".;:"


def duties_run_in(text: str) -> str:
    """"1. Phòng X" + its paragraphs or points -> "1. Phòng X: task; task." on one line."""
    lines = text.split("\n")
    start, end = _organisation_range(lines)
    out, i = lines[:start], start
    while i < end:
        stripped = lines[i].strip()
        if not _body_line(stripped):
            out.append(lines[i])
            i += 1
            continue
        j, tasks = i + 1, []
        while j < end and not _ITEM.match(lines[j].strip()):
            part = lines[j].strip()
            if part:
                m = _POINT.match(part) or _DASH.match(part)
                tasks.append((m["rest"] if m else part).rstrip("."))
            j += 1
        if not tasks:
            out.append(lines[i])
            i += 1
            continue
        out += [f"{stripped}: " + "; ".join(t[:1].lower() + t[1:] if k else t for k, t in enumerate(tasks)) + ".", ""]
        i = j
    return "\n".join(out + lines[end:])


def duties_bullets(text: str) -> str:
    """"1. Phòng X: task; task." -> "1. Phòng X" then one "- task" line per clause; a body line followed by
    a plain paragraph gets the paragraph's clauses as dashes too."""
    lines = text.split("\n")
    start, end = _organisation_range(lines)
    out, i = lines[:start], start
    while i < end:
        stripped = lines[i].strip()
        m = _ITEM.match(stripped)
        head, body = None, None
        if m and ":" in m["rest"] and len(m["rest"].split(":", 1)[0].split()) <= 12:
            head, body = stripped.split(":", 1)
        elif m and _body_line(stripped):
            j = i + 1
            while j < end and not lines[j].strip():
                j += 1
            nxt = lines[j].strip() if j < end else ""
            if nxt and not (_ITEM.match(nxt) or _POINT.match(nxt) or _DASH.match(nxt)):
                head, body, i = stripped, nxt, j
        if head is None:
            out.append(lines[i])
            i += 1
            continue
        clauses = [c.strip() for c in re.split(r";\s+", body.strip()) if c.strip()]
        out.append(head)
        for k, clause in enumerate(clauses):
            clause = clause[:1].upper() + clause[1:]
            out.append(f"- {clause}" + ("" if clause[-1:] in ".;" else ";" if k < len(clauses) - 1 else "."))
        i += 1
    return "\n".join(out + lines[end:])


# ---------------------------------------------------------------------------- encoding


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "heading_phan": heading_phan,
    "heading_phan_next_line": heading_phan_next_line,
    "heading_muc_dash": heading_muc_dash,
    "heading_letter": heading_letter,
    "heading_arabic": heading_arabic,
    "heading_unnumbered": heading_unnumbered,
    "heading_unnumbered_title": heading_unnumbered_title,
    "heading_title_case": heading_title_case,
    "heading_run_in": heading_run_in,
    "items_paren": items_paren,
    "items_letter": items_letter,
    "items_dash": items_dash,
    "items_plus": items_plus,
    "items_bullet": items_bullet,
    "items_decimal": items_decimal,
    "wrap_90": wrap_90,
    "wrap_72": wrap_72,
    "wrap_inside_names": wrap_inside_names,
    "page_numbers": page_numbers,
    "page_headers": page_headers,
    "pdf_like": pdf_like,
    "blank_lines_removed": blank_lines_removed,
    "blank_lines_doubled": blank_lines_doubled,
    "indented": indented,
    "label_tabs": label_tabs,
    "abbreviations": abbreviations,
    "old_tone_marks": old_tone_marks,
    "dates_dash": dates_dash,
    "dates_long": dates_long,
    "dates_padded": dates_padded,
    "deadline_cham_nhat": deadline_cham_nhat,
    "deadline_han_cuoi": deadline_han_cuoi,
    "duties_run_in": duties_run_in,
    "duties_bullets": duties_bullets,
    "nfd": nfd,
}

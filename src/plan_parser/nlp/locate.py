"""Turn the parsed plan into character spans of the text: entities and sections.

The plan's `provenance` says which lines a value came from; the value itself may be
normalised ("UBND" -> "Ủy ban nhân dân", line breaks joined), so each value is searched
for inside its provenance span with a whitespace- and dash-tolerant pattern.
A plan without provenance (a gold file) is searched for over the whole text.
"""

from __future__ import annotations

import re

from ..model import Plan, Span
from .rules import Candidate, date_spans

_DASHES = "-–—"
_LABEL = re.compile(r"^[\s*_]*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\)|[-+•])?\s*", re.IGNORECASE)
# A duty heading names its body after these words ("Đề nghị Ủy ban MTTQ phường").
_BODY_PREFIX = re.compile(r"^(?:Đề nghị|Đối với|Giao|Trách nhiệm của)\s+", re.IGNORECASE)
_PLAN_PRIORITY = 2


def phrase_pattern(phrase: str) -> re.Pattern | None:
    """A case-insensitive pattern for `phrase` that tolerates line breaks and spacing around dashes."""
    parts = re.split(r"\s*([" + _DASHES + r"])\s*|\s+", phrase.strip())
    pieces = []
    for part in parts:
        if not part:
            continue
        if part in _DASHES:
            pieces.append(r"\s*[" + _DASHES + r"]\s*")
        else:
            if pieces and not pieces[-1].endswith(r"\s*"):
                pieces.append(r"\s+")
            pieces.append(re.escape(part))
    return re.compile("".join(pieces), re.IGNORECASE) if pieces else None


def find_phrase(text: str, phrase: str | None, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    if not phrase:
        return None
    pattern = phrase_pattern(phrase)
    if pattern is None:
        return None
    match = pattern.search(text, start, len(text) if end is None else end)
    return (match.start(), match.end()) if match else None


def _spans(plan: Plan, *pointers: str) -> Span | None:
    for pointer in pointers:
        if pointer in plan.provenance:
            return plan.provenance[pointer]
    return None


def _window(span: Span | None, text: str) -> tuple[int, int]:
    if span is None:
        return 0, len(text)
    return span.char_start, min(span.char_end, len(text))


def _value(text: str, plan: Plan, value: str | None, pointer: str, label: str, source: str) -> Candidate | None:
    """The span of `value` inside its provenance (or anywhere, without provenance)."""
    span = _spans(plan, pointer)
    start, end = _window(span, text)
    found = find_phrase(text, value, start, end)
    if found is None and span is not None and pointer.count("/") > 1:
        # The value was normalised; its own provenance span is the best text we have.
        found = _trimmed(text, span.char_start, span.char_end)
    return Candidate(found[0], found[1], label, source, _PLAN_PRIORITY) if found else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    stripped = piece.strip(" \t\n*_:;.,")
    if not stripped:
        return None
    offset = start + piece.index(stripped)
    return offset, offset + len(stripped)


def _heading_body(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The body named by the first line of an assignment block: "2. Đề nghị Ban Xây dựng Đảng"."""
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    line = text[start:line_end]
    label = _LABEL.match(line)
    offset = label.end() if label else 0
    prefix = _BODY_PREFIX.match(line[offset:])
    offset += prefix.end() if prefix else 0
    stop = re.search(r"[:;(]| chủ trì| phối hợp| có trách nhiệm", line[offset:])
    body_end = offset + stop.start() if stop else len(line)
    return _trimmed(text, start + offset, start + body_end)


def plan_candidates(text: str, plan: Plan) -> list[Candidate]:
    """Entity candidates from the plan: bodies, bases, dates, deadlines and the place of issue."""
    found: list[Candidate] = []

    def add(candidate: Candidate | None) -> None:
        if candidate is not None and candidate.end > candidate.start:
            found.append(candidate)

    for i, assignment in enumerate(plan.assignments):
        block = _spans(plan, f"/assignments/{i}/body", f"/assignments/{i}")
        start, end = _window(block, text)
        hit = find_phrase(text, assignment.body, start, end)
        if hit is None and block is None:
            hit = _search_after_heading(text, assignment.body)
        if hit is None and block is not None:
            hit = _heading_body(text, start, end)
        if hit:
            add(Candidate(hit[0], hit[1], "ORG", "assignment", _PLAN_PRIORITY))
    for i, basis in enumerate(plan.bases):
        add(_value(text, plan, basis.number, f"/bases/{i}/number", "DOC", "basis") or _in_block(
            text, plan, basis.number, f"/bases/{i}", "DOC", "basis"))
        add(_in_block(text, plan, basis.issuer, f"/bases/{i}", "ORG", "basis-issuer"))
        block = _spans(plan, f"/bases/{i}")
        if block is not None and basis.date:
            dates = date_spans(text, *_window(block, text))
            if dates:
                add(Candidate(*dates[0], "DATE", "basis-date", _PLAN_PRIORITY))
    add(_value(text, plan, plan.number, "/number", "DOC", "number"))
    add(_value(text, plan, plan.issuer, "/issuer", "ORG", "issuer"))
    add(_value(text, plan, plan.parent_issuer, "/parent_issuer", "ORG", "parent-issuer"))
    add(_value(text, plan, plan.place, "/place", "LOC", "place"))
    for pointer, source in [("/date", "date")] + [(f"/deadlines/{i}", "deadline") for i in range(len(plan.deadlines))]:
        span = _spans(plan, pointer)
        if span is not None:
            for s, e in date_spans(text, *_window(span, text))[:1]:
                add(Candidate(s, e, "DATE", source, _PLAN_PRIORITY))
    for i, deadline in enumerate(plan.deadlines):
        add(_in_block(text, plan, deadline.to, f"/deadlines/{i}", "ORG", "deadline-to"))
    return found


def _in_block(text: str, plan: Plan, value: str | None, pointer: str, label: str, source: str) -> Candidate | None:
    span = _spans(plan, pointer)
    if span is None and plan.provenance:
        return None  # a parser that gives provenance but not for this value: do not guess
    hit = find_phrase(text, value, *_window(span, text))
    return Candidate(hit[0], hit[1], label, source, _PLAN_PRIORITY) if hit else None


def _search_after_heading(text: str, body: str) -> tuple[int, int] | None:
    """Without provenance, bodies are looked for in "Tổ chức thực hiện" first, then anywhere."""
    heading = re.search(r"TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM THỰC HIỆN", text)
    if heading:
        hit = find_phrase(text, body, heading.end())
        if hit:
            return hit
    return find_phrase(text, body)


# --------------------------------------------------------------------------- sections

_SECTION_LINE = re.compile(r"^[ \t*_]*([IVXLC]+)\.[ \t]+([^\n]*?)[ \t*_]*$", re.MULTILINE)


def section_spans(text: str, plan: Plan | None) -> list[tuple[int, int, str, str]]:
    """(start, end, label, heading) of each top-level section, covering it up to the next one."""
    starts: list[tuple[int, str, str]] = []
    if plan is not None:
        for node in plan.outline:
            if node.kind == "section" and node.span is not None:
                starts.append((node.span.char_start, node.label or "", node.heading or ""))
        if not starts:
            for i, section in enumerate(plan.sections):
                span = _spans(plan, f"/sections/{i}")
                if span is not None:
                    starts.append((span.char_start, section.label, section.heading))
                else:
                    hit = find_phrase(text, section.heading, starts[-1][0] if starts else 0)
                    if hit:
                        line_start = text.rfind("\n", 0, hit[0]) + 1
                        starts.append((line_start, section.label, section.heading))
    if not starts:
        starts = [(m.start(), m.group(1), m.group(2).strip()) for m in _SECTION_LINE.finditer(text)
                  if m.group(2).strip() and m.group(2).strip().upper() == m.group(2).strip()]
    starts.sort()
    result = []
    for k, (start, label, heading) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else _body_end(text, start)
        trimmed = _trimmed(text, start, end)
        if trimmed:
            result.append((trimmed[0], trimmed[1], label, heading))
    return result


def _body_end(text: str, start: int) -> int:
    """The last section ends where the closing block begins (Nơi nhận / signature), if found."""
    closing = re.search(r"^[\s*_]*Nơi nhận", text[start:], re.MULTILINE)
    return start + closing.start() if closing else len(text)

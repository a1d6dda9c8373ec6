"""Many-to-many alignment of parent items to the child items that implement them.

Each parent content item, criterion and lower-level duty gets the child items whose
similarity passes `match_threshold` (best first), a score and a verdict. The score mixes the
best cosine with the share of the parent item's terms found in the union of its matches, so a
ward that splits one item in two, merges two into one, reorders or paraphrases still scores high.
An item that scores low there is then asked the asymmetric question "is it contained in some child
item or pair of adjacent lines?" (`Contained`, weights from the parent's own items; round 3), which
lifts items a ward merged into one long item (pair scores 0.2-0.3).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from pydantic import BaseModel, ConfigDict, Field

from ..model import AlignedItem, Document, ItemRef, Match
from ..parse.assignments import body_run_in
from ..parse.text import ORDINAL, ORDINAL_NUMBERS, PROSE_ORDINAL
from .acronyms import expand_acronyms, parent_acronyms, without_bodies
from .bodies import TASK_WORD, names_body, role_line_body
from .discharge import funding_task, funds_the_plan, substantive_part, undischarged_text
from .sides import table_headers, what_cells
from .text import ItemContainment, Similarity, analyse, clauses, fold, nfc, phrase_terms


class AlignOptions(BaseModel):
    """Thresholds calibrated on the tuning half of corpus/compare (see labs/compare/README.md)."""

    model_config = ConfigDict(extra="forbid")

    match_threshold: float = Field(0.30, ge=0, le=1, description="pair score for a child item to count as a match")
    covered_threshold: float = Field(0.50, ge=0, le=1, description="item score at or above which it is covered")
    partial_threshold: float = Field(0.32, ge=0, le=1, description="item score at or above which it is partly covered")
    max_matches: int = Field(4, ge=1, description="child items kept per parent item")
    search_lines: bool = Field(True, description="look for uncovered items in the child's lines too")
    clause_threshold: float = Field(0.6, ge=0, le=1, description="share of a clause's terms in one child item for it to count as found")
    clause_weight: float = Field(0.7, ge=0, le=1, description="item score per share of its clauses found (below 1: some wording lost)")
    distinct_phrases: int = Field(3, ge=0, description="an uncovered content item counts as partly covered when one child item "
                                  "(or two adjacent lines) has this many of its distinctive word pairs; 0: off")
    containment: bool = Field(True, description="score items by asymmetric containment too (text.ItemContainment)")
    contain_covered: float = Field(0.60, ge=0, le=1, description="containment at or above which an item is covered")
    contain_partial: float = Field(0.30, ge=0, le=1, description="containment at or above which an item is partly covered "
                                   "(labs/compare/calibrate_containment.py: pooled tuning data, P = R = 0.90 for missing_content)")
    contain_window: int = Field(2, ge=1, description="adjacent child lines a parent item may be found in")
    own_words_pair: float = Field(0.15, ge=0, le=1, description="an uncovered content item whose nearest child item "
                                  "(pair score at least this) is made of its words more than of any other parent "
                                  "item's is partly covered (a summary in the ward's words); 0: off")
    own_words_reverse: float = Field(0.30, ge=0, le=1, description="share of that child item's weight that must "
                                     "come from the parent item")
    head_share: float = Field(0.40, ge=0, le=1, description="an uncovered content item is partly covered when the head of "
                              "a child content item (its run-in label, first clause, or a short task it enumerates) has "
                              "at least this share of its weight in the item and less elsewhere (_by_heads); 0: off")
    head_margin: float = Field(0.25, ge=0, le=1, description="lead of that share over the next parent content item")
    duty_phrases: int = Field(3, ge=0, description="an unassigned duty counts as partly given when ONE line of the "
                              "child's organisation section has this many of its word pairs that no other lower-level "
                              "duty uses, every clause of the duty among them (AssignedInFewWords); 0: off")
    own_task_share: float = Field(0.50, ge=0, le=1, description="an unassigned duty whose containment in the child's "
                                  "lines before its organisation part is at least this is written among the ward's own "
                                  "tasks, with no body named for it: reported as info (labs/compare/README.md, round 22); "
                                  "1: off")
    dated_items: bool = Field(True, description="an uncovered content item or unassigned duty counts as partly "
                              "covered when one clause of the child (of an assignment line, for a duty) has the item's "
                              "date (no other such item's) and one of the same clause's word pairs no other such item "
                              "uses (dated_items.py); False: off")
    duty_split_pairs: int = Field(2, ge=0, description="an unassigned duty counts as partly given when EACH of its clauses "
                                  "(two or more) has this many of its own distinctive word pairs in some assignment line "
                                  "(AssignedInFewWords.split); 0: off")
    restate_share: float = Field(0.45, ge=0, le=1, description="an uncovered content item counts as partly covered "
                                 "when a covered duty of the lower level takes at least this share of its weight from "
                                 "the item (it restates the item for the wards: _by_restating_duties); 1: only a duty "
                                 "made of the item's words alone")
    duty_lead_pairs: int = Field(3, ge=0, description="an unassigned duty of ONE sentence counts as partly given when one "
                                 "assignment line has this many of its lead clause's own distinctive word pairs "
                                 "(AssignedInFewWords.lead); 0: off")
    duty_opening_acts: bool = Field(True, description="an unassigned duty that opens with two or more acts counts as partly "
                                    "given when an assignment line opens a task with the same acts and no other lower-level "
                                    "duty opens with them (AssignedInFewWords.same_opening_acts); False: off")


# Which child items may implement which parent item: a duty must be given to a body.
CANDIDATE_KINDS = {
    "content": {"content", "criterion", "purpose", "requirement", "duty", "other"},
    "criterion": {"criterion", "content", "other"},
    "duty": {"duty"},
}


def clause_share(sim: Similarity, text: str, columns: list[int], threshold: float) -> float:
    """Share of the item's clauses that some child item contains."""
    parts = clauses(text)
    if len(parts) < 2:
        return 0.0
    found = sim.clause_containment(parts, columns) >= threshold
    return float(found.mean())


def pair_scores(sim: Similarity):
    """Symmetric-enough score per (parent, child) pair: mean of cosine and containment."""
    return (sim.cosine + sim.containment) / 2


# A wrapped line goes on: it starts in lower case ("... Nhân dân và các hộ" / "kinh doanh ..."), or the line
# before stops on a word that joins what follows ("... Sở Nông nghiệp và" / "Môi trường ...").
_JOINING_END = re.compile(r"\b(?:và|của|các|với|cho|về|trong|tại|để|hoặc|những|theo|từ|đến|được|thuộc|trên)$")
_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$")


def logical_lines(document: Document, first_line: int = 1) -> list[tuple[int, int, str]]:
    """(first line, last line, text) of each line of the text as written, a line wrapped by a PDF export
    or a scan (at 70-95 characters) joined back; page numbers between its halves are passed over."""
    out: list[list] = []
    for ln in document.lines:
        text = ln.text.replace("\f", " ").strip()
        if ln.number < first_line or not text or _PAGE_NUMBER.match(text):
            continue
        prev = out[-1][2] if out else ""
        goes_on = prev and prev[-1:] not in ".;:!?" and (text[:1].islower() or _JOINING_END.search(prev.lower()))
        if goes_on and ln.number - out[-1][1] <= 2:
            out[-1][1], out[-1][2] = ln.number, f"{prev} {text}"
        else:
            out.append([ln.number, ln.number, text])
    return [tuple(x) for x in out]


def line_windows(document: Document | None, first_line: int = 1, size: int = 3, *,
                 headers: dict[int, list[str]] | None = None, skip: range = range(0)) -> list[tuple[int, int, str]]:  # fmt: skip
    """(first line, last line, text) of every run of 1..size consecutive non-empty lines (wrapped lines
    joined back first: a window must not depend on where a PDF export broke the lines). With the document's
    `table_headers`, a task table's rows keep only their what cells (`what_cells`). No window touches the lines `skip`
    (the closing block, where no line gives a task)."""
    if document is None:
        return []
    lines = logical_lines(document, first_line)
    if headers:
        lines = [(first, last, what_cells(text, headers.get(first))) for first, last, text in lines]
    out = []
    for i in range(len(lines)):
        for k in range(1, size + 1):
            if i + k <= len(lines):
                chunk = lines[i : i + k]
                out.append((chunk[0][0], chunk[-1][1], " ".join(text for _, _, text in chunk)))
    return [w for w in out if not (skip and w[0] <= skip[-1] and w[1] >= skip[0])]


def align(
    parent_items: list[ItemRef],
    child_items: list[ItemRef],
    options: AlignOptions | None = None,
    child_document: Document | None = None,
    duties_from_line: int | None = None,
    parent_context: list[str] | None = None,
    traces: dict[str, float] | None = None,
    own_tasks: dict[str, tuple[float, ItemRef]] | None = None,
    own_tasks_until: int | None = None,
    lower_duties: list[str] | None = None,
    parent_title: str | None = None,
    closing_lines: range = range(0),
) -> list[AlignedItem]:
    """Align; with `child_document`, an item no parsed child item covers is also looked for in the
    child's own lines (the parser may have missed an item of an OCR'd page). Duties are only looked
    for from `duties_from_line` (the organisation section) on. `traces`, when given, receives each
    duty's best containment anywhere in the child (for the severity of an unassigned duty); `own_tasks`, each
    unassigned duty the child writes among its own tasks, before `own_tasks_until` (its organisation part's heading;
    None: every line) (`Contained.own_task`). `lower_duties`: every duty the parent gives the lower level, those the plan
    discharges by existing too (default: the duties among `parent_items`). `closing_lines`: the child's recipients and
    signature block, where no line gives a task."""
    options = options or AlignOptions()
    child_items = child_items + duties_by_number(child_items, child_document, duties_from_line)
    sim = Similarity([p.text for p in parent_items], [c.text for c in child_items])
    if lower_duties is None:
        lower_duties = [p.text for p in parent_items if p.kind == "duty"]
    phrases = DistinctPhrases((parent_context or [p.text for p in parent_items]) + ([parent_title] if parent_title else []),
                              child_items, child_document,
                              [p.text for p in parent_items if p.kind == "criterion"], lower_duties)
    contained = Contained(parent_context or [p.text for p in parent_items], child_items, child_document,
                          duties_from_line, options.contain_window, own_tasks_until) if options.containment else None  # fmt: skip
    pairs = pair_scores(sim)
    own_units = _own_units(child_items)
    headings = _headings_over([c for c in child_items if c.kind == "content"], child_document)
    body_windows = _BodyWindows(child_document, duties_from_line, closing_lines)
    assigned = (AssignedInFewWords([p.text for p in parent_items if p.kind == "duty"], child_document, duties_from_line)
                if options.duty_phrases and duties_from_line is not None and child_document is not None else None)  # fmt: skip
    aligned: list[AlignedItem] = []
    for i, parent in enumerate(parent_items):
        allowed = CANDIDATE_KINDS.get(parent.kind, {"content"})
        ranked = sorted(
            (j for j, child in enumerate(child_items) if child.kind in allowed),
            key=lambda j: -pairs[i, j],
        )
        chosen = [j for j in ranked[: options.max_matches] if pairs[i, j] >= options.match_threshold]
        best_cos = max((sim.cosine[i, j] for j in chosen), default=0.0)
        best_pair = max((pairs[i, j] for j in ranked[:1]), default=0.0)
        union = sim.union_containment(i, chosen)
        score = max(best_pair, (union + best_cos) / 2) if chosen else best_pair
        if score < options.covered_threshold and ranked:
            # A ward that keeps only some clauses of an item covers it in part: count the clauses found.
            score = max(score, options.clause_weight * clause_share(sim, parent.text, ranked, options.clause_threshold))
        score = float(min(1.0, max(0.0, score)))
        if score >= options.covered_threshold:
            verdict = "covered"
        elif score >= options.partial_threshold:
            verdict = "partly_covered"
        else:
            verdict = "not_covered"
        matches = [Match(child=child_items[j], score=round(float(min(1.0, pairs[i, j])), 4)) for j in chosen]
        if not matches and ranked:
            # Keep the nearest item for the auditor even when it is too far to count.
            j = ranked[0]
            matches = [Match(child=child_items[j], score=round(float(min(1.0, pairs[i, j])), 4))] if pairs[i, j] > 0 else []
        item = AlignedItem(parent=parent, matches=matches, score=round(score, 4), verdict=verdict)
        if verdict != "covered" and child_document is not None and options.search_lines:
            item = _from_lines(item, i, sim, child_document, body_windows(parent.kind), options)
        if item.verdict == "not_covered" and parent.kind != "duty" and options.distinct_phrases:
            item = phrases.partial(item, options.distinct_phrases)
        if item.verdict == "not_covered" and parent.kind == "duty" and assigned is not None:
            item = assigned.partial(item, options.duty_phrases)
            if item.verdict == "not_covered":
                item = assigned.split(item, options.duty_split_pairs)
            if item.verdict == "not_covered":
                item = assigned.lead(item, options.duty_lead_pairs)
            if item.verdict == "not_covered":
                item = assigned.act_given_done_here(item, options.duty_lead_pairs)
            if item.verdict == "not_covered" and options.duty_opening_acts:
                item = assigned.same_opening_acts(item, lower_duties)
                if item.verdict == "not_covered":
                    item = assigned.short_act_given(item, lower_duties)
            if item.verdict == "not_covered":
                item = assigned.funding_given(item, lower_duties)
        if item.verdict == "not_covered" and parent.kind == "duty" and contained is not None and duties_from_line is not None:
            item = contained.split_between_bodies(item, options)
        if item.verdict == "not_covered" and parent.kind == "content" and options.own_words_pair:
            item = _in_own_words(item, i, sim, own_units, options)
        if item.verdict == "not_covered" and parent.kind == "content" and options.head_share and contained is not None:
            item = _by_heads(item, i, parent_items, child_items, contained.measure, options, headings)
        if contained is not None and item.verdict != "covered":
            item = contained.lift(item, options)
        # Best containment anywhere: for a duty's severity (written but unassigned), and for any uncovered
        # item to tell a near miss (weak evidence: medium) from an item with no trace (high).
        if traces is not None and contained is not None and (parent.kind == "duty" or item.verdict == "not_covered"):
            traces[parent.pointer or str(i)] = contained.anywhere(parent.text)
        if own_tasks is not None and contained is not None and parent.kind == "duty" and item.verdict == "not_covered":
            share, ref = contained.own_task(parent.text)
            if ref is not None and share >= options.own_task_share:
                own_tasks[parent.pointer or str(i)] = (share, ref)
        aligned.append(item)
    return _by_restating_duties(aligned, sim, options.restate_share)


# A body given the plan's own items by number: "Phòng Văn hóa - Xã hội chủ trì nội dung 1, 2, 4 và nội dung 5", "thực hiện
# nhiệm vụ số 3", "các mục 2 và 6", "nội dung tại điểm 1, 3 Mục II", "nhiệm vụ 2.2, 2.6" (decimal labels); or all of them,
# "các nội dung tại Mục II".
_NUMBER = r"\d{1,2}(?:\.\d{1,2})?"
_NUMBERS = rf"{_NUMBER}(?:\s*(?:,|và|hoặc|-|–)\s*{_NUMBER})*"
# ... or its activities: "Công chức Văn hóa - Xã hội chủ trì các Hoạt động 1, 2, 3, 4" (round 43, I149-A10)
_BY_NUMBER = re.compile(rf"\b(?:nội dung|nhiệm vụ|mục|điểm|hoạt động)(?:\s+(?:số|thứ|tại|ở))*\s+({_NUMBERS})(?![\d/]|\.\d)",
                        re.IGNORECASE)
# A table row giving a body the numbers of the tasks ("Phòng Kinh tế | 1, 4, 6, 9, 11; tổng hợp, tham mưu báo cáo" under
# "Bộ phận | Nội dung được giao (theo số thứ tự mục C)", round 22, I52-A10): the body's cell, then the numbers.
_ROW_NUMBERS = re.compile(rf"^\s*\|?\s*([^|]{{3,80}}?)\s*\|\s*((?:{_NUMBERS}))(?=\s*(?:[;(|]|$))")
_BY_LETTER = re.compile(r"\bđiểm\s+([a-hđ](?:\s*(?:,|và)\s*[a-hđ])*)\b(?!\s*(?:,|và)?\s*[a-hđ]?\s*khoản)", re.IGNORECASE)
_BY_POINT = re.compile(r"\bđiểm\s+([a-hđ](?:\s*(?:,|và)\s*[a-hđ])*)\s+khoản\s+(\d{1,2})\b", re.IGNORECASE)
_ALL_OF_PART = re.compile(r"\b(?:các|toàn bộ|những)\s+(?:nội dung|nhiệm vụ)\s+(?:tại|ở|của|nêu tại|thuộc)\s+"
                          r"(?:mục|phần)\s+([IVX]+)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"(?<=[.;])\s+")
_ITEM_LABEL = re.compile(r"^\s*(?:\*\*)?(\d{1,2}(?:\.\d{1,2})*)[.)]?\s")
# ... also after the word the plan labels its tasks with: "Hoạt động 3. Phát triển câu lạc bộ ..." (round 43, I149-A10)
_NUMBERED_LINE = re.compile(rf"^\s*(?:{TASK_WORD}\s+)?(\d{{1,2}})[.)]\s+(\S.{{19,}})$", re.IGNORECASE)
# A content item written under a topic name ("+ Thủ tục hành chính: rà soát ...", "- Dữ liệu: ...") that the organisation
# gives by that name ("Văn phòng ...: thủ tục hành chính, nhân lực; ...", "Công an xã: dữ liệu dân cư ...").
_TOPIC = re.compile(r"^\s*([^:;.()\d]{3,40}):\s")
_BODY_COLON = re.compile(r"^\s*(?:[-+*•–]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ][.)])?\s*([^:;]{3,90}?):\s*(.+)$", re.IGNORECASE)


# Tasks given by their ordinals, in a plan that lists them "Thứ nhất, ...", "Thứ hai, ...": "Công an phường chủ trì nhiệm
# vụ thứ hai, thứ tư, thứ sáu" (round 50, I190-A09).
_BY_ORDINAL = re.compile(rf"\b((?:nội dung|nhiệm vụ|mục|hoạt động)\s+)({ORDINAL}(?:\s*(?:,|và)\s*{ORDINAL})*)", re.IGNORECASE)


def _ordinals_as_numbers(clause: str) -> str:
    """`clause` with the ordinals after a task word written as numbers ("nhiệm vụ thứ hai, thứ tư" -> "nhiệm vụ 2, 4")."""
    def numbers(m: re.Match) -> str:
        words = re.findall(r"thứ\s+(\w+)", m.group(2), re.IGNORECASE)
        return m.group(1) + ", ".join(str(ORDINAL_NUMBERS[w.lower()]) for w in words)
    return _BY_ORDINAL.sub(numbers, clause)


def _numbers(text: str) -> list[str]:
    out: list[str] = []
    for a, dash, b in re.findall(rf"({_NUMBER})(?:\s*([-–])\s*(\d{{1,2}}))?", text):
        if dash and "." not in a and int(b) > int(a):
            out += [str(n) for n in range(int(a), int(b) + 1)]
        else:
            out.append(a)
    return out


def _contents_label(contents: list[ItemRef], document: Document | None) -> str | None:
    """The Roman label of the part that holds the child's content items ("II. NỘI DUNG" -> "II")."""
    if document is None or not contents or contents[0].span is None:
        return None
    for line in reversed(document.lines[: contents[0].span.line_start - 1]):
        label = re.match(r"^\s*(?:\*\*)?([IVX]+)\.\s", line.text)
        if label:
            return label.group(1)
    return None


_LETTER_LABEL = re.compile(r"^\s*(?:\*\*)?([a-hđ])[.)/]\s", re.IGNORECASE)
_GROUP_LABEL = re.compile(r"^\s*(?:\*\*)?(\d{1,2})[.)]\s")  # "1. Nhóm giải pháp ...", the clause ("khoản") of its points


def _lettered_points(contents: list[ItemRef], document: Document) -> dict[str, ItemRef]:
    """Content items labelled by letter under numbered groups ("1. Nhóm giải pháp bảo tồn" / "a) Phối hợp kiểm kê
    ..."), keyed "1.a" as a body is given them: "chủ trì các nội dung tại điểm a, b khoản 1, điểm a khoản 3 Mục II"
    (round 32, I109-B08; the same in five sets)."""
    out: dict[str, ItemRef] = {}
    for item in contents:
        if item.span is None:
            continue
        letter = _LETTER_LABEL.match(document.lines[item.span.line_start - 1].text)
        if not letter:
            continue
        group = next((m.group(1) for ln in reversed(document.lines[: item.span.line_start - 1])
                      if (m := _GROUP_LABEL.match(ln.text))), None)  # fmt: skip
        # ... or straight under the part ("III. NHIỆM VỤ TRỌNG TÂM" / "a) Phát động và tuyên truyền: ..."), keyed by
        # the letter: "Phòng Văn hóa - Xã hội: thực hiện điểm a" (round 41, I142-A11)
        key = f"{group}.{letter.group(1).lower()}" if group is not None else letter.group(1).lower()
        if key not in out:
            out[key] = item
    return out


def _points(clause: str) -> list[str]:
    """The points a clause names by letter and clause number: "điểm a, b khoản 1, điểm a khoản 3" -> 1.a, 1.b, 3.a;
    by letter alone: "thực hiện điểm c, đ" -> c, đ."""
    in_clauses = [f"{m.group(2)}.{letter.lower()}" for m in _BY_POINT.finditer(clause)
                  for letter in re.findall(r"[a-hđ]", m.group(1), re.IGNORECASE)]  # fmt: skip
    alone = [letter.lower() for m in _BY_LETTER.finditer(clause) for letter in re.findall(r"[a-hđ]", m.group(1), re.IGNORECASE)]
    return in_clauses + alone


def _numbered_contents(contents: list[ItemRef], document: Document | None, duties_from: int | None) -> dict[str, ItemRef]:
    """The child's content items by the number a body may give them: the label of the item's line ("2.2."), else its
    place in the list. A plan whose tasks the parser did not read as content items (numbered 1-10 across "I. Trước mùa
    mưa bão / II. Trong và sau thiên tai") offers its numbered lines above the organisation, each number used once."""
    by_number: dict[str, ItemRef] = {str(i + 1): c for i, c in enumerate(contents)}
    if document is None:
        return by_number
    if contents:
        labels = [_ITEM_LABEL.match(document.lines[c.span.line_start - 1].text) if c.span else None for c in contents]
        if all(labels) and len({m.group(1) for m in labels}) == len(labels):
            by_number.update({m.group(1): c for m, c in zip(labels, contents)})
        by_number.update(_lettered_points(contents, document))
        return by_number
    if duties_from is None:
        return by_number
    found = [(m.group(1), m.group(2), ln.number) for ln in document.lines[: duties_from - 1]
             if (m := _NUMBERED_LINE.match(ln.text))]  # fmt: skip
    seen = Counter(label for label, _, _ in found)
    once = {label: (text, n) for label, text, n in found if seen[label] == 1}
    if len(once) < 3:
        return {}
    return {label: ItemRef(kind="content", text=text, index=int(label) - 1, span=document.span(n, n))
            for label, (text, n) in once.items()}  # fmt: skip


def _by_topic(contents: list[ItemRef], body: str, given: str) -> list[ItemRef]:
    """The content items a body is given by their topic names (each name opens one of the clauses it is given)."""
    topics = [(fold(m.group(1)).strip(), c) for c in contents if (m := _TOPIC.match(c.text))]
    if len(topics) < 3 or len(topics) < len(contents) // 2:
        return []
    given_folded = fold(given)
    out = []
    for name, item in topics:
        if len(name.split()) > 6 or not name:
            continue
        if re.search(rf"(?:^|[:;,]\s*|\bvà\s+){re.escape(name)}(?=$|[\s,;.])", given_folded):
            out.append(item)
    return out


def _by_short_name(contents: list[ItemRef], given: str) -> list[ItemRef]:
    """The content items a body is given by a few of their words ("Phòng Văn hóa - Xã hội: tuyên truyền, tổ chức diễn
    tập"; "Phòng Kinh tế: ... rà soát phương án sơ tán"): each listed phrase of two words or more whose words all
    stand in ONE of the plan's content items, and in no other, names that item (round 15, set 23 A09)."""
    words = [set(re.findall(r"\w+", fold(c.text))) for c in contents]
    out: list[ItemRef] = []
    for phrase in re.split(r"[,;]|\bvà\b", given):
        terms = re.findall(r"\w+", fold(phrase))
        if not 2 <= len(terms) <= 8 or any(t.isdigit() for t in terms):
            continue
        holders = [i for i, w in enumerate(words) if all(t in w for t in terms)]
        if len(holders) == 1 and contents[holders[0]] not in out:
            out.append(contents[holders[0]])
    return out


def duties_by_number(child_items: list[ItemRef], document: Document | None, duties_from: int | None) -> list[ItemRef]:
    """A body's duties given as the numbers of the plan's own content items (a short plan's organisation is one
    paragraph: "Phòng Kinh tế ... chủ trì nội dung 3 và 7"), or as their topic names ("Công an xã: dữ liệu dân cư"):
    each such item, read as a duty of the clause that names it, so a parent duty the ward wrote as its content item N
    counts as given to that body (round 14, I20-A11; round 15: decimal labels, topic names)."""
    contents = [c for c in child_items if c.kind == "content"]
    numbered = _numbered_contents(contents, document, duties_from)
    if not numbered:
        return []
    if document is not None and duties_from is not None:
        texts = [(text, document.span(first, last)) for first, last, text in logical_lines(document, duties_from)]
    else:
        texts = [(c.text, c.span) for c in child_items if c.kind == "duty"]
    part = _contents_label(contents, document)
    out: list[ItemRef] = []

    def add(who: str, item: ItemRef, span) -> None:
        out.append(ItemRef(kind="duty", text=f"{who} {item.text}".strip(), index=len(out), span=span,
                           pointer=item.pointer, body=who or None))  # fmt: skip

    for text, span in texts:
        row = _ROW_NUMBERS.match(text)
        if row:
            for n in dict.fromkeys(_numbers(row.group(2))):
                if n in numbered:
                    add(row.group(1).strip(), numbered[n], span)
            continue
        head = _BODY_COLON.match(text)
        body = head.group(1).strip() if head else ""
        for clause in _CLAUSE_END.split(text):
            clause = _ordinals_as_numbers(clause)
            every = _ALL_OF_PART.search(clause)
            if every and part and every.group(1).upper() == part:
                numbers = [str(n) for n in range(1, len(contents) + 1)]
            else:
                numbers = [n for m in _BY_NUMBER.finditer(clause) for n in _numbers(m.group(1))] + _points(clause)
            first = every or _BY_NUMBER.search(clause) or _BY_POINT.search(clause) or _BY_LETTER.search(clause)
            who = clause[: first.start()].strip() if numbers else ""
            if body and body not in who:
                who = f"{body}: {who}".strip()
            for n in dict.fromkeys(numbers):
                if n in numbered:
                    add(who, numbered[n], span)
        if head and contents:
            topics = _by_topic(contents, body, head.group(2))
            for item in topics or _by_short_name(contents, head.group(2)):
                add(body, item, span)
    return out


def _own_units(child_items: list[ItemRef]) -> list[ItemRef]:
    """The child's units of content for `_in_own_words`: its content items; when it has none (a short plan
    writes all its tasks in one paragraph, "Nội dung: rà soát ...; đầu tư ...; ...", or the parser did not read
    its tasks section as one), the clauses of its other items, each a task in the ward's words. (Its lines
    as well cost recall: a dropped item finds some line made of its words on 3 of 50 tuning children.)"""
    contents = [c for c in child_items if c.kind == "content"]
    if contents:
        return contents
    units = []
    for child in child_items:
        if child.kind != "other":
            continue
        for part in re.split(r"(?<=[;.])\s+", child.text):
            if len(analyse(part)) >= 5:
                units.append(child.model_copy(update={"text": part}))
    return units


def _in_own_words(item: AlignedItem, i: int, sim: Similarity, units: list[ItemRef], options: AlignOptions) -> AlignedItem:
    """A ward that rewrites an item in a few words of its own ("Hỗ trợ nhà ở." for a long item on housing for
    poor households) leaves a pair score of 0.15-0.30, under the partial threshold, yet its item is made of this
    parent item's words and of no other's: the two are each other's nearest (the child unit's words come
    from this parent item more than from any other, and it is this item's best unit). That is weak evidence
    the item is missing, so it is partly covered ("info"). A dropped item's nearest child unit belongs to
    another parent item (measured on all tuning sets: 1 of 50 dropped items passes). Only the child's own
    content units count: a short duty ("tuyên truyền trên hệ thống thông tin cơ sở") is no rewrite of a task."""
    if not units or sim.vectorizer is None:
        return item
    pair = sim.window_scores(i, [u.text for u in units])
    j = int(pair.argmax())
    if pair[j] < options.own_words_pair:
        return item
    reverse = sim.reverse_scores(units[j].text)
    if reverse[i] < options.own_words_reverse or int(reverse.argmax()) != i:
        return item
    ref = units[j]
    matches = [Match(child=ref, score=round(float(min(1.0, pair[j])), 4))] + [m for m in item.matches if m.child != ref]
    return AlignedItem(parent=item.parent, matches=matches, score=item.score, verdict="partly_covered")


def _by_restating_duties(aligned: list[AlignedItem], sim: Similarity, share: float) -> list[AlignedItem]:
    """A content item the parent restates as a duty of the lower level ("Phát triển hợp tác xã, liên kết chuỗi giá
    trị ..." and, for the wards, "Vận động nông dân tham gia tổ hợp tác, hợp tác xã; kết nối doanh nghiệp liên kết
    tiêu thụ ..."): a child that carries out the duty (covered) carries the item, in the duty's words. Partly covered
    ("info"). A duty restates the content item it takes `share` of its weight from, more than from any other (round
    34, I114-B03, I114-B08: 0.47 and 0.51, the ward's row copied the duty and the item was read as missing). A duty
    merely near an item does not carry it: with no share required, 27 dropped items of sets 2-112 passed (their duty's
    share 0.07-0.36)."""
    contents = [k for k, a in enumerate(aligned) if a.parent.kind == "content"]
    if not contents:
        return aligned
    out = list(aligned)
    for duty in aligned:
        if duty.parent.kind != "duty" or duty.verdict != "covered":
            continue
        reverse = sim.reverse_scores(duty.parent.text)
        i = max(contents, key=lambda c: reverse[c])
        if out[i].verdict == "not_covered" and reverse[i] >= share:
            item = out[i]
            out[i] = AlignedItem(parent=item.parent, matches=duty.matches[:1] + item.matches, score=item.score,
                                 verdict="partly_covered")  # fmt: skip
    return out


# A child item's head: its run-in label ("Tuyên truyền, vận động: ..."), its first clause, and the short tasks it
# enumerates ("Thực hiện 08 nhóm nhiệm vụ: (1) lãnh đạo, chỉ đạo; (2) tuyên truyền; ...").
_RUN_IN_LABEL = re.compile(r"^\s*([^:;.]{3,60}):\s")
_HEAD_BREAK = re.compile(r"[;:.]\s|\(\d{1,2}\)")
_LABEL_LIST = re.compile(r",\s*|\s+và\s+")


# "Một là, ...", "Thứ ba: ...": a prose plan's ordinal before its task.
_ORDINAL_LEAD = re.compile(rf"^\s*{PROSE_ORDINAL}\s*[,:]\s*", re.IGNORECASE)


def item_heads(text: str) -> list[str]:
    text = _ORDINAL_LEAD.sub("", text)
    heads, rest = [], text
    label = _RUN_IN_LABEL.match(text)
    if label and len(label.group(1).split()) <= 8:
        heads.append(label.group(1))
        rest = text[label.end():]
        # A merged item's label lists the names of the tasks it merges, each a head of its own ("5. Tai nạn, sự cố,
        # kiểm tra: phối hợp sơ cứu ...; kiểm tra tổ sơ cứu và thiết bị đã cấp", round 46, I164-A07). Two names are
        # one task's acts ("Tuyên truyền, vận động: ...").
        names = [n.strip() for n in _LABEL_LIST.split(label.group(1))]
        if len(names) >= 3 and all(1 <= len(n.split()) <= 3 for n in names):
            heads += names
    parts = [p.strip() for p in _HEAD_BREAK.split(rest) if p.strip()]
    heads += parts[:1]
    # A ward's share in a province task: "phối hợp với Sở Xây dựng khi thanh tra, kiểm tra cơ sở đăng kiểm ..." (round
    # 49, I180-A10): the task is what follows; the partner's name is no word of it.
    if parts and (partner := _PARTNER_LEAD.match(parts[0])):
        heads.append(parts[0][partner.end():])
    short = [p for p in parts[1:] if len(p.split()) <= 10]
    if len(short) >= 3:
        heads += short
    return [h for h in heads if len(h.split()) >= 2]


# Openings that name no task: any item may start with them.
_GENERIC_LEADS = {"tổ chức", "thực hiện", "triển khai", "tăng cường", "đẩy mạnh", "nâng cao", "tiếp tục", "chủ động",
                  "phối hợp", "xây dựng", "hoàn thiện", "phát triển", "đổi mới", "nâng cấp", "rà soát", "chỉ đạo"}
_NUMBERING = re.compile(r"^\s*(?:[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?|[a-zđ][.)]|[-+•*|])\s*", re.IGNORECASE)


def _leading_task(text: str) -> str | None:
    """The first two syllables of an item (Vietnamese verbs of a task are two syllables), unless generic."""
    words = re.findall(r"[0-9a-zà-ỹđ]+", nfc(_NUMBERING.sub("", text)).lower())[:2]
    lead = " ".join(words)
    return lead if len(words) == 2 and lead not in _GENERIC_LEADS and not any(w.isdigit() for w in words) else None


def _by_heads(item: AlignedItem, i: int, parent_items: list[ItemRef], child_items: list[ItemRef],
              measure: ItemContainment, options: AlignOptions, headings: list[ItemRef] = ()) -> AlignedItem:  # fmt: skip
    """A ward that names the task in its own words and details it in others ("Tuyên truyền, vận động: phổ biến
    pháp luật ... qua loa truyền thanh, fanpage" for a long item on propaganda; "(4) phát triển mạng lưới thu" in
    a list of the groups of tasks) scores 0.1-0.3 on the whole item, yet the head of its item is made of this
    parent item's words and clearly less of any other content item's: weak evidence the item is missing, so
    it is partly covered ("info"). Measured on every dropped item of the tuning data (tune, heldout and
    independent..independent12, 74 items): no child head has a dropped item as its best parent item."""
    contents = [k for k, p in enumerate(parent_items) if p.kind == "content"]
    if len(contents) < 2:
        return item
    terms = [phrase_terms(parent_items[k].text) for k in contents]
    # The task's name: a head that opens with the word this item alone opens with ("Tuyên truyền trên Đài truyền
    # thanh xã, tại các buổi họp ấp ..." for "Tuyên truyền, phổ biến pháp luật về ...") names the task, however
    # much local detail follows it.
    lead = _leading_task(parent_items[i].text)
    other_leads = {_leading_task(parent_items[k].text) for k in contents if k != i}
    # ... and, in a plan whose tasks no parsed item holds ("Thực hiện 08 nhóm nhiệm vụ tại Phụ lục kèm theo"), the lines
    # found for it: an appendix of tasks after the signature ("PHỤ LỤC ... 4. Tu bổ, chống xuống cấp Mộ Thủ khoa Bùi Hữu
    # Nghĩa, Đình Long Tuyền ...", round 42, I146-B09). Not in a plan with its tasks parsed: there a dropped item's
    # nearest line is another task's (25 planted drops read as partly covered).
    own = [c for c in child_items if c.kind == "content"]
    found = [m.child for m in item.matches if m.child.pointer is None] if len(own) <= 1 else []
    # ... and the headings straight above the ward's items (`_headings_over`, read once per child)
    for child in [*own, *found, *headings]:
        if _ROLE_LINE.match(child.text):
            continue
        for head in item_heads(_NUMBERING.sub("", child.text)):
            weights = measure.weights(head)
            shares = sorted(((measure.share(weights, t), k) for t, k in zip(terms, contents)), reverse=True)
            (top, k), (second, _) = shares[0], shares[1]
            named = lead is not None and k == i and top > second and _leading_task(head) == lead and lead not in other_leads
            if k == i and (top >= options.head_share and top - second >= options.head_margin or named):
                matches = [Match(child=child, score=item.score)] + [m for m in item.matches if m.child != child]
                return AlignedItem(parent=item.parent, matches=matches, score=item.score, verdict="partly_covered")
    return item


# A numbered heading that names the task its bullets detail ("3. Phối hợp thanh tra, kiểm tra cơ sở đăng kiểm").
# Not a group's name ("2. Nhóm nhiệm vụ về cơ sở vật chất", I40-A10) nor a period's ("A. Trước mùa mưa", I34-B03).
_TASK_HEADING = re.compile(r"^\s*(?:\*\*)?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+(?!(?:nhóm|giai đoạn|trước|trong|sau|khi)\s)"
                           r"([^.;:]{8,90})(?:\*\*)?\s*$", re.IGNORECASE)


def _headings_over(contents: list[ItemRef], document: Document | None) -> list[ItemRef]:
    """The headings straight above the ward's content items, one item each: a ward that writes each task as a numbered
    name over a bullet ("3. Phối hợp thanh tra, kiểm tra cơ sở đăng kiểm" / "- Phối hợp với Sở Xây dựng khi kiểm tra
    ...") names the task there, and the parser keeps the bullet as the item (round 51, I180-A12). A heading over several
    items names their group."""
    if document is None:
        return []
    starts = sorted(c.span.line_start for c in contents if c.span is not None and c.span.line_start >= 2)
    above = [document.lines[start - 2] for start in starts]
    headed = [_TASK_HEADING.match(line.text) is not None for line in above] + [True]
    return [ItemRef(kind="other", text=line.text, index=0, span=document.span(line.number, line.number))
            for k, line in enumerate(above) if headed[k] and headed[k + 1]]  # fmt: skip


# A line that says who leads a task and by when ("Chủ trì: Phòng Văn hóa - Xã hội; phối hợp: ... Thời hạn: thường
# xuyên."), under the task: its heads name no task ("thường xuyên" made I122-A12's dropped item partly covered, round 36).
_ROLE_LINE = re.compile(r"^\s*(?:[-+•*]\s*)?(?:chủ trì|phối hợp|thời hạn|thời gian|(?:đơn vị|cơ quan|bộ phận) (?:chủ trì|thực hiện|"
                        r"phối hợp))\s*:", re.IGNORECASE)

# "(chủ trì: Phòng Văn hóa - Xã hội; phối hợp: ...)", "(đề nghị Ủy ban MTTQ Việt Nam phường chủ trì)": a body named as
# the lead of the task in a bracket of its own.
_ROLE_TAG = re.compile(r"\((?:[^()]{0,80}\s)?[Cc]hủ trì(?::[^()]{3,200}|\s*)\)")


def _given_together(child_items: list[ItemRef], most: int = 4) -> list[ItemRef]:
    """Each two content items one line gives one body by number ("Phòng Kinh tế: chủ trì nội dung 3.4, 3.5, 3.7"), read
    as one duty: a parent duty the ward split over two of them ("vận động thành lập tổ hợp tác" in 3.7, "OCOP" in 3.4) is
    given to that body (round 51, I190-B04). Two, not all: the four items of "thực hiện nhiệm vụ 3.1, 3.3, 3.5, 3.7" hold
    a third of a dropped duty between them (I63-B04); nor a line that gives more than `most`: two of the six items of
    "chủ trì nhiệm vụ 2, 3, 4, 5, 7, 8" held 0.30 of a dropped duty (I27-B06)."""
    given: dict[tuple[int, str | None], list[ItemRef]] = {}
    for c in child_items:
        if c.kind == "duty" and c.span is not None and (c.pointer or "").startswith("/contents/"):
            given.setdefault((c.span.line_start, c.body), []).append(c)
    return [ItemRef(kind="duty", text=f"{a.text} {b.text}", index=a.index, span=a.span, body=a.body)
            for group in given.values() if len(group) <= most for a, b in itertools.combinations(group, 2)]  # fmt: skip


class Contained:
    """Each parent item's best containment (text.ItemContainment) in one child item or in a window of
    adjacent child lines. A duty is looked for in the child's duties and in the lines of its
    organisation section (a body must receive it); `anywhere` is its trace in the whole child."""

    def __init__(self, parent_context: list[str], child_items: list[ItemRef], document: Document | None,
                 duties_from: int | None, window: int, tasks_until: int | None = None):  # fmt: skip
        self.measure = ItemContainment(parent_context)
        self.document = document
        # A child's procedural clauses (its reporting line names "Ban Chỉ huy ..." as the recipient) implement
        # nothing: only the substantive part of each child text is searched.
        # A ward's assignment lines abbreviate the parent's terms ("theo dõi KTTT, HTX" for "kinh tế tập thể, hợp
        # tác xã"): in the organisation section, an acronym of a phrase the parent spells out is read as it.
        spelled = parent_acronyms(parent_context)
        # ... and in the duties it gives ("Công an xã: chủ trì, phối hợp BCHQS xã giữ ANTT, chống trộm hạt dẻ" for "Chỉ đạo
        # Công an xã, phường phối hợp Ban Chỉ huy quân sự xã, phường bảo đảm an ninh trật tự", round 67, I292-A04)
        # (not the bodies' acronyms: the parent's co-actor "Ủy ban Mặt trận Tổ quốc" then met a list of recipients, I79-B12)
        task_words = without_bodies(spelled)
        self._items = [(c, phrase_terms(substantive_part(expand_acronyms(c.text, task_words) if c.kind == "duty" else c.text)))
                       for c in child_items + _given_together(child_items)]  # fmt: skip
        self._windows = [(w, phrase_terms(substantive_part(w[2]))) for w in line_windows(document, 1, window)]
        self._duty_windows = [(w, phrase_terms(substantive_part(expand_acronyms(w[2], spelled))))
                              for w, _ in self._windows if duties_from is not None and w[0] >= duties_from]  # fmt: skip
        # The ward's own tasks, before its organisation part, read with the same acronyms ("ký cam kết với hộ KD").
        self._task_windows = [(w, phrase_terms(substantive_part(expand_acronyms(w[2], spelled))))
                              for w, _ in self._windows
                              if duties_from is not None and (tasks_until is None or w[0] < tasks_until)]  # fmt: skip
        # A task that names its lead body where it is listed ("2. Quỹ "Vì người nghèo" (đề nghị Ủy ban MTTQ phường chủ
        # trì): ...", "- Trưởng ấp tổ chức hội nghị ...", "... (Phòng Văn hóa - Xã hội).") is given to that body there,
        # before the organisation part: such a line is an assignment too.
        self._duty_windows += [(w, phrase_terms(substantive_part(expand_acronyms(w[2], spelled))))
                               for w in line_windows(document, 1, 1)
                               if duties_from is not None and w[0] < duties_from
                               and (_ROLE_TAG.search(w[2]) or names_body(w[2]))]  # fmt: skip
        # ... and a task with its lead on the next line ("2. Rà soát địa bàn ..." over "Chủ trì: Trưởng các ấp ...")
        line_text = {ln.number: ln.text for ln in document.lines} if document is not None else {}
        self._duty_windows += [(w, phrase_terms(substantive_part(expand_acronyms(w[2], spelled))))
                               for w in line_windows(document, 1, 2)
                               if duties_from is not None and w[0] < duties_from and w[0] != w[1]
                               and role_line_body(line_text.get(w[1], ""))]  # fmt: skip

    def best(self, text: str, kind: str) -> tuple[float, ItemRef | None]:
        weights = self.measure.weights(text)
        allowed = CANDIDATE_KINDS.get(kind, {"content"})
        best, ref = 0.0, None
        for child, terms in self._items:
            if child.kind in allowed:
                share = self.measure.share(weights, terms)
                if share > best:
                    best, ref = share, child
        for (first, last, window_text), terms in self._duty_windows if kind == "duty" else self._windows:
            share = self.measure.share(weights, terms)
            if share > best + 1e-9:
                best, ref = share, ItemRef(kind="other", text=window_text, index=0, span=self.document.span(first, last))
        return best, ref

    def anywhere(self, text: str) -> float:
        """The best containment of `text` in any child item or window, wherever it stands."""
        weights = self.measure.weights(text)
        return max((self.measure.share(weights, terms) for _, terms in self._items + self._windows), default=0.0)

    def own_task(self, text: str) -> tuple[float, ItemRef | None]:
        """The best containment of a duty in the child's lines before its organisation part, where a ward lists its own
        tasks: a duty written there but given to no body is the ward's own task with no body named for it. (Annotators of
        the hand-written sets call such a duty assigned: on sets 2-52, 50 of 97 false unassigned_task alarms are written
        there at 0.5 or more, and 3 of 131 planted ones, round 22.) (0, None) when the child has no organisation part."""
        weights = self.measure.weights(text)
        best, ref = 0.0, None
        for (first, last, window_text), terms in self._task_windows:
            share = self.measure.share(weights, terms)
            if share > best + 1e-9:
                best, ref = share, ItemRef(kind="other", text=window_text, index=0, span=self.document.span(first, last))
        return best, ref

    def split_between_bodies(self, item: AlignedItem, options: AlignOptions) -> AlignedItem:
        """A duty of several clauses that the ward splits between bodies ("Tổ chức thu gom rác thải nhựa ...; hỗ trợ tổ
        cộng đồng đồng quản lý ..." -> the tổ trưởng collect the waste, the Phòng Kinh tế guides the community groups):
        when EVERY substantive clause (two or more) is found, at the partial containment, in some assignment of the
        organisation part, the duty is partly given ("info"). Measured on the tuning data (sets 1-14, tune, heldout):
        each planted unassigned duty has a clause at 0.23 or less."""
        duty = undischarged_text(item.parent.text)
        parts = [p.strip() for p in re.split(r"[;.](?:\s+|$)", duty or "") if len(p.split()) >= 3]
        if len(parts) < 2:
            return item
        found = [self.best(part, "duty") for part in parts]
        if min(score for score, _ in found) < options.contain_partial:
            return item
        refs = [ref for _, ref in found if ref is not None]
        matches = [Match(child=ref, score=round(min(1.0, score), 4)) for score, ref in found if ref is not None]
        matches += [m for m in item.matches if m.child not in refs]
        return AlignedItem(parent=item.parent, matches=matches, score=item.score, verdict="partly_covered")

    def _only_where_sent(self, parent: ItemRef, ref: ItemRef, options: AlignOptions) -> bool:
        """A duty's part match that holds only in where its result is sent: "Thành lập đội tuyển ...; gửi đăng ký thi đấu
        về Sở Văn hóa, Thể thao và Du lịch trước ngày 15/7/2026" in "gửi hồ sơ đề nghị khen thưởng về Sở Văn hóa, Thể thao
        và Du lịch trước ngày 25/11/2026" (round 51, I186-B01; `_from_lines` asks the same of its windows)."""
        if parent.kind != "duty":
            return False
        task = _without_sending(parent.text)
        if task is None:
            return False
        terms = phrase_terms(substantive_part(ref.text))
        # Half the partial share: "Bình xét, lựa chọn tập thể, cá nhân tiêu biểu; gửi hồ sơ đề nghị khen thưởng" keeps
        # 0.28 in "lập hồ sơ khen thưởng gửi Sở Nội vụ" (I39-B04, faithful), the team's entry 0.04 in the award dossier.
        return self.measure.share(self.measure.weights(task), terms) < options.contain_partial / 2

    def _focal_point_unnamed(self, parent: ItemRef) -> bool:
        """A duty that is a designation ("Phân công 01 lãnh đạo ... phụ trách và 01 công chức ... làm đầu mối theo dõi,
        cập nhật cơ sở dữ liệu ...") in a child that names no one in charge anywhere: what it shares with the child is the
        work the focal point would follow, not the designation (round 66, I280-A03)."""
        if parent.kind != "duty" or self.document is None:
            return False
        first = fold(re.split(r"[;.]", parent.text, maxsplit=1)[0])
        if not _DESIGNATION.match(first.lstrip(" -+•")):
            return False
        return not _IN_CHARGE.search(fold(self.document.text))

    def lift(self, item: AlignedItem, options: AlignOptions) -> AlignedItem:
        """The item with the containment verdict when it is better than the verdict it has."""
        score, ref = self.best(item.parent.text, item.parent.kind)
        if ref is None:
            return item
        verdict = ("covered" if score >= options.contain_covered else
                   "partly_covered" if score >= options.contain_partial else "not_covered")  # fmt: skip
        rank = {"covered": 2, "partly_covered": 1, "not_covered": 0}
        if rank[verdict] <= rank[item.verdict]:
            return item
        if verdict == "partly_covered" and self._only_where_sent(item.parent, ref, options):
            return item
        if verdict == "partly_covered" and self._focal_point_unnamed(item.parent):
            return item
        matches = [Match(child=ref, score=round(min(1.0, score), 4))] + [m for m in item.matches if m.child != ref]
        return AlignedItem(parent=item.parent, matches=matches, score=round(max(item.score, min(1.0, score)), 4), verdict=verdict)


# A duty that designates who is in charge, and the words a child names them with.
_DESIGNATION = re.compile(r"(?:phan cong|cu|bo tri)\b[^;.]*\b(?:dau moi|phu trach)\b")
_IN_CHARGE = re.compile(r"\b(?:dau moi|phu trach|thuong truc|chiu trach nhiem chinh)\b")


class DistinctPhrases:
    """Word pairs of a parent item that no other parent item uses ("phân luồng", "dịp lễ"), looked
    for in each child item and each pair of adjacent child lines. A ward that rewrites an item in few
    words ("vận động người dân đi xe buýt" for "phát triển vận tải hành khách công cộng") keeps
    several of them; a dropped item leaves at most two behind (measured on the tune split and the
    independent set: dropped items 0-2, kept items scoring under the partial threshold 3-9)."""

    def __init__(self, parent_context: list[str], child_items: list[ItemRef], document: Document | None,
                 parent_targets: list[str] | None = None, parent_duties: list[str] | None = None):  # fmt: skip
        # parent_targets: the parent's criteria (_shared_with_its_target); parent_duties: the lower level's duties
        # (_lead_given_as_duty)
        self.frequency = Counter(b for text in parent_context for b in set(_pairs(text)))
        self._target_pairs = [_pairs(text) for text in parent_targets or []]
        self._duty_pairs = [_pairs(text) for text in parent_duties or []]
        # (a task table's who and when cells name no work: "| Ban Quản lý chợ đầu mối trái cây Vĩnh Kim | ... | tổ chức
        # tín dụng |" met "chợ đầu mối" and "tổ chức" of a dropped trade-fair item, round 48, I176-B03)
        headers = table_headers(document) if document is not None else {}
        row_header = lambda child: headers.get(child.span.line_start) if child.span else None
        self._children = [(child, _pairs(what_cells(child.text, row_header(child)))) for child in child_items]
        self._windows = [(w, _pairs(w[2])) for w in line_windows(document, 1, 2, headers=headers)]
        self.document = document

    def _shared_with_its_target(self, item: AlignedItem) -> set[str]:
        """Pairs a content item shares with one criterion and nothing else of the parent: that criterion is the item's
        measure ("tổ chức tập huấn ... công chức văn hóa - xã hội" and "100% công chức văn hóa - xã hội ... được tập
        huấn"), so the pairs still tell the item from every other task. (Pairs shared with one lower-level duty are no
        such evidence: "phối hợp", "xâm hại" passed 3 dropped items of sets 2-124, round 38.)"""
        if item.parent.kind != "content":
            return set()
        return {b for b in _pairs(item.parent.text)
                if self.frequency[b] == 2 and sum(b in target for target in self._target_pairs) == 1}

    def _lead_given_as_duty(self, item: AlignedItem) -> set[str]:
        """Pairs of a content item's lead (what comes before its first mark: its run-in name, or its first act) that it
        shares with one lower-level duty and nothing else: the parent gives the wards that very task, so the pairs name
        it ("Kiểm soát vật tư nông nghiệp nhập lậu qua biên giới: ..." and "các xã biên giới kiểm soát chặt chẽ vật tư
        nông nghiệp nhập lậu ..."; round 40, 136-A). All the pairs an item shares with a duty passed 3 dropped items
        (round 38), and so did its whole first sentence (round 40: I33-A11, I97-A02, I111-A11)."""
        if item.parent.kind != "content":
            return set()
        lead = _LEAD_CLAUSE.match(item.parent.text)
        if not lead:
            return set()
        return {b for b in _pairs(lead.group(1)) - _GENERIC_PAIRS
                if self.frequency[b] == 2 and sum(b in duty for duty in self._duty_pairs) == 1}

    def partial(self, item: AlignedItem, needed: int) -> AlignedItem:
        mine = {b for b in _pairs(item.parent.text) if self.frequency[b] <= 1 and not _HOW_OFTEN_PAIR.fullmatch(b)}
        if len(mine) < needed:
            return item
        # A place the item names ("ưu tiên xử lý suối Săn Máu, suối Linh") says where, not what: all its pairs count
        # as one (round 36, I123-A11: a dropped item's stream named in the ward's purpose gave three pairs).
        places = {b for b in mine if set(b.split("_")) & _place_syllables(item.parent.text)}
        # ... and a child task (not its own criterion, which echoes the parent's) may also meet the pairs the item
        # shares with its measure (round 38, I125-A01: "Cử công chức Văn hóa - Xã hội, Công an xã tham gia tập huấn").
        measured = self._shared_with_its_target(item) | self._lead_given_as_duty(item)

        def hits(terms: set[str], task: bool = False) -> int:
            return len((mine - places) & terms) + min(1, len(places & terms)) + (len(measured & terms) if task else 0)

        best_child = max(self._children, key=lambda c: hits(c[1], c[0].kind == "content"), default=None)
        best_window = max(self._windows, key=lambda w: hits(w[1]), default=None)
        hits_child = hits(best_child[1], best_child[0].kind == "content") if best_child else 0
        hits_window = hits(best_window[1]) if best_window else 0
        if max(hits_child, hits_window) < needed:
            return item
        if hits_child >= hits_window:
            ref = best_child[0]
        else:
            first, last, text = best_window[0]
            ref = ItemRef(kind="other", text=text, index=0, span=self.document.span(first, last))
        return _partly_at(item, ref)


# How often, said in any task ("ít nhất 01 lần trong năm", "tối thiểu 02 đợt mỗi quý"): pairs of these words tell no
# item from another (round 45, I166-A03: a dropped drill item met three of them in the ward's inspection target).
# ... nor do the season or feast a task falls in ("sản xuất vụ cúc đông phục vụ Tết Nguyên đán" met "vụ_tết", "tết_nguyên",
# "nguyên_đán" of a dropped flower-market item, round 66, I275-B09).
_HOW_OFTEN = (r"(?:ít|nhất|tối|thiểu|đa|lần|đợt|buổi|mỗi|hằng|hàng|năm|quý|tháng|tuần|ngày|trong"
              r"|vụ|mùa|tết|nguyên|đán|xuân|hè|thu|đông)")
_HOW_OFTEN_PAIR = re.compile(rf"{_HOW_OFTEN}_{_HOW_OFTEN}")


# A content item's lead clause: up to its first mark ("Khảo sát, ...", "Kiểm soát vật tư ... qua biên giới: ...").
_LEAD_CLAUSE = re.compile(r"^([^:;,.(]{8,80})[:;,.(]")

# A named place: a kind of place, then a capitalised name ("suối Săn Máu", "hồ Trị An", "thôn Bản Mế").
_PLACE = re.compile(r"\b(?:sông|suối|kênh|rạch|hồ|đầm|vịnh|đảo|núi|đèo|cầu|chợ|đường|xã|phường|thôn|ấp|bản|làng|khu phố|"
                    r"tổ dân phố)\s+((?:[A-ZĐÀ-Ỹ][^\W\d_]*\s*){1,4})")


def _place_syllables(text: str) -> set[str]:
    return {w.lower() for m in _PLACE.finditer(nfc(text)) for w in m.group(1).split() if w[:1].isupper()}


def _partly_at(item: AlignedItem, ref: ItemRef) -> AlignedItem:
    """The item partly covered, `ref` (where the evidence stands) its first match."""
    matches = [Match(child=ref, score=item.score)] + [m for m in item.matches if m.child != ref]
    return AlignedItem(parent=item.parent, matches=matches, score=item.score, verdict="partly_covered")


# Word pairs never span a semicolon: "cơ sở nuôi; tiếp nhận hồ sơ" has no pair "nuôi_tiếp", which a dropped credit item
# ("hướng dẫn người nuôi tiếp cận nguồn vốn") would meet (round 66, I277-A02). They may span a comma: a list copied word
# for word keeps its pairs across them (split there too, seven kept items of sets 2-280 lost their evidence).
def _pairs(text: str) -> set[str]:
    return {t for part in text.split(";") for t in analyse(part) if "_" in t}


# "Ủy ban nhân dân" is three word pairs and names the ward's committee, which every assignment line and the signature
# repeat: it tells no duty from another (round 32, I112-A06: "... báo cáo ngay cho Ủy ban nhân dân xã" met its three
# pairs in the signature "TM. ỦY BAN NHÂN DÂN").
_COMMITTEE_PAIRS = frozenset({"ủy_ban", "uỷ_ban", "ban_nhân", "nhân_dân"})
# ... and who leads or helps, said inside a duty ("Bố trí quỹ đất, phối hợp bồi thường, giải phóng mặt bằng ..."): every
# partner's line says "phối hợp" too (round 48, I176-B01: a dropped duty met it and "chợ đầu mối" in a union's line).
_ROLE_PAIRS = frozenset({"phối_hợp", "chủ_trì"})
_NAMING_PAIRS = _COMMITTEE_PAIRS | _ROLE_PAIRS


class AssignedInFewWords:
    """A duty a ward gives a body in a few words of its own: "Ban Chỉ huy Quân sự xã: kiện toàn xung kích, diễn
    tập" for "Kiện toàn lực lượng xung kích phòng, chống thiên tai cấp xã; tổ chức diễn tập ứng phó sạt lở tại
    địa phương" (containment 0.2-0.3, under the partial threshold). What tells one duty from the others the
    province gives the same level are its word pairs that no OTHER lower-level duty uses (its contents may repeat
    them: a duty restates a task); when ONE assignment line (a line of the organisation section below its heading)
    holds `needed` of them and at least one from EVERY clause of the duty, the act and object of each clause were
    given to that line's body, so the evidence that the duty is unassigned is weak: partly covered ("info").
    A dropped duty leaves at most two such pairs in any one line, or misses a clause (measured on the generated
    splits and the independent sets 1-10: 60 planted duties, none passes; the line that gives another duty
    shares its generic pairs, "tổ chức", with several clauses at once only by chance)."""

    def __init__(self, duties: list[str], document: Document, duties_from: int):
        self.frequency = Counter(t for text in duties for t in set(_adjacent_pairs(text)))
        self.document = document
        # A line's procedural clauses give nothing: its reporting clause names the recipient ("báo cáo Văn phòng
        # thường trực Ban Chỉ huy phòng, chống thiên tai tỉnh"), whose name a duty to set up that body repeats.
        own = [ln for ln in logical_lines(document) if ln[1] < duties_from]
        headers = table_headers(document)
        self._lines = [(ln, _adjacent_pairs(substantive_part(what_cells(ln[2], headers.get(ln[0])))))
                       for ln in assignment_lines(document, duties_from + 1) + responsibility_blocks(own)]  # fmt: skip
        # The ward's own tasks, before its organisation part: a clause it does itself needs no body (split).
        self._own_lines = [(ln, _adjacent_pairs(ln[2])) for ln in own]
        self._own_topics = [(ln, _adjacent_pairs(ln[2])) for ln in _topic_blocks([ln for ln, _ in self._own_lines])]

    def _clause_pairs(self, duty: str) -> tuple[list[set[str]], list[set[str]]]:
        """Per clause of the duty: its distinctive pairs (no other lower-level duty uses them), and those of them no
        other clause has. Each clause is given by a pair of its own: one pair two clauses share ("cơ sở" in "xử lý các
        cơ sở sản xuất vi phạm" and "ngăn chặn cơ sở tái chế tự phát") would otherwise stand for both at once."""
        clauses_pairs = [mine for _, mine in self._clauses(duty)]
        own = [mine - set().union(*(o for k, o in enumerate(clauses_pairs) if k != j)) for j, mine in enumerate(clauses_pairs)]
        return clauses_pairs, own

    def _clauses(self, duty: str) -> list[tuple[str, set[str]]]:
        """Each clause of the duty that has distinctive pairs, with them."""
        # A lead that only says who leads ("Chủ trì kiểm tra, xử lý các cơ sở ...") gives no act: every line that
        # "chủ trì kiểm tra liên ngành" would share it (round 36, I120-A08).
        duty = _PROCEDURAL_LEAD.sub("", duty.lstrip())
        # Nor where its result is sent: the recipients' list names "Sở Văn hóa, Thể thao và Du lịch" too (I162-A12).
        duty = _SENT_UP.sub("", duty)
        return [(part, mine) for part in re.split(r"[;.](?:\s+|$)", duty)
                if (mine := {t for t in _adjacent_pairs(part) if self.frequency[t] <= 1} - _NAMING_PAIRS)]  # fmt: skip

    def partial(self, item: AlignedItem, needed: int) -> AlignedItem:
        # Likewise the duty's own plan-making act ("Xây dựng kế hoạch và phát động Phong trào ..., gắn với ..."):
        # every ward line that "tham mưu xây dựng kế hoạch" repeats it.
        duty = undischarged_text(item.parent.text)
        if duty is None:
            return item
        clauses_pairs, own = self._clause_pairs(duty)
        all_pairs = set().union(*clauses_pairs) if clauses_pairs else set()
        if sum(len(c) for c in clauses_pairs) < needed:
            return item
        act = _clause_act(duty)
        for (first, last, text), terms in self._lines:
            hits = [len(mine & terms) for mine in own if mine]
            # ... and not all in one name: "hướng dẫn ban tổ chức lễ hội" is three pairs of the partner the duty names
            # ("phối hợp với ban tổ chức lễ hội bảo đảm an ninh, trật tự ...", round 38, I130-A07), no act; one run that
            # holds the duty's act is the duty in short ("Bố trí kinh phí, hướng dẫn thanh quyết toán", I54-A09)
            if (hits and min(hits) >= 1 and len(all_pairs & terms) >= needed
                    and (_runs(all_pairs & terms, duty) >= 2 or (act and act <= terms))):
                return _partly_at(item, ItemRef(kind="other", text=text, index=0, span=self.document.span(first, last)))
        return item

    def split(self, item: AlignedItem, per_clause: int) -> AlignedItem:
        """A duty the ward splits between bodies in few words ("Trạm Y tế: tổ chức sơ tuyển sức khỏe", "Ban Chỉ huy
        Quân sự: chủ trì rà soát, đăng ký nguồn ..." for one duty of four clauses): EVERY clause (two or more) has
        `per_clause` of its own distinctive pairs in one assignment line, each clause in a line of its own choosing.
        Partly covered ("info"): the act and object of each clause went to some body. A clause may also be among the
        ward's own tasks, if another went to a body ("Sáu là, siết chặt kỷ luật, kỷ cương" and "Phòng Văn hóa - Xã hội:
        kiểm tra công vụ 02 lần trong năm" for "Tăng cường kỷ luật, kỷ cương hành chính; tổ chức kiểm tra công vụ ...
        ít nhất 02 lần trong năm", round 36, I122-A07)."""
        duty = undischarged_text(item.parent.text)
        if duty is None or per_clause <= 0:
            return item
        acts = [_clause_act(part) for part, _ in self._clauses(duty)]
        clauses = [(mine, act) for mine, act in zip(self._clause_pairs(duty)[1], acts) if mine]
        if len(clauses) < 2:
            return item
        refs, assigned, own_task = [], False, False
        for mine, act in clauses:
            needed = min(per_clause, len(mine))
            line = max(self._lines, key=lambda lt: len(mine & lt[1]), default=None)
            if line is not None and len(mine & line[1]) >= needed:
                assigned = True
            else:
                line = max(self._own_lines, key=lambda lt: len(mine & lt[1]), default=None)
                if line is None or len(mine & line[1]) < needed:
                    return item
                own_task = True
            refs.append((line, act))
        # A clause found among the ward's own tasks is found by its act too, and so is every other (the plan's topic,
        # "nông thôn mới nâng cao, kiểu mẫu", is in its title and purposes: I4-A11's dropped duty).
        if not assigned or own_task and any(not act or not act <= line[1] for line, act in refs):
            return item
        return self._partly_at_lines(item, [line[0] for line, _ in refs])

    def lead(self, item: AlignedItem, needed: int) -> AlignedItem:
        """A duty of one sentence whose later clauses say what its lead clause is for ("Tổ chức tuyên truyền đến từng
        hộ dân về quy định giết mổ ...; vận động người dân sử dụng sản phẩm ... có nguồn gốc rõ ràng"), given to a
        body by its lead alone ("Phòng Văn hóa - Xã hội: tuyên truyền đến từng hộ dân"): `needed` of the lead clause's
        own distinctive pairs in one assignment line. Partly given ("info"). Two sentences are two duties the parser
        may have glued (I116-B08: one half given, the other dropped), so they never pass here."""
        duty = undischarged_text(item.parent.text)
        if duty is None or needed <= 0 or len([s for s in re.split(r"\.(?:\s+|$)", duty) if s.strip()]) != 1:
            return item
        clauses_pairs, own = self._clause_pairs(duty)
        if len(clauses_pairs) < 2 or len(own[0]) < needed:
            return item
        # The line must give the lead's act itself ("tuyên truyền"), not only share its object's words ("trẻ bị bạo
        # lực, xâm hại" in a care task, for "Rà soát, lập danh sách ... trẻ em có nguy cơ bị bạo lực, xâm hại": I18-A05).
        act = _adjacent_pairs(" ".join(_GENERIC_LEAD.sub("", duty.lstrip()).split()[:2]))
        if not act or not act <= own[0] or act & _NO_ACT:
            return item
        line = max(self._lines, key=lambda lt: (act <= lt[1], len(own[0] & lt[1])), default=None)
        if line is None or not act <= line[1] or len(own[0] & line[1]) < needed:
            return item
        (first, last, text), _ = line
        return _partly_at(item, ItemRef(kind="other", text=text, index=0, span=self.document.span(first, last)))

    def act_given_done_here(self, item: AlignedItem, needed: int) -> AlignedItem:
        """A duty whose act the ward gives its bodies in a word ("Trưởng thôn: tuyên truyền tại thôn", "Phòng Văn hóa -
        Xã hội: tham mưu tuyên truyền") and writes out among its own tasks ("Tuyên truyền song ngữ ... qua loa truyền
        thanh, họp thôn ...; mỗi quý ít nhất 01 buổi ở các thôn giáp biên" for "Tổ chức tuyên truyền đến từng thôn ...,
        lồng ghép trong các cuộc họp thôn ..., ưu tiên các thôn, bản giáp biên giới ..."): the act is the duty's own (no
        other lower-level duty has it), one assignment line has it, and one line of the ward's tasks has it with
        `needed` of the duty's own pairs in all. Partly given ("info"; round 37, I125-A02, A09)."""
        duty = undischarged_text(item.parent.text)
        if duty is None or needed <= 0:
            return item
        clauses = self._clauses(duty)
        if not clauses:
            return item
        act = _clause_act(clauses[0][0])
        mine = set().union(*(pairs for _, pairs in clauses))
        if not act or not act <= mine or act & (_NO_ACT | _OBJECT_NAMES_ACT):
            return item
        # The act opens a task on both sides: "Trưởng thôn: tuyên truyền tại thôn", "- Tuyên truyền song ngữ ...", not
        # "giám sát chính sách hỗ trợ HTX" for "Hỗ trợ HTX về mặt bằng ..." (I8-B07) nor "hằng năm" (I5-A07) for an act.
        givers = [ln for ln, terms in self._lines if act <= terms and _opens_a_clause(ln[2], act)]
        done = max(((ln, terms) for ln, terms in self._own_lines + self._own_topics if _opens_a_clause(ln[2], act)),
                   key=lambda lt: len(mine & lt[1]), default=None)  # fmt: skip
        # A duty of one clause is its act and where it is done ("Tổ chức tuyên truyền đến từng thôn, bản, ..., lồng ghép
        # trong các cuộc họp thôn ..."): when the ward gives that act to several bodies, a task it opens with the act is
        # the duty, whatever places it names (round 38, I125-A08, A11, A12: "Tuyên truyền bằng tiếng Mông tại họp bản,
        # loa truyền thanh ..." and "Trưởng bản: tuyên truyền ...", "Phòng Văn hóa - Xã hội: tham mưu tuyên truyền"). One
        # body's "chủ trì kiểm tra liên ngành" is no such spread act (I120-A08).
        if not givers or done is None or len(mine & done[1]) < (1 if len(clauses) == 1 and len(givers) >= 2 else needed):
            return item
        return self._partly_at_lines(item, [done[0], givers[0]])

    def same_opening_acts(self, item: AlignedItem, lower_duties: list[str]) -> AlignedItem:
        """A duty that opens with two or more acts ("Xử lý, phản hồi các phản ánh, kiến nghị thuộc thẩm quyền ...") given
        to a body by a task that opens with the same acts in the same order ("Phòng Kinh tế ...: - Xử lý, phản hồi đúng
        hạn các phản ánh về trật tự đô thị ..."), when no other lower-level duty opens with them: the plan's topic is
        the duty's object, so its words tell it from nothing (round 42, 148-A: read as unassigned on eleven children).
        Partly given ("info")."""
        acts = opening_acts(item.parent.text)
        if len(acts) < 2 or sum(opening_acts(duty)[: len(acts)] == acts for duty in lower_duties) > 1:
            return item
        for first, last, text in (ln for ln, _ in self._lines):
            if any(opening_acts(part)[: len(acts)] == acts for part in _task_openings(text)):
                return self._partly_at_lines(item, [(first, last, text)])
        # ... or split between bodies by its first act and object: "Phòng Kinh tế: xử lý phản ánh về đất đai, xây dựng",
        # "Công an xã: xử lý ngay phản ánh khẩn cấp về an ninh, trật tự" (148-A again); two bodies at least.
        head = _act_and_object(item.parent.text, acts)
        if head is None or sum(_act_and_object(duty, opening_acts(duty)) == head for duty in lower_duties) > 1:
            return item
        act, obj = head
        opens = re.compile(rf"^\s*{act}(?:\s+\S+){{0,2}}?\s+(?:các\s+|những\s+)?{obj}\b")
        lines = [ln for ln, _ in self._lines if any(opens.match(part.lower()) for part in _task_openings(ln[2]))]
        return self._partly_at_lines(item, lines) if len(lines) >= 2 else item

    def short_act_given(self, item: AlignedItem, lower_duties: list[str]) -> AlignedItem:
        """A duty of one short clause once its reporting is set aside ("Thống kê số lượng đàn trâu, bò hằng năm; báo cáo
        ... về Sở ..."), its act no other lower-level duty opens a clause with, given to a body by a task that opens with
        the act and names its object ("Trưởng thôn: thống kê đàn, báo cáo UBND xã ..."): too few words for any pair
        count (round 42, I148-B12). Partly given ("info")."""
        duty = undischarged_text(item.parent.text)
        if duty is None or len(re.split(r"[;.](?:\s+|$)", duty.strip(" .;"))) != 1 or len(duty.split()) > 10:
            return item
        act = _clause_act(duty)
        if not act or act & (_NO_ACT | _OBJECT_NAMES_ACT | _GENERIC_PAIRS):
            return item
        if sum(any(_clause_act(part) == act for part in re.split(r"[;.]\s+", other)) for other in lower_duties) > 1:
            return item
        words = re.findall(r"[0-9a-zà-ỹđ]+", nfc(duty).lower())
        at = next((k for k in range(len(words) - 1) if f"{words[k]}_{words[k + 1]}" in act), None)
        objects = {w for w in words[at + 2 :] if w not in _NO_OBJECT and w not in ("hằng", "năm", "số", "lượng")} if at is not None else set()
        verb = " ".join(next(iter(act)).split("_"))
        for (first, last, text), _ in self._lines:
            for part in _task_openings(text):
                after = re.findall(r"[0-9a-zà-ỹđ]+", re.sub(r"^(?:tham mưu|chủ trì|phối hợp)\s+", "", part.strip().lower()))
                if " ".join(after[:2]) == verb and objects & set(after[2:5]):
                    return self._partly_at_lines(item, [(first, last, text)])
        return item

    def funding_given(self, item: AlignedItem, lower_duties: list[str]) -> AlignedItem:
        """The lower level's one duty to fund the plan ("bố trí ngân sách xã và lồng ghép các nguồn vốn để thực hiện"),
        given to a body in the ward's words for money ("Bố trí kinh phí, hướng dẫn thanh quyết toán | Phòng Kinh tế ...",
        "Công chức Tài chính - Kế toán: bố trí, quyết toán kinh phí"): "kinh phí" for "ngân sách" shares no word pair
        (round 47, I172-A01; I12-A02, I54-A08, I61-A07). Partly given ("info")."""
        duty = undischarged_text(item.parent.text)
        if duty is None or not funds_the_plan(duty) or sum(funds_the_plan(undischarged_text(d) or "") for d in lower_duties) > 1:
            return item
        lines = [(first, last, text) for (first, last, text), _ in self._lines if funding_task(text)]
        return self._partly_at_lines(item, lines[:1]) if lines else item

    def _partly_at_lines(self, item: AlignedItem, lines: list[tuple[int, int, str]]) -> AlignedItem:
        """The item partly covered, the child lines (first, last, text) that carry it first among its matches."""
        matches = [Match(child=ItemRef(kind="other", text=text, index=0, span=self.document.span(first, last)),
                         score=item.score) for first, last, text in dict.fromkeys(lines)]  # fmt: skip
        return AlignedItem(parent=item.parent, matches=matches + item.matches, score=item.score, verdict="partly_covered")


_ACT_WORD = re.compile(r"^[a-zà-ỹđ]+ [a-zà-ỹđ]+$")


def opening_acts(text: str) -> list[str]:
    """The acts a task opens with, when it lists two or more two-syllable verbs before its object: "Xử lý, phản hồi các
    phản ánh" -> ["xử lý", "phản hồi"], "Kiểm tra, xác minh tại hiện trường" -> ["kiểm tra", "xác minh"]; [] for one
    act or a generic one ("Tổ chức tuyên truyền, ...")."""
    parts = [p.strip() for p in re.split(r",\s*|\s+và\s+", _NUMBERING.sub("", nfc(text)).lower().lstrip(), maxsplit=4)]
    acts = []
    for part in parts:
        words = part.split()
        if len(words) < 2:
            break
        act = " ".join(words[:2])
        if not _ACT_WORD.match(act) or act in _GENERIC_LEADS:
            break
        acts.append(act)
        if len(words) > 2:
            break
    return acts if len(acts) >= 2 else []


_NO_OBJECT = frozenset({"các", "những", "việc", "tại", "trong", "về", "cho", "với", "để", "đối", "theo", "ở", "trên", "đến"})


def _act_and_object(text: str, acts: list[str]) -> tuple[str, str] | None:
    """(first act, the two syllables of its object) of a task opening with `acts`: "Xử lý, phản hồi các phản ánh, kiến
    nghị" -> ("xử lý", "phản ánh"); None when a preposition follows the acts ("Kiểm tra, xác minh tại hiện trường")."""
    if not acts:
        return None
    words = re.findall(r"[0-9a-zà-ỹđ]+", _NUMBERING.sub("", nfc(text)).lower())[2 * len(acts) :]
    while words and words[0] in ("các", "những", "việc"):
        words = words[1:]
    if len(words) < 2 or words[0] in _NO_OBJECT or words[1] in _NO_OBJECT:
        return None
    return acts[0], " ".join(words[:2])


def _task_openings(text: str) -> list[str]:
    """Where a task may open in an assignment line: its start, after a body's colon, and after each semicolon."""
    text = _NUMBERING.sub("", nfc(text))
    out = [text]
    head, colon, tail = text.partition(":")
    if colon and len(head.split()) <= 12:
        out.append(tail)
    # a body's name run on into its task ("Giao Phòng Kinh tế, Hạ tầng và Đô thị xử lý phản ánh ...") or its heading
    # line joined to the task's ("Phòng Kinh tế, Hạ tầng và Đô thị Xử lý, phản hồi ...")
    if (run_in := body_run_in(text)) is not None and run_in.task:
        out.append(run_in.task)
    out += [text[m.start() :] for m in re.finditer(r"(?<=[a-zà-ỹđ] )[A-ZÀ-ỸĐ]", text)]
    return out + [p for p in text.split(";")[1:]]


_RESPONSIBILITY = re.compile(r"^\s*(?:[-+•*]\s*)?(?:trách nhiệm(?: thực hiện)?|(?:đơn vị|cơ quan) (?:thực hiện|chủ trì))\s*:", re.IGNORECASE)
_CONTENT_LABEL = re.compile(r"^\s*(?:[-+•*]\s*)?(?:nội dung|nhiệm vụ|công việc)\s*:", re.IGNORECASE)


def responsibility_blocks(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A milestone's task and the bodies given it, before the organisation part ("Nội dung: ... phát lệnh gọi nhập ngũ
    đến từng công dân ...; Trách nhiệm: ... Ban Chỉ huy Quân sự xã, trưởng ấp phát lệnh"), as one (first line, last line,
    text) assignment: the plan assigns its tasks where it lists them (round 42, I143-B07: read as unassigned)."""
    blocks = []
    for k, (first, last, text) in enumerate(lines):
        if not _RESPONSIBILITY.match(text):
            continue
        if k and _CONTENT_LABEL.match(lines[k - 1][2]):
            first, text = lines[k - 1][0], f"{lines[k - 1][2]} {text}"
        blocks.append((first, last, text))
    return blocks


def _topic_blocks(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A task written as a topic and its bullets ("b) Tuyên truyền:" then "+ Qua loa truyền thanh, ..., họp tổ dân
    phố", "+ Ngoại khóa tại các trường học ..."), as one (first line, last line, text) block."""
    blocks = []
    for k, (first, last, text) in enumerate(lines):
        if not text.rstrip().endswith(":"):
            continue
        bullets = list(itertools.takewhile(lambda ln: _BULLET.match(ln[2]), lines[k + 1 :]))
        if bullets:
            blocks.append((first, bullets[-1][1], " ".join([text] + [ln[2] for ln in bullets])))
    return blocks


_BULLET = re.compile(r"^\s*[-+*•–]\s")


def _opens_a_clause(text: str, act: set[str]) -> bool:
    """`act` (one word pair) opens a clause of `text`, after its label, a body's colon or "tham mưu"/"chủ trì"."""
    words = " ".join(next(iter(act)).split("_"))
    parts = re.split(r"[:;,]", _NUMBERING.sub("", nfc(text)).lower())
    return any(re.sub(r"^(?:tham mưu|chủ trì|phối hợp)\s+", "", p.strip()).startswith(words) for p in parts)


def _clause_act(clause: str) -> set[str]:
    """The word pair of a clause's act: its first two syllables after any generic opening ("Tăng cường kỷ luật" →
    "kỷ_luật", "Tổ chức kiểm tra công vụ" → "kiểm_tra"); empty when nothing is left."""
    clause = _PARTNER_LEAD.sub("", _SUBSET_SUBJECT.sub("", nfc(clause).strip()))
    words = re.findall(r"[0-9a-zà-ỹđ]+", clause.lower())
    while len(words) >= 2 and " ".join(words[:2]) in _GENERIC_LEADS:
        words = words[2:]
    return _adjacent_pairs(" ".join(words[:2])) if len(words) >= 2 else set()


# A clause for some of the wards names them before its act ("các xã biên giới kiểm soát chặt chẽ ..."), and a clause
# with a partner names it before its act ("Phối hợp với các đoàn kiểm tra cấp tỉnh, ... trong kiểm tra, lấy mẫu"): the
# act is what follows (round 40, 136-A: its duty's two clauses had no act).
_SUBSET_SUBJECT = re.compile(r"^(?:các\s+)?(?:xã|phường|đặc khu)(?:\s*,\s*(?:xã|phường|đặc khu))*(?:\s+(?:biên giới|ven biển|"
                             r"ven sông|miền núi|vùng cao|trọng điểm|có\s+\S+))\s+(?=\S)", re.IGNORECASE)
_PARTNER_LEAD = re.compile(r"^(?:phối hợp\s+)?với\s+[^;:.]{3,120}?\s+(?:trong|khi|để)\s+(?:việc\s+)?", re.IGNORECASE)

# "Tổ chức" opens a duty without saying what it does ("Tổ chức tuyên truyền"); the other verbs say no act at all, and
# what follows them may be a body ("Phối hợp với Đồn Biên phòng ... vận động": I68-B07).
_GENERIC_LEAD = re.compile(r"^tổ chức\s+", re.IGNORECASE)
_NO_ACT = frozenset({"phối_hợp", "chủ_trì", "thực_hiện", "triển_khai", "tham_mưu"})
# Verbs whose object is the task: "hướng dẫn hộ lựa chọn mẫu nhà" and "hướng dẫn các bản bình xét" are not "Hướng dẫn,
# giám sát hộ xây dựng, sửa chữa nhà ở ...; nghiệm thu, giải ngân" (round 41, I138-B07: a dropped duty read as given).
_OBJECT_NAMES_ACT = frozenset({"hướng_dẫn", "giám_sát"})
# ... and the words that open any task name none of them: no lead of a content item is made of them
# (DistinctPhrases._lead_given_as_duty).
_GENERIC_PAIRS = _NO_ACT | {"tổ_chức", "công_tác", "vận_động", "tuyên_truyền", "tăng_cường", "đẩy_mạnh", "nâng_cao", "chỉ_đạo"}
_PROCEDURAL_LEAD = re.compile(r"^(?:chủ trì|phối hợp)(?:\s*(?:,|và)\s*(?:chủ trì|phối hợp))?\s*,?\s+", re.IGNORECASE)


# What opens an assignment of its own: a number, letter or bullet (a table row is one by itself).
_ASSIGNMENT_START = re.compile(r"^\s*(?:[-+*•–—]|\d+(?:\.\d+)*[.)/]|[a-zđ][.)]|[ivx]+\.)", re.IGNORECASE)
_TABLE_ROW = re.compile(r"[|\t]")


def assignment_lines(document: Document, first_line: int) -> list[tuple[int, int, str]]:
    """The organisation section's assignments, each whole: a line that goes on with the sentence of the one before
    (no item mark, the one before not ended by ".;:!?") is part of it, so the end of a reporting sentence ("... báo
    cáo" / "Văn phòng thường trực Ban Chỉ huy ... tỉnh." on a scan) is read, and discharged, with its act."""
    out: list[list] = []
    for first, last, text in logical_lines(document, first_line):
        if out and out[-1][2].rstrip()[-1:] not in ".;:!?" and not _ASSIGNMENT_START.match(text) \
                and not _TABLE_ROW.search(text + out[-1][2]):  # fmt: skip
            out[-1][1], out[-1][2] = last, f"{out[-1][2]} {text}"
        else:
            out.append([first, last, text])
    return [tuple(x) for x in out]


def _runs(pairs: set[str], text: str) -> int:
    """How many separate runs of words of `text` the word pairs cover ("ban tổ", "chức lễ", "lễ hội" in "... phối hợp
    với ban tổ chức lễ hội bảo đảm ..." are one run: pairs that meet or overlap)."""
    words = re.findall(r"[0-9a-zà-ỹđ]+", nfc(text).lower())
    first: dict[str, int] = {}
    for i in range(len(words) - 1):
        first.setdefault(f"{words[i]}_{words[i + 1]}", i)
    starts = sorted(i for pair, i in first.items() if pair in pairs)  # (a pair said twice counts where first said)
    runs, end = 0, -10
    for i in starts:
        if i > end + 1:
            runs += 1
        end = max(end, i + 1)
    return runs


def _adjacent_pairs(text: str) -> set[str]:
    """Word pairs inside one phrase (text.phrase_terms): "phòng, chống" gives none."""
    return {t for t in phrase_terms(text) if "_" in t}


# Where a duty's result goes: ", gửi Sở Văn hóa, Thể thao và Du lịch trước ngày 30/4/2026", "và nộp về UBND tỉnh".
# ... also after what is sent: "gửi kết quả kèm tài liệu kiểm chứng về Sở Nội vụ trước ngày 30/11" (round 50, I152-A04)
_SENT_UP = re.compile(r",?\s+(?:và\s+)?(?:gửi|nộp)\s+(?:(?:về|cho|lên)\s+)?(?:Sở|UBND|Ủy ban nhân dân)\s[^.;]*"
                      r"|\s+(?:về|lên)\s+(?:Sở|UBND|Ủy ban nhân dân)\s[^.;]*", re.IGNORECASE)


class _BodyWindows:
    """The child's line windows `_from_lines` searches, read once per child: from its organisation part for a duty (none
    when it has no such part), from its first line for any other item; never in its closing block, where no line gives a
    task ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" held 0.38 of a dropped duty "... theo thẩm quyền của Chủ tịch Ủy ban nhân dân
    cấp xã", round 53, I206-B12)."""

    def __init__(self, document: Document | None, duties_from: int | None, closing: range):
        self.document, self.duties_from, self.closing = document, duties_from, closing
        self._read: dict[int, list[tuple[int, int, str]]] = {}

    def __call__(self, kind: str) -> list[tuple[int, int, str]]:
        first = self.duties_from if kind == "duty" else 1
        if first is None:
            return []
        if first not in self._read:
            self._read[first] = line_windows(self.document, first, skip=self.closing)
        return self._read[first]


def _without_sending(text: str) -> str | None:
    """The duty without where its result is sent (`_SENT_UP`); None when it names no such office."""
    task = _SENT_UP.sub("", text)
    return None if task == text else task


def _from_lines(item: AlignedItem, i: int, sim: Similarity, document: Document, windows: list[tuple[int, int, str]],
                options: AlignOptions) -> AlignedItem:  # fmt: skip
    scores = sim.window_scores(i, [w[2] for w in windows])
    if not len(scores):
        return item
    best = int(scores.argmax())
    score = float(min(1.0, scores[best]))
    if score <= item.score:
        return item
    if item.parent.kind == "duty" and score < options.covered_threshold:
        # A line that shares only where the duty's result is sent ("Gửi báo cáo sơ kết về Sở Văn hóa, Thể thao và Du
        # lịch" in a schedule, for "Điều tra, thống kê hiện trạng thư viện ..., gửi Sở Văn hóa, Thể thao và Du lịch trước
        # ngày 30/4/2026", round 46, I162-A12) does not give the duty: any report goes there.
        task = _without_sending(item.parent.text)
        if task is not None and sim.text_window_scores(task, [windows[best][2]])[0] < options.partial_threshold:
            return item
    first, last, text = windows[best]
    ref = ItemRef(kind="other", text=text, index=0, span=document.span(first, last))
    verdict = "covered" if score >= options.covered_threshold else "partly_covered" if score >= options.partial_threshold else "not_covered"
    return AlignedItem(parent=item.parent, matches=[Match(child=ref, score=round(score, 4))] + item.matches,
                       score=round(score, 4), verdict=verdict)  # fmt: skip


def coverage(aligned: list[AlignedItem]) -> float:
    """Share of parent items covered, a partly covered item counting half."""
    if not aligned:
        return 1.0
    weight = {"covered": 1.0, "partly_covered": 0.5, "not_covered": 0.0}
    return round(sum(weight[a.verdict] for a in aligned) / len(aligned), 4)

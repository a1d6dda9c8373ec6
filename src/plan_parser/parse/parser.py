"""parse(document_or_text) -> Plan: header, bases, outline, roles, timeline, deadlines, assignments, footer."""

from __future__ import annotations

import re
import unicodedata
import warnings

from ..model import Assignment, Document, Plan, SectionHeading, Span
from . import assignments as assign_mod
from .awards import award_mentions, distinct_awards
from .bases import find_bases
from .citations import canonical_bodies, expand_abbreviations, normalise_number, resolve_locality
from .deadline_kinds import classify as classify_deadlines
from .deadlines import find_deadlines
from .furniture import furniture_lines
from .fuzzy import SpellingVote
from .footer import attached_plan_start, find_footer_start, read_footer
from .header import issuer_level, locality_context, read_header
from .options import ParseOptions
from .outline import Node, Para, build_tree, paragraphs, to_outline
from .roles import entries, find_containers, split_aims
from .targets import target_entries
from .text import CasingDictionary, diacritic_ratio, fold, merge_spans, norm_space, strip_markup
from .timeline import PHASE_WORD, TIME_LABEL, named_phase, phases_headed, timeline_entry

# "Ủy ban nhân dân xã Tứ Kỳ xây dựng Kế hoạch ...": on folded text, so "UBND phương Uống Bị" reads too.
_ISSUER_IN_TEXT = re.compile(
    r"(?<!cua )(?<!cua\n)\b(uy ban nhan dan|ubnd)\s+(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\s+(?=\w)"
)
_NAME_WORDS = re.compile(r"(?:[A-ZĐÂĂÊÔƠƯÀ-Ỹ][\wÀ-ỹ]*)(?:\s+[A-ZĐÂĂÊÔƠƯÀ-Ỹ][\wÀ-ỹ]*){0,3}")
_LOCALITY_CANON = {"tinh": "tỉnh", "thanh pho": "thành phố", "huyen": "huyện", "quan": "quận", "thi xa": "thị xã", "xa": "xã",
                   "phuong": "phường", "thi tran": "thị trấn", "dac khu": "đặc khu"}  # fmt: skip


def issuer_in_text(paras: list[Para], vote: SpellingVote) -> tuple[str, Para, int, int] | None:
    """The issuing body a plan's opening names as its subject ("UBND phường Uông Bí xây dựng Kế hoạch")."""
    fallback = None
    for p in paras:
        text = p.block.text
        folded = fold(text)
        for m in _ISSUER_IN_TEXT.finditer(folded):
            nm = _NAME_WORDS.match(text, m.end())
            if not nm:
                continue
            name = vote.best(norm_space(nm.group(0)))
            found = (f"Ủy ban nhân dân {_LOCALITY_CANON[m.group(2)]} {name}", p, m.start(), nm.end())
            if re.match(r"\s*(xay dung|ban hanh|trien khai|to chuc)\b", folded[nm.end() :]):
                return found
            fallback = fallback or found
    return fallback


def prepare(source: Document | str, options: ParseOptions) -> Document:
    """The document to parse: text wrapped as a Document, restored when it looks unrestored."""
    # Plain text skips the reader's normalisation: decomposed (NFD) input is composed here.
    doc = Document.from_text(unicodedata.normalize("NFC", source)) if isinstance(source, str) else source
    want = options.restore == "always" or (
        options.restore == "auto" and not doc.restored and len(doc.text) > 40 and diacritic_ratio(doc.text) < options.restore_threshold
    )
    if not want:
        return doc
    try:
        from ..restore import restore
    except ImportError:  # the restorer is optional at this stage
        warnings.warn("plan_parser.restore is not available; parsing the text as it is", stacklevel=3)
        return doc
    restored = restore(doc.text)
    if len(restored.lines) != len(doc.lines):
        warnings.warn("the restorer changed the number of lines; parsing the text as it is", stacklevel=3)
        return doc
    new = Document.from_text(restored.text, source=doc.source)
    for line, old in zip(new.lines, doc.lines):
        line.page = old.page
        line.column = old.column
        if line.text != old.text:
            line.original = old.text
    return new.model_copy(update={"restored": True, "format": doc.format, "pages": doc.pages, "sha256": doc.sha256,
                                  "warnings": list(doc.warnings)})


def _respell_names(body: str | None, vote: SpellingVote) -> str | None:
    """Body and locality words in standard spelling, the proper name as the document mostly spells it."""
    if not body:
        return body
    body = vote.best(canonical_bodies(body))  # "Bộ khoa học và công nghệ" -> "Bộ Khoa học và Công nghệ"
    m = re.search(r"\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(.+)$", body)
    if m:
        body = body[: m.start(2)] + vote.best(m.group(2))
    return body


def _respell_place(place: str | None, vote: SpellingVote) -> str | None:
    """'Phượng Lê Đại Hành' -> 'Phường Lê Đại Hành'; 'Tứ Ký' -> 'Tứ Kỳ' when the document mostly says so."""
    if not place:
        return place
    place = canonical_bodies(place)
    m = re.match(r"^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+(.+)$", place)
    if m:
        return f"{m.group(1)} {vote.best(m.group(2))}"
    return vote.best(place)


def _node_span(node: Node, doc: Document) -> Span | None:
    blocks = node.blocks()
    spans = [b.span(doc) for b in (blocks[0], blocks[-1])] if blocks else []
    if node.para is not None and spans:
        spans[0] = node.para.block.span(doc, node.para.rest_start)
    return merge_spans(spans)


def _with_phase_headings(container: Node, items: list[Node | Para]) -> list[Node | Para]:
    """The timeline's entries with the phase headings they sit under: a roadmap that lists each phase's tasks under it
    ("1. Giai đoạn 1 (năm 2026 - 2027)" / "- Tuyên truyền ..." / "- Sơ kết giữa kỳ vào tháng 6/2027") states the phase
    only in its heading (round 41, I141-B04: the phases were not read, only the reviews)."""
    heads = [n for n in container.walk() if n is not container and n.children and n.para is not None
             and n.heading_like and re.match(rf"{PHASE_WORD}\b", fold(n.own_text).strip())]  # fmt: skip
    if not heads:
        return items
    out: list[Node | Para] = []
    for entry in items:
        out.extend(h for h in heads if h not in out and entry in list(h.walk()))
        out.append(entry)
    return out


def _rows_apart(entries: list[Node | Para]) -> list[Node | Para]:
    """An item whose schedule is a table under it ("2. Lịch thực hiện:" over "| 4 | Tháng 7/2026 | Sơ kết 6 tháng |
    ...") read as its line and then each row: read as one text, a row's review took the next row's months (round 57,
    I236-A02: "Sơ kết 6 tháng" in July read as December)."""
    out: list[Node | Para] = []
    for entry in entries:
        rows = isinstance(entry, Node) and not entry.children and entry.para is not None and [
            p for p in entry.plain if p.block.text.lstrip().startswith("|")]
        out.extend([entry.para, *entry.plain] if rows else [entry])
    return out


def _entry_text_span(entry: Node | Para, doc: Document) -> tuple[str, Span | None]:
    if isinstance(entry, Para):
        return norm_space(entry.block.text), entry.block.span(doc)
    return norm_space(entry.full_text()), _node_span(entry, doc)


def _piece_text_span(entry: Node | Para, start: int, end: int | None, doc: Document) -> tuple[str, Span | None]:
    """A whole entry, or the sentence text[start:end] of a paragraph."""
    if isinstance(entry, Para) and (start or end is not None):
        text = entry.block.text
        end = len(text) if end is None else end
        while end > start and text[end - 1].isspace():
            end -= 1
        return norm_space(text[start:end]), entry.block.span(doc, start, end)
    return _entry_text_span(entry, doc)


# The plan's closing words when "Trên đây là ..." is not there: "Yêu cầu các sở, ngành, Ủy ban nhân dân
# các xã, phường triển khai thực hiện nghiêm túc Kế hoạch này. Trong quá trình thực hiện, nếu có khó
# khăn, vướng mắc, kịp thời báo cáo về ..." (folded; cue words may carry a damaged letter).
_CLOSING = re.compile(
    r"^(?:(?:(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho) )?(?:y[a-z]u c[a-z]u|d[a-z] ngh[a-z]|giao) (?:cac|thu truong|chu tich|giam doc|toan the)\b"
    # ("thụ hiện": a damaged "thực hiện", round 64, channel eng-ocr, 272-A: read as the wards' ninth duty)
    r"|trong qua trinh (?:to chuc )?(?:th[a-z]{0,3} hien|tr[a-z]{1,3} khai))"
)
# ("nếu có vướng mắc, báo cáo về Sở ...", without "khó khăn": round 61, I257-B, read as the wards' eighth duty)
# ... and, with a damaged letter, the difficulties it asks to hear of: "nếu có khỏe khăn, vwdng mắc" (English-model OCR
# restored, round 61, channel eng-ocr, 259-A: read as the wards' ninth duty on every child)
_CLOSING_SIGN = re.compile(r"ke hoach nay|nghiem tuc|(?:kho khan,? )?vuong mac|xem xet,? (?:chi dao|giai quyet|dieu chinh)"
                           r"|\bneu co (?:kh[a-z]{1,3} kh[a-z]n|v[a-z]{1,4}ng m[a-z]c)\b"
                           # ... or both named, either damaged: "có khó khăn, vwéng mắc" (round 63, channel eng-ocr, 268-B)
                           r"|\bkh[a-z]{1,3} kh[a-z]n,? v[a-z]{1,4}ng m[a-z]c\b")


def is_closing_instruction(text: str) -> bool:
    """A general instruction that ends the plan, addressed to all bodies at once."""
    folded = fold(norm_space(text)).lstrip(" *")
    return bool(_CLOSING.match(folded) and _CLOSING_SIGN.search(folded))


# The titles of a table's columns: "| TT | Tiêu chí | Điểm tối đa |" heads the criteria, it is none of them (round 66:
# the header row of 281-B's, 283-B's and 284-B's criteria tables was read as a criterion, which every child then missed).
_COLUMN_TITLE = re.compile(r"(?:s?tt|so tt|tieu chi|noi dung|diem(?: toi da| chuan| so)?|chi tieu|don vi(?: tinh)?|muc tieu|"
                           r"ket qua|ghi chu|so luong|thoi gian|ty le|nam \w+|yeu cau|thang diem)")


def _header_row(text: str) -> bool:
    """A table's header row: no figure, every cell a few words, one of them a usual column title."""
    if text.count("|") < 2 or re.search(r"\d", re.sub(r"\b(?:19|20)\d{2}\b", "", text)):  # ("| Năm 2026 |" is a title)
        return False
    cells = [fold(c).strip(" .:") for c in text.strip().strip("|").split("|")]
    cells = [c for c in cells if c]
    return (len(cells) >= 2 and all(len(c.split()) <= 5 for c in cells)
            and any(_COLUMN_TITLE.fullmatch(c) for c in cells))


def parse(source: Document | str, *, options: ParseOptions | None = None) -> Plan:
    """Parse a plan (a Document, or plain text) into a Plan with provenance for every value."""
    options = options or ParseOptions()
    doc = prepare(source, options)
    prov: dict[str, Span] = {}
    if not doc.lines or not doc.text.strip():
        return Plan(source=doc.source)
    cleaned = [strip_markup(line.text) for line in doc.lines]
    casing = CasingDictionary(cleaned)
    columns = [line.column for line in doc.lines] if any(line.column for line in doc.lines) else None
    header = read_header(cleaned, casing, columns)

    attached = attached_plan_start(cleaned, header.body_start)
    footer_start = find_footer_start(cleaned, attached or header.body_start)
    body_end = (footer_start - 1) if footer_start else len(cleaned)
    signed_lines, signature_start = cleaned, footer_start
    if attached and footer_start is None:
        # the plan itself is unsigned: the decision's signature, above it, signs it
        signed_lines = cleaned[: attached - 1]
        signature_start = find_footer_start(signed_lines, header.body_start)
    for n in range(body_end, header.body_start - 1, -1):
        if fold(cleaned[n - 1]).lstrip(" *").startswith("tren day la"):
            body_end = n - 1
            break
    furniture = furniture_lines(doc, cleaned, header.number)
    paras = paragraphs(doc, cleaned, header.body_start, body_end, skip=furniture) if body_end >= header.body_start else []
    while paras and paras[-1].kind is None and (is_closing_instruction(paras[-1].block.text)
                                                or len(re.findall(r"[^\W\d_]", paras[-1].block.text)) < 2):
        # Addressed to everyone, after the last body's duties: not a duty of that body. A separator
        # ("* *", "---") before the signature is no text at all.
        paras.pop()
    first_labelled = next((i for i, p in enumerate(paras) if p.kind is not None), len(paras))
    preamble, body = paras[:first_labelled], paras[first_labelled:]

    plan = Plan(source=doc.source, doc_type=header.doc_type, number=header.number, place=header.place, date=header.date,
                title=header.title, issuer=header.issuer, parent_issuer=header.parent_issuer)
    span = lambda a, b=None: doc.span(a, b)  # noqa: E731
    if header.doc_type_line:
        prov["/doc_type"] = span(header.doc_type_line)
    if header.number_line:
        prov["/number"] = span(header.number_line)
    if header.date_line:
        prov["/date"] = prov["/place"] = span(header.date_line)
    if header.title_lines:
        prov["/title"] = span(header.title_lines[0], header.title_lines[-1])

    # Issuer: the header, else the preamble's "Ủy ban nhân dân xã Tứ Kỳ xây dựng Kế hoạch ...".
    if header.issuer_lines:
        prov["/issuer"] = span(header.issuer_lines[0], header.issuer_lines[-1])
    vote = SpellingVote(doc.text)
    if not plan.issuer or fold(plan.issuer) in ("uy ban nhan dan", "hoi dong nhan dan"):
        found = issuer_in_text(preamble, vote)
        if found:
            plan.issuer, p, start, end = found
            prov["/issuer"] = p.block.span(doc, start, end)
    plan.issuer = _respell_names(plan.issuer, vote)
    plan.parent_issuer = _respell_names(plan.parent_issuer, vote)
    plan.place = _respell_place(plan.place, vote)
    province, city = locality_context(" ".join(x for x in (plan.issuer, plan.parent_issuer) if x))
    text_province, text_city = locality_context(doc.text)
    province, city = province or text_province, city or text_city
    if plan.issuer:
        plan.issuer = resolve_locality(expand_abbreviations(plan.issuer), province=province, city=city)
    plan.issuer_level = issuer_level(plan.issuer, plan.parent_issuer)
    if plan.issuer_level and "/issuer" in prov:
        prov["/issuer_level"] = prov["/issuer"]
    if plan.parent_issuer and header.issuer_lines:
        prov["/parent_issuer"] = span(max(1, header.issuer_lines[0] - 1))

    seen_numbers: set[str] = set()
    for match, para in find_bases(preamble, province=province, city=city):
        key = normalise_number(match.citation.number) or f"{match.citation.doc_type}:{match.citation.date}"
        if key in seen_numbers:
            continue  # the same document cited again in the same opening
        seen_numbers.add(key)
        prov[f"/bases/{len(plan.bases)}"] = para.block.span(doc, match.start, match.end)
        plan.bases.append(match.citation)

    root = build_tree(body)
    sections = [c for c in root.children if c.kind == "section"]
    for node in sections:
        prov[f"/sections/{len(plan.sections)}"] = node.para.block.span(doc)
        plan.sections.append(SectionHeading(label=node.label or "", heading=norm_space(node.own_text)))
    containers, role_labels = find_containers(root)

    # A section headed "MỤC ĐÍCH, YÊU CẦU" with no sub-heading holds both undivided: split it once.
    undivided = {id(c): c for c in containers.get("purposes", []) if any(c is r for r in containers.get("requirements", []))}
    aims = {key: dict(zip(("purposes", "requirements"), split_aims(entries(c)))) for key, c in undivided.items()}
    for role in ("purposes", "requirements", "contents", "criteria"):
        target = getattr(plan, role)
        for container in containers.get(role, []):
            if role in aims.get(id(container), {}):  # ("MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU": its criteria are not split)
                found = [_piece_text_span(entry, start, end, doc) for entry, start, end in aims[id(container)][role]]
            else:
                found = [_entry_text_span(entry, doc) for entry in entries(container, keep_headed_items=role == "contents")]
            for text, where in found:
                # (criteria only: a contents table's header row stays an item, as the hand-written sets' pointers count it)
                if text and not (role == "criteria" and _header_row(text)):
                    if where:
                        prov[f"/{role}/{len(target)}"] = where
                    target.append(text)

    for entry in target_entries(root):
        text, where = _entry_text_span(entry, doc)
        if text and not _header_row(text):
            if where:
                prov[f"/targets/{len(plan.targets)}"] = where
            plan.targets.append(text)

    found_awards = []
    for container in containers.get("awards", []):
        for node in container.walk():
            if node is not container and not node.children:
                found_awards.append(node.para)
            # A part written as prose ("VI. KHEN THƯỞNG" then "... xét tặng Bằng khen của Chủ tịch ...") names its
            # forms in plain paragraphs, under the heading or under a sub-heading (blind sets 89-94).
            found_awards.extend(node.plain)
    found = [(mention, para) for para in found_awards for mention in award_mentions(para.rest)]
    for mention, para in distinct_awards(found):
        after_label = para.block.text[para.rest_start :]
        start = para.rest_start + len(after_label) - len(after_label.lstrip())  # where the rest starts
        prov[f"/awards/{len(plan.awards)}"] = para.block.span(doc, start + mention.start, start + mention.end)
        plan.awards.append(mention.text)

    for container in containers.get("timeline", []):
        items = entries(container) if container.children else []
        phase_column = False  # in a schedule table whose first column is headed "Giai đoạn"
        for entry in _rows_apart(_with_phase_headings(container, list(container.plain) + items if not items else items)):
            if isinstance(entry, Node) and entry.children:
                text, where = norm_space(entry.own_text), entry.para.block.span(doc, entry.para.rest_start)
            else:
                text, where = _entry_text_span(entry, doc)
            if text.count("|") < 2:
                phase_column = False
            elif (headed := phases_headed(text)) is not None:
                phase_column = headed
            for item in timeline_entry(named_phase(text) if phase_column else text, plan.date):
                if where:
                    prov[f"/timeline/{len(plan.timeline)}"] = where
                plan.timeline.append(item)
    if not plan.timeline:
        _timeline_in_body(body or preamble, doc, plan, prov)  # all preamble: a plan in prose (I98-B04)

    table_header = None  # the first row of the table a paragraph is a row of: its titles name the columns
    # A plan with no labelled paragraph at all ("Về chế độ báo cáo: ... trước ngày 20/6", each part one paragraph) is
    # all preamble: its deadlines are read there (round 26, I80-A06).
    dated = (body or preamble) + _appendix_paras(doc, cleaned, footer_start, furniture)
    # (a scrap between a table's header and its rows, OCR's reading of the "|---|" rule: "Jf}", is no paragraph of its
    # own; it left the rows without their header, round 58, channel eng-ocr, I235-A05, I235-B01)
    dated = [p for p in dated if not _scrap(p.block.text.strip())]
    for para, before in zip(dated, [None, *dated[:-1]]):
        in_table = "|" in para.block.text
        if not in_table or before is None or "|" not in before.block.text:
            table_header = para.block.text if in_table else None
        for deadline, start, end in find_deadlines(para.block.text, table_header):
            prov[f"/deadlines/{len(plan.deadlines)}"] = para.block.span(doc, start, end)
            plan.deadlines.append(deadline)
    classify_deadlines(plan.deadlines)

    for container in containers.get("assignments", []):
        for duty in assign_mod.collect(container):
            index = len(plan.assignments)
            tasks = [norm_space(t) for t, _ in duty.tasks if t.strip()]
            plan.assignments.append(Assignment(body=duty.body, role=duty.role or assign_mod.role_of(tasks), tasks=tasks))
            if duty.node is not None:
                para = duty.node.para
                if duty.name_end:  # a run-in item: just the body's name
                    after_label = para.block.text[para.rest_start :]
                    start = para.rest_start + len(after_label) - len(after_label.lstrip())
                    prov[f"/assignments/{index}"] = para.block.span(doc, start, start + duty.name_end)
                else:
                    prov[f"/assignments/{index}"] = para.block.span(doc, para.rest_start)
            for t_index, (_, where) in enumerate(duty.tasks):
                if isinstance(where, Para):
                    s = where.block.span(doc)
                elif isinstance(where, Node):
                    s = _node_span(where, doc)
                else:
                    para, start = where
                    s = para.block.span(doc, max(start, 0))
                prov[f"/assignments/{index}/tasks/{t_index}"] = s
                if f"/assignments/{index}" not in prov:
                    prov[f"/assignments/{index}"] = s

    if signature_start:
        footer = read_footer(signed_lines, signature_start)
        for i, (text, line) in enumerate(footer.recipients):
            plan.recipients.append(text)
            prov[f"/recipients/{i}"] = span(line)
        if footer.signer:
            plan.signer = footer.signer
            prov["/signer"] = span(min(footer.signer_lines), max(footer.signer_lines))

    plan.provenance = prov
    plan.outline = to_outline(root, doc, role_labels)
    return plan


# A sentence of the body that states a phase or a review: "Giai đoạn 1 (...)", "Sơ kết 6 tháng trong tháng 10", and one
# whose subject holds the review: "Ủy ban nhân dân phường tổ chức sơ kết ... vào tháng 9/2026 và tổng kết năm vào tháng
# 01/2027" (round 29, I98-A06: a moved review in prose was not read).
_BODY_TIMELINE = re.compile(
    r"(?:\d{1,2}[.)]\s*|[a-zđ]\)\s*)?(?:(?:uy ban nhan dan|ubnd|ban chi dao)(?: (?:xa|phuong|dac khu))?\s+)?"
    r"(?:(?:to chuc|tien hanh)\s+)?(?:giai doan|so ket|tong ket)\b"
)

# A short plan's timeline as a run-in paragraph (`TIME_LABEL`): "3. Thời gian: Giai đoạn 2026 - 2027: ..., sơ kết vào
# quý IV năm 2027. Giai đoạn 2028 - 2030: ..." (round 30, I101-B04): there phases named by their years alone are the plan's.

# ... or holds it after a reason: "Do lịch thu hoạch lúa Đông Xuân kéo dài, xã tổ chức sơ kết đợt 1 vào tháng 7/2026"
# (round 29, I98-B04).
_HOLDS_REVIEW = re.compile(r"\b(?:xa|phuong|dac khu) (?:to chuc|tien hanh) (?:so ket|tong ket)\b")


def _scrap(text: str) -> bool:
    """A short run of signs and single letters with no word in it ("Jf}", "J-l-b=F-4")."""
    return len(text) <= 15 and "|" not in text and not re.search(r"[^\W\d_]{3}", text)


# A cell of an appendix's task table that sends a report, after another step too ("| 9 | Sơ kết 6 tháng; gửi báo cáo sơ kết
# về Sở ... | ... | Trước ngày 30/6/2026 |", round 61, I257-A04), or sends anything up ("| 6 | Xây dựng phương án tổ chức chợ
# hoa Xuân ...; gửi Sở Công Thương | ... | Trước 10/12/2026 |", round 62, I265-B09). Folded.
_SENDS = re.compile(r"(?:^|[;,]\s*)(?:(?:gui|nop)\s+)?bao cao\b"
                    r"|(?:^|[;,]\s*)(?:gui|nop)\b[^;|]{0,60}?\b(?:ve\s+)?(?:so|uy ban nhan dan (?:tinh|thanh pho)|ubnd (?:tinh|thanh pho))\b")


def _appendix_paras(doc, cleaned: list[str], footer_start: int | None, furniture) -> list:
    """The paragraphs of an appendix after the signature ("PHỤ LỤC / PHÂN CÔNG THỰC HIỆN KẾ HOẠCH / 1. ... 6. Chế độ báo
    cáo: ... báo cáo năm trước ngày 20/12"): the plan's own text, whose dates bind as the body's do (round 29, I99-B08:
    a ward's late annual report, stated only there, was not read)."""
    if not footer_start:
        return []
    heading = next((n for n in range(footer_start + 1, len(cleaned) + 1)
                    if re.match(r"phu luc\b", fold(cleaned[n - 1]).strip(" *#\t"))), None)  # fmt: skip
    if heading is None:
        return []
    # Its prose only: a task table there ("TT | Nội dung | Chủ trì | ... | Trước 14/11/2025", tab- or pipe-separated) puts
    # the bodies between a task and its date (I47-A04: "khai thác kết quả ... Ban Chỉ đạo xã ... Tổng kết trước 12/9")
    # ... but a row sending a report ("| 9 | Báo cáo kết quả 6 tháng gửi Sở ... | Phòng Kinh tế | Trước 25/6/2026 |") is
    # read, under its table's header (round 58, I242-B11: the ward's late half-year report, stated only there)
    table_line = lambda n: "\t" in doc.lines[n - 1].text or "|" in doc.lines[n - 1].text  # noqa: E731
    out, header = [], None
    for p in paragraphs(doc, cleaned, heading + 1, len(cleaned), skip=furniture):
        if not any(table_line(n) for n in p.block.lines):
            out.append(p)
            header = None
            continue
        cells = [fold(c).strip(" -+*") for c in re.split(r"[|\t]", p.block.text)]
        if header is None:
            header = p
        elif any(_SENDS.search(c) for c in cells) and "|" in p.block.text:
            out.extend([header, p] if header not in out else [p])
    return out


def _timeline_in_body(body: list, doc, plan: Plan, prov: dict) -> None:
    """A plan with no timeline part may still state its phases and reviews where its work is listed ("Giai đoạn 1
    (từ tháng 02 đến tháng 6 năm 2026)" over its tasks, "- Sơ kết 6 tháng trong tháng 10 năm 2026", round 25, I68-A06,
    I72-A06): the phases stated by months and the reviews dated to a month, each from a paragraph of its own. A year
    alone is too loose for prose ("tổng kết năm 2026" is the work reviewed, not when)."""
    for para in body:
        labelled = False  # the paragraph is the plan's "Thời gian:" part: its phases by years are the plan's
        # each sentence: a line run into the one before ("... tại thôn có ca bệnh. Tổng kết: tổ chức tổng kết ... vào
        # tháng 3 năm 2027.") starts a sentence of its own
        for sentence in re.finditer(r"(?:[^.;]|[.;](?!\s|$))+[.;]?", para.block.text):  # up to ". " or "; "
            text = sentence.group(0)
            if "|" in text:  # a table's rows: the schedule-table reader's (timeline_entry), in a timeline part
                continue
            folded = fold(text).lstrip(" -+*•")
            label = TIME_LABEL.match(folded)
            if label:
                text, folded = text[len(text) - len(folded) + label.end() :], folded[label.end() :]
            if not _BODY_TIMELINE.match(folded) and not _HOLDS_REVIEW.search(folded):
                continue
            labelled = labelled or bool(label)
            for item in timeline_entry(text):
                named = fold(item.label or "").startswith("giai doan")
                if (named and (item.start_month or labelled)) or (not named and item.label is None and item.start_month):
                    prov[f"/timeline/{len(plan.timeline)}"] = para.block.span(doc, sentence.start(), sentence.end())
                    plan.timeline.append(item)

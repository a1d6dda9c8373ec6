"""One side of a comparison: the parsed plan, the document it came from (when known) and its items.

`compare` accepts a Plan, a Document, plain text, a path (any readable input, or a parsed-plan
JSON file) or a pipeline result; everything becomes a `Side` here so the checks see one shape.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from ..errors import InputNotFound, ParserUnavailable
from ..model import Document, Evidence, ItemRef, Plan, PlanRef, Span
from .text import fold, nfc

# ("IV. BẢNG PHÂN CÔNG" over a tab-separated table, round 36, I123-A08: no duty was read)
ORGANISATION_LINE = re.compile(r"^\s*(?:\*\*)?[ivx]+\.\s*(?:to chuc thuc hien|trach nhiem|(?:bang )?phan cong)")
# ("VII. GIAO NHIỆM VỤ": the part that gives each body its duties, round 15)
# ("3. Ai làm, khi nào xong": a plain-spoken ward's organisation part, round 23, I53-A08)
ORGANISATION_HEADING = r"^(?:to chuc thuc hien|trach nhiem|phan cong|giao nhiem vu|ai lam\b)"
# A top-level heading line (folded) when the parser's outline is not available: "V. ", "Phần V. ", "E. ".
_TOP_HEADING = re.compile(r"^\s*(?:\*\*)?(?:(?:phan|muc|chuong)\s+)?(?:[ivx]+|[a-hd])\s*[.:\-–]?\s+")

# Bodies of the lower level in a province plan's "Tổ chức thực hiện" (folded, no diacritics).
_LOWER_LEVEL = re.compile(
    r"(cac|cap) (xa|phuong|huyen)|xa, phuong|phuong, xa|dac khu|thi tran|huyen, thi xa|co so|dia phuong"
)
# "Các cơ sở giáo dục nghề nghiệp", "Các cơ sở y tế": establishments, not the grassroots level ("cơ sở") of
# government (round 11, I17-A: the vocational schools' own duties were asked of the wards).
_ESTABLISHMENT = re.compile(r"^(?:cac )?co so (?:giao duc|dao tao|y te|kham|kinh doanh|san xuat|luu tru|day nghe|"
                            r"tin nguong|ton giao|bao tro|cai nghien|tro giup)\b")  # fmt: skip
_LOWER_AUTHORITY = re.compile(r"\b(?:xa|phuong|huyen|dac khu|thi tran)\b")


def is_lower_level(body: str | None) -> bool:
    """Does this body name the lower level of government (the wards and communes the plan is handed down to)?"""
    folded = fold(body or "").strip()
    if not _LOWER_LEVEL.search(folded):
        return False
    return not (_ESTABLISHMENT.match(folded) and not _LOWER_AUTHORITY.search(folded))


@dataclass
class Side:
    plan: Plan
    document: Document | None = None
    source: str | None = None
    _items: list[ItemRef] | None = field(default=None, repr=False)

    # ---------------------------------------------------------------- identity
    def ref(self) -> PlanRef:
        p = self.plan
        return PlanRef(source=self.source, number=p.number, date=p.date, issuer=p.issuer, title=p.title)

    @property
    def label(self) -> str:
        p = self.plan
        if p.number:
            return f"{p.doc_type or 'Kế hoạch'} số {p.number}" + (f" của {p.issuer}" if p.issuer else "")
        return p.issuer or self.source or "văn bản"

    # ---------------------------------------------------------------- items
    def items(self) -> list[ItemRef]:
        """Every textual item with its kind and JSON Pointer: contents, criteria, duties, purposes, requirements."""
        if self._items is None:
            p = self.plan
            out: list[ItemRef] = []
            for kind, key in (("content", "contents"), ("criterion", "criteria"), ("purpose", "purposes"),
                              ("requirement", "requirements")):  # fmt: skip
                for i, text in enumerate(getattr(p, key)):
                    out.append(self._ref(kind, text, i, f"/{key}/{i}"))
            flat = 0
            for a, assignment in enumerate(p.assignments):
                for t, text in enumerate(assignment.tasks):
                    out.append(self._ref("duty", text, flat, f"/assignments/{a}/tasks/{t}", body=assignment.body))
                    flat += 1
            out += self._outline_items({" ".join(it.text.split()) for it in out})
            self._items = out
        return self._items

    def _outline_items(self, known: set[str]) -> list[ItemRef]:
        """Outline leaves the parser gave no role (e.g. criteria under an unexpected heading): a
        child may implement a parent item there, so they are candidates too."""
        out: list[ItemRef] = []

        def walk(nodes, path):
            for i, node in enumerate(nodes):
                pointer = f"{path}/{i}"
                if node.children:
                    walk(node.children, pointer + "/children")
                elif node.kind != "section" and node.text.strip() and " ".join(node.text.split()) not in known:
                    out.append(ItemRef(kind="other", text=node.text, index=len(out), span=node.span, pointer=pointer))

        walk(self.plan.outline, "/outline")
        return out

    def _ref(self, kind: str, text: str, index: int, pointer: str, body: str | None = None) -> ItemRef:
        return ItemRef(kind=kind, text=text, index=index, span=self.span(pointer, text), pointer=pointer, body=body)

    def lower_level_duties(self) -> list[ItemRef]:
        """Duties this (higher-level) plan gives to the communes, wards or districts below it."""
        duties = [it for it in self.items() if it.kind == "duty" and it.body and is_lower_level(it.body)]
        if not duties and not self.plan.assignments and self.document is not None:
            duties = self._duties_from_lines()
        return [_without_closing(it) for it in duties]

    def _duties_from_lines(self) -> list[ItemRef]:
        """The lower level's duties read off the lines of "Tổ chức thực hiện", for when the parser found no
        assignments at all (an OCR'd heading such as "v. TO CHUC THUC HIEN" it did not recognise)."""
        lines = self.document.lines
        start = self.section_lines(ORGANISATION_HEADING)[0] if self.plan.outline else None
        start = start or next((ln.number for ln in lines if ORGANISATION_LINE.match(fold(ln.text))), None)
        if start is None:
            return []
        out: list[ItemRef] = []
        body, task = None, None  # task: [first line, last line, text]

        body_index, task_index = -1, 0

        def close():
            nonlocal task_index
            if body and task:
                # The pointer the parser would have given: n-th body of the section, t-th task.
                pointer = f"/assignments/{body_index}/tasks/{task_index}"
                out.append(ItemRef(kind="duty", text=task[2], index=len(out), span=self.document.span(task[0], task[1]),
                                   body=body, pointer=pointer))  # fmt: skip
                task_index += 1

        for line in lines[start:]:
            text = line.text.strip()
            if not text:  # a blank line ends a task: wrapped lines of one task follow each other
                close()
                task = None
                continue
            numbered = re.match(r"^(?:\d+|[ivx]+)\.\s*(.+)$", text, re.IGNORECASE)
            if numbered:
                close()
                task, body_index, task_index = None, body_index + 1, 0
                body = numbered.group(1) if is_lower_level(numbered.group(1)) else None
            elif re.match(r"^[-–+•]\s*", text):
                close()
                task = [line.number, line.number, re.sub(r"^[-–+•]\s*", "", text)]
            elif task is not None:
                task = [task[0], line.number, f"{task[2]} {text}"]
        close()
        return out

    def section_lines(self, heading: str) -> tuple[int | None, int | None]:
        """(heading line, last line) of the top-level section whose folded heading matches `heading`: from
        the parser's outline (any heading style it reads: "V.", "Phần V", "E.", "5." at the top level),
        else from heading-like lines of the text."""
        # Top-level parts: sections, or numbered items with a heading where the plan numbers its parts 1., 2.
        sections = [n for n in self.plan.outline if n.kind == "section" and n.span is not None]
        if not sections:
            sections = [n for n in self.plan.outline if n.kind == "item" and n.heading and n.span is not None]
        for i, node in enumerate(sections):
            if re.search(heading, fold(node.heading or node.text or "")):
                end = sections[i + 1].span.line_start - 1 if i + 1 < len(sections) else node.span.line_end
                return node.span.line_start, end
        if self.document is None:
            return None, None
        lines = self.document.lines
        tops = [ln.number for ln in lines if _TOP_HEADING.match(fold(ln.text)) and ln.text.strip().isupper()]
        for number in tops:
            text = _TOP_HEADING.sub("", fold(lines[number - 1].text), count=1)
            if re.search(heading, text):
                later = [n for n in tops if n > number]
                return number, (later[0] - 1 if later else len(lines))
        return None, None

    def footer_lines(self) -> range:
        """The lines of the closing block the parser read ("Nơi nhận:" and its recipients, through the signer's lines); an
        appendix after the signature is not in it."""
        spans = [s for k, s in self.plan.provenance.items() if k.startswith("/recipients/") or k == "/signer"]
        if not spans:
            return range(0)
        first = min(s.line_start for s in spans)
        if self.document is not None and first > 1 and fold(self.document.lines[first - 2].text).strip(" *-").startswith("noi nhan"):
            first -= 1  # the "Nơi nhận:" label over its list
        return range(first, max(s.line_end for s in spans) + 1)

    # ---------------------------------------------------------------- provenance
    def span(self, pointer: str, text: str | None = None) -> Span | None:
        span = self.plan.provenance.get(pointer)
        if span is None and text and self.document is not None:
            span = self.locate(text)
        return span

    def locate(self, text: str) -> Span | None:
        """The line where `text` begins, found by fuzzy search (for values without provenance)."""
        if self.document is None or not text.strip():
            return None
        head = text.strip()[:60]
        best, best_score = None, 0.0
        for line in self.document.lines:
            if len(line.text.strip()) < 3:
                continue
            score = fuzz.partial_ratio(head, line.text) if len(line.text) >= len(head) else fuzz.ratio(head, line.text)
            if score > best_score:
                best, best_score = line, score
        if best is None or best_score < 80:
            return None
        return self.document.span(best.number)

    def evidence(self, pointer: str | None, text: str, span: Span | None = None) -> Evidence:
        """Quote plus page and line; the quote is the cited lines' own text when the document is known."""
        span = span or (self.span(pointer, text) if pointer else None) or (self.locate(text) if text else None)
        quote = text
        if span is not None and self.document is not None and span.line_end <= len(self.document.lines):
            lines = self.document.lines[span.line_start - 1 : span.line_end]
            quote = " ".join(line.text.strip() for line in lines).strip() or text
        return Evidence(
            quote=quote,
            source=self.source,
            page=span.page if span else None,
            line=span.line_start if span else None,
            span=span,
            pointer=pointer,
        )

    def line_evidence(self, line_number: int, pointer: str | None = None) -> Evidence:
        assert self.document is not None
        span = self.document.span(line_number)
        return Evidence(
            quote=self.document.lines[line_number - 1].text.strip(),
            source=self.source,
            page=span.page,
            line=line_number,
            span=span,
            pointer=pointer,
        )


# ---------------------------------------------------------------------------- loading


def load_side(value, *, source: str | None = None) -> Side:
    """Turn any accepted input into a Side (parsing text and files through the pipeline)."""
    if isinstance(value, Side):
        return value
    if isinstance(value, Plan):
        return Side(plan=value, source=source or value.source)
    if hasattr(value, "plan") and hasattr(value, "document"):  # pipeline.Processed
        return Side(plan=value.plan, document=value.document, source=source or value.document.source)
    if isinstance(value, Document):
        return Side(plan=_parse(value), document=value, source=source or value.source)
    if isinstance(value, str) and ("\n" in value or not Path(value).exists()):
        if "\n" not in value and len(value) < 300 and re.search(r"\.\w{2,5}$", value):
            raise InputNotFound(f"no such file: {value}")
        # Text handed in directly skips the reader's normalisation: decomposed (NFD) Vietnamese, as some
        # macOS and PDF tools write it, must not reach the parser's patterns.
        document = Document.from_text(unicodedata.normalize("NFC", value), source=source or "<text>")
        return Side(plan=_parse(document), document=document, source=document.source)
    path = Path(value)
    if not path.exists():
        raise InputNotFound(f"no such file: {path}")
    return load_path(path)


# The plan's closing formula run on to its last duty ("... trước ngày 15/10/2030. Yêu cầu các sở, ban, ngành, Ủy ban nhân
# dân các xã, phường tổ chức triển khai thực hiện nghiêm túc Kế hoạch này. Trong quá trình thực hiện, nếu có vướng mắc,
# phản ánh về Sở ..."): addressed to every body, it asks nothing of the ward (round 12, set 19 B: it diluted the report duty).
# Its first sentence may end on the act alone ("Yêu cầu các sở, ban, ngành Thành phố và Ủy ban nhân dân các xã, phường
# nghiêm túc triển khai thực hiện.", round 14, set 22 A).
_CLOSING = re.compile(r"(?<=[.;])\s+(?:yeu cau (?:cac|thu truong)\b[^.]{0,160}?\b(?:ke hoach nay\b|"
                      r"(?:trien khai|to chuc)(?: thuc hien)?(?: (?:nghiem tuc|co hieu qua|kip thoi))?\s*(?:\.|$))|"
                      r"trong qua trinh (?:to chuc )?(?:trien khai )?thuc hien,? (?:neu )?co (?:kho khan|vuong mac)).*$",
                      re.DOTALL)  # fmt: skip


def _without_closing(item: ItemRef) -> ItemRef:
    m = _CLOSING.search(fold(item.text))
    return item.model_copy(update={"text": item.text[: m.start()].rstrip()}) if m and m.start() > 0 else item


_CACHE: dict[str, Side] = {}


def load_path(path: Path) -> Side:
    """Read and parse a file, cached by content hash (an archive is scanned many times in a batch)."""
    data = path.read_bytes()
    key = hashlib.sha256(data).hexdigest()
    if key in _CACHE:
        cached = _CACHE[key]
        return Side(plan=cached.plan, document=cached.document, source=str(path))
    if path.suffix.lower() == ".json":
        plan = Plan.model_validate_json(data)
        document = None
        text_path = path.with_name(path.name.removesuffix(".plan.json") + ".txt")
        if path.name.endswith(".plan.json") and text_path.exists():
            # A parsed plan stored beside its text: quotes are then read from the text itself.
            document = Document.from_text(text_path.read_text(encoding="utf-8"), source=str(text_path))
        side = Side(plan=plan, document=document, source=str(path))
    else:
        try:
            from ..pipeline import process
        except ImportError as exc:  # pragma: no cover - depends on the parser landing
            raise ParserUnavailable(str(exc)) from exc
        try:
            processed = process(path)
        except (ImportError, AttributeError) as exc:
            raise ParserUnavailable(f"cannot read {path}: {exc}") from exc
        side = Side(plan=processed.plan, document=processed.document, source=str(path))
    _CACHE[key] = side
    return side


def _parse(document: Document) -> Plan:
    try:
        from ..parse import parse
    except ImportError as exc:
        raise ParserUnavailable(str(exc)) from exc
    return parse(document)


# A task table with a column for the body that carries each task out ("| TT | Nhiệm vụ | Bộ phận thực hiện | Kết quả cần
# đạt |", "Đơn vị chủ trì", "Cơ quan phụ trách"): its rows assign the tasks, wherever the table stands (the
# organisation part then refers to it: "thực hiện nhiệm vụ được giao tại Mục III").
_BODY_COLUMN = re.compile(r"^(?:(?:bo phan|don vi|co quan|nguoi|luc luong|to chuc)\s+)?(?:thuc hien|chu tri|phu trach)"
                          r"(?:\s*(?:,|/|va)\s*phoi hop)?$|^phan cong(?: thuc hien)?$")  # fmt: skip


def row_cells(text: str, separator: str = "|") -> list[str]:
    """The cells of a table row, outer borders or not: "| 2 | Nổ mìn ... | Phòng Kinh tế |" -> ["2", "Nổ mìn ...", ...]."""
    return [c.strip() for c in text.strip().strip("|").split(separator)]


def _is_header_row(cells: list[str]) -> bool:
    """A row of column names: three or more short cells, no figure, the first a number's column ("TT", "STT")."""
    return (len(cells) >= 3 and bool(re.fullmatch(r"(?i)s?tt|số tt|số thứ tự", cells[0].strip()))
            and all(len(c.split()) <= 6 and not re.search(r"\d", c) for c in cells))


def table_headers(document: Document) -> dict[int, list[str]]:
    """For each row of a pipe table with a header ("| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |" over "|---|"),
    its line number -> the header's cells."""
    out: dict[int, list[str]] = {}
    header = previous = None
    for ln in document.lines:
        text = ln.text.strip()
        if not text.startswith("|"):
            header = previous = None
            continue
        cells = row_cells(text)
        if previous is not None and all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
            header = previous
        elif header is not None:
            out[ln.number] = header
        elif previous is None and _is_header_row(cells):
            # ... or a table's first row of names alone, with no rule under it (round 48, I176-B03)
            header = cells
        previous = cells
    return out


# The columns of a task table that name who does a task and when, not what it is.
_WHO_OR_WHEN = re.compile(r"^(?:s?tt|số tt|(?:cơ quan|đơn vị|bộ phận)?\s*(?:chủ trì|phối hợp|thực hiện)|cơ quan|đơn vị|bộ phận|"
                          r"lực lượng|người|trách nhiệm|thời gian|thời hạn|thời điểm|tiến độ|ghi chú)\b", re.IGNORECASE)


def what_cells(text: str, header: list[str] | None) -> str:
    """Of a row of a task table ("| 2 | Nổ mìn vi sai, ...; phun sương, tưới ẩm ... | Phòng Kinh tế | Doanh nghiệp khai
    thác | Thường xuyên |" under "| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |"), the cells that say what is done:
    "Doanh nghiệp khai thác" is the partner, not a dialogue with the mining firms (round 47, I172-B11). A row whose
    header (`table_headers`) is not known is kept whole."""
    cells = row_cells(text)
    if header is None or len(cells) != len(header) or len(cells) < 3:
        return text
    kept = [c for c, h in zip(cells, header) if not _WHO_OR_WHEN.match(nfc(h).lower())]
    return " | ".join(kept) if kept else text


def task_table_line(side: Side) -> int | None:
    """The header line of a table of the side's document that gives each row (task) a body, or None."""
    if side.document is None:
        return None
    for line in side.document.lines:
        # with or without outer pipes ("TT | Hoạt động | Thời gian | Chủ trì | Phối hợp", round 22, I52-B03), or tabs
        # ("STT<tab>Nhiệm vụ<tab>Đơn vị thực hiện<tab>Thời hạn", round 36, I123-A08)
        separator = "\t" if line.text.count("\t") >= 2 else "|"
        cells = [fold(c).strip(" *") for c in row_cells(line.text, separator)]
        tabled = separator == "\t" or line.text.lstrip().startswith("|") or line.text.count(" | ") >= 2
        if tabled and len(cells) >= 3 and any(_BODY_COLUMN.match(c) for c in cells):
            return line.number
    return None

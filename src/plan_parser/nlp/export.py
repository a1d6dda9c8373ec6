"""NLP-ready exports: spaCy DocBin files and JSONL records with character-offset annotations.

A JSONL record holds the text, the parsed plan and its annotations:

    {"id": "...", "source": "...", "text": "...", "plan": {...},
     "entities": [{"start": 0, "end": 15, "label": "ORG", "text": "...", "source": "issuer"}, ...],
     "sections": [{"start": 120, "end": 980, "label": "I", "heading": "MỤC ĐÍCH, YÊU CẦU"}, ...]}

Offsets index `text` (= Document.text), and `doc_from_record` rebuilds the very same spaCy Doc.
The archive's `plan-parser export --format jsonl|spacy` calls `annotations_for` / `write_docbin`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from ..model import Document, Plan
from . import annotate, load
from .components import SECTIONS_KEY

FORMATS = ("jsonl", "spacy")


def plan_to_spacy_doc(document: Document | str, plan: Plan | None = None, nlp: Language | None = None) -> Doc:
    """The annotated Doc of a document; `plan` (already parsed) saves parsing it again."""
    return annotate(document, plan=plan, nlp=nlp)


def annotations_for(plan: Plan | None, document: Document | str, nlp: Language | None = None) -> dict:
    """Entity and section character spans of `document`, as plain JSON (no text, no plan)."""
    doc = plan_to_spacy_doc(document, plan, nlp or load(parse=plan is None))
    return doc_annotations(doc)


def doc_annotations(doc: Doc) -> dict:
    return {
        "entities": [
            {"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text, "source": e.id_ or None}
            for e in doc.ents
        ],
        "sections": [
            {"start": s.start_char, "end": s.end_char, "label": s.label_.split(". ", 1)[0], "heading": s._.heading}
            for s in doc.spans.get(SECTIONS_KEY, [])
        ],
    }


def doc_to_record(doc: Doc, id: str | None = None, source: str | None = None) -> dict:
    plan = doc._.plan
    return {
        "id": id,
        "source": source or (plan.source if plan is not None else None),
        "text": doc.text,
        "plan": plan.model_dump(mode="json") if plan is not None else None,
        **doc_annotations(doc),
    }


def doc_from_record(record: dict, nlp: Language | None = None) -> Doc:
    """The spaCy Doc of a JSONL record: same tokens, entities, sections and plan."""
    nlp = nlp or load(parse=False)
    doc = nlp.make_doc(record["text"])
    if record.get("plan") is not None:
        doc._.plan = Plan.model_validate(record["plan"])
    ents = []
    for ent in record.get("entities", []):
        span = doc.char_span(ent["start"], ent["end"], label=ent["label"], alignment_mode="strict")
        if span is None:
            raise ValueError(f"entity {ent} does not fall on token boundaries")
        ents.append(Span(doc, span.start, span.end, label=ent["label"], span_id=ent.get("source") or ""))
    doc.ents = ents
    sections = []
    for section in record.get("sections", []):
        label = f"{section['label']}. {section['heading']}".strip(". ")
        span = doc.char_span(section["start"], section["end"], label=label, alignment_mode="strict")
        if span is None:
            raise ValueError(f"section {section['label']} does not fall on token boundaries")
        span._.heading = section["heading"]
        sections.append(span)
    doc.spans[SECTIONS_KEY] = sections
    return doc


def docs_to_docbin(docs: Iterable[Doc]) -> DocBin:
    # user_data carries the plan (as JSON) and the section headings.
    return DocBin(docs=docs, store_user_data=True)


def write_docbin(docs: Iterable[Doc], path: Path | str) -> Path:
    path = Path(path)
    docs_to_docbin(docs).to_disk(path)
    return path


def read_docbin(path: Path | str, nlp: Language | None = None) -> list[Doc]:
    nlp = nlp or load(parse=False)
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def read_jsonl(path: Path | str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


# --------------------------------------------------------------------------- archive records


def record_doc(record: dict, nlp: Language | None = None) -> Doc:
    """The annotated Doc of an archive export record ({"text", "plan", ...}); the plan is not re-parsed."""
    plan = Plan.model_validate(record["plan"]) if record.get("plan") else None
    return annotate(record.get("text") or "", plan=plan, nlp=nlp or load(parse=False))


def annotate_records(records: Iterable[dict], nlp: Language | None = None) -> Iterable[dict]:
    """Archive records with "entities" and "sections" (character offsets into record["text"]) added."""
    nlp = nlp or load(parse=False)
    for record in records:
        yield {**record, **doc_annotations(record_doc(record, nlp))}


def write_records_docbin(records: Iterable[dict], output: Path | str, nlp: Language | None = None) -> int:
    """`plan-parser export --format spacy`: one Doc per record in a DocBin file; returns the count."""
    nlp = nlp or load(parse=False)
    docs = [record_doc(record, nlp) for record in records]
    write_docbin(docs, output)
    return len(docs)

"""The corpus for researchers: one record per indexed plan, as JSON Lines or Parquet."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import ArchiveError
from .store import Store

# Parquet keeps nested structure as JSON text columns: readable by any tool without a schema dance.
PARQUET_JSON_COLUMNS = ("plan", "document")


def export_records(store: Store) -> Iterator[dict]:
    """Each ok plan: clean text, structure (plan), provenance (document lines, offsets), confidence."""
    for row in store.rows(status="ok"):
        plan = json.loads(row["plan_json"] or "{}")
        yield {
            "sha256": row["sha256"],
            "paths": row["paths"],
            "format": row["format"],
            "doc_type": row["doc_type"],
            "number": row["number"],
            "issuer": row["issuer"],
            "level": row["level"],
            "year": row["year"],
            "date": row["date"],
            "title": row["title"],
            "text": row["text"],
            "original_text": row["original_text"],
            "restoration_confidence": row["restoration_confidence"],
            "plan": plan,
            "document": json.loads(row["document_json"] or "{}"),
        }


def export(store: Store, output: Path, fmt: str) -> int:
    """Write the corpus to `output`; return the number of records."""
    if fmt == "jsonl":
        n = 0
        with open(output, "w", encoding="utf-8") as fh:
            for record in _with_nlp_annotations(export_records(store)):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
        return n
    if fmt == "spacy":
        try:
            from ..nlp.export import write_records_docbin
        except ImportError as exc:
            raise ArchiveError("spaCy export needs spaCy", hint="pip install 'plan_parser[nlp]'") from exc
        return write_records_docbin(export_records(store), output)
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ArchiveError("Parquet export needs pyarrow", hint="pip install 'plan_parser[batch]'") from exc
        rows = []
        for record in export_records(store):
            for column in PARQUET_JSON_COLUMNS:
                record[column] = json.dumps(record[column], ensure_ascii=False)
            rows.append(record)
        schema = pa.schema(
            [("sha256", pa.string()), ("paths", pa.list_(pa.string())), ("format", pa.string()),
             ("doc_type", pa.string()), ("number", pa.string()), ("issuer", pa.string()), ("level", pa.string()),
             ("year", pa.int32()), ("date", pa.string()), ("title", pa.string()), ("text", pa.string()),
             ("original_text", pa.string()), ("restoration_confidence", pa.float64()),
             ("plan", pa.string()), ("document", pa.string())]
        )  # fmt: skip
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), output)
        return len(rows)
    raise ArchiveError(f"unknown export format {fmt!r}", hint="use --format jsonl, parquet or spacy")


def _with_nlp_annotations(records: Iterator[dict]) -> Iterator[dict]:
    """Add "entities" and "sections" (character offsets into "text") when spaCy is installed."""
    try:
        from ..nlp.export import annotate_records
    except ImportError:  # spaCy is the optional `nlp` extra; records stay as they are without it
        return records
    return annotate_records(records)

"""Where the archive lives: an abstract `Store`, its record, and `open_store` to pick a backend.

Documents are keyed by the sha256 of their bytes, so the same scan under two names is read
once and a re-run skips what is done; `files` maps every path to the content it held when
indexed. Each document is written in one transaction (document row, search row, path link),
so a killed job never leaves half a record. Schema changes are explicit, numbered
migrations recorded in `schema_migrations`.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import ArchiveError
from .fold import fold

# The columns a snapshot compares: everything that a run decides, nothing that says when it ran.
DOCUMENT_COLUMNS = (
    "sha256", "status", "format", "error_code", "error_message", "error_json",
    "original_text", "text", "plan_json", "document_json", "page_starts", "restoration_confidence",
    "doc_type", "type_key", "number", "issuer", "level", "year", "date", "title",
)  # fmt: skip


class IndexRecord(BaseModel):
    """One file as the batch job stores it: what came out, or the numbered error that stopped it."""

    model_config = ConfigDict(extra="forbid")

    sha256: str
    path: str
    status: Literal["ok", "error"]
    format: str | None = None
    error: dict | None = Field(default=None, description="PlanParserError.to_dict() of a failed file")
    original_text: str | None = Field(default=None, description="the text as read, before restoration")
    text: str | None = Field(default=None, description="the clean (restored) text that offsets point into")
    plan_json: str | None = None
    document_json: str | None = Field(default=None, description="the Document: pages, lines, offsets")
    page_starts: list[int] = Field(default_factory=list, description="offset in `text` where each page starts")
    restoration_confidence: float | None = None
    doc_type: str | None = None
    number: str | None = None
    issuer: str | None = None
    level: str | None = None
    year: int | None = None
    date: str | None = None
    title: str | None = None

    def row(self) -> dict:
        """The column values of the `documents` table."""
        error = self.error or {}
        return {
            "sha256": self.sha256,
            "status": self.status,
            "format": self.format,
            "error_code": error.get("code"),
            "error_message": error.get("message"),
            "error_json": json.dumps(error, ensure_ascii=False, sort_keys=True) if self.error else None,
            "original_text": self.original_text,
            "text": self.text,
            "plan_json": self.plan_json,
            "document_json": self.document_json,
            "page_starts": json.dumps(self.page_starts),
            "restoration_confidence": self.restoration_confidence,
            "doc_type": self.doc_type,
            "type_key": fold(self.doc_type) if self.doc_type else None,
            "number": self.number,
            "issuer": self.issuer,
            "level": self.level,
            "year": self.year,
            "date": self.date,
            "title": self.title,
        }


@dataclass
class SearchFilters:
    level: str | None = None
    year: int | None = None
    doc_type: str | None = None

    @property
    def type_key(self) -> str | None:
        return fold(self.doc_type) if self.doc_type else None


@dataclass
class MatchRow:
    """A document that matched a search, with what a snippet needs."""

    id: int
    score: float
    sha256: str
    path: str | None
    title: str | None
    number: str | None
    issuer: str | None
    level: str | None
    year: int | None
    doc_type: str | None
    date: str | None
    text: str = ""
    folded: str = ""
    page_starts: list[int] = field(default_factory=list)


class Store(ABC):
    """The archive index. Backends: `SQLiteStore` (embedded, FTS5) and `PostgresStore` (shared)."""

    url: str

    @abstractmethod
    def migrate(self) -> list[int]:
        """Apply the migrations not yet recorded; return the versions applied now."""

    @abstractmethod
    def applied_migrations(self) -> list[int]: ...

    @abstractmethod
    def known(self) -> dict[str, str]:
        """sha256 -> status of every stored document."""

    @abstractmethod
    def file_links(self) -> dict[str, str]:
        """path -> sha256 of every indexed file."""

    @abstractmethod
    def put(self, record: IndexRecord) -> None:
        """Store one document and link its path, atomically; an older version of the path is dropped."""

    @abstractmethod
    def link(self, path: str, sha256: str) -> None:
        """Point `path` at an already stored document (same bytes under another name)."""

    @abstractmethod
    def match(self, groups: list[list[str]], filters: SearchFilters, limit: int) -> list[MatchRow]:
        """Documents whose folded text holds every term group, best first."""

    @abstractmethod
    def rows(self, status: str | None = "ok") -> Iterator[dict]:
        """Every document row (with `paths`), ordered by sha256."""

    @abstractmethod
    def counts(self) -> dict[str, int]: ...

    @abstractmethod
    def close(self) -> None: ...

    def snapshot(self) -> dict:
        """Everything a run decided, in a canonical order: equal snapshots mean equal indexes."""
        docs = [{k: r[k] for k in DOCUMENT_COLUMNS} for r in self.rows(status=None)]
        return {"documents": docs, "files": sorted(self.file_links().items())}

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(db: str, *, migrate: bool = True, must_exist: bool = False) -> Store:
    """Open the index named by `db`: a SQLite file path, or a postgresql:// URL."""
    if db.startswith(("postgresql://", "postgres://")):
        from .postgres_store import PostgresStore

        store: Store = PostgresStore(db)
    elif "://" in db:
        raise ArchiveError(f"unknown database URL scheme in {db!r}", hint="give a file path or a postgresql:// URL")
    else:
        from pathlib import Path

        from .sqlite_store import SQLiteStore

        if must_exist and db != ":memory:" and not Path(db).is_file():
            raise ArchiveError(f"no index at {db}", hint="build it first with 'plan-parser index SOURCE_DIR --db " + db + "'")

        store = SQLiteStore(db)
    if migrate:
        store.migrate()
    return store

"""The embedded index: one SQLite file, full text in FTS5 over an accent-folded copy."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from ..errors import ArchiveError
from .fold import fold_aligned, fts5_query
from .store import IndexRecord, MatchRow, SearchFilters, Store

# (version, name, SQL). Append only: a released migration is never edited.
MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "documents, files and folded full-text index",
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
            format TEXT,
            error_code TEXT, error_message TEXT, error_json TEXT,
            original_text TEXT, text TEXT,
            plan_json TEXT, document_json TEXT, page_starts TEXT,
            restoration_confidence REAL,
            doc_type TEXT, type_key TEXT, number TEXT, issuer TEXT,
            level TEXT, year INTEGER, date TEXT, title TEXT,
            indexed_at TEXT NOT NULL
        );
        CREATE INDEX documents_filters ON documents (level, year, type_key);
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL REFERENCES documents (sha256)
        );
        CREATE INDEX files_sha256 ON files (sha256);
        -- Folded copies only: unicode61 with remove_diacritics 2 also strips marks left on
        -- decomposed input; the folding already turned đ into d.
        CREATE VIRTUAL TABLE documents_fts USING fts5 (
            title, body, tokenize = 'unicode61 remove_diacritics 2'
        );
        """,
    ),
]

# A query matching more plans than this is ranked over a bounded candidate set (see `_rank`):
# scoring costs a few microseconds per match, and search must answer in tens of milliseconds.
RANK_CANDIDATES = 2000

_COLUMNS = (
    "sha256", "status", "format", "error_code", "error_message", "error_json", "original_text", "text",
    "plan_json", "document_json", "page_starts", "restoration_confidence", "doc_type", "type_key", "number",
    "issuer", "level", "year", "date", "title",
)  # fmt: skip


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLiteStore(Store):
    def __init__(self, path: str | Path):
        self.url = str(path)
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # Autocommit mode: every write below opens its own explicit transaction.
            self.conn = sqlite3.connect(str(path), isolation_level=None, timeout=60, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL keeps every committed transaction across a killed process (not a power cut).
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise ArchiveError(f"cannot open the index {path}: {exc}") from exc

    # ------------------------------------------------------------------ migrations

    def applied_migrations(self) -> list[int]:
        exists = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone()
        if not exists:
            return []
        return [r[0] for r in self.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]

    def migrate(self) -> list[int]:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
        )
        done = set(self.applied_migrations())
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                if self.conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                    self.conn.execute("ROLLBACK")  # another writer got there first
                    continue
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now()))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            applied.append(version)
        return applied

    # ------------------------------------------------------------------ writing

    def known(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT sha256, status FROM documents")}

    def file_links(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT path, sha256 FROM files")}

    def put(self, record: IndexRecord) -> None:
        row = record.row()
        placeholders = ", ".join("?" for _ in _COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:])
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            doc_id = self.conn.execute(
                f"INSERT INTO documents ({', '.join(_COLUMNS)}, indexed_at) VALUES ({placeholders}, ?) "
                f"ON CONFLICT (sha256) DO UPDATE SET {updates}, indexed_at = excluded.indexed_at RETURNING id",
                [row[c] for c in _COLUMNS] + [_now()],
            ).fetchone()[0]
            self.conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (doc_id,))
            if record.status == "ok":
                self.conn.execute(
                    "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
                    (doc_id, fold_aligned(record.title or ""), fold_aligned(record.text or "")),
                )
            self._link(record.path, record.sha256)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def link(self, path: str, sha256: str) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._link(path, sha256)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def _link(self, path: str, sha256: str) -> None:
        old = self.conn.execute("SELECT sha256 FROM files WHERE path = ?", (path,)).fetchone()
        self.conn.execute(
            "INSERT INTO files (path, sha256) VALUES (?, ?) ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256",
            (path, sha256),
        )
        if old and old[0] != sha256:
            # The file changed: its old content goes unless another path still holds it.
            if not self.conn.execute("SELECT 1 FROM files WHERE sha256 = ?", (old[0],)).fetchone():
                doc = self.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (old[0],)).fetchone()
                if doc:
                    self.conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (doc[0],))
                    self.conn.execute("DELETE FROM documents WHERE id = ?", (doc[0],))

    # ------------------------------------------------------------------ reading

    def match(self, groups: list[list[str]], filters: SearchFilters, limit: int) -> list[MatchRow]:
        if not groups:
            return []
        query = fts5_query(groups)
        # Filters through the covering index `documents_filters`: joining `documents` would read
        # each matching row up to its filter columns, past the text, for every match. The `+`
        # keeps FTS5 from taking the IN list as rowid lookups (one full query per id).
        conditions, filter_params = [], []
        for column, value in (("level", filters.level), ("year", filters.year), ("type_key", filters.type_key)):
            if value:
                conditions.append(f"{column} = ?")
                filter_params.append(value)
        restrict = (
            f"AND +documents_fts.rowid IN (SELECT id FROM documents WHERE {' AND '.join(conditions)})"
            if conditions else ""
        )  # fmt: skip
        try:
            ranked, truncated = self._rank(query, restrict, filter_params, limit)
            if truncated:
                # Too many matches to rank them all: the words are common (bm25 gives them nearly no
                # weight). Plans that hold every word in their title come first, then the best of
                # the most recently indexed RANK_CANDIDATES matches.
                title_first, _ = self._rank(f"{{title}} : ({query})", restrict, filter_params, limit)
                seen = {doc_id for doc_id, _ in title_first}
                ranked = (title_first + [(i, s) for i, s in ranked if i not in seen])[:limit]
            return self._fetch(ranked)
        except sqlite3.OperationalError as exc:
            raise ArchiveError(f"search failed: {exc}") from exc

    def _rank(self, query: str, restrict: str, params: list, limit: int) -> tuple[list[tuple[int, float]], bool]:
        """The best `limit` (id, bm25) of at most RANK_CANDIDATES (or `limit`) matches, and whether
        there were more.

        bm25 reads every position of every query word in each row it scores, so scoring costs
        grow with the number of matches; the inner LIMIT stops FTS5 after RANK_CANDIDATES rows
        (newest first). Title hits weigh five times body hits.
        """
        candidates = max(RANK_CANDIDATES, limit)
        rows = self.conn.execute(
            f"""
            SELECT id, score, count(*) OVER () AS candidates FROM (
                SELECT documents_fts.rowid AS id, bm25(documents_fts, 5.0, 1.0) AS score
                FROM documents_fts WHERE documents_fts MATCH ? {restrict}
                ORDER BY documents_fts.rowid DESC LIMIT ?
            ) ORDER BY score, id LIMIT ?
            """,
            [query, *params, candidates + 1, limit],
        ).fetchall()
        truncated = bool(rows) and rows[0]["candidates"] > candidates
        return [(r["id"], r["score"]) for r in rows], truncated

    def _fetch(self, ranked: list[tuple[int, float]]) -> list[MatchRow]:
        """The texts and fields of the winners, in their ranked order."""
        if not ranked:
            return []
        placeholders = ", ".join("?" for _ in ranked)
        rows = self.conn.execute(
            f"""
            SELECT d.id, d.sha256, d.title, d.number, d.issuer, d.level, d.year, d.doc_type, d.date,
                   d.text, d.page_starts, fts.body AS folded,
                   (SELECT min(path) FROM files f WHERE f.sha256 = d.sha256) AS path
            FROM documents d JOIN documents_fts fts ON fts.rowid = d.id
            WHERE d.id IN ({placeholders})
            """,
            [doc_id for doc_id, _ in ranked],
        ).fetchall()
        by_id = {r["id"]: r for r in rows}
        out = []
        for doc_id, score in ranked:
            r = by_id.get(doc_id)
            if r is None:
                continue
            out.append(
                MatchRow(
                    id=r["id"], score=-score, sha256=r["sha256"], path=r["path"], title=r["title"],
                    number=r["number"], issuer=r["issuer"], level=r["level"], year=r["year"],
                    doc_type=r["doc_type"], date=r["date"], text=r["text"] or "", folded=r["folded"] or "",
                    page_starts=json.loads(r["page_starts"] or "[]"),
                )  # fmt: skip
            )
        return out

    def rows(self, status: str | None = "ok") -> Iterator[dict]:
        sql = "SELECT * FROM documents" + (" WHERE status = ?" if status else "") + " ORDER BY sha256"
        paths: dict[str, list[str]] = {}
        for path, sha in self.conn.execute("SELECT path, sha256 FROM files ORDER BY path"):
            paths.setdefault(sha, []).append(path)
        for r in self.conn.execute(sql, (status,) if status else ()):
            row = dict(r)
            row["paths"] = paths.get(row["sha256"], [])
            yield row

    def counts(self) -> dict[str, int]:
        out = {"ok": 0, "error": 0}
        for status, n in self.conn.execute("SELECT status, count(*) FROM documents GROUP BY status"):
            out[status] = n
        out["files"] = self.conn.execute("SELECT count(*) FROM files").fetchone()[0]
        return out

    def close(self) -> None:
        self.conn.close()


def _statements(sql: str) -> list[str]:
    """Split a migration script on semicolons (the scripts hold no semicolons inside strings)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]

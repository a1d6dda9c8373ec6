"""The shared index: PostgreSQL for many writers, full text as a tsvector over the folded text."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import ArchiveError
from .fold import fold_aligned
from .store import IndexRecord, MatchRow, SearchFilters, Store

# (version, name, SQL). Append only: a released migration is never edited.
MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "documents, files and folded full-text index",
        """
        CREATE TABLE documents (
            id BIGSERIAL PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
            format TEXT,
            error_code TEXT, error_message TEXT, error_json TEXT,
            original_text TEXT, text TEXT,
            plan_json TEXT, document_json TEXT, page_starts TEXT,
            restoration_confidence DOUBLE PRECISION,
            doc_type TEXT, type_key TEXT, number TEXT, issuer TEXT,
            level TEXT, year INTEGER, date TEXT, title TEXT,
            folded_title TEXT, folded_body TEXT,
            -- The 'simple' parser would keep "150/kh-ubnd" as one token; cut on non-word
            -- characters first so the words match the query terms the folding produces.
            tsv TSVECTOR GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', regexp_replace(coalesce(folded_title, ''), '\\W+', ' ', 'g')), 'A')
                || to_tsvector('simple', regexp_replace(coalesce(folded_body, ''), '\\W+', ' ', 'g'))
            ) STORED,
            indexed_at TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        CREATE INDEX documents_tsv ON documents USING GIN (tsv);
        CREATE INDEX documents_filters ON documents (level, year, type_key);
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL REFERENCES documents (sha256)
        );
        CREATE INDEX files_sha256 ON files (sha256);
        """,
    ),
]

_COLUMNS = (
    "sha256", "status", "format", "error_code", "error_message", "error_json", "original_text", "text",
    "plan_json", "document_json", "page_starts", "restoration_confidence", "doc_type", "type_key", "number",
    "issuer", "level", "year", "date", "title", "folded_title", "folded_body",
)  # fmt: skip


def _tsquery(groups: list[list[str]]) -> str:
    # Terms are word characters only (see fold.query_terms); quoting keeps them literal anyway.
    parts = []
    for group in groups:
        words = [f"'{w}'" for w in group]
        parts.append("(" + " <-> ".join(words) + ")")
    return " & ".join(parts)


class PostgresStore(Store):
    def __init__(self, url: str):
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ArchiveError(
                "PostgreSQL support needs psycopg", hint="pip install 'plan_parser[batch]'"
            ) from exc
        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise ArchiveError(f"cannot connect to {url}: {str(exc).strip().splitlines()[0]}") from exc

    # ------------------------------------------------------------------ migrations

    def applied_migrations(self) -> list[int]:
        exists = self.conn.execute("SELECT to_regclass('schema_migrations') AS t").fetchone()["t"]
        if not exists:
            return []
        return [r["version"] for r in self.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]

    def migrate(self) -> list[int]:
        applied = []
        with self.conn.transaction():
            # One migrator at a time across all writers of the shared server.
            self.conn.execute("SELECT pg_advisory_xact_lock(727001)")
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, name TEXT, applied_at TIMESTAMPTZ DEFAULT now())"
            )
            done = set(self.applied_migrations())
            for version, name, sql in MIGRATIONS:
                if version in done:
                    continue
                self.conn.execute(sql)
                self.conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (version, name))
                applied.append(version)
        return applied

    # ------------------------------------------------------------------ writing

    def known(self) -> dict[str, str]:
        return {r["sha256"]: r["status"] for r in self.conn.execute("SELECT sha256, status FROM documents")}

    def file_links(self) -> dict[str, str]:
        return {r["path"]: r["sha256"] for r in self.conn.execute("SELECT path, sha256 FROM files")}

    def put(self, record: IndexRecord) -> None:
        row = record.row()
        ok = record.status == "ok"
        row["folded_title"] = fold_aligned(record.title or "") if ok else None
        row["folded_body"] = fold_aligned(record.text or "") if ok else None
        placeholders = ", ".join(f"%({c})s" for c in _COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:])
        with self.conn.transaction():
            self.conn.execute(
                f"INSERT INTO documents ({', '.join(_COLUMNS)}) VALUES ({placeholders}) "
                f"ON CONFLICT (sha256) DO UPDATE SET {updates}, indexed_at = now()",
                row,
            )
            self._link(record.path, record.sha256)

    def link(self, path: str, sha256: str) -> None:
        with self.conn.transaction():
            self._link(path, sha256)

    def _link(self, path: str, sha256: str) -> None:
        old = self.conn.execute("SELECT sha256 FROM files WHERE path = %s FOR UPDATE", (path,)).fetchone()
        self.conn.execute(
            "INSERT INTO files (path, sha256) VALUES (%s, %s) ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256",
            (path, sha256),
        )
        if old and old["sha256"] != sha256:
            # The file changed: its old content goes unless another path still holds it.
            self.conn.execute(
                "DELETE FROM documents d WHERE d.sha256 = %s AND NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = d.sha256)",
                (old["sha256"],),
            )

    # ------------------------------------------------------------------ reading

    def match(self, groups: list[list[str]], filters: SearchFilters, limit: int) -> list[MatchRow]:
        if not groups:
            return []
        where, params = ["tsv @@ q"], [_tsquery(groups)]
        if filters.level:
            where.append("d.level = %s")
            params.append(filters.level)
        if filters.year:
            where.append("d.year = %s")
            params.append(filters.year)
        if filters.type_key:
            where.append("d.type_key = %s")
            params.append(filters.type_key)
        sql = f"""
            SELECT d.id, ts_rank(tsv, q) AS score, d.sha256, d.title, d.number, d.issuer, d.level, d.year,
                   d.doc_type, d.date, d.text, d.page_starts, d.folded_body AS folded,
                   (SELECT min(path) FROM files f WHERE f.sha256 = d.sha256) AS path
            FROM documents d, to_tsquery('simple', %s) AS q
            WHERE {' AND '.join(where)}
            ORDER BY score DESC, d.sha256 LIMIT %s
        """
        # to_tsquery's parameter comes first in the FROM clause, before the filters.
        rows = self.conn.execute(sql, [params[0]] + params[1:] + [limit]).fetchall()
        return [
            MatchRow(
                id=r["id"], score=float(r["score"]), sha256=r["sha256"], path=r["path"], title=r["title"],
                number=r["number"], issuer=r["issuer"], level=r["level"], year=r["year"], doc_type=r["doc_type"],
                date=r["date"], text=r["text"] or "", folded=r["folded"] or "",
                page_starts=json.loads(r["page_starts"] or "[]"),
            )  # fmt: skip
            for r in rows
        ]

    def rows(self, status: str | None = "ok") -> Iterator[dict]:
        paths: dict[str, list[str]] = {}
        for r in self.conn.execute("SELECT path, sha256 FROM files ORDER BY path"):
            paths.setdefault(r["sha256"], []).append(r["path"])
        sql = "SELECT * FROM documents" + (" WHERE status = %s" if status else "") + " ORDER BY sha256"
        for r in self.conn.execute(sql, (status,) if status else ()).fetchall():
            row = {k: v for k, v in r.items() if k not in ("tsv", "folded_title", "folded_body")}
            row["paths"] = paths.get(row["sha256"], [])
            yield row

    def counts(self) -> dict[str, int]:
        out = {"ok": 0, "error": 0}
        for r in self.conn.execute("SELECT status, count(*) AS n FROM documents GROUP BY status"):
            out[r["status"]] = r["n"]
        out["files"] = self.conn.execute("SELECT count(*) AS n FROM files").fetchone()["n"]
        return out

    def close(self) -> None:
        self.conn.close()

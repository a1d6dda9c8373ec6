"""Search over the archive index (with or without diacritics), the plan hierarchy, and parents taken from it.

The archive is opened per request (SQLite opens in microseconds), so no connection is shared
between the server's threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..errors import ArchiveError, JobNotFound, ParentNotFound
from ..model import Document, Plan
from .audit import ReadPlan

router = APIRouter()

LEVEL_LABEL = {"national": "Trung ương", "ministry": "Bộ, ngành", "province": "Tỉnh, thành phố",
               "district": "Huyện", "commune": "Xã, phường"}  # fmt: skip


@dataclass
class Archive:
    db: str

    def open(self):
        from ..archive.store import open_store

        return open_store(self.db, migrate=False)


def open_archive(db: Path | None) -> Archive | None:
    """The archive the app searches, or None when the app runs without one (no search page then)."""
    if db is None:
        return None
    if "://" not in str(db) and not Path(db).is_file():
        raise ArchiveError(f"no archive database at {db}", hint="build it with 'plan-parser index', or drop --db")
    return Archive(str(db))


def _row_plan(row: dict) -> ReadPlan:
    if not row.get("plan_json") or not row.get("document_json"):
        raise ParentNotFound(f"archive document {row['sha256'][:12]} has no parsed plan")
    document = Document.model_validate_json(row["document_json"])
    plan = Plan.model_validate_json(row["plan_json"])
    name = (row.get("paths") or [row["sha256"][:12]])[0]
    return ReadPlan(name=Path(name).name, kind="archive", document=document, plan=plan)


def parent_from_archive(archive: Archive | None, parent_id: str | None):
    """The parent named by its archive id (sha256, or a unique prefix of 8+ characters), or, with no id,
    a function that proposes the parent from the child's bases once the child is read."""
    if archive is None:
        raise ParentNotFound("no archive to take the parent plan from", hint="hãy tải lên kế hoạch cấp trên")
    if parent_id:
        if len(parent_id) < 8:
            raise ParentNotFound(f"archive id {parent_id[:64]!r} is too short", hint="nhập ít nhất 8 ký tự của mã")
        with archive.open() as store:
            rows = [r for r in store.rows(status="ok") if r["sha256"].startswith(parent_id.lower())]
        if len(rows) != 1:
            raise ParentNotFound(f"no single archive document with id {parent_id[:64]!r}", hint="kiểm tra lại mã văn bản")
        return _row_plan(rows[0])
    return lambda child: propose_parent(archive, child)


def propose_parent(archive: Archive, child: ReadPlan) -> ReadPlan:
    """The archive plan the child cites in its bases (compare's own parent discovery)."""
    from ..compare import find_parent
    from ..pipeline import Processed

    with archive.open() as store:
        candidates = [_row_plan(r) for r in store.rows(status="ok") if r.get("plan_json") and r.get("document_json")]
    by_identity = {id(c.plan): c for c in candidates}
    found = find_parent(
        Processed(document=child.document, plan=child.plan),
        [Processed(document=c.document, plan=c.plan) for c in candidates],
    )
    if found is None:
        cited = ", ".join(b.number for b in child.plan.bases if b.number) or "không có"
        raise ParentNotFound(
            f"none of the child's bases ({cited}) is in the archive", hint="hãy tải lên kế hoạch cấp trên"
        )
    parent = by_identity[id(found.plan)]
    parent.proposed = True
    return parent


def _marked(snippet) -> list[tuple[str, bool]]:
    """The snippet as (text, highlighted) pieces, for the template to escape and mark."""
    if snippet is None:
        return []
    pieces, pos = [], 0
    for h in snippet.highlights:
        pieces += [(snippet.text[pos : h.start], False), (snippet.text[h.start : h.end], True)]
        pos = h.end
    pieces.append((snippet.text[pos:], False))
    return [p for p in pieces if p[0]]


def _tree(hierarchy) -> list[dict]:
    """Nested nodes from the plans nobody in the archive is a child of, down through who implements whom."""
    nodes = {n.id: n for n in hierarchy.nodes}
    children: dict[str, list[str]] = {}
    has_parent = set()
    for edge in hierarchy.edges:
        children.setdefault(edge.parent, []).append(edge.child)
        has_parent.add(edge.child)

    def build(node_id: str, seen: frozenset) -> dict:
        kids = [build(c, seen | {c}) for c in sorted(set(children.get(node_id, []))) if c not in seen]
        return {"node": nodes[node_id], "children": kids}

    return [build(n, frozenset({n})) for n in sorted(nodes) if n not in has_parent]


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", level: str = "", year: str = "", doc_type: str = ""):
    from ..archive.hierarchy import build_hierarchy
    from ..archive.search import search

    archive: Archive | None = request.app.state.archive
    if archive is None:
        raise JobNotFound("the app runs without an archive", hint="khởi động lại với --db để tra cứu")
    year_value = int(year) if year.strip().isdigit() else None
    with archive.open() as store:
        hits = search(store, q[:500], level=level or None, year=year_value, doc_type=doc_type or None, limit=50) if q.strip() else []
        hierarchy = build_hierarchy(store)
    parents = {e.child: e.parent for e in hierarchy.edges}
    kids: dict[str, list[str]] = {}
    for e in hierarchy.edges:
        kids.setdefault(e.parent, []).append(e.child)
    nodes = {n.id: n for n in hierarchy.nodes}
    results = [
        {"hit": h, "pieces": _marked(h.snippet), "parent": nodes.get(parents.get(h.sha256, "")),
         "children": [nodes[c] for c in kids.get(h.sha256, []) if c in nodes]}
        for h in hits
    ]  # fmt: skip
    context = {
        "page": "search", "q": q, "level": level, "year": year, "doc_type": doc_type, "results": results,
        "levels": LEVEL_LABEL, "tree": _tree(hierarchy), "searched": bool(q.strip()),
    }  # fmt: skip
    return request.app.state.templates.TemplateResponse(request, "search.html", context)

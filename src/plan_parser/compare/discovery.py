"""Parent discovery: which plan in an archive does a child implement?

The child's bases are matched against each candidate's number, date and issuer, tolerant of
OCR'd numbers. When no candidate is the parent, plans citing the same parent are its siblings.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ArchiveUnsupported, InputNotFound
from ..model import Document, Plan
from .checks.citation import citation_score, same_number
from .sides import Side, load_path, load_side
from .text import fold

# Extensions read from an archive directory.
ARCHIVE_SUFFIXES = {".txt", ".pdf", ".docx", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".json"}


def archive_sides(archive: str | Path) -> list[Side]:
    """Every readable plan in a directory (parsed once per content hash) or in an archive index."""
    path = Path(archive)
    if "://" in str(archive) or path.is_file():
        return _index_sides(str(archive))
    if not path.is_dir():
        raise InputNotFound(f"no such archive directory or index: {archive}",
                            hint="give a directory of plans, or an index built with 'plan-parser index'")  # fmt: skip
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARCHIVE_SUFFIXES)
    # A parsed plan stored beside its text stands for it; read it rather than parsing the text again.
    stems = {p.name.removesuffix(".plan.json") for p in files if p.name.endswith(".plan.json")}
    files = [p for p in files if not (p.suffix == ".txt" and p.stem in stems)]
    files = [p for p in files if p.suffix != ".json" or p.name.endswith(".plan.json")]
    return [load_path(p) for p in files]


def _index_sides(db: str) -> list[Side]:
    """The parsed plans of an archive index (plan-parser index): a SQLite file or a postgresql:// URL."""
    try:
        from ..archive import open_store
    except ImportError as exc:  # pragma: no cover - the archive package ships with the project
        raise ArchiveUnsupported(f"cannot open {db}: {exc}") from exc
    sides = []
    with open_store(db, migrate=False, must_exist=True) as store:
        for row in store.rows():
            if not row.get("plan_json"):
                continue
            document = Document.model_validate_json(row["document_json"]) if row.get("document_json") else None
            paths = row.get("paths") or []
            source = paths[0] if paths else row["sha256"]
            sides.append(Side(plan=Plan.model_validate_json(row["plan_json"]), document=document, source=source))
    return sides


def find_parent(child, candidates) -> Side | None:
    """The candidate the child cites as its basis (best match of number, date, issuer), or None.

    `candidates` is a list of anything `compare` accepts, or an archive directory.
    """
    child_side = load_side(child)
    sides = archive_sides(candidates) if isinstance(candidates, (str, Path)) else [load_side(c) for c in candidates]
    best, best_score = None, 0.0
    for side in sides:
        if side.source and side.source == child_side.source:
            continue
        for base in child_side.plan.bases:
            score = citation_score(base, side.plan)
            # The number must agree (OCR-tolerantly) unless date, issuer and type all do.
            if same_number(base.number, side.plan.number) or score >= 2.5:
                if score > best_score:
                    best, best_score = side, score
    return best


def find_siblings(child, candidates) -> list[Side]:
    """Candidates that cite the same parent as the child (same number, or same date and issuer)."""
    child_side = load_side(child)
    sides = archive_sides(candidates) if isinstance(candidates, (str, Path)) else [load_side(c) for c in candidates]
    out = []
    for side in sides:
        if side.source == child_side.source or side is child_side:
            continue
        shared = any(
            same_number(mine.number, theirs.number) and fold(mine.doc_type or "") == fold(theirs.doc_type or "")
            for mine in child_side.plan.bases
            for theirs in side.plan.bases
            if fold(mine.doc_type or "") == "ke hoach"  # national resolutions are cited by every plan
        )
        if shared:
            out.append(side)
    return out

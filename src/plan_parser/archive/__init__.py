"""The archive: index a folder of plans once, then search, trace and export it.

    >>> from plan_parser.archive import index_archive, open_store, search
    >>> index_archive("scans/", "archive.db", IndexOptions(workers=2))
    >>> with open_store("archive.db") as store:
    ...     hits = search(store, "chuyen doi so", level="commune")

Backends: a SQLite file (FTS5) or a postgresql:// URL. Processing: a local process pool or
Dask (`IndexOptions(cluster="local" | "dask://HOST:PORT")`).
"""

from .batch import IndexOptions, IndexSummary, index_archive
from .export import export, export_records
from .fold import fold, fold_aligned
from .hierarchy import Hierarchy, build_hierarchy
from .search import SearchHit, Snippet, search
from .store import IndexRecord, Store, open_store

__all__ = [
    "IndexOptions", "IndexSummary", "index_archive", "export", "export_records", "fold", "fold_aligned",
    "Hierarchy", "build_hierarchy", "SearchHit", "Snippet", "search", "IndexRecord", "Store", "open_store",
]  # fmt: skip

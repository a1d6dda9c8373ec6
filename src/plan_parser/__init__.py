"""plan_parser: read, restore, parse and compare Vietnamese government plans (Kế hoạch).

    >>> import plan_parser as pp
    >>> doc = pp.read("plan.pdf")                 # Document with pages, lines, offsets
    >>> clean = pp.restore("Ké hoach sé 150")     # RestoredText
    >>> plan = pp.parse(doc)                      # Plan (keys of SCHEMA.md + provenance)
    >>> report = pp.compare(parent_plan, plan)    # AlignmentReport

The stages are imported lazily so that `import plan_parser` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .errors import PlanParserError
from .model import AlignmentReport, Document, Plan, RestoredText

__version__ = "0.1.0"

# public name -> module that defines it; filled in as each stage lands.
_LAZY = {
    "read": "plan_parser.read",
    "restore": "plan_parser.restore",
    "parse": "plan_parser.parse",
    "compare": "plan_parser.compare",
}

if TYPE_CHECKING:  # pragma: no cover
    from .compare import compare
    from .parse import parse
    from .read import read
    from .restore import restore


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'plan_parser' has no attribute {name!r}")


__all__ = [
    "AlignmentReport", "Document", "Plan", "PlanParserError", "RestoredText",
    "compare", "parse", "read", "restore", "__version__",
]  # fmt: skip

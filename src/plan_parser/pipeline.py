"""The whole pipeline over one input: read (which restores when needed) -> parse.

The CLI, the batch job and the web app all call `process`, so they agree on what a
file turns into.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .model import Document, Plan


@dataclass
class Processed:
    document: Document
    plan: Plan


def process(source: str | Path | Document, *, read_options=None, parse_options=None, require_plan: bool = True) -> Processed:
    """Read `source` (a path, or an already-read Document) and parse it into a Plan.

    With `require_plan`, a text in which the parser found nothing of a plan (no type, number, issuer,
    date, title, bases or sections: an English letter, a photo, a spreadsheet dump) raises NotAPlan,
    so the batch records and skips it rather than indexing an empty plan.
    """
    from .parse import parse
    from .read import read

    document = source if isinstance(source, Document) else read(Path(source), options=read_options)
    plan = parse(document, options=parse_options)
    if require_plan:
        check_is_plan(plan, document)
    return Processed(document=document, plan=plan)


def check_is_plan(plan: Plan, document: Document) -> None:
    """Raise NotAPlan when the parser found no field of a plan at all (deliberately lenient)."""
    from .errors import NotAPlan

    if not any(plan.schema_dict().values()):
        name = Path(document.source).name if document.source else "the input"
        raise NotAPlan(f"{name}: no plan found (no document type, number, issuer, date or sections)")

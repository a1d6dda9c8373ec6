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


def process(source: str | Path | Document, *, read_options=None, parse_options=None) -> Processed:
    """Read `source` (a path, or an already-read Document) and parse it into a Plan."""
    from .parse import parse
    from .read import read

    document = source if isinstance(source, Document) else read(Path(source), options=read_options)
    plan = parse(document, options=parse_options)
    return Processed(document=document, plan=plan)

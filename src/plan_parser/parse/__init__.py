"""The parser: a plan's text -> Plan (keys of SCHEMA.md, with provenance for every value).

    >>> from plan_parser.parse import parse
    >>> plan = parse(open("plan.txt", encoding="utf-8").read())
    >>> plan.number, plan.provenance["/number"].line_start

Modules: header (issuer, number, place, date, title), bases and citations, outline (sections,
items, points, dashes), roles (which heading holds what), timeline, deadlines, assignments, footer.
"""

from __future__ import annotations

from .citations import CitationMatch, find_citations, iter_citation_matches, normalise_number, parse_date
from .options import ParseOptions
from .parser import parse

__all__ = ["CitationMatch", "ParseOptions", "find_citations", "iter_citation_matches", "normalise_number", "parse", "parse_date"]

from .._stage import make_stage_callable  # noqa: E402

make_stage_callable(__name__, parse)

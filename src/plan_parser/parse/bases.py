"""Bases: the documents cited in the opening "Căn cứ / Thực hiện / Triển khai" paragraphs."""

from __future__ import annotations

import re

from .citations import CitationMatch, iter_citation_matches
from .outline import Para
from .text import fold

_OPENING = re.compile(r"^(can cu|thuc hien|trien khai|theo|tiep tuc thuc hien|de trien khai|nham trien khai|thuc hien y kien)\b")


def base_paragraphs(preamble: list[Para]) -> list[Para]:
    return [p for p in preamble if p.kind is None and _OPENING.match(fold(p.block.text[:40]))]


def find_bases(preamble: list[Para], *, province: str | None, city: str | None) -> list[tuple[CitationMatch, Para]]:
    out = []
    for para in base_paragraphs(preamble):
        for match in iter_citation_matches(para.block.text, province=province, city=city):
            out.append((match, para))
    return out

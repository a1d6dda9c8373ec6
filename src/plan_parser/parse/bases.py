"""Bases: the documents cited in the opening "Căn cứ / Thực hiện / Triển khai" paragraphs.

The opening cue is matched loosely ("Thue hién", "Cần cụ"), and a paragraph whose first words
are damaged beyond that still counts when a citation starts within its first few words
("Cần ctv Quyết định số 923/QĐ-TTg ...").
"""

from __future__ import annotations

from .citations import CitationMatch, iter_citation_matches
from .fuzzy import starts_with
from .outline import Para

OPENING_CUES = ("can cu", "thuc hien", "trien khai", "theo", "tiep tuc thuc hien", "de trien khai", "nham trien khai",
                "thuc hien y kien", "thuc hien chi dao")  # fmt: skip
_CITATION_NEAR_START = 25  # characters: "Căn cứ " or a damaged cue of two short words


def is_opening(para: Para) -> bool:
    return para.kind is None and starts_with(para.block.text, OPENING_CUES) is not None


def find_bases(preamble: list[Para], *, province: str | None, city: str | None) -> list[tuple[CitationMatch, Para]]:
    out = []
    for para in preamble:
        if para.kind is not None:
            continue
        matches = iter_citation_matches(para.block.text, province=province, city=city)
        if not matches:
            continue
        if is_opening(para) or matches[0].start <= _CITATION_NEAR_START:
            out.extend((match, para) for match in matches)
    return out

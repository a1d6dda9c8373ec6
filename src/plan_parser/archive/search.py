"""Search the index with or without diacritics; snippets highlight the accented text.

The query is folded like the index, so "chuyen doi so" and "chuyển đổi số" find the same
plans. Matches are located in the stored folded copy, which has the same length as the
text, so each highlight's offsets are offsets into the clean text (and give page and line).
"""

from __future__ import annotations

import bisect
import re

from pydantic import BaseModel, ConfigDict, Field

from .fold import query_terms
from .store import MatchRow, SearchFilters, Store

# Characters of context shown around the best cluster of hits.
SNIPPET_CHARS = 220
# Scanning more hits than this for the best window costs time and changes nothing visible.
MAX_HITS_SCANNED = 400


class Highlight(BaseModel):
    model_config = ConfigDict(extra="forbid")
    start: int = Field(description="offset in the snippet")
    end: int
    char_start: int = Field(description="offset in the document's clean text")
    char_end: int


class Snippet(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    char_start: int = Field(description="offset of the snippet in the clean text")
    char_end: int
    page: int
    line: int = Field(description="document-wide line number of the first highlight, 1-based")
    highlights: list[Highlight] = Field(default_factory=list)

    def marked(self, open_mark: str = "«", close_mark: str = "»") -> str:
        out, pos = [], 0
        for h in self.highlights:
            out += [self.text[pos : h.start], open_mark, self.text[h.start : h.end], close_mark]
            pos = h.end
        out.append(self.text[pos:])
        return "".join(out)


class SearchHit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sha256: str
    path: str | None
    score: float
    title: str | None = None
    number: str | None = None
    issuer: str | None = None
    level: str | None = None
    year: int | None = None
    doc_type: str | None = None
    date: str | None = None
    snippet: Snippet | None = None


def search(
    store: Store,
    query: str,
    *,
    level: str | None = None,
    year: int | None = None,
    doc_type: str | None = None,
    limit: int = 10,
) -> list[SearchHit]:
    """Plans matching every word (or "quoted phrase") of `query`, best first, with a snippet."""
    groups = query_terms(query)
    rows = store.match(groups, SearchFilters(level=level, year=year, doc_type=doc_type), limit)
    patterns = [_pattern(g) for g in groups]
    return [_hit(row, patterns) for row in rows]


def _pattern(group: list[str]) -> re.Pattern:
    # Words of a phrase may be split by any punctuation or spacing, as the tokenizer allows.
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in group) + r"(?!\w)")


def _hit(row: MatchRow, patterns: list[re.Pattern]) -> SearchHit:
    return SearchHit(
        sha256=row.sha256, path=row.path, score=round(row.score, 6), title=row.title, number=row.number,
        issuer=row.issuer, level=row.level, year=row.year, doc_type=row.doc_type, date=row.date,
        snippet=make_snippet(row.text, row.folded, patterns, row.page_starts),
    )  # fmt: skip


def make_snippet(text: str, folded: str, patterns: list[re.Pattern], page_starts: list[int]) -> Snippet | None:
    """The window of `text` holding the most distinct query terms, with every hit in it marked."""
    if not text or len(folded) != len(text):
        return None
    hits: list[tuple[int, int, int]] = []  # (start, end, pattern index)
    for i, pattern in enumerate(patterns):
        for n, m in enumerate(pattern.finditer(folded)):
            if n >= MAX_HITS_SCANNED:
                break
            hits.append((m.start(), m.end(), i))
    if not hits:
        return None  # matched only in the title
    hits.sort()
    # Sliding window over the sorted hits: the start with the most distinct terms, then most hits.
    best, best_score, j = 0, (-1, -1), 0
    in_window: dict[int, int] = {}
    for i, (start, _, term) in enumerate(hits):
        while j < len(hits) and hits[j][1] <= start + SNIPPET_CHARS:
            in_window[hits[j][2]] = in_window.get(hits[j][2], 0) + 1
            j += 1
        score = (len(in_window), j - i)
        if score > best_score:
            best, best_score = i, score
        if j > i:
            in_window[term] -= 1
            if not in_window[term]:
                del in_window[term]
        else:
            j = i + 1
    first = hits[best][0]
    lo = max(0, first - SNIPPET_CHARS // 4)
    hi = min(len(text), lo + SNIPPET_CHARS)
    # Widen to whole words.
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    marks = [h for h in hits if h[0] >= lo and h[1] <= hi]
    line = text.count("\n", 0, first) + 1
    page = bisect.bisect_right(page_starts, first) if page_starts else 1
    return Snippet(
        text=text[lo:hi].replace("\n", " "),
        char_start=lo,
        char_end=hi,
        page=max(page, 1),
        line=line,
        highlights=[Highlight(start=s - lo, end=e - lo, char_start=s, char_end=e) for s, e, _ in marks],
    )

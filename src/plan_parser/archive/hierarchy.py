"""Which plan implements which: resolve each plan's bases (citations) against the index.

A citation resolves to an indexed plan when the numbers agree under the parser's
`normalise_number` (accents, case, spacing, dashes and the OCR confusions O/0, l/I/1 do not
count) and, where both sides name them, the issuers agree closely and the dates do not
contradict each other.
"""

from __future__ import annotations

import json
from xml.sax.saxutils import escape, quoteattr

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from ..model import Citation
from ..parse.citations import normalise_number
from .fold import fold
from .store import Store

# Issuer names may differ by OCR noise and abbreviations; below this they are different bodies.
ISSUER_MIN_SIMILARITY = 80


class Node(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(description="sha256 of the document")
    number: str | None = None
    issuer: str | None = None
    level: str | None = None
    date: str | None = None
    title: str | None = None
    path: str | None = None


class Edge(BaseModel):
    model_config = ConfigDict(extra="forbid")
    child: str = Field(description="the plan that implements")
    parent: str = Field(description="the document it implements")
    citation: Citation


class Unresolved(BaseModel):
    model_config = ConfigDict(extra="forbid")
    child: str
    citation: Citation


class Hierarchy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    nodes: list[Node]
    edges: list[Edge]
    unresolved: list[Unresolved]


def number_key(number: str | None) -> str | None:
    """`"150/KH-UBND"`, `"150 / KH - UBND"` and OCR's `"l50/KH-UBND"` give one key: the parser's
    `normalise_number`, so citations are read and resolved by one rule in the whole project."""
    return normalise_number(number) or None


def build_hierarchy(store: Store) -> Hierarchy:
    """Every ok plan as a node; an edge for each base found in the index, the rest unresolved."""
    nodes: list[Node] = []
    bases: list[tuple[str, list[Citation]]] = []
    for row in store.rows(status="ok"):
        nodes.append(
            Node(
                id=row["sha256"], number=row["number"], issuer=row["issuer"], level=row["level"],
                date=row["date"], title=row["title"], path=(row["paths"] or [None])[0],
            )  # fmt: skip
        )
        plan = json.loads(row["plan_json"] or "{}")
        bases.append((row["sha256"], [Citation(**c) for c in plan.get("bases", [])]))
    by_number: dict[str, list[Node]] = {}
    for node in nodes:
        key = number_key(node.number)
        if key:
            by_number.setdefault(key, []).append(node)
    edges, unresolved = [], []
    for child, citations in bases:
        for citation in citations:
            parent = resolve(citation, by_number, child)
            if parent:
                edges.append(Edge(child=child, parent=parent.id, citation=citation))
            else:
                unresolved.append(Unresolved(child=child, citation=citation))
    return Hierarchy(nodes=nodes, edges=edges, unresolved=unresolved)


def resolve(citation: Citation, by_number: dict[str, list[Node]], child: str) -> Node | None:
    key = number_key(citation.number)
    best, best_score = None, -1.0
    for node in by_number.get(key or "", []):
        if node.id == child:
            continue
        score = 1.0
        if citation.issuer and node.issuer:
            similarity = fuzz.token_set_ratio(fold(citation.issuer), fold(node.issuer))
            if similarity < ISSUER_MIN_SIMILARITY:
                continue
            score += similarity / 100
        if citation.date and node.date:
            if not (citation.date.startswith(node.date) or node.date.startswith(citation.date)):
                continue
            score += 1
        if score > best_score:
            best, best_score = node, score
    return best


# ---------------------------------------------------------------------- rendering


def _label(node: Node) -> str:
    return " · ".join(x for x in (node.number or "(no number)", node.issuer, node.date) if x)


def to_dot(h: Hierarchy) -> str:
    def q(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    out = ["digraph plans {", "  rankdir=BT;", "  node [shape=box];"]
    for node in h.nodes:
        out.append(f"  {q(node.id[:16])} [label={q(_label(node))}];")
    for edge in h.edges:
        out.append(f"  {q(edge.child[:16])} -> {q(edge.parent[:16])} [label=\"implements\"];")
    for i, u in enumerate(h.unresolved):
        cited = " ".join(x for x in (u.citation.doc_type, u.citation.number, u.citation.date) if x) or "(citation)"
        out.append(f"  {q(f'unresolved-{i}')} [label={q(cited + ' ' + (u.citation.issuer or ''))}, style=dashed];")
        out.append(f"  {q(u.child[:16])} -> {q(f'unresolved-{i}')} [style=dashed];")
    out.append("}")
    return "\n".join(out) + "\n"


def to_graphml(h: Hierarchy) -> str:
    keys = ("number", "issuer", "level", "date", "title", "path")
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        *[f'  <key id="{k}" for="node" attr.name="{k}" attr.type="string"/>' for k in keys],
        '  <key id="resolved" for="node" attr.name="resolved" attr.type="boolean"/>',
        '  <graph id="plans" edgedefault="directed">',
    ]

    def node_xml(node_id: str, values: dict, resolved: bool) -> None:
        out.append(f"    <node id={quoteattr(node_id)}>")
        for k in keys:
            if values.get(k):
                out.append(f'      <data key="{k}">{escape(str(values[k]))}</data>')
        out.append(f'      <data key="resolved">{"true" if resolved else "false"}</data>')
        out.append("    </node>")

    for node in h.nodes:
        node_xml(node.id, node.model_dump(), True)
    for i, u in enumerate(h.unresolved):
        node_xml(f"unresolved-{i}", {"number": u.citation.number, "issuer": u.citation.issuer, "date": u.citation.date}, False)
    for i, edge in enumerate(h.edges):
        out.append(f"    <edge id=\"e{i}\" source={quoteattr(edge.child)} target={quoteattr(edge.parent)}/>")
    for i, u in enumerate(h.unresolved):
        out.append(f"    <edge id=\"u{i}\" source={quoteattr(u.child)} target=\"unresolved-{i}\"/>")
    out += ["  </graph>", "</graphml>"]
    return "\n".join(out) + "\n"


def render(h: Hierarchy, fmt: str) -> str:
    if fmt == "dot":
        return to_dot(h)
    if fmt == "graphml":
        return to_graphml(h)
    return h.model_dump_json(indent=2) + "\n"

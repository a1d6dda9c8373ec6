"""Entity scores against the parse gold: ORG vs assignment bodies, DOC vs bases.

Two readings of a Doc are scored:
- "plan": entities the pipeline took from the plan (ent.id_ "assignment" / "basis") — the target;
- "rules": a plan-free baseline — ORG entities that open a line of "Tổ chức thực hiện",
  DOC entities of the opening paragraphs (before section I) other than the plan's own number.
Texts come from the bundled corpus: gold restorations where the seed is OCR, the seed when clean.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz
from spacy.tokens import Doc

from ..model import Plan

CORPUS = Path(__file__).resolve().parents[3] / "corpus"
LENIENT_RATIO = 90  # rapidfuzz ratio for "the same body, spelt slightly differently" (dash spacing, case)


@dataclass
class GoldItem:
    id: str
    text: str
    plan: Plan


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.gold += other.gold
        self.misses += other.misses
        self.spurious += other.spurious


def dev_gold(corpus: Path = CORPUS) -> list[GoldItem]:
    """Every manifest row with a parse gold file, with the text that gold was annotated on."""
    items = []
    for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        gold = row.get("gold", {})
        if "parse" not in gold:
            continue
        text_path = corpus / gold["restore"] if "restore" in gold else corpus / row["file"]
        plan = Plan.model_validate(json.loads((corpus / gold["parse"]).read_text(encoding="utf-8")))
        items.append(GoldItem(row["id"], text_path.read_text(encoding="utf-8"), plan))
    return items


def normalise(name: str) -> str:
    name = re.sub(r"\s*[-–—]\s*", " - ", name.casefold())
    return re.sub(r"\s+", " ", name).strip(" .,;:")


def match_score(predicted: list[str], gold: list[str], lenient: bool = True) -> Score:
    """Greedy one-to-one matching of predicted and gold strings."""
    remaining = [normalise(g) for g in gold]
    score = Score(predicted=len(predicted), gold=len(gold))
    for name in predicted:
        key = normalise(name)
        best = None
        for k, candidate in enumerate(remaining):
            if candidate == key or (lenient and fuzz.ratio(candidate, key) >= LENIENT_RATIO):
                best = k
                break
        if best is None:
            score.spurious.append(name)
        else:
            score.true_positives += 1
            remaining.pop(best)
    score.misses = remaining
    return score


def predicted_bodies(doc: Doc, reading: str = "plan") -> list[str]:
    if reading == "plan":
        return [e.text for e in doc.ents if e.label_ == "ORG" and e.id_ == "assignment"]
    section = _duties_section(doc)
    if section is None:
        return []
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or not section[0] <= ent.start_char < section[1]:
            continue
        line_start = doc.text.rfind("\n", 0, ent.start_char) + 1
        before = doc.text[line_start : ent.start_char]
        # Heading lines: "2. Đề nghị Ban Xây dựng Đảng", "b) Đối với Ủy ban ..."
        if re.fullmatch(r"[\s*_]*(?:[\d.]+|[a-zđ]\)|-)?\s*(?:Đề nghị|Đối với)?\s*", before, re.IGNORECASE):
            found.append(ent.text)
    return found


def predicted_bases(doc: Doc, reading: str = "plan") -> list[str]:
    if reading == "plan":
        return [e.text for e in doc.ents if e.label_ == "DOC" and e.id_ == "basis"]
    sections = doc.spans["sections"] if "sections" in doc.spans else []
    first_section = sections[0].start_char if len(sections) else len(doc.text)
    numbers = []
    for ent in doc.ents:
        if ent.label_ == "DOC" and ent.start_char < first_section:
            line_start = doc.text.rfind("\n", 0, ent.start_char) + 1
            if not doc.text[line_start : ent.start_char].strip(" *_").startswith("Số"):
                numbers.append(ent.text)
    return numbers


def _duties_section(doc: Doc) -> tuple[int, int] | None:
    for span in doc.spans.get("sections", []):
        if re.search(r"TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM", span.label_, re.IGNORECASE):
            return span.start_char, span.end_char
    return None


def score_doc(doc: Doc, gold: Plan, reading: str = "plan", lenient: bool = True) -> dict[str, Score]:
    return {
        "ORG": match_score(predicted_bodies(doc, reading), [a.body for a in gold.assignments], lenient),
        "DOC": match_score(predicted_bases(doc, reading), [b.number for b in gold.bases if b.number], lenient=False),
    }

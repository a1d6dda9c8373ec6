"""Load the comparer's development set (corpus/compare) and score reports against its planted defects.

A finding counts as a detection when its severity is above "info" (info marks items worth a look,
not defects). Findings of missing_content and unassigned_task must name the planted parent item
(JSON Pointer), locality_residue the planted child line; the other types match by type.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from plan_parser.compare import Side
from plan_parser.compare.sides import load_path
from plan_parser.model import AlignmentReport, Document, Plan

ROOT = Path(__file__).resolve().parents[2] / "corpus" / "compare"
sys.path.insert(0, str(Path(__file__).parent))
TYPES = ["missing_content", "citation_mismatch", "deadline_conflict", "timeline_mismatch", "unassigned_task",
         "locality_residue", "missing_section"]  # fmt: skip


def load_cases(split: str | None = None) -> list[dict]:
    """Cases of a split: "tune", "heldout", None (both) or "ocr" (English-model OCR of held-out plans)."""
    source = ROOT / "ocr" / "cases.jsonl" if split == "ocr" else ROOT / "cases.jsonl"
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if split is None or r["split"] == split]


def side(relative: str, mode: str = "plan") -> Side:
    """mode "plan": the Plan the generator wrote, with its text; "text": the text through read + parse."""
    path = ROOT / relative
    if mode == "text" or relative.startswith("ocr/"):
        return load_path(path)
    plan = Plan.model_validate(generated_plans()[relative])
    document = Document.from_text(path.read_text(encoding="utf-8"), source=str(path.relative_to(ROOT)))
    return Side(plan=plan, document=document, source=str(path.relative_to(ROOT)))


@lru_cache(maxsize=1)
def generated_plans() -> dict[str, dict]:
    """The Plan of every generated text, as the generator wrote it (deterministic, so not stored)."""
    import generate

    files, _ = generate.build()
    return {relative: plan for relative, (_, plan) in files.items()}


def finding_key(finding) -> object:
    if finding.type.value in ("missing_content", "unassigned_task"):
        return finding.parent_evidence.pointer if finding.parent_evidence else None
    if finding.type.value == "locality_residue":
        return finding.child_evidence.line if finding.child_evidence else None
    return None


def detections(report: AlignmentReport) -> list:
    return report.alarms()


def score_case(case: dict, report: AlignmentReport) -> dict[str, Counter]:
    """Per type: true positives, false positives, false negatives for one child.

    OCR'd text wraps lines differently from the source, so there locality_residue matches by type.
    """
    loose = case["split"] == "ocr"
    counts: dict[str, Counter] = {t: Counter() for t in TYPES}
    expected = list(case["expected"])
    for finding in detections(report):
        t = finding.type.value
        key = finding_key(finding)
        match = next((e for e in expected if e["type"] == t and (e["key"] is None or e["key"] == key or t == "missing_section" or (loose and t == "locality_residue"))), None)
        if match is not None:
            expected.remove(match)
            counts[t]["tp"] += 1
        else:
            counts[t]["fp"] += 1
    for e in expected:
        counts[e["type"]]["fn"] += 1
    return counts


def summarise(per_case: list[dict[str, Counter]]) -> dict[str, dict]:
    total = {t: Counter() for t in TYPES}
    for counts in per_case:
        for t, c in counts.items():
            total[t].update(c)
    out = {}
    for t, c in total.items():
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        out[t] = {"tp": tp, "fp": fp, "fn": fn,
                  "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0}  # fmt: skip
    return out

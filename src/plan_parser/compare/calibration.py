"""A learned severity calibrator: how likely each alarm is a real defect, from how strong its evidence is.

The checks are rules; on a new writer's plans most of their false alarms are one kind: a parent item
or duty the ward wrote in its own words (or in a layout the reader does not know), reported as missing
(missing_content, unassigned_task, missing_section). Such alarms differ from real omissions in ways the
rules do not weigh together: the item's words still occur somewhere in the child, many items are
flagged in the same child, the section's key words are in the text. A logistic model over those
features, trained on the findings of the 40 hand-written sets (labs/compare/train_calibrator.py),
gives each alarm a confidence; an alarm below the model's threshold becomes "info" (kept, with its
confidence, for the auditor to look at), so nothing is lost.

The model is a small JSON file of coefficients (models/compare_calibrator.json): numpy only at run time.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from ..model import SEVERITY_ORDER, AlignmentReport, Finding
from .text import STOP_WORDS, fold, syllables

MODEL_PATH = Path(__file__).resolve().parents[3] / "models" / "compare_calibrator.json"

ITEM_TYPES = ("missing_content", "unassigned_task")
SECTION_TYPES = ("missing_section",)

ITEM_FEATURES = (
    "is_unassigned", "score", "rule_high", "bigram_trace", "word_trace", "share_flagged", "item_alarms",
    "weakest", "trace_gap", "log_item_len", "log_len_ratio", "coverage", "other_alarms",
)  # fmt: skip
SECTION_FEATURES = (
    "is_organisation", "is_criteria", "is_awards", "rule_high", "keyword_count", "keyword_heading",
    "section_trace", "other_alarms", "log_len_ratio", "coverage",
)  # fmt: skip

# The section a missing_section message names, by its quoted title.
_SECTION_KIND = (
    ("organisation", re.compile(r"to chuc thuc hien|phan cong|trach nhiem")),
    ("criteria", re.compile(r"tieu chi")),
    ("awards", re.compile(r"khen thuong")),
)
# Words a child that has the section uses in it (folded).
_SECTION_WORDS = {
    "organisation": re.compile(r"\b(?:to chuc thuc hien|phan cong|trach nhiem|chu tri|phoi hop|giao)\b"),
    "criteria": re.compile(r"\b(?:tieu chi|cham diem|thang diem|danh gia xep loai)\b"),
    "awards": re.compile(r"\b(?:khen thuong|bieu duong|giay khen|ton vinh)\b"),
    "other": re.compile(r"\b(?:chi tieu|kinh phi|tien do|thoi gian)\b"),
}


@dataclass(frozen=True)
class PlanTexts:
    """The texts the features read: the parent's and the child's whole text."""

    parent: str
    child: str


def section_kind(finding: Finding) -> str:
    message = fold(finding.message)
    quoted = re.search(r"[“\"]([^”\"]+)[”\"]", message)
    name = quoted.group(1) if quoted else message
    return next((kind for kind, pattern in _SECTION_KIND if pattern.search(name)), "other")


def _content_words(text: str) -> list[str]:
    return [s for s in syllables(text) if s not in STOP_WORDS and not s.isdigit()]


def _weighted_share(terms: list[str], present: set[str], idf: dict[str, float]) -> float:
    total = sum(idf.get(t, 1.0) for t in terms)
    return sum(idf.get(t, 1.0) for t in terms if t in present) / total if total else 1.0


class _Traces:
    """Each parent item's trace in the child: the IDF-weighted share of its words (and word pairs) that occur
    anywhere in the child's text. IDF is over the parent's items: words every item shares say little."""

    def __init__(self, report: AlignmentReport, texts: PlanTexts):
        items = [a.parent.text for a in report.alignment]
        documents = [set(_content_words(t)) for t in items]
        pairs = [set(_pairs(_content_words(t))) for t in items]
        n = max(len(items), 1)
        df_words = Counter(w for d in documents for w in d)
        df_pairs = Counter(p for d in pairs for p in d)
        self.idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in (df_words + df_pairs).items()}
        child = _content_words(texts.child)
        self.child_words, self.child_pairs = set(child), set(_pairs(child))

    def of(self, text: str) -> tuple[float, float]:
        words = _content_words(text)
        return (_weighted_share(_pairs(words), self.child_pairs, self.idf),
                _weighted_share(words, self.child_words, self.idf))  # fmt: skip


def _pairs(words: list[str]) -> list[str]:
    return [f"{a}_{b}" for a, b in pairwise(words)]


def _is_alarm(finding: Finding) -> bool:
    return SEVERITY_ORDER[finding.severity] > SEVERITY_ORDER["info"]


def features(
    report: AlignmentReport, texts: PlanTexts, groups: tuple[str, ...] = ("item", "section")
) -> list[tuple[Finding, str, dict[str, float]]]:
    """(finding, group, features) for each alarm of the given groups ("item", "section"). The shipped calibrator
    asks only for the groups it has a model for; the trainer asks for both."""
    alarms = [f for f in report.findings if _is_alarm(f)]
    types = (ITEM_TYPES if "item" in groups else ()) + (SECTION_TYPES if "section" in groups else ())
    judged = [f for f in alarms if f.type.value in types]
    if not judged:
        return []
    traces = _Traces(report, texts)
    common = {
        "log_len_ratio": math.log(max(len(syllables(texts.child)), 1) / max(len(syllables(texts.parent)), 1)),
        "coverage": report.coverage,
    }
    others = {id(f): sum(1 for g in alarms if g.type != f.type) for f in judged}
    out = []
    if "item" in groups:
        out += [(f, "item", {**v, **common}) for f, v in _item_features(report, traces, alarms, others)]
    if "section" in groups:
        out += [(f, "section", {**v, **common}) for f, v in _section_features(report, texts, traces, alarms, others)]
    return out


def _item_features(report: AlignmentReport, traces: _Traces, alarms: list[Finding], others: dict[int, int]):
    item_alarms = [f for f in alarms if f.type.value in ITEM_TYPES]
    by_pointer = {a.parent.pointer: a for a in report.alignment}
    aligned = {id(f): by_pointer.get(f.parent_evidence.pointer if f.parent_evidence else None) for f in item_alarms}
    item_trace = {}
    for f in item_alarms:
        item = aligned[id(f)]
        item_trace[id(f)] = traces.of(
            item.parent.text if item else (f.parent_evidence.quote if f.parent_evidence else "")
        )
    for f in item_alarms:
        item = aligned[id(f)]
        bigram, word = item_trace[id(f)]
        rest = [item_trace[id(g)][0] for g in item_alarms if g is not f]
        yield (
            f,
            {
                "is_unassigned": float(f.type.value == "unassigned_task"),
                "score": item.score if item else 0.0,
                "rule_high": float(f.severity == "high"),
                "bigram_trace": bigram,
                "word_trace": word,
                "share_flagged": len(item_alarms) / max(len(report.alignment), 1),
                "item_alarms": min(len(item_alarms), 6) / 6,
                "weakest": float(all(bigram <= r for r in rest)),
                "trace_gap": (min(rest) - bigram) if rest else 0.0,
                "log_item_len": math.log(max(len(syllables(item.parent.text if item else "")), 1)),
                "other_alarms": min(others[id(f)], 4) / 4,
            },
        )


def _section_features(report: AlignmentReport, texts: PlanTexts, traces: _Traces, alarms: list[Finding],
                      others: dict[int, int]):  # fmt: skip
    section_alarms = [f for f in alarms if f.type.value in SECTION_TYPES]
    if not section_alarms:
        return
    # How much of each part's items the child holds anyway: a part "missing" whose items are there was not read.
    part_trace = {}
    for kind, item_kind in (("criteria", "criterion"), ("organisation", "duty")):
        shares = [traces.of(a.parent.text)[0] for a in report.alignment if a.parent.kind == item_kind]
        part_trace[kind] = sum(shares) / len(shares) if shares else 0.0
    folded_lines = [fold(line) for line in texts.child.splitlines()]
    for f in section_alarms:
        kind = section_kind(f)
        words = _SECTION_WORDS[kind]
        yield (
            f,
            {
                "is_organisation": float(kind == "organisation"),
                "is_criteria": float(kind == "criteria"),
                "is_awards": float(kind == "awards"),
                "rule_high": float(f.severity == "high"),
                "keyword_count": math.log1p(sum(len(words.findall(line)) for line in folded_lines)),
                "keyword_heading": float(any(words.search(line) and len(line.split()) <= 14 for line in folded_lines)),
                "section_trace": part_trace.get(kind, 0.0),
                "other_alarms": min(others[id(f)], 4) / 4,
            },
        )


@dataclass(frozen=True)
class _Logistic:
    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(
            c * (values[n] - m) / s for n, m, s, c in zip(self.names, self.mean, self.scale, self.coef)
        )
        return 1 / (1 + math.exp(-max(min(z, 30), -30)))


@dataclass(frozen=True)
class Calibrator:
    groups: dict[str, _Logistic]

    @classmethod
    def from_dict(cls, data: dict) -> Calibrator:
        groups = {}
        for name, g in data["groups"].items():
            groups[name] = _Logistic(tuple(g["features"]), tuple(g["mean"]), tuple(g["scale"]), tuple(g["coef"]),
                                     float(g["intercept"]), float(g["threshold"]))  # fmt: skip
        return cls(groups)

    def judge(self, report: AlignmentReport, texts: PlanTexts) -> AlignmentReport:
        """The report with a confidence on each judged alarm; an alarm below its threshold becomes "info"."""
        updates: dict[int, Finding] = {}
        for finding, group, values in features(report, texts, tuple(self.groups)):
            model = self.groups.get(group)
            if model is None:
                continue
            p = model.probability(values)
            update: dict = {"confidence": round(p, 3)}
            if p < model.threshold:
                update["severity"] = "info"
                update["message"] = f"{finding.message} (độ tin cậy thấp {p:.2f}: cần đối chiếu trực tiếp)"
            updates[id(finding)] = finding.model_copy(update=update)
        if not updates:
            return report
        findings = [updates.get(id(f), f) for f in report.findings]
        findings.sort(key=lambda f: -SEVERITY_ORDER[f.severity])
        return report.model_copy(update={"findings": findings})


@lru_cache(maxsize=4)
def load_calibrator(path: Path = MODEL_PATH) -> Calibrator | None:
    """The shipped calibrator, or None when its file is absent (the rules' severities then stand)."""
    if not path.exists():
        return None
    return Calibrator.from_dict(json.loads(path.read_text(encoding="utf-8")))

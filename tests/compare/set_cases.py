"""What the round tests share: the hand-written comparison sets (corpus/compare/independent*) and the findings one
child gets against its parent."""

from __future__ import annotations

from pathlib import Path

from plan_parser.compare import compare
from plan_parser.model import AlignmentReport, Finding

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"


def alarms_in(folder: Path, child: str, finding_type: str) -> list[Finding]:
    """Findings above "info" of one type for `folder/child` against `folder/parent.txt` (a set's A or B folder)."""
    return compare(folder / "parent.txt", folder / child).alarms(finding_type)


def set_alarms(set_name: str, side: str, child: str, finding_type: str) -> list[Finding]:
    """`alarms_in` by name: set_alarms("independent77", "A", "A10-hung-nguyen.txt", "missing_section")."""
    return alarms_in(CORPUS / set_name / side, child, finding_type)


def set_verdict(set_name: str, side: str, child: str, pointer: str) -> str:
    """The alignment verdict of the parent item at `pointer` for one child of a set: set_verdict("independent122", "A",
    "A12-cao-loc.txt", "/contents/2")."""
    folder = CORPUS / set_name / side
    return verdict(compare(folder / "parent.txt", folder / child), pointer)


def findings_of(parent, child, finding_type: str) -> list[Finding]:
    """Every finding of one type, "info" included (for tests about severity or advice)."""
    return [f for f in compare(parent, child).findings if f.type.value == finding_type]


def deadline_findings(parent, child) -> list[Finding]:
    return findings_of(parent, child, "deadline_conflict")


def verdict(report: AlignmentReport, pointer: str) -> str:
    """The alignment verdict of the parent item at `pointer` (covered, partly covered, not covered)."""
    return next(a.verdict for a in report.alignment if a.parent.pointer == pointer)

"""Round 15 (tuned on independent23-24 after their blind score): dated tasks and dates written in words.

I23-A02 / I23-A11: the province dates one task of the lower level ("phê duyệt phương án ... sơ tán dân trước ngày
30/6/2026"); the ward keeps that date for that task and dates a drill ("diễn tập ứng phó lũ, sơ tán dân trong tháng
7/2026"). The drill shared "sơ tán dân" with the province's task and was called a month late. A parent task is now
answered by the child's dated tasks that share the most words with it.
I24-B03: "trước ngày mười lăm tháng Mười hai năm 2026" was not read as a date at all, so a late report went unseen.
"""

from __future__ import annotations

from set_cases import CORPUS
from set_cases import deadline_findings as _deadline_findings

from plan_parser.compare import load_side


def test_a_drill_dated_after_the_provinces_approval_date_is_not_that_task_late():
    parent = load_side(CORPUS / "independent23" / "A" / "parent.txt")
    # A02 is faithful; A11's only defect is the preparation report (25/7 against 15/7).
    assert _deadline_findings(parent, CORPUS / "independent23" / "A" / "A02-le-thuy.txt") == []
    found = _deadline_findings(parent, CORPUS / "independent23" / "A" / "A11-hai-lang.txt")
    assert [f.message.split("(")[1].split(")")[0] for f in found] == ["ngày 25/07/2026"]


def test_a_late_report_dated_in_words_is_caught():
    parent = load_side(CORPUS / "independent24" / "B" / "parent.txt")
    found = _deadline_findings(parent, CORPUS / "independent24" / "B" / "B03-LangGiang.txt")
    assert found and all("15/12/2026" in f.message for f in found)

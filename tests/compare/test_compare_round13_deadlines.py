"""Round 13 (tuned on independent21-22 after their blind score): one-off reports of a school year.

A parent with several one-off reports for the lower level (the mid-year one due 10/01/2027, the end-of-year one
due 31/05/2027) held every child report without distinctive words against the EARLIEST of them, so each
faithful end-of-year report in May was "four months late". A report is days or weeks late, not months.
"""

from __future__ import annotations

from set_cases import CORPUS
from set_cases import deadline_findings as _deadline_findings

from plan_parser.compare import load_side


def test_end_of_school_year_report_is_not_late_against_the_mid_year_milestone():
    parent = load_side(CORPUS / "independent21" / "B" / "parent.txt")
    for name in ("B02-phuong-duc-pho.txt", "B11-phuong-dak-cam.txt"):  # faithful: reports before 10/01 and 31/05
        assert _deadline_findings(parent, CORPUS / "independent21" / "B" / name) == [], name


def test_a_report_missing_the_lower_levels_milestone_by_days_is_still_late():
    # I10-B06: yearly report 10/12/2026 where the parent asks the xã for 30/11/2026 (its 15/12 is the Sở's own).
    parent = load_side(CORPUS / "independent10" / "B" / "parent.txt")
    found = _deadline_findings(parent, CORPUS / "independent10" / "B" / "B06-tan-thuan.txt")
    assert [f.parent_evidence.pointer for f in found] == ["/deadlines/6"]

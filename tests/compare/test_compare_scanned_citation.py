"""Citations checked on plans that came through a scanner (benchmarks/compare_channels.py, sets 27-28).

- A parent whose own issuer line was misread ("TỈNH NGHỊ: AN") made every correct child citation "wrong issuer";
  the parent's text names its province again and again, so the misread header is outvoted by it.
- An issuer wrapped over two lines of a scan ("thành phố Đà\\nNẵng") compared unequal to the same name on one line.
"""

from __future__ import annotations

from pathlib import Path

from plan_parser.compare import compare, load_side
from plan_parser.compare.checks.citation import same_issuer

SET_27 = Path(__file__).resolve().parents[2] / "corpus" / "compare" / "independent27" / "B"


def _citations(parent_text: str, child_text: str):
    report = compare(load_side(parent_text), load_side(child_text))
    return [f for f in report.alarms("citation_mismatch")]


def test_a_misread_issuer_line_of_the_parent_does_not_fault_a_correct_citation():
    parent = (SET_27 / "parent.txt").read_text(encoding="utf-8").replace("TỈNH NGHỆ AN", "TỈNH NGHỊ: AN", 1)
    child = (SET_27 / "B01-nam-dan.txt").read_text(encoding="utf-8")
    assert _citations(parent, child) == []


def test_a_child_citing_another_province_is_still_caught_when_the_parent_header_is_misread():
    parent = (SET_27 / "parent.txt").read_text(encoding="utf-8").replace("TỈNH NGHỆ AN", "TỈNH NGHỊ: AN", 1)
    child = (SET_27 / "B01-nam-dan.txt").read_text(encoding="utf-8")
    wrong = child.replace("của UBND tỉnh Nghệ An về", "của UBND tỉnh Hà Tĩnh về", 1)
    assert wrong != child
    assert [f.message for f in _citations(parent, wrong)] and "Hà Tĩnh" in _citations(parent, wrong)[0].message


def test_an_issuer_wrapped_over_two_scanned_lines_is_the_same_issuer():
    assert same_issuer("Ủy ban nhân dân thành phố Đà\nNẵng", "Ủy ban nhân dân thành phố Đà Nẵng") is True
    assert same_issuer("Ủy ban nhân dân tỉnh Kiên Giang", "Ủy ban nhân dân tỉnh An Giang") is False


def test_regression_a_space_lost_between_the_level_and_the_place_is_the_same_issuer():
    # Round 65, channel eng-ocr, 279-B: the parent's header "ỦY BAN NHÂN DÂN TINHAN" / "GIANG" was restored as "Ủy ban nhân
    # dân tinhan Giang", and ten children citing "Ủy ban nhân dân tỉnh An Giang" were told they named the wrong issuer
    assert same_issuer("Ủy ban nhân dân tỉnh An Giang", "Ủy ban nhân dân tinhan Giang") is True
    assert same_issuer("Ủy ban nhân dân tỉnh An Giang", "Ủy ban nhân dân tỉnh Kiên Giang") is False

"""Dates written in words are read like dates in digits, and the rewriting never moves an offset."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from plan_parser.parse.deadlines import find_deadlines
from plan_parser.parse.number_words import cardinal, dates_in_digits
from plan_parser.parse.text import fold

_WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín"}


def _in_words(n: int) -> str:
    """The usual spoken form of 1-31 ("mười lăm", "hai mươi mốt")."""
    if n < 10:
        return _WORDS[n]
    tens, unit = divmod(n, 10)
    head = "mười" if tens == 1 else f"{_WORDS[tens]} mươi"
    if unit == 0:
        return head
    return f"{head} {'mốt' if unit == 1 and tens > 1 else 'lăm' if unit == 5 else _WORDS[unit]}"


@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(2020, 2035))
def test_a_date_in_words_reads_as_the_same_date_in_digits(day, month, year):
    text = f"Báo cáo Ủy ban nhân dân tỉnh trước ngày {_in_words(day)} tháng {_in_words(month).capitalize()} năm {year}."
    (deadline, _, _), = find_deadlines(text)
    assert deadline.date == f"{year}-{month:02d}-{day:02d}"


@given(st.text(alphabet="ngàyáthmườiươlămhaibốnsáuGiêngChạp 0123456789/", max_size=60))
def test_rewriting_keeps_every_offset(text):
    folded = fold(text)
    assert len(dates_in_digits(folded)) == len(folded)


def test_numerals_read_longest_first():
    assert cardinal("hai muoi lam thang".split()) == (25, 3)
    assert cardinal("muoi thang".split()) == (10, 1)
    assert cardinal("ba muoi mot".split()) == (31, 3)
    assert cardinal("thang".split()) is None


def test_a_month_in_words_without_its_year_is_left_alone():
    # "tháng năm" is as often "month and year" as May: only a month followed by its year is rewritten.
    assert dates_in_digits(fold("trong tháng năm nay")) == fold("trong tháng năm nay")
    assert "thang 12" in dates_in_digits(fold("tổng kết trong tháng Mười hai năm 2026"))


def test_two_chained_dates_are_read_once_each():
    # Regression: "trước ngày 5/6 và trước ngày 25/11/2026" gave the second date twice.
    found = find_deadlines("Các thôn báo cáo về UBND xã trước ngày 5/6 và trước ngày 25/11/2026.")
    assert [d.date for d, _, _ in found] == ["2026-06-05", "2026-11-25"]  # the year written once is both dates (round 42)

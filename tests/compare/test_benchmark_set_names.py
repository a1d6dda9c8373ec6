"""The benchmarks' --sets argument (benchmarks/compare_independent.set_names). Regression: '--sets 275-280' was read as
one set named '275-280' and the channel benchmark died with a FileNotFoundError traceback instead of a usage error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import compare_independent  # noqa: E402


def test_numbers_and_ranges_name_independent_sets():
    assert compare_independent.set_names("275-277,283") == [
        "independent275", "independent276", "independent277", "independent283"]
    assert compare_independent.set_names("independent2, independent3") == ["independent2", "independent3"]
    assert compare_independent.set_names("independent150-independent151") == ["independent150", "independent151"]


def test_an_unknown_set_is_named_in_the_error():
    with pytest.raises(ValueError, match="independent99999"):
        compare_independent.set_names("275,99999")
    with pytest.raises(ValueError, match="nonsense"):
        compare_independent.set_names("nonsense")

"""Terms without diacritics when a plan was restored from OCR (`plan_parser.compare.text.folded_terms`). Channel
eng-ocr, round 67: the restorer read one OCR'd word its own way in each plan ("mắc ca" in the parent, "mặc cả" in the
child, 290-A), and items the ward kept were read as dropped (I281-B02, I284-B03, I285-A06 and six more children of
sets 263-292 now get their clean-text findings; three real unassigned duties of 263-268 are lost the other way)."""

from __future__ import annotations

from set_cases import CORPUS

import plan_parser as pp
from plan_parser.compare import core
from plan_parser.compare.text import analyse, folded_terms, phrase_terms


def test_folded_terms_meet_across_the_restorers_readings():
    assert phrase_terms("Trồng xen cây mắc ca") != phrase_terms("Trông xen cây mác ca")
    with folded_terms():
        assert phrase_terms("Trồng xen cây mắc ca") == phrase_terms("Trông xen cây mác ca")
        assert analyse("lá mắc ca") == analyse("la mac ca")


def test_function_words_are_told_by_their_diacritics_before_folding():
    # "trong" (in) is a function word; "trồng" (to plant) folds to it and must stay a term
    with folded_terms():
        assert "trong" in phrase_terms("trồng mới") and "trong" not in phrase_terms("trong năm")


def test_only_a_restored_plan_is_compared_without_diacritics(monkeypatch):
    seen = []
    original = core.folded_terms

    def spy(on=True):
        seen.append(on)
        return original(on)

    monkeypatch.setattr(core, "folded_terms", spy)
    parent = CORPUS / "independent290" / "A" / "parent.txt"
    child = pp.read(CORPUS / "independent290" / "A" / "A03-binh-lu.txt")
    pp.compare(parent, child)
    pp.compare(parent, child.model_copy(update={"restored": True}))
    assert seen == [False, True]

"""The syllable tokenizer keeps every character and keeps codes and dates whole."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.nlp import load
from plan_parser.nlp.tokenizer import words_and_spaces

NLP = load(parse=False, entities=False, sections=False)


@pytest.mark.parametrize(
    "code",
    ["150/KH-UBND", "57-NQ/TW", "01-KH/ĐU", "30/2024/NĐ-CP", "923/QĐ-TTg", "/KH-UBND", "16/6/2025", "15/12", "8/2025"],
)
def test_codes_and_dates_are_single_tokens(code):
    doc = NLP(f"Căn cứ số {code}, ngày")
    assert code in [t.text for t in doc]


def test_syllables_split_on_spaces_and_dashes():
    doc = NLP("Phòng Văn hóa-Xã hội phường")
    assert [t.text for t in doc] == ["Phòng", "Văn", "hóa", "-", "Xã", "hội", "phường"]


def test_language_is_vietnamese_without_pyvi():
    assert NLP.lang == "vi"
    assert NLP.vocab["của"].is_stop


_VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_VIET + _VIET.upper() + "0123456789 \n\t/-–.,;:()“”\"*\f", max_size=120))
def test_text_and_offsets_survive_tokenisation(text):
    words, spaces = words_and_spaces(text)
    doc = NLP.make_doc(text)
    assert doc.text == text
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces)) == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text

"""Property tests: the parser never raises, and every span points at the text it names."""

import json

from conftest import CORPUS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plan_parser.model import Document
from plan_parser.parse import ParseOptions, find_citations, normalise_number, parse
from plan_parser.parse.text import norm_space

NO_RESTORE = ParseOptions(restore="never")
VERBATIM = ("purposes", "requirements", "contents", "criteria", "recipients")
SEED_LINES = (CORPUS / "seeds" / "003_137b158b223d4912.txt").read_text(encoding="utf-8").splitlines()
# Lines that exercise every rule: labels, headings, dates, footer words.
PIECES = st.sampled_from(SEED_LINES + ["", "I1. NỘI DUNG", ") mất chữ", "- ", "+", "(1)", "Số: /", "ngày tháng năm",
                                        "Nơi nhận:", "KT. CHỦ TỊCH", "**", "\f", "2.1.", "Căn cứ Luật số"])  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_never_raises_on_any_text(text):
    plan = parse(text, options=NO_RESTORE)
    plan.model_dump(mode="json")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=60))
def test_never_raises_on_shuffled_plan_lines_and_spans_are_valid(lines):
    text = "\n".join(lines)
    doc = Document.from_text(text)
    plan = parse(doc, options=NO_RESTORE)
    for pointer, span in plan.provenance.items():
        assert 0 <= span.char_start <= span.char_end <= len(doc.text), pointer
        assert 1 <= span.line_start <= span.line_end <= len(doc.lines), pointer


def test_spans_quote_the_first_words_of_their_values():
    for path in (CORPUS / "gold" / "restore").glob("*.gold.txt"):
        doc = Document.from_text(path.read_text(encoding="utf-8"))
        plan = parse(doc, options=NO_RESTORE)
        data = plan.schema_dict()
        checked = 0
        for field in VERBATIM:
            for i, value in enumerate(data[field]):
                span = plan.provenance[f"/{field}/{i}"]
                quoted = norm_space(doc.text[span.char_start : span.char_end])
                assert " ".join(value.split()[:4]) in quoted, (field, i, quoted[:80])
                checked += 1
        for i, a in enumerate(data["assignments"]):
            for j, task in enumerate(a["tasks"]):
                span = plan.provenance[f"/assignments/{i}/tasks/{j}"]
                assert " ".join(task.split()[:4]) in norm_space(doc.text[span.char_start : span.char_end])
                checked += 1
        assert checked > 20


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_citation_finder_and_number_key_never_raise(text):
    find_citations(text)
    normalise_number(text)


def test_gold_bases_are_found_again_by_the_citation_finder():
    for path in (CORPUS / "gold" / "parse").glob("*.json"):
        for base in json.loads(path.read_text(encoding="utf-8"))["bases"]:
            day = base["date"].split("-")
            text = f"Thực hiện {base['doc_type']} số {base['number']} ngày {int(day[2])}/{int(day[1])}/{day[0]}"
            found = find_citations(text)
            assert found and found[0].number == base["number"] and found[0].date == base["date"]

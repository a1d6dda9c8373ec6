"""Exports round-trip: JSONL offsets and DocBin files rebuild the same spaCy documents."""

from __future__ import annotations

import json

import spacy
from spacy import displacy

from plan_parser.nlp import annotate, load
from plan_parser.nlp.evaluate import dev_gold
from plan_parser.nlp.export import (
    annotate_records,
    annotations_for,
    doc_from_record,
    doc_to_record,
    read_docbin,
    write_docbin,
    write_records_docbin,
)

NLP = load(parse=False)
GOLD = dev_gold()


def spans_of(doc):
    return (
        [(e.start_char, e.end_char, e.label_, e.id_) for e in doc.ents],
        [(s.start_char, s.end_char, s.label_, s._.heading) for s in doc.spans["sections"]],
    )


def test_jsonl_annotations_round_trip_into_the_same_docs():
    for item in GOLD:
        doc = annotate(item.text, plan=item.plan, nlp=NLP)
        record = json.loads(json.dumps(doc_to_record(doc, id=item.id), ensure_ascii=False))
        for ent in record["entities"]:
            assert record["text"][ent["start"] : ent["end"]] == ent["text"]
        back = doc_from_record(record, NLP)
        assert spans_of(back) == spans_of(doc)
        assert back._.plan.schema_dict() == item.plan.schema_dict()


def test_docbin_round_trip_keeps_entities_sections_and_plan(tmp_path):
    docs = [annotate(item.text, plan=item.plan, nlp=NLP) for item in GOLD]
    path = write_docbin(docs, tmp_path / "plans.spacy")
    back = read_docbin(path, NLP)
    assert [spans_of(d) for d in back] == [spans_of(d) for d in docs]
    assert [d._.plan.title for d in back] == [item.plan.title for item in GOLD]


def test_sections_follow_the_roman_numerals_of_the_gold():
    for item in GOLD:
        record = annotations_for(item.plan, item.text, NLP)
        assert [s["label"] for s in record["sections"]] == [s.label for s in item.plan.sections]
        assert [s["heading"] for s in record["sections"]] == [s.heading for s in item.plan.sections]


def test_archive_records_gain_annotations_and_a_docbin(tmp_path):
    records = [{"sha256": item.id, "text": item.text, "plan": item.plan.model_dump(mode="json")} for item in GOLD]
    annotated = list(annotate_records(records, NLP))
    assert all(r["entities"] and r["sections"] for r in annotated)
    assert write_records_docbin(records, tmp_path / "x.spacy", NLP) == len(records)


def test_displacy_renders_entities_and_sections():
    doc = annotate(GOLD[0].text, plan=GOLD[0].plan, nlp=NLP)
    html = displacy.render(doc, style="ent", page=False)
    assert ">ORG</span>" in html and "Phòng Văn hóa - Xã hội xã" in html
    html = displacy.render(doc, style="span", options={"spans_key": "sections"})
    assert "MỤC ĐÍCH, YÊU CẦU" in html


def test_components_are_found_through_spacy_entry_points():
    # A plain spaCy pipeline finds the factories by name (pyproject [project.entry-points."spacy_factories"]).
    nlp = spacy.blank("xx")
    nlp.add_pipe("plan_parser_entities", config={"use_plan": False})
    assert [(e.text, e.label_) for e in nlp("theo Kế hoạch số 153/KH-UBND").ents] == [("153/KH-UBND", "DOC")]


def test_words_component_marks_underthesea_words():
    nlp = load(parse=False, words=True)
    doc = nlp("Ủy ban nhân dân tỉnh triển khai kế hoạch")
    assert "triển khai" in [s.text for s in doc.spans["words"]]

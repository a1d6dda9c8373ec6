"""spaCy pipeline for Vietnamese plans: entities, sections and the parsed plan on every Doc.

    nlp = plan_parser.nlp.load()
    doc = nlp(text)            # doc.ents, doc.spans["sections"], doc._.plan
    spacy.displacy.render(doc, style="ent")

`annotate(text, plan=gold_plan)` runs the same pipeline with a plan given instead of parsed.
Exports (DocBin, JSONL with character offsets) live in `plan_parser.nlp.export`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..model import Document, Plan


class NlpOptions(BaseModel):
    """Which components `load` puts in the pipeline."""

    model_config = ConfigDict(extra="forbid")

    parse: bool = True  # run the plan parser; off = rule-based entities and sections only
    entities: bool = True
    sections: bool = True
    words: bool = False  # underthesea word segmentation into doc.spans["words"] (slower)
    parse_options: dict | None = None  # passed to plan_parser.parse.ParseOptions


def load(options: NlpOptions | None = None, **overrides) -> "Language":  # noqa: F821
    """A spaCy Language for Vietnamese plans. Nothing is downloaded; keyword overrides set options."""
    from .components import VietnamesePlans

    options = (options or NlpOptions()).model_copy(update=overrides) if overrides else (options or NlpOptions())
    NlpOptions.model_validate(options.model_dump())
    nlp = VietnamesePlans()
    if options.parse:
        nlp.add_pipe("plan_parser_plan", config={"parse_options": options.parse_options})
    if options.words:
        nlp.add_pipe("plan_parser_words")
    if options.sections:
        nlp.add_pipe("plan_parser_sections")
    if options.entities:
        nlp.add_pipe("plan_parser_entities")
    return nlp


def annotate(source: str | Document, plan: Plan | None = None, nlp=None):
    """The pipeline's Doc for `source`; a given `plan` is used instead of parsing the text."""
    nlp = nlp or load(parse=plan is None)
    text = source.text if isinstance(source, Document) else source
    doc = nlp.make_doc(text)
    if plan is not None:
        doc._.plan = plan
    elif isinstance(source, Document) and "plan_parser_plan" in nlp.pipe_names:
        # Parse the Document itself so that provenance keeps its pages and lines.
        nlp.get_pipe("plan_parser_plan").parse_into(doc, source)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


__all__ = ["NlpOptions", "annotate", "load"]

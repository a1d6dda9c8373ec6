"""Every spaCy registration of plan_parser, in this one module.

Importing it registers the syllable tokenizer, the four pipeline components and the
extension attributes; pyproject.toml exposes the same names through spaCy's entry
points (`spacy_factories`, `spacy_tokenizers`), so `spacy.blank(...).add_pipe("plan_parser_entities")`
works without importing plan_parser first.

    plan_parser_plan      doc._.plan: the parsed Plan (kept if already set)
    plan_parser_sections  doc.spans["sections"]: one span per top-level section (I., II., ...)
    plan_parser_entities  doc.ents: ORG, LOC, DATE, DOC; ent.id_ says where each came from
    plan_parser_words     doc.spans["words"]: multi-syllable words from underthesea
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from ..errors import PlanParserError
from ..model import Document, Plan
from .locate import plan_candidates, section_spans
from .rules import Candidate, find_candidates
from .tokenizer import SyllableTokenizer

ENTITY_LABELS = ("ORG", "LOC", "DATE", "DOC")
SECTIONS_KEY = "sections"
WORDS_KEY = "words"
# The plan is kept as plain JSON in user_data so that DocBin (msgpack) can serialise it.
_PLAN_KEY = "plan_parser.plan"


# --------------------------------------------------------------------------- extensions


def _get_plan(doc: Doc) -> Plan | None:
    data = doc.user_data.get(_PLAN_KEY)
    return Plan.model_validate(data) if data is not None else None


def _set_plan(doc: Doc, plan: Plan | dict | None) -> None:
    if plan is None:
        doc.user_data.pop(_PLAN_KEY, None)
    else:
        doc.user_data[_PLAN_KEY] = plan.model_dump(mode="json", warnings=False) if isinstance(plan, Plan) else dict(plan)


def register_extensions() -> None:
    """Idempotent: spaCy keeps extensions globally, and tests import this module many times."""
    if not Doc.has_extension("plan"):
        Doc.set_extension("plan", getter=_get_plan, setter=_set_plan)
    if not Doc.has_extension("plan_error"):
        Doc.set_extension("plan_error", default=None)
    if not Span.has_extension("heading"):
        Span.set_extension("heading", default=None)


register_extensions()


# --------------------------------------------------------------------------- tokenizer


@registry.tokenizers("plan_parser.syllable_tokenizer.v1")
def create_syllable_tokenizer() -> Callable[[Language], SyllableTokenizer]:
    def make(nlp: Language) -> SyllableTokenizer:
        return SyllableTokenizer(nlp.vocab)

    return make


# --------------------------------------------------------------------------- components


class PlanComponent:
    """Parses the text into doc._.plan unless a plan is already there (a gold plan, a cached one)."""

    def __init__(self, parse_options: dict | None = None):
        self.parse_options = parse_options

    def __call__(self, doc: Doc) -> Doc:
        if doc._.plan is None:
            return self.parse_into(doc, Document.from_text(doc.text))
        return doc

    def parse_into(self, doc: Doc, document: Document) -> Doc:
        """Parse `document` (whose text is doc.text) into doc._.plan; errors go to doc._.plan_error."""
        try:
            from ..parse import parse
        except ImportError as exc:  # the parse stage is an optional part of a partial install
            doc._.plan_error = f"parse stage unavailable: {exc}"
            return doc
        try:
            options = None
            if self.parse_options:
                from ..parse import ParseOptions

                options = ParseOptions(**self.parse_options)
            doc._.plan = parse(document, options=options)
        except PlanParserError as exc:
            # A text that is not a plan still gets rule-based entities; the error says why no plan.
            doc._.plan_error = str(exc)
        return doc


class SectionsComponent:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, label, heading in section_spans(doc.text, doc._.plan):
            span = doc.char_span(start, end, label=f"{label}. {heading}".strip(". "), alignment_mode="expand")
            if span is not None:
                span._.heading = heading
                spans.append(span)
        doc.spans[SECTIONS_KEY] = spans
        return doc


class EntitiesComponent:
    """Plan-derived entities first, then rule matches, resolved to non-overlapping spans."""

    def __init__(self, use_plan: bool = True, use_rules: bool = True):
        self.use_plan = use_plan
        self.use_rules = use_rules

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[Candidate] = []
        plan = doc._.plan if self.use_plan else None
        if plan is not None:
            candidates += plan_candidates(doc.text, plan)
        if self.use_rules:
            candidates += find_candidates(doc.text)
        doc.ents = resolve(doc, candidates)
        return doc


def resolve(doc: Doc, candidates: list[Candidate]) -> list[Span]:
    """Greedy: higher priority, then longer, then earlier spans win; token-aligned and disjoint."""
    taken = [False] * len(doc)
    chosen: list[Span] = []
    for c in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="expand")
        if span is None or len(span) == 0 or any(taken[span.start : span.end]):
            continue
        if span.text.isspace():
            continue
        chosen.append(Span(doc, span.start, span.end, label=c.label, span_id=c.source))
        taken[span.start : span.end] = [True] * len(span)
    return sorted(chosen, key=lambda s: s.start)


class WordsComponent:
    """Marks multi-syllable words found by underthesea, without retokenising (entity offsets stay put)."""

    def __call__(self, doc: Doc) -> Doc:
        from underthesea import word_tokenize

        spans = []
        for line_start, line in _lines(doc.text):
            if not line.strip():
                continue
            position = 0
            for word in word_tokenize(line):
                found = line.find(word, position)
                if found < 0:
                    continue
                position = found + len(word)
                if " " in word:
                    span = doc.char_span(line_start + found, line_start + position, label="WORD")
                    if span is not None:
                        spans.append(span)
        doc.spans[WORDS_KEY] = spans
        return doc


def _lines(text: str):
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


@Language.factory("plan_parser_plan", default_config={"parse_options": None}, assigns=["doc._.plan"])
def make_plan_component(nlp: Language, name: str, parse_options: dict | None) -> PlanComponent:
    return PlanComponent(parse_options)


@Language.factory("plan_parser_sections", assigns=["doc.spans"], requires=["doc._.plan"])
def make_sections_component(nlp: Language, name: str) -> SectionsComponent:
    return SectionsComponent()


@Language.factory(
    "plan_parser_entities",
    default_config={"use_plan": True, "use_rules": True},
    assigns=["doc.ents"],
    requires=["doc._.plan"],
)
def make_entities_component(nlp: Language, name: str, use_plan: bool, use_rules: bool) -> EntitiesComponent:
    return EntitiesComponent(use_plan, use_rules)


@Language.factory("plan_parser_words", assigns=["doc.spans"])
def make_words_component(nlp: Language, name: str) -> WordsComponent:
    return WordsComponent()


# --------------------------------------------------------------------------- language


class VietnamesePlansDefaults(Language.Defaults):
    # spaCy's own "vi" language needs pyvi for its tokenizer; this one uses the syllable tokenizer.
    config = Language.Defaults.config.merge(
        {"nlp": {"tokenizer": {"@tokenizers": "plan_parser.syllable_tokenizer.v1"}}}
    )

    from spacy.lang.vi.lex_attrs import LEX_ATTRS as lex_attr_getters
    from spacy.lang.vi.stop_words import STOP_WORDS as stop_words


class VietnamesePlans(Language):
    """Vietnamese (lang "vi") with syllable tokens that keep document codes and dates whole."""

    lang = "vi"
    Defaults = VietnamesePlansDefaults

"""ORG/DOC entity F1 of the spaCy pipeline on the dev gold (target: F1 >= 0.9 for both).

    .venv/bin/python benchmarks/nlp_entities.py

Readings: "parsed plan" (the full pipeline: parser -> entities, the honest number),
"gold plan" (the entity locator given the gold plan: an upper bound for the parser's part),
"rules only" (no plan at all: the baseline).
"""

from __future__ import annotations

import time

from plan_parser.nlp import annotate, load
from plan_parser.nlp.evaluate import Score, dev_gold, score_doc


def run(name: str, make_doc, reading: str) -> None:
    totals = {"ORG": Score(), "DOC": Score()}
    started = time.perf_counter()
    for item in dev_gold():
        doc = make_doc(item)
        if doc is None:
            print(f"{name:12s} skipped: {item.id} has no plan")
            return
        for label, score in score_doc(doc, item.plan, reading).items():
            totals[label].add(score)
    seconds = time.perf_counter() - started
    for label, s in totals.items():
        print(f"{name:12s} {label}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
              f"(tp={s.true_positives} pred={s.predicted} gold={s.gold})  {seconds:.1f}s")
        for miss in s.misses:
            print(f"    missed:   {miss}")
        for extra in s.spurious:
            print(f"    spurious: {extra}")


def main() -> None:
    full = load()
    rules = load(parse=False)

    def parsed(item):
        doc = full(item.text)
        return doc if doc._.plan is not None else None

    run("parsed plan", parsed, "plan")
    run("gold plan", lambda item: annotate(item.text, plan=item.plan, nlp=rules), "plan")
    run("rules only", lambda item: rules(item.text), "rules")


if __name__ == "__main__":
    main()

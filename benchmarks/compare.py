"""Benchmark the comparer on corpus/compare: per-type precision/recall, faithful children, speed.

    nice -n 10 .venv/bin/python benchmarks/compare.py [--split heldout|tune|all|ocr] [--mode plan|text] [--errors]
    nice -n 10 .venv/bin/python benchmarks/compare.py --cases corpus/compare/independent/cases.jsonl [--errors]
    nice -n 10 .venv/bin/python benchmarks/compare.py --sets 281-286  (pooled; or names: independent6,independent7)

--mode plan uses the generated plans (the checks alone); --mode text reads and parses the text
first. --split ocr: English-model OCR of held-out plans (labs/compare/make_ocr.py), read through
the pipeline (restore, parse). Thresholds were set on --split tune; report --split heldout.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "labs" / "compare"))
from devset import TYPES, detections, load_cases, score_case, side, summarise

from plan_parser.compare import compare
from plan_parser.model import SEVERITY_ORDER


def run(split: str, mode: str, show_errors: bool, subset: str = "all") -> dict:
    cases = load_cases(None if split == "all" else split)
    if subset != "all":
        cases = [c for c in cases if c.get("hard", False) == (subset == "hard")]
    per_case, faithful_max = [], []
    parents = {}
    for case in cases:
        parent = parents.setdefault(case["parent"], side(case["parent"], mode))
        report = compare(parent, side(case["child"], mode))
        counts = score_case(case, report)
        per_case.append(counts)
        if case["faithful"]:
            faithful_max.append(max((SEVERITY_ORDER[f.severity] for f in report.findings), default=-1))
        if show_errors and any(c["fp"] or c["fn"] for c in counts.values()):
            print(f"\n{case['id']}: expected {[(e['type'], e['key']) for e in case['expected']]}")
            for f in detections(report):
                print(f"   got {f.type.value} {f.severity} {f.message[:110]}")
    summary = summarise(per_case)
    print(f"\nsplit={split} subset={subset} mode={mode} children={len(cases)} faithful={len(faithful_max)}")
    print(f"{'type':20s} {'P':>6s} {'R':>6s}   tp  fp  fn   (target P,R >= 0.90)")
    for t in TYPES:
        s = summary[t]
        print(f"{t:20s} {s['precision']:6.2f} {s['recall']:6.2f} {s['tp']:4d} {s['fp']:3d} {s['fn']:3d}")
    names = {v: k for k, v in SEVERITY_ORDER.items()}
    worst = max(faithful_max, default=-1)
    print(f"faithful children: max severity {names.get(worst, 'none')} "
          f"({sum(1 for m in faithful_max if m > 0)}/{len(faithful_max)} with a finding above info; target 0)")
    return summary


def speed(mode: str) -> None:
    cases = [c for c in load_cases() if c["parent"].startswith("tune/A")][:20]
    start = time.perf_counter()
    parent = side(cases[0]["parent"], mode)
    for case in cases:
        compare(parent, side(case["child"], mode))
    elapsed = time.perf_counter() - start
    print(f"speed: 1 parent + {len(cases)} children ({mode} input, loading included): {elapsed:.2f} s (target <= 10 s)")


def calibrate(hard: bool = False) -> None:
    """Scores of parent items the child keeps vs drops on the tuning split: where the thresholds go."""
    kept, dropped = [], []
    parents = {}
    for case in load_cases("tune"):
        if case.get("hard") != hard:
            continue
        parent = parents.setdefault(case["parent"], side(case["parent"], "text"))
        report = compare(parent, side(case["child"], "text"))
        gone = {e["key"] for e in case["expected"] if e["type"] in ("missing_content", "unassigned_task")}
        for item in report.alignment:
            missing = {e["key"] for e in case["expected"] if e["type"] == "missing_section"}
            if {"criterion": "criteria", "duty": "organisation"}.get(item.parent.kind) in missing:
                continue  # the whole section is gone: reported once as missing_section
            (dropped if item.parent.pointer in gone else kept).append((item.score, case["id"], item.parent.pointer))
    kept.sort()
    dropped.sort()
    print(f"{'hard' if hard else 'normal'} children of the tune split")
    print(f"kept items: {len(kept)}, lowest scores: {[round(s, 3) for s, *_ in kept[:8]]}")
    print(f"dropped items: {len(dropped)}, highest scores: {[round(s, 3) for s, *_ in dropped[-8:]]}")
    print("thresholds (AlignOptions): covered >= 0.50, partly covered >= 0.35 sit in the gap between the two")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="heldout", choices=["heldout", "tune", "all", "ocr"])
    ap.add_argument("--mode", default="plan", choices=["plan", "text"])
    ap.add_argument("--errors", action="store_true", help="print each child with a false positive or negative")
    ap.add_argument("--subset", default="all", choices=["all", "normal", "hard"],
                    help="hard: children that summarise each item (half its clauses) and paraphrase fully")
    ap.add_argument("--calibrate", action="store_true", help="print item scores of kept and dropped items (tune split)")
    ap.add_argument("--cases", type=Path, default=None,
                    help="score another case file with its own scoring, e.g. corpus/compare/independent/cases.jsonl")
    ap.add_argument("--sets", default=None,
                    help="independent sets scored together: names or numbers and ranges, e.g. 275-280,283")
    ap.add_argument("--no-calibrate", action="store_true",
                    help="with --sets or --cases: the rules' severities, without the learned calibrator "
                         "(models/compare_calibrator.json)")
    args = ap.parse_args()
    if args.sets:
        import compare_independent  # benchmarks/ is on sys.path when this script runs

        try:
            names = compare_independent.set_names(args.sets)
        except ValueError as error:
            ap.error(str(error))
        compare_independent.pooled(names, args.errors, calibrate=not args.no_calibrate)
        return
    if args.cases:
        import compare_independent  # benchmarks/ is on sys.path when this script runs

        compare_independent.main(args.cases, args.errors, calibrate=not args.no_calibrate)
        return
    if args.calibrate:
        calibrate(hard=args.subset == "hard")
        return
    run(args.split, "text" if args.split == "ocr" else args.mode, args.errors, args.subset)
    speed(args.mode)


if __name__ == "__main__":
    main()

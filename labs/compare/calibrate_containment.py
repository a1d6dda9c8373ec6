"""Calibrate the containment thresholds (AlignOptions.contain_partial) on ALL tuning data together.

    nice -n 10 .venv/bin/python labs/compare/calibrate_containment.py [--thresholds 0.3 0.35 ...]

Tuning data: the generated tune split (text mode, normal and hard children) and the three
independent sets that have been read (independent, independent2, independent3). An item is
reported (missing_content / unassigned_task above "info") when it is not covered and its best
containment is under `contain_partial`; this prints precision and recall of both types per
threshold, per data set and pooled, so the choice is visible. Never run it on a held-out set.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "labs" / "compare"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import compare_independent  # noqa: E402
import devset  # noqa: E402

from plan_parser.compare import CompareOptions, compare, load_side  # noqa: E402
from plan_parser.compare.align import AlignOptions  # noqa: E402

TYPES = ("missing_content", "unassigned_task")
INDEPENDENT = ("independent", "independent2", "independent3")


def pairs():
    """(set name, parent side, child side, scorer) for every tuning child."""
    parents = {}
    for case in devset.load_cases("tune"):
        parent = parents.setdefault(case["parent"], devset.side(case["parent"], "text"))
        yield "generated-tune", parent, devset.side(case["child"], "text"), lambda r, c=case: devset.score_case(c, r)
    for name in INDEPENDENT:
        path = ROOT / "corpus" / "compare" / name / "cases.jsonl"
        for case in compare_independent.load_cases(path):
            base = compare_independent.ROOT
            parent = parents.setdefault(case["parent"], load_side(base / case["parent"]))
            child = load_side(base / case["child"])
            yield name, parent, child, lambda r, c=case, p=parent: compare_independent.score_case(c, r, p.plan)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.25, 0.30, 0.35, 0.40, 0.45, 0.50])
    args = ap.parse_args()
    data = list(pairs())
    names = ["generated-tune", *INDEPENDENT, "pooled"]
    print(f"{'partial':>7s} " + " ".join(f"{n + ' ' + t[:7]:>30s}" for t in TYPES for n in names[-1:]))
    for threshold in args.thresholds:
        options = CompareOptions(align=AlignOptions(contain_partial=threshold, contain_covered=max(0.6, threshold + 0.1)))
        counts = {n: {t: Counter() for t in TYPES} for n in names}
        for name, parent, child, score in data:
            got = score(compare(parent, child, options))
            for t in TYPES:
                for key in ("tp", "fp", "fn"):
                    counts[name][t][key] += got[t][key]
                    counts["pooled"][t][key] += got[t][key]
        cells = []
        for t in TYPES:
            for n in names:
                c = counts[n][t]
                p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
                r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
                cells.append(f"{t[:7]} {n}: P {p:.2f} R {r:.2f} ({c['tp']}/{c['fp']}/{c['fn']})")
        print(f"contain_partial {threshold:.2f}")
        for cell in cells:
            print("   " + cell)


if __name__ == "__main__":
    main()

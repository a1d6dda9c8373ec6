"""Score the comparer on an independently written case file (corpus/compare/independent/cases.jsonl).

    nice -n 10 .venv/bin/python benchmarks/compare_independent.py [--cases PATH] [--errors]
    nice -n 10 .venv/bin/python benchmarks/compare_independent.py --sets independent6,independent7  (pooled)
    (or: benchmarks/compare.py --cases PATH)

The independent set was hand-written by someone who did not read the comparer's checks or its
generator, so it measures how the checks generalise. Scoring is defined here, not borrowed from
labs/compare, so that it stays independent too:
- a detection is a finding above "info" (info findings are advice; a faithful child may have them);
- missing_content, unassigned_task and deadline_conflict are scored per parent item (the finding's
  parent pointer against the expected keys): each expected key found is a tp, each missing one a fn,
  each other flagged item a fp. A deadline key "deadline:--12-10" names the parent deadline by its
  date (resolved to its pointer in the parsed parent), so a conflict reported against the wrong
  parent deadline (e.g. the plan-issuance date instead of the reporting date) does not count;
- the other types are scored per child: expected and flagged = tp, expected and not flagged = fn,
  flagged but not expected = fp;
- lenient=True scores every type per child (flagged at all?), for comparison with labs' scoring;
- types listed in a case's "acceptable" are defensible extra findings: neither tp nor fp.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from plan_parser.model import SEVERITY_ORDER

ROOT = Path(__file__).resolve().parents[1] / "corpus" / "compare"
DEFAULT_CASES = ROOT / "independent" / "cases.jsonl"
TYPES = ["missing_content", "citation_mismatch", "deadline_conflict", "timeline_mismatch", "unassigned_task",
         "locality_residue", "missing_section"]  # fmt: skip
ITEM_TYPES = {"missing_content", "unassigned_task", "deadline_conflict"}  # scored per parent item


def set_names(arg: str) -> list[str]:
    """The sets a --sets argument names: 'independent275,independent276', or numbers and ranges ('275-280,283').
    Raises ValueError naming every set that has no cases.jsonl under corpus/compare."""
    names = []
    for part in (p.strip() for p in arg.split(",") if p.strip()):
        span = re.fullmatch(r"(?:independent)?(\d+)(?:-(?:independent)?(\d+))?", part)
        if span:
            first, last = int(span[1]), int(span[2] or span[1])
            names += [f"independent{n}" for n in range(first, last + 1)]
        else:
            names.append(part)
    unknown = [n for n in names if not (ROOT / n / "cases.jsonl").is_file()]
    if unknown:
        raise ValueError(f"no cases.jsonl under {ROOT} for: {', '.join(unknown)}")
    return names


def load_cases(path: Path = DEFAULT_CASES) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def detections(report) -> list:
    return report.alarms()


def key_pointers(key: str | None, parent_plan) -> set[str | None]:
    """Every parent pointer an expected key stands for: 'deadline:--08-25' names a date, so each parent deadline of that
    date (of its reports, if any is one) is the item (round 29, I97-A12: the list sent by 25/8 and the review done by
    25/8 are two dates of one day, and the finding cited the list); other keys are their own pointer."""
    if not key or not key.startswith("deadline:") or parent_plan is None:
        return {key}
    date = key.split(":", 1)[1]
    same = [i for i, deadline in enumerate(parent_plan.deadlines) if deadline.date == date]
    # "--12-05" names the parent's 5 December date; the parent may state it with its year ("05/12/2026").
    if not same and date.startswith("--") and not date.startswith("---"):
        same = [i for i, d in enumerate(parent_plan.deadlines) if d.date and len(d.date) == 10 and d.date[4:] == date[1:]]
    if not same:
        return {key}  # the parser did not find that deadline: the expected item cannot be matched
    # The key names a reporting deadline (the annotators' brief): of two dates on one day (the plan issued and a list
    # reported by 20/9, I61-A), the report.
    reports = [i for i in same if parent_plan.deadlines[i].kind == "report"]
    return {f"/deadlines/{i}" for i in (reports or same)}


def score_case(case: dict, report, parent_plan=None, lenient: bool = False) -> dict[str, dict[str, int]]:
    """tp/fp/fn per finding type for one child."""
    found = detections(report)
    acceptable = set(case.get("acceptable", []))
    counts = {}
    for t in TYPES:
        expected = [e for e in case["expected"] if e["type"] == t]
        flagged = [f for f in found if f.type.value == t]
        if t in ITEM_TYPES and not lenient:
            wants = [key_pointers(e["key"], parent_plan) for e in expected]
            got = {f.parent_evidence.pointer if f.parent_evidence else None for f in flagged}
            tp = sum(1 for want in wants if want & got)
            fn = len(wants) - tp
            fp = 0 if t in acceptable else len(got - set().union(*wants))
        else:
            tp = int(bool(expected) and bool(flagged))
            fn = int(bool(expected) and not flagged)
            fp = int(not expected and bool(flagged) and t not in acceptable)
        counts[t] = {"tp": tp, "fp": fp, "fn": fn}
    return counts


def summarise(per_case: list[dict]) -> dict[str, dict]:
    out = {}
    for t in TYPES:
        tp = sum(c[t]["tp"] for c in per_case)
        fp = sum(c[t]["fp"] for c in per_case)
        fn = sum(c[t]["fn"] for c in per_case)
        out[t] = {"tp": tp, "fp": fp, "fn": fn,
                  "precision": tp / (tp + fp) if tp + fp else 1.0,
                  "recall": tp / (tp + fn) if tp + fn else 1.0}  # fmt: skip
    return out


def evaluate(cases_path: Path = DEFAULT_CASES, lenient: bool = False, calibrate: bool = True):
    """Compare every child with its parent (text input, the real pipeline): ([(case, report, parent plan)], summary).
    calibrate=False: the rules' own severities, without the learned calibrator."""
    from plan_parser.compare import CompareOptions, compare, load_side

    options = CompareOptions(calibrate=calibrate)
    base = Path(cases_path).resolve().parent
    root = ROOT if (ROOT / load_cases(cases_path)[0]["parent"]).exists() else base
    parents, results = {}, []
    for case in load_cases(cases_path):
        parent = parents.setdefault(case["parent"], load_side(root / case["parent"]))
        results.append((case, compare(parent, root / case["child"], options), parent.plan))
    return results, summarise([score_case(c, r, plan, lenient) for c, r, plan in results])


def main(cases_path: Path = DEFAULT_CASES, show_errors: bool = False, calibrate: bool = True) -> dict:
    start = time.perf_counter()
    results, summary = evaluate(cases_path, calibrate=calibrate)
    show(cases_path, results, summary, time.perf_counter() - start, show_errors)
    return summary


def show(cases_path: Path, results: list, summary: dict, elapsed: float, show_errors: bool) -> None:
    """Print one set's table (and its errors)."""
    lenient = summarise([score_case(c, r, plan, lenient=True) for c, r, plan in results])
    faithful = [(c, r) for c, r, _ in results if c["faithful"]]
    print(f"cases={cases_path} children={len(results)} faithful={len(faithful)} ({elapsed:.1f} s)")
    print(f"{'type':20s} {'P':>6s} {'R':>6s}   tp  fp  fn   | lenient (per child) P, R")
    for t in TYPES:
        s, l_ = summary[t], lenient[t]
        print(f"{t:20s} {s['precision']:6.2f} {s['recall']:6.2f} {s['tp']:4d} {s['fp']:3d} {s['fn']:3d}"
              f"   | {l_['precision']:6.2f} {l_['recall']:6.2f}")
    names = {v: k for k, v in SEVERITY_ORDER.items()}
    worst = [max((SEVERITY_ORDER[f.severity] for f in r.findings), default=-1) for _, r in faithful]
    print(f"faithful children: max severity {names.get(max(worst, default=-1), 'none')} "
          f"({sum(1 for w in worst if w > 0)}/{len(worst)} with a finding above info); "
          f"coverage {[round(r.coverage, 2) for _, r in faithful]}")
    if show_errors:
        for case, report, plan in results:
            counts = score_case(case, report, plan)
            if not any(c["fp"] or c["fn"] for c in counts.values()):
                continue
            print(f"\n{case['id']}: expected {[(e['type'], e['key']) for e in case['expected']]}  ({case['note']})")
            for t, c in counts.items():
                if c["fn"]:
                    print(f"   MISSED {t} x{c['fn']}")
            for f in detections(report):
                ptr = f.parent_evidence.pointer if f.parent_evidence else None
                print(f"   got {f.type.value} {f.severity} [{ptr}] {f.message[:120]}")


def pooled(names: list[str], show_errors: bool = False, calibrate: bool = True) -> dict:
    """Score several sets (names under corpus/compare) once each and pool tp/fp/fn: the blind measurement
    of a round is several new annotators' sets together, so one set's 2-3 cases per type do not decide it."""
    per_case, faithful_alarmed, faithful_total = [], 0, 0
    for name in names:
        print(f"\n== {name}")
        start = time.perf_counter()
        results, summary = evaluate(ROOT / name / "cases.jsonl", calibrate=calibrate)
        show(ROOT / name / "cases.jsonl", results, summary, time.perf_counter() - start, show_errors)
        per_case += [score_case(c, r, plan) for c, r, plan in results]
        faithful = [r for c, r, _ in results if c["faithful"]]
        faithful_total += len(faithful)
        faithful_alarmed += sum(1 for r in faithful if detections(r))
    summary = summarise(per_case)
    print(f"\n== pooled over {', '.join(names)}: {len(per_case)} children"
          f"{'' if calibrate else ' (rules only, no calibrator)'}")
    print(f"{'type':20s} {'P':>6s} {'R':>6s}   tp  fp  fn   (target P, R >= 0.90)")
    for t in TYPES:
        s = summary[t]
        print(f"{t:20s} {s['precision']:6.2f} {s['recall']:6.2f} {s['tp']:4d} {s['fp']:3d} {s['fn']:3d}")
    print(f"faithful children with a finding above info: {faithful_alarmed}/{faithful_total} (target 0)")
    return summary


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="a cases.jsonl (paths relative to corpus/compare)")
    ap.add_argument("--errors", action="store_true", help="print each child with a miss or a false alarm")
    ap.add_argument("--sets", default=None,
                    help="sets under corpus/compare, scored and pooled: names or numbers and ranges, e.g. 275-280,283")
    ap.add_argument("--no-calibrate", action="store_true", help="the rules' severities, without the learned calibrator")
    args = ap.parse_args()
    if args.sets:
        try:
            names = set_names(args.sets)
        except ValueError as error:
            ap.error(str(error))
        pooled(names, args.errors, calibrate=not args.no_calibrate)
    else:
        main(args.cases, args.errors, calibrate=not args.no_calibrate)

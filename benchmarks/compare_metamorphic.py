"""Metamorphic stress test of the comparer: does a FORMAT change alone change what compare() reports?

    nice -n 10 .venv/bin/python benchmarks/compare_metamorphic.py                 # all, ~3 min
    nice -n 10 .venv/bin/python benchmarks/compare_metamorphic.py --side child --transforms heading_phan,wrap_90
    nice -n 10 .venv/bin/python benchmarks/compare_metamorphic.py --show heading_letter   # what changed, per case
    nice -n 10 .venv/bin/python benchmarks/compare_metamorphic.py --real-only     # identity check on real plans

For every case of the five TUNING sets (corpus/compare/independent{,2,3,4,5}; never the blind sets being
written) each transform of labs/compare/perturb.py (meaning-preserving: heading styles, item labels, line
wrapping, page furniture, abbreviations, tone marks, date formats, deadline wording, duty layout, NFD) is
applied to the CHILD's text, and separately to the PARENT's, and the detections (findings above "info")
are compared with the untransformed run. Per transform it prints:
  stable    share of cases whose detections are exactly the untransformed ones;
  faithful  new detections on faithful children (false alarms; target 0);
  lost      expected findings the untransformed run had and the transformed one lost (recall; target 0);
  new-fp    new unexpected detections on children with planted defects (precision; target 0);
  gained    expected findings only the transformed run has, fixed  false alarms only the base run had.
A detection is (type, parent item) for missing_content / unassigned_task / deadline_conflict (a parent
item is named by its pointer; under a parent transform pointers are mapped back by the item's text or
the deadline's date), (type) for the other types. By default the transforms run on the faithful children
and a fixed sample of the others (half of them for child transforms, a quarter for parent transforms);
--all-cases runs every case (~8 minutes).

Real formats: each real KẾ HOẠCH of the shared corpus (/work/shared/corpus/vn_admin_docs.jsonl, read at
run time, never copied) is compared with itself plus a correct citation line of it (an identity check:
every detection is a false alarm), and what the parser finds in it is printed (an empty structure shows).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "labs" / "compare"))
from perturb import _ABBREVIATIONS, TRANSFORMS  # noqa: E402

from plan_parser.compare import compare  # noqa: E402
from plan_parser.compare.sides import Side  # noqa: E402
from plan_parser.compare.text import fold  # noqa: E402
from plan_parser.parse import parse  # noqa: E402
from plan_parser.read import read_bytes  # noqa: E402

ROOT = REPO / "corpus" / "compare"
# The tuning sets only: independent6 and later are blind sets and must never be read here.
TUNING_SETS = ["independent", "independent2", "independent3", "independent4", "independent5"]
ITEM_TYPES = {"missing_content", "unassigned_task", "deadline_conflict"}
SHARED = Path(os.environ.get("PLAN_PARSER_SHARED", REPO / ".." / "shared"))


def side_of(text: str, name: str) -> Side:
    """Read the text as a .txt upload (the real reader: normalisation, restoration) and parse it."""
    document = read_bytes(text.encode("utf-8"), name)
    return Side(plan=parse(document), document=document, source=name)


def detections(report) -> list:
    return report.alarms()


def _norm(text: str) -> str:
    for long, short in _ABBREVIATIONS:
        text = text.replace(short, long)
    return " ".join(re.findall(r"\w+", fold(text)))


def pointer_map(transformed: Side, base: Side) -> dict[str, str]:
    """Pointers of the transformed parent's items and deadlines -> the base parent's (by text, by date)."""
    base_items = [(it.pointer, it.kind, _norm(it.text)) for it in base.items() + base.lower_level_duties()]
    out: dict[str, str] = {}
    for it in transformed.items() + transformed.lower_level_duties():
        text = _norm(it.text)
        scored = [(fuzz.token_set_ratio(text, t), p) for p, k, t in base_items if k == it.kind]
        score, pointer = max(scored, default=(0, None))
        out[it.pointer] = pointer if score >= 75 else f"?{it.pointer}"
    for i, d in enumerate(transformed.plan.deadlines):
        j = next((j for j, b in enumerate(base.plan.deadlines) if b.date == d.date), None)
        out[f"/deadlines/{i}"] = f"/deadlines/{j}" if j is not None else f"?{d.date}"
    return out


def signatures(report, mapping: dict[str, str] | None = None) -> set[tuple[str, str | None]]:
    out = set()
    for f in detections(report):
        t = f.type.value
        key = None
        if t in ITEM_TYPES:
            key = f.parent_evidence.pointer if f.parent_evidence else None
            if mapping is not None and key is not None:
                key = mapping.get(key, f"?{key}")
        out.add((t, key))
    return out


def expected_signatures(case: dict, parent: Side) -> set[tuple[str, str | None]]:
    out = set()
    for e in case["expected"]:
        key = e.get("key") if e["type"] in ITEM_TYPES else None
        if key and key.startswith("deadline:"):
            date = key.split(":", 1)[1]
            key = next((f"/deadlines/{i}" for i, d in enumerate(parent.plan.deadlines) if d.date == date), key)
        out.add((e["type"], key))
    return out


def is_expected(sig: tuple[str, str | None], expected: set, acceptable: set[str]) -> bool:
    return sig in expected or (sig[0], None) in expected or sig[0] in acceptable


def load_cases(sets: list[str]) -> list[dict]:
    cases = []
    for name in sets:
        path = ROOT / name / "cases.jsonl"
        cases += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return cases


class Tally:
    def __init__(self):
        self.c = Counter()
        self.notes: list[str] = []

    def add(self, case: dict, base: set, now: set, expected: set, report) -> None:
        acceptable = set(case.get("acceptable", []))
        gained, lost = now - base, base - now
        self.c["cases"] += 1
        self.c["stable"] += not gained and not lost
        for sig in gained:
            if case["faithful"]:
                self.c["faithful"] += 1
            elif is_expected(sig, expected, acceptable):
                self.c["gained"] += 1
            else:
                self.c["new-fp"] += 1
        for sig in lost:
            self.c["lost" if is_expected(sig, expected, acceptable) else "fixed"] += 1
        if (gained or lost) and report is not None:
            messages = {(f.type.value, f.message[:150]) for f in detections(report)}
            self.notes.append(f"  {case['id']}: +{sorted(gained, key=str)} -{sorted(lost, key=str)}"
                              + "".join(f"\n      {t}: {m}" for t, m in sorted(messages) if any(t == g[0] for g in gained)))  # fmt: skip


def run(sets: list[str], names: list[str], sides: list[str], all_cases: bool, show: str | None) -> float:
    cases = load_cases(sets)
    texts: dict[str, str] = {}

    def text(rel: str) -> str:
        return texts.setdefault(rel, (ROOT / rel).read_text(encoding="utf-8"))

    parents = {rel: side_of(text(rel), "parent.txt") for rel in {c["parent"] for c in cases}}
    base_reports, base_sigs, expected = {}, {}, {}
    children = {}
    for case in cases:
        children[case["id"]] = side_of(text(case["child"]), "child.txt")
        report = compare(parents[case["parent"]], children[case["id"]])
        base_reports[case["id"]] = report
        base_sigs[case["id"]] = signatures(report)
        expected[case["id"]] = expected_signatures(case, parents[case["parent"]])
    # The full run (every case, both sides) takes ~8 minutes on a loaded 2-core machine; by default the
    # faithful children and a fixed sample of the others keep it near 3 (every planted type stays in).
    defective = [c for c in cases if not c["faithful"]]
    child_cases = cases if all_cases else [c for c in cases if c["faithful"]] + defective[::2]
    parent_cases = cases if all_cases else [c for c in cases if c["faithful"]] + defective[1::4]
    print(f"sets {', '.join(sets)}: {len(cases)} cases ({sum(c['faithful'] for c in cases)} faithful); "
          f"child transforms on {len(child_cases)}, parent transforms on {len(parent_cases)}")  # fmt: skip
    print(f"{'side':6s} {'transform':24s} {'stable':>7s} {'faithful':>8s} {'lost':>5s} {'new-fp':>6s} {'gained':>6s} {'fixed':>5s}")
    total = Counter()
    for side in sides:
        for name in names:
            transform = TRANSFORMS[name]
            tally = Tally()
            if side == "child":
                for case in child_cases:
                    changed = transform(text(case["child"]))
                    if changed == text(case["child"]):  # nothing to transform (e.g. no run-in duties)
                        tally.add(case, base_sigs[case["id"]], base_sigs[case["id"]], expected[case["id"]], None)
                        continue
                    report = compare(parents[case["parent"]], side_of(changed, "child.txt"))
                    tally.add(case, base_sigs[case["id"]], signatures(report), expected[case["id"]], report)
            else:
                for rel in sorted({c["parent"] for c in parent_cases}):
                    parent = side_of(transform(text(rel)), "parent.txt")
                    mapping = pointer_map(parent, parents[rel])
                    for case in (c for c in parent_cases if c["parent"] == rel):
                        report = compare(parent, children[case["id"]])
                        tally.add(case, base_sigs[case["id"]], signatures(report, mapping), expected[case["id"]], report)
            c = tally.c
            total.update(c)
            print(f"{side:6s} {name:24s} {100 * c['stable'] / max(1, c['cases']):6.0f}% {c['faithful']:8d} {c['lost']:5d} "
                  f"{c['new-fp']:6d} {c['gained']:6d} {c['fixed']:5d}", flush=True)  # fmt: skip
            if show in (name, "all") and tally.notes:
                print("\n".join(tally.notes))
    stable = total["stable"] / max(1, total["cases"])
    print(f"TOTAL stable cases {100 * stable:.1f}% of {total['cases']} case-transforms; faithful false alarms "
          f"{total['faithful']}, lost expected {total['lost']}, new unexpected {total['new-fp']}, "
          f"gained expected {total['gained']}, fixed false alarms {total['fixed']}")  # fmt: skip
    return stable


# ---------------------------------------------------------------------------- real plans


def real_plans() -> list[dict]:
    path = SHARED / "corpus" / "vn_admin_docs.jsonl"
    if not path.exists():
        print(f"(no shared corpus at {path}: real-plan check skipped)")
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if (r.get("type") or "").upper() == "KẾ HOẠCH"
            or re.match(r"\s*KẾ HOẠCH\b", r["text"])]  # fmt: skip


def citation_line(side: Side) -> str:
    p = side.plan
    date = ""
    if p.date:
        y, m, d = p.date.split("-")
        date = f" ngày {int(d)}/{int(m)}/{y}"
    title = f" về {p.title}" if p.title else ""
    issuer = f" của {p.issuer}" if p.issuer else ""
    return f"Căn cứ Kế hoạch số {p.number}{date}{issuer}{title};"


def with_citation(text: str, line: str) -> str:
    """The plan's text with the citation inserted before its first "Căn cứ" of the preamble (else before
    section I): where a ward cites its parent."""
    lines = text.split("\n")
    body = next((i for i, ln in enumerate(lines) if re.match(r"\s*(?:(?:PHẦN|Phần)\s+)?I(?:\.|\s*$)", ln)), len(lines))
    at = next((i for i, ln in enumerate(lines[:body]) if ln.strip().startswith("Căn cứ")), body)
    return "\n".join(lines[:at] + [line, ""] + lines[at:])


def real_identity(show: bool) -> Counter:
    plans = real_plans()
    if not plans:
        return Counter()
    print(f"\nreal plans of the shared corpus: {len(plans)} (identity check: plan vs itself + a citation of it)")
    print(f"{'id':18s} {'number':14s} {'sec':>3s} {'cont':>4s} {'crit':>4s} {'asg':>3s} {'low':>3s} {'ddl':>3s} "
          f"{'tl':>2s}  roles / detections")  # fmt: skip
    by_type = Counter()
    for row in plans:
        parent = side_of(row["text"], f"{row['id']}.txt")
        p = parent.plan
        child = side_of(with_citation(row["text"], citation_line(parent)), f"{row['id']}-child.txt")
        report = compare(parent, child)
        found = detections(report)
        by_type.update(f.type.value for f in found)
        roles = Counter(n.role for n in p.outline if n.kind == "section")
        timeline = len(p.timeline)
        print(f"{row['id']:18s} {str(p.number)[:14]:14s} {sum(1 for n in p.outline if n.kind == 'section'):3d} "
              f"{len(p.contents):4d} {len(p.criteria):4d} {len(p.assignments):3d} {len(parent.lower_level_duties()):3d} "
              f"{len(p.deadlines):3d} {timeline:2d}  {dict(roles)}  "
              f"{dict(Counter(f.type.value for f in found)) or '-'}")  # fmt: skip
        if show:
            for f in found:
                print(f"      {f.type.value} {f.severity}: {f.message[:160]}")
    print(f"real plans, detections on the identity pairs by type (target: none): {dict(by_type) or 'none'}")
    return by_type


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--transforms", default="all", help="comma-separated names (default all): " + ", ".join(TRANSFORMS))
    ap.add_argument("--side", default="both", choices=["child", "parent", "both"])
    ap.add_argument("--sets", default=",".join(TUNING_SETS), help="comma-separated tuning sets under corpus/compare")
    ap.add_argument("--all-cases", action="store_true",
                    help="every case on both sides (default: faithful children and a fixed sample of the others)")
    ap.add_argument("--show", default=None, help="print the changed cases of this transform ('all' for every one)")
    ap.add_argument("--real-only", action="store_true", help="only the identity check on the real plans")
    ap.add_argument("--no-real", action="store_true", help="skip the identity check on the real plans")
    args = ap.parse_args()
    start = time.perf_counter()
    if not args.real_only:
        names = list(TRANSFORMS) if args.transforms == "all" else args.transforms.split(",")
        unknown = [n for n in names if n not in TRANSFORMS]
        if unknown:
            ap.error(f"unknown transform(s) {unknown}; known: {', '.join(TRANSFORMS)}")
        sets = args.sets.split(",")
        if any(s not in TUNING_SETS for s in sets):
            ap.error(f"only the tuning sets may be used: {', '.join(TUNING_SETS)}")
        sides = ["child", "parent"] if args.side == "both" else [args.side]
        run(sets, names, sides, args.all_cases, args.show)
    if not args.no_real:
        real_identity(show=args.show is not None or args.real_only)
    print(f"({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()

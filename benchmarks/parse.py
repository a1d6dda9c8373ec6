"""Score the parser against the gold JSON files (corpus/gold/parse, SCHEMA.md beside them).

    python benchmarks/parse.py --input gold-text   # clean text: gold restorations (000, 002), seed 003
    python benchmarks/parse.py --input raw         # raw seed files end to end (read + restore + parse)
    python benchmarks/parse.py --input ocr         # raw seeds NOT restored: the worst case of OCR damage
    python benchmarks/parse.py --input damaged     # gold texts with synthetic restorer-like errors (5 seeds)
    python benchmarks/parse.py --input heldout     # held-out gold (corpus/gold/parse/heldout/*.json, text from its "source")
    python benchmarks/parse.py --input heldout2    # second held-out set (corpus/gold/parse/heldout2/*.json), same format
    python benchmarks/parse.py --speed             # plans per second on text input (restore excluded)

Single fields: exact match (number, date, place, issuer level, doc type), normalised fuzzy match
(issuer, title). List fields: F1 with one-to-one matching (bases by number, sections by label +
heading, texts fuzzy, timeline by years, deadlines by date, assignments by body, tasks by body + text).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from plan_parser.parse import ParseOptions, normalise_number, parse  # noqa: E402
from plan_parser.parse.text import fold, norm_space  # noqa: E402

CORPUS = ROOT / "corpus"
SINGLE_EXACT = ("doc_type", "number", "date", "place", "issuer_level")
SINGLE_FUZZY = ("issuer", "title")
TEXT_LISTS = ("purposes", "requirements", "contents", "criteria", "awards", "recipients")
FUZZY_THRESHOLD = 90


def key_text(s) -> str:
    return norm_space(fold(str(s or ""))).strip(" .;,")


def same_text(a, b) -> bool:
    return fuzz.ratio(key_text(a), key_text(b)) >= FUZZY_THRESHOLD


def f1(pred: list, gold: list, match) -> float:
    if not pred and not gold:
        return 1.0
    used: set[int] = set()
    tp = 0
    for p in pred:
        for j, g in enumerate(gold):
            if j not in used and match(p, g):
                used.add(j)
                tp += 1
                break
    if tp == 0:
        return 0.0
    precision, recall = tp / len(pred), tp / len(gold)
    return 2 * precision * recall / (precision + recall)


def score(pred: dict, gold: dict) -> dict[str, float]:
    s: dict[str, float] = {}
    for k in SINGLE_EXACT:
        s[k] = float(pred.get(k) == gold.get(k))
    for k in SINGLE_FUZZY:
        s[k] = float((pred.get(k) is None and gold.get(k) is None) or (pred.get(k) is not None and gold.get(k) is not None and same_text(pred[k], gold[k])))
    s["bases"] = f1(pred["bases"], gold["bases"], lambda p, g: normalise_number(p["number"]) == normalise_number(g["number"]))
    s["sections"] = f1(pred["sections"], gold["sections"], lambda p, g: p["label"] == g["label"] and same_text(p["heading"], g["heading"]))
    for k in TEXT_LISTS:
        s[k] = f1(pred[k], gold[k], same_text)
    s["timeline"] = f1(pred["timeline"], gold["timeline"], lambda p, g: (p["start"], p["end"]) == (g["start"], g["end"]))
    s["deadlines"] = f1(pred["deadlines"], gold["deadlines"], lambda p, g: p["date"] == g["date"])
    s["assignments"] = f1(pred["assignments"], gold["assignments"], lambda p, g: same_text(p["body"], g["body"]))
    flat = lambda plan: [(a["body"], t) for a in plan["assignments"] for t in a["tasks"]]  # noqa: E731
    s["tasks"] = f1(flat(pred), flat(gold), lambda p, g: same_text(p[0], g[0]) and same_text(p[1], g[1]))
    return s


def load_heldout_cases(folder: str = "heldout") -> list[tuple[str, object, dict]]:
    """Held-out gold files name their clean source text in a "source" key (repo-relative); never tuned on."""
    cases = []
    for gold_path in sorted((CORPUS / "gold" / "parse" / folder).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        cases.append((gold_path.stem, (ROOT / gold["source"]).read_text(encoding="utf-8"), gold))
    return cases


def load_cases(mode: str) -> list[tuple[str, object, dict]]:
    if mode in ("heldout", "heldout2"):
        return load_heldout_cases(mode)
    rows = [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if line]
    cases = []
    for row in rows:
        gold_path = row.get("gold", {}).get("parse")
        if not gold_path:
            continue
        gold = json.loads((CORPUS / gold_path).read_text(encoding="utf-8"))
        if mode in ("gold-text", "damaged"):
            text_path = CORPUS / row["gold"]["restore"] if row["gold"].get("restore") else CORPUS / row["file"]
            cases.append((row["id"], text_path.read_text(encoding="utf-8"), gold))
        else:
            cases.append((row["id"], CORPUS / row["file"], gold))
    return cases


def expand_cases(mode: str, damage_seeds: int, damage_rate: float) -> list[tuple[str, object, dict, ParseOptions | None]]:
    out = []
    for doc_id, source, gold in load_cases(mode):
        if mode in ("raw", "ocr"):
            from plan_parser.read import ReadOptions, read

            restore = "never" if mode == "ocr" else "auto"
            out.append((doc_id, read(source, options=ReadOptions(restore=restore)), gold, ParseOptions(restore=restore)))
        elif mode == "damaged":
            from damage import damage  # benchmarks/damage.py

            for seed in range(damage_seeds):
                out.append((f"{doc_id}~{seed}", damage(source, rate=damage_rate, seed=seed), gold, ParseOptions(restore="never")))
        else:
            out.append((doc_id, source, gold, None))
    return out


def run(mode: str, verbose: bool, damage_seeds: int = 5, damage_rate: float = 0.05) -> dict[str, float]:
    totals: dict[str, list[float]] = {}
    for doc_id, source, gold, options in expand_cases(mode, damage_seeds, damage_rate):
        plan = parse(source, options=options).schema_dict()
        s = score(plan, gold)
        print(f"{doc_id}: " + " ".join(f"{k}={v:.2f}" for k, v in s.items()))
        if verbose:
            for k, v in s.items():
                if v < 1 and k != "tasks":
                    print(f"   {k}: pred={json.dumps(plan[k], ensure_ascii=False)[:400]}\n   {' ' * len(k)}  gold={json.dumps(gold[k], ensure_ascii=False)[:400]}")
        for k, v in s.items():
            totals.setdefault(k, []).append(v)
    overall = {k: sum(v) / len(v) for k, v in totals.items()}
    print("overall: " + " ".join(f"{k}={v:.2f}" for k, v in overall.items()))
    singles = [overall[k] for k in SINGLE_EXACT + SINGLE_FUZZY]
    lists = [v for k, v in overall.items() if k not in SINGLE_EXACT + SINGLE_FUZZY]
    print(f"single fields mean={sum(singles) / len(singles):.3f} min={min(singles):.2f}; list fields mean F1={sum(lists) / len(lists):.3f} min={min(lists):.2f}")
    return overall


def speed(repeat: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "gold" / "restore").glob("*.gold.txt"))]
    texts.append((CORPUS / "seeds" / "003_137b158b223d4912.txt").read_text(encoding="utf-8"))
    shared = Path(__import__("os").environ.get("PLAN_PARSER_SHARED", ROOT / ".." / "shared")) / "corpus" / "vn_admin_docs.jsonl"
    if shared.exists():
        texts += [json.loads(line)["text"] for line in shared.read_text(encoding="utf-8").splitlines() if '"KẾ HOẠCH"' in line]
    options = ParseOptions(restore="never")
    start = time.perf_counter()
    for _ in range(repeat):
        for t in texts:
            parse(t, options=options)
    elapsed = time.perf_counter() - start
    n = repeat * len(texts)
    print(f"{n} plans in {elapsed:.2f} s: {n / elapsed:.1f} plans/s (text input, restore excluded, one core)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", choices=("gold-text", "raw", "ocr", "damaged", "heldout", "heldout2"), default="gold-text")
    ap.add_argument("--damage-seeds", type=int, default=5, help="damaged mode: random seeds per document")
    ap.add_argument("--damage-rate", type=float, default=0.05, help="damaged mode: share of syllables damaged")
    ap.add_argument("--speed", action="store_true", help="measure plans per second instead")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("-v", "--verbose", action="store_true", help="show predicted and gold values that differ")
    args = ap.parse_args()
    if args.speed:
        speed(args.repeat)
    else:
        run(args.input, args.verbose, args.damage_seeds, args.damage_rate)


if __name__ == "__main__":
    main()

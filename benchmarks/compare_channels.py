"""The comparer on hand-written sets that come in through a scanner: the same cases, the same scoring, but every
parent and child first printed to scanned-looking pages and then either

- eng-ocr:  OCR'd with Tesseract's ENGLISH model (what the archive holds: "Ké hoach", "sb"), read as a .txt, so the
            pipeline restores diacritics before parsing; or
- scan-pdf: saved as an image-only PDF, which the pipeline OCRs itself with the Vietnamese model.

It prints each channel's P/R next to the clean-text run and how many children keep exactly the findings they get
from clean text (type and parent item). Target (issue 6): the same results through either channel.

    nice -n 10 .venv/bin/python benchmarks/compare_channels.py --sets independent23,independent24
    nice -n 10 .venv/bin/python benchmarks/compare_channels.py --sets 275-280 --channels eng-ocr --jobs 2

Scans are rendered with plan_parser.render ("mild": slight skew, noise and blur, as a decent office scanner) and
cached under --cache (default: $XDG_CACHE_HOME/plan_parser/channels), keyed by the text and the channel, so a rerun
only reads and compares. Tesseract runs one process per job with OMP_THREAD_LIMIT=1.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "labs" / "compare"))
import compare_independent as scoring  # noqa: E402

CHANNELS = ("eng-ocr", "scan-pdf")
_LAYOUT_VERSION = 2  # part of the cache key: bump when the way plans are printed changes


def _cache_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "plan_parser" / "channels"


def _scanned(text: str, channel: str, out: Path, seed: int) -> Path:
    """Print `text` to scanned pages and turn them into the channel's input file at `out`."""
    from plan_parser.render import render_document

    # The sets keep one paragraph per line; the renderer takes a blank line as the end of a paragraph.
    paragraphs = "\n\n".join(line for line in text.splitlines() if line.strip())
    rendering = render_document(paragraphs, degradation="mild", seed=seed)
    tmp_out = out.with_suffix(out.suffix + ".part")
    if channel == "scan-pdf":
        first, *rest = [page.convert("L") for page in rendering.pages]
        first.save(tmp_out, format="PDF", save_all=True, append_images=rest, resolution=rendering.dpi)
    else:
        from make_ocr import english_ocr  # labs/compare: the English-model OCR of the generated OCR split

        tmp_out.write_text(english_ocr(rendering), encoding="utf-8")
    tmp_out.replace(out)
    return out


def _make(job: tuple[str, str, str, int]) -> str:
    text, channel, out, seed = job
    path = Path(out)
    if not path.exists():
        _scanned(text, channel, path, seed)
    return out


def channel_files(paths: list[Path], channel: str, cache: Path, jobs: int) -> dict[Path, Path]:
    """The channel's input file for each clean text file (made once, then read from the cache)."""
    cache.mkdir(parents=True, exist_ok=True)
    suffix = ".pdf" if channel == "scan-pdf" else ".txt"
    todo, mapping = [], {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        digest = hashlib.sha256(f"{channel}\n{_LAYOUT_VERSION}\n{text}".encode()).hexdigest()[:16]
        out = cache / f"{path.stem}-{digest}{suffix}"
        mapping[path] = out
        if not out.exists():
            todo.append((text, channel, str(out), int(digest[:6], 16)))
    if todo:
        start = time.perf_counter()
        print(f"{channel}: scanning {len(todo)} plans on {jobs} process(es) ...", flush=True)
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for n, _ in enumerate(pool.map(_make, todo), 1):
                if n % 10 == 0 or n == len(todo):
                    print(f"  {n}/{len(todo)} ({time.perf_counter() - start:.0f} s)", flush=True)
    return mapping


def _evaluate(cases: list[dict], root: Path, files: dict[Path, Path] | None):
    """(case, report, parent plan) for every case; `files` maps clean paths to the channel's (None: clean text)."""
    from plan_parser.compare import compare, load_side

    def source(rel: str) -> Path:
        path = root / rel
        return files[path] if files else path

    parents, clean_parents, results = {}, {}, []
    for case in cases:
        parent = parents.setdefault(case["parent"], load_side(source(case["parent"])))
        report = compare(parent, source(case["child"]))
        if files:
            clean = clean_parents.setdefault(case["parent"], load_side(root / case["parent"]).plan)
            report = translated(report, parent.plan, clean)
            results.append((case, report, clean))
        else:
            results.append((case, report, parent.plan))
    return results


def _signature(report) -> set[tuple[str, str | None]]:
    return {(f.type.value, f.parent_evidence.pointer if f.parent_evidence else None) for f in report.alarms()}


def _walk(dump: dict, pointer: str):
    value = dump
    for part in pointer.strip("/").split("/"):
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return None
    return value


def _as_text(value) -> str:
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v)
    return str(value or "")


def translated(report, channel_plan, clean_plan):
    """The report with each parent pointer moved to the clean parent's item it quotes: OCR may merge or drop a
    heading on the parent's side, so "/assignments/4/tasks/0" of the scan can be "/assignments/5/tasks/0" of the
    text. Expected keys name the clean parse's items; the auditor reads the quote, not the number."""
    from rapidfuzz import fuzz

    from plan_parser.parse.text import fold

    channel_dump, clean_dump = channel_plan.model_dump(), clean_plan.model_dump()
    candidates: dict[str, list[tuple[str, str]]] = {}
    findings = []
    for finding in report.findings:
        pointer = finding.parent_evidence.pointer if finding.parent_evidence else None
        parts = (pointer or "").strip("/").split("/")
        if pointer and parts[0] in ("contents", "criteria", "deadlines", "assignments", "timeline"):
            text = fold(_as_text(_walk(channel_dump, pointer)))
            if parts[0] not in candidates:
                items = []
                for i, item in enumerate(clean_dump.get(parts[0]) or []):
                    if parts[0] == "assignments":
                        items += [(f"/assignments/{i}/tasks/{j}", fold(t)) for j, t in enumerate(item.get("tasks") or [])]
                    else:
                        items.append((f"/{parts[0]}/{i}", fold(_as_text(item))))
                candidates[parts[0]] = items
            # token_set_ratio says whether an item is the same one (OCR drops and splits words); among those, the
            # plain ratio picks it, since token_set_ratio gives 100 to any item whose words the other contains (a
            # phase and the review written on its line: "Giai đoạn 2 ...; sơ kết 6 tháng trong tháng 6/2026").
            scored = [(fuzz.ratio(text, t), p == pointer, p)
                      for p, t in candidates[parts[0]] if text and fuzz.token_set_ratio(text, t) >= 80]  # fmt: skip
            if scored:
                new_pointer = max(scored)[2]
                evidence = finding.parent_evidence.model_copy(update={"pointer": new_pointer})
                finding = finding.model_copy(update={"parent_evidence": evidence})
        findings.append(finding)
    return report.model_copy(update={"findings": findings})


def _table(title: str, summary: dict, faithful: tuple[int, int]) -> None:
    print(f"\n{title}")
    print(f"{'type':20s} {'P':>6s} {'R':>6s}   tp  fp  fn")
    for t in scoring.TYPES:
        s = summary[t]
        print(f"{t:20s} {s['precision']:6.2f} {s['recall']:6.2f} {s['tp']:4d} {s['fp']:3d} {s['fn']:3d}")
    print(f"faithful children with a finding above info: {faithful[0]}/{faithful[1]}")


def run(sets: list[str], channels: list[str], cache: Path, jobs: int, show_errors: bool) -> None:
    root = scoring.ROOT
    cases = [c for name in sets for c in scoring.load_cases(root / name / "cases.jsonl")]
    paths = sorted({root / c["parent"] for c in cases} | {root / c["child"] for c in cases})
    start = time.perf_counter()
    clean = _evaluate(cases, root, None)
    clean_summary = scoring.summarise([scoring.score_case(c, r, p) for c, r, p in clean])
    faithful = lambda results: (sum(1 for c, r, _ in results if c["faithful"] and r.alarms()),  # noqa: E731
                                sum(1 for c, _, _ in results if c["faithful"]))  # fmt: skip
    print(f"sets {', '.join(sets)}: {len(cases)} children, {len(paths) - len(cases)} parents "
          f"(clean text compared in {time.perf_counter() - start:.1f} s)")
    _table("clean text", clean_summary, faithful(clean))
    for channel in channels:
        files = channel_files(paths, channel, cache, jobs)
        start = time.perf_counter()
        results = _evaluate(cases, root, files)
        elapsed = time.perf_counter() - start
        summary = scoring.summarise([scoring.score_case(c, r, p) for c, r, p in results])
        _table(f"{channel} (read, restored, parsed and compared in {elapsed:.0f} s)", summary, faithful(results))
        same = [(c, a, b) for (c, a, _), (_, b, _) in zip(clean, results) if _signature(a) == _signature(b)]
        print(f"children with exactly the clean-text findings: {len(same)}/{len(cases)}")
        if show_errors:
            for (case, a, _), (_, b, _) in zip(clean, results):
                if _signature(a) != _signature(b):
                    print(f"  {case['id']}: clean {sorted(_signature(a), key=str)} -> {channel} "
                          f"{sorted(_signature(b), key=str)}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", required=True,
                    help="sets under corpus/compare, pooled: names or numbers and ranges, e.g. 275-280,283")
    ap.add_argument("--channels", default=",".join(CHANNELS), help=f"comma-separated, of {', '.join(CHANNELS)}")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="Tesseract processes (one per core)")
    ap.add_argument("--cache", default=None, help="where scans and OCR text are kept between runs")
    ap.add_argument("--errors", action="store_true", help="list children whose findings differ from clean text")
    args = ap.parse_args(argv)
    channels = [c for c in args.channels.split(",") if c]
    unknown = [c for c in channels if c not in CHANNELS]
    if unknown:
        ap.error(f"unknown channel(s) {', '.join(unknown)}; choose from {', '.join(CHANNELS)}")
    try:
        sets = scoring.set_names(args.sets)
    except ValueError as error:
        ap.error(str(error))
    run(sets, channels, _cache_dir(args.cache), args.jobs, args.errors)


if __name__ == "__main__":
    main()

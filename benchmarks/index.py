"""Archive benchmark: batch throughput per worker and over workers, and search latency.

    nice -n 10 .venv/bin/python benchmarks/index.py --docs 200 --scans 10 --search-plans 10000
    nice -n 10 .venv/bin/python benchmarks/index.py --skip text search --scans 10   # scan scaling only

Documents are sampled from the shared training corpus (read from /work/shared, never copied
into the repo); scans are those texts rendered by plan_parser.render to single PNG pages and
read back by Tesseract. Scan throughput is timed on warm worker pools (started, models loaded)
so that the 1-vs-2-worker ratio measures the work, not process start-up.
Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PLAN_PARSER_SHARED", ROOT / ".." / "shared"))


def corpus_texts() -> list[str]:
    path = SHARED / "corpus" / "vn_admin_docs.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_text_archive(folder: Path, texts: list[str], n: int, rng: random.Random) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = rng.choice(texts)
        # A distinct tail makes every file distinct content, as in a real archive.
        (folder / f"plan-{i:05d}.txt").write_text(text[:30000] + f"\n\nBản lưu số {i}\n", encoding="utf-8")


HEADER_RE = re.compile(r"(ỦY BAN|UỶ BAN|BỘ |CHÍNH PHỦ|HỘI ĐỒNG|SỞ |CỘNG HÒA|Số:)")


def make_scan_archive(folder: Path, texts: list[str], n: int, rng: random.Random) -> list[Path]:
    """`n` single-page scans (PNG, mildly degraded) made by plan_parser.render from corpus texts."""
    from plan_parser.render import render_text_pages

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        lines = [line for line in rng.choice(texts).splitlines() if line.strip()]
        # Start at the plan's own header, past boilerplate such as a publisher's copyright notice.
        start = next((j for j, line in enumerate(lines) if HEADER_RE.match(line.strip())), 0)
        lines = lines[start : start + 30]
        page = render_text_pages("\n".join(line[:100] for line in lines), degradation="mild", seed=i)[0]
        path = folder / f"scan-{i:04d}.png"
        page.save(path, dpi=page.info.get("dpi", (300, 300)))
        paths.append(path)
    return paths


def warm_throughput(paths: list[Path], warmup: list[Path], workers: int) -> float:
    """Files per second through a process pool whose workers were started and had loaded their
    models (OCR, restorer, parser) before the clock started; results stored in SQLite as `index` does."""
    from plan_parser.archive.records import DEFAULT_PROCESSOR, sha256_file
    from plan_parser.archive.runners import PoolRunner, Task
    from plan_parser.archive.sqlite_store import SQLiteStore

    with tempfile.TemporaryDirectory() as tmp, PoolRunner(workers) as runner:
        store = SQLiteStore(Path(tmp) / "bench.db")
        store.migrate()
        # Two warm-up files per worker, in flight together, so that every worker starts and loads.
        warm = [Task(str(p), sha256_file(p)) for p in warmup[: 2 * workers]]
        for _ in runner.run(warm, DEFAULT_PROCESSOR):
            pass
        tasks = [Task(str(p), sha256_file(p)) for p in paths]
        started = time.perf_counter()
        failed = []
        for _, record in runner.run(tasks, DEFAULT_PROCESSOR):
            store.put(record)
            if record.status != "ok":
                failed.append(record.error or {})
        seconds = time.perf_counter() - started
        store.close()
    print(f"    {len(tasks)} files, {len(tasks) - len(failed)} ok, {len(failed)} errors in {seconds:.1f} s (warm pool)")
    if failed:
        print(f"    first error: {failed[0].get('code')} {failed[0].get('message')}", flush=True)
    return len(tasks) / seconds


def throughput(folder: Path, workers: int) -> float:
    from plan_parser.archive import IndexOptions, index_archive

    with tempfile.TemporaryDirectory() as tmp:
        summary = index_archive(folder, str(Path(tmp) / "bench.db"), IndexOptions(workers=workers, progress=False))
    print(f"    {summary.processed} files, {summary.ok} ok, {summary.errors} errors in {summary.seconds:.1f} s", flush=True)
    if summary.errors_seen:
        print(f"    first error: {summary.errors_seen[0].code} {summary.errors_seen[0].message}")
    return summary.processed / summary.seconds


def search_latency(texts: list[str], plans: int, rng: random.Random) -> None:
    from plan_parser.archive import IndexRecord, search
    from plan_parser.archive.fold import fold
    from plan_parser.archive.sqlite_store import SQLiteStore

    levels = ["national", "ministry", "province", "district", "commune"]
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "search.db")
        store.migrate()
        started = time.perf_counter()
        for i in range(plans):
            text = rng.choice(texts)[:20000]
            start = rng.randrange(0, max(1, len(text) - 8000))
            body = text[start : start + 8000] + f"\nBản lưu {i}"
            store.put(IndexRecord(
                sha256=f"{i:064x}", path=f"/archive/{i}.txt", status="ok", text=body, page_starts=[0],
                title=body[:120], level=rng.choice(levels), year=rng.choice([2023, 2024, 2025]), doc_type="Kế hoạch",
            ))  # fmt: skip
        print(f"  built a {plans}-plan index in {time.perf_counter() - started:.1f} s")
        queries = ["chuyển đổi số", "kế hoạch", "cải cách hành chính", "Ủy ban nhân dân", "phòng chống thiên tai",
                   "đầu tư công", '"giai đoạn 2025"', "thi đua khen thưởng", "đất đai", "y tế cơ sở"]  # fmt: skip
        timings, mismatches = [], 0
        for _ in range(10):
            for q in queries:
                for query in (q, fold(q)):
                    t0 = time.perf_counter()
                    hits = search(store, query, level=rng.choice([None, "commune"]))
                    timings.append((time.perf_counter() - t0) * 1000)
            accented = {h.sha256 for h in search(store, q, limit=50)}
            if accented != {h.sha256 for h in search(store, fold(q), limit=50)}:
                mismatches += 1
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"  search over {plans} plans: {len(timings)} queries, p50 {statistics.median(timings):.1f} ms, "
              f"p95 {p95:.1f} ms (target ≤ 50 ms); accent-free ≠ accented results: {mismatches}")
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200, help="text plans in the generated archive")
    parser.add_argument("--scans", type=int, default=10, help="single-page scans (PNG, OCR) timed per worker count")
    parser.add_argument("--search-plans", type=int, default=10000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--skip", nargs="*", default=[], choices=["text", "scans", "search"])
    args = parser.parse_args()
    rng = random.Random(2025)
    texts = corpus_texts()
    with tempfile.TemporaryDirectory() as tmp:
        if "text" not in args.skip:
            make_text_archive(Path(tmp) / "text", texts, args.docs, rng)
            print(f"text inputs ({args.docs} plans):")
            rates = {}
            for w in args.workers:
                rates[w] = throughput(Path(tmp) / "text", w)
                print(f"  {w} worker(s): {rates[w]:.1f} plans/s = {rates[w] / w:.1f} per worker (target ≥ 10)")
        if "scans" not in args.skip and args.scans:
            paths = make_scan_archive(Path(tmp) / "scans", texts, args.scans + 4, rng)
            scans, warmup = paths[: args.scans], paths[args.scans :]
            print(f"scans ({args.scans} single-page PNGs, 300 dpi, mild degradation; load average before: "
                  f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}):")
            rates = {}
            for w in args.workers:
                rates[w] = warm_throughput(scans, warmup, w)
                print(f"  {w} worker(s): {rates[w]:.3f} plans/s; load average now {os.getloadavg()[0]:.2f}")
            if 1 in rates and 2 in rates:
                print(f"  scaling 2 vs 1 workers: {rates[2] / rates[1]:.2f}x (target ≥ 1.7x)")
    if "search" not in args.skip:
        search_latency(texts, args.search_plans, rng)


if __name__ == "__main__":
    sys.exit(main())

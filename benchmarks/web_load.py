"""Bounded load test of the web app on loopback: N concurrent auditors for S seconds.

Each simulated auditor uploads a text child and parent (corpus seeds), polls the job and
fetches the report, again and again. Every child upload is made unique (a numbered last line),
so each audit reads, restores and parses its child; the parent is the same each time, as when an
auditor checks many wards against one province plan (the app keeps recent reads by content hash). Prints completed audits, errors and p50/p95 latency
(upload -> report received).

    nice -n 10 .venv/bin/python benchmarks/web_load.py --concurrency 20 --seconds 60
    .venv/bin/python benchmarks/web_load.py --url http://127.0.0.1:8000   # against a running server
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"


def one_audit(client: httpx.Client, child: bytes, parent: bytes) -> float:
    """One upload -> report round trip; its latency in seconds. Raises on any error."""
    started = time.perf_counter()
    files = [("child", ("con.txt", child, "text/plain")), ("parent", ("me.txt", parent, "text/plain"))]
    response = client.post("/audit", files=files, follow_redirects=False)
    if response.status_code != 303:
        raise RuntimeError(f"upload answered {response.status_code}")
    job_id = response.headers["location"].rsplit("/", 1)[-1]
    while True:
        status = client.get(f"/api/jobs/{job_id}").json()
        if status["status"] == "done":
            break
        if status["status"] == "failed":
            raise RuntimeError(f"audit failed: {status['error']}")
        time.sleep(0.1)
    report = client.get(f"/reports/{job_id}/0")
    if report.status_code != 200 or "Mức độ triển khai" not in report.text:
        raise RuntimeError(f"report answered {report.status_code}")
    return time.perf_counter() - started


def run_load(url: str, concurrency: int, seconds: float) -> dict:
    """Run the load; return counts and latency percentiles (seconds)."""
    child = next(SEEDS.glob("003_*.txt")).read_bytes()
    parent = next(SEEDS.glob("002_*.txt")).read_bytes()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    counter = iter(range(10**9))

    def auditor() -> None:
        with httpx.Client(base_url=url, timeout=120) as client:
            while time.monotonic() < stop_at:
                with lock:
                    unique_child = child + f"\nBản số {next(counter)}.\n".encode()
                try:
                    latency = one_audit(client, unique_child, parent)
                    with lock:
                        latencies.append(latency)
                except Exception as exc:  # noqa: BLE001 - every failure is counted and reported
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}")

    with httpx.Client(base_url=url, timeout=120) as client:
        cold = one_audit(client, child, parent)  # nothing cached yet: includes loading the restorer model
    stop_at = time.monotonic() + seconds
    threads = [threading.Thread(target=auditor) for _ in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    ordered = sorted(latencies)

    def pct(q: float) -> float | None:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else None

    return {
        "first_cold_s": cold, "concurrency": concurrency, "seconds": round(elapsed, 1), "audits": len(latencies), "errors": len(errors),
        "first_errors": errors[:3], "p50_s": pct(0.5), "p95_s": pct(0.95),
        "mean_s": statistics.fmean(latencies) if latencies else None,
        "audits_per_min": round(60 * len(latencies) / elapsed, 1) if elapsed else 0,
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running server; default: start one in this process on a free port")
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2, help="audit workers of the in-process server")
    args = parser.parse_args()
    server = None
    url = args.url
    if url is None:
        from plan_parser.web import WebSettings, create_app
        from plan_parser.web.live import LiveServer

        server = LiveServer(create_app(WebSettings(workers=args.workers, warm_up=True))).__enter__()
        url = server.url
        time.sleep(5)  # let the warm-up load the restorer, as `plan-parser serve` does at start
    try:
        result = run_load(url, args.concurrency, args.seconds)
    finally:
        if server:
            server.__exit__(None, None, None)
    for key, value in result.items():
        print(f"{key:15} {round(value, 3) if isinstance(value, float) else value}")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())

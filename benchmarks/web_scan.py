"""A 10-page scanned child through the web app: prints the progress the page shows and the total time.

    OMP_THREAD_LIMIT=1 nice -n 10 .venv/bin/python benchmarks/web_scan.py --pages 10
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    from fastapi.testclient import TestClient

    from plan_parser.render import render_text_pages, write_image_pdf
    from plan_parser.web import WebSettings, create_app

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10)
    args = parser.parse_args()
    seeds = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
    pages = []
    for i, seed in enumerate(seeds * 3):
        pages += render_text_pages(seed.read_text(encoding="utf-8"), degradation="mild", seed=i)
        if len(pages) >= args.pages:
            break
    with tempfile.TemporaryDirectory() as tmp:
        scan = write_image_pdf(pages[: args.pages], Path(tmp) / "scan.pdf")
        data = scan.read_bytes()
    print(f"scan: {args.pages} pages, {len(data) / 1e6:.1f} MB")
    with TestClient(create_app(WebSettings(max_upload_bytes=100 * 1024 * 1024))) as client:
        started = time.perf_counter()
        files = [("child", ("scan.pdf", data, "application/pdf")),
                 ("parent", ("me.txt", seeds[2].read_bytes(), "text/plain"))]  # fmt: skip
        job_id = client.post("/audit", files=files, follow_redirects=False).headers["location"].rsplit("/", 1)[-1]
        last = None
        while True:
            status = client.get(f"/api/jobs/{job_id}").json()
            shown = (status["stage"], status["percent"], status["detail"])
            if shown != last:
                print(f"{time.perf_counter() - started:7.1f} s  {status['percent']:3d}%  {status['stage']}: {status['detail']}")
                last = shown
            if status["status"] in ("done", "failed"):
                break
            time.sleep(0.5)
        print(f"status {status['status']} after {time.perf_counter() - started:.1f} s", status.get("error") or "")
        if status["status"] == "done":
            report = client.get(f"/reports/{job_id}/0").text
            print("scan page links in the report:", report.count("/child/lines/"))


if __name__ == "__main__":
    main()

"""Reader benchmark: CER and seconds per page on generated scans of corpus plans outside the dev set.

    nice -n 10 .venv/bin/python benchmarks/read.py --docs 2 --max-pages 6 --levels clean mild heavy

For each plan and degradation level the scan generator renders the text (Liberation Serif 14 pt, A4,
300 dpi, two-column header), writes an image-only PDF and reads it back; the reference is the text the
renderer drew, in reading order (header: left column, then right). CER is Levenshtein over NFC text
with whitespace collapsed. Restoration is measured when plan_parser.restore is importable.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from plan_parser.read import ReadOptions, read  # noqa: E402
from plan_parser.read.metrics import character_error_rate  # noqa: E402
from plan_parser.render import render_document, write_image_pdf  # noqa: E402

SHARED = Path(os.environ.get("PLAN_PARSER_SHARED", ROOT / ".." / "shared"))
# the dev set: plans with gold annotations (corpus/manifest.jsonl seeds); never benchmark on them
DEV_IDS = {"6e3a03ac5f248cfc", "c483306c05e4cedd", "137b158b223d4912"}


def plans(count: int, skip: int) -> list[dict]:
    rows = [json.loads(line) for line in (SHARED / "corpus" / "vn_admin_docs.jsonl").open(encoding="utf-8")]
    chosen = [r for r in rows if r.get("type") == "KẾ HOẠCH" and r["id"] not in DEV_IDS and len(r["text"]) < 40_000]
    chosen.sort(key=lambda r: r["id"])
    return chosen[skip : skip + count]


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (Tesseract): s/page/core on a shared machine,
    where wall-clock time depends on what else runs."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2)
    parser.add_argument("--skip", type=int, default=0, help="skip the first N eligible plans")
    parser.add_argument("--max-pages", type=int, default=6, help="truncate each plan to this many pages")
    parser.add_argument("--levels", nargs="+", default=["clean", "mild", "heavy"])
    parser.add_argument("--font", default="Liberation Serif")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--psm", type=int, default=4)
    parser.add_argument("--no-deskew", action="store_true")
    parser.add_argument("--denoise", action="store_true", help="add the 3×3 median filter (off by default)")
    parser.add_argument("--binarize", action="store_true", help="add Otsu binarisation (off by default)")
    parser.add_argument("--restore", choices=["never", "auto"], default="never")
    args = parser.parse_args()

    options = ReadOptions(
        restore=args.restore, workers=args.workers, psm=args.psm,
        deskew=not args.no_deskew, denoise=args.denoise, binarize=args.binarize,
    )  # fmt: skip
    print(f"options: psm={options.psm} deskew={options.deskew} denoise={options.denoise} "
          f"binarize={options.binarize} restore={options.restore} workers={options.workers or os.cpu_count()}")
    totals: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for plan in plans(args.docs, args.skip):
            for level in args.levels:
                rendering = render_document(plan["text"], font=args.font, degradation=level, seed=7)
                pages = rendering.pages[: args.max_pages]
                reference = "\n".join(rendering.page_texts[: args.max_pages])
                pdf = write_image_pdf(pages, Path(tmp) / f"{plan['id']}_{level}.pdf")
                start, cpu_start = time.perf_counter(), _cpu_seconds()
                document = read(pdf, options=options)
                seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
                cer = character_error_rate(reference, document.text)
                totals.setdefault(level, []).extend([cer * len(reference), len(reference), seconds, len(pages)])
                print(f"{plan['id']} {level:6s} pages={len(pages):2d} CER={cer:.2%} s/page={seconds / len(pages):.2f}"
                      f" cpu_s/page={cpu / len(pages):.2f} restored={document.restored}")
    print("\nlevel   CER      s/page   (targets after restoration: clean/mild <= 0.3%, heavy <= 3.0%; <= 2 s/page/core)")
    for level, values in totals.items():
        errors, chars, seconds, pages = (sum(values[i::4]) for i in range(4))
        print(f"{level:7s} {errors / chars:.3%}  {seconds / pages:.2f}")


if __name__ == "__main__":
    main()

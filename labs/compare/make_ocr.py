"""English-model OCR versions of part of the held-out set: render each plan to scanned-looking pages
(plan_parser.render, "mild"), OCR them with `tesseract -l eng` (what an office without the Vietnamese
model produces) and write the text to corpus/compare/ocr/. The benchmark then reads them through the
pipeline (read restores, then parse): `benchmarks/compare.py --mode ocr`.

    nice -n 10 .venv/bin/python labs/compare/make_ocr.py          # about 5 minutes on one core
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from devset import ROOT, load_cases  # noqa: E402

from plan_parser.render import render_document  # noqa: E402

# One or two children per defect type, plus faithful ones, for each held-out parent.
PICK = ["faithful-1", "faithful-2", "missing-content-1", "citation-number", "citation-date", "deadline-1",
        "timeline-interim", "unassigned-1", "residue-1", "residue-4", "section-criteria", "section-organisation"]  # fmt: skip


def ocr_text(text: str, seed: int) -> str:
    return english_ocr(render_document(text, degradation="mild", seed=seed))


def english_ocr(rendering) -> str:
    """What an office without the Vietnamese model got from these pages: `tesseract -l eng`, pages joined by \\f."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, page in enumerate(rendering.pages):
            path = Path(tmp) / f"p{i}.png"
            page.save(path)
            env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
            result = subprocess.run(["tesseract", str(path), "-", "-l", "eng", "--psm", "6"], capture_output=True,
                                    env=env, timeout=300, check=True)  # fmt: skip
            out.append(result.stdout.decode("utf-8", errors="replace").rstrip("\n"))
    return "\n\f".join(out) + "\n"


def main() -> None:
    target = ROOT / "ocr"
    target.mkdir(exist_ok=True)
    cases = [c for c in load_cases("heldout") if any(c["id"].endswith(p) for p in PICK)]
    parents = sorted({c["parent"] for c in cases})
    rows = []
    for n, relative in enumerate(parents + [c["child"] for c in cases]):
        name = relative.replace("/", "_")
        path = target / name
        if not path.exists():
            path.write_text(ocr_text((ROOT / relative).read_text(encoding="utf-8"), seed=n), encoding="utf-8")
            print(f"{name}", flush=True)
    for c in cases:
        rows.append({**c, "parent": "ocr/" + c["parent"].replace("/", "_"), "child": "ocr/" + c["child"].replace("/", "_"),
                     "split": "ocr"})  # fmt: skip
    with (target / "cases.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} OCR cases to {target}")


if __name__ == "__main__":
    main()

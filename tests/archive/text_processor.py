"""A stand-in processor for archive tests while the real parser may be absent: text files only.

It reads UTF-8 text with `Document.from_text` and fills the few Plan fields the index files by
(number, date, doc_type, title), so the store, search and batch can be tested on their own.
Empty and non-UTF-8 files fail with numbered errors; a file named *.crash.txt kills its worker.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from plan_parser.errors import EmptyInput, TextDecodeError
from plan_parser.model import Citation, Document, Plan
from plan_parser.pipeline import Processed

NUMBER = re.compile(r"Số:?\s*([0-9]+/[A-Za-zĐđ0-9-]+)")
DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
CITED = re.compile(r"(Kế hoạch|Quyết định|Nghị quyết) số ([0-9lO]+/[A-Za-zĐđ0-9-]+)")


def process(path: Path) -> Processed:
    if str(path).endswith(".crash.txt"):
        os._exit(9)  # what a segfault in a native library looks like to the pool
    # A slower stand-in lets the kill test land its SIGKILLs in the middle of the work.
    time.sleep(float(os.environ.get("PLAN_PARSER_TEST_DELAY", "0")))
    data = Path(path).read_bytes()
    if not data.strip():
        raise EmptyInput(f"{path} is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TextDecodeError(f"{path} is not UTF-8") from exc
    document = Document.from_text(text, source=str(path))
    number = NUMBER.search(text)
    date = DATE.search(text)
    lines = [line.strip() for line in text.splitlines()]
    title = None
    if "KẾ HOẠCH" in lines:
        after = lines[lines.index("KẾ HOẠCH") + 1 :]
        title = next((line for line in after if line), None)
    plan = Plan(
        doc_type="Kế hoạch" if "KẾ HOẠCH" in text else None,
        number=number.group(1) if number else None,
        date=f"{date.group(3)}-{int(date.group(2)):02d}-{int(date.group(1)):02d}" if date else None,
        issuer_level="commune" if "xã" in text[:300] else "province",
        issuer="Ủy ban nhân dân",
        title=title,
        bases=[Citation(doc_type=m.group(1), number=m.group(2)) for m in CITED.finditer(text)],
    )
    return Processed(document=document, plan=plan)

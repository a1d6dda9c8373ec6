"""Coverage-guided fuzzing (atheris / libFuzzer) of the readers: any bytes in, a Document or a PlanParserError out.

One harness per reader; anything other than a `PlanParserError` (a traceback a user would see) is a crash.

    python benchmarks/fuzz_readers.py text -max_total_time=600          # 10 minutes on the text reader
    python benchmarks/fuzz_readers.py pdf -max_total_time=30 -timeout=30
    python benchmarks/fuzz_readers.py --list

Readers: text (UTF-8/UTF-16/cp1258/TCVN3/VNI decoding and the legacy detector), pdf (pdfium + pdfplumber,
OCR of image pages), docx (python-docx + our body walker), image (Pillow decoding and the bomb guard; OCR
left out to keep the run fast), detect (the whole `read()` entry: magic-number sniffing, then whichever
reader the bytes select). Seeds (a small valid file of each kind, legacy encodings, a bomb header) are
written to a corpus folder before the run; crashes land as crash-* files under --artifacts.
Run it niced and one reader at a time: libFuzzer keeps one core busy.
"""

from __future__ import annotations

import argparse
import io
import os
import struct
import sys
import tempfile
import zlib
from pathlib import Path

READERS = ("text", "pdf", "docx", "image", "detect")
# Extra modules to instrument per reader so libFuzzer sees their branches (pure-Python parsers only).
INSTRUMENT = {
    "text": ["charset_normalizer"],
    "pdf": ["pdfminer", "pdfplumber"],
    "docx": ["docx"],
    "image": ["PIL"],
    "detect": [],
}
PLAN_LINES = [
    "ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 1026/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "KẾ HOẠCH", "Triển khai thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ",
    "I. MỤC ĐÍCH, YÊU CẦU", "1. Đẩy mạnh công tác tuyên truyền, phổ biến pháp luật.",
]  # fmt: skip
FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"


# ------------------------------------------------------------------------------------------ seeds


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def _seed_text() -> dict[str, bytes]:
    from plan_parser.read.legacy import unicode_to_legacy

    text = "\n".join(PLAN_LINES)
    return {
        "utf8.txt": text.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),
        "tcvn3.txt": unicode_to_legacy(text, "tcvn3").encode("cp1252", errors="replace"),
        "vni.txt": unicode_to_legacy(text, "vni").encode("cp1252", errors="replace"),
        "cp1258.txt": text.encode("cp1258", errors="replace"),
        "nfd.txt": __import__("unicodedata").normalize("NFD", text).encode("utf-8"),
        "formfeed.txt": (text + "\f" + text).encode("utf-8"),
    }


def _seed_pdf() -> dict[str, bytes]:
    from fpdf import FPDF

    seeds = {}
    for name, password in (("plain.pdf", None), ("encrypted.pdf", "mk")):
        pdf = FPDF(format=(105, 148))  # A6: small pages keep each run fast
        pdf.add_font("Serif", "", FONT)
        pdf.set_font("Serif", "", 10)
        pdf.add_page()
        for line in PLAN_LINES[:5]:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        if password:
            pdf.set_encryption(owner_password="o", user_password=password)
        seeds[name] = bytes(pdf.output())
    seeds["tiny.pdf"] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    return seeds


def _seed_docx() -> dict[str, bytes]:
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = PLAN_LINES[0]
    table.cell(0, 1).text = PLAN_LINES[3]
    for line in PLAN_LINES[4:]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return {"plan.docx": buffer.getvalue()}


def _seed_image() -> dict[str, bytes]:
    from PIL import Image, ImageDraw

    image = Image.new("L", (64, 24), 255)
    ImageDraw.Draw(image).text((2, 6), "KH 15", fill=0)
    seeds = {"bomb.png": _png_header(40_000, 40_000)}
    for fmt in ("PNG", "JPEG", "TIFF", "GIF", "BMP", "WEBP"):
        buffer = io.BytesIO()
        image.save(buffer, format=fmt)
        seeds[f"small.{fmt.lower()}"] = buffer.getvalue()
    frames = io.BytesIO()
    image.save(frames, format="TIFF", save_all=True, append_images=[image])
    seeds["two_pages.tiff"] = frames.getvalue()
    return seeds


def seeds_for(reader: str) -> dict[str, bytes]:
    makers = {"text": [_seed_text], "pdf": [_seed_pdf], "docx": [_seed_docx], "image": [_seed_image]}
    makers["detect"] = [_seed_text, _seed_pdf, _seed_docx, _seed_image]
    seeds: dict[str, bytes] = {}
    for make in makers[reader]:
        seeds.update(make())
    return seeds


# ------------------------------------------------------------------------------------------ harnesses


def check_document(document) -> None:
    """What every reader promises of a Document it returns: lines that quote the text, in order."""
    assert document.text == "\n".join(line.text for line in document.lines), "text is not its lines joined"
    for number, line in enumerate(document.lines, start=1):
        assert line.number == number, f"line {number} is numbered {line.number}"
        assert document.text[line.char_start : line.char_end] == line.text, f"line {number} offsets"


def make_target(reader: str, workdir: Path):
    """The one-input function for `reader`: returns normally or raises PlanParserError; anything else is a bug."""
    from plan_parser.errors import PlanParserError
    from plan_parser.read import ReadOptions

    # Small limits keep each input fast: low dpi, short OCR, few pages; restoration is fuzzed elsewhere.
    options = ReadOptions(restore="never", dpi=72, ocr_timeout=10, workers=1, max_pages=20, max_pixels=4_000_000)
    path = workdir / {"text": "input.txt", "pdf": "input.pdf", "docx": "input.docx", "image": "input.png"}.get(reader, "input")

    def run(data: bytes) -> None:
        if reader == "text":
            from plan_parser.read.text import read_text_bytes

            check_document(read_text_bytes(data, "fuzz.txt", options))
            return
        path.write_bytes(data)
        if reader == "pdf":
            from plan_parser.read.pdf import read_pdf

            check_document(read_pdf(path, options))
        elif reader == "docx":
            from plan_parser.read.docx import read_docx

            check_document(read_docx(path, options))
        elif reader == "image":
            from plan_parser.read.image import load_pages

            load_pages(path, options)
        else:
            from plan_parser.read import read

            if data:  # read() refuses empty files before sniffing; that branch is catalogued, not fuzzed
                check_document(read(path, options=options))

    def target(data: bytes) -> None:
        try:
            run(data)
        except PlanParserError:
            pass

    return target


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("reader", nargs="?", choices=READERS)
    parser.add_argument("--list", action="store_true", help="list the readers and exit")
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: a fresh temporary one with the seeds)")
    parser.add_argument("--artifacts", type=Path, default=Path("fuzz-artifacts"), help="where crash-* files go")
    ours, libfuzzer = parser.parse_known_args(argv)
    if ours.list or not ours.reader:
        print("\n".join(READERS))
        return
    import atheris

    with atheris.instrument_imports(include=["plan_parser", *INSTRUMENT[ours.reader]]):
        import plan_parser.read  # noqa: F401
        import plan_parser.read.docx  # noqa: F401
        import plan_parser.read.image  # noqa: F401
        import plan_parser.read.legacy  # noqa: F401
        import plan_parser.read.pdf  # noqa: F401
        import plan_parser.read.text  # noqa: F401

        for module in INSTRUMENT[ours.reader]:
            __import__(module)
        if ours.reader == "pdf":
            import pdfplumber  # noqa: F401
            import pdfminer.pdfparser  # noqa: F401
    workdir = Path(tempfile.mkdtemp(prefix=f"fuzz-{ours.reader}-"))
    corpus = ours.corpus or workdir / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for name, data in seeds_for(ours.reader).items():
        (corpus / name).write_bytes(data)
    ours.artifacts.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    args = [sys.argv[0], *libfuzzer, f"-artifact_prefix={ours.artifacts}/{ours.reader}-", str(corpus)]
    atheris.Setup(args, make_target(ours.reader, workdir))
    atheris.Fuzz()


if __name__ == "__main__":
    main()

"""Upload handling: type by magic bytes, size limits, safe names, private folders."""

from __future__ import annotations

import io
import os
import stat
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plan_parser.errors import InputTooLarge, UploadRejected
from plan_parser.web.uploads import JobFolder, display_name, sniff

from .conftest import seed_path


def docx_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"\x89PNG\r\n\x1a\n\0\0", "png"),
        (b"\xff\xd8\xff\xe0", "jpeg"),
        (b"II*\x00", "tiff"),
        ("KẾ HOẠCH\nTriển khai".encode(), "text"),
        (b"\x7fELF\x02\x01\x01\x00", None),
        (b"MZ\x90\x00\x03\x00", None),
    ],
)
def test_sniff_by_magic_bytes(head, kind):
    assert sniff(head) == kind


def test_sniff_tells_docx_from_other_zips(tmp_path):
    docx = tmp_path / "a.zip"
    docx.write_bytes(docx_bytes())
    assert sniff(docx.read_bytes()[:4096], docx) == "docx"
    other = tmp_path / "b.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("evil.exe", "MZ")
    assert sniff(other.read_bytes()[:4096], other) is None


@given(st.text(max_size=300))
def test_display_name_never_holds_a_path_or_control_characters(name):
    shown = display_name(name)
    assert "/" not in shown and "\\" not in shown
    assert not any(ord(c) < 32 or c == "\x7f" for c in shown)
    assert not shown.startswith(".")
    assert 0 < len(shown) <= 120


def test_traversal_name_is_shown_as_its_last_part_and_never_used_as_a_path():
    folder = JobFolder()
    try:
        stored = folder.store("child", "../../../etc/passwd.txt", io.BytesIO("Kế hoạch".encode()), 1000)
        assert stored.name == "passwd.txt"
        assert stored.path.parent == folder.path and stored.path.name == "child.txt"
        assert list(folder.path.iterdir()) == [stored.path]
    finally:
        folder.remove()


def test_job_folder_is_private_and_removed():
    folder = JobFolder()
    mode = stat.S_IMODE(os.stat(folder.path).st_mode)
    assert mode == 0o700
    folder.store("child", "plan.txt", io.BytesIO(seed_path("003").read_bytes()), 10**6)
    folder.remove()
    assert not folder.path.exists()


def test_oversized_upload_is_refused_and_leaves_nothing():
    folder = JobFolder()
    try:
        with pytest.raises(InputTooLarge):
            folder.store("child", "big.txt", io.BytesIO(b"a" * 5000), 4096)
        assert list(folder.path.iterdir()) == []
    finally:
        folder.remove()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("plan.pdf", "Kế hoạch số 1".encode()),  # text named as a PDF
        ("scan.png", b"%PDF-1.4\n"),  # a PDF named as an image
        ("plan.txt", b"\x89PNG\r\n\x1a\n\0\0\0"),  # an image named as text
        ("plan.docx", b"PK\x03\x04not a zip"),  # a broken ZIP
        ("run.exe", b"MZ\x90\x00\x03\x00\x00"),
    ],
)
def test_mislabelled_or_unsupported_upload_is_refused(name, data):
    folder = JobFolder()
    try:
        with pytest.raises(UploadRejected):
            folder.store("child", name, io.BytesIO(data), 10**6)
    finally:
        folder.remove()


def test_docx_upload_is_accepted(tmp_path):
    folder = JobFolder()
    try:
        stored = folder.store("child", "kế hoạch.docx", io.BytesIO(docx_bytes()), 10**6)
        assert stored.kind == "docx" and stored.path.suffix == ".docx"
    finally:
        folder.remove()


def test_page_image_of_a_page_scanned_sideways_is_turned_like_the_ocr_saw_it(tmp_path):
    # Regression: evidence boxes are in the upright page's coordinates, but the page image was
    # shown as scanned (sideways), so the red box landed in the wrong place.
    import io

    from PIL import Image

    from plan_parser.model import Document, Line, Page
    from plan_parser.web.pages import page_images_for

    sideways = tmp_path / "sideways.png"
    Image.new("L", (300, 200), 255).save(sideways)  # landscape: an A4 page lying on its side
    page = Page(number=1, width=200, height=300, unit="px", source="ocr", rotation=90)
    line = Line(text="x", page=1, number=1, page_line=1, char_start=0, char_end=1)
    document = Document(source=str(sideways), format="image", text="x", pages=[page], lines=[line])
    images = page_images_for(sideways, document)
    shown = Image.open(io.BytesIO(images.png[1]))
    assert shown.width < shown.height

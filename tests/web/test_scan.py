"""A scanned child: OCR'd pages keep their images, and evidence links show the page with the lines boxed."""

from __future__ import annotations

import io

import pytest

from plan_parser.render import render_text_pages

from .conftest import seed_path, wait_for_job

pytestmark = [pytest.mark.slow, pytest.mark.ocr]


@pytest.fixture()
def settings():
    from plan_parser.web import WebSettings

    return WebSettings()  # a 300 dpi page is larger than the route tests' small limit


def test_scanned_child_links_to_boxed_page_images(client):
    page = render_text_pages(seed_path("003").read_text(encoding="utf-8"), degradation="mild", seed=3)[0]
    png = io.BytesIO()
    page.save(png, format="PNG", dpi=(300, 300))
    files = [("child", ("scan.png", png.getvalue(), "image/png")),
             ("parent", ("me.txt", seed_path("003").read_bytes(), "text/plain"))]  # fmt: skip
    response = client.post("/audit", files=files, follow_redirects=False)
    status = wait_for_job(client, response.headers["location"], timeout_s=120)
    assert status["status"] == "done", status
    report = client.get(f"/reports/{status['id']}/0").text
    links = sorted(set(part.split('"')[0] for part in report.split('href="')[1:] if "/child/lines/" in part))
    assert links, "no link to a scanned page"
    image = client.get(links[0])
    assert image.headers["content-type"] == "image/png"
    import numpy as np
    from PIL import Image

    pixels = np.asarray(Image.open(io.BytesIO(image.content)).convert("RGB")).astype(int)
    red = int(((pixels[..., 0] > 200) & (pixels[..., 1] < 40) & (pixels[..., 2] < 40)).sum())
    assert red > 500, "the evidence box is not drawn"
    assert client.get(links[0].replace("/child/", "/parent/")).status_code == 404  # the parent is text

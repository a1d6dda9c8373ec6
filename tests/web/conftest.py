"""Fixtures for the web app: a TestClient with small limits, a live server, and a headless chromium."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from plan_parser.web import WebSettings, create_app  # noqa: E402
from plan_parser.web.live import LiveServer  # noqa: E402,F401 - the tests start servers with it

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "seeds"
ARTIFACTS = ROOT / "tests" / "artifacts" / "web"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def seed_path(seed_id: str) -> Path:
    return next(SEEDS.glob(f"{seed_id}_*.txt"))


def wait_for_job(client, location: str, timeout_s: float = 60) -> dict:
    """Poll a job's progress endpoint until it ends; return its last status."""
    job_id = location.rstrip("/").split("/")[-1]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        status = client.get(f"/api/jobs/{job_id}").json()
        if status["status"] in ("done", "failed"):
            return status
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish in {timeout_s} s")


@pytest.fixture()
def settings() -> WebSettings:
    return WebSettings(max_upload_bytes=2 * 1024 * 1024, max_batch_files=5, max_request_bytes=8 * 1024 * 1024)


@pytest.fixture()
def client(settings):
    from fastapi.testclient import TestClient

    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser):
    """A fresh page that records console errors and failed requests; the test asserts none happened."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    new_page = context.new_page()
    new_page.problems = []
    new_page.on("console", lambda m: m.type == "error" and new_page.problems.append(f"console: {m.text}"))
    new_page.on("pageerror", lambda e: new_page.problems.append(f"page error: {e}"))
    new_page.on("dialog", lambda d: (new_page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    new_page.on("requestfailed", lambda r: new_page.problems.append(f"request failed: {r.url}"))
    yield new_page
    context.close()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path

"""The search page over an archive index built from the seeds, and parents picked from the archive."""

from __future__ import annotations

import shutil

import pytest

from plan_parser.web import WebSettings, create_app

from .conftest import SEEDS, LiveServer, screenshot, wait_for_job, seed_path


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory):
    from plan_parser.archive.batch import IndexOptions, index_archive

    folder = tmp_path_factory.mktemp("archive")
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    db = folder / "index.sqlite"
    summary = index_archive(folder, str(db), IndexOptions(workers=0, progress=False))
    assert summary.ok == 5, summary
    return db


@pytest.fixture()
def archive_client(archive_db):
    from fastapi.testclient import TestClient

    with TestClient(create_app(WebSettings(db=archive_db))) as test_client:
        yield test_client


def result_numbers(html: str) -> list[str]:
    return sorted(part.split("<")[0] for part in html.split('class="card result">')[1:])


def test_search_with_and_without_diacritics_finds_the_same_plans(archive_client):
    with_marks = archive_client.get("/search", params={"q": "chuyển đổi số"}).text
    without = archive_client.get("/search", params={"q": "chuyen doi so"}).text
    assert "Tra cứu kho văn bản" in archive_client.get("/").text  # the page is in the navigation
    assert with_marks.count('class="card result"') >= 2
    assert result_numbers(with_marks) == result_numbers(without)
    assert "<mark>" in without  # the accented text is highlighted


def test_search_filters_by_level_and_shows_the_hierarchy(archive_client):
    page = archive_client.get("/search", params={"q": "thi đua", "level": "province"}).text
    assert page.count('class="card result"') == 1 and "190/KH-UBND" in page
    assert 'id="hierarchy"' in page and "18/KH-UBND" in page


def test_search_escapes_the_query(archive_client):
    page = archive_client.get("/search", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page


def test_audit_against_a_parent_picked_from_the_archive(archive_client):
    from plan_parser.archive.store import open_store

    with open_store(str(archive_client.app.state.settings.db)) as store:
        sha = next(r["sha256"] for r in store.rows() if r["number"] == "18/KH-UBND")
    files = [("child", ("con.txt", seed_path("003").read_bytes(), "text/plain"))]
    response = archive_client.post("/audit", files=files, data={"parent_id": sha[:12]}, follow_redirects=False)
    status = wait_for_job(archive_client, response.headers["location"])
    assert status["status"] == "done", status
    assert "18/KH-UBND" in archive_client.get(f"/reports/{status['id']}/0").text


def test_unknown_archive_id_is_a_clear_error(archive_client):
    files = [("child", ("con.txt", seed_path("003").read_bytes(), "text/plain"))]
    response = archive_client.post("/audit", files=files, data={"parent_id": "deadbeefdeadbeef"})
    assert response.status_code == 400 and "E501" in response.text


@pytest.mark.slow
def test_search_flow_in_the_browser(archive_db, page):
    with LiveServer(create_app(WebSettings(db=archive_db))) as live:
        page.goto(live.url + "/search")
        page.fill("#q", "chuyen doi so")
        page.select_option("#level", "commune")
        page.click("#search-submit")
        page.wait_for_selector("#results")
        assert page.locator(".result").count() >= 1
        assert page.locator(".result mark").count() >= 1
        screenshot(page, "search")
    assert page.problems == []

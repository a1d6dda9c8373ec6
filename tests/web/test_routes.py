"""The app's routes through FastAPI's TestClient: pages, the audit flow, limits, injection, downloads."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .conftest import seed_path, wait_for_job


def upload(name: str, data: bytes, field: str = "child"):
    return (field, (name, data, "application/octet-stream"))


def run_audit(client, child: bytes, parent: bytes, child_name="con.txt", parent_name="me.txt") -> str:
    """Submit an audit and wait for it; return the report URL."""
    response = client.post(
        "/audit", files=[upload(child_name, child), upload(parent_name, parent, "parent")], follow_redirects=False
    )
    assert response.status_code == 303, response.text
    status = wait_for_job(client, response.headers["location"])
    assert status["status"] == "done", status
    return f"/reports/{status['id']}/0"


@pytest.mark.parametrize("url", ["/", "/batch", "/static/app.css", "/static/app.js"])
def test_pages_render_in_vietnamese_with_security_headers(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    if url in ("/", "/batch"):
        assert 'lang="vi"' in response.text and "Kế hoạch cấp trên" in response.text


def test_search_is_left_out_without_an_archive(client):
    assert "/search" not in client.get("/").text
    assert client.get("/search").status_code == 404


def test_audit_of_a_plan_against_itself_covers_it(client):
    text = seed_path("003").read_bytes()
    report_url = run_audit(client, text, text)
    report = json.loads(client.get(f"{report_url}/download.json").content)
    assert report["coverage"] >= 0.9
    assert not [f for f in report["findings"] if f["type"] == "missing_content"]
    page = client.get(report_url).text
    assert "Mức độ triển khai" in page and "Đối chiếu từng nội dung" in page and "Văn bản đã khôi phục" in page


def test_audit_against_another_plan_reports_gaps_with_evidence(client):
    report_url = run_audit(client, seed_path("003").read_bytes(), seed_path("002").read_bytes())
    report = json.loads(client.get(f"{report_url}/download.json").content)
    assert report["coverage"] < 0.9
    assert any(item["verdict"] != "covered" for item in report["alignment"])
    page = client.get(report_url).text
    assert "Chưa cụ thể hóa" in page or "Cụ thể hóa một phần" in page
    # Evidence on text inputs links to its line in the text view.
    for finding in report["findings"]:
        evidence = finding.get("child_evidence") or finding.get("parent_evidence")
        if evidence and evidence.get("line"):
            assert "-l" + str(evidence["line"]) in page
            break


def test_script_in_document_text_stays_text(client):
    hostile = seed_path("003").read_text(encoding="utf-8")
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    hostile = hostile.replace("\n", f"\n{payload} ", 3)
    report_url = run_audit(client, hostile.encode(), seed_path("003").read_bytes(), child_name='<b>ten".txt')
    for url in (report_url, f"{report_url}/download.html"):
        page = client.get(url).text
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert" in page
        assert "<b>ten" not in page


def test_upload_folder_is_deleted_when_the_job_ends(client, monkeypatch):
    made = []
    from plan_parser.web import uploads

    original = uploads.JobFolder.__init__

    def recording_init(self):
        original(self)
        made.append(self.path)

    monkeypatch.setattr(uploads.JobFolder, "__init__", recording_init)
    run_audit(client, seed_path("003").read_bytes(), seed_path("000").read_bytes())
    assert made and not any(p.exists() for p in made)


def test_oversized_upload_is_refused(client, settings):
    big = b"a" * (settings.max_upload_bytes + 1)
    response = client.post("/audit", files=[upload("big.txt", big), upload("me.txt", b"x", "parent")])
    assert response.status_code == 413
    assert "E104" in response.text


def test_oversized_request_is_refused_before_parsing(client, settings):
    body = b"x" * (settings.max_request_bytes + 10)
    response = client.post("/audit", content=body, headers={"content-type": "multipart/form-data; boundary=b"})
    assert response.status_code == 413


def test_mislabelled_upload_is_refused_with_a_clear_message(client):
    response = client.post(
        "/audit", files=[upload("ke-hoach.pdf", seed_path("003").read_bytes()), upload("me.txt", b"x", "parent")]
    )
    assert response.status_code == 415
    assert "E701" in response.text and "ke-hoach.pdf" in response.text


def test_too_many_files_are_refused(client, settings):
    files = [upload(f"c{i}.txt", b"Ke hoach", "children") for i in range(settings.max_batch_files + 2)]
    response = client.post("/batch", files=files)
    assert response.status_code == 415


def test_traversal_in_file_name_does_not_escape(client, tmp_path):
    text = seed_path("003").read_bytes()
    report_url = run_audit(client, text, text, child_name="../../../../tmp/evil.txt")
    page = client.get(report_url).text
    assert "evil.txt" in page and "../" not in page


@pytest.mark.parametrize("url", ["/jobs/nope", "/reports/nope/0", "/reports/..%2F..%2Fetc/0", "/api/jobs/../x"])
def test_unknown_or_traversing_job_ids_are_not_found(client, url):
    assert client.get(url).status_code == 404


def test_downloads(client):
    report_url = run_audit(client, seed_path("003").read_bytes(), seed_path("002").read_bytes())
    rows = list(csv.reader(io.StringIO(client.get(f"{report_url}/download.csv").content.decode("utf-8-sig"))))
    assert rows[0][0] == "phần" and any(r[0] == "đối chiếu" for r in rows[1:])
    html = client.get(f"{report_url}/download.html")
    assert "attachment" in html.headers["content-disposition"] and "<style>" in html.text
    assert "/static/" not in html.text  # the file travels alone
    assert client.get(f"{report_url}/download.exe").status_code == 404


def test_batch_table_and_xlsx(client):
    from openpyxl import load_workbook

    files = [upload("a.txt", seed_path("003").read_bytes(), "children"),
             upload("=HYPERLINK(1).txt", seed_path("000").read_bytes(), "children"),
             upload("me.txt", seed_path("003").read_bytes(), "parent")]  # fmt: skip
    response = client.post("/batch", files=files, follow_redirects=False)
    assert response.status_code == 303
    status = wait_for_job(client, response.headers["location"])
    assert status["status"] == "done", status
    page = client.get(f"/batch/{status['id']}").text
    assert "a.txt" in page and "Mức độ triển khai" in page
    book = load_workbook(io.BytesIO(client.get(f"/batch/{status['id']}/download.xlsx").content))
    rows = list(book.active.values)
    assert rows[0][0] == "Tệp" and len(rows) == 3
    names = {r[0] for r in rows[1:]}
    assert "a.txt" in names
    # A file name that looks like a formula is stored as text, never as a formula.
    assert not any(str(c.value).startswith("=") and c.data_type == "f" for row in book.active.iter_rows() for c in row)


@pytest.mark.skipif(not __import__("shutil").which("chromium"), reason="Debian chromium not installed")
def test_pdf_download_is_printed_by_chromium(client):
    report_url = run_audit(client, seed_path("003").read_bytes(), seed_path("002").read_bytes())
    response = client.get(f"{report_url}/download.pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-") and len(response.content) > 10_000


def test_pdf_download_without_chromium_says_why(client):
    client.app.state.settings.chromium = None
    report_url = run_audit(client, seed_path("003").read_bytes(), seed_path("002").read_bytes())
    response = client.get(f"{report_url}/download.pdf")
    assert response.status_code == 400 and "E703" in response.text

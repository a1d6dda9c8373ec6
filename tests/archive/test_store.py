"""The store contract, run on SQLite and on a real PostgreSQL server alike."""

import pytest

from plan_parser.archive import IndexRecord, open_store, search
from plan_parser.archive.fold import fold
from plan_parser.errors import ArchiveError, EmptyInput


def record(sha: str, text: str, path: str | None = None, **fields) -> IndexRecord:
    return IndexRecord(sha256=sha, path=path or f"/archive/{sha}.txt", status="ok", text=text, **fields)


DIGITAL = "Kế hoạch chuyển đổi số\nĐảng ủy xã lãnh đạo thực hiện hệ thống chính quyền số.\nBáo cáo kết quả."
ADMIN = "Kế hoạch cải cách hành chính\nRà soát thủ tục hành chính năm 2024."


def test_migrations_are_recorded_and_applied_once(db_url):
    with open_store(db_url) as store:
        assert store.applied_migrations() == [1]
        assert store.migrate() == []


def test_accent_free_queries_find_what_accented_ones_find(store):
    store.put(record("a" * 64, DIGITAL, title="Chuyển đổi số", level="commune", year=2025))
    store.put(record("b" * 64, ADMIN, title="Cải cách hành chính", level="province", year=2024))
    for accented, plain in [("chuyển đổi số", "chuyen doi so"), ("Đảng ủy", "dang uy"), ("hệ thống", "he thong")]:
        found = [h.sha256 for h in search(store, accented)]
        assert found == ["a" * 64]
        assert [h.sha256 for h in search(store, plain)] == found
    assert {h.sha256 for h in search(store, "ke hoach")} == {"a" * 64, "b" * 64}


def test_snippet_highlights_point_into_the_accented_text(store):
    store.put(record("a" * 64, DIGITAL, page_starts=[0]))
    (hit,) = search(store, "dang uy chinh quyen")
    snippet = hit.snippet
    marked = [DIGITAL[h.char_start : h.char_end] for h in snippet.highlights]
    assert marked == ["Đảng", "ủy", "chính", "quyền"]
    assert snippet.line == 2 and snippet.page == 1
    assert "«Đảng» «ủy»" in snippet.marked()


def test_filters_by_level_year_and_type(store):
    store.put(record("a" * 64, DIGITAL, level="commune", year=2025, doc_type="Kế hoạch"))
    store.put(record("b" * 64, ADMIN, level="province", year=2024, doc_type="Kế hoạch"))
    assert [h.sha256 for h in search(store, "ke hoach", level="commune")] == ["a" * 64]
    assert [h.sha256 for h in search(store, "ke hoach", year=2024)] == ["b" * 64]
    assert len(search(store, "ke hoach", doc_type="KE HOACH")) == 2
    assert search(store, "ke hoach", doc_type="Quyết định") == []


@pytest.mark.parametrize("query", ['NEAR("a" OR', "* AND -", "'; DROP TABLE documents; --", '"', ""])
def test_search_syntax_in_queries_is_inert(store, query):
    store.put(record("a" * 64, DIGITAL))
    search(store, query)  # must not raise
    assert search(store, "chuyen doi so")


def test_errors_are_stored_with_their_code_and_not_searchable(store):
    error = EmptyInput("empty.txt is empty").to_dict()
    store.put(IndexRecord(sha256="c" * 64, path="/archive/empty.txt", status="error", error=error))
    (row,) = list(store.rows(status="error"))
    assert (row["error_code"], row["paths"]) == ("E103", ["/archive/empty.txt"])
    assert store.counts() == {"ok": 0, "error": 1, "files": 1}


def test_a_changed_file_replaces_its_old_content(store):
    store.put(record("a" * 64, DIGITAL, path="/archive/plan.txt"))
    store.put(record("b" * 64, ADMIN, path="/archive/plan.txt"))
    assert store.file_links() == {"/archive/plan.txt": "b" * 64}
    assert list(store.known()) == ["b" * 64]
    assert search(store, "chuyen doi so") == []


def test_same_content_under_two_names_is_one_document(store):
    store.put(record("a" * 64, DIGITAL, path="/archive/one.txt"))
    store.link("/archive/two.txt", "a" * 64)
    (row,) = list(store.rows())
    assert row["paths"] == ["/archive/one.txt", "/archive/two.txt"]


def test_writing_a_record_twice_changes_nothing(store):
    store.put(record("a" * 64, DIGITAL, title="Chuyển đổi số"))
    before = store.snapshot()
    store.put(record("a" * 64, DIGITAL, title="Chuyển đổi số"))
    assert store.snapshot() == before
    assert len(search(store, "chuyen")) == 1


def test_type_key_is_folded():
    assert record("a" * 64, "x", doc_type="Kế hoạch").row()["type_key"] == fold("KE HOACH")


def test_unknown_url_scheme_is_one_clear_error(tmp_path):
    with pytest.raises(ArchiveError, match="unknown database URL"):
        open_store("mysql://localhost/db")
    with pytest.raises(ArchiveError, match="no index at"):
        open_store(str(tmp_path / "missing.db"), must_exist=True)

"""Ranking on SQLite when a query matches more plans than can be scored (common words)."""

import pytest

from plan_parser.archive import IndexRecord, open_store, search
from plan_parser.archive import sqlite_store


def put(store, n: int, title: str, body: str) -> str:
    sha = f"{n:064x}"
    store.put(IndexRecord(sha256=sha, path=f"/archive/{n}.txt", status="ok", title=title, text=body, level="commune"))
    return sha


@pytest.fixture
def crowded(tmp_path, monkeypatch):
    """Eight plans that all say "kế hoạch"; only the oldest has it in its title."""
    monkeypatch.setattr(sqlite_store, "RANK_CANDIDATES", 3)
    with open_store(str(tmp_path / "i.db")) as store:
        titled = put(store, 1, "Kế hoạch chuyển đổi số", "Kế hoạch chuyển đổi số năm 2025.")
        others = [put(store, n, "Báo cáo", f"Thực hiện kế hoạch số {n}, báo cáo kết quả.") for n in range(2, 9)]
        yield store, titled, others


def test_a_query_matching_too_many_plans_puts_title_hits_first(crowded):
    store, titled, others = crowded
    hits = search(store, "ke hoach", limit=3)
    # The title hit lies outside the newest candidates, yet comes first; then the best of the newest.
    assert [h.sha256 for h in hits][0] == titled
    assert len(hits) == 3 and set(h.sha256 for h in hits[1:]) <= set(others[-4:])
    assert [h.sha256 for h in search(store, "Kế hoạch", limit=3)] == [h.sha256 for h in hits]
    assert [h.sha256 for h in search(store, "KE HOACH", level="commune", limit=3)] == [h.sha256 for h in hits]


def test_a_selective_query_ranks_every_match(crowded):
    store, titled, others = crowded
    assert [h.sha256 for h in search(store, "chuyen doi so")] == [titled]
    assert [h.sha256 for h in search(store, "ke hoach so 2")] == [others[0]]
    # Asking for more hits than the candidate bound widens the bound: nothing is lost.
    assert {h.sha256 for h in search(store, "bao cao", limit=20)} == set(others)


def test_filters_apply_before_ranking(crowded):
    store, _, _ = crowded
    assert search(store, "ke hoach", level="province") == []
    assert len(search(store, "ke hoach", level="commune", limit=20)) == 8

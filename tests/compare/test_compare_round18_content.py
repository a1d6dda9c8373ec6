"""Round 18 (sets 29-32, tuning since): missing_content on items a ward names by their task and details in its own
words - the task behind a generic opening ("Đẩy mạnh thông tin, tuyên truyền ..."), behind a heading the reader glued
to its paragraph ("Truyền thông Đẩy mạnh tuyên truyền ..."), after a "Nhiệm vụ 7:" label, a table cell or "Công tác"."""

from __future__ import annotations

from set_cases import CORPUS, alarms_in

from plan_parser.compare.checks.coverage import _child_task, task_names

A31, B32 = CORPUS / "independent31" / "A", CORPUS / "independent32" / "B"


def test_task_names_skip_generic_openings_and_read_coordinated_tasks():
    names = task_names("Đẩy mạnh thông tin, tuyên truyền, nâng cao nhận thức của cán bộ về X; phổ biến mô hình.")
    assert names == {"thông tin", "tuyên truyền", "nhận thức"}
    # only the first clause opens the item: tasks after ";" or ":" are its detail
    assert "phổ biến" not in names
    assert task_names("Phát triển kinh tế tuần hoàn trong ngành dừa: thu gom, tận dụng vỏ dừa") == {"kinh tế"}


def test_heading_glued_to_its_paragraph_gives_its_name_too():
    # I31-A parent: "7. Truyền thông" on its own line, read with its paragraph as one item
    assert task_names("Truyền thông Đẩy mạnh tuyên truyền về lợi ích của tiêm chủng") == {"truyền thông", "tuyên truyền"}
    # a proper name after the task is no glued heading: "Ủy ban" follows a capital-less word only after 6 words
    assert task_names("Tuyên truyền, vận động Nhân dân tham gia") >= {"tuyên truyền"}


def test_child_task_after_labels_table_cells_and_cong_tac():
    assert _child_task("Nhiệm vụ 7: Tuyên truyền trên loa truyền thanh, nhóm Zalo") == "tuyên truyền"
    assert _child_task("| Tuyên truyền về kinh tế tuần hoàn | Phòng Văn hóa - Xã hội |") == "tuyên truyền"
    assert _child_task("Công tác tuyên truyền được thực hiện thường xuyên trên loa truyền thanh") == "tuyên truyền"
    assert _child_task("g) Tuyên truyền qua loa truyền thanh, họp thôn") == "tuyên truyền"


def test_item_named_by_the_childs_task_is_no_alarm_31A_truyen_thong():
    for child in ("A02-thanh-son.txt", "A08-lam-thao.txt", "A09-cam-khe.txt", "A11-tam-nong.txt"):
        assert not any("Truyền thông" in f.message for f in alarms_in(A31, child, "missing_content")), child


def test_item_named_by_the_childs_task_is_no_alarm_32B_tuyen_truyen():
    for child in ("B07-tra-cu.txt", "B11-thanh-phu.txt", "B12-tieu-can.txt"):
        assert not any("Đẩy mạnh thông tin" in f.message for f in alarms_in(B32, child, "missing_content")), child


def test_dropped_items_are_still_reported():
    # I31-A04 drops 'Kiểm tra, giám sát', I31-A11 drops the vaccine safety item, I32-B12 drops item 8
    assert any("Kiểm tra, giám sát" in f.message for f in alarms_in(A31, "A04-ha-hoa.txt", "missing_content"))
    found = alarms_in(A31, "A11-tam-nong.txt", "missing_content")
    assert any("Bảo đảm an toàn tiêm chủng" in f.message for f in found)
    assert any("Ứng dụng khoa học" in f.message for f in alarms_in(B32, "B12-tieu-can.txt", "missing_content"))

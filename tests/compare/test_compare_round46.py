"""Round 46 (sets 161-166 after round 45; sets 167-172 written blind since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.compare.align import item_heads


def test_a_merged_items_label_names_each_task_it_merges():
    # I164-A07 (faithful): "5. Tai nạn, sự cố, kiểm tra: phối hợp sơ cứu ...; kiểm tra tổ sơ cứu và thiết bị đã cấp" merges
    # the parent's items 7 and 8 ("Kiểm tra, giám sát, đánh giá chất lượng ..."); item 8 was reported missing
    assert "kiểm tra" in item_heads("Tai nạn, sự cố, kiểm tra: phối hợp sơ cứu tai nạn giao thông, đuối nước.")
    assert set_alarms("independent164", "A", "A07-cam-le.txt", "missing_content") == []
    # two names are one task's acts, and a label of one long name is not split either
    assert item_heads("Tuyên truyền, vận động: phổ biến pháp luật qua loa truyền thanh") == [
        "Tuyên truyền, vận động", "phổ biến pháp luật qua loa truyền thanh"]
    assert item_heads("Tuyên truyền, vận động Nhân dân thực hiện nếp sống văn minh: tổ chức ...")[0].startswith("Tuyên")
    assert len(item_heads("Tuyên truyền, vận động Nhân dân thực hiện nếp sống văn minh: tổ chức ...")) == 1


def test_where_a_duty_is_sent_does_not_give_the_duty():
    # I162-A12 (planted: "Điều tra, thống kê hiện trạng thư viện ..., gửi Sở Văn hóa, Thể thao và Du lịch trước ngày
    # 30/4/2026" given to nobody) was read as partly given by a schedule row "Gửi báo cáo sơ kết về Sở Văn hóa, Thể thao
    # và Du lịch" and by the recipients' line "- Sở Văn hóa, Thể thao và Du lịch;"
    assert set_alarms("independent162", "A", "A12-nghi-son.txt", "unassigned_task")

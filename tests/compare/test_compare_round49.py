"""Round 49 (sets 179-184, scored blind at bd3b1f6, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms, set_verdict


def test_a_ward_joined_to_the_citys_network_copies_no_scope():
    # I184-A04, I184-A11 (faithful on residue): "kết nối với các tuyến phố đi bộ của thành phố" joins the ward's walking
    # street to the city's, which the ward does not own
    assert set_alarms("independent184", "A", "A04-kim-long.txt", "locality_residue") == []
    assert set_alarms("independent184", "A", "A11-huong-tra.txt", "locality_residue") == []


def test_the_provinces_centre_is_no_residue():
    # I181-A02: the capital's ward keeps "cảnh quan đô thị trung tâm của tỉnh": it is the province's centre
    assert set_alarms("independent181", "A", "A02-viet-tri.txt", "locality_residue") == []


def test_words_of_the_parents_title_name_no_item_in_the_wards_title():
    # I184-A01: the dropped item "Xúc tiến, quảng bá sản phẩm kinh tế ban đêm" met "kinh tế ban đêm" in the ward's title
    # and read as partly covered; the parent's own title holds those words, so they tell no item from another
    assert set_verdict("independent184", "A", "A01-phu-xuan.txt", "/contents/6") == "not_covered"
    assert [f for f in set_alarms("independent184", "A", "A01-phu-xuan.txt", "missing_content")]


def test_a_wards_share_in_a_province_task_names_the_task():
    # I180-A10 (drops /contents/6 only): "Ba là, phối hợp với Sở Xây dựng khi thanh tra, kiểm tra cơ sở đăng kiểm ..."
    # is the ward's part in the province's inspections, not a missing item
    assert set_verdict("independent180", "A", "A10-tay-son.txt", "/contents/2") == "partly_covered"
    assert set_verdict("independent180", "A", "A10-tay-son.txt", "/contents/6") == "not_covered"


def test_a_list_sent_up_late_is_held_to_the_date_the_parent_only_addresses():
    # I180-A03: the parent dates only where the list goes ("..., gửi Sở Xây dựng và Công an tỉnh trước ngày 31/3/2026");
    # the ward's "gửi danh sách về Sở Xây dựng và Công an tỉnh trước ngày 10/4/2026" was paired with nothing
    (finding,) = set_alarms("independent180", "A", "A03-an-khe.txt", "deadline_conflict")
    assert "10/04/2026" in finding.message and "31/03/2026" in finding.message


def test_a_date_for_one_named_road_is_not_held_to_anothers():
    # I179-A09 (faithful on deadlines): the province hands over two roads' land on two dates; the ward on Vành đai 3
    # (named in its title) hands over "mặt bằng còn lại" by 15/9, within that road's 30/9, not the other road's 30/6
    assert set_alarms("independent179", "A", "A09-nhon-trach.txt", "deadline_conflict") == []
    # ... while a ward on the first road, late on it, is still held to 30/6 (I179-A08, whose defect stretches it)
    assert set_alarms("independent179", "A", "A08-long-phuoc.txt", "deadline_conflict")


def test_phases_named_in_a_schedule_tables_first_column_are_read():
    # I182-A07: "| Giai đoạn | Thời gian | Nội dung chính |" over "| Triển khai | Tháng 5/2026 - tháng 3/2027 | ... |":
    # the stretched phases were not read at all
    assert set_alarms("independent182", "A", "A07-thuy-nguyen.txt", "timeline_mismatch")

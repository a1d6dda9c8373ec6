"""Round 34 (sets 113-118, tuning since): a duty given by its lead clause, a content item carried by the duty that
restates it, and the province placed above the ward. Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms



def test_a_duty_given_by_its_lead_clause_is_partly_given():
    # I118-A: "Tổ chức tuyên truyền đến từng hộ dân về quy định giết mổ, vận chuyển động vật; vận động người dân sử dụng
    # sản phẩm động vật có nguồn gốc rõ ràng" given as "Phòng Văn hóa - Xã hội: tuyên truyền đến từng hộ dân": five false
    # unassigned alarms, two on faithful children.
    for child in ("A02-xa-thap-muoi.txt", "A06-phuong-sa-dec.txt", "A10-phuong-hong-ngu.txt", "A12-phuong-go-cong.txt"):
        assert set_alarms("independent118", "A", child, "unassigned_task") == [], child
    # ... the duty the same child drops is still found
    [found] = set_alarms("independent118", "A", "A08-xa-cho-gao.txt", "unassigned_task")
    assert found.parent_evidence.pointer == "/assignments/5/tasks/4"


def test_a_lead_clause_must_give_the_act_not_its_object():
    # I18-A05 (planted): "Rà soát, lập danh sách, theo dõi, quản lý trẻ em ... có nguy cơ bị bạo lực, xâm hại" met "bị
    # bạo lực, xâm hại" in a care task ("Chăm sóc y tế, hỗ trợ tâm lý cho trẻ bị bạo lực, xâm hại"); I68-B07 (planted):
    # "Phối hợp với Đồn Biên phòng ..." names a body, not an act.
    [found] = set_alarms("independent18", "A", "A05-huong-khe.txt", "unassigned_task")
    assert found.parent_evidence.pointer == "/assignments/6/tasks/2"
    assert set_alarms("independent68", "B", "B07-tan-thuan.txt", "unassigned_task")


def test_a_row_copying_the_duty_that_restates_an_item_carries_the_item():
    # I114-B03 (faithful), I114-B08: "4 | Vận động nông dân tham gia tổ hợp tác, hợp tác xã; kết nối doanh nghiệp liên
    # kết tiêu thụ | Hội Nông dân xã | ..." copies the wards' duty that restates "Phát triển hợp tác xã, liên kết chuỗi
    # giá trị ...": the item was read as missing.
    for child in ("B03-don-duong.txt", "B08-duc-trong.txt"):
        assert set_alarms("independent114", "B", child, "missing_content") == [], child
    # ... and the item the same parent's B12 drops is still missing
    found = set_alarms("independent114", "B", "B12-b-lao.txt", "missing_content")
    assert "/contents/7" in [f.parent_evidence.pointer for f in found]


def test_the_ward_placed_in_the_province_is_no_residue():
    # I114-B03: "Đưa xã Đơn Dương trở thành vùng rau công nghệ cao tập trung của tỉnh" (a copula, like "là"); I115-B01:
    # "... điểm ngập úng ... thuộc danh mục của thành phố" (a list the city keeps).
    assert set_alarms("independent114", "B", "B03-don-duong.txt", "locality_residue") == []
    assert set_alarms("independent115", "B", "B01-PhuXuan.txt", "locality_residue") == []

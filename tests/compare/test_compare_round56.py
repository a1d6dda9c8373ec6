"""Round 56 (sets 227-232, scored blind at 5b43685, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.compare.discharge import undischarged_text


def test_a_review_the_parent_also_holds_later_is_another_review():
    # 231-B: the parent's "4. Tổng kết Lễ hội: trước ngày 15/4/2026; tổng kết các hoạt động quảng bá du lịch năm 2026:
    # trong tháng 12/2026". Eleven wards kept both reviews and were reported late for their December one against 15/4
    for child in ("B03-thanh-nua.txt", "B01-muong-phang.txt", "B11-na-tau.txt"):
        assert set_alarms("independent231", "B", child, "timeline_mismatch") == []
    # ... a ward's only review, a month and more after the parent's day, is still late (round 54, I216-A06)
    (late,) = set_alarms("independent216", "A", "A06-vinh-gia.txt", "timeline_mismatch")
    assert "tháng 8/2026" in late.message


def test_the_bodies_a_closing_sentence_addresses_are_no_duty():
    # 230-B: "Các sở, ngành, UBND các xã, phường triển khai thực hiện nghiêm túc Kế hoạch này; trong quá trình thực hiện có
    # khó khăn ..." was read as a duty of the wards, given to no body, on four faithful children
    closing = ("Các sở, ngành, UBND các xã, phường triển khai thực hiện nghiêm túc Kế hoạch này; trong quá trình thực hiện "
               "có khó khăn, vướng mắc kịp thời phản ánh về Sở Nông nghiệp và Môi trường để tổng hợp.")  # fmt: skip
    assert undischarged_text(closing, ["x"]) is None
    assert undischarged_text("UBND các xã, phường tổ chức rà soát, lập danh sách hộ nuôi cá lóc", ["x"])
    assert set_alarms("independent230", "B", "B12-cho-gao.txt", "unassigned_task") == []


def test_the_provinces_tours_festivals_and_gateway_are_no_copied_scope():
    # I227-A02 "vào tour trải nghiệm của Thành phố", I229-A01 "tham gia Ngày hội hồng không hạt năm 2026 của tỉnh",
    # I231-B04 "quảng bá hình ảnh Tuần Giáo - cửa ngõ phía Đông của tỉnh": the higher level's own things, not the ward's
    # scope; each faithful child was reported
    assert set_alarms("independent227", "A", "A02-nghia-do.txt", "locality_residue") == []
    assert set_alarms("independent229", "A", "A01-phong-quang.txt", "locality_residue") == []
    assert set_alarms("independent231", "B", "B04-tuan-giao.txt", "locality_residue") == []
    # ... the copied scope of the set is still caught (I231-B12: "các hoạt động ... tại các xã, phường trong tỉnh")
    assert set_alarms("independent231", "B", "B12-muong-cha.txt", "locality_residue")


def test_an_issuer_whose_place_the_ocr_glued_is_the_same_issuer():
    # English-model OCR of set 222-A: "UBND THANH PHO HANOI" restored as "thành phố Hanoi"; all eleven correct citations
    # of "Ủy ban nhân dân thành phố Hà Nội" were reported as naming the wrong issuer
    from plan_parser.compare.checks.citation import same_issuer

    assert same_issuer("Ủy ban nhân dân thành phố Hanoi", "Ủy ban nhân dân thành phố Hà Nội")
    assert not same_issuer("Ủy ban nhân dân tỉnh Hà Nam", "Ủy ban nhân dân thành phố Hà Nội")

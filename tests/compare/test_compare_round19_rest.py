"""Round 19 (sets 33-36, tuning since): locality residue - the province's training the ward sends people to
("tập huấn của tỉnh"), the ward's own title copied with the province's scope, targets counted over communes
("100% xã, phường, đặc khu ..."); missing_content - a child item that details another parent item is no evidence
that this one is "named by its task"."""

from __future__ import annotations

from pathlib import Path

from plan_parser.compare import compare

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "compare"


def _findings(parent_dir: Path, child: str, kind: str) -> list:
    report = compare((parent_dir / "parent.txt").read_text(), (parent_dir / child).read_text())
    return [f for f in report.findings if f.type.value == kind]


def _replace(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new)


def test_province_training_the_ward_attends_is_no_residue():
    # I35-A05: "cử cán bộ tham gia các lớp tập huấn của tỉnh" (5 faithful children of set 35 flagged before)
    a35 = CORPUS / "independent35" / "A"
    assert _findings(a35, "A05-phu-ly.txt", "locality_residue") == []
    assert _findings(a35, "A01-hoa-lu.txt", "locality_residue") == []


def test_training_for_the_provinces_own_staff_is_still_residue():
    # the event word must stand right before "của tỉnh": "tập huấn cho cán bộ của tỉnh" names the province's staff
    a35 = CORPUS / "independent35" / "A"
    child = (a35 / "A05-phu-ly.txt").read_text()
    child = _replace(child, "cử cán bộ tham gia các lớp tập huấn của tỉnh", "tổ chức tập huấn cho cán bộ, hội viên của tỉnh")
    report = compare((a35 / "parent.txt").read_text(), child)
    assert [f for f in report.findings if f.type.value == "locality_residue"]


def test_own_title_copied_with_province_scope_is_residue():
    # I34-B12: title "Phòng, chống sạt lở đất, lũ quét mùa mưa năm 2026 trên địa bàn tỉnh Lâm Đồng"
    found = _findings(CORPUS / "independent34" / "B", "B12-phuc-tho-lam-ha.txt", "locality_residue")
    assert any("Tên kế hoạch" in f.message for f in found)


def test_title_that_cites_the_parent_plan_is_no_residue():
    b34 = CORPUS / "independent34" / "B"
    child = (b34 / "B12-phuc-tho-lam-ha.txt").read_text()
    child = _replace(
        child,
        "KẾ HOẠCH\nPhòng, chống sạt lở đất, lũ quét mùa mưa năm 2026 trên địa bàn tỉnh Lâm Đồng",
        "KẾ HOẠCH\nThực hiện Kế hoạch số 118/KH-UBND về phòng, chống sạt lở đất, lũ quét mùa mưa năm 2026 trên địa bàn tỉnh Lâm Đồng",
    )
    report = compare((b34 / "parent.txt").read_text(), child)
    assert not any("Tên kế hoạch" in f.message for f in report.findings)


def test_target_counted_over_communes_is_residue():
    # I12-A12 "Phấn đấu có từ 85% xã, phường trở lên ...": the city's target copied as the ward's own
    assert _findings(CORPUS / "independent12" / "A", "A12-thuy-xuan.txt", "locality_residue")


def test_child_item_detailing_another_parent_item_does_not_name_this_one():
    # I34-A02: "Vận động các doanh nghiệp, nhà hảo tâm ..." details "Huy động nguồn lực xã hội hóa: vận động doanh
    # nghiệp ..."; the dropped "Đẩy mạnh công tác tuyên truyền, vận động: ..." must stay an alarm
    found = _findings(CORPUS / "independent34" / "A", "A02-duc-xuan.txt", "missing_content")
    assert any(f.severity != "info" and f.parent_evidence.pointer == "/contents/1" for f in found)

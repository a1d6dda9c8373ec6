"""Round 40 (sets 131-136, scored blind at 3fbfad2, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, set_alarms, set_verdict

from plan_parser.compare.align import _clause_act
from plan_parser.parse.parser import parse
from plan_parser.parse.timeline import timeline_entry


def _plan(set_name: str, side: str, name: str):
    return parse((CORPUS / set_name / side / name).read_text(encoding="utf-8"))


def test_departments_named_by_their_short_names_keep_their_items():
    # 132-A "5. Thống kê tỉnh" and 135-A "2. Thành Đoàn Đà Nẵng": not read as bodies, their items were dropped (and the
    # duties of the next body took their lines' place)
    bodies = [a.body for a in _plan("independent132", "A", "parent.txt").assignments]
    assert "Thống kê tỉnh" in bodies and bodies[-1] == "Ủy ban nhân dân các xã, phường"
    youth = _plan("independent135", "A", "parent.txt").assignments[1]
    assert youth.body == "Thành Đoàn Đà Nẵng" and len(youth.tasks) == 2


def test_a_content_items_lead_given_to_the_wards_names_it():
    # 136-A: "Kiểm soát vật tư nông nghiệp nhập lậu qua biên giới: phối hợp với Bộ đội Biên phòng, ..." is restated in the
    # wards' duty ("các xã biên giới kiểm soát chặt chẽ vật tư nông nghiệp nhập lậu ..."), so its words were no one's own:
    # "Phối hợp ... kiểm soát hàng hóa vật tư nông nghiệp nhập lậu" was reported missing on 3 faithful children
    for child in ("A01-KyLua.txt", "A02-HuuLung.txt", "A06-BacSon.txt"):
        assert set_verdict("independent136", "A", child, "/contents/5") == "partly_covered", child
    # I131-A08 (faithful): "Khảo sát, đánh giá thực trạng khu dân cư; ..." in "Từ kết quả khảo sát thực tế từng khu dân cư
    # (ưu tiên dãy nhà kinh doanh ...)"
    assert set_verdict("independent131", "A", "A08-dak-doa.txt", "/contents/1") == "partly_covered"
    # a lead long enough to hold other tasks' words (I33-A11, I97-A02: dropped items) counts for nothing
    assert set_verdict("independent33", "A", "A11-tran-phu.txt", "/contents/0") == "not_covered"
    assert set_verdict("independent97", "A", "A02-thanh-khe.txt", "/contents/0") == "not_covered"


def test_a_clause_for_some_wards_and_a_partner_clause_have_acts():
    # 136-A's duty "Phối hợp với các đoàn kiểm tra cấp tỉnh, ... trong kiểm tra, lấy mẫu ...; các xã biên giới kiểm soát
    # chặt chẽ ...": neither clause had an act, so a ward that gives one and does the other was read as giving neither
    assert _clause_act("với các đoàn kiểm tra cấp tỉnh, quản lý thị trường trong kiểm tra, lấy mẫu") == {"kiểm_tra"}
    assert _clause_act("các xã biên giới kiểm soát chặt chẽ vật tư nông nghiệp") == {"kiểm_soát"}
    for child in ("A04-ChiLang.txt", "A08-VanQuan.txt", "A10-DongKinh.txt"):
        assert [f.parent_evidence.pointer for f in set_alarms("independent136", "A", child, "unassigned_task")
                if f.parent_evidence.pointer == "/assignments/5/tasks/4"] == [], child  # fmt: skip


def test_a_phase_named_for_two_works_and_a_memos_roadmap_are_read():
    # 131-B "3. Giai đoạn 3 - khắc phục, tổng kết (từ ngày 01/6/2027 đến ngày 30/6/2027)": dropped, so the ward's own
    # phase 3 was paired with phase 2 and read as a contradiction (I131-B02)
    phases = [e.label for e in _plan("independent131", "B", "parent.txt").timeline if e.label]
    assert phases == ["Giai đoạn 1", "Giai đoạn 2", "Giai đoạn 3"]
    assert set_alarms("independent131", "B", "B02-tay-yen.txt", "timeline_mismatch") == []
    # I135-B10: "Về lộ trình: giai đoạn 1 từ năm 2026 đến năm 2027, ..." (planted: phases moved) was never read
    assert [e.label for e in _plan("independent135", "B", "B10-tranhungdao.txt").timeline if e.label] == [
        "Giai đoạn 1", "Giai đoạn 2"]  # fmt: skip
    assert set_alarms("independent135", "B", "B10-tranhungdao.txt", "timeline_mismatch")


def test_two_reviews_sharing_one_year_and_a_years_phase_label():
    # I134-A04: "sơ kết 6 tháng vào tháng 6 và tổng kết vào tháng 11 năm 2026" was one sơ kết in November
    found = [(e.what, e.start_month) for e in timeline_entry("sơ kết 6 tháng vào tháng 6 và tổng kết vào tháng 11 năm 2026.")]
    assert found == [("sơ kết", 6), ("tổng kết", 11)]
    # I133-B12 (faithful): "Năm 2029 - 2030 (giai đoạn 2): ..." was unread, and the roadmap's "Năm 2027 - 2028" step inside
    # the city's phase 1 (2026 - 2028) was read as a contradicted phase
    span = timeline_entry("Năm 2029 - 2030 (giai đoạn 2): nhân rộng mô hình.")[0]
    assert (span.label, span.start, span.end) == ("Giai đoạn 2", 2029, 2030)
    assert set_alarms("independent133", "B", "B12-nhon-ai.txt", "timeline_mismatch") == []
    assert set_alarms("independent134", "A", "A04-do-luong.txt", "timeline_mismatch") == []


def test_criteria_of_another_scoring_and_a_task_named_evaluation_are_no_criteria():
    # I131-A10 (planted: no criteria): "đưa kết quả ... vào tiêu chí bình xét 'Gia đình văn hóa'" and "8. Sơ kết, đánh
    # giá, nhân rộng mô hình" passed for the criteria part
    assert [f.type for f in set_alarms("independent131", "A", "A10-phu-cat.txt", "missing_section")] == ["missing_section"]
    # I136-A11 (faithful): "Các chỉ tiêu năm 2026: 100% cơ sở ..." is the targets part the parent's "TIÊU CHÍ, CHỈ TIÊU" asks
    assert set_alarms("independent136", "A", "A11-BinhGia.txt", "missing_section") == []


def test_the_provinces_forecast_is_no_residue():
    # I131-B01 (faithful): "tiếp nhận bản tin dự báo của tỉnh, thông báo kịp thời đến các ấp"
    assert set_alarms("independent131", "B", "B01-an-bien.txt", "locality_residue") == []

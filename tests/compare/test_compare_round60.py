"""Round 60 (sets 251-256, scored blind at 963c0b0, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

import pytest
from set_cases import set_alarms


@pytest.mark.parametrize(
    "side, child, late, due",
    [
        # "Tham mưu BC sơ kết 6 tháng gửi Sở VHTTDL trước ngày 10/7/2026": the report abbreviated was read as a task
        ("A", "A01-ky-lua.txt", "10/07/2026", "30/06/2026"),
        # "BC tổng kết năm, kèm đề nghị công nhận mô hình điểm, gửi Sở NN&MT trước 20/11/2026"
        ("B", "B03-van-ninh.txt", "20/11/2026", "15/11/2026"),
        # "rà soát diện tích, BC kết quả rà soát về Sở NN&MT trước 08/5/2026"
        ("B", "B08-ninh-chu.txt", "08/05/2026", "30/04/2026"),
    ],
)
def test_a_report_abbreviated_bc_is_held_against_the_parents_report(side, child, late, due):
    (conflict,) = set_alarms("independent251", side, child, "deadline_conflict")
    assert late in conflict.message and due in conflict.message


def test_a_list_reported_late_answers_the_parents_dated_sending_of_that_list():
    # I253-A02: the parent dates "lập danh sách vùng trồng tập trung đề nghị cấp mã số, gửi Sở Nông nghiệp và Môi trường
    # trước ngày 30 tháng 4" (its deadline reads only "gửi Sở ..."); the ward's "Báo cáo Danh sách vùng trồng tập trung đề
    # nghị cấp mã số" due 08/5 was paired with nothing, a report and a sending being two kinds
    (conflict,) = set_alarms("independent253", "A", "A02-cao-phong.txt", "deadline_conflict")
    assert "08/05/2026" in conflict.message and "30/04/2026" in conflict.message
    assert set_alarms("independent253", "A", "A01-luong-son.txt", "deadline_conflict") == []


def test_a_sending_that_repeats_the_parents_act_answers_it_among_several_sent_to_one_office():
    # I254-A01: the parent sends three things to the Sở VHTTDL ("...; gửi kết quả về Sở ... trước 30/6", a dossier by 31/8,
    # a list by 15/9); the ward's "tổng hợp và gửi kết quả điều tra, thống kê về Sở ... trước ngày 15/7/2026" answered none
    (conflict,) = set_alarms("independent254", "A", "A01-lung-cu.txt", "deadline_conflict")
    assert "15/07/2026" in conflict.message and "30/06/2026" in conflict.message
    assert set_alarms("independent254", "A", "A02-sa-phin.txt", "deadline_conflict") == []


@pytest.mark.parametrize(
    "set_name, side, child, phase, mine, theirs",
    [
        # "Thứ hai, giai đoạn 2 (từ tháng 6 đến hết tháng 10 năm 2026)": a phase after a prose ordinal was not read at all
        ("independent252", "A", "A07-lao-chai.txt", "giai đoạn 2", "tháng 6/2026–10/2026", "tháng 6/2026–8/2026"),
        # phases shifted inside the year were never compared: only one running past the parent's whole timeline was
        ("independent252", "B", "B07-son-hoa.txt", "giai đoạn 1", "tháng 2/2026–6/2026", "tháng 2/2026–4/2026"),
        ("independent255", "A", "A09-long-hiep.txt", "giai đoạn 1", "tháng 3/2026–6/2026", "tháng 2/2026–4/2026"),
    ],
)
def test_a_numbered_phase_that_overruns_the_parents_phase_is_a_timeline_mismatch(set_name, side, child, phase, mine, theirs):
    (mismatch,) = set_alarms(set_name, side, child, "timeline_mismatch")
    assert phase in mismatch.message and mine in mismatch.message and theirs in mismatch.message


@pytest.mark.parametrize(
    "set_name, side, child",
    [("independent252", "A", "A01-y-ty.txt"), ("independent252", "B", "B02-tuy-an-dong.txt"),
     ("independent255", "A", "A01-tra-cu.txt")],
)  # fmt: skip
def test_faithful_phases_raise_no_timeline_mismatch(set_name, side, child):
    assert set_alarms(set_name, side, child, "timeline_mismatch") == []


def test_the_provinces_own_figures_kept_as_the_wards_targets_are_residue():
    # I253-B09: "Tổng số lồng nuôi cá trên các hồ thủy điện đạt 9.800 lồng; sản lượng cá nuôi lồng đạt 7.500 tấn": the
    # province's totals copied as a commune's targets, with no "trên địa bàn tỉnh" to show it
    (residue,) = set_alarms("independent253", "B", "B09-tuong-ha.txt", "locality_residue")
    assert "9.800, 7.500" in residue.message
    assert residue.parent_evidence is not None and "9.800" in residue.parent_evidence.quote
    # ... while a ward sharing smaller figures with the province ("xe cấp cứu 115 ... không quá 15 phút", I164-A02) or
    # setting its own (I253-B02) keeps none
    assert set_alarms("independent164", "A", "A02-thanh-khe.txt", "locality_residue") == []
    assert set_alarms("independent253", "B", "B02-muong-gion.txt", "locality_residue") == []

"""Round 44 (sets 155-160, scored blind at eda8822, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.compare.bodies import names_body, responsible_body, role_line_body
from plan_parser.compare.checks.deadlines import internal
from plan_parser.compare.discharge import undischarged_text
from plan_parser.model import Deadline

_FLOODING = ["Phòng, chống ngập úng do triều cường và mưa lớn trên địa bàn thành phố Cần Thơ năm 2026"]


def test_carrying_out_the_contents_part_is_no_task_of_its_own():
    # 160-A, duty c): "Chủ động tổ chức thực hiện các nội dung tại Mục III Kế hoạch này trên địa bàn, ưu tiên nạo vét,
    # khơi thông dòng chảy và gia cố bờ bao" was reported given to no body on four children
    duty = ("Chủ động tổ chức thực hiện các nội dung tại Mục III Kế hoạch này trên địa bàn, ưu tiên nạo vét, khơi thông "
            "dòng chảy và gia cố bờ bao.")
    assert undischarged_text(duty, _FLOODING) is None
    # a task of its own after the reference is still a task
    assert undischarged_text("Tổ chức thực hiện các nội dung tại Mục III Kế hoạch này; lập danh sách hộ dân ở khu vực "
                             "trũng thấp.", _FLOODING) == "lập danh sách hộ dân ở khu vực trũng thấp"
    for child in ("A09-vi-thanh.txt", "A11-nga-bay.txt", "A12-cu-lao-dung.txt"):
        assert set_alarms("independent160", "A", child, "unassigned_task") == [], child
    # the planted duty (the list of households in low-lying areas) is still found
    assert set_alarms("independent160", "A", "A05-thoi-lai.txt", "unassigned_task")


def test_a_title_of_prevention_and_the_recipients_are_no_bodies_given_tasks():
    # I157-B08 (planted: no organisation part): the title "Phòng, chống cận thị học đường ..." and the recipients
    # "- Trạm Y tế xã; các trường học" made three bodies, so the plan was taken to give its tasks inline
    assert not names_body("Phòng, chống cận thị học đường và chăm sóc mắt cho học sinh năm học 2026-2027")
    assert set_alarms("independent157", "B", "B08-khanh-vinh.txt", "missing_section")


def test_a_task_that_names_its_body_after_a_full_stop_is_given_to_it():
    # I85-A09: "- Sơ tuyển sức khỏe. Trách nhiệm: Trạm Y tế xã, phối hợp ..." on every task of a step-by-step plan
    assert responsible_body("- Sơ tuyển sức khỏe. Trách nhiệm: Trạm Y tế xã, phối hợp Ban Chỉ huy Quân sự xã.") == "tram y te xa"
    assert set_alarms("independent85", "A", "A09-nghia-hanh.txt", "missing_section") == []
    # I109-A07: "+ Thường xuyên: hướng dẫn thợ xây dựng ... Đơn vị thực hiện: Phòng Văn hóa - Xã hội, ..." gives the duty
    assert set_alarms("independent109", "A", "A07-dong-nguyen.txt", "unassigned_task") == []


def test_a_record_layouts_bare_label_names_the_body():
    # I110-A09: "Thực hiện: Phòng Kinh tế chủ trì, trưởng các bản phối hợp" under "Nội dung 1: ..." and "Yêu cầu: ..."
    assert role_line_body("Thực hiện: Phòng Kinh tế chủ trì, trưởng các bản phối hợp; bản báo cáo xã trước 08/4/2026") == "phong kinh te"
    assert set_alarms("independent110", "A", "A09-nam-nhun.txt", "unassigned_task") == []


def test_a_report_to_the_wards_office_is_its_own_business():
    # I158-B06: "Các trường báo cáo Phòng Văn hóa - Xã hội trước ngày 05/01/2027 (học kỳ I) và trước ngày 20/5/2027"
    # was held against the province's 10/01/2027
    assert internal(Deadline(date="2027-05-20", what="báo cáo Phòng Văn hóa - Xã hội", kind="report"))
    assert not internal(Deadline(date="2027-05-20", what="báo cáo phòng, chống dịch bệnh", kind="report"))
    alarms = set_alarms("independent158", "B", "B06-huong-thuy.txt", "deadline_conflict")
    assert len(alarms) == 1 and "30/05/2027" in alarms[0].message


def test_a_review_held_in_a_month_is_a_step_of_the_timeline():
    # I159-A08 (planted: phases and reviews moved): "tổng kết trong tháng 3/2027" was also reported as a late task
    assert set_alarms("independent159", "A", "A08-hung-ha.txt", "deadline_conflict") == []
    assert set_alarms("independent159", "A", "A08-hung-ha.txt", "timeline_mismatch")


def test_the_provinces_interagency_team_is_no_residue():
    # I157-B07: "Kiểm tra, giám sát tại các trường học ..., phối hợp đoàn liên ngành của tỉnh"
    assert set_alarms("independent157", "B", "B07-ninh-hoa.txt", "locality_residue") == []

"""Round 39 (sets 131-136, scored blind at 3fbfad2, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms

from plan_parser.compare.discharge import undischarged_text

_TITLE = "Kế hoạch phòng, chống hạn hán, xâm nhập mặn mùa khô 2026 - 2027"


def test_a_response_plan_on_the_plans_own_topic_is_the_wards_plan():
    # I131-B01 (faithful): "Xây dựng phương án phòng, chống hạn hán, xâm nhập mặn trên địa bàn, hoàn thành trước ngày
    # 20/11/2026" is what the ward's plan on that topic is: reported unassigned on 7 of 12 children.
    duty = "Xây dựng phương án phòng, chống hạn hán, xâm nhập mặn trên địa bàn, hoàn thành trước ngày 20/11/2026."
    assert undischarged_text(duty, [_TITLE]) is None
    assert set_alarms("independent131", "B", "B01-an-bien.txt", "unassigned_task") == []
    # a response plan on another topic is work of its own
    assert undischarged_text("Xây dựng phương án sơ tán dân khỏi vùng nguy hiểm", [_TITLE]) is not None

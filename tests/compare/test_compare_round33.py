"""Round 33 (sets 113-118, scored blind at 1112eb0, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms


def test_a_year_report_answers_the_parents_year_report_of_its_day():
    # I115-B: the parent asks for two yearly reports, "kết quả ra quân nạo vét trước ngày 10/9 hằng năm và ... kết quả
    # thực hiện Kế hoạch trước ngày 15/12 hằng năm". Every ward's year report (15/12) was held to 10/9: eleven false
    # alarms, four on faithful children.
    for child in ("B01-PhuXuan.txt", "B05-PhuVinh.txt", "B10-HuongThuy.txt", "B02-ThuanHoa.txt"):
        assert set_alarms("independent115", "B", child, "deadline_conflict") == [], child
    # ... and the planted late year report (20/12) is still found, against 15/12
    [late] = set_alarms("independent115", "B", "B04-VyDa.txt", "deadline_conflict")
    assert "15/12" in late.message

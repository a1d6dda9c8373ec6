"""Round 37 (sets 125-130, scored blind at da1b2fd, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms, set_verdict


def test_an_act_given_in_a_word_and_written_out_among_the_tasks_is_the_duty():
    # I125-A02 (faithful): "Tổ chức tuyên truyền đến từng thôn, ..., lồng ghép trong các cuộc họp thôn ..., ưu tiên các
    # thôn, bản giáp biên giới ..." is "- Tuyên truyền song ngữ ... họp thôn ...; mỗi quý ít nhất 01 buổi ở các thôn giáp
    # biên" among the ward's tasks and "Trưởng thôn: tuyên truyền tại thôn" in its organisation: reported unassigned.
    assert set_verdict("independent125", "A", "A02-y-ty.txt", "/assignments/8/tasks/1") == "partly_covered"
    assert set_alarms("independent125", "A", "A02-y-ty.txt", "unassigned_task") == []


def test_an_act_named_inside_another_task_is_not_the_duty():
    # I8-B07 (planted): "Hỗ trợ HTX về mặt bằng sản xuất, trụ sở ..." is dropped; "giám sát chính sách hỗ trợ HTX" and
    # "hỗ trợ kết cấu hạ tầng" inside other tasks do not give it (the first version of the rule let it pass).
    assert set_verdict("independent8", "B", "B07-bo-trach.txt", "/assignments/3/tasks/3") == "not_covered"
    # nor is "hằng năm" an act ("hằng năm điều tra, thống kê số người tập luyện ...", I5-A07)
    assert set_verdict("independent5", "A", "A07-hoang-hoa.txt", "/assignments/3/tasks/4") == "not_covered"

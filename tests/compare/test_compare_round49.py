"""Round 49 (sets 179-184, scored blind at bd3b1f6, tuning since). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import set_alarms


def test_a_ward_joined_to_the_citys_network_copies_no_scope():
    # I184-A04, I184-A11 (faithful on residue): "kết nối với các tuyến phố đi bộ của thành phố" joins the ward's walking
    # street to the city's, which the ward does not own
    assert set_alarms("independent184", "A", "A04-kim-long.txt", "locality_residue") == []
    assert set_alarms("independent184", "A", "A11-huong-tra.txt", "locality_residue") == []


def test_the_provinces_centre_is_no_residue():
    # I181-A02: the capital's ward keeps "cảnh quan đô thị trung tâm của tỉnh": it is the province's centre
    assert set_alarms("independent181", "A", "A02-viet-tri.txt", "locality_residue") == []

"""Round 54 (open cases of sets 2-208). Each test can fail on the bug it names."""

from __future__ import annotations

from set_cases import CORPUS, findings_of, set_alarms

from plan_parser.compare.checks.coverage import _label_parts


def test_an_item_merged_under_a_label_that_names_it_is_no_alarm():
    # I207-A07 (faithful, terse): "2. Bãi đẻ, cứu hộ: canh giữ tổ trứng, báo Vườn quốc gia Côn Đảo di dời, ấp, thả rùa
    # con; cứu hộ rùa mắc lưới; ..." merges "Bảo vệ bãi đẻ, ấp trứng và thả rùa con: ..." with "Cứu hộ rùa biển mắc
    # lưới, dạt vào bờ: ..."; the merged line scored 0.19 on the first and it was reported missing ("high")
    assert set_alarms("independent207", "A", "A07-binh-chau.txt", "missing_content") == []
    folder = CORPUS / "independent207" / "A"
    (merged,) = [f for f in findings_of(folder / "parent.txt", folder / "A07-binh-chau.txt", "missing_content")
                 if "bãi đẻ" in f.parent_evidence.quote]  # fmt: skip
    assert merged.severity == "info" and "gộp chung" in merged.message


def test_a_label_lists_its_topics_and_a_sentence_is_no_label():
    assert _label_parts("2. Bãi đẻ, cứu hộ: canh giữ tổ trứng") == ["bãi đẻ", "cứu hộ"]
    assert _label_parts("d) Giáo dục thường xuyên, trung cấp, sơ cấp: giới thiệu") == ["giáo dục thường xuyên", "trung cấp", "sơ cấp"]
    # a clause ended by a colon far into a long sentence is no label
    assert _label_parts("Phòng Văn hóa - Xã hội chủ trì, phối hợp các đơn vị liên quan tổ chức tuyên truyền rộng rãi: loa") == []

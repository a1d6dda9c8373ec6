"""The checks one by one, on hand-built plans and on the seeds; regression tests name their bug."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS, assert_golden
from plan_parser.compare import compare, compare_siblings, find_parent, render_html, render_markdown
from plan_parser.compare.checks.citation import same_number, split_number
from plan_parser.compare.discovery import find_siblings
from plan_parser.model import Assignment, Deadline, Document, Plan
from compare_fixtures import dev, heldout_reports  # noqa: F401 - fixtures

GOLD = CORPUS / "gold" / "parse"


def gold(seed: str) -> Plan:
    return Plan.model_validate_json(next(GOLD.glob(f"{seed}_*.json")).read_text(encoding="utf-8"))


def province(**extra) -> Plan:
    base = dict(doc_type="Kế hoạch", number="150/KH-UBND", date="2025-06-16", issuer="Ủy ban nhân dân thành phố Hải Phòng",
                issuer_level="province",
                contents=["Thi đua phát triển kinh tế số, doanh nghiệp công nghệ số.",
                          "Thi đua bảo đảm an toàn, an ninh mạng, củng cố lực lượng nòng cốt về an toàn thông tin."],
                deadlines=[Deadline(date="--12-10", recurring="yearly", what="báo cáo kết quả", to="Sở Nội vụ")],
                assignments=[Assignment(body="Ủy ban nhân dân các xã, phường", role="thực hiện",
                                        tasks=["Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã."])])  # fmt: skip
    base.update(extra)
    return Plan(**base)


def ward(**extra) -> Plan:
    base = dict(doc_type="Kế hoạch", number="12/KH-UBND", issuer="Ủy ban nhân dân phường Lê Chân", issuer_level="commune",
                bases=[{"doc_type": "Kế hoạch", "number": "150/KH-UBND", "date": "2025-06-16",
                        "issuer": "Ủy ban nhân dân thành phố Hải Phòng"}],
                contents=["Đẩy mạnh thi đua bảo đảm an toàn, an ninh mạng; củng cố lực lượng nòng cốt về an toàn thông tin.",
                          "Tích cực thi đua phát triển kinh tế số và doanh nghiệp công nghệ số trên địa bàn phường."],
                deadlines=[Deadline(date="--12-05", recurring="yearly", what="báo cáo", to="Phòng Văn hóa - Xã hội")],
                assignments=[Assignment(body="Phòng Văn hóa - Xã hội", role="chủ trì",
                                        tasks=["Tổ chức tập huấn kỹ năng số cho cán bộ, công chức phường."])])  # fmt: skip
    base.update(extra)
    return Plan(**base)


def types(report) -> list[str]:
    return sorted(f.type.value for f in report.findings if f.severity != "info")


def test_a_faithful_ward_has_no_findings():
    report = compare(province(), ward())
    assert types(report) == [] and report.coverage == 1.0
    assert [a.verdict for a in report.alignment] == ["covered"] * 3


def test_each_planted_defect_is_found_alone():
    assert types(compare(province(), ward(contents=ward().contents[:1]))) == ["missing_content"]
    assert types(compare(province(), ward(bases=[]))) == ["citation_mismatch"]
    late = [Deadline(date="--12-20", recurring="yearly", what="báo cáo")]
    assert types(compare(province(), ward(deadlines=late))) == ["deadline_conflict"]
    assert types(compare(province(), ward(assignments=[]))) == ["missing_section"]  # organisation, once
    other = [Assignment(body="Phòng Văn hóa - Xã hội", role="chủ trì", tasks=["Theo dõi, tổng hợp kết quả thi đua."])]
    assert types(compare(province(), ward(assignments=other))) == ["unassigned_task"]
    residue = ward().contents[:1] + ["Thi đua phát triển kinh tế số, doanh nghiệp công nghệ số trên địa bàn thành phố."]
    assert types(compare(province(), ward(contents=residue))) == ["locality_residue"]


def test_timeline_mismatch_on_milestone_and_period():
    parent = province(title="Phát động thi đua giai đoạn 2025 – 2030",
                      timeline=[{"start": 2027, "end": 2027, "what": "sơ kết Phong trào thi đua"}])  # fmt: skip
    child = ward(title="Triển khai thi đua giai đoạn 2025 - 2030",
                 timeline=[{"start": 2028, "end": 2028, "what": "Tổ chức sơ kết"}])  # fmt: skip
    report = compare(parent, child)
    assert types(report) == ["timeline_mismatch"]
    assert "2028" in report.findings[0].message and "2027" in report.findings[0].message
    child = ward(title="Triển khai thi đua giai đoạn 2025-2031")
    assert types(compare(parent, child)) == ["timeline_mismatch"]
    child = ward(title="Triển khai thi đua giai đoạn 2024-2030")
    assert types(compare(parent, child)) == ["timeline_mismatch"]


def test_child_period_starting_later_within_the_parents_is_not_a_mismatch():
    # Regression (independent2 A03): "năm 2025 và giai đoạn 2026 - 2030" under 2025 - 2030 was flagged;
    # a ward plan issued after the province's starts later, inside the parent's period, ending with it.
    parent = province(title="Phát động thi đua giai đoạn 2025 – 2030")
    child = ward(title="Triển khai thi đua năm 2025 và giai đoạn 2026 - 2030 trên địa bàn phường")
    assert "timeline_mismatch" not in types(compare(parent, child))


def test_citation_wrong_number_is_high_and_says_what_is_right():
    child = ward(bases=[{"doc_type": "Kế hoạch", "number": "105/KH-UBND", "date": "2025-06-16",
                         "issuer": "Ủy ban nhân dân thành phố Hải Phòng"}])  # fmt: skip
    finding = compare(province(), child).findings[0]
    assert finding.type.value == "citation_mismatch" and finding.severity == "high"
    assert "105/KH-UBND" in finding.message and "150/KH-UBND" in finding.message


def test_ocr_misread_number_is_not_a_citation_mismatch():
    child = ward(bases=[{"doc_type": "Kế hoạch", "number": "15O/KH-UBNĐ", "date": "2025-06-16",
                         "issuer": "Ủy ban nhân dân thành phố Hải Phòng"}])  # fmt: skip
    assert types(compare(province(), child)) == []


@given(st.integers(0, 999), st.sampled_from(["KH-UBND", "QĐ-UBND", "KH-BCĐ"]), st.lists(st.integers(0, 8), max_size=3))
def test_number_comparison_ignores_spaces_and_lookalikes(digits, symbol, cuts):
    number = f"{digits}/{symbol}"
    spaced = number
    for cut in cuts:
        spaced = spaced[:cut] + " " + spaced[cut:]
    assert same_number(spaced, number)
    assert same_number(number.replace("0", "O"), number)
    assert not same_number(f"{digits + 1}/{symbol}", number)
    assert split_number(number)[0] == str(digits)


def test_regression_thien_tai_tinh_is_not_locality_residue():
    # Bug: on accent-folded text "thiên tai tỉnh" read as "tại tỉnh"; patterns now keep diacritics.
    child = ward(contents=ward().contents + ["Phối hợp với Văn phòng thường trực Ban Chỉ huy phòng, chống thiên tai tỉnh."])
    assert "locality_residue" not in types(compare(province(issuer="Ủy ban nhân dân tỉnh Nghệ An"), child))


def test_regression_award_titles_naming_the_province_are_not_residue():
    child = Document.from_text("KẾ HOẠCH\nTriển khai thi đua\n- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;\n"
                               "- Cờ thi đua của Ủy ban nhân dân tỉnh;\nThực hiện tốt các nội dung trên địa bàn tỉnh.")  # fmt: skip
    from plan_parser.compare.sides import Side

    side = Side(plan=ward(), document=child)
    findings = [f for f in compare(province(issuer="Ủy ban nhân dân tỉnh Quảng Ninh"), side).findings if f.type.value == "locality_residue"]
    assert [f.child_evidence.line for f in findings] == [5]  # not the award lines 3 and 4
    assert findings[0].child_evidence.quote == "Thực hiện tốt các nội dung trên địa bàn tỉnh."


def test_seeds_000_and_003_as_siblings_differ_on_cyber_security():
    # Both implement Hải Phòng's 150/KH-UBND, which is not available; 000 leaves out 003's item (8).
    report = compare_siblings(gold("003"), gold("000"))
    assert report.mode == "siblings"
    texts = [f.message for f in report.findings if f.type.value == "sibling_difference"]
    assert any("an toàn, an ninh mạng" in t and "phường Lê Đại Hành" in t for t in texts)
    assert any("Hình thức khen thưởng" in t and t.startswith("Kế hoạch của Ủy ban nhân dân phường Lê Đại Hành") for t in texts)
    covered = {a.parent.pointer: a.verdict for a in report.alignment}
    assert covered["/contents/0"] == "covered" and covered["/contents/7"] == "not_covered"


def test_seed_003_keeps_the_city_scope_in_a_requirement(seed_text):
    # A genuine copy-paste trace in a real ward plan: "người dân trên địa bàn thành phố".
    from plan_parser.compare.sides import Side

    text = seed_text("003")
    side = Side(plan=gold("003"), document=Document.from_text(text))
    findings = [f for f in compare(province(), side).findings if f.type.value == "locality_residue"]
    assert any("trên địa bàn thành phố" in f.child_evidence.quote for f in findings)
    line = findings[0].child_evidence.line
    assert text.split("\n")[line - 1].strip() == findings[0].child_evidence.quote


def test_html_escapes_document_text():
    evil = ward(contents=["<script>alert('x')</script> Thi đua phát triển kinh tế số", *ward().contents])
    page = render_html(compare(province(title="<b>Kế hoạch</b>"), evil))
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<b>Kế hoạch</b>" not in page
    assert 'lang="vi"' in page and "Đã cụ thể hóa" in page and "v-covered" in page


def test_markdown_report_golden(dev):
    case = next(c for c in dev.load_cases("heldout") if c["id"] == "C-28-double-2")
    report = compare(dev.side(case["parent"]), dev.side(case["child"]))
    assert_golden("compare/C-28-double-2.md", render_markdown(report))


def test_find_parent_in_an_archive_and_siblings_without_it(tmp_path, dev):
    folder = dev.ROOT / "tune" / "B"
    child = folder / "B-05-missing-content-2.txt"
    found = find_parent(child, folder)
    assert found is not None and found.plan.number == "162/KH-UBND"
    for name in ("B-00-faithful-1", "B-01-faithful-2"):
        (tmp_path / f"{name}.txt").write_bytes((folder / f"{name}.txt").read_bytes())
    assert find_parent(tmp_path / "B-00-faithful-1.txt", tmp_path) is None
    siblings = find_siblings(tmp_path / "B-00-faithful-1.txt", tmp_path)
    assert [re.sub(r".*/", "", s.source) for s in siblings] == ["B-01-faithful-2.txt"]


def test_report_json_has_the_documented_keys():
    data = json.loads(compare(province(), ward(bases=[])).model_dump_json())
    assert {"parent", "child", "coverage", "alignment", "findings"} <= set(data)
    assert set(data["findings"][0]) >= {"type", "severity", "message", "parent_evidence", "child_evidence"}


def test_find_parent_in_an_archive_index(tmp_path, dev):
    from plan_parser.archive import IndexOptions, index_archive

    folder = dev.ROOT / "heldout" / "C"
    (tmp_path / "src").mkdir()
    for name in ("parent.txt", "C-00-faithful-1.txt"):
        (tmp_path / "src" / name).write_bytes((folder / name).read_bytes())
    index_archive(str(tmp_path / "src"), str(tmp_path / "a.db"), IndexOptions(workers=1, progress=False))
    found = find_parent(folder / "C-11-deadline-2.txt", tmp_path / "a.db")
    assert found is not None and found.plan.number == "087/KH-UBND" and found.source.endswith("parent.txt")
    report = compare(found, folder / "C-11-deadline-2.txt")
    assert types(report) == ["deadline_conflict"]
    assert report.findings[0].parent_evidence.quote.startswith("Ủy ban nhân dân các xã, phường báo cáo")


def test_find_parent_tolerates_an_ocr_read_number():
    child = ward(bases=[{"doc_type": "Kế hoạch", "number": "l5O/KH-UBND", "date": None, "issuer": None}])
    other = province(number="151/KH-UBND", date="2025-06-20")
    assert find_parent(child, [other, province()]).plan.number == "150/KH-UBND"
    assert find_parent(child, [other]) is None


def test_compare_accepts_plain_text_and_documents(dev):
    folder = dev.ROOT / "heldout" / "C"
    parent_text = (folder / "parent.txt").read_text(encoding="utf-8")
    child_text = (folder / "C-13-timeline-final.txt").read_text(encoding="utf-8")
    from_text = compare(parent_text, child_text)
    from_documents = compare(Document.from_text(parent_text), Document.from_text(child_text))
    assert types(from_text) == types(from_documents) == ["timeline_mismatch"]
    assert from_text.findings[0].child_evidence.line == from_documents.findings[0].child_evidence.line

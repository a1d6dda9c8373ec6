"""The Vietnamese words for severities, finding types, verdicts and item kinds.

One table for every report — CLI Markdown/HTML, audit summaries, the web app and its exports — so that
an auditor reads the same label for the same finding wherever the report came from.
"""

from __future__ import annotations

SEVERITY = {"high": "Nghiêm trọng", "medium": "Trung bình", "low": "Thấp", "info": "Lưu ý"}
FINDING_TYPE = {
    "missing_content": "Thiếu nội dung",
    "citation_mismatch": "Trích dẫn sai căn cứ",
    "deadline_conflict": "Xung đột thời hạn",
    "timeline_mismatch": "Lệch mốc thời gian",
    "unassigned_task": "Nhiệm vụ chưa giao",
    "locality_residue": "Sót phạm vi, địa danh cấp trên",
    "missing_section": "Thiếu phần",
    "sibling_difference": "Khác biệt giữa hai kế hoạch",
}
VERDICT = {"covered": "Đã cụ thể hóa", "partly_covered": "Cụ thể hóa một phần", "not_covered": "Chưa cụ thể hóa"}
ITEM_KIND = {
    "content": "Nội dung",
    "criterion": "Tiêu chí",
    "duty": "Nhiệm vụ",
    "purpose": "Mục đích",
    "requirement": "Yêu cầu",
    "other": "Mục khác",
}

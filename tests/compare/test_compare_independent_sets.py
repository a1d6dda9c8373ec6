"""Regression guards on the independent comparison sets written by annotators who never saw the checks.

Each set (corpus/compare/independent*/) is two province parents and 16-24 ward/commune children. Every set was
scored once blind and then used to tune the comparer: sets 1-3 in rounds 1-3, set 4 in round 4, set 5 in round
5, sets 6-10 in round 7, and from then on one new pair per round (11-12 in round 8, 13-14 in 9, 15-16 in 10,
17-18 in 11, 19-20 in 12, 21-22 in 13 and 14, 23-24 in 15, 25-26 in 16, 27-28 in 17, 29-32 in 18, 33-36 in 19, 37-46 in 21, 47-52 in 22, 53-58 in 23, 59-64 in 24, 65-76 in 25, 77-82 in 26, 83-88 in 27, 89-94 in 28; labs/compare/README.md). So all floors guard against regressions only;
a set not listed here is held out for the next blind measurement. Floors are the measured value minus 0.05;
`tp` may drop by at most one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from plan_parser.model import SEVERITY_ORDER

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import compare_independent  # noqa: E402

ALL_ONE = {  # measured 1.00 / 1.00: floors 0.95 / 0.95
    t: (0.95, 0.95) for t in compare_independent.TYPES
}
# set: (precision/recall floors by type, measured tp by type, (faithful children allowed above "info",
#       the worst severity measured on a faithful child))
SETS = {
    "independent": (ALL_ONE, dict(missing_content=5, citation_mismatch=5, deadline_conflict=4, timeline_mismatch=4,
                                  unassigned_task=4, locality_residue=4, missing_section=3), (0, "info")),
    "independent2": (ALL_ONE, dict(missing_content=4, citation_mismatch=4, deadline_conflict=5, timeline_mismatch=3,
                                   unassigned_task=3, locality_residue=4, missing_section=3), (0, "info")),
    # measured 1.00 / 1.00 except missing_content P 0.62: three merged items score under the containment
    # threshold chosen on all tuning data together; I3-A02 keeps one alarm, "medium" since round 4 (a near
    # miss: its score is just under the partial threshold).
    # Round 22: I3-B05 and I3-B08 plant an unassigned duty that the child still writes among its own tasks ("task 6 lists
    # thực tập phương án but TỔ CHỨC THỰC HIỆN gives it to no body"), written before annotators were told "and not done
    # anywhere"; such a duty is now info ("đã được nêu trong nội dung kế hoạch nhưng chưa giao ..."), so recall 1/3.
    # Round 23: a missing funding part is advice (info): I3-B09 is the one child of sets 2-58 planted so, against 4
    # children the annotators accepted without one; missing_section recall 3/4.
    "independent3": ({**ALL_ONE, "missing_content": (0.57, 0.95), "unassigned_task": (0.95, 0.28),
                      "missing_section": (0.95, 0.70)},
                     dict(missing_content=5, citation_mismatch=4, deadline_conflict=4, timeline_mismatch=3,
                          unassigned_task=1, locality_residue=4, missing_section=3), (1, "medium")),
    # tuning since round 4 (blind it gave unassigned_task P 0.80, locality_residue P 0.75, 2/6 faithful
    # above info); measured after round 4: 1.00 / 1.00 for every type, 0/6 faithful above info.
    "independent4": (ALL_ONE, dict(missing_content=5, citation_mismatch=5, deadline_conflict=4, timeline_mismatch=3,
                                   unassigned_task=4, locality_residue=3, missing_section=3), (0, "info")),
    # TUNING since round 5 (blind it gave missing_section P 0.06, deadline_conflict P 0.20, locality_residue
    # P 0.20, timeline_mismatch R 0.50, 4/4 faithful above info, worst "high"); measured after round 5:
    # 1.00 / 1.00 for every type, 0/4 faithful above info. Two parents, 16 children: tp counts are small.
    "independent5": (ALL_ONE, dict(missing_content=2, citation_mismatch=2, deadline_conflict=2, timeline_mismatch=2,
                                   unassigned_task=2, locality_residue=1, missing_section=1), (0, "info")),
    # Sets 6-10 were scored blind together after round 6 (pooled precision: missing_content 0.53, deadline 0.44,
    # unassigned 0.16, residue 0.58, missing_section 0.26; 18/30 faithful above info) and tuned on in round 7.
    # Measured after round 7b: 1.00 / 1.00 for every type except the two missing_content alarms below.
    "independent6": (ALL_ONE, dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                                   unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # Round 24: "Phần thứ nhất" over "MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU" is read (I7-A05's parts were not); its one item listing
    # all the tasks now leaves two parent items under the partial threshold (medium).
    "independent7": ({**ALL_ONE, "missing_content": (0.55, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # I8-B08: "Luật HTX" and an item rewritten in few words still score under the partial threshold.
    "independent8": ({**ALL_ONE, "missing_content": (0.70, 0.95)},
                     dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                          unassigned_task=2, locality_residue=4, missing_section=2), (0, "info")),
    "independent9": (ALL_ONE, dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2,
                                   unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    # I10-A03 (faithful): its item on community learning centres is matched more by a parent duty than by the
    # content item: one "high" missing_content alarm.
    "independent10": ({**ALL_ONE, "missing_content": (0.75, 0.95)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                           unassigned_task=2, locality_residue=2, missing_section=3), (1, "high")),
    # Sets 11-12: scored blind after round 7 (pooled unassigned_task P 0.12, missing_content P 0.57, 6/12 faithful
    # above info), tuned on in round 8; measured after round 8 (commit 0ea74c3).
    "independent11": ({**ALL_ONE, "missing_content": (0.75, 0.95), "missing_section": (0.95, 0.62)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2,
                           unassigned_task=2, locality_residue=2, missing_section=2), (1, "high")),
    "independent12": ({**ALL_ONE, "missing_content": (0.75, 0.95), "timeline_mismatch": (0.95, 0.45),
                       "unassigned_task": (0.55, 0.95), "locality_residue": (0.95, 0.62)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1,
                           unassigned_task=3, locality_residue=2, missing_section=2), (1, "medium")),
    # Sets 13-14: scored blind after round 8 (pooled deadline_conflict P 0.19, unassigned_task P 0.56, residue P 0.55,
    # missing_section P 0.57, 6/12 faithful above info), tuned on in round 9; measured after round 9 (b09924e).
    # I13-B02's missing_content key names the parent item the parser gave at annotation time (a sub-item took
    # the contents role); I14-B07's shifted season is a timeline defect read as a deadline conflict.
    "independent13": ({**ALL_ONE, "missing_content": (0.95, 0.62)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                           unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # Round 50: I14-A02 (a citation defect) keeps targets and no criteria against a parent that scores its wards by ten
    # criteria, some found nowhere: a missing_section alarm its annotator did not plant (labs/compare/README.md).
    "independent14": ({**ALL_ONE, "missing_content": (0.70, 0.95), "deadline_conflict": (0.70, 0.95),
                       "timeline_mismatch": (0.95, 0.45), "missing_section": (0.62, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1,
                           unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # Sets 15-16: scored blind after round 9 (pooled unassigned_task P 0.35, residue P 0.70, missing_section
    # 0.75 / 0.75, 5/12 faithful above info), tuned on in round 10; measured after round 10 (9b5f904). Left in 16:
    # I16-A06's funding duty met only in the KINH PHÍ part, I16-A04's merged short plan, I16-B07's "Quý I/2027"
    # table row (no timeline entry).
    "independent15": (ALL_ONE, dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                                    unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent16": ({**ALL_ONE, "missing_content": (0.70, 0.95), "timeline_mismatch": (0.95, 0.45),
                       "unassigned_task": (0.70, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=2, timeline_mismatch=1,
                           unassigned_task=3, locality_residue=4, missing_section=2), (1, "high")),
    # Sets 17-18: scored blind after round 10 (pooled unassigned_task P 0.22, residue P 0.45, missing_section P 0.57,
    # 8/12 faithful above info), tuned on in round 11; measured after round 11 (a6cf9d0). Left: I17-B08's contents
    # written as "Về ..." paragraphs, I18-A04's dropped item whose words recur in an inspection duty.
    "independent17": ({**ALL_ONE, "missing_content": (0.75, 0.95)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2,
                           unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent18": ({**ALL_ONE, "missing_content": (0.95, 0.62)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                           unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # Sets 19-20: blind after round 11, tuned on in rounds 12 and 14 (phases in months, "nội dung 1, 2, 4" assigned
    # by number). I20 keeps one missing_content alarm on a faithful child (a clause merged under an abbreviation).
    # Round 22: I19-B02's planted duty (persuade, and inspect violations of nếp sống văn minh) keeps its persuasion half in
    # content 3 (containment 0.56), so it reads as written among the ward's own tasks: info, a recall loss of that rule.
    "independent19": ({**ALL_ONE, "unassigned_task": (0.95, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                           unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent20": ({**ALL_ONE, "missing_content": (0.70, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                           unassigned_task=3, locality_residue=3, missing_section=2), (1, "high")),
    # Sets 21-22: blind after round 12; tuned on in rounds 13 (deadlines) and 14 (timeline by month, criteria apart
    # from targets). Left: I22-A12 "chấm điểm, công nhận thôn" for "đánh giá, công nhận khu dân cư".
    "independent21": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                           unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent22": ({**ALL_ONE, "unassigned_task": (0.62, 0.95)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2,
                           unassigned_task=2, locality_residue=2, missing_section=2), (1, "medium")),
    # Sets 23-24: blind after round 13, tuned on in round 15 (duties by task number or name, plans without headings,
    # dated tasks, dates in words). Left: I23-A07's phases end a month EARLIER than the parent's (passes by design),
    # I24-A10 /contents/2 kept in its opening words only.
    "independent23": ({**ALL_ONE, "timeline_mismatch": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=1,
                           unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent24": ({**ALL_ONE, "missing_content": (0.70, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                           unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # Sets 25-26: blind after round 15, tuned on in round 16 (parent cited in the body, "Điều 1 ..." plans, task
    # tables with a body column, quarterly lists). Left: "kiện toàn Ban Chỉ đạo" with no body named in two compact
    # plans (I26-A03, A07), I26-A01 /contents/4 missed, I26-A10 /contents/6 flagged beside the planted /contents/5.
    "independent25": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                           unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent26": ({**ALL_ONE, "missing_content": (0.62, 0.62), "unassigned_task": (0.55, 0.95)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2,
                           unassigned_task=3, locality_residue=3, missing_section=2), (1, "medium")),
    # Sets 27-28: blind after round 16, tuned on in round 17 (what the plan must contain discharged with it, "Phần
    # một", everything in tables, reports to several recipients). Left: I27-A06 funding duty answered in the ward's
    # "KINH PHÍ" part; I28-B07 phases named by their work ("Cao điểm dịp hè", months) are not read as phases.
    # round 21: I27-A07's planted duty (fund the fire points from the commune budget) now meets its "Điểm chữa cháy công
    # cộng" in a task line that names the bản as its body ("4. Các bản, tiểu khu duy trì ..."): partly given, info.
    "independent27": ({**ALL_ONE, "unassigned_task": (0.7, 0.7)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=2, timeline_mismatch=2,
                           unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent28": ({**ALL_ONE, "timeline_mismatch": (0.95, 0.45)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1,
                           unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    # Sets 29-32: blind after round 17 (annotators chose their layouts freely), tuned on in round 18 (plan acts listed
    # with a "phương án", "Căn cứ ...," lead-ins, the ward's own steering committee, "Lựa chọn ... để", item names
    # before local detail, reports tied to the date they meet, plans ordered by body, "CÁC GIAI ĐOẠN" headings).
    # Left: I29-B04 tasks grouped by quarter with the body in brackets, I32-B02/B11 "Đề nghị ..." table rows.
    "independent29": ({**ALL_ONE, "missing_content": (0.7, 0.95), "unassigned_task": (0.38, 0.95), "missing_section": (0.45, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (2, "high")),
    "independent30": ({**ALL_ONE, "missing_section": (0.95, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=2, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent31": ({**ALL_ONE, "unassigned_task": (0.95, 0.45), "missing_section": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=1, locality_residue=3, missing_section=1), (0, "info")),
    "independent32": ({**ALL_ONE, "unassigned_task": (0.45, 0.62)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=2), (1, "high")),
    # Sets 33-36: blind after round 18 (layouts chosen freely), tuned on in round 19 (funding and conformity phrases of
    # the plan act, eligibility criteria, province-run events, the ward's own title). Left: 33-A/34-B duties handed
    # out clause by clause to several bodies (22 unassigned alarms), steps ("Bước 1-4") and "Lộ trình" inside another
    # part not read as the timeline.
    "independent33": ({**ALL_ONE, "missing_content": (0.95, 0.62), "unassigned_task": (0.15, 0.95), "missing_section": (0.28, 0.95)},
                      dict(missing_content=2, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (4, "high")),
    "independent34": ({**ALL_ONE, "timeline_mismatch": (0.95, 0.0), "unassigned_task": (0.13, 0.95), "missing_section": (0.35, 0.95)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=0, unassigned_task=3, locality_residue=3, missing_section=2), (1, "medium")),
    "independent35": ({**ALL_ONE, "timeline_mismatch": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent36": ({**ALL_ONE, "missing_content": (0.95, 0.62), "missing_section": (0.45, 0.95)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (1, "medium")),
    # Sets 37-46: scored blind after rounds 19 and 20 (37-40, 41-43, 44-46), tuned on in round 21 (a tổng kết "năm 2026
    # vào tháng 01 năm 2027" held in January, tasks that name their bodies where they are listed, "CÁC NHÓM GIẢI PHÁP").
    # Left: terse children that compress a content item into a clause (45 B), duties handed out clause by clause
    # (44 A, 41, 43), 40 B's missing_section read nowhere.
    "independent37": ({**ALL_ONE, "deadline_conflict": (0.7, 0.95), "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.45, 0.95)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=3, locality_residue=3, missing_section=2), (1, "medium")),
    "independent38": ({**ALL_ONE, "missing_content": (0.28, 0.62), "unassigned_task": (0.55, 0.95), "missing_section": (0.45, 0.95)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (2, "high")),
    "independent39": ({**ALL_ONE, "missing_content": (0.35, 0.62), "unassigned_task": (0.55, 0.95), "missing_section": (0.62, 0.95)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (4, "high")),
    "independent40": ({**ALL_ONE, "missing_content": (0.2, 0.62), "unassigned_task": (0.62, 0.62), "locality_residue": (0.7, 0.95), "missing_section": (0.0, 0.0)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=0), (3, "high")),
    "independent41": ({**ALL_ONE, "missing_content": (0.95, 0.62), "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.13, 0.62)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=2, locality_residue=3, missing_section=2), (3, "medium")),
    "independent42": ({**ALL_ONE, "missing_content": (0.55, 0.95), "unassigned_task": (0.45, 0.45), "locality_residue": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=1, locality_residue=3, missing_section=2), (1, "high")),
    "independent43": ({**ALL_ONE, "unassigned_task": (0.15, 0.95)},
                      dict(missing_content=2, citation_mismatch=3, deadline_conflict=4, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (2, "medium")),
    "independent44": ({**ALL_ONE, "missing_content": (0.95, 0.62), "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.13, 0.95)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=3, locality_residue=3, missing_section=2), (1, "medium")),
    "independent45": ({**ALL_ONE, "missing_content": (0.26, 0.95), "unassigned_task": (0.28, 0.95), "missing_section": (0.95, 0.45)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=1), (2, "high")),
    "independent46": ({**ALL_ONE, "missing_content": (0.95, 0.45), "unassigned_task": (0.45, 0.95)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=3), (1, "medium")),
    # Sets 47-52: blind after round 21 (rules alone, pooled: unassigned_task P 0.22, locality_residue P 0.73,
    # missing_section P 0.63, timeline_mismatch R 0.75, 12/36 faithful above info); tuned on in round 22. I50-A keeps
    # "thăm hỏi, tặng quà" given as "trao quà" (a paraphrase), I52-A03 a kè item written in six words, I52-B08 a campaign
    # moved by a week (day-level, not read).
    "independent47": ({**ALL_ONE, "unassigned_task": (0.62, 0.95)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=2), (0, "info")),
    "independent48": ({**ALL_ONE, "missing_content": (0.95, 0.28)},
                      dict(missing_content=1, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=4, missing_section=2), (0, "info")),
    "independent49": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # Round 23: I50-A04 tags each task with its body "(Phòng Văn hóa - Xã hội, trưởng thôn)", now read as its organisation,
    # so its duties are checked; "thăm hỏi, tặng quà" written "Trao quà ..." is under the threshold (a paraphrase).
    "independent50": ({**ALL_ONE, "unassigned_task": (0.17, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (2, "medium")),
    "independent51": ({**ALL_ONE, "missing_content": (0.7, 0.95), "unassigned_task": (0.62, 0.95), "missing_section": (0.62, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=4, missing_section=2), (1, "medium")),
    # (Round 24: I52-A04's "Phần thứ nhất..tư" parts are read, so its duties are checked; one is paraphrased.)
    "independent52": ({**ALL_ONE, "missing_content": (0.7, 0.95), "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.62, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=2, locality_residue=3, missing_section=2), (1, "high")),
    # Sets 53-58: blind after round 22 (rules alone, pooled: deadline_conflict P 0.41, missing_section P 0.52,
    # locality_residue P 0.62, unassigned_task P 0.43, missing_content P 0.69, 10/36 faithful above info); tuned on in
    # round 23 (the same session). Left: month-range schedule lines without a phase label (I57-B10), a campaign moved
    # within its months (I56-A08), paraphrased duties and items (53 A, 54 A, 55 B).
    "independent53": ({**ALL_ONE, "missing_content": (0.7, 0.95), "unassigned_task": (0.28, 0.62), "locality_residue": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (1, "low")),
    # (Round 24: I54-A08's "Phần thứ nhất..tư" parts are read, so its duties are checked; one is paraphrased.)
    "independent54": ({**ALL_ONE, "missing_content": (0.28, 0.62), "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.45, 0.95), "locality_residue": (0.7, 0.95)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=3, locality_residue=3, missing_section=2), (1, "high")),
    "independent55": ({**ALL_ONE, "missing_content": (0.55, 0.95), "timeline_mismatch": (0.62, 0.95), "missing_section": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=1), (0, "info")),
    "independent56": ({**ALL_ONE, "missing_content": (0.7, 0.95), "timeline_mismatch": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent57": ({**ALL_ONE, "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent58": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # Sets 59-64: blind after round 23 (rules alone, pooled: deadline_conflict P 0.46, unassigned_task P 0.78,
    # missing_section P 0.79, timeline_mismatch R 0.83, 4/36 faithful above info); tuned on in round 24 (the same
    # session). Left: a thôn's annual report with its recipient in an earlier clause (I59-A07), schedule lines without
    # a phase label (I63-B07, I64-A09).
    "independent59": ({**ALL_ONE, "deadline_conflict": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent60": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent61": ({**ALL_ONE, "unassigned_task": (0.62, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent62": ({**ALL_ONE, "unassigned_task": (0.95, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent63": ({**ALL_ONE, "deadline_conflict": (0.7, 0.95), "timeline_mismatch": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent64": ({**ALL_ONE, "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.35, 0.95)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=1, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    # round 25 (session 7): 65-76 tuned on; 77-82 scored blind at 910fade, floors from that scoring
    "independent65": ({**ALL_ONE, "unassigned_task": (0.15, 0.95), "locality_residue": (0.95, 0.62), "missing_section": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=3), (2, "medium")),
    "independent66": ({**ALL_ONE, "missing_content": (0.28, 0.95), "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.62, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=1, unassigned_task=2, locality_residue=3, missing_section=2), (2, "medium")),
    "independent67": ({**ALL_ONE, "missing_content": (0.45, 0.95), "unassigned_task": (0.95, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (1, "high")),
    "independent68": ({**ALL_ONE, "missing_content": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent69": ({**ALL_ONE, "unassigned_task": (0.95, 0.28)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=1, locality_residue=3, missing_section=2), (0, "info")),
    "independent70": ({**ALL_ONE, "missing_content": (0.95, 0.45), "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.95, 0.62)},
                      dict(missing_content=1, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=1, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent71": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent72": ({**ALL_ONE, "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.38, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=3, locality_residue=3, missing_section=2), (2, "medium")),
    "independent73": ({**ALL_ONE, "missing_content": (0.7, 0.95), "unassigned_task": (0.55, 0.95), "locality_residue": (0.95, 0.62)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=2, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (1, "high")),
    "independent74": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent75": ({**ALL_ONE, "missing_content": (0.7, 0.95), "timeline_mismatch": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=2, locality_residue=4, missing_section=2), (1, "medium")),
    "independent76": ({**ALL_ONE, "missing_content": (0.75, 0.95), "unassigned_task": (0.95, 0.28)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=1, locality_residue=2, missing_section=2), (0, "info")),
    # round 26 (session 8): 77-82 tuned on, floors after it; 83-88 scored blind at b8e4dd1, floors from that scoring
    # (rules alone: unassigned_task P 0.23, 43 false alarms, 33 of them on set 87)
    "independent77": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent78": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent79": ({**ALL_ONE, "unassigned_task": (0.95, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent80": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent81": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent82": ({**ALL_ONE, "missing_content": (0.75, 0.95)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=2), (1, "medium")),
    "independent83": ({**ALL_ONE, "timeline_mismatch": (0.7, 0.95), "unassigned_task": (0.25, 0.95)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=3, unassigned_task=3, locality_residue=3, missing_section=2), (1, "high")),
    "independent84": ({**ALL_ONE, "missing_content": (0.95, 0.28)},
                      dict(missing_content=1, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent85": ({**ALL_ONE, "unassigned_task": (0.95, 0.45)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=1, locality_residue=3, missing_section=2), (0, "info")),
    "independent86": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent87": ({**ALL_ONE, "unassigned_task": (0.2, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent88": ({**ALL_ONE, "unassigned_task": (0.95, 0.45), "missing_section": (0.62, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=1, locality_residue=3, missing_section=2), (0, "info")),
    "independent89": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent90": ({**ALL_ONE, "unassigned_task": (0.95, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent91": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent92": ({**ALL_ONE, "missing_content": (0.28, 0.62), "unassigned_task": (0.45, 0.95), "missing_section": (0.95, 0.45)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=4, locality_residue=3, missing_section=1), (2, "medium")),
    "independent93": ({**ALL_ONE, "missing_content": (0.7, 0.95), "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.62, 0.95)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=1, unassigned_task=2, locality_residue=2, missing_section=3), (0, "info")),
    "independent94": ({**ALL_ONE, "unassigned_task": (0.45, 0.95), "missing_section": (0.62, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # Sets 95-100: scored once blind at b526a04 (labs/compare/README.md); these floors are that measurement.
    "independent95": ({**ALL_ONE, "unassigned_task": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=1, locality_residue=2, missing_section=3), (0, "info")),
    "independent96": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent97": ({**ALL_ONE, "missing_content": (0.38, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (1, "high")),
    "independent98": ({**ALL_ONE, "unassigned_task": (0.95, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent99": ({**ALL_ONE, "missing_content": (0.39, 0.95), "unassigned_task": (0.55, 0.95)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (3, "high")),
    "independent100": ({**ALL_ONE, "timeline_mismatch": (0.62, 0.95)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent101": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent102": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=2, timeline_mismatch=2, unassigned_task=2, locality_residue=4, missing_section=2), (0, "info")),
    "independent103": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent104": ({**ALL_ONE, "unassigned_task": (0.45, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent105": ({**ALL_ONE, "missing_content": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (1, "medium")),
    "independent106": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent107": ({**ALL_ONE, "missing_content": (0.75, 0.95), "timeline_mismatch": (0.95, 0.45)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=2, locality_residue=3, missing_section=2), (1, "medium")),
    "independent108": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent109": ({**ALL_ONE, "missing_content": (0.45, 0.62), "unassigned_task": (0.45, 0.62)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (1, "medium")),
    "independent110": ({**ALL_ONE, "unassigned_task": (0.95, 0.45)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=1, locality_residue=2, missing_section=2), (0, "info")),
    "independent111": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent112": ({**ALL_ONE, "unassigned_task": (0.62, 0.95), "missing_section": (0.95, 0.45)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=1), (0, "info")),
    "independent113": ({**ALL_ONE, "missing_content": (0.95, 0.62)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent114": ({**ALL_ONE, "missing_content": (0.7, 0.95), "unassigned_task": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=1, locality_residue=3, missing_section=2), (0, "info")),
    "independent115": ({**ALL_ONE, "missing_content": (0.55, 0.95), "unassigned_task": (0.62, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent116": ({**ALL_ONE, "missing_content": (0.62, 0.95)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=2, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=3), (1, "high")),
    "independent117": ({**ALL_ONE, "unassigned_task": (0.7, 0.95), "missing_section": (0.62, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (1, "medium")),
    "independent118": ({**ALL_ONE, "missing_content": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=3), (0, "info")),
    "independent119": ({**ALL_ONE, "unassigned_task": (0.95, 0.62), "missing_section": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=1), (0, "info")),
    "independent120": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=4, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=2), (0, "info")),
    "independent121": ({**ALL_ONE, "unassigned_task": (0.55, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent122": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent123": ({**ALL_ONE, "missing_content": (0.45, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (1, "medium")),
    "independent124": ({**ALL_ONE, "unassigned_task": (0.95, 0.45)},
                      dict(missing_content=2, citation_mismatch=3, deadline_conflict=4, timeline_mismatch=2, unassigned_task=1, locality_residue=3, missing_section=2), (0, "info")),
    "independent125": ({**ALL_ONE, "missing_content": (0.55, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=4, missing_section=2), (1, "medium")),
    "independent126": ({**ALL_ONE, "missing_content": (0.7, 0.95), "unassigned_task": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent127": ({**ALL_ONE, "missing_content": (0.38, 0.95), "unassigned_task": (0.62, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent128": ({**ALL_ONE, "deadline_conflict": (0.7, 0.95)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent129": ({**ALL_ONE, "unassigned_task": (0.95, 0.7)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent130": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent131": ({**ALL_ONE, "missing_content": (0.95, 0.62)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent132": ({**ALL_ONE, "missing_content": (0.7, 0.95), "unassigned_task": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent133": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent134": ({**ALL_ONE, "missing_content": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent135": ({**ALL_ONE, "timeline_mismatch": (0.95, 0.45), "unassigned_task": (0.62, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=2, locality_residue=3, missing_section=2), (1, "medium")),
    "independent136": ({**ALL_ONE, "missing_content": (0.95, 0.28)},
                      dict(missing_content=1, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=3), (0, "info")),
    "independent137": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent138": ({**ALL_ONE, "missing_section": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=1), (0, "info")),
    "independent139": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent140": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent141": ({**ALL_ONE, "unassigned_task": (0.95, 0.45)},
                      dict(missing_content=4, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=1, locality_residue=2, missing_section=2), (0, "info")),
    "independent142": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # Round 50: I143-A04, as I14-A02 above.
    "independent143": ({**ALL_ONE, "missing_section": (0.62, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent144": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent145": ({**ALL_ONE, "unassigned_task": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=1, locality_residue=4, missing_section=2), (0, "info")),
    "independent146": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent147": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent148": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent149": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent150": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent151": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent152": ({**ALL_ONE, "unassigned_task": (0.95, 0.2)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=1, locality_residue=3, missing_section=2), (0, "info")),
    "independent153": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent154": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=2), (0, "info")),
    "independent155": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent156": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent157": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=3), (0, "info")),
    "independent158": ({**ALL_ONE, "unassigned_task": (0.55, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=3, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent159": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent160": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent161": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent162": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent163": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent164": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent165": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent166": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent167": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent168": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent169": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent170": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent171": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent172": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent173": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent174": ({**ALL_ONE, "unassigned_task": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (1, "medium")),
    "independent175": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent176": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent177": ({**ALL_ONE, "unassigned_task": (0.95, 0.45), "missing_section": (0.95, 0.62)},
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=1, locality_residue=2, missing_section=2), (0, "info")),
    "independent178": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent179": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent180": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent181": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent182": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent183": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent184": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent185": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent186": (ALL_ONE,
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=4, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent187": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent188": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent189": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=3), (0, "info")),
    "independent190": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent191": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent192": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=3), (0, "info")),
    "independent193": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=2, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=3), (0, "info")),
    "independent194": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent195": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent196": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent197": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent198": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=3), (0, "info")),
    # I199-B02, B04: "Phối hợp với lực lượng chức năng tuần tra, bảo vệ đảo yến thiên nhiên thuộc địa bàn quản lý" is the
    # ward's row "| 1 | Phối hợp khoanh vùng, cắm mốc, tuần tra, canh giữ đảo yến, hang yến; ... | Công an phường |", two
    # of the duty's own word pairs where a duty given in few words needs three (the calibrator keeps both at info)
    "independent199": ({**ALL_ONE, "unassigned_task": (0.55, 0.95)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (1, "medium")),
    "independent200": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=3, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent201": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent202": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent203": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent204": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent205": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent206": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent207": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent208": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent209": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent210": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent211": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # I212-B12 (faithful): "Xác định vùng nho, táo tập trung tại khu tưới hồ Tân Giang và cánh đồng Khánh Hải; hạn chế trồng
    # tự phát ..." puts the ward's places where the parent's item names the province's (Tân Mỹ, hồ Sông Sắt): 0.27
    "independent212": ({**ALL_ONE, "missing_content": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (1, "medium")),
    "independent213": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent214": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent215": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    # I216-B08: the dropped "Vận động Nhân dân treo cờ Tổ quốc, chỉnh trang nhà cửa, ..." read as partly given by the
    # Front's "vận động Nhân dân tham gia Lễ hội văn minh ..." (the words they share are the plan's topic)
    "independent216": ({**ALL_ONE, "unassigned_task": (0.95, 0.62)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=3), (0, "info")),
    # I217-A04 (faithful, terse): "hướng dẫn hồ sơ OCOP" gives "Hướng dẫn, hỗ trợ chủ thể hoàn thiện hồ sơ đánh giá, phân
    # hạng sản phẩm OCOP từ mãng cầu" in four words (0.13)
    "independent217": ({**ALL_ONE, "unassigned_task": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (1, "high")),
    "independent218": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent219": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent220": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    # I221-A09: the ward's "liên hoan cấp xã" moved to November is late against the parent's "liên hoan ở cơ sở" in
    # August, a defect the annotator keys as timeline_mismatch only
    "independent221": ({**ALL_ONE, "deadline_conflict": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=3), (0, "info")),
    "independent222": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent223": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent224": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent225": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=2), (0, "info")),
    "independent226": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent227": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent228": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent229": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=3), (0, "info")),
    "independent230": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent231": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    # I232-A06, I232-B12: each dropped duty is partly covered (0.12-0.35) by a task on the plan's topic, and its own
    # object ("hương ước", "hộ kinh doanh") is nowhere in the child; left at info (I232-B02 found since round 58)
    "independent232": ({**ALL_ONE, "unassigned_task": (0.95, 0.28)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=1, locality_residue=2, missing_section=3), (0, "info")),
    "independent233": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=2, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=4), (0, "info")),
    "independent234": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent235": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent236": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent237": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent238": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent239": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    # I240-B07: its commune preliminary round in tháng 10/2026 is reported late against the parent's tháng 9/2026 (its
    # timeline defect is found too; the annotator did not list deadline_conflict as acceptable)
    "independent240": ({**ALL_ONE, "deadline_conflict": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent241": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent242": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent243": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent244": (ALL_ONE,
                      dict(missing_content=4, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent245": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=2, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent246": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent247": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    # I248-A01: the dropped credit item ("vốn tín dụng", "vay ưu đãi") is partly covered (0.17) by the funding lines; info
    "independent248": ({**ALL_ONE, "missing_content": (0.95, 0.62)},
                      dict(missing_content=2, citation_mismatch=3, deadline_conflict=2, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    # I249-A04 (faithful, very short merged items): one duty is reported unassigned rules alone (the calibrator lowers it)
    "independent249": ({**ALL_ONE, "unassigned_task": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (1, "medium")),
    "independent250": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    # 251-256, blind after round 59; rounds 60-61 tuned on them. Still open, rules alone: unassigned false alarms on 251-A
    # (eight children)
    "independent251": ({**ALL_ONE, "unassigned_task": (0.22, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (2, "medium")),
    "independent252": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent253": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent254": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent255": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent256": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    # 257-262, blind after round 60 (scored at 18ad46a); round 61 tuned on them
    "independent257": ({**ALL_ONE, "missing_content": (0.7, 0.95), "unassigned_task": (0.37, 0.95)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (2, "medium")),
    "independent258": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent259": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent260": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent261": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent262": ({**ALL_ONE, "unassigned_task": (0.95, 0.61)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=2), (0, "info")),
    # 263-268, blind after round 61 (scored at a9042c6); round 62 tuned on them
    "independent263": ({**ALL_ONE, "missing_section": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=1), (0, "info")),
    "independent264": ({**ALL_ONE, "unassigned_task": (0.61, 0.61)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=3, missing_section=2), (0, "info")),
    "independent265": ({**ALL_ONE, "missing_content": (0.45, 0.95), "locality_residue": (0.95, 0.61)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (1, "medium")),
    "independent266": ({**ALL_ONE, "unassigned_task": (0.12, 0.95)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (4, "medium")),
    "independent267": ({**ALL_ONE, "missing_section": (0.95, 0.28)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=1), (0, "info")),
    "independent268": ({**ALL_ONE, "unassigned_task": (0.54, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (1, "medium")),
    "independent269": ({**ALL_ONE, "unassigned_task": (0.45, 0.61)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=2), (0, "info")),
    "independent270": ({**ALL_ONE, "deadline_conflict": (0.45, 0.28), "unassigned_task": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=1, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (1, "high")),
    "independent271": ({**ALL_ONE, "missing_content": (0.95, 0.61), "locality_residue": (0.54, 0.95)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (1, "low")),
    "independent272": ({**ALL_ONE, "missing_content": (0.37, 0.95), "locality_residue": (0.61, 0.61)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent273": ({**ALL_ONE, "missing_content": (0.95, 0.61), "deadline_conflict": (0.95, 0.61), "timeline_mismatch": (0.95, 0.45), "locality_residue": (0.95, 0.61)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=2, timeline_mismatch=1, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent274": ({**ALL_ONE, "unassigned_task": (0.16, 0.95), "locality_residue": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (3, "medium")),
    "independent275": ({**ALL_ONE, "missing_content": (0.95, 0.61)},
                      dict(missing_content=2, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent276": ({**ALL_ONE, "deadline_conflict": (0.95, 0.61), "timeline_mismatch": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=2, timeline_mismatch=1, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent277": ({**ALL_ONE, "missing_content": (0.95, 0.61), "unassigned_task": (0.37, 0.95)},
                      dict(missing_content=2, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (1, "medium")),
    "independent278": ({**ALL_ONE, "missing_content": (0.95, 0.61), "unassigned_task": (0.2, 0.95), "missing_section": (0.95, 0.45)},
                      dict(missing_content=2, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=1), (3, "high")),
    "independent279": ({**ALL_ONE, "timeline_mismatch": (0.95, 0.45), "locality_residue": (0.61, 0.95)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=1, unassigned_task=3, locality_residue=2, missing_section=2), (1, "low")),
    "independent280": ({**ALL_ONE, "missing_content": (0.54, 0.95), "deadline_conflict": (0.7, 0.95), "unassigned_task": (0.45, 0.61)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=2), (2, "high")),
    "independent281": ({**ALL_ONE, "timeline_mismatch": (0.95, 0.0), "unassigned_task": (0.95, 0.61), "missing_section": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=0, unassigned_task=2, locality_residue=3, missing_section=1), (0, "info")),
    "independent282": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent283": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent284": ({**ALL_ONE, "unassigned_task": (0.15, 0.95), "locality_residue": (0.45, 0.95)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (3, "medium")),
    "independent285": ({**ALL_ONE, "locality_residue": (0.7, 0.95)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent286": ({**ALL_ONE, "deadline_conflict": (0.61, 0.61)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=2, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=2), (0, "info")),
    "independent287": ({**ALL_ONE, "unassigned_task": (0.23, 0.61), "missing_section": (0.95, 0.61)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=2), (0, "info")),
    "independent288": ({**ALL_ONE, "locality_residue": (0.95, 0.45)},
                      dict(missing_content=3, citation_mismatch=3, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=1, missing_section=3), (0, "info")),
    "independent289": (ALL_ONE,
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (0, "info")),
    "independent290": ({**ALL_ONE, "unassigned_task": (0.95, 0.61)},
                      dict(missing_content=3, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=2, locality_residue=2, missing_section=3), (0, "info")),
    "independent291": ({**ALL_ONE, "missing_content": (0.95, 0.61), "timeline_mismatch": (0.95, 0.45)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=1, unassigned_task=3, locality_residue=3, missing_section=2), (0, "info")),
    "independent292": ({**ALL_ONE, "missing_content": (0.61, 0.61), "unassigned_task": (0.7, 0.95)},
                      dict(missing_content=2, citation_mismatch=2, deadline_conflict=3, timeline_mismatch=2, unassigned_task=3, locality_residue=2, missing_section=3), (1, "medium")),
}  # fmt: skip
FAITHFUL_CHILDREN = {"independent5": 4}  # the other sets have 6


@pytest.fixture(scope="module", params=sorted(SETS))
def evaluated(request):
    # The rules' own findings (the calibrator is guarded by tests/compare/test_calibration.py): module-scoped, so
    # conftest's per-test switch comes too late here.
    results, summary = compare_independent.evaluate(ROOT / "corpus" / "compare" / request.param / "cases.jsonl",
                                                    calibrate=False)  # fmt: skip
    return request.param, results, summary


def test_precision_and_recall_do_not_regress(evaluated):
    name, _, summary = evaluated
    floors, measured_tp, _ = SETS[name]
    for finding_type in compare_independent.TYPES:
        got = summary[finding_type]
        precision_floor, recall_floor = floors[finding_type]
        assert got["tp"] >= measured_tp[finding_type] - 1, (name, finding_type, got)
        assert got["precision"] >= precision_floor, (name, finding_type, got)
        assert got["recall"] >= recall_floor, (name, finding_type, got)


def test_faithful_children_do_not_get_more_alarms(evaluated):
    name, results, _ = evaluated
    faithful = [report for case, report, _ in results if case["faithful"]]
    assert len(faithful) == FAITHFUL_CHILDREN.get(name, 6)
    allowed, worst = SETS[name][2]
    alarmed = [r for r in faithful if r.alarms()]
    assert len(alarmed) <= allowed, name
    assert all(SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[worst] for r in faithful for f in r.findings), name

"""Duties that the child plan discharges by existing.

A province tells the wards to "Xây dựng kế hoạch, phát động Phong trào thi đua tại địa phương,
hoàn thành trong tháng 9/2025": the ward's plan under comparison IS that plan, so no ward body
has to receive the duty (and its wording shares few terms with anything in the ward plan: it
scored 0.22-0.31 and was reported unassigned on every child of the independent set). The words
of such an act are removed from a duty before it is matched; a duty with nothing left is
covered by the plan itself, one with more left ("...; kiện toàn Ban An toàn giao thông cấp xã")
is matched on the rest.

More generally a duty is split into clauses (at ";" and sentence ends) and each clause is classed by
its main verb, the words it opens with: PROCEDURAL clauses - issue or launch this plan, report
("báo cáo kết quả ... trước ngày"), hold the sơ kết / tổng kết, propose awards, "tổ chức thực hiện Kế
hoạch này", "chỉ đạo ... triển khai thực hiện" - are discharged by the child plan's existence and are
checked by the citation, deadline, timeline and section checks; only SUBSTANTIVE clauses must reach a
body of the child (round 3: on independent3 such clauses were 31 of 34 unassigned_task alarms).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import AlignedItem, ItemRef, Match
from ..parse.deadlines import ELLIPTICAL_REPORT
from ..parse.parser import is_closing_instruction
from ..parse.text import fold as same_length_fold  # one character per character: offsets carry over
from .acronyms import parent_acronyms
from .text import analyse, fold, nfc

# Matched on folded text with the same offsets as the original (see same_length_fold).
# The act may coordinate several verbs ("Xây dựng, ban hành kế hoạch", "xây dựng, phê duyệt và ban hành
# Kế hoạch"): any chain of plan-making verbs joined by ",", "và" or "/" before "kế hoạch".
_PLAN_VERB_FIRST = r"(?:xay dung|ban hanh|phe duyet|trien khai xay dung)"
_PLAN_VERB_NEXT = r"(?:xay dung|ban hanh|phe duyet|to chuc trien khai|to chuc thuc hien|trien khai|thuc hien)"
_PLAN_ACT = re.compile(
    r"\b(?:chu dong |khan truong |tham muu )?" + _PLAN_VERB_FIRST +
    # "Xây dựng phương án phòng, chống hạn hán, xâm nhập mặn trên địa bàn": on the plans' own topic (the topic test of
    # _with_topic), the response plan is the ward's plan itself (round 39, I131-B: on 7 of 12 children)
    r"(?:(?:,| va|, va| ?/) " + _PLAN_VERB_NEXT + r")* (?:ke hoach|phuong an)"
    # "Xây dựng kế hoạch hưởng ứng Tuần lễ phù hợp với tình hình thực tế địa phương": the ward's plan answering the
    # campaign the plans are for (round 41, I142-A)
    r"(?: huong ung)?"
    # the plan listed with its companion documents ("xây dựng kế hoạch, phương án phòng, chống hạn hán ... của địa
    # phương", "kế hoạch và chương trình hành động"): one act, still this plan when the topic is the plans' (round 18, I30-A)
    r"(?:(?:,| va|, va| ?/) (?:phuong an|chuong trinh(?: hanh dong)?|de an))*"
    r"(?: (?:thuc hien|trien khai|to chuc thuc hien)(?: phong trao thi dua| ke hoach)?)?\b"
)
_LAUNCH = re.compile(r"\b(?:to chuc )?(?:phat dong|trien khai) phong trao thi dua\b")
# Words that only say where or when the plan is issued: nothing left to assign once the act is removed.
_FILLER = re.compile(
    r"\b(?:tai dia phuong|tren dia ban(?: (?:xa|phuong|dia phuong))?|cap xa|cua (?:dia phuong|xa|phuong)|dung thoi han|kip thoi|"
    # ... or how: "phù hợp với điều kiện (thực tế) của địa phương" (round 61, 257-A)
    r"phu hop voi (?:dieu kien|tinh hinh)(?: thuc te| thuc tien)?(?: cua dia phuong| tai dia phuong| dia phuong)?|"
    r"hoan thanh(?: (?:trong|truoc))?(?: (?:thang|ngay))? ?[\d/]+|(?:trong|truoc) (?:thang|ngay) [\d/]+|"
    # the same deadline in other words: "chậm nhất (là) ngày 15/9", "hạn cuối/hạn chót ngày", "không muộn hơn ngày"
    r"(?:cham nhat(?: la)?|han (?:cuoi|chot)|khong muon hon) (?:(?:thang|ngay) )?[\d/]+)\b"
)


def _with_topic(text: str, act: tuple[int, int], titles: list[str]) -> tuple[int, int]:
    """Extend the act over the plan's topic that follows it ("Xây dựng kế hoạch phát triển du lịch cộng
    đồng phù hợp với điều kiện của địa phương; ..."): the words up to the clause's end, when most of them
    are words of the plans' titles (the child's plan is that plan) or only say where, when or for which
    period it applies. The topic may run over commas ("kế hoạch phòng, chống ngập úng năm 2026 và giai
    đoạn 2026 - 2030 của địa phương, hoàn thành trước ngày 28/02/2026"): each comma-separated part is
    taken while it passes the same test, so a further act after a comma ("..., phân công ...") is kept."""
    start, end = act
    boundary = re.search(r"[;.:]", text[end:])
    clause_end = end + boundary.start() if boundary else len(text)
    title_words = {fold(w) for t in titles for w in analyse(t) if "_" not in w}
    # ... and the titles' words in initials: "Ban hành kế hoạch phòng, chống DTLCP năm 2026" under titles on "Dịch tả lợn
    # châu Phi" (round 67, I290-B04, B07: the duty this plan discharges was read as unassigned)
    title_words |= {fold(initials) for initials in parent_acronyms(titles)}
    stop, position = end, end
    conforming = False
    for segment in re.split(r"(?<=,)", text[end:clause_end]):
        folded = same_length_fold(segment)
        # a conformity phrase goes on over the list of what the plan fits ("phù hợp với diện tích, điều kiện sản xuất mận
        # của từng thôn, bản, tổ dân phố", round 66, I284-B: the plan-making duty was unassigned on four children)
        if not (_topic_words(segment, title_words) or (conforming and _CONDITIONS.match(folded.strip()))):
            break
        conforming = conforming or bool(_CONFORMITY.search(folded))
        position += len(segment)
        stop = position
    if stop > end:
        return start, stop if text[stop - 1 : stop] != "," else stop - 1
    return act


# What only dates a plan or says where it applies: "giai đoạn 2026 - 2030", "năm 2026 và hằng năm",
# "phù hợp với thực tế địa phương".
_PERIOD = re.compile(
    r"\b(?:giai doan(?: \d{4} ?[-–] ?\d{4})?|nam \d{4}|hang nam|\d{4} ?[-–] ?\d{4}|va|"
    r"phu hop voi (?:dieu kien|tinh hinh|thuc te|thuc tien|dac diem|dac thu)(?: thuc te| thuc tien)?|cua dia phuong|tai dia phuong|"
    # ... and without "với" ("phù hợp điều kiện thực tế", round 19, I33-B: on every child; "sát thực tế")
    r"(?:phu hop|sat|bam sat) (?:dieu kien|tinh hinh|thuc te|thuc tien|dac diem|dac thu)"
    r"(?: thuc te| thuc tien)?(?: (?:cua )?(?:dia phuong|co so|xa|phuong))?|"
    # the yearly plans of the same programme ("kế hoạch thực hiện giai đoạn 2026 - 2030 và kế hoạch hằng năm") and the
    # ward's own ground ("phù hợp với đặc điểm địa bàn"): still this plan
    r"ke hoach (?:hang nam|tung nam)|dia ban|thuc te|thuc tien|dia phuong|"
    # a conformity phrase ("phù hợp với địa phương", "sát với yêu cầu của ngành") says how the plan is written, whatever
    # its noun: it asks no act (round 11, I17-B: "kế hoạch thực hiện ... phù hợp với địa phương" on 11 of 12 children)
    r"(?:phu hop|sat|bam sat) voi(?: (?!va\b)\w+){1,5})\b"
)


_CONFORMITY = re.compile(r"\b(?:phu hop|sat|bam sat)(?: voi)?\b")
_CONDITIONS = re.compile(r"(?:dieu kien|dac diem|tinh hinh|thuc te|thuc tien|dien tich|quy mo|nhu cau|kha nang|nguon luc|"
                         r"lich thoi vu|thoi vu|ban|thon|to dan pho|ap|khu pho|xom|khom|tung)\b")


def _topic_words(segment: str, title_words: set[str]) -> bool:
    """Whether a part of the words after a plan-making act names only the plan (its topic, period, place)."""
    topic = _PERIOD.sub(" ", _FILLER.sub(" ", same_length_fold(segment)))
    words = [w for w in analyse(topic) if "_" not in w]
    return not words or sum(fold(w) in title_words for w in words) >= 0.6 * len(words)


def _opens_with(text: str, title_words: set[str]) -> bool:
    words = [w for w in analyse(same_length_fold(text)) if "_" not in w]
    return not words or fold(words[0]) in title_words


# Leading words that do not change what a clause asks ("Chủ động ...", "Định kỳ 6 tháng (trước ...) và hằng năm ...,").
_LEAD = re.compile(
    r"^(?:(?:chu dong|khan truong|kip thoi|thuong xuyen|hang nam|dinh ky(?: \d+ thang| hang (?:nam|quy|thang))?|"
    r"va|dong thoi)\b[\s,]*|\([^)]*\)[\s,]*"
    # the basis of the act, before it: "Căn cứ chỉ tiêu được giao, xây dựng kế hoạch ...", "Trên cơ sở kết quả rà soát,
    # ..." (round 18, I31-B: on every child); says what the act rests on, asks nothing itself
    r"|(?:can cu|tren co so|dua tren|dua vao)\b[^,;:]{1,80},\s*)+"
)
# Procedural acts, matched at the start of a clause (folded). Each is discharged by the plan itself.
_PROCEDURAL_START = re.compile(
    r"^(?:(?:to chuc |thuc hien (?:tot )?(?:che do )?|(?:gui|nop) )?bao cao\b"  # reporting ("gửi báo cáo sơ kết, tổng kết ...")
    r"|tong hop(?: ket qua)?,? (?:va )?bao cao\b"
    # the next report of a list named by its object alone: "...; kết quả đợt 2 trước ngày 20/6/2026" (round 29, I98-B)
    r"|" + ELLIPTICAL_REPORT + r"[^;,]{0,60}?\btruoc ngay\b"
    r"|(?:to chuc )?(?:so ket|tong ket)\b"  # reviews: checked by the timeline check
    r"|(?:de nghi |xet,? )?khen thuong\b|lua chon [^;]{0,80}de nghi[^;]{0,40}khen thuong"  # awards: the awards section
    r"|(?:to chuc )?phat dong (?:phong trao|thi dua)\b)"
)
# In a parent's duty only (a child's "Lễ phát động ..." is its content): launching the campaign the plan is for ("tổ chức
# phát động Tháng hành động bảo đảm thiết thực", round 23, I56-A: on 6 of 12 children), by a ceremony too ("tổ chức lễ
# phát động hoặc lồng ghép phát động tại địa phương", round 41, I142-A07, A11; where the parent lists the ceremony among
# its contents, that item is still matched), and being answerable for the results ("chịu trách nhiệm trước Ủy ban nhân dân
# tỉnh về kết quả rà soát", I54-A: on 9 of 12) or a leader's accountability ("người đứng đầu chịu trách nhiệm nếu để vi
# phạm mới phát sinh mà không xử lý", round 41, I137-A: the act before it was reported given to no body on four
# children), or for the whole field ("chịu trách nhiệm toàn diện về công tác phòng, chống dịch bệnh trên địa bàn", round 43,
# I154-A: on every child): no work for a body.
_DUTY_PROCEDURAL_START = re.compile(r"^(?:(?:to chuc )?(?:le )?phat dong\b|chiu trach nhiem (?:truoc|toan dien)\b"
                                    r"|(?:nguoi dung dau|thu truong|chu tich)\b[^;]{0,60}?\bchiu trach nhiem\b)")
# A clause whose act is a report by a named subject: "Các ban, ngành, đoàn thể gửi báo cáo kết quả ... trước ngày 20/11".
_REPORT = re.compile(
    r"^[^;]{0,60}?\b(?:gui |nop )?bao cao\b[^;]{0,200}?"
    r"(?:truoc ngay|\bve (?:uy ban|ubnd|phong|so|van phong|ban|cong an)|dinh ky|hang nam|\b0?6 thang)"
)
# "Tổ chức thực hiện Kế hoạch này", "Chỉ đạo các thôn triển khai thực hiện Phong trào": procedural
# when little is left once the act is removed.
_IMPLEMENT_PLAN = re.compile(
    r"^(?:chi dao [^;]{0,80}?)?(?:to chuc |trien khai |thuc hien |quan triet |huong ung )+"
    r"(?:(?:nghiem tuc|co hieu qua|dong bo|hieu qua) )?(?:ke hoach(?: nay)?|phong trao thi dua|phong trao|cac noi dung(?: cua)? ke hoach(?: nay)?"
    r"|(?P<part>cac noi dung(?:,? (?:va )?nhiem vu)? (?:tai|o|neu tai|theo) (?:muc|phan) [ivx\d]+(?: (?:cua )?ke hoach(?: nay)?)?))\b"
)
# ("Triển khai các nội dung, nhiệm vụ tại Mục IV phù hợp với điều kiện của địa phương; tổ chức liên hoan cấp xã ...": round
# 61, 257-A, on five children the whole duty was looked for, its own task diluted by the contents it points to)
# ... and what to put first among those contents ("Chủ động tổ chức thực hiện các nội dung tại Mục III Kế hoạch này trên
# địa bàn, ưu tiên nạo vét, khơi thông dòng chảy", round 44, 160-A: on four children): the coverage check weighs each
# content item, so the emphasis is no task of its own.
_CONTENTS_EMPHASIS = re.compile(r",\s*(?:uu tien|tap trung|trong do|nhat la|dac biet la)\b[^;]*$")
# An act with no object of its own is this plan's ("..., chỉ đạo thực hiện hiệu quả"), and so is passing the plan
# down ("tổ chức quán triệt đến cán bộ, công chức, tổ dân phố"): quán triệt takes a directive as its object, and so does
# a verb coordinated with it ("tổ chức quán triệt, triển khai đến các thôn, bản, tổ dân phố", round 17, I27-A04; a bare
# "triển khai đến người dân các biện pháp ..." has an object of its own and stays).
_IMPLEMENT_VERBS = r"(?:(?:{verbs}) )*(?:{verbs})"
_HOW_WELL = r"(?: (?:co hieu qua|hieu qua|nghiem tuc|kip thoi|dong bo|quyet liet|thuong xuyen))*$"
_BARE_IMPLEMENT = re.compile(
    "^" + _IMPLEMENT_VERBS.format(verbs="chi dao|to chuc|trien khai|thuc hien") + _HOW_WELL
    + r"|^(?:to chuc )?quan triet(?:,? (?:va )?(?:trien khai|pho bien)(?: thuc hien)?)?"
    r"(?: (?:ke hoach|noi dung(?: ke hoach)?)(?: nay)?)?,? (?:den|toi|cho)\b"
    # ... and directing those below to implement, the plan left understood ("chỉ đạo các thôn, tổ dân phố triển khai
    # thực hiện"; round 54, sets 212-A and 212-B: the ward's plan gives its villages their part)
    + "|^chi dao [^;]{1,80}? " + _IMPLEMENT_VERBS.format(verbs="to chuc|trien khai|thuc hien") + _HOW_WELL
)
# "Tổ chức <what the plan is for> ...": doing the plan's own topic (its title's words), as the plan says (round 23, I54-A).
_DO_THE_TOPIC = re.compile(r"^(?:to chuc|trien khai|thuc hien)(?: (?:to chuc|trien khai|thuc hien))* (?P<rest>\S.*)$")
# ... and how it is to be done, which says no more: "đúng quy trình, thời gian", "đúng quy định, kịp thời".
_DONE_RIGHT = re.compile(r"\b(?:dung|theo) (?:quy trinh|quy dinh|thoi gian|huong dan|tien do|ke hoach)\b|\b(?:quy trinh|thoi gian|"
                         r"quy dinh|kip thoi|chat che|nghiem tuc|hieu qua)\b")
# Words that only say when, where or how the plan is done ("trước ngày 31 tháng 10 năm 2025", "hưởng ứng").
_WHEN_WHERE = re.compile(
    r"\b(?:truoc|trong|hoan thanh|xong|ngay|thang|nam|quy|[ivx]+|\d+|thuc hien|trien khai|huong ung|cu the|"
    r"cham nhat|han cuoi|han chot|khong muon hon|la|"
    r"phu hop|dia phuong|tai|cua|tren|dia ban)\b"
)
_CLAUSE_END = re.compile(r";|\.(?=\s|$)")


# After "xây dựng kế hoạch ...,": words that describe the plan itself, up to the clause's end. Fixing what the plan
# contains ("xác định chỉ tiêu cụ thể phù hợp với điều kiện thực tế", "xác định rõ mục tiêu, nhiệm vụ, giải pháp, lộ
# trình", "đề ra các chỉ tiêu, giải pháp") is done by writing the plan (round 17, I28-A: on every child).
# Only when nothing but the parts' names, "cụ thể / rõ" and a conformity phrase follow: targets on a topic of their own
# ("xác định chỉ tiêu cụ thể về cải cách thủ tục hành chính", tune B-15) are content to give a body.
_PLAN_PARTS = r"(?:muc tieu|chi tieu|nhiem vu|giai phap|lo trinh|noi dung|tien do|thoi gian|phan cong)"
_DESCRIBES_PLAN = re.compile(r"^(?:trong do|xac dinh ro|neu ro|cu the hoa|bao dam|dam bao|co loi trinh|gui ve)\b")
_FIXES_PLAN_PARTS = re.compile(r"^(?:xac dinh|de ra|dat ra)\b")
# "..., phân công nhiệm vụ cụ thể cho các bộ phận chuyên môn và thôn, tổ dân phố": handing out the plan's tasks is what
# its organisation part does (round 22, I49-A: on 8 of 12 children). Only the generic object: a named one ("phân công
# từng tiêu chí cho thôn") is work of its own.
# ... or the bodies it names for them: "..., phân công rõ cơ quan, đơn vị chủ trì" (round 53, set 202-A: on 5 of 12 children)
_ASSIGNS_PLAN_TASKS = re.compile(r"^phan cong(?:(?: ?,| va)? (?:cac|nhiem vu|trach nhiem|cu the|ro|co quan|don vi|bo phan"
                                 r"|chu tri|phoi hop))+(?: (?:cho|den|toi)\b|$)")
# "kế hoạch thực hiện của địa phương với chỉ tiêu cụ thể theo từng năm": the parts the plan is to have describe it, like
# its topic (round 22, I50-B: on 11 of 12 children).
_WITH_PARTS = re.compile(
    r"\b(?:voi|co|gom|kem theo)\s+(?:(?:ro|cu the|day du|cac|nhung) )*" + _PLAN_PARTS
    + r"(?:(?:,| va|, va) (?:cac )?" + _PLAN_PARTS + r")*(?: (?:cu the|ro(?: rang)?|day du))?"
    r"(?: (?:theo |cho )?(?:tung|hang|moi) (?:nam|giai doan|quy|thang|thon|linh vuc))?\b"
)
_PARTS_WORDS = re.compile(r"\b(?:" + _PLAN_PARTS[3:-1] + r"|cu the|ro|day du|cac|nhung|va|bam sat|sat)\b")


def _fixes_plan_parts(seg: str) -> bool:
    """ "xác định chỉ tiêu cụ thể phù hợp với điều kiện thực tế", "đề ra mục tiêu, nhiệm vụ, giải pháp sát thực tế"."""
    m = _FIXES_PLAN_PARTS.match(seg)
    if not m or not re.match(r"\s*(?:(?:ro|cu the|day du|cac|nhung) )*" + _PLAN_PARTS + r"\b", seg[m.end():]):
        return False
    # one space between the words left: "phù hợp với chỉ tiêu tỉnh giao" is a conformity phrase once "chỉ tiêu" is out
    # (round 29, I97-B: "xác định chỉ tiêu cụ thể của địa phương phù hợp với chỉ tiêu tỉnh giao" on 10 of 12 children)
    rest = _PERIOD.sub(" ", re.sub(r"\s+", " ", _PARTS_WORDS.sub(" ", seg[m.end():])))
    return not [w for w in analyse(rest) if "_" not in w]


def _little_left(folded: str) -> bool:
    return len([w for w in analyse(_WHEN_WHERE.sub(" ", _FILLER.sub(" ", folded))) if "_" not in w]) < 2


def _closing_words(clause: str) -> bool:
    """The plan's closing instruction to every body ("Yêu cầu các sở, ngành, Ủy ban nhân dân các xã, phường nghiêm túc
    triển khai thực hiện Kế hoạch; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, ..."), run on into the last duty
    when its line follows the duty's without a break: addressed to all, about this plan, nobody's task."""
    return is_closing_instruction(clause) and bool(_ABOUT_THE_PLAN.search(same_length_fold(clause)))


_ABOUT_THE_PLAN = re.compile(r"\bke hoach\b|\bkho khan,? vuong mac\b")


# A duty that is only a report when something happens: "Khi xảy ra trường hợp trẻ em bị đuối nước, báo cáo nhanh về Sở Y tế
# trong vòng 24 giờ" is a watch someone must keep, not the plan's periodic reporting (round 66, I281-B05). (Beside the
# periodic reports, "...; báo cáo ngay khi phát hiện dịch bệnh" is read with them: no ward of sets 42, 154 gave it.)
_INCIDENT_REPORT = re.compile(r"^khi (?:xay ra|co|phat hien)\b[^;]*\bbao cao (?:nhanh|ngay|khan)\b"
                              r"|^bao cao (?:nhanh|ngay|khan)\b[^;]*\bkhi (?:xay ra|co|phat hien)\b")


def _only_an_incident_report(clause: str, parts: list[str]) -> bool:
    """`clause` is the text's one clause, and a report when something happens (`_INCIDENT_REPORT`)."""
    return sum(bool(part.strip(" ;.")) for part in parts) == 1 and _incident_report(clause)


def _incident_report(clause: str) -> bool:
    return bool(_INCIDENT_REPORT.match(_LEAD.sub("", same_length_fold(clause).strip(" -+•"))))


def procedural_rest(clause: str, titles: list[str] | None = None) -> str | None:
    """What a clause of a duty still asks once its procedural acts are removed (see the module
    docstring): None when nothing, the clause itself when it is substantive."""
    folded = _LEAD.sub("", same_length_fold(clause).strip())
    if _closing_words(clause):
        return None
    if _PROCEDURAL_START.match(folded) or _REPORT.match(folded):
        return _act_after_report(clause, titles)
    if _BARE_IMPLEMENT.match(folded.strip(" ,.;")):
        return None
    if titles is not None and _DUTY_PROCEDURAL_START.match(folded):
        return None
    assigns = _ASSIGNS_PLAN_TASKS.match(folded)
    if assigns and not _ACT_VERB.search(folded[assigns.end() :]):
        return None  # "...; phân công cụ thể nhiệm vụ cho các cơ quan, đơn vị và thôn": what the plan's organisation does
    topic = _DO_THE_TOPIC.match(folded.strip(" ,.;"))
    if topic and titles:
        title_words = {fold(w) for t in titles for w in analyse(t) if "_" not in w}
        # ... its first word too: "Tổ chức ký cam kết an toàn phòng cháy, chữa cháy với 100% chủ nhà trọ" in a plan
        # for "an toàn phòng cháy, chữa cháy ... nhà trọ" is an act of its own (round 25, I76-B05)
        if _topic_words(_DONE_RIGHT.sub(" ", topic.group("rest")), title_words) \
                and _opens_with(topic.group("rest"), title_words):  # fmt: skip
            return None  # "Tổ chức rà soát đúng quy trình, thời gian" in a plan for the rà soát: the plan's own work
    implement = _IMPLEMENT_PLAN.match(folded)
    if implement:
        rest = folded[implement.end():]
        if implement.group("part"):
            rest = _CONTENTS_EMPHASIS.sub(" ", rest)
        rest = _FILLER.sub(" ", rest)
        return None if len([w for w in analyse(rest) if "_" not in w]) < 3 else clause
    act = _PLAN_ACT.match(folded)
    if not act:
        return clause
    offset = len(clause) - len(folded)
    start, end = act.span()
    extended = _with_topic(clause, (start + offset, end + offset), titles or [])
    boundary = re.search(r"[;,.:]", folded[end:])
    topic_end = end + boundary.start() if boundary else len(folded)
    if extended == (start + offset, end + offset) and not _little_left(_WITH_PARTS.sub(" ", folded[end:topic_end])):
        return clause  # another plan ("xây dựng kế hoạch bảo tồn di sản"): a duty
    topic_end = max(topic_end, extended[1] - offset)  # the topic may run over commas
    # This plan: its date, place and description are discharged ("..., ban hành trước ngày 30/9/2025, trong
    # đó cụ thể hóa tiêu chí thi đua"); a further act after a comma is not ("..., phân công từng tiêu chí cho thôn").
    position, assigning = offset + topic_end, False
    for segment in re.split(r"(?<=,)", clause[position:]):
        seg = _LEAD.sub("", same_length_fold(segment).strip(" ,.;"))
        if _DESCRIBES_PLAN.match(seg) or _fixes_plan_parts(seg):
            return None
        # ... and the bodies it lists, over commas ("cho các bộ phận chuyên môn và thôn, buôn, tổ dân phố")
        assigning = bool(_ASSIGNS_PLAN_TASKS.match(seg)) or (assigning and not _ACT_VERB.search(seg)
                                                             and not re.match(_FURTHER_ACT, seg))
        if assigning:
            position += len(segment)
            continue
        if seg and not _little_left(re.sub(r"\b(?:ban hanh|gui|phe duyet)\b", " ", seg)) and procedural_rest(segment.strip(" ,"), titles) is not None:
            return clause[position:].strip(" ,")
        position += len(segment)
    return None


def _act_after_report(clause: str, titles: list[str] | None) -> str | None:
    """What a reporting clause asks after its report: a further act after a comma ("Khi có ổ dịch, báo cáo ngay về Sở
    Nông nghiệp và Môi trường, tổ chức tiêu hủy động vật mắc bệnh và tiêm phòng bao vây" -> "tổ chức tiêu hủy ...",
    round 27, I87-A: the whole clause was discharged as a report). None when the clause only reports."""
    position = 0
    for k, segment in enumerate(re.split(r"(?<=,)", clause)):
        seg = same_length_fold(segment).strip(" ,")
        if k and _ACT_VERB.match(seg) and not _PROCEDURAL_START.match(seg):
            rest = clause[position:].strip(" ,")
            return procedural_rest(rest, titles)
        position += len(segment)
    return None


def _substantive(text: str, titles: list[str] | None, incidents: bool = False) -> str:
    """The text without its procedural clauses ("" when all are); with `incidents`, a report when something happens is
    kept wherever it stands."""
    parts, start = [], 0
    for match in _CLAUSE_END.finditer(text):
        parts.append(text[start : match.end()])
        start = match.end()
    parts.append(text[start:])
    kept = []
    for part in parts:
        clause = part.strip(" ;.")
        rest = procedural_rest(clause, titles) if clause else None
        if rest is None and (_incident_report(clause) if incidents else _only_an_incident_report(clause, parts)):
            rest = clause
        if rest is not None:
            kept.append(part if rest == clause else rest + "; ")
    return "".join(kept).strip(" ;")


@lru_cache(maxsize=16384)
def substantive_part(text: str) -> str:
    """A child text without its procedural clauses (reporting, reviews, issuing the plan). A report when something
    happens is a watch the ward keeps, kept among its other tasks too: "Phòng Kinh tế: ...; BC ngay Sở NN&MT trong 24 giờ
    khi có ong chết hàng loạt, dịch bệnh; ..." gives the parent's one-clause duty (round 68, 298-A: on three children).
    Cached: the same lines are read in several windows and once per parent plan."""
    return _substantive(nfc(text), None, incidents=True)


def reports_cut(text: str) -> bool:
    """Whole clauses of a duty are reporting ("...; báo cáo kết quả 6 tháng về Sở ... trước ngày 15/6"), and a
    substantive act is left beside them."""
    text = nfc(text).strip()
    rest = _substantive(text, None)
    return bool(rest) and rest != text and any(
        _REPORT.match(_LEAD.sub("", same_length_fold(part).strip(" ;.")))
        or re.match(r"^(?:(?:gui|nop|tong hop,?) )?bao cao\b", _LEAD.sub("", same_length_fold(part).strip(" ;.")))
        for part in _CLAUSE_END.split(text))


# The bodies a closing sentence addresses, as its subject: "Các sở, ngành, UBND các xã, phường triển khai thực hiện
# nghiêm túc Kế hoạch này; ..." read as a duty of the body it names (round 56, set 230-B: on four children).
_ADDRESSED_BODIES = re.compile(r"^(?:Các sở, (?:ban, )?ngành(?: tỉnh| thành phố)?,? )?(?:(?:và )?(?:Ủy ban nhân dân|UBND) "
                               r"(?:các )?(?:xã, phường|xã, phường, đặc khu|cấp xã|xã|phường)\s+)(?=triển khai|tổ chức)")


def undischarged_text(text: str, titles: list[str] | None = None) -> str | None:
    """The part of a duty the child plan's existence does not discharge: the text unchanged when it
    names no procedural act, None when nothing but such acts (and their place or date) is left. With
    `titles` (the parent's and the child's), the plan's topic after the act is discharged too."""
    text = _ADDRESSED_BODIES.sub("", nfc(text), count=1)
    substantive = _substantive(text, titles)
    if not substantive:
        return None
    changed = substantive != text.strip()
    text = substantive
    folded = same_length_fold(text)
    acts = [m.span() for pattern in (_PLAN_ACT, _LAUNCH) for m in pattern.finditer(folded)]
    if not acts and not changed:
        return text
    if titles:
        acts = [_with_topic(text, act, titles) for act in acts]
    cut = acts + [m.span() for m in _FILLER.finditer(folded)]
    keep = [True] * len(text)
    for start, end in cut:
        keep[start:end] = [False] * (end - start)
    rest = "".join(ch if k else " " for ch, k in zip(text, keep))
    rest = re.sub(r"\s+", " ", rest)
    rest = re.sub(r"^(?:[\s,;.:]|và\b)*|(?:[\s,;.:]|\bvà)*$", "", rest)
    return rest if len(analyse(rest)) >= 3 else None


# Acts on the level's own resolutions and plans: "đưa chỉ tiêu ... vào nghị quyết, kế hoạch phát triển kinh tế - xã hội
# hằng năm", "lồng ghép ... vào chương trình, kế hoạch ...". Only the issuing authority (Đảng ủy, HĐND, UBND of the ward)
# can do them, as with making the plan: no department of the ward receives them in "Tổ chức thực hiện". (Not the ward's
# budget: "Bố trí kinh phí từ ngân sách xã ..." written as a task but given to no body stays an unassigned duty, round 3.)
_ISSUER_ACT = re.compile(
    r"^(?:dua|long ghep)\b[^;]{0,160}?\bvao (?:cac |trong )?(?:nghi quyet|chuong trinh|ke hoach)(?: phat trien)?\b"
)


# Setting up the ward's own steering committee ("kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh cấp xã") is a decision of
# the ward's chairman, like issuing the plan: wards write it as their own task ("Lãnh đạo, chỉ đạo: kiện toàn Ban Chỉ đạo
# ...") and give it to no department (round 18, I31-A on 6 children, I26-A03/A07). Only the bare act: a further act
# after a comma ("kiện toàn Ban Chỉ huy ..., phân công thành viên phụ trách từng thôn", heldout D) is work for a body.
_OWN_COMMITTEE = re.compile(r"^(?:kien toan|thanh lap|cung co)(?: lai)? (?:ban chi dao|ban chi huy|to cong tac)\b")
_FURTHER_ACT = r"^(?:phan cong|giao|bo tri|ban hanh|xay dung|duy tri|hop|dinh ky)\b"


def _own_committee(clause: str) -> bool:
    segments = [seg.strip() for seg in clause.split(",")]
    return bool(_OWN_COMMITTEE.match(segments[0])) and not any(re.match(_FURTHER_ACT, seg) or _ACT_VERB.match(seg) for seg in segments[1:])


def _clauses(rest: str) -> list[str]:
    """The clauses of what a duty still asks (at ";" and sentence ends), trimmed, none empty."""
    return [c.strip(" ,") for c in _CLAUSE_END.split(nfc(rest)) if c.strip(" ,")]


def committee_with_plan(text: str, rest: str) -> bool:
    """A duty that opens with making this plan and adds only setting up the ward's steering committee ("Xây dựng kế
    hoạch phòng, chống bệnh dại năm 2026 tại địa phương; kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh động vật cấp
    xã"): the plan-making duty, and the committee is the chairman's decision that goes with it. The plan discharges it
    as it does the plan-making act (round 27, I87-A: on every child, none of which names the committee). A committee
    duty of its own, or one with a further act ("...; phân công thành viên phụ trách từng ấp"), is still looked for."""
    if not _PLAN_ACT.match(_LEAD.sub("", same_length_fold(nfc(text).strip()))):
        return False
    clauses = _clauses(rest)
    return bool(clauses) and all(_own_committee(_LEAD.sub("", same_length_fold(c))) for c in clauses)


def issuer_own_act(rest: str) -> bool:
    """Whether every clause of what a duty still asks is an act on the ward's own resolutions and plans (`_ISSUER_ACT`)
    or sets up its own steering committee (`_OWN_COMMITTEE`): the ward gives it to no body, it commits to it in its own
    words anywhere in the plan (as a task, a goal)."""
    clauses = _clauses(rest)
    folded = [_LEAD.sub("", same_length_fold(c)) for c in clauses]
    return bool(clauses) and all(_ISSUER_ACT.match(c) or _own_committee(c) for c in folded)


# "Chỉ đạo trưởng thôn, tổ trưởng tổ dân phố ven biển tổ chức cho 100% chủ tàu ... ký cam kết": the bodies after "chỉ
# đạo" are whom the ward directs, the act after them is the task. The ward's plan names those bodies anyway (as the
# heading of their assignments), so their names say nothing about whether the act was given: only the act is matched.
_DIRECTS = re.compile(r"^(?:chi dao|yeu cau|giao) (?!(?:va|,))")
_ACT_VERB = re.compile(
    r"\b(?:to chuc|thuc hien|trien khai|tang cuong|dua|thanh lap|xay dung|ra soat|van dong|tuyen truyen|phoi hop|"
    r"kiem tra|bao dam|dam bao|nang cao|cap nhat|quan ly|duy tri|theo doi|huong dan|giam sat|xu ly|cung co|kien toan|"
    # ... not "lập" of "công lập" ("Chỉ đạo trường mầm non công lập tổ chức bồi dưỡng ...", round 32, I110-B08)
    r"lam|ky|phat hien|don gian hoa|mo rong|han che|giam|bo tri|(?<!cong )lap|"
    # survey acts: "Chỉ đạo điều tra, rà soát số liệu ..." directs no one, "điều tra" is the act (round 16, I26-A07)
    r"dieu tra|khao sat|thong ke|"
    # care acts: "Chỉ đạo Trạm Y tế xã, phường, đặc khu sơ cứu, cấp cứu, lưu mẫu ..." (round 41, I138-A12: the station's
    # name and "phối hợp" found in the ward's line for its other work)
    r"so cuu|cap cuu|lay mau|luu mau|xet nghiem|tiem)\b"
)


_REPORT_TAIL = re.compile(r",?\s*(?:va )?(?:kip thoi )?bao cao(?: ngay| kip thoi)? (?:cho|ve|len|voi)\b.*$")


def without_addressee(text: str) -> str:
    """A duty's text without the bodies it directs ("Chỉ đạo <bodies> <act> ..." -> "<act> ..."); unchanged when the
    duty directs nobody by name, the act cannot be told from the names within a few words, or the act's clause is too
    short (under six words) to say what is to be done without them."""
    folded = same_length_fold(nfc(text))
    lead = _DIRECTS.match(folded)
    if not lead:
        return text
    verb = _ACT_VERB.search(folded, lead.end())
    if verb is None or verb.start() == lead.end() or len(folded[lead.end() : verb.start()].split()) > 10:
        return text
    rest = nfc(text)[verb.start() :]
    # ... nor does a report to the ward that closes the act: "theo dõi, phát hiện và báo cáo ngay cho Ủy ban nhân dân
    # xã, phường" is two words of act (round 32, I112-A06: the ward that never names its hamlets' heads)
    act = _REPORT_TAIL.sub("", same_length_fold(re.split(r"[;.]", rest)[0]))
    if len(act.split()) < 6:
        return text  # "Chỉ đạo Công an xã làm nòng cốt; ...": a role, not an act; the body named is the duty's substance
    return rest[:1].upper() + rest[1:]


def discharged_item(parent: ItemRef, child_title: str | None) -> AlignedItem:
    """The alignment entry of a duty the child plan discharges: covered, matched to the plan's title."""
    ref = ItemRef(kind="other", text=child_title or "Kế hoạch (văn bản được so sánh)", index=0, pointer="/title")
    return AlignedItem(parent=parent, matches=[Match(child=ref, score=1.0)], score=1.0, verdict="covered")


# "Bố trí kinh phí thực hiện", "bố trí ngân sách xã thực hiện", "bảo đảm kinh phí theo phân cấp": a funding act with no
# object of its own funds this plan. A ward answers it with its funding part ("Kinh phí: ngân sách xã và nguồn xã hội
# hóa"), not by giving it to a department (round 11, I18-A/B: 8 false alarms on children that all name their budget).
# A funding act with an object ("bố trí kinh phí ... để đầu tư đường truyền internet cho các trường") stays a duty.
_FUNDING_ACT = r"(?:bo tri|bao dam|dam bao|can doi)"
_FUNDING_ONLY = re.compile(
    rf"^{_FUNDING_ACT}(?: kinh phi| ngan sach| nguon luc)+"
    r"(?: (?:cap )?(?:xa|phuong|dac khu)(?:,? (?:xa|phuong))?| cua (?:xa|phuong|dia phuong))?"
    # the act it funds may be a chain of implementing verbs ("để triển khai thực hiện", "để tổ chức thực hiện", round 19,
    # I33-A: on every child, each naming its own budget)
    r"(?: (?:de |cho )?(?:(?:to chuc|trien khai|thuc hien)(?:,? (?:va )?(?:to chuc|trien khai|thuc hien))*)(?: ke hoach(?: nay)?)?)?"
    r"(?: theo phan cap)?$"
)
# The ward's own budget named as a source: "ngân sách xã", "ngân sách phường", "ngân sách cấp xã".
_OWN_BUDGET = re.compile(r"\bngan sach (?:cap )?(?:xa|phuong|dac khu)\b")


def funding_only(rest: str) -> bool:
    """Whether every clause of what a duty still asks is a funding act with no object of its own (`_FUNDING_ONLY`)."""
    clauses = _clauses(rest)
    return bool(clauses) and all(_FUNDING_ONLY.match(_LEAD.sub("", same_length_fold(c)).strip(" ,.;")) for c in clauses)


# A duty that opens by funding the plan, object or not ("Bố trí kinh phí từ ngân sách xã hỗ trợ ...", "bố trí ngân sách xã
# và lồng ghép các nguồn vốn ..."), and a ward's task that funds it in its own words ("bố trí, quyết toán kinh phí").
_MONEY = r"(?:kinh phi|ngan sach|nguon von)"
_FUNDING_DUTY = re.compile(rf"^(?:{_FUNDING_ACT}|phan bo)\s+(?:\S+\s+){{0,2}}?{_MONEY}\b")
# (and drawing up its cost estimate: "Phòng Văn hóa - Xã hội: ...; dự toán kinh phí, vận động xã hội hóa", round 53, I206-A05;
# not "Kinh phí thực hiện từ dự toán ngân sách phường", where the estimate is the source, I103-B03)
_FUNDING_TASK = re.compile(rf"\b(?:{_FUNDING_ACT}|phan bo|(?<!tu )du toan(?= kinh phi))(?:,\s*[a-z]+ [a-z]+)?\s+(?:\S+\s+){{0,2}}?{_MONEY}\b")


def funds_the_plan(duty: str) -> bool:
    """Whether a duty opens by funding the plan (`_FUNDING_DUTY`); `funding_only` when nothing else is asked."""
    return bool(_FUNDING_DUTY.match(fold(nfc(duty)).lstrip(" -+•*")))


def funding_task(text: str) -> bool:
    """Whether a line gives a task that funds the plan (`_FUNDING_TASK`)."""
    return bool(_FUNDING_TASK.search(fold(nfc(text))))


def names_own_budget(text: str) -> bool:
    """Whether a (child) plan names the ward's own budget as a source of its funding."""
    return bool(_OWN_BUDGET.search(fold(nfc(text))))


# "Lựa chọn ít nhất 01 mô hình ... điểm theo thế mạnh của địa phương (dừa, lúa hoặc thủy sản) để tập trung xây dựng và
# nhân rộng": the choice is made by the ward's plan itself (it names its pilot: "xây dựng mô hình điểm 'Vườn dừa hữu cơ'
# tại ấp An Thạnh"), what it gives a body is the act after "để" on the chosen object (round 18, I32-B: on every child).
_CHOOSE_FOR = re.compile(
    r"^(?:lua chon|chon)\s+(?:(?:it nhat|toi thieu|tu) \d+\s+)?(?P<object>[^;.()]{3,120}?)"
    r"(?:\s*\([^)]*\))?\s+de\s+(?:tap trung\s+)?(?P<act>[^;.()]{3,80}?)[\s.;]*$"
)
_CHOSEN_BY = re.compile(r"\s+(?:theo|phu hop voi|can cu)\b.*$")


def without_choice(text: str) -> str:
    """A duty to choose something in order to act on it, as that act on it ("<act> <object>"); unchanged otherwise."""
    text = nfc(text).strip()
    m = _CHOOSE_FOR.match(same_length_fold(text))
    if not m:
        return text
    obj_end = m.start("object") + len(_CHOSEN_BY.sub("", m.group("object")))
    act = text[m.start("act") : m.end("act")]
    return act[:1].upper() + act[1:] + " " + text[m.start("object") : obj_end]

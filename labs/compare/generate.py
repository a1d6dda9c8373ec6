"""Generate the comparer's development set: parents, faithful children and children with planted defects.

    .venv/bin/python labs/compare/generate.py      # writes corpus/compare/ deterministically

Each child is written as a ward would: the parent's items localised, paraphrased, reordered,
merged and split. Defective children carry one (sometimes two) planted defects, listed with the
parent item or child line they concern in corpus/compare/cases.jsonl.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from parents import PARENTS  # noqa: E402
from parents_heldout import PARENTS_HELDOUT  # noqa: E402
from render import PlanWriter, dmy, vn_date_line  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "corpus" / "compare"
WARDS = {
    "A": [("phường", "Lê Chân"), ("xã", "Tiên Lãng"), ("phường", "Hồng Bàng"), ("xã", "An Lão"), ("phường", "Kiến An"),
          ("xã", "Vĩnh Bảo"), ("phường", "Đồ Sơn"), ("xã", "Thủy Nguyên"), ("phường", "Hải An"), ("xã", "Kiến Thụy"),
          ("phường", "Ngô Quyền"), ("xã", "Cát Hải"), ("phường", "Dương Kinh"), ("xã", "Bạch Long Vĩ"), ("phường", "An Dương"),
          ("xã", "Nam Sách"), ("phường", "Thạch Khôi"), ("xã", "Gia Lộc"), ("phường", "Tân Hưng"), ("xã", "Ninh Giang")],
    "B": [("phường", "Hạ Long"), ("phường", "Cẩm Phả"), ("xã", "Vân Đồn"), ("phường", "Móng Cái"), ("xã", "Tiên Yên"),
          ("xã", "Ba Chẽ"), ("phường", "Quảng Yên"), ("xã", "Đầm Hà"), ("phường", "Đông Triều"), ("xã", "Hải Hà"),
          ("xã", "Bình Liêu"), ("phường", "Bãi Cháy"), ("xã", "Cô Tô"), ("phường", "Hà Tu"), ("phường", "Mạo Khê"),
          ("xã", "Hoành Bồ"), ("phường", "Yên Tử"), ("xã", "Quảng Tân"), ("phường", "Hồng Gai"), ("xã", "Đường Hoa")],
    "C": [("phường", "Buôn Ma Thuột"), ("xã", "Cư M'gar"), ("xã", "Krông Pắc"), ("phường", "Buôn Hồ"), ("xã", "Ea Kar"),
          ("xã", "Lắk"), ("xã", "Krông Bông"), ("phường", "Tân Lập"), ("xã", "Ea Súp"), ("xã", "M'Drắk"),
          ("xã", "Buôn Đôn"), ("phường", "Ea Kao"), ("xã", "Cư Kuin"), ("xã", "Krông Ana"), ("phường", "Thành Nhất"),
          ("xã", "Ea H'leo"), ("xã", "Krông Năng"), ("phường", "Tân An"), ("xã", "Hòa Phú"), ("xã", "Dray Bhăng")],
    "D": [("phường", "Vinh Phú"), ("xã", "Diễn Châu"), ("xã", "Quỳnh Lưu"), ("phường", "Cửa Lò"), ("xã", "Nghi Lộc"),
          ("xã", "Con Cuông"), ("xã", "Tương Dương"), ("phường", "Hoàng Mai"), ("xã", "Kỳ Sơn"), ("xã", "Thanh Chương"),
          ("xã", "Anh Sơn"), ("phường", "Thái Hòa"), ("xã", "Quế Phong"), ("xã", "Nam Đàn"), ("phường", "Trường Vinh"),
          ("xã", "Hưng Nguyên"), ("xã", "Yên Thành"), ("phường", "Tân Mai"), ("xã", "Đô Lương"), ("xã", "Quỳ Hợp")],
}

# --------------------------------------------------------------------------- wording


SYNONYMS = [
    ("nâng cao", "tăng cường"), ("đẩy mạnh", "tích cực"), ("kịp thời", "nhanh chóng"), ("hiệu quả", "thực chất"),
    ("tuyên truyền", "thông tin, tuyên truyền"), ("bảo đảm", "đảm bảo"), ("rà soát", "kiểm tra, rà soát"),
    ("xây dựng", "xây dựng và triển khai"), ("người dân", "Nhân dân"), ("tổ chức", "tổ chức thực hiện"),
    ("phát triển", "phát triển mạnh"), ("thường xuyên", "định kỳ"),
]  # fmt: skip
OPENERS = ["Đẩy mạnh thi đua ", "Tích cực thi đua ", "Tổ chức thi đua ", "Thi đua "]


def localise(text: str, parent: dict, unit: str) -> str:
    """Name the ward's own scope where the parent named its own (what a careful official does)."""
    scope = parent["scope"]
    text = text.replace(f"trên địa bàn {scope}", f"trên địa bàn {unit}")
    text = text.replace(f"trong toàn {scope}", f"trong toàn {unit}").replace(f"toàn {scope}", f"toàn {unit}")
    text = text.replace(f"của {scope}", f"của {unit}")
    text = text.replace("các cơ quan, đơn vị, địa phương", "các ban, ngành, đoàn thể, đơn vị")
    text = text.replace("từng địa phương", f"từng thôn, tổ dân phố").replace("cấp xã", unit)
    return text


def paraphrase(text: str, rng: random.Random, strength: float) -> str:
    for old, new in SYNONYMS:
        if old in text and rng.random() < strength:
            text = text.replace(old, new, 1)
    if text.startswith("Thi đua ") and rng.random() < strength:
        text = rng.choice(OPENERS) + text[len("Thi đua ") :]
    clauses = text.rstrip(".").split("; ")
    if len(clauses) > 2 and rng.random() < strength:
        tail = clauses[1:]
        rng.shuffle(tail)
        text = "; ".join([clauses[0]] + tail) + "."
    return text


def summarise(text: str, rng: random.Random) -> str:
    """What a ward does with a long item: keep about half of its clauses or sentences (at least the first);
    an item of one clause loses the last element of its closing list."""
    clauses = [c for c in re.split(r"(?<=[.;])\s+", text.rstrip(".")) if c.strip()]
    if len(clauses) < 2:
        head, sep, _ = text.rstrip(".").rpartition(", ")
        return (head if sep and len(head.split()) >= 8 else text.rstrip(".")) + "."
    keep = max(1, (len(clauses) + 1) // 2)
    chosen = sorted([0] + rng.sample(range(1, len(clauses)), keep - 1))
    return " ".join(clauses[i] for i in chosen).rstrip(".;") + "."


def merge(a: str, b: str) -> str:
    return a.rstrip(".") + ". Đồng thời, " + b[0].lower() + b[1:]


def split(text: str) -> list[str]:
    head, sep, tail = text.partition("; ")
    if not sep:
        return [text]
    return [head + ".", tail[0].upper() + tail[1:]]


# --------------------------------------------------------------------------- parent


def base_citation(parent: dict) -> dict:
    return {"doc_type": "Kế hoạch", "number": parent["number"], "date": parent["date"], "issuer": parent["issuer"]}


def timeline_entry(entry) -> dict:
    start, end, what, *label = entry
    return {"label": label[0] if label else None, "start": start, "end": end, "what": what}


def timeline_line(entry: dict) -> str:
    if entry["label"]:
        return f"- {entry['label']} ({entry['start']} – {entry['end']}): {entry['what']}"
    return f"- Năm {entry['start']}: {entry['what']}"


def render_parent(p: dict) -> tuple[str, dict]:
    w = PlanWriter()
    plan = {"doc_type": "Kế hoạch", "number": p["number"], "issuer": p["issuer"], "issuer_level": "province",
            "parent_issuer": None, "place": p["place"], "date": p["date"]}  # fmt: skip
    for h in p["header"]:
        w.add(h, gap=False)
    w.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    w.add("Độc lập - Tự do - Hạnh phúc", gap=False)
    w.add(f"Số: {p['number']}", "/number")
    w.add(vn_date_line(p["place"], p["date"]), "/date")
    w.add("KẾ HOẠCH")
    a, b = p["period"]
    plan["title"] = f"Phát động Phong trào thi đua “{p['movement']}” giai đoạn {a} – {b}"
    w.add(plan["title"], "/title")
    plan["bases"] = []
    for i, line in enumerate(p["bases"]):
        w.add(line, f"/bases/{i}")
        plan["bases"].append(_national_base(line))
    w.add(f"{p['issuer']} ban hành Kế hoạch phát động Phong trào thi đua với các nội dung chủ yếu sau:")
    sections = []

    def section(label, heading):
        sections.append({"label": label, "heading": heading})
        w.add(f"{label}. {heading}", f"/sections/{len(sections) - 1}")

    section("I", "MỤC ĐÍCH, YÊU CẦU")
    _list(w, "1. Mục đích", p["purposes"], "purposes", "abc")
    _list(w, "2. Yêu cầu", p["requirements"], "requirements", "abc")
    section("II", "NỘI DUNG, TIÊU CHÍ THI ĐUA")
    _list(w, "1. Nội dung thi đua", p["contents"], "contents", "paren")
    _list(w, "2. Tiêu chí thi đua đối với Ủy ban nhân dân cấp xã", p["criteria"], "criteria", "dash")
    section("III", "THỜI GIAN THỰC HIỆN")
    plan["timeline"] = [timeline_entry(e) for e in p["timeline"]]
    for i, e in enumerate(plan["timeline"]):
        w.add(timeline_line(e), f"/timeline/{i}")
    section("IV", "HÌNH THỨC KHEN THƯỞNG")
    for i, award in enumerate(p["awards"]):
        w.add(f"- {award};", f"/awards/{i}")
    section("V", "TỔ CHỨC THỰC HIỆN")
    plan["assignments"] = []
    for a_i, (body, role, tasks) in enumerate(p["assignments"]):
        w.add(f"{a_i + 1}. {body}")
        for t_i, task in enumerate(tasks):
            w.add(f"- {task}", f"/assignments/{a_i}/tasks/{t_i}")
        plan["assignments"].append({"body": body, "role": role, "tasks": list(tasks)})
    month, day, to = p["deadline"]
    lower = p["assignments"][-1][0]
    w.add(f"{lower} báo cáo kết quả thực hiện Phong trào thi đua về {to} trước ngày {day}/{month} hằng năm để tổng hợp, báo cáo Ủy ban nhân dân {p['scope']}.", "/deadlines/0")
    plan["deadlines"] = [{"date": f"--{month}-{day}", "recurring": "yearly", "what": "báo cáo kết quả thực hiện Phong trào thi đua", "to": to}]
    plan.update(sections=sections, purposes=p["purposes"], requirements=p["requirements"], contents=p["contents"],
                criteria=p["criteria"], awards=p["awards"])  # fmt: skip
    _closing(w, plan, ["Các sở, ban, ngành", lower, "Lưu: VT"], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    return w.text(), _finish(plan, w)


def _national_base(line: str) -> dict:
    m = re.search(r"Căn cứ (Luật|Nghị quyết|Quyết định)(?: số ([\w/-]+))?.*?ngày (\d+)/(\d+)/(\d{4})", line)
    if not m:
        return {"doc_type": None, "number": None, "date": None, "issuer": None}
    doc_type, number, d, mo, y = m.groups()
    return {"doc_type": doc_type, "number": number, "date": f"{y}-{int(mo):02d}-{int(d):02d}", "issuer": None}


def _list(w: PlanWriter, heading: str | None, items: list[str], key: str, style: str, start: int = 0):
    if heading:
        w.add(heading)
    for i, item in enumerate(items):
        label = {"abc": f"{'abcdefghik'[i]}) ", "paren": f"({i + 1}) ", "dash": "- "}[style]
        w.add(label + item, f"/{key}/{start + i}")


def _closing(w: PlanWriter, plan: dict, recipients: list[str], authority: str, position: str):
    w.add("Nơi nhận:")
    for r in recipients:
        w.add(f"- {r};", gap=False)
    w.add(authority)
    w.add(position, gap=False)
    plan["recipients"] = recipients
    plan["signer"] = {"authority": authority, "position": position, "name": None}


def _finish(plan: dict, w: PlanWriter) -> dict:
    keys = ["doc_type", "number", "issuer", "issuer_level", "parent_issuer", "place", "date", "title", "bases",
            "sections", "purposes", "requirements", "contents", "criteria", "awards", "timeline", "deadlines",
            "assignments", "recipients", "signer"]  # fmt: skip
    out = {k: plan.get(k, [] if k in ("bases", "sections", "purposes", "requirements", "contents", "criteria", "awards",
                                        "timeline", "deadlines", "assignments", "recipients") else None) for k in keys}
    out["provenance"] = w.provenance()
    return out


# --------------------------------------------------------------------------- child

RESIDUE_PHRASES = [
    "trên địa bàn {scope}", "trong toàn {scope}", "các sở, ban, ngành", "Ủy ban nhân dân các xã, phường",
    "trên địa bàn {scope} {place}", "của {scope}",
]  # fmt: skip


def render_child(p: dict, ward: tuple[str, str], number: int, defects: dict, rng: random.Random,
                 hard: bool = False) -> tuple[str, dict, list]:  # fmt: skip
    """Write one ward plan; `defects` maps a finding type to the variant planted. Returns text, plan, expected."""
    kind, name = ward
    unit = kind  # the ward names itself "phường"/"xã"
    strength = 1.0 if hard else rng.uniform(0.3, 0.8)

    def rewrite(text: str) -> str:
        text = paraphrase(localise(text, p, unit), rng, strength)
        return summarise(text, rng) if hard else text
    expected: list[dict] = []
    w = PlanWriter()
    iso = f"{p['date'][:4]}-{int(p['date'][5:7]) + 1:02d}-{rng.randint(1, 28):02d}"
    plan = {"doc_type": "Kế hoạch", "number": f"{number}/KH-UBND", "issuer": f"Ủy ban nhân dân {kind} {name}",
            "issuer_level": "commune", "parent_issuer": None, "place": name, "date": iso}  # fmt: skip
    w.add("ỦY BAN NHÂN DÂN", gap=False)
    w.add(f"{kind.upper()} {name.upper()}", gap=False)
    w.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    w.add("Độc lập - Tự do - Hạnh phúc", gap=False)
    w.add(f"Số: {plan['number']}", "/number")
    w.add(vn_date_line(f"{kind.capitalize()} {name}", iso), "/date")
    w.add("KẾ HOẠCH")
    a, b = p["period"]
    if defects.get("timeline_mismatch") == "period":
        b += 1
        expected.append({"type": "timeline_mismatch", "key": None})
    plan["title"] = f"Triển khai Phong trào thi đua “{p['movement']}” giai đoạn {a} – {b} trên địa bàn {kind} {name}"
    w.add(plan["title"], "/title")

    # --- bases
    cite = base_citation(p)
    variant = defects.get("citation_mismatch")
    if variant == "number":
        digits, rest = cite["number"].split("/", 1)
        cite["number"] = f"{int(digits) + rng.choice([1, 10, 100]):03d}/{rest}"
    elif variant == "date":
        y, m, d = cite["date"].split("-")
        cite["date"] = f"{y}-{m}-{(int(d) + rng.randint(1, 9)) % 28 + 1:02d}"
    elif variant == "issuer":
        other = rng.choice([q for q in PARENTS + PARENTS_HELDOUT if q["id"] != p["id"]])
        cite["issuer"] = other["issuer"]
    if variant:
        expected.append({"type": "citation_mismatch", "key": None})
    plan["bases"] = []
    if variant != "absent":
        style = rng.randint(0, 1)
        verb = rng.choice(["Căn cứ", "Thực hiện"])
        w.add(f"{verb} Kế hoạch số {cite['number']} {dmy(cite['date'], style)} của {cite['issuer']} về việc phát động "
              f"Phong trào thi đua “{p['movement']}” giai đoạn {p['period'][0]} – {p['period'][1]};", "/bases/0")  # fmt: skip
        plan["bases"].append(cite)
    else:
        for i, line in enumerate(p["bases"]):
            w.add(line, f"/bases/{i}")
            plan["bases"].append(_national_base(line))
    w.add(f"Ủy ban nhân dân {kind} {name} ban hành Kế hoạch triển khai Phong trào thi đua trên địa bàn {kind} như sau:")

    # --- items, localised and paraphrased
    def local(items):
        return [rewrite(t) for t in items]

    purposes, requirements = local(p["purposes"]), local(p["requirements"])
    contents_src = list(enumerate(p["contents"]))
    drop = defects.get("missing_content")
    if drop:
        for k in rng.sample(range(len(contents_src)), drop):
            expected.append({"type": "missing_content", "key": f"/contents/{k}"})
        dropped = {int(e["key"].rsplit("/", 1)[1]) for e in expected if e["type"] == "missing_content"}
        contents_src = [(k, t) for k, t in contents_src if k not in dropped]
    rng.shuffle(contents_src)
    contents = [rewrite(t) for _, t in contents_src]
    # A ward merges two items into one and splits another in two.
    if len(contents) > 4 and rng.random() < 0.6:
        i = rng.randrange(len(contents) - 1)
        contents[i : i + 2] = [merge(contents[i], contents[i + 1])]
    if rng.random() < 0.6:
        i = rng.randrange(len(contents))
        contents[i : i + 1] = split(contents[i])
    criteria = local(p["criteria"])

    residue = defects.get("locality_residue")
    residue_target = None
    if residue is not None:
        phrase = RESIDUE_PHRASES[residue].format(scope=p["scope"], place=p["place"])
        pool = [("contents", i) for i in range(len(contents))] + [("requirements", i) for i in range(len(requirements))]
        residue_target = rng.choice(pool)
        lst = contents if residue_target[0] == "contents" else requirements
        i = residue_target[1]
        if phrase.startswith(("trên", "trong", "của")):
            lst[i] = lst[i].rstrip(".") + f" {phrase}."
        else:
            lst[i] = lst[i].rstrip(".") + f", phối hợp với {phrase} để triển khai."

    sections = []

    def section(label, heading):
        sections.append({"label": label, "heading": heading})
        w.add(f"{label}. {heading}", f"/sections/{len(sections) - 1}")

    roman = iter(["I", "II", "III", "IV", "V", "VI"])
    section(next(roman), "MỤC ĐÍCH, YÊU CẦU")
    _list(w, "1. Mục đích", purposes, "purposes", "abc")
    _list(w, "2. Yêu cầu", requirements, "requirements", "abc")
    missing = defects.get("missing_section")
    section(next(roman), "NỘI DUNG THI ĐUA VÀ THỜI GIAN THỰC HIỆN")
    w.add("1. Nội dung thi đua")
    w.add(f"Các ban, ngành, đoàn thể, đơn vị và tổ dân phố trên địa bàn {kind} tập trung thực hiện các nội dung sau:")
    _list(w, None, contents, "contents", "paren")
    sub = 2
    if missing != "criteria":
        _list(w, f"{sub}. Tiêu chí thi đua", criteria, "criteria", "dash")
        sub += 1
    else:
        criteria = []
        expected.append({"type": "missing_section", "key": "criteria"})
    w.add(f"{sub}. Thời gian thực hiện")
    timeline = [timeline_entry(e) for e in p["timeline"]]
    tl_variant = defects.get("timeline_mismatch")
    if tl_variant in ("interim", "final", "phase"):
        want = {"interim": "sơ kết", "final": "tổng kết", "phase": "Giai đoạn 1"}[tl_variant]
        for e in timeline:
            if want in (e["what"] or "") or e["label"] == want:
                if e["label"]:
                    e["end"] += 1
                else:
                    e["start"] = e["end"] = e["start"] + rng.choice([1, -1])
                break
        expected.append({"type": "timeline_mismatch", "key": None})
    for e in timeline:
        e["what"] = e["what"].replace("các cơ quan, đơn vị, địa phương", f"Ủy ban nhân dân {kind}").replace("các địa phương", f"Ủy ban nhân dân {kind}")
    for i, e in enumerate(timeline):
        w.add(timeline_line(e), f"/timeline/{i}")
    awards = [f"Giấy khen của Chủ tịch Ủy ban nhân dân {kind}"] + [a for a in p["awards"] if "Chủ tịch" in a or "Cờ" in a][:2]
    if missing != "awards":
        section(next(roman), "HÌNH THỨC KHEN THƯỞNG")
        w.add("Hằng năm, Ủy ban nhân dân " + kind + " xét khen thưởng và đề nghị cấp trên khen thưởng theo các hình thức:")
        for i, award in enumerate(awards):
            w.add(f"- {award};", f"/awards/{i}")
    else:
        awards = []
        expected.append({"type": "missing_section", "key": "awards"})

    # --- assignments: the parent's duties for the lower level go to the ward's own bodies
    duties = p["assignments"][-1][2]
    lower_index = len(p["assignments"]) - 1
    skip_duty = defects.get("unassigned_task")
    if skip_duty is not None:
        skip_duty = skip_duty % len(duties)
        expected.append({"type": "unassigned_task", "key": f"/assignments/{lower_index}/tasks/{skip_duty}"})
    own = [(t, d) for t, d in enumerate(duties) if t != skip_duty]
    rng.shuffle(own)
    lead = [rewrite(d) for _, d in own[: max(1, len(own) - 1)]]
    office = [rewrite(d) for _, d in own[max(1, len(own) - 1) :]]
    bodies = [("Phòng Văn hóa - Xã hội", "chủ trì",
               [f"Chủ trì, tham mưu Ủy ban nhân dân {kind} triển khai Kế hoạch; theo dõi, tổng hợp kết quả, đề xuất khen thưởng."] + lead),
              ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "thực hiện", office),
              (f"Ủy ban Mặt trận Tổ quốc Việt Nam {kind}", "phối hợp",
               ["Tuyên truyền, vận động đoàn viên, hội viên tích cực hưởng ứng Phong trào thi đua, giám sát việc thực hiện."])]  # fmt: skip
    bodies = [b for b in bodies if b[2]]
    plan["assignments"] = []
    parent_day = date(2025, int(p["deadline"][0]), int(p["deadline"][1]))
    when = parent_day - timedelta(days=rng.randint(3, 5))
    if defects.get("deadline_conflict"):
        when = parent_day + timedelta(days=rng.randint(3, 6))
        expected.append({"type": "deadline_conflict", "key": None})
    day, month = when.day, f"{when.month:02d}"
    deadline_text = (f"Các ban, ngành, đoàn thể, đơn vị gửi báo cáo kết quả thực hiện Phong trào thi đua về Phòng Văn hóa - Xã hội "
                     f"trước ngày {day:02d}/{month} hằng năm để tổng hợp, báo cáo {p['deadline'][2]}.")  # fmt: skip
    if missing != "organisation":
        section(next(roman), "TỔ CHỨC THỰC HIỆN")
        for a_i, (body, role, tasks) in enumerate(bodies):
            heading = f"Đề nghị {body}" if body.startswith("Ủy ban Mặt trận") else body
            w.add(f"{a_i + 1}. {heading}")
            for t_i, task in enumerate(tasks):
                w.add(f"- {task}", f"/assignments/{a_i}/tasks/{t_i}")
            plan["assignments"].append({"body": body, "role": role, "tasks": tasks})
    else:
        expected.append({"type": "missing_section", "key": "organisation"})
    w.add(deadline_text, "/deadlines/0")
    plan["deadlines"] = [{"date": f"--{month}-{day:02d}", "recurring": "yearly", "what": "báo cáo kết quả thực hiện Phong trào thi đua", "to": "Phòng Văn hóa - Xã hội"}]
    plan.update(sections=sections, purposes=purposes, requirements=requirements, contents=contents, criteria=criteria,
                awards=awards, timeline=timeline)  # fmt: skip
    _closing(w, plan, ["UBND " + p["scope"] + " (để b/c)", "TT Đảng ủy, HĐND " + kind, "Lưu: VT"], "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    out = _finish(plan, w)
    if residue_target is not None:
        key, i = residue_target
        expected.append({"type": "locality_residue", "key": w.pointers[f"/{key}/{i}"]})
    return w.text(), out, expected


# --------------------------------------------------------------------------- cases

# (name, defects) per child; each parent gets the same recipe with its own random draws.
RECIPE = [
    ("faithful-1", {}), ("faithful-2", {}), ("faithful-3", {}), ("faithful-4", {}),
    ("missing-content-1", {"missing_content": 1}), ("missing-content-2", {"missing_content": 2}),
    ("citation-number", {"citation_mismatch": "number"}), ("citation-date", {"citation_mismatch": "date"}),
    ("citation-issuer", {"citation_mismatch": "issuer"}), ("citation-absent", {"citation_mismatch": "absent"}),
    ("deadline-1", {"deadline_conflict": True}), ("deadline-2", {"deadline_conflict": True}),
    ("timeline-interim", {"timeline_mismatch": "interim"}), ("timeline-final", {"timeline_mismatch": "final"}),
    ("timeline-period", {"timeline_mismatch": "period"}),
    ("unassigned-1", {"unassigned_task": 0}), ("unassigned-2", {"unassigned_task": 1}), ("unassigned-3", {"unassigned_task": 2}),
    ("residue-1", {"locality_residue": 0}), ("residue-2", {"locality_residue": 1}), ("residue-3", {"locality_residue": 2}),
    ("residue-4", {"locality_residue": 3}), ("residue-5", {"locality_residue": 4}), ("residue-6", {"locality_residue": 5}),
    ("section-criteria", {"missing_section": "criteria"}), ("section-awards", {"missing_section": "awards"}),
    ("section-organisation", {"missing_section": "organisation"}),
    ("double-1", {"missing_content": 1, "deadline_conflict": True}),
    ("double-2", {"citation_mismatch": "date", "locality_residue": 0}),
    ("double-3", {"unassigned_task": 1, "timeline_mismatch": "final"}),
]  # fmt: skip


# The same recipe again, children rewritten harder (full paraphrase, half of each item's clauses kept):
# how the thresholds hold when a ward summarises instead of copying.
HARD = [(f"hard-{name}", defects) for name, defects in RECIPE]


def build() -> tuple[dict[str, tuple[str, dict]], list[dict]]:
    """Every plan as {relative path: (text, plan dict)} and the cases; nothing is written."""
    files, cases = {}, []
    for p in PARENTS + PARENTS_HELDOUT:
        folder = f"{p['split']}/{p['id']}"
        files[f"{folder}/parent.txt"] = render_parent(p)
        for n, (name, defects) in enumerate(RECIPE + HARD):
            rng = random.Random(f"{p['id']}-{name}")
            ward = WARDS[p["id"]][n % len(WARDS[p["id"]])]
            text, plan, expected = render_child(p, ward, 10 + n, defects, rng, hard=name.startswith("hard-"))
            stem = f"{p['id']}-{n:02d}-{name}"
            plan["source"] = f"{stem}.txt"
            files[f"{folder}/{stem}.txt"] = (text, plan)
            cases.append({"id": stem, "split": p["split"], "parent": f"{folder}/parent.txt", "child": f"{folder}/{stem}.txt",
                          "faithful": not defects, "hard": name.startswith("hard-"), "expected": expected})  # fmt: skip
    return files, cases


def main() -> None:
    """Write the texts and cases.jsonl; the plans are rebuilt in memory by devset.py (no JSON stored)."""
    files, cases = build()
    for relative, (text, _) in files.items():
        path = OUT / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    with (OUT / "cases.jsonl").open("w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} children of {len(PARENTS) + len(PARENTS_HELDOUT)} parents to {OUT}")


if __name__ == "__main__":
    main()

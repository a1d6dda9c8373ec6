"""The footer: recipients (Nơi nhận) and the signer (authority, position, name).

With the two footer columns merged by OCR ("Nơi nhận: KT. CHỦ TỊCH", "- UBMTTQVN phường; PHÓ CHỦ TỊCH"),
the signer's words are cut from the end of each recipient line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Signer
from .text import fold, is_upper_text, norm_space

# Positions, matched on folded upper-case text ("CHU TICH" left unrestored is still CHỦ TỊCH).
_POSITION = (
    r"(?:PHO\s+)?(?:CHU\s+TICH|GIAM\s+DOC|TRUONG\s+BAN|BI\s+THU|CHANH\s+VAN\s+PHONG|TRUONG\s+PHONG|BO\s+TRUONG|"
    r"THU\s+TRUONG|TONG\s+GIAM\s+DOC|CHANH\s+THANH\s+TRA|VIEN\s+TRUONG|CUC\s+TRUONG|"
    r"CHI\s+CUC\s+TRUONG|THU\s+TUONG|TRUONG\s+DOAN|HIEU\s+TRUONG|CHU\s+NHIEM|TRUONG\s+CONG\s+AN|CHI\s+HUY\s+TRUONG)"
)
_AUTHORITY = re.compile(r"\b(?:KT|TM|TL|TUQ|Q)\s*\.\s*[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]*[A-ZĐÀ-Ỹ]")
_POSITION_RE = re.compile(rf"(?<![\w.])\s*{_POSITION}\s*$")
_POSITION_LINE = re.compile(rf"^\s*{_POSITION}\s*$")
# Debris the merged columns leave at the end of a recipient: "; ; 0 [’", "' N )".
_DEBRIS = re.compile(r"(?:[;,]\s*)+(?:[^\w\s]|\s|\b\w\b)*$|(?:\s+[^\w\s().])+$")


def _upper_fold(text: str) -> str:
    """Folded and upper-cased, same length (for the position patterns)."""
    return fold(text).upper()


def _clean_recipient(text: str) -> str:
    text = text.strip()
    while True:
        cut = _DEBRIS.search(text)
        if not cut or cut.start() == 0 or cut.start() == len(text):
            break
        text = text[: cut.start()].rstrip()
    return text
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4}$")


@dataclass
class Footer:
    recipients: list[tuple[str, int]] = field(default_factory=list)  # (text, 1-based line)
    signer: Signer | None = None
    signer_lines: list[int] = field(default_factory=list)
    start: int | None = None  # line of "Nơi nhận", or of the signer block


_ATTACHED_BY_DECISION = re.compile(r"^\(?\s*(?:duoc )?(?:ban hanh )?kem theo quyet dinh\b")


def attached_plan_start(cleaned: list[str], first: int) -> int | None:
    """The line "(Kèm theo Quyết định số 112/QĐ-UBND ...)" under a "KẾ HOẠCH" heading: the plan a decision issues,
    attached after the decision's own signature. Its footer is the plan's, not the decision's (round 41, I137-B06:
    "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" of the decision ended the document, and the whole plan was lost)."""
    for n in range(first, len(cleaned) + 1):
        if _ATTACHED_BY_DECISION.match(fold(cleaned[n - 1]).strip(" *\t")) and any(
            fold(cleaned[m - 1]).strip(" *#\t").startswith("ke hoach") for m in range(max(first, n - 3), n)
        ):
            return n
    return None


def find_footer_start(cleaned: list[str], first: int) -> int | None:
    for i in range(len(cleaned), first - 1, -1):
        if fold(cleaned[i - 1]).strip(" *-").startswith("noi nhan"):
            return i
    for i in range(max(first, len(cleaned) - 40), len(cleaned) + 1):
        if _AUTHORITY.search(cleaned[i - 1]):
            return i
    return None


def read_footer(cleaned: list[str], start: int) -> Footer:
    footer = Footer(start=start)
    authority = position = name = None
    lines: list[int] = []
    authority_lines: list[int] = []
    for n in range(start, len(cleaned) + 1):
        text = cleaned[n - 1].strip(" *\t")
        if not text:
            continue
        am = _AUTHORITY.search(text)
        if am and (authority is None or (position is None and n - lines[0] <= 2 and _AUTHORITY.fullmatch(am.group(0).strip()))):
            if authority is not None:
                authority_lines.append(n)  # "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH": the last mark signs
            authority = norm_space(am.group(0))
            lines.append(n)
            authority_lines.append(n)
            text = text[: am.start()].rstrip()
        pm = _POSITION_RE.search(_upper_fold(text))
        if pm and (authority is None or n > lines[0] or pm.start() > 0):
            if position is None and not (authority and fold(pm.group(0)).strip() in fold(authority) and n in authority_lines):
                position = norm_space(text[pm.start() : pm.end()])
                lines.append(n)
            text = text[: pm.start()].rstrip()
        folded = fold(text)
        if folded.startswith("noi nhan"):
            text = text.split(":", 1)[1] if ":" in text else ""
        text = text.strip()
        if not text:
            continue
        if text[0] in "-–•+":
            item = _clean_recipient(text.lstrip("-–•+ ")).rstrip(" ;,.")
            if item:
                footer.recipients.append((norm_space(item), n))
        elif footer.recipients and text[:1].islower() and n - footer.recipients[-1][1] <= 1:
            prev, line = footer.recipients[-1]
            footer.recipients[-1] = (norm_space(prev + " " + text.rstrip(" ;,.")), line)
        elif (name is None and (authority or position) and n - max(lines) <= 8 and _NAME.match(text)
              and all(w[:1].isupper() for w in text.split()) and not is_upper_text(text)):
            name = text  # the first name-like line below the position: tables and annexes may follow
            lines.append(n)
        elif authority and n == lines[0] + 1 and is_upper_text(text) and not position and not _POSITION_LINE.match(_upper_fold(text)):
            authority = f"{authority} {norm_space(text)}"  # "TM. ỦY BAN NHÂN / DÂN" broken over two lines
    if name is None and (authority or position):
        # Merged columns may push the name below the whole recipient list: the document's last line.
        last = next((n for n in range(len(cleaned), start, -1) if cleaned[n - 1].strip(" *\t")), None)
        text = cleaned[last - 1].strip(" *\t") if last else ""
        if last and last not in lines and _NAME.match(text) and not is_upper_text(text):
            name = text
            lines.append(last)
    if authority or position or name:
        footer.signer = Signer(authority=authority, position=position, name=name)
        footer.signer_lines = lines
    return footer

"""The footer: recipients (Nơi nhận) and the signer (authority, position, name).

With the two footer columns merged by OCR ("Nơi nhận: KT. CHỦ TỊCH", "- UBMTTQVN phường; PHÓ CHỦ TỊCH"),
the signer's words are cut from the end of each recipient line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Signer
from .text import fold, is_upper_text, norm_space

_POSITION = (
    r"(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|BÍ\s+THƯ|CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+PHÒNG|BỘ\s+TRƯỞNG|"
    r"THỨ\s+TRƯỞNG|THỦ\s+TRƯỞNG|TỔNG\s+GIÁM\s+ĐỐC|CHÁNH\s+THANH\s+TRA|VIỆN\s+TRƯỞNG|CỤC\s+TRƯỞNG|"
    r"CHI\s+CỤC\s+TRƯỞNG|THỦ\s+TƯỚNG|TRƯỞNG\s+ĐOÀN|HIỆU\s+TRƯỞNG|CHỦ\s+NHIỆM|TRƯỞNG\s+CÔNG\s+AN|CHỈ\s+HUY\s+TRƯỞNG)"
)
_AUTHORITY = re.compile(r"\b(?:KT|TM|TL|TUQ|Q)\s*\.\s*[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]*[A-ZĐÀ-Ỹ]")
_POSITION_RE = re.compile(rf"(?<![\w.])\s*{_POSITION}\s*$")
_POSITION_LINE = re.compile(rf"^\s*{_POSITION}\s*$")
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4}$")


@dataclass
class Footer:
    recipients: list[tuple[str, int]] = field(default_factory=list)  # (text, 1-based line)
    signer: Signer | None = None
    signer_lines: list[int] = field(default_factory=list)
    start: int | None = None  # line of "Nơi nhận", or of the signer block


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
    for n in range(start, len(cleaned) + 1):
        text = cleaned[n - 1].strip(" *\t")
        if not text:
            continue
        am = _AUTHORITY.search(text)
        if am and authority is None:
            authority = norm_space(am.group(0))
            lines.append(n)
            text = text[: am.start()].rstrip()
        pm = _POSITION_RE.search(text)
        if pm and (authority is None or n > lines[0] or pm.start() > 0):
            if position is None and not (authority and fold(pm.group(0)).strip() in fold(authority) and n == lines[0]):
                position = norm_space(pm.group(0))
                lines.append(n)
            text = text[: pm.start()].rstrip()
        folded = fold(text)
        if folded.startswith("noi nhan"):
            text = text.split(":", 1)[1] if ":" in text else ""
        text = text.strip()
        if not text:
            continue
        if text[0] in "-–•+":
            item = text.lstrip("-–•+ ").rstrip(" ;,.")
            if item:
                footer.recipients.append((norm_space(item), n))
        elif footer.recipients and text[:1].islower() and n - footer.recipients[-1][1] <= 1:
            prev, line = footer.recipients[-1]
            footer.recipients[-1] = (norm_space(prev + " " + text.rstrip(" ;,.")), line)
        elif (name is None and (authority or position) and n - max(lines) <= 8 and _NAME.match(text)
              and all(w[:1].isupper() for w in text.split()) and not is_upper_text(text)):
            name = text  # the first name-like line below the position: tables and annexes may follow
            lines.append(n)
        elif authority and n == lines[0] + 1 and is_upper_text(text) and not position and not _POSITION_LINE.match(text):
            authority = f"{authority} {norm_space(text)}"  # "TM. ỦY BAN NHÂN / DÂN" broken over two lines
    if authority or position or name:
        footer.signer = Signer(authority=authority, position=position, name=name)
        footer.signer_lines = lines
    return footer

"""Write a plan as text one paragraph per line (like seed 003) and record its Plan with provenance."""

from __future__ import annotations


class PlanWriter:
    """Accumulates lines; `add(text, pointer)` notes the line of each extracted value."""

    def __init__(self):
        self.lines: list[str] = []
        self.pointers: dict[str, int] = {}

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def add(self, text: str, pointer: str | None = None, gap: bool = True) -> int:
        if gap:
            self.blank()
        self.lines.append(text)
        number = len(self.lines)
        if pointer:
            self.pointers[pointer] = number
        return number

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    def provenance(self) -> dict[str, dict]:
        offsets, pos = [], 0
        for line in self.lines:
            offsets.append(pos)
            pos += len(line) + 1
        out = {}
        for pointer, number in self.pointers.items():
            start = offsets[number - 1]
            out[pointer] = {"page": 1, "line_start": number, "line_end": number,
                            "char_start": start, "char_end": start + len(self.lines[number - 1])}  # fmt: skip
        return out


def vn_date_line(place: str, iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{place}, ngày {int(d):02d} tháng {int(m):02d} năm {y}"


def dmy(iso: str, style: int = 0) -> str:
    y, m, d = iso.split("-")
    if style == 1:
        return f"ngày {int(d)} tháng {int(m)} năm {y}"
    return f"ngày {int(d):02d}/{int(m):02d}/{y}"

"""Lay plan text out on A4 pages the way Vietnamese government documents look.

Decree 30/2020/NĐ-CP style: Times-like serif 13–14 pt, margins 20 mm top/bottom, 30 mm left,
15 mm right, justified body paragraphs with a first-line indent, and the two-column header block
(issuer and number on the left; national name, motto and place/date on the right).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_FILES = {
    "Liberation Serif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-{style}.ttf",
    "Noto Serif": "/usr/share/fonts/truetype/noto/NotoSerif-{style}.ttf",
}
A4_MM = (210.0, 297.0)
MARGINS_MM = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
LINE_SPACING = 1.3  # baseline-to-baseline, in font sizes (Word's "multiple 1.3" is common in plans)
PARAGRAPH_GAP = 0.35  # extra space after a paragraph, in font sizes
INDENT_MM = 10.0  # first-line indent of body paragraphs
LEFT_COLUMN = (0.0, 0.40)  # header columns as fractions of the text width
RIGHT_COLUMN = (0.42, 1.0)

_MOTTO_START = re.compile(r"^C[ỘO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘO]I", re.IGNORECASE)
_NUMBER_LINE = re.compile(r"^(Số|So)\s*[:.]", re.IGNORECASE)
_DATE_LINE = re.compile(r",\s*ngày\b", re.IGNORECASE)
_ARTEFACT = re.compile(r"^[\s*_\-–—=.]*$")


@dataclass
class TextLine:
    """One rendered line: its text and where it was drawn (pixels)."""

    text: str
    x0: int
    y0: int
    x1: int
    y1: int
    column: str | None = None  # "left"/"right" in the header block


@dataclass
class Block:
    """A paragraph to draw: text, style, alignment and (in the header) its column."""

    text: str
    bold: bool = False
    italic: bool = False
    align: str = "justify"  # justify | center | left
    indent: bool = True
    column: str | None = None
    size_delta: int = 0


@lru_cache(maxsize=32)
def load_font(family: str, style: str, size_px: int) -> ImageFont.FreeTypeFont:
    pattern = FONT_FILES.get(family)
    if pattern is None:
        if Path(family).exists():  # a TTF path
            return ImageFont.truetype(family, size_px)
        raise ValueError(f"unknown font {family!r}; choose one of {sorted(FONT_FILES)} or give a .ttf path")
    return ImageFont.truetype(pattern.format(style=style), size_px)


def _style(bold: bool, italic: bool) -> str:
    return {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}[
        (bold, italic)
    ]


def paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; hard-wrapped lines inside one are joined (markdown ** dropped)."""
    text = text.replace("**", "").replace("\r\n", "\n")
    result = []
    for chunk in re.split(r"\n\s*\n", text):
        joined = " ".join(part.strip() for part in chunk.split("\n") if part.strip())
        if joined:
            result.append(joined)
    return result


def plan_blocks(text: str) -> tuple[list[Block], list[Block]]:
    """Split the text into header blocks (two columns) and body blocks."""
    paras = paragraphs(text)
    header: list[Block] = []
    motto_at = next((i for i, p in enumerate(paras[:8]) if _MOTTO_START.match(p)), None)
    body_from = 0
    if motto_at is not None:
        # issuer paragraphs are joined lines; in the header each source line is its own centered line
        lines_before = [line.strip() for line in _header_source_lines(text, paras[motto_at])]
        header += [Block(line, bold=True, align="center", indent=False, column="left", size_delta=-1) for line in lines_before]
        i = motto_at
        motto = paras[i]
        if "Hạnh phúc" not in motto and i + 1 < len(paras) and "Hạnh phúc" in paras[i + 1]:
            i += 1
            motto += " " + paras[i]
        split = re.search(r"(Độc lập|Doc lap)", motto)
        national, slogan = (motto[: split.start()].strip(), motto[split.start():].strip()) if split else (motto, "")
        header.append(Block(national, bold=True, align="center", indent=False, column="right", size_delta=-1))
        if slogan:
            header.append(Block(slogan, bold=True, align="center", indent=False, column="right"))
        i += 1
        while i < len(paras) and i < motto_at + 6:
            para = paras[i]
            if _ARTEFACT.match(para):
                i += 1
            elif _NUMBER_LINE.match(para):
                header.append(Block(para, align="center", indent=False, column="left", size_delta=-1))
                i += 1
            elif _DATE_LINE.search(para) and len(para) < 80:
                header.append(Block(para, italic=True, align="center", indent=False, column="right"))
                i += 1
            else:
                break
        body_from = i
    body: list[Block] = []
    titled = 0
    for para in paras[body_from:]:
        if _ARTEFACT.match(para):
            continue
        upper = para.upper() == para and any(c.isalpha() for c in para)
        if titled < 2 and (titled == 1 or (upper and len(para) < 40)):
            # the document type ("KẾ HOẠCH") and its subject line are centered and bold
            body.append(Block(para, bold=True, align="center", indent=False))
            titled += 1
            continue
        titled = max(titled, 2) if body else titled
        heading = upper or re.match(r"^[IVX]+\.\s", para) is not None
        body.append(Block(para, bold=heading, align="left" if heading else "justify", indent=True))
    return header, body


def _header_source_lines(text: str, motto_para: str) -> list[str]:
    """The non-empty source lines before the national name (the issuer, one name per line)."""
    lines = []
    for raw in text.replace("**", "").split("\n"):
        stripped = raw.strip()
        if _MOTTO_START.match(stripped):
            break
        if stripped and not _ARTEFACT.match(stripped):
            lines.append(stripped)
    return lines


def wrap(text: str, font: ImageFont.FreeTypeFont, width: float, first_indent: float = 0.0) -> list[str]:
    """Greedy word wrap; a word longer than the width is broken by characters."""
    words = text.split()
    lines: list[str] = []
    current = ""
    limit = width - first_indent
    for word in words:
        candidate = f"{current} {word}" if current else word
        if font.getlength(candidate) <= limit:
            current = candidate
            continue
        if current:
            lines.append(current)
            limit = width
        while font.getlength(word) > limit:
            cut = max(1, int(len(word) * limit / font.getlength(word)) - 1)
            lines.append(word[:cut])
            word = word[cut:]
            limit = width
        current = word
    if current:
        lines.append(current)
    return lines


@dataclass
class PageGeometry:
    dpi: int
    size_pt: float

    def px(self, mm: float) -> int:
        return round(mm / 25.4 * self.dpi)

    @property
    def size(self) -> tuple[int, int]:
        return self.px(A4_MM[0]), self.px(A4_MM[1])

    @property
    def left(self) -> int:
        return self.px(MARGINS_MM["left"])

    @property
    def right(self) -> int:
        return self.size[0] - self.px(MARGINS_MM["right"])

    @property
    def top(self) -> int:
        return self.px(MARGINS_MM["top"])

    @property
    def bottom(self) -> int:
        return self.size[1] - self.px(MARGINS_MM["bottom"])

    def font_px(self, delta: int = 0) -> int:
        return round((self.size_pt + delta) * self.dpi / 72)


class PageWriter:
    """Draws lines top to bottom, starting new pages as needed, and records what it drew where."""

    def __init__(self, family: str, geometry: PageGeometry):
        self.family = family
        self.g = geometry
        self.pages: list[Image.Image] = []
        self.lines: list[list[TextLine]] = []
        self._new_page()

    def _new_page(self) -> None:
        self.pages.append(Image.new("L", self.g.size, 255))
        self.lines.append([])
        self.draw = ImageDraw.Draw(self.pages[-1])
        self.y = self.g.top

    def font(self, block: Block) -> ImageFont.FreeTypeFont:
        return load_font(self.family, _style(block.bold, block.italic), self.g.font_px(block.size_delta))

    def block_lines(self, block: Block, x0: int, x1: int) -> list[str]:
        indent = self.g.px(INDENT_MM) if block.indent and block.align == "justify" else 0
        return wrap(block.text, self.font(block), x1 - x0, indent)

    def draw_block(self, block: Block, x0: int, x1: int, y: int | None = None) -> int:
        """Draw a block between x0 and x1 starting at y (default: the running position); returns next y."""
        font = self.font(block)
        step = round(self.g.font_px(block.size_delta) * LINE_SPACING)
        ascent, descent = font.getmetrics()
        running = y is None
        y = self.y if running else y
        wrapped = self.block_lines(block, x0, x1)
        for i, text in enumerate(wrapped):
            if running and y + step > self.g.bottom:
                self._new_page()
                y = self.y
            indent = self.g.px(INDENT_MM) if i == 0 and block.indent and block.align == "justify" else 0
            width = font.getlength(text)
            last = i == len(wrapped) - 1
            if block.align == "center":
                x = x0 + (x1 - x0 - width) / 2
                self.draw.text((x, y + ascent), text, font=font, fill=0, anchor="ls")
            elif block.align == "justify" and not last and " " in text:
                x = self._justify(text, font, x0 + indent, x1, y + ascent)
                width = x1 - x0 - indent
                x = x0 + indent
            else:
                x = x0 + indent
                self.draw.text((x, y + ascent), text, font=font, fill=0, anchor="ls")
            self.lines[-1].append(
                TextLine(text, round(x), y, round(x + width), y + ascent + descent, column=block.column)
            )
            y += step
        y += round(self.g.font_px(block.size_delta) * PARAGRAPH_GAP)
        if running:
            self.y = y
        return y

    def _justify(self, text: str, font, x0: int, x1: int, baseline: int) -> float:
        words = text.split(" ")
        gap = (x1 - x0 - sum(font.getlength(w) for w in words)) / (len(words) - 1)
        x = float(x0)
        for word in words:
            self.draw.text((x, baseline), word, font=font, fill=0, anchor="ls")
            x += font.getlength(word) + gap
        return x


def layout(text: str, family: str, size_pt: float, dpi: int) -> tuple[list[Image.Image], list[list[TextLine]]]:
    """Clean page images and, per page, the lines drawn in reading order (header: left column first)."""
    geometry = PageGeometry(dpi=dpi, size_pt=size_pt)
    writer = PageWriter(family, geometry)
    header, body = plan_blocks(text)
    if header:
        _draw_header(writer, header)
    for block in body:
        writer.draw_block(block, geometry.left, geometry.right)
    pages, lines = writer.pages, writer.lines
    if len(pages) > 1 and not lines[-1]:
        pages, lines = pages[:-1], lines[:-1]
    return pages, lines


def _draw_header(writer: PageWriter, header: list[Block]) -> None:
    g = writer.g
    width = g.right - g.left
    columns = {
        "left": (g.left + round(LEFT_COLUMN[0] * width), g.left + round(LEFT_COLUMN[1] * width)),
        "right": (g.left + round(RIGHT_COLUMN[0] * width), g.left + round(RIGHT_COLUMN[1] * width)),
    }
    # The number (left) and the place/date (right) share one row below the names.
    top_blocks = [b for b in header if not (_NUMBER_LINE.match(b.text) or _DATE_LINE.search(b.text))]
    row_blocks = [b for b in header if b not in top_blocks]
    for block in top_blocks:
        x0, x1 = columns[block.column]
        # the national name stays on one line, as in real headers: shrink it (at most 3 pt) to fit
        while block.column == "right" and block.size_delta > -4 and writer.font(block).getlength(block.text) > x1 - x0:
            block.size_delta -= 1
    bottoms = []
    for side in ("left", "right"):
        y = writer.y
        for block in (b for b in top_blocks if b.column == side):
            y = writer.draw_block(block, *columns[side], y=y)
        bottoms.append(y)
    y_row = max(bottoms) + g.font_px() // 2
    row_bottoms = [y_row]
    for block in row_blocks:
        row_bottoms.append(writer.draw_block(block, *columns[block.column], y=y_row))
    writer.y = max(row_bottoms) + g.font_px()
    # reading order: the whole left column, then the right one
    drawn = writer.lines[-1]
    writer.lines[-1] = [ln for ln in drawn if ln.column == "left"] + [ln for ln in drawn if ln.column == "right"] + [
        ln for ln in drawn if ln.column is None
    ]

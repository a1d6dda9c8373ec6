"""Test inputs made on the fly: text-layer PDFs (fpdf2), DOCX (python-docx), scans (our renderer)."""

from __future__ import annotations

from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype/liberation2/"

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 1026/KH-UBND"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nghệ An, ngày 26 tháng 11 năm 2025"]
BODY = [
    "KẾ HOẠCH",
    "Triển khai thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Tiếp tục đẩy mạnh công tác tuyên truyền, phổ biến, quán triệt pháp luật bảo vệ bí mật nhà nước và các "
    "văn bản hướng dẫn thi hành; nâng cao ý thức, trách nhiệm của cán bộ, công chức, viên chức và người lao động.",
    "2. Chủ động khắc phục những tồn tại, hạn chế trong công tác bảo vệ bí mật nhà nước; không để xảy ra các vụ "
    "lộ, mất bí mật nhà nước ảnh hưởng đến uy tín của Đảng.",
    "II. NỘI DUNG",
    "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường chủ trì, phối hợp thực hiện; báo cáo kết quả trước ngày 15/12 hằng năm.",
]
EXPECTED_TEXT = "\n".join(HEADER_LEFT + HEADER_RIGHT + BODY)
PLAN_TEXT = "\n\n".join(["\n".join(HEADER_LEFT[:2]), "\n".join(HEADER_RIGHT[:2]), HEADER_LEFT[2], HEADER_RIGHT[2], *BODY])


def make_text_pdf(path: Path, *, pages: int = 1, password: str | None = None) -> Path:
    """A born-digital plan: the header table as two side-by-side cells, then justified paragraphs."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(30, 20, 15)
    pdf.add_font("Serif", "", FONT_DIR + "LiberationSerif-Regular.ttf")
    pdf.add_font("Serif", "B", FONT_DIR + "LiberationSerif-Bold.ttf")
    for page in range(pages):
        pdf.add_page()
        if page == 0:
            y = pdf.get_y()
            pdf.set_font("Serif", "B", 13)
            for i, line in enumerate(HEADER_LEFT):
                pdf.set_xy(30, y + 7 * i)
                pdf.cell(65, 7, line, align="C")
            for i, line in enumerate(HEADER_RIGHT):
                pdf.set_xy(100, y + 7 * i)
                pdf.cell(95, 7, line, align="C")
            pdf.set_xy(30, y + 30)
        pdf.set_font("Serif", "", 14)
        for paragraph in BODY if page == 0 else BODY[3:]:
            pdf.multi_cell(0, 7, paragraph, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    pdf.output(str(path))
    return path


def make_docx(path: Path) -> Path:
    """A Word plan: the header as a borderless 2×2 table, then paragraphs and a plain table."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "\n".join(HEADER_LEFT[:2])
    table.cell(0, 1).text = HEADER_RIGHT[0]
    table.cell(0, 1).add_paragraph(HEADER_RIGHT[1])
    table.cell(1, 0).text = HEADER_LEFT[2]
    table.cell(1, 1).text = HEADER_RIGHT[2]
    for paragraph in BODY:
        document.add_paragraph(paragraph)
    plain = document.add_table(rows=1, cols=2)
    plain.cell(0, 0).text = "Sở Nội vụ"
    plain.cell(0, 1).text = "Quý IV/2025"
    document.save(str(path))
    return path

"""The official PDF template: header text, embedded subset fonts, page numbers, rendering."""

import datetime as dt
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from kindergarten_desktop.paths import fonts_dir
from kindergarten_desktop.reports import pdf
from kindergarten_desktop.school import SchoolSettings

SETTINGS = SchoolSettings(name="Trường Mầm non Hoa Sữa", governing_body="UBND xã Đồng Tâm", place="Đồng Tâm",
                          principal_name="Nguyễn Thị Thu Hà")
# Every Vietnamese letter with every tone mark, upper and lower case.
VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"


def _write(tmp_path, settings=SETTINGS, rows=5, landscape=False, name="doc.pdf", **closing):
    doc = pdf.OfficialDocument(settings, number="12/KH-MNHS", date=dt.date(2025, 9, 5), landscape=landscape)
    story = doc.heading("Kế hoạch", "Tháng 9 năm 2025")
    story.append(pdf.paragraph(VIETNAMESE + " " + VIETNAMESE.upper()))
    story.append(doc.table(["STT", "Nội dung"], [(i, f"Dòng {i}") for i in range(1, rows + 1)], widths=[1, 5],
                           align=["center", "left"]))
    story += doc.closing(**closing)
    out = tmp_path / name
    doc.build(out, story)
    return out


def _text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _top_margin_text(path) -> list[str]:
    """Per page, the text drawn in the top margin (where page numbers go)."""
    found = []
    for page in PdfReader(path).pages:
        top = float(page.mediabox.height) - pdf.MARGINS["top"] * pdf.mm
        parts: list[str] = []
        page.extract_text(visitor_text=lambda text, _cm, tm, *_, parts=parts, top=top:
                          parts.append(text) if tm[5] > top else None)
        found.append("".join(parts).strip())
    return found


def test_header_text_keeps_every_diacritic(tmp_path):
    first = _text(_write(tmp_path))[0]
    assert VIETNAMESE + VIETNAMESE.upper() in "".join(first.split())
    for expected in ("UBND XÃ ĐỒNG TÂM", "TRƯỜNG MẦM NON HOA SỮA", "Số: 12/KH-MNHS",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Đồng Tâm, ngày 05 tháng 09 năm 2025", "KẾ HOẠCH", "Tháng 9 năm 2025",
                     "Nơi nhận:", "HIỆU TRƯỞNG", "Nguyễn Thị Thu Hà"):
        assert expected in first


def test_fonts_are_embedded_subsets(tmp_path):
    reader = PdfReader(_write(tmp_path))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert re.fullmatch(r"/[A-Z]{6}\+Liberation(Serif|Sans)(-\w+)?", name), name
        descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else \
            font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


def test_shipped_fonts_cover_vietnamese():
    from reportlab.pdfbase.ttfonts import TTFontFile

    for path in fonts_dir().glob("Liberation*.ttf"):
        covered = TTFontFile(str(path)).charToGlyph
        missing = [ch for ch in VIETNAMESE + VIETNAMESE.upper() + "₫…–“”" if ord(ch) not in covered]
        assert missing == [], path.name


def test_page_numbers_from_page_two_and_header_row_repeated(tmp_path):
    out = _write(tmp_path, rows=120)
    pages = _text(out)
    assert len(pages) >= 3
    assert _top_margin_text(out) == [""] + [str(n) for n in range(2, len(pages) + 1)]
    for text in pages[1:]:
        assert "STT" in text and "Nội dung" in text


def test_rows_are_never_split(tmp_path):
    doc = pdf.OfficialDocument(SETTINGS)
    tall = "\n".join(f"dòng {i}" for i in range(6))
    table = doc.table(["STT", "Nội dung"], [(i, tall) for i in range(40)], widths=[1, 5])
    parts = table.split(doc.width, 300)
    assert len(parts) == 2
    kept = len(parts[0]._cellvalues) - 1 + len(parts[1]._cellvalues) - 1
    assert kept == 40  # split between rows: no row is cut in two


@pytest.mark.parametrize("restart", [False, True])
def test_sections_continue_page_numbers_documents_restart(tmp_path, restart):
    doc = pdf.OfficialDocument(SETTINGS)
    story = doc.heading("Danh sách", "Lớp A")
    story.append(doc.table(["STT"], [(i,) for i in range(60)], widths=[1]))
    story += doc.new_document() if restart else doc.new_section()
    story += doc.heading("Danh sách", "Lớp B")
    story.append(doc.table(["STT"], [(i,) for i in range(60)], widths=[1]))
    out = tmp_path / "s.pdf"
    doc.build(out, story)
    b_page = next(i for i, text in enumerate(_text(out)) if "Lớp B" in text)
    numbers = _top_margin_text(out)
    assert b_page >= 2
    assert numbers[:b_page] == [""] + [str(n) for n in range(2, b_page + 1)]
    if restart:  # a document of its own starts again without a number
        assert numbers[b_page:] == [""] + [str(n) for n in range(2, len(numbers) - b_page + 1)]
    else:  # the same document: numbers run on
        assert numbers == [""] + [str(n) for n in range(2, len(numbers) + 1)]


@pytest.mark.parametrize("rows", range(1, 45))
def test_closing_never_stands_alone(tmp_path, rows):
    """Whatever the table's length, the page with the closing also holds table rows."""
    out = _write(tmp_path, rows=rows)
    for text in _text(out):
        if "Nơi nhận:" in text:
            before = text.split("Nơi nhận:")[0]
            assert re.search(r"Dòng \d+", before), text


def test_overlong_cells_are_shortened_not_failing(tmp_path):
    doc = pdf.OfficialDocument(SETTINGS, landscape=True)
    story = doc.heading("Danh sách", "Lớp A")
    name = "Nguyễn " + "Thị " * 250 + "An"
    story.append(doc.table(["STT", "Họ và tên"], [(1, name), (2, "A" * 5000)], widths=[1, 3], font_size=7))
    story += doc.closing()
    out = tmp_path / "long.pdf"
    doc.build(out, story)
    text = "".join(_text(out))
    assert "Nguyễn Thị" in text and "…" in text


def test_missing_settings_print_placeholders(tmp_path):
    text = _text(_write(tmp_path, settings=SchoolSettings()))[0]
    for placeholder in ("[CƠ QUAN CHỦ QUẢN]", "[TÊN TRƯỜNG]", "[Địa danh], ngày", "[Họ tên hiệu trưởng]"):
        assert placeholder in text


def test_deputy_signs_for_the_principal(tmp_path):
    text = _text(_write(tmp_path, authority="KT. HIỆU TRƯỞNG", deputy="Phó hiệu trưởng", signer="Lê Văn Bình",
                        recipients=["Phòng GD&ĐT;", "Lưu: VT."]))[0]
    assert "KT. HIỆU TRƯỞNG" in text and "PHÓ HIỆU TRƯỞNG" in text and "Lê Văn Bình" in text
    assert "- Phòng GD&ĐT;" in text


def test_landscape_page_size(tmp_path):
    box = PdfReader(_write(tmp_path, landscape=True)).pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595


def test_paragraph_escapes_plain_text():
    assert isinstance(pdf.paragraph("a < b & c"), Paragraph)
    assert "<b>" in pdf.paragraph("<b>x</b>", markup=True).text


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler not installed")
def test_pages_render_with_poppler(tmp_path):
    out = _write(tmp_path, rows=60)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(out), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(PdfReader(out).pages)
    assert all(p.stat().st_size > 1000 for p in images)

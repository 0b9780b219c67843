"""The official PDF document (Nghị định 30/2020/NĐ-CP, Appendix I) used by every PDF report.

Imports reportlab at module level: import this module inside a kind's ``build`` function.

Typical use::

    doc = OfficialDocument(db, number="…/DS-MN", landscape=True)
    story = doc.heading("DANH SÁCH TRẺ", "Lớp Lá 1 - Năm học 2025-2026")
    story.append(doc.table(["STT", "Họ và tên"], [(1, "Nguyễn Văn An")], widths=[1, 6]))
    story += doc.closing(recipients=["Như trên;", "Lưu: VT."])
    doc.build(out_path, story, progress)

The story is a plain list of reportlab platypus flowables: a kind that needs something else
(several notices per page, one page per child) builds its own flowables or drawings, uses
``doc.new_section()`` to start a new page with its own page numbering, ``heading(...,
letterhead=False)`` for a title without the administrative header, and
``OfficialDocument(..., page_numbers=False)`` when page numbers make no sense.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_size
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import official_date_line
from kindergarten_desktop.paths import fonts_dir
from kindergarten_desktop.reports.letterhead import Letterhead, letterhead
from kindergarten_desktop.reports.registry import Progress, check_progress
from kindergarten_desktop.school import SchoolSettings

# Binary (deflated) page streams instead of ASCII85 text: the text form only matters for
# 7-bit channels, and its pure-Python encoder costs a third of a large report's build time.
rl_config.useA85 = 0

SERIF = "LiberationSerif"  # metric-compatible with Times New Roman
SANS = "LiberationSans"  # metric-compatible with Arial, for dense tables
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# Official margins (mm): top/bottom 20-25, left 30-35, right 15-20.
MARGINS = {"top": 20, "bottom": 20, "left": 30, "right": 15}


@cache
def register_fonts() -> None:
    """Register the shipped Liberation fonts (embedded as subsets: reportlab subsets TrueType)."""
    for family in (SERIF, SANS):
        faces = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}
        for suffix, face in faces.items():
            pdfmetrics.registerFont(TTFont(family + suffix, str(fonts_dir() / f"{family}-{face}.ttf")))
        pdfmetrics.registerFontFamily(family, normal=family, bold=f"{family}-Bold", italic=f"{family}-Italic",
                                      boldItalic=f"{family}-BoldItalic")


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles: body 13 pt serif (spacing 6 pt), titles, and 10 pt sans for tables."""
    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=13, leading=17, spaceAfter=6, alignment=TA_JUSTIFY,
                          firstLineIndent=10 * mm)
    made = {
        "body": body,
        "body_left": ParagraphStyle("body_left", body, alignment=TA_LEFT, firstLineIndent=0),
        "heading": ParagraphStyle("heading", body, fontName=f"{SERIF}-Bold", alignment=TA_LEFT, firstLineIndent=0,
                                  spaceBefore=6),
        "title": ParagraphStyle("title", body, fontName=f"{SERIF}-Bold", fontSize=14, leading=18,
                                alignment=TA_CENTER, firstLineIndent=0, spaceBefore=12, spaceAfter=0),
        "subtitle": ParagraphStyle("subtitle", body, fontName=f"{SERIF}-Bold", alignment=TA_CENTER,
                                   firstLineIndent=0, spaceAfter=0),
        "center": ParagraphStyle("center", body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "header": ParagraphStyle("header", fontName=SERIF, fontSize=12, leading=15, alignment=TA_CENTER),
        "header_bold": ParagraphStyle("header_bold", fontName=f"{SERIF}-Bold", fontSize=12, leading=15,
                                      alignment=TA_CENTER),
        "motto": ParagraphStyle("motto", fontName=f"{SERIF}-Bold", fontSize=13, leading=16, alignment=TA_CENTER),
        "number": ParagraphStyle("number", fontName=SERIF, fontSize=13, leading=16, alignment=TA_CENTER),
        "date_line": ParagraphStyle("date_line", fontName=f"{SERIF}-Italic", fontSize=13, leading=16,
                                    alignment=TA_CENTER),
        "recipients_label": ParagraphStyle("recipients_label", fontName=f"{SERIF}-BoldItalic", fontSize=12,
                                           leading=14),
        "recipients": ParagraphStyle("recipients", fontName=SERIF, fontSize=11, leading=13),
        "signature": ParagraphStyle("signature", fontName=f"{SERIF}-Bold", fontSize=13, leading=16,
                                    alignment=TA_CENTER),
        "page_number": ParagraphStyle("page_number", fontName=SERIF, fontSize=13),
    }
    for align, code in (("left", TA_LEFT), ("center", TA_CENTER), ("right", TA_RIGHT)):
        made[f"table_{align}"] = ParagraphStyle(f"table_{align}", fontName=SANS, fontSize=10, leading=12.5,
                                                alignment=code)
    made["table_header"] = ParagraphStyle("table_header", made["table_center"], fontName=f"{SANS}-Bold")
    return made


def paragraph(text: str, style: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped), or of reportlab markup (<b>, <i>, <br/>) if ``markup``."""
    return Paragraph(text if markup else escape(text).replace("\n", "<br/>"), styles()[style])


class SectionStart(Flowable):
    """Invisible marker: page numbering restarts at the page where it is drawn."""

    def __init__(self, doc: OfficialDocument) -> None:
        super().__init__()
        self._doc = doc
        self.width = self.height = 0

    def draw(self) -> None:
        self._doc.section_first_page = self.canv.getPageNumber()


class OfficialDocument:
    """One A4 document with the administrative header, official margins and page numbers
    centred in the top margin from the second page of each section."""

    def __init__(self, school: Database | SchoolSettings, *, number: str = "…/…", date: dt.date | None = None,
                 landscape: bool = False, page_numbers: bool = True, title: str = "") -> None:
        register_fonts()
        self.head: Letterhead = letterhead(school)
        self.number = number
        self.date = date or dt.date.today()
        self.page_size = landscape_size(A4) if landscape else A4
        self.page_numbers = page_numbers
        self.title = title  # PDF metadata; defaults to the first heading
        self.width = self.page_size[0] - (MARGINS["left"] + MARGINS["right"]) * mm  # usable width (points)
        self.section_first_page = 1

    # --- building blocks --------------------------------------------------------------
    def letterhead(self) -> list[Flowable]:
        """The two-column administrative header (quốc hiệu, tiêu ngữ, tên cơ quan, số, địa danh và ngày)."""
        left_w, right_w = self.width * 0.42, self.width * 0.58
        school = self.head.school_name.upper()
        school_rule = min(pdfmetrics.stringWidth(school, f"{SERIF}-Bold", 12), left_w) / 3
        motto_rule = pdfmetrics.stringWidth(MOTTO, f"{SERIF}-Bold", 13)
        left = [
            paragraph(self.head.governing_body.upper(), "header"),
            paragraph(school, "header_bold"),
            Spacer(1, 3),  # table cells ignore spaceBefore
            HRFlowable(width=max(school_rule, 20 * mm), thickness=0.6, color=colors.black, spaceBefore=1,
                       hAlign="CENTER"),
        ]
        right = [
            paragraph(NATIONAL_TITLE, "header_bold"),
            paragraph(MOTTO, "motto"),
            Spacer(1, 3),
            HRFlowable(width=motto_rule, thickness=0.6, color=colors.black, spaceBefore=1, hAlign="CENTER"),
        ]
        number = paragraph(f"Số: {self.number}", "number")
        date_line = paragraph(official_date_line(self.head.place, self.date), "date_line")
        table = Table([[left, right], [number, date_line]], colWidths=[left_w, right_w])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the short rules
            ("FONTNAME", (0, 0), (-1, -1), SERIF),  # else Table selects Helvetica, unembedded
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 6),
        ]))
        return [table]

    def heading(self, title: str, subtitle: str = "", *, letterhead: bool = True) -> list[Flowable]:
        """Letterhead (unless ``letterhead=False``), the title upper case bold centred, and the
        subtitle (bold, may hold several lines) below it. Restarts page numbering."""
        if not self.title:
            self.title = f"{title} {subtitle}".strip()
        story: list[Flowable] = [SectionStart(self)]
        if letterhead:
            story += self.letterhead()
            story.append(Spacer(1, 6 * mm))
        story.append(paragraph(title.upper(), "title"))
        if subtitle:
            story.append(paragraph(subtitle, "subtitle"))
        story.append(Spacer(1, 6 * mm))
        return story

    def new_section(self) -> list[Flowable]:
        """Start a new page whose page numbering starts again at 1 (one section per class ...)."""
        return [PageBreak(), SectionStart(self)]

    def table(self, header: Sequence[str] | Sequence[Sequence[str]], rows: Sequence[Sequence[Any]], *,
              widths: Sequence[float], align: Sequence[str] | None = None, total_rows: int = 0,
              font_size: float = 10) -> Table:
        """A bordered table, sans 10 pt, whose header repeats on every page and whose rows are
        never split across pages. ``header`` is one row of labels (or several rows);
        ``widths`` are relative weights scaled to the usable width; ``align`` per column:
        'left' (default), 'center' or 'right'; the last ``total_rows`` rows are bold."""
        st = styles()
        header_rows = [list(header)] if header and isinstance(header[0], str) else [list(r) for r in header]
        align = list(align or ["left"] * len(widths))
        scale = self.width / sum(widths)
        cell_styles = [self._sized(st[f"table_{a}"], font_size) for a in align]
        bold_styles = [self._sized(ParagraphStyle(f"{s.name}_b", s, fontName=f"{SANS}-Bold"), font_size)
                       for s in cell_styles]
        head_style = self._sized(st["table_header"], font_size)
        data = [[Paragraph(escape(str(label)), head_style) for label in row] for row in header_rows]
        first_total = len(rows) - total_rows
        for index, row in enumerate(rows):
            chosen = bold_styles if index >= first_total else cell_styles
            data.append([
                cell if isinstance(cell, Flowable) else Paragraph(escape("" if cell is None else str(cell)), chosen[i])
                for i, cell in enumerate(row)
            ])
        table = Table(data, colWidths=[w * scale for w in widths], repeatRows=len(header_rows), splitInRow=0)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, len(header_rows) - 1), colors.Color(0.92, 0.92, 0.92)),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table

    @staticmethod
    def _sized(style: ParagraphStyle, size: float) -> ParagraphStyle:
        if style.fontSize == size:
            return style
        return ParagraphStyle(f"{style.name}_{size}", style, fontSize=size, leading=size * 1.25)

    def closing(self, *, recipients: Sequence[str] = ("Lưu: VT.",), authority: str = "HIỆU TRƯỞNG",
                deputy: str = "", signer: str | None = None) -> list[Flowable]:
        """'Nơi nhận:' and its list at bottom-left; at bottom-right the authority (e.g. 'HIỆU
        TRƯỞNG', or 'KT. HIỆU TRƯỞNG' with ``deputy='PHÓ HIỆU TRƯỞNG'``), room to sign and the
        signer's full name in bold (default: the principal)."""
        left: list[Flowable] = [paragraph("Nơi nhận:", "recipients_label")]
        left += [paragraph(f"- {r}", "recipients") for r in recipients]
        right: list[Flowable] = [paragraph(authority.upper(), "signature")]
        if deputy:
            right.append(paragraph(deputy.upper(), "signature"))
        right += [Spacer(1, 24 * mm), paragraph(signer or self.head.principal_name, "signature")]
        table = Table([[left, right]], colWidths=[self.width * 0.45, self.width * 0.55])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), SERIF),  # else Table selects Helvetica, unembedded
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [Spacer(1, 6 * mm), KeepTogether([table])]

    # --- output --------------------------------------------------------------------------
    def _page_end(self, canvas: Any, _doc: Any) -> None:
        number = canvas.getPageNumber() - self.section_first_page + 1
        if self.page_numbers and number >= 2:
            canvas.setFont(SERIF, 13)
            x = MARGINS["left"] * mm + self.width / 2
            canvas.drawCentredString(x, self.page_size[1] - MARGINS["top"] * mm / 2 - 4, str(number))

    def build(self, out_path: str | Path, story: list[Flowable], progress: Progress | None = None) -> None:
        """Lay out ``story`` into ``out_path``; ``progress`` is told how far the layout got and
        may cancel it (registry.Cancelled)."""
        template = BaseDocTemplate(
            str(out_path), pagesize=self.page_size, title=self.title, author=self.head.school_name,
            creator="kindergarten-desktop", initialFontName=SERIF, initialFontSize=13,
            leftMargin=MARGINS["left"] * mm, rightMargin=MARGINS["right"] * mm,
            topMargin=MARGINS["top"] * mm, bottomMargin=MARGINS["bottom"] * mm,
        )
        frame = Frame(template.leftMargin, template.bottomMargin, template.width, template.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        template.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._page_end,
                                                pagesize=self.page_size)])
        if progress is not None:
            total = len(story)
            done = iter(range(1, total + 1))
            template.afterFlowable = lambda _f: check_progress(progress, next(done, total), total)
        template.build(story)

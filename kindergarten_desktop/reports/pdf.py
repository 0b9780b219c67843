"""The official PDF document (Nghị định 30/2020/NĐ-CP, Appendix I) used by every PDF report.

Imports reportlab at module level: import this module inside a kind's ``build`` function.

Typical use::

    doc = OfficialDocument(db, document=params.document, landscape=True)
    story = doc.heading("DANH SÁCH TRẺ", "Lớp Lá 1 - Năm học 2025-2026")
    story.append(doc.table(["STT", "Họ và tên"], [(1, "Nguyễn Văn An")], widths=[1, 6]))
    story += doc.closing()
    doc.build(out_path, story, progress)

One path for every official document: the header (number, place and date), the title with its
trích yếu, and the closing (Nơi nhận, the signer and, for statistical tables, the drafter) all come
from ``params.document`` (reports.document.DocumentSettings: what the person printing chose).
The layout rules hold for every kind without its help: the closing block takes at least the
last rows of the table (or the paragraph) before it to its page; page numbers run on from page 2
across ``new_section()``; table headers repeat; every cell wraps, and text too long for a page
is shortened with "…" instead of failing.

The story is a plain list of reportlab platypus flowables: a kind that needs something else
(several notices per page, one page per child) builds its own flowables or drawings, uses
``doc.new_section()`` to start a new page (numbering continues), ``doc.new_document()`` when
each part is a document of its own (one list per class, with its own header, closing and page
numbers), ``heading(..., letterhead=False)`` for a title without the administrative header, and
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
    LayoutError,
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
from kindergarten_desktop.reports.document import DocumentSettings
from kindergarten_desktop.reports.letterhead import Letterhead, letterhead
from kindergarten_desktop.reports.registry import Progress, check_progress
from kindergarten_desktop.school import SchoolSettings

# Binary (deflated) page streams instead of ASCII85 text: the text form only matters for
# 7-bit channels, and its pure-Python encoder costs a third of a large report's build time.
rl_config.useA85 = 0

SERIF = "LiberationSerif"  # metric-compatible with Times New Roman: body, tables and header alike
SANS = "LiberationSans"  # metric-compatible with Arial: chart labels only
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# Official margins (mm): top/bottom 20-25, left 30-35, right 15-20.
MARGINS = {"top": 20, "bottom": 20, "left": 30, "right": 15}
# The closing block (Nơi nhận, signature) takes at least this many last table rows to its page.
TAIL_ROWS = 3
# A table row is never taller than this part of the page: longer cell text is shortened with "…".
MAX_ROW_SHARE = 0.3
# Header texts from the settings are shortened to this many characters.
MAX_HEADER_CHARS = 160


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
    """Paragraph styles: body 13 pt serif (spacing 6 pt), titles, and 10 pt serif for tables."""
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
        made[f"table_{align}"] = ParagraphStyle(f"table_{align}", fontName=SERIF, fontSize=10, leading=12.5,
                                                alignment=code)
    made["table_header"] = ParagraphStyle("table_header", made["table_center"], fontName=f"{SERIF}-Bold")
    return made


def paragraph(text: str, style: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped), or of reportlab markup (<b>, <i>, <br/>) if ``markup``."""
    return Paragraph(text if markup else escape(text).replace("\n", "<br/>"), styles()[style])


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending with "…" when cut."""
    text = str(text)
    return text if len(text) <= limit else text[:max(limit - 1, 1)].rstrip() + "…"


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with "…" to fit ``width`` points on one line (for drawn forms)."""
    text = str(text)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:mid].rstrip() + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def _fitted_cell(text: str, style: ParagraphStyle, width: float, max_height: float) -> Paragraph:
    """A table cell that wraps, shortened with "…" when it would be taller than ``max_height``
    (a 1,000-character name must not make a row taller than the page)."""
    para = Paragraph(escape(text).replace("\n", "<br/>"), style)
    chars_per_line = max(width / (style.fontSize * 0.42), 1)
    if len(text) <= chars_per_line * max(max_height / style.leading - 1, 1):
        return para  # short enough whatever its letters: no measuring
    if para.wrap(width, max_height)[1] <= max_height:
        return para
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        candidate = Paragraph(escape(shorten(text, mid)).replace("\n", "<br/>"), style)
        if candidate.wrap(width, max_height)[1] <= max_height:
            low = mid
        else:
            high = mid - 1
    return Paragraph(escape(shorten(text, low)).replace("\n", "<br/>"), style)


class Closing(Table):
    """The closing block (Nơi nhận, signatures), a one-row table that never splits:
    ``OfficialDocument.build`` keeps it with the last rows of the table, or the flowable,
    before it."""


class _TableWithClosing(Flowable):
    """A table and the closing after it: when they do not fit the page together, the table is
    split so that at least TAIL_ROWS of its last rows go with the closing to the next page."""

    def __init__(self, table: Table, after: list[Flowable], frame_height: float) -> None:
        super().__init__()
        self.table = table
        self.after = after
        self.frame_height = frame_height

    def _after_height(self, aw: float, ah: float) -> float:
        return sum(f.wrapOn(self.canv, aw, ah)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in self.after)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._table_h = self.table.wrapOn(self.canv, aw, ah)[1]
        self._height = self._table_h + self._after_height(aw, ah)
        self.width = aw
        return aw, self._height

    def draw(self) -> None:
        y = self._height - self._table_h
        self.table.drawOn(self.canv, 0, y)
        for f in self.after:
            _w, h = f.wrapOn(self.canv, self.width, self._height)
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.table.wrapOn(self.canv, aw, ah)
        heights = list(self.table._rowHeights)
        head = self.table.repeatRows if isinstance(self.table.repeatRows, int) else len(self.table.repeatRows)
        n = len(heights) - head
        used, fit = sum(heights[:head]), 0
        for h in heights[head:]:
            if used + h > ah:
                break
            used += h
            fit += 1
        keep = fit if n - fit >= TAIL_ROWS else n - min(TAIL_ROWS, n)
        fresh_page = ah >= self.frame_height - 1
        if keep <= 0:
            # Nothing sensible stays here: all to the next page, unless this is a fresh page
            # already (a table shorter than TAIL_ROWS yet taller than a page): split normally.
            return [] if not fresh_page else [self.table, *self.after]
        parts = self.table.split(aw, sum(heights[:head + keep]) + 0.5)
        if len(parts) < 2:
            return [] if not fresh_page else [self.table, *self.after]
        return [parts[0], _TableWithClosing(parts[1], self.after, self.frame_height)]


def _bind_closings(story: list[Flowable], frame_height: float) -> list[Flowable]:
    """Tie each Closing to what stands before it (see _TableWithClosing)."""
    out: list[Flowable] = []
    for flowable in story:
        if not isinstance(flowable, Closing):
            out.append(flowable)
            continue
        between: list[Flowable] = []
        while out and isinstance(out[-1], Spacer):
            between.insert(0, out.pop())
        before = out.pop() if out and not isinstance(out[-1], PageBreak | SectionStart) else None
        if isinstance(before, Table) and getattr(before, "data_table", False):
            out.append(_TableWithClosing(before, [*between, flowable], frame_height))
        elif before is not None:
            out.append(KeepTogether([before, *between, flowable]))
        else:
            out += [*between, flowable]
    return out


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
    centred in the top margin from the second page (of each ``new_document()``).

    ``document`` (from ``params.document``) gives the number, place, date, trích yếu,
    recipients and signer; ``date`` is the kind's own default date line (e.g. the first day
    of the month), used when the person printing chose none; ``number`` is for callers
    without settings (tests, previews)."""

    def __init__(self, school: Database | SchoolSettings, *, document: DocumentSettings | None = None,
                 number: str | None = None, date: dt.date | None = None, landscape: bool = False,
                 page_numbers: bool = True, title: str = "") -> None:
        from kindergarten_desktop.reports.document import current

        register_fonts()
        self.head: Letterhead = letterhead(school)
        document = document or current()  # the report being built, for a kind that passes nothing
        self.document = document or DocumentSettings(number=number or "…/…", signer_name=self.head.principal_name,
                                                     place=self.head.place)
        # A number the kind passes itself stands unless the person printing chose one.
        chosen = self.document.chosen
        self.number = number if number is not None and "number" not in chosen else self.document.number
        self.place = self.document.place or self.head.place
        self.date = self.document.date or date or dt.date.today()
        self.page_size = landscape_size(A4) if landscape else A4
        self.page_numbers = page_numbers
        self.title = title  # PDF metadata; defaults to the first heading
        self.width = self.page_size[0] - (MARGINS["left"] + MARGINS["right"]) * mm  # usable width (points)
        self.section_first_page = 1

    # --- building blocks --------------------------------------------------------------
    def letterhead(self) -> list[Flowable]:
        """The two-column administrative header (quốc hiệu, tiêu ngữ, tên cơ quan, số, địa danh và ngày)."""
        left_w, right_w = self.width * 0.42, self.width * 0.58
        school = shorten(self.head.school_name.upper(), MAX_HEADER_CHARS)
        school_rule = min(pdfmetrics.stringWidth(school, f"{SERIF}-Bold", 12), left_w) / 3
        motto_rule = pdfmetrics.stringWidth(MOTTO, f"{SERIF}-Bold", 13)
        left = [
            paragraph(shorten(self.head.governing_body.upper(), MAX_HEADER_CHARS), "header"),
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
        number = paragraph(f"Số: {shorten(self.number, 60)}", "number")
        # A record without a number (an attendance sheet) has its date line above the signature.
        rows = [[left, right], [number, self.date_line()]] if self.number.strip() else [[left, right]]
        table = Table(rows, colWidths=[left_w, right_w])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the short rules
            ("FONTNAME", (0, 0), (-1, -1), SERIF),  # else Table selects Helvetica, unembedded
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            *([("TOPPADDING", (0, 1), (-1, 1), 6)] if len(rows) > 1 else []),
        ]))
        return [table]

    def date_line(self) -> Paragraph:
        """'<place>, ngày 05 tháng 09 năm 2025' in italics."""
        return paragraph(official_date_line(shorten(self.place, 80), self.date), "date_line")

    def heading(self, title: str, subtitle: str = "", *, summary: str = "", letterhead: bool = True,
                compact: bool = False) -> list[Flowable]:
        """Letterhead (unless ``letterhead=False``), the document type or title upper case bold
        centred, the trích yếu (the one chosen in the document settings, else ``summary``) bold
        below it, then the subtitle (bold, may hold several lines). ``compact``: less space
        around the title (a dense grid that should stay on one page)."""
        gap = (2 if compact else 6) * mm
        summary = self.document.summary or summary
        if not self.title:
            self.title = " ".join(p for p in (title, summary, subtitle) if p).strip()
        story: list[Flowable] = []
        if letterhead:
            story += self.letterhead()
            story.append(Spacer(1, gap))
        if compact:  # one line: "BẢNG ĐIỂM DANH - Lớp Lá 1 - Tháng 10/2025"
            line = " - ".join(p for p in (f"<b>{escape(shorten(title.upper(), 200))}</b>", escape(summary),
                                          escape(subtitle)) if p)
            story.append(Paragraph(line, ParagraphStyle("title_compact", styles()["title"], spaceBefore=0)))
        else:
            story.append(paragraph(shorten(title.upper(), 300), "title"))
            if summary:
                story.append(paragraph(shorten(summary, 300), "subtitle"))
            if subtitle:
                story.append(paragraph(shorten(subtitle, 300), "subtitle"))
        story.append(Spacer(1, gap))
        return story

    def new_section(self) -> list[Flowable]:
        """Start a new page of the same document (page numbers run on)."""
        return [PageBreak()]

    def new_document(self) -> list[Flowable]:
        """Start a new page that begins a document of its own (one list per class ...): its
        page numbering starts again, with no number on its first page."""
        return [PageBreak(), SectionStart(self)]

    @property
    def frame_height(self) -> float:
        return self.page_size[1] - (MARGINS["top"] + MARGINS["bottom"]) * mm

    def table(self, header: Sequence[str] | Sequence[Sequence[str]], rows: Sequence[Sequence[Any]], *,
              widths: Sequence[float], align: Sequence[str] | None = None, total_rows: int = 0,
              font_size: float = 10, spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
              merge_down: Sequence[int] = ()) -> Table:
        """A bordered table, serif 10 pt, whose header repeats on every page and whose rows are
        never split across pages. ``header`` is one row of labels (or several rows: a label
        followed by "" cells is merged across them, and a label above an empty cell is merged
        down); ``widths`` are relative weights scaled to the usable width; ``align`` per column:
        'left' (default), 'center' or 'right'; the last ``total_rows`` rows are bold.
        ``spans``: more merged cells ((col, row), (col, row)) counted in the whole table;
        ``merge_down``: columns whose empty body cells are merged into the filled cell above
        (the "Cả tháng" of an agenda across its rows). Cell text wraps; text that would make a
        row taller than a third of the page is shortened with "…"."""
        st = styles()
        header_rows = [list(header)] if header and isinstance(header[0], str) else [list(r) for r in header]
        align = list(align or ["left"] * len(widths))
        scale = self.width / sum(widths)
        col_widths = [w * scale for w in widths]
        cell_styles = [self._sized(st[f"table_{a}"], font_size) for a in align]
        bold_styles = [self._sized(ParagraphStyle(f"{s.name}_b", s, fontName=f"{SERIF}-Bold"), font_size)
                       for s in cell_styles]
        head_style = self._sized(st["table_header"], font_size)
        max_h = self.frame_height * MAX_ROW_SHARE
        data = [[_fitted_cell(str(label), head_style, col_widths[i] - 6, max_h) for i, label in enumerate(row)]
                for row in header_rows]
        first_total = len(rows) - total_rows
        for index, row in enumerate(rows):
            chosen = bold_styles if index >= first_total else cell_styles
            data.append([
                cell if isinstance(cell, Flowable)
                else _fitted_cell("" if cell is None else str(cell), chosen[i], col_widths[i] - 6, max_h)
                for i, cell in enumerate(row)
            ])
        commands: list[tuple] = [("SPAN", *span) for span in spans]
        commands += self._header_spans([[str(label) for label in row] for row in header_rows])
        head = len(header_rows)
        for col in merge_down:
            start = None
            for r, row in enumerate(rows):
                if row[col] not in (None, ""):
                    if start is not None and r - 1 > start:
                        commands.append(("SPAN", (col, head + start), (col, head + r - 1)))
                    start = r
            if start is not None and len(rows) - 1 > start:
                commands.append(("SPAN", (col, head + start), (col, head + len(rows) - 1)))
        table = Table(data, colWidths=col_widths, repeatRows=head, splitInRow=0)
        table.data_table = True  # build() keeps the closing with its last rows
        table.setStyle(TableStyle(commands + [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, len(header_rows) - 1), colors.Color(0.92, 0.92, 0.92)),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return table

    @staticmethod
    def _header_spans(header_rows: list[list[str]]) -> list[tuple]:
        """Merge a header label across the "" cells after it, and down over "" cells below it."""
        if len(header_rows) < 2:
            return []
        commands: list[tuple] = []
        covered: set[tuple[int, int]] = set()
        for r, row in enumerate(header_rows):
            for c, label in enumerate(row):
                if label == "" or (c, r) in covered:
                    continue
                right = c
                while right + 1 < len(row) and row[right + 1] == "" and (right + 1, r) not in covered and (
                        r + 1 >= len(header_rows) or header_rows[r + 1][right + 1] != ""):
                    right += 1
                down = r
                if right == c:
                    while down + 1 < len(header_rows) and header_rows[down + 1][c] == "":
                        down += 1
                if right > c or down > r:
                    commands.append(("SPAN", (c, r), (right, down)))
                    covered |= {(x, y) for x in range(c, right + 1) for y in range(r, down + 1)}
        return commands

    @staticmethod
    def _sized(style: ParagraphStyle, size: float) -> ParagraphStyle:
        if style.fontSize == size:
            return style
        return ParagraphStyle(f"{style.name}_{size}", style, fontSize=size, leading=size * 1.25)

    def closing(self, *, recipients: Sequence[str] | None = None, authority: str | None = None,
                deputy: str = "", signer: str | None = None) -> list[Flowable]:
        """'Nơi nhận:' and its list at bottom-left; at bottom-right the authority (e.g. 'HIỆU
        TRƯỞNG', or 'KT. HIỆU TRƯỞNG' over 'PHÓ HIỆU TRƯỞNG'), room to sign and the signer's full
        name in bold; for a statistical table, 'NGƯỜI LẬP BIỂU' and the drafter's name between
        them. Everything comes from the document settings; the arguments only replace them for
        callers without settings. The block is kept with the last rows before it (build)."""
        settings = self.document
        # What the kind passes stands unless the person printing chose otherwise.
        if "recipients" in settings.chosen:
            recipients = None
        if settings.chosen & {"signer_name", "signer_title", "authority"}:
            authority = signer = None
        lines = ([f"- {r.strip().lstrip('- ')}" for r in recipients] if recipients is not None
                 else settings.recipient_lines())
        left: list[Flowable] = [paragraph("Nơi nhận:", "recipients_label")]
        left += [paragraph(shorten(line, 200), "recipients") for line in lines]
        if authority is not None:
            titles = [authority.upper(), *([deputy.upper()] if deputy else [])]
        else:
            titles = settings.signature_lines()
        name = signer if signer is not None else (settings.signer_name or self.head.principal_name)
        right: list[Flowable] = [] if self.number.strip() else [self.date_line()]
        right += [paragraph(shorten(t, 80), "signature") for t in titles]
        right += [Spacer(1, 24 * mm), paragraph(shorten(name, 100), "signature")]
        if settings.drafter_shown:
            middle: list[Flowable] = [paragraph("NGƯỜI LẬP BIỂU", "signature")]
            middle += [Spacer(1, 24 * mm + 16 * (len(titles) - 1)), paragraph(shorten(settings.drafter, 100),
                                                                                 "signature")]
            cells, shares = [left, middle, right], [0.36, 0.28, 0.36]
        else:
            cells, shares = [left, right], [0.45, 0.55]
        table = Closing([cells], colWidths=[self.width * s for s in shares])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), SERIF),  # else Table selects Helvetica, unembedded
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [Spacer(1, 6 * mm), table]

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
        story = _bind_closings(story, self.frame_height)
        if progress is not None:
            total = len(story)
            done = iter(range(1, total + 1))
            template.afterFlowable = lambda _f: check_progress(progress, next(done, total), total)
        try:
            template.build(story)
        except LayoutError as exc:  # a safety net: cells are shortened, so this should never happen
            from kindergarten_desktop.errors import AppError

            raise AppError("reports.layout_failed", detail=str(exc)[:200]) from None

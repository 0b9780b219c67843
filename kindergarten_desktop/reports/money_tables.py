"""A long table whose last rows stay on the page of the signatures: a signature block is never
left alone on a page. Built with the kit's table (reports.pdf) and signatures (meals_common)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

TAIL = 3  # rows carried onto the signatures' page


def table_then_signatures(doc: Any, header: Sequence[str], rows: list[list], *, widths: Sequence[float],
                          align: Sequence[str], signers: list[tuple[str, str]], total_rows: int = 0,
                          font_size: float = 10, room_mm: float = 18) -> list[Any]:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

    from kindergarten_desktop.reports import pdf
    from kindergarten_desktop.reports.meals_common import signatures

    tail_n = min(len(rows), max(TAIL, total_rows))
    head, tail = rows[:len(rows) - tail_n], rows[len(rows) - tail_n:]
    story: list[Any] = []
    if head:
        story.append(doc.table(header, head, widths=widths, align=align, font_size=font_size))
    base = pdf.styles()
    plain = [ParagraphStyle(f"tail_{a}_{font_size}", base[f"table_{a}"], fontSize=font_size,
                            leading=font_size * 1.25) for a in align]
    bold = [ParagraphStyle(f"{s.name}_b", s, fontName=f"{pdf.SERIF}-Bold") for s in plain]
    first_total = len(tail) - total_rows
    data = [[cell if isinstance(cell, Flowable) else Paragraph(escape("" if cell is None else str(cell)),
                                                                  (bold if i >= first_total else plain)[c])
             for c, cell in enumerate(row)] for i, row in enumerate(tail)]
    scale = doc.width / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), pdf.SERIF),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    if not head:  # the whole table is short: keep its header with it
        story.append(KeepTogether([doc.table(header, tail, widths=widths, align=align, total_rows=total_rows,
                                             font_size=font_size),
                                   *signatures(doc, signers, room_mm=room_mm, keep_together=False)]))
        return story
    story.append(KeepTogether([table, *signatures(doc, signers, room_mm=room_mm, keep_together=False)]))
    return story

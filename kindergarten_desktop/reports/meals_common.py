"""Small pieces the meals report kinds share: month labels, money text, staff names."""

from __future__ import annotations

import datetime as dt
from typing import Protocol, TypeVar

from kindergarten_desktop import months
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.formatting import format_money
from kindergarten_desktop.reports.registry import ReportError, ReportParams
from kindergarten_desktop.roster.age_groups import class_sort_key


class ClassRow(Protocol):
    """A row that belongs to a class (meals.ledger.LedgerRow, a claim of the lunch-support list)."""

    @property
    def class_id(self) -> int | None: ...

    @property
    def class_name(self) -> str: ...


T = TypeVar("T", bound=ClassRow)


def month_of(params: ReportParams) -> dt.date:
    if params.month is None:
        raise ReportError("reports.needs_month")
    return params.month


def month_label(month: dt.date) -> str:
    """date(2026, 3, 1) -> '03/2026'."""
    return months.month_label(month.year, month.month)


def money(amount: int) -> str:
    """1234000 -> '1.234.000' (whole đồng, no symbol: tables say đồng in their title)."""
    return format_money(amount, symbol=False)


def staff_name(db: Database, role: str) -> str:
    """The first active staff member with ``role`` (accountant, cook ...), or '' if none."""
    row = db.execute("SELECT full_name FROM staff WHERE role = ? AND active = 1 ORDER BY id LIMIT 1", [role]).fetchone()
    return row[0] if row else ""


def sort_by_class(db: Database, rows: list[T]) -> list[T]:
    """Ledger rows with the youngest classes first, as schools list them (Nhà trẻ, Mầm, Chồi,
    Lá; 'Lá 2' before 'Lá 10'), keeping the Vietnamese name order inside a class."""
    groups = dict(db.execute("SELECT id, age_group FROM class").fetchall())

    def key(item: tuple[int, T]) -> tuple:
        index, row = item
        return class_sort_key(groups.get(row.class_id), row.class_name or ""), index

    return [row for _, row in sorted(enumerate(rows), key=key)]


def signatures(doc, signers: list[tuple[str, str]], *, room_mm: float = 18, keep_together: bool = True) -> list:
    """Signature blocks side by side (title in upper case bold, room to sign, full name in
    bold), kept together on one page unless ``keep_together=False`` (inside a KeepInFrame).
    ``doc`` is a reports.pdf.OfficialDocument; reportlab is imported here, on use."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from kindergarten_desktop.reports import pdf

    # The principal's block follows the document settings (a vice-principal may sign "KT.").
    signers = [signer(doc) if title.strip().upper() == "HIỆU TRƯỞNG" else (title, name) for title, name in signers]
    hint = ParagraphStyle("signature_hint", pdf.styles()["center"], fontName=f"{pdf.SERIF}-Italic", fontSize=11,
                          leading=13)
    cells = [[pdf.paragraph(title, "signature"), Paragraph("(Ký, ghi rõ họ tên)", hint),
              Spacer(1, room_mm * mm), pdf.paragraph(pdf.shorten(name, 100), "signature")] for title, name in signers]
    # A pdf.Closing: the document keeps it with the last rows of the table before it.
    table = (pdf.Closing if keep_together else Table)([cells], colWidths=[doc.width / len(signers)] * len(signers))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), pdf.SERIF)]))
    return [Spacer(1, 4 * mm), table]


def signer(doc) -> tuple[str, str]:
    """(authority lines, name) of the document's signer, for ``signatures``: 'HIỆU TRƯỞNG', or
    'KT. HIỆU TRƯỞNG' over 'PHÓ HIỆU TRƯỞNG' (from the document settings)."""
    settings = doc.document
    return "\n".join(settings.signature_lines()), settings.signer_name or doc.head.principal_name


def refuse_unpriced(db: Database, last: dt.date, code: str) -> None:
    """Meal documents never show meals without a daily rate as 0 ₫ (today or in a balance carried
    from earlier in the school year): refuse, naming the missing rates and the first days."""
    from kindergarten_desktop.formatting import format_date
    from kindergarten_desktop.meals.market import unpriced_days_this_school_year

    missing = unpriced_days_this_school_year(db, last)
    if not missing:
        return
    categories = ", ".join(sorted({c for cats in missing.values() for c in cats}))
    days = ", ".join(format_date(d) for d in list(missing)[:5]) + (", …" if len(missing) > 5 else "")
    raise ReportError(code, categories=categories, count=len(missing), up_to=last, days=days)

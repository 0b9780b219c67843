import datetime as dt

from openpyxl import load_workbook
from pypdf import PdfReader

from kindergarten_desktop.meals.stock_value import stock_cards
from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report


def _grouped(amount):
    return f"{amount:,}".replace(",", ".")


def test_stock_card_per_item_with_money(demo_db, tmp_path):
    kind = get_kind("stock-card")
    cards = stock_cards(demo_db, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert cards and all(c.lines for c in cards)
    path = run_report(demo_db, kind, resolve_params(demo_db, kind, month="2026-03"), tmp_path / "tk.pdf").path
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert text.count("THẺ KHO") == len(cards)
    for card in cards:
        assert f"Tên hàng: {card.item}" in text and _grouped(card.closing_value) in text
    xlsx = run_report(demo_db, kind, resolve_params(demo_db, kind, month="2026-03"), tmp_path / "tk.xlsx").path
    assert len(load_workbook(xlsx).sheetnames) == len(cards)

import os
import subprocess
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report


def _header_index(ws, header_row, text):
    return next(c.column for c in ws[header_row] if c.value == text)


def test_excel_rows_formulas_and_totals_match_the_ledger(march_db, tmp_path):
    kind = get_kind("meals-ledger")
    params = resolve_params(march_db, kind, month="2026-03")
    path = run_report(march_db, kind, params, tmp_path / "ledger.xlsx").path
    ledger = compute_month(march_db, 2026, 3)
    book = load_workbook(path)
    assert book.sheetnames[0] == "Nhà trẻ 1" and book.sheetnames[-1].startswith("Lá")
    assert len(book.sheetnames) == 16
    ws = book["Lá 1"]
    header_row = next(r for r in range(1, 12) if ws.cell(r, 1).value == "STT")
    headers = [c.value for c in ws[header_row]]
    days = [str(d.day) for d in ledger.school_days]
    assert headers[2:2 + len(days)] == days
    assert headers[2 + len(days):5 + len(days)] == ["Số ngày ăn", "Đơn giá", "Thành tiền"]
    col = {h: _header_index(ws, header_row, h) for h in ("Số ngày ăn", "Đơn giá", "Thành tiền", "Còn phải nộp",
                                                          "Đã nộp", "Hỗ trợ ăn trưa (NĐ 105)")}
    rows = {r.full_name: r for r in ledger.rows if r.class_name == "Lá 1"}
    total_row = next(r for r in range(header_row, ws.max_row + 1) if ws.cell(r, 2).value == "Cộng")
    seen, two_rate_children, amount_sum = 0, 0, 0
    current = None
    for r in range(header_row + 1, total_row):
        name = ws.cell(r, 2).value
        if name:
            current = rows[name]
            seen += 1
            assert ws.cell(r, col["Còn phải nộp"]).value.startswith("=")  # a live balance
            assert ws.cell(r, col["Đã nộp"]).value == current.paid
            line_no = 0
        else:
            two_rate_children += line_no == 1
        line = current.lines[line_no]
        days_cell, rate_cell = ws.cell(r, col["Số ngày ăn"]), ws.cell(r, col["Đơn giá"])
        assert days_cell.value == f'=COUNTIF(C{r}:{ws.cell(r, 2 + len(days)).column_letter}{r},"x")'
        assert rate_cell.value == line.rate
        marks = sum(ws.cell(r, c).value == "x" for c in range(3, 3 + len(days)))
        assert marks == line.days_eaten  # demo rules: pay after, so days charged = days eaten
        assert ws.cell(r, col["Thành tiền"]).value == f"={days_cell.coordinate}*{rate_cell.coordinate}"
        amount_sum += line.days_eaten * line.rate
        line_no += 1
    assert seen == len(rows) and two_rate_children > 10  # the rate changed on 09/03
    assert amount_sum == sum(r.meal_charge for r in rows.values())
    from openpyxl.utils import get_column_letter

    amount_letter = get_column_letter(col["Thành tiền"])
    assert ws.cell(total_row, col["Thành tiền"]).value == f"=SUM({amount_letter}{header_row + 1}:" \
                                                          f"{amount_letter}{total_row - 1})"
    assert ws.cell(total_row, 3).value.startswith("=COUNTIF(C")
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1


def test_pdf_is_landscape_with_vietnamese_and_grouped_amounts(march_db, tmp_path):
    kind = get_kind("meals-ledger")
    params = resolve_params(march_db, kind, month="2026-03", class_name="Lá 1")
    path = run_report(march_db, kind, params, tmp_path / "ledger.pdf").path
    reader = PdfReader(path)
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = "\n".join(p.extract_text() for p in reader.pages)
    ledger = compute_month(march_db, 2026, 3, params.class_id)
    assert "SỔ THEO DÕI TRẺ ĂN VÀ THU TIỀN ĂN" in text and "Lớp Lá 1 - Tháng 03/2026" in text
    total_charge = sum(r.meal_charge for r in ledger.rows)
    assert f"{total_charge:,}".replace(",", ".") in text
    assert "Hỗ trợ ăn" in text and "Đơn giá" in text and "Nguyễn Thị Thu Hà" in text
    png = subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
                         check=True)
    assert png.returncode == 0 and (tmp_path / f"p-{1:0{len(str(len(reader.pages)))}d}.png").exists()


def test_a_month_without_children_is_explained(march_db, tmp_path):
    kind = get_kind("meals-ledger")
    with pytest.raises(ReportError, match="No child has meals or fees in 03/2020"):
        run_report(march_db, kind, resolve_params(march_db, kind, month="2020-03"), tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_month_is_required(march_db):
    with pytest.raises(ReportError, match="needs (a month|--month)"):
        resolve_params(march_db, get_kind("meals-ledger"))


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_no_ledger_while_a_rate_is_missing(march_db, tmp_path, fmt):
    march_db.execute("DROP TRIGGER guard_meal_rate_delete")  # a database from before the guard
    march_db.execute("DELETE FROM meal_rate WHERE category = 'nursery'")
    kind = get_kind("meals-ledger")
    with pytest.raises(ReportError, match=r"No daily meal rate \(nursery\).*03/2026.*set the rate"):
        run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / f"l.{fmt}")
    assert not (tmp_path / f"l.{fmt}").exists()
    # A kindergarten class is fully priced: its ledger still prints.
    params = resolve_params(march_db, kind, month="2026-03", class_name="Lá 1")
    assert run_report(march_db, kind, params, tmp_path / f"la1.{fmt}").path.exists()


@pytest.mark.parametrize("mode", ["after", "advance"])
def test_libreoffice_recalculates_the_same_numbers_as_the_screen(march_db, tmp_path, mode):
    """Days eaten, amounts, balances and totals are formulas: LibreOffice recalculates them from the
    visible cells and gets the ledger's numbers to the đồng."""
    import csv
    import shutil

    from kindergarten_desktop.meals.settings import load_rules, save_rules

    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed to recalculate the workbook"
    save_rules(march_db, replace(load_rules(march_db), collection_mode=mode))
    kind = get_kind("meals-ledger")
    params = resolve_params(march_db, kind, month="2026-03", class_name="Lá 1")
    path = run_report(march_db, kind, params, tmp_path / "ledger.xlsx").path
    subprocess.run([soffice, "--headless", "--calc", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                    "--outdir", str(tmp_path / "csv"), str(path)], check=True, capture_output=True, timeout=180,
                   env={**os.environ, "HOME": str(tmp_path)})
    rows = list(csv.reader((tmp_path / "csv" / "ledger.csv").open(encoding="utf-8")))
    header = next(i for i, r in enumerate(rows) if r and r[0] == "STT")
    head = rows[header]
    col = {h: head.index(h) for h in ("Số ngày ăn", "Thành tiền", "Còn phải nộp")}
    ledger = compute_month(march_db, 2026, 3, params.class_id)
    by_name = {r.full_name: r for r in ledger.rows}

    def number(text: str) -> int:  # as displayed: grouped whole đồng, '-' for a credit
        digits = "".join(ch for ch in text if ch.isdigit() or ch == "-")
        return int(digits) if digits.strip("-") else 0

    checked, current, line_no = 0, None, 0
    for r in rows[header + 1:]:
        if r[1] == "Cộng":
            assert number(r[col["Còn phải nộp"]]) == sum(x.balance for x in ledger.rows)
            assert number(r[col["Thành tiền"]]) == sum(x.meal_charge for x in ledger.rows)
            assert number(r[col["Số ngày ăn"]]) == sum(x.days_eaten for x in ledger.rows)
            break
        if r[1]:
            current, line_no = by_name[r[1]], 0
            assert number(r[col["Còn phải nộp"]]) == current.balance
            checked += 1
        line = current.lines[line_no]
        assert number(r[col["Số ngày ăn"]]) == line.days_eaten
        assert number(r[col["Thành tiền"]]) == line.amount
        line_no += 1
    assert checked == len(ledger.rows)

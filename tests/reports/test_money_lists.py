import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report
from tests.reports.meals_data import march_2026


@pytest.fixture
def march_db(demo_db):
    march_2026(demo_db)
    return demo_db


def _grouped(amount):
    return f"{amount:,}".replace(",", ".")


def test_debt_list_has_everyone_who_owes_and_the_total(march_db, tmp_path):
    kind = get_kind("debt-list")
    owing = [r for r in compute_month(march_db, 2026, 3).rows if r.balance > 0]
    path = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "no.pdf").path
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "DANH SÁCH TRẺ CÒN NỢ TIỀN ĂN" in text and f"{len(owing)} trẻ" in text
    assert _grouped(sum(r.balance for r in owing)) in text
    xlsx = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "no.xlsx").path
    ws = load_workbook(xlsx).active
    lines = [r for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(lines) == len(owing) and all(str(r[7]).startswith("=F") for r in lines)


MONEY = re.compile(r"-?\d{1,3}(?:\.\d{3})*")


def _amount(text: str) -> int:
    return int(text.replace(".", ""))


def test_debt_list_columns_add_across_on_paper_and_in_excel(march_db, tmp_path):
    """Owed from earlier months + due this month = total due; total due − paid = still owed, on
    every line and the total, read back from the PDF and the workbook ("Phải nộp tháng này" held the
    earlier months' debt too, so the columns did not add across)."""
    kind = get_kind("debt-list")
    owing = [r for r in compute_month(march_db, 2026, 3).rows if r.balance > 0]
    assert any(r.opening > 0 and r.charges > 0 for r in owing)  # owing from February and for March
    params = resolve_params(march_db, kind, month="2026-03")
    pdf_path = run_report(march_db, kind, params, tmp_path / "no.pdf").path
    text = "\n".join(p.extract_text() for p in PdfReader(pdf_path).pages)
    header = " ".join(text.split())
    assert ("Nợ các tháng trước Phải nộp tháng này Tổng phải nộp Đã nộp Còn nợ" in header
            or all(h in header for h in ("Nợ các tháng", "Phải nộp tháng", "Tổng phải", "Đã nộp", "Còn nợ")))
    cells = [c.strip() for c in text.splitlines()]  # one table cell a line
    lines = [cells[i + 1:i + 6] for i in range(len(cells) - 5)
             if not MONEY.fullmatch(cells[i]) and all(MONEY.fullmatch(c) for c in cells[i + 1:i + 6])]
    assert len(lines) == len(owing) + 1  # every child (after the class), then the total (after 'N trẻ')
    for before, this_month, total, paid, still in ([_amount(v) for v in line] for line in lines):
        assert before + this_month == total and total - paid == still
    assert sorted(_amount(line[4]) for line in lines[:-1]) == sorted(r.balance for r in owing)
    assert _amount(lines[-1][4]) == sum(r.balance for r in owing)
    assert [_amount(v) for v in lines[-1]] == [sum(col) for col in zip(
        *[[_amount(v) for v in line] for line in lines[:-1]], strict=True)]

    xlsx = run_report(march_db, kind, params, tmp_path / "no.xlsx").path
    ws = load_workbook(xlsx).active
    header_row = next(r for r in ws.iter_rows() if r[0].value == "STT")
    assert [c.value for c in header_row] == ["STT", "Họ và tên trẻ", "Lớp", "Nợ các tháng trước",
                                             "Phải nộp tháng này", "Tổng phải nộp", "Đã nộp", "Còn nợ"]
    values: dict[str, float] = {}

    def value(ref: str) -> float:  # the workbook's own formulas, evaluated on its own cells
        cell = ws[ref].value
        if isinstance(cell, str) and cell.startswith("=SUM("):
            first, last = cell[5:-1].split(":")
            column, top, bottom = first[0], int(first[1:]), int(last[1:])
            return sum(value(f"{column}{r}") for r in range(top, bottom + 1))
        if isinstance(cell, str) and cell.startswith("="):
            match = re.fullmatch(r"=([A-Z]\d+)([+-])([A-Z]\d+)", cell)
            assert match, cell
            a, b = value(match.group(1)), value(match.group(3))
            return a + b if match.group(2) == "+" else a - b
        return values.setdefault(ref, cell)

    rows = [r[0].row for r in ws.iter_rows(min_row=header_row[0].row + 1) if isinstance(r[0].value, int)]
    assert len(rows) == len(owing)
    read = []
    for n in rows:
        d, e, f, g, h = (value(f"{c}{n}") for c in "DEFGH")
        assert ws[f"F{n}"].value.startswith("=") and ws[f"H{n}"].value.startswith("=")  # live in Excel
        assert d + e == f and f - g == h
        read.append((ws[f"B{n}"].value, ws[f"C{n}"].value, d, e, f, g, h))
    assert sorted(read) == sorted(  # the demo has children of the same name in a class
        (r.full_name, r.class_name, r.opening, r.charges - r.refund - r.support - r.discount, r.balance + r.paid,
         r.paid, r.balance) for r in owing)
    total = rows[-1] + 1
    assert ws[f"C{total}"].value == "Tổng cộng" or "Tổng cộng" in [c.value for c in ws[total]]
    d, e, f, g, h = (value(f"{c}{total}") for c in "DEFGH")
    assert d + e == f and f - g == h == sum(r.balance for r in owing)


def test_collection_list_one_section_per_class_with_signature_column(march_db, tmp_path):
    kind = get_kind("collection-list")
    params = resolve_params(march_db, kind, month="2026-03", class_name="Lá 1")
    path = run_report(march_db, kind, params, tmp_path / "thu.pdf").path
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    rows = [r for r in compute_month(march_db, 2026, 3).rows if r.class_name == "Lá 1"]
    assert "Lớp Lá 1" in text and "Cha mẹ trẻ ký" in text and text.count("DANH SÁCH THU TIỀN ĂN") == 1
    assert all(r.full_name in text for r in rows)
    everyone = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "all.xlsx").path
    book = load_workbook(everyone)
    assert "Lá 1" in book.sheetnames and len(book.sheetnames) > 5
    assert book.sheetnames.index("Nhà trẻ 1" if "Nhà trẻ 1" in book.sheetnames else book.sheetnames[0]) == 0


def test_a_month_with_nobody_owing_is_explained(demo_db, tmp_path):
    kind = get_kind("debt-list")
    with pytest.raises(ReportError, match="Nobody owes anything at the end of"):
        run_report(demo_db, kind, resolve_params(demo_db, kind, month="2024-03"), tmp_path / "no.pdf")


def test_a_credit_carried_from_earlier_months_is_a_negative_amount_owed_and_explained(db, tmp_path):
    """A family that paid ahead in September still owes part of October: the list shows the credit
    as a negative amount owed from earlier months, says so, and the columns still add across."""
    import datetime as dt

    from kindergarten_desktop.meals.payments import add_payment
    from kindergarten_desktop.roster.calendar import school_days
    from tests.meals.conftest import build_school

    school = build_school(db)
    school.price()
    child = school.children[0]
    for month in (9, 10):
        for day in school_days(db, dt.date(2025, month, 1), dt.date(2025, month, 30)):
            for other in school.children:
                school.mark(other, day, "P")
    add_payment(db, child, dt.date(2025, 9, 30), 800_000, payer="Nguyễn Thị Hoa", confirmed=True)
    row = next(r for r in compute_month(db, 2025, 10).rows if r.child_id == child)
    assert row.opening < 0 < row.balance
    kind = get_kind("debt-list")
    params = resolve_params(db, kind, month="2025-10")
    pdf_path = run_report(db, kind, params, tmp_path / "no.pdf").path
    text = "\n".join(p.extract_text() for p in PdfReader(pdf_path).pages)
    assert "tiền nộp thừa các tháng trước" in " ".join(text.split())
    assert f"-{_grouped(-row.opening)}" in text
    ws = load_workbook(run_report(db, kind, params, tmp_path / "no.xlsx").path).active
    line = next(r for r in ws.iter_rows() if r[1].value == row.full_name)
    assert line[3].value == row.opening and line[4].value == row.balance - row.opening
    assert line[5].value == f"=D{line[0].row}+E{line[0].row}" and line[7].value == f"=F{line[0].row}-G{line[0].row}"
    assert any("tiền nộp thừa" in str(c.value) for r in ws.iter_rows() for c in r)

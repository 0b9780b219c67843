import subprocess

import pytest
from pypdf import PdfReader

from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.reports.kinds.meals_statements import children, notice_lines
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report


def _grouped(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def test_notice_lines_add_up_to_the_balance(march_db):
    ledger = compute_month(march_db, 2026, 3)
    for row in ledger.rows:
        assert sum(amount or 0 for _, amount in notice_lines(row)) == row.balance


def test_one_class_three_notices_per_page(march_db, tmp_path):
    kind = get_kind("meals-statements")
    params = resolve_params(march_db, kind, month="2026-03", class_name="Lá 1")
    path = run_report(march_db, kind, params, tmp_path / "tb.pdf").path
    rows = children(compute_month(march_db, 2026, 3, params.class_id))
    reader = PdfReader(path)
    assert len(reader.pages) == -(-len(rows) // 3)
    pages = [p.extract_text() for p in reader.pages]
    text = "\n".join(pages)
    assert text.count("THÔNG BÁO TIỀN ĂN THÁNG 03/2026") == len(rows)
    assert pages[0].count("Lớp: Lá 1") == 3
    for row in rows:
        assert row.full_name in text
    paid = max(rows, key=lambda r: r.paid)  # paid 1.005.000 on top of the demo's payments: a credit
    assert paid.paid >= 1_005_000 and paid.balance < 0
    assert "SỐ TIỀN THỪA CHUYỂN SANG THÁNG SAU:" in text and _grouped(-paid.balance) + " đ" in text
    assert f"- {_grouped(paid.paid)} đ" in text and "Đã nộp trong tháng" in text
    assert "× 32.000 đ" in text  # the rate from 09/03 has its own line
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
                   check=True)
    assert list(tmp_path.glob("p-*.png"))


def test_whole_school_has_a_notice_per_child(march_db, tmp_path):
    kind = get_kind("meals-statements")
    path = run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "tb.pdf").path
    rows = children(compute_month(march_db, 2026, 3))
    assert len(rows) > 400
    reader = PdfReader(path)
    assert len(reader.pages) == -(-len(rows) // 3)
    assert "Lớp: Nhà trẻ 1" in reader.pages[0].extract_text()  # youngest classes first


def test_statements_are_pdf_only(march_db, tmp_path):
    kind = get_kind("meals-statements")
    with pytest.raises(ReportError, match="made as .pdf"):
        run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "tb.xlsx")


def test_no_notices_while_a_rate_is_missing(march_db, tmp_path):
    march_db.execute("DROP TRIGGER guard_meal_rate_delete")  # a database from before the guard
    march_db.execute("DELETE FROM meal_rate WHERE category = 'nursery'")
    kind = get_kind("meals-statements")
    with pytest.raises(ReportError, match=r"No daily meal rate \(nursery\).*03/2026"):
        run_report(march_db, kind, resolve_params(march_db, kind, month="2026-03"), tmp_path / "tb.pdf")
    assert not (tmp_path / "tb.pdf").exists()

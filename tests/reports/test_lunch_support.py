"""The Decree 105 claim list: kindergarten-age children only, the same figures as the ledger."""

import subprocess

import pytest
from openpyxl import load_workbook

from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.reports.kinds.lunch_support import claims
from kindergarten_desktop.reports.registry import ReportError, get_kind, resolve_params, run_report


def test_the_list_has_the_ledgers_supported_children_and_never_a_nursery_class(demo_db):
    kind = get_kind("lunch-support")
    params = resolve_params(demo_db, kind, round="1")
    rows = claims(demo_db, params)
    assert rows
    nursery = {cid for (cid,) in demo_db.execute("SELECT id FROM class WHERE age_group LIKE 'nursery%'")}
    assert not any(c.class_id in nursery for c in rows)
    start = params.year.start_date.year
    expected = sum(r.support for m in (9, 10, 11, 12) for r in compute_month(demo_db, start, m).rows)
    assert sum(c.total for c in rows) == expected
    assert all(c.reason for c in rows)


def test_pdf_and_live_excel(demo_db, tmp_path):
    kind = get_kind("lunch-support")
    params = resolve_params(demo_db, kind, round="1")
    rows = claims(demo_db, params)
    pdf = run_report(demo_db, kind, params, tmp_path / "ds.pdf").path
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "DANH SÁCH TRẺ ĐƯỢC HỖ TRỢ TIỀN ĂN TRƯA" in text and "Đợt 1" in text
    assert rows[0].full_name in text and "Nhà trẻ" not in text
    xlsx = run_report(demo_db, kind, params, tmp_path / "ds.xlsx").path
    ws = load_workbook(xlsx).active
    header = next(r for r in range(1, 15) if ws.cell(r, 1).value == "STT")
    assert ws.cell(header + 1, 9).value == f"=G{header + 1}*H{header + 1}"
    assert ws.cell(header + 1, 7).value * ws.cell(header + 1, 8).value == rows[0].total


def test_a_round_is_1_or_2(demo_db, tmp_path):
    kind = get_kind("lunch-support")
    with pytest.raises(ReportError, match="The support round is 1"):
        run_report(demo_db, kind, resolve_params(demo_db, kind, round="3"), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()

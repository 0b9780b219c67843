"""The parents' note: one page per child with the measurement, the charts and the advice line."""

from pypdf import PdfReader

from kindergarten_desktop.reports.kinds.growth_cards import collect_cards
from kindergarten_desktop.reports.kinds.growth_parent_note import ADVICE, NOT_MEASURED, advice
from kindergarten_desktop.reports.registry import get_kind, resolve_params, run_report


def test_one_page_per_child_with_advice(demo_db, tmp_path):
    kind = get_kind("growth-parent-note")
    params = resolve_params(demo_db, kind, year="2025-2026", class_name="Lá 2", round=2)
    path = run_report(demo_db, kind, params, tmp_path / "note.pdf").path
    pages = PdfReader(path).pages
    assert len(pages) == len(collect_cards(demo_db, params)) > 20
    text = pages[0].extract_text()
    assert "PHIẾU THÔNG BÁO KẾT QUẢ CÂN ĐO CỦA TRẺ" in text and "Lời khuyên:" in text
    assert "Cân nặng theo tuổi" in text and "Cha mẹ trẻ" in text
    lines = {line for _codes, line in ADVICE} | {NOT_MEASURED}
    assert any(line[:40] in " ".join(text.split()) for line in lines)


def test_advice_follows_the_most_serious_finding():
    assert advice(None) == NOT_MEASURED

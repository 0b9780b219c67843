"""Rounds are numbered by date: a school-wide round added between December's and March's is
đợt 3, March's becomes đợt 4, and every document says so: the summary printed for round 4 is
March's, with March's measurements and the assessment written for it; round 3 is the new one.
The demo database file, the ``report`` command, the PDF read back."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from kindergarten_desktop.cli import main
from kindergarten_desktop.db import open_database
from kindergarten_desktop.growth.rounds import add_round, find_round, list_rounds
from kindergarten_desktop.reports.narrative import Narrative, load_narrative, save_narrative
from kindergarten_desktop.school import find_school_year


def pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_round_added_before_march_moves_march_to_round_four_in_the_documents(demo_db_copy, tmp_path, capsys):
    db = open_database(demo_db_copy)
    try:
        year = find_school_year(db, "2025-2026")
        march = find_round(db, year.id, 3)
        assert march is not None and march.day.month == 3
        save_narrative(db, march.id, Narrative(assessment="Trẻ tăng cân đều sau Tết."))
        before = db.execute("SELECT count(*) FROM measurement WHERE round_id = ?", [march.id]).fetchone()[0]
        assert before > 0
        added = add_round(db, year, dt.date(2026, 1, 12))
        assert (added.number, added.name) == (3, "Cân đo đợt 3 – tháng 1/2026")
        assert [r.number for r in list_rounds(db, year.id) if r.kind == "round"] == [1, 2, 3, 4]
    finally:
        db.close()

    out = tmp_path / "dot4.pdf"
    assert main(["report", "growth-summary", "--db", str(demo_db_copy), "--year", "2025-2026", "--round", "4",
                 "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "Kết quả cân đo, theo dõi sức khỏe trẻ đợt 4 năm học 2025-2026" in text
    assert "Trẻ tăng cân đều sau Tết." in text  # March's assessment: it belongs to the round, not to a number
    assert f"{march.day:%d/%m/%Y}" in text or "03/2026" in text

    capsys.readouterr()
    assert main(["report", "growth-summary", "--db", str(demo_db_copy), "--year", "2025-2026", "--round", "3",
                 "--out", str(tmp_path / "dot3.pdf")]) != 0  # the new round: nobody measured yet
    assert "Đợt cân đo 3 của năm học 2025-2026 chưa có số đo nào." in capsys.readouterr().err
    assert not (tmp_path / "dot3.pdf").exists()

    db = open_database(demo_db_copy)
    try:
        moved = find_round(db, year.id, 4)
        assert moved is not None and moved.id == march.id and moved.name == "Cân đo đợt 4 – tháng 3/2026"
        assert load_narrative(db, march.id).assessment == "Trẻ tăng cân đều sau Tết."
        assert db.execute("SELECT count(*) FROM measurement WHERE round_id = ?", [march.id]).fetchone()[0] == before
    finally:
        db.close()

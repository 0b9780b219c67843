"""The child's record shows and edits when each circumstance holds; a change reaching a closed
month is refused with the month named and nothing written."""

import datetime as dt

from kindergarten_desktop.roster.flag_periods import periods
from kindergarten_desktop.school import find_school_year
from kindergarten_desktop.ui.roster.child_dialog import ChildDialog


def _child(db) -> int:
    """A child in Chồi 1 of the demo (closed through February 2026) with no circumstance."""
    return db.execute("SELECT e.child_id FROM enrollment e JOIN class c ON c.id = e.class_id WHERE c.name = "
                      "'Chồi 1' AND e.end_date IS NULL AND e.child_id NOT IN (SELECT child_id FROM "
                      "child_circumstance) ORDER BY e.child_id LIMIT 1").fetchone()[0]


def test_flag_dates_are_shown_edited_and_guarded(qtbot, demo_db, boxes):
    year = find_school_year(demo_db, "2025-2026")
    child = _child(demo_db)
    dialog = ChildDialog(demo_db, year, None, child)
    qtbot.addWidget(dialog)
    assert not dialog.flag_from["poor_household"].isEnabled()
    dialog.flag_boxes["poor_household"].setChecked(True)
    assert dialog.flag_from["poor_household"].isEnabled()
    assert dialog.flag_from["poor_household"].text() == dt.date.today().strftime("%d/%m/%Y")
    dialog.flag_from["poor_household"].setText("02/03/2026")
    dialog.flag_to["poor_household"].setText("31/05/2026")
    dialog.save()
    assert boxes.said == [] and dialog.result() == dialog.DialogCode.Accepted
    assert [(p.flag, p.start, p.end) for p in periods(demo_db, child)] == [
        ("poor_household", dt.date(2026, 3, 2), dt.date(2026, 5, 31))]

    again = ChildDialog(demo_db, year, None, child)
    qtbot.addWidget(again)
    assert again.flag_boxes["poor_household"].isChecked()
    assert (again.flag_from["poor_household"].text(), again.flag_to["poor_household"].text()) == (
        "02/03/2026", "31/05/2026")
    again.flag_from["poor_household"].setText("01/02/2026")  # February is closed
    again.save()
    assert "02/2026" in boxes.said[-1][1] and "Reopen" in boxes.said[-1][1]
    again.flag_from["poor_household"].setText("3/2026")
    again.save()
    assert "not a date" in boxes.said[-1][1]
    assert again.result() != again.DialogCode.Accepted
    assert [(p.start, p.end) for p in periods(demo_db, child)] == [(dt.date(2026, 3, 2), dt.date(2026, 5, 31))]


def test_a_flag_refusal_names_the_flag_in_the_interface_language(qtbot, demo_db, boxes):
    from kindergarten_desktop.ui import i18n

    year = find_school_year(demo_db, "2025-2026")
    child = _child(demo_db)
    for lang, said in (("en", "Near-poor household: the end date 01/03/2026 is before the start date 31/03/2026"),
                       ("vi", "Hộ cận nghèo: ngày kết thúc 01/03/2026 trước ngày bắt đầu 31/03/2026")):
        i18n.install_translators(lang)
        dialog = ChildDialog(demo_db, year, None, child)
        qtbot.addWidget(dialog)
        dialog.flag_boxes["near_poor_household"].setChecked(True)
        dialog.flag_from["near_poor_household"].setText("31/03/2026")
        dialog.flag_to["near_poor_household"].setText("01/03/2026")
        dialog.save()
        assert said in boxes.said[-1][1], boxes.said[-1]
        assert dialog.result() != dialog.DialogCode.Accepted
    assert periods(demo_db, child) == []

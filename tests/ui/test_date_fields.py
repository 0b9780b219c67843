"""Date fields typed with real key presses, day, month, year in that order, over a date of the other
calendar year of the school year: no intermediate date is refused or changed (the school year is
not the field's range, ui/dates.DateField); a date outside the school year is refused on OK / Save
with the reason in Vietnamese, the keyboard back on the date, nothing written.
The report dialog and the round dialog, over a real database file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kindergarten_desktop.growth.rounds import list_rounds
from kindergarten_desktop.reports.registry import get_kind
from kindergarten_desktop.school import current_school_year
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.dates import DateField
from kindergarten_desktop.ui.growth.round_dialog import RoundDialog
from kindergarten_desktop.ui.meals import unsaved
from kindergarten_desktop.ui.reports.dialog import ReportDialog


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    """The dialogs in the users' language (the app's default); tests/conftest.py puts English back."""
    from kindergarten_desktop.ui import i18n

    i18n.install_translators("vi")


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_over(qtbot, field: DateField, day: dt.date) -> None:
    """The nurse's way: the keyboard on the field, its day selected, the date's digits typed."""
    field.setFocus()
    field.setSelectedSection(field.Section.DaySection)
    qtbot.keyClicks(field, day.strftime("%d%m%Y"))


def test_typing_across_the_calendar_years_in_the_report_dialog(qtbot, demo_db, demo_db_copy):
    dialog = shown(qtbot, ReportDialog(AppContext(demo_db, demo_db_copy), get_kind("class-list")))
    year = dialog.year.currentData()
    march, december = dt.date(year.end_date.year, 3, 16), dt.date(year.start_date.year, 12, 15)
    dialog.date.set_day(march)
    type_over(qtbot, dialog.date, december)  # passes through 15/12 of the year's second calendar year
    assert dialog.date.day() == december and dialog.values()["date"] == december.isoformat()
    type_over(qtbot, dialog.date, march)  # and back: through 16/03 of the first calendar year
    assert dialog.date.day() == march
    dialog.date.set_day(year.start_date)
    type_over(qtbot, dialog.date, year.end_date)  # 31/08, from 01/09: through 31/09, 31/08 of the first year
    assert dialog.date.day() == year.end_date


def test_a_report_date_outside_the_year_is_refused_on_save(qtbot, demo_db, demo_db_copy, monkeypatch):
    said: list[str] = []
    titles: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, title, text: titles.append(title) or said.append(text)))
    dialog = shown(qtbot, ReportDialog(AppContext(demo_db, demo_db_copy), get_kind("class-list")))
    year = dialog.year.currentData()
    outside = year.end_date + dt.timedelta(days=15)
    type_over(qtbot, dialog.date, outside)
    assert dialog.date.day() == outside  # typed as it is, refused only on Save
    dialog.tabs.setCurrentIndex(1)  # the document's page in front: Save brings the date back
    dialog.save_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    assert said == [f"Ngày {outside:%d/%m/%Y} nằm ngoài năm học {year.name} "
                    f"({year.start_date:%d/%m/%Y} – {year.end_date:%d/%m/%Y}): hãy chọn một ngày trong năm học."]
    assert titles == ["Chưa lập được báo cáo"]
    assert unsaved.is_marked(dialog.date) and not unsaved.is_marked(dialog.number)  # the date alone
    assert dialog.tabs.currentIndex() == 0 and QApplication.focusWidget() is dialog.date
    assert dialog.date.currentSection() == dialog.date.Section.DaySection
    assert demo_db.execute("SELECT count(*) FROM document_settings").fetchone()[0] == 0
    # Corrected with the keyboard where it landed, the report's settings are kept.
    qtbot.keyClicks(dialog.date, year.end_date.strftime("%d%m%Y"))
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted and len(said) == 1
    assert not unsaved.is_marked(dialog.date)
    assert dialog.values()["date"] == year.end_date.isoformat()


def test_typing_across_the_calendar_years_in_the_round_dialog(qtbot, demo_db):
    year = current_school_year(demo_db)
    march, december = dt.date(year.end_date.year, 3, 16), dt.date(year.start_date.year, 12, 15)
    dialog = shown(qtbot, RoundDialog(demo_db, year, march))
    assert dialog.day.day() == march
    type_over(qtbot, dialog.day, december)
    assert dialog.values()[1] == december


def test_a_round_date_outside_the_year_is_refused_before_the_domain(qtbot, demo_db):
    year = current_school_year(demo_db)
    before = list_rounds(demo_db, year.id)
    dialog = shown(qtbot, RoundDialog(demo_db, year, year.start_date))
    outside = year.start_date - dt.timedelta(days=1)
    type_over(qtbot, dialog.day, outside)
    dialog.accept()
    assert dialog.isVisible() and dialog.added is None
    assert dialog.message.text().startswith(f"Ngày {outside:%d/%m/%Y} nằm ngoài năm học {year.name} (")
    assert QApplication.focusWidget() is dialog.day
    assert list_rounds(demo_db, year.id) == before


def test_a_date_field_has_no_range_and_checks_its_year_on_demand(qtbot):
    field = DateField(dt.date(2026, 3, 16))
    qtbot.addWidget(field)
    field.keep_within(dt.date(2025, 9, 1), dt.date(2026, 8, 31), "2025-2026")
    assert field.minimumDate().year() < 1800 and field.maximumDate().year() > 9000  # Qt's own limits
    assert field.refusal() is None
    field.set_day(dt.date(2026, 9, 1))
    refused = field.refusal()
    assert refused is not None and refused.code == "common.date_outside_year"
    assert refused.text("en") == ("The date 01/09/2026 is outside the school year 2025-2026 "
                                  "(01/09/2025 – 31/08/2026): choose a day in the school year.")


def test_a_day_the_intermediate_month_lacks_is_kept(qtbot, demo_db, demo_db_copy):
    """Qt cut such a day short or read it as two sections: 31/05 over 16/04 gave 30/05, 30/01 over
    16/02 gave 03/01, 29/02/2024 over 16/02/2026 gave 28/02/2024."""
    dialog = shown(qtbot, ReportDialog(AppContext(demo_db, demo_db_copy), get_kind("class-list")))
    for start, typed, expected in ((dt.date(2026, 4, 16), "31052026", dt.date(2026, 5, 31)),
                                   (dt.date(2026, 2, 16), "30012026", dt.date(2026, 1, 30)),
                                   (dt.date(2026, 2, 16), "30/1/2026", dt.date(2026, 1, 30)),
                                   (dt.date(2026, 2, 16), "29022024", dt.date(2024, 2, 29)),
                                   (dt.date(2026, 2, 16), "3/1/2026", dt.date(2026, 1, 3))):
        dialog.date.set_day(start)
        dialog.date.setFocus()
        dialog.date.setSelectedSection(dialog.date.Section.DaySection)
        qtbot.keyClicks(dialog.date, typed)
        assert dialog.date.day() == expected, typed
        assert dialog.date.text() == f"{expected:%d/%m/%Y}"


def test_typed_date_reads_the_keys_as_typed():
    from kindergarten_desktop.ui.dates import typed_date

    assert typed_date("15122025") == dt.date(2025, 12, 15)
    assert typed_date("15/12/2025") == typed_date("15.12.2025") == dt.date(2025, 12, 15)
    assert typed_date("3/1/2026") == dt.date(2026, 1, 3)
    assert typed_date("30/01/2026") == dt.date(2026, 1, 30)
    assert typed_date("1512202") is None  # the year not complete yet
    assert typed_date("31022026") is None  # no such day
    assert typed_date("//") is None

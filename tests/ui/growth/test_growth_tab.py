"""The Growth tab driven as the nurse would: keyboard entry, refusals, confirmations, chart, summary."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLineEdit

from kindergarten_desktop.growth.measurements import get_measurement
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.growth.entry_model import HEIGHT, STATUS, WAZ, WEIGHT
from kindergarten_desktop.ui.tabs.growth_tab import CHART_PAGE, SUMMARY_PAGE, GrowthTab
from tests.conftest import DEMO_TODAY


@pytest.fixture
def tab(qtbot, demo_db, demo_db_copy):
    ctx = AppContext(demo_db, Path(demo_db_copy))
    widget = GrowthTab(ctx)
    widget.today = DEMO_TODAY
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    # A new monthly check with an empty grid to type into.
    from kindergarten_desktop.growth.rounds import add_round

    check = add_round(demo_db, ctx.school_year, DEMO_TODAY, kind="monthly")
    widget.refresh()
    widget.rounds.setCurrentIndex(widget.rounds.findData(check.id))
    widget.whole_class.setChecked(True)  # the whole class to type into (the follow-up view: test_growth_tab_monthly)
    return widget


def type_and_enter(qtbot, grid, text):
    """Type as on a keyboard: the first key opens the cell's editor, which gets the rest."""
    qtbot.keyClicks(grid, text[0])
    editor = next(e for e in grid.findChildren(QLineEdit) if e.isVisible())  # closed ones await deletion
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.processEvents()  # Qt commits the editor's value in a queued call


def test_whole_class_entered_with_the_keyboard(qtbot, tab):
    model, grid = tab.model, tab.grid
    n = model.rowCount()
    assert n >= 25 and model.measured_count() == 0
    previous = [r.previous for r in model.rows]
    grid.start()
    for i in range(n):
        weight = previous[i].weight_kg + 0.3 if previous[i] else 15.0
        type_and_enter(qtbot, grid, f"{weight:.1f}".replace(".", ","))
    assert grid.currentIndex().row() == n - 1
    grid.setCurrentIndex(model.index(0, HEIGHT))
    for i in range(n):
        height = previous[i].height_cm + 0.5 if previous[i] else 100.0
        type_and_enter(qtbot, grid, f"{height:.1f}")
    assert model.measured_count() == n
    assert tab.progress.text() == f"{n} of {n} children measured"
    first = model.rows[0]
    stored = get_measurement(tab.ctx.db, first.child.id, model.round.id)
    assert stored.weight_kg == round(first.previous.weight_kg + 0.3, 1)
    assert model.index(0, WAZ).data() != "" and model.index(0, STATUS).data() != ""


def test_bad_value_is_refused_with_the_reason_and_the_cursor_stays(qtbot, tab):
    grid = tab.grid
    grid.start()
    type_and_enter(qtbot, grid, "1,5")
    assert "2–50 kg" in tab.message.text() and tab.model.rows[0].child.full_name in tab.message.text()
    assert grid.currentIndex().row() == 0
    assert tab.model.rows[0].current is None
    type_and_enter(qtbot, grid, "abc")
    assert "abc" in tab.message.text()


def test_unusual_value_needs_confirmation(qtbot, tab):
    asked = []
    tab.model.confirm = lambda name, warnings: asked.append([w.code for w in warnings]) or False
    row = next(i for i, r in enumerate(tab.model.rows) if r.previous and r.previous.weight_kg)
    low = round(tab.model.rows[row].previous.weight_kg * 0.8, 1)
    assert not tab.model.setData(tab.model.index(row, WEIGHT), str(low))
    assert asked == [["weight_drop"]] and tab.model.rows[row].current is None
    tab.model.confirm = lambda name, warnings: True
    assert tab.model.setData(tab.model.index(row, WEIGHT), str(low))
    assert tab.model.rows[row].current.confirmed
    assert tab.model.index(row, WEIGHT).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_chart_and_summary_pages(qtbot, tab, tmp_path):
    tab.rounds.setCurrentIndex(tab.rounds.findText("Cân đo đợt 2", Qt.MatchFlag.MatchStartsWith))
    tab.grid.setCurrentIndex(tab.model.index(2, WEIGHT))
    tab.pages.setCurrentIndex(CHART_PAGE)
    assert tab.chart.canvas is not None
    assert tab.chart.title.text().find(tab.model.rows[2].child.full_name) >= 0
    keys = [tab.chart.indicator.itemData(i) for i in range(tab.chart.indicator.count())]
    assert keys[:2] == ["wfa", "hfa"] and keys[-1] == "bfa"  # BMI-for-age at every age
    lines = tab.chart.figure.axes[0].get_lines()
    assert len(lines) == 8 and len(lines[-1].get_xdata()) >= 2  # seven SD curves and the child
    labels = {t.get_text() for t in tab.chart.figure.axes[0].texts}
    assert {"-3 SD", "-2 SD", "-1 SD", "0 SD", "+1 SD", "+2 SD", "+3 SD"} <= labels
    history = tab.chart.history
    assert tab.chart.visits_model.rowCount() == len(history)
    info = tab.chart.show_point(0)
    assert history[0].visit_date.strftime("%d/%m/%Y") in info and "z =" in info
    png = tab.chart.export(str(tmp_path / "chart.png"))
    assert png.stat().st_size > 10_000
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))  # English UI
    tab.pages.setCurrentIndex(SUMMARY_PAGE)
    model = tab.summary.classes_model
    assert model.rowCount() > 16 and model.rows[-1][0] == "Whole school"
    assert "Age group: Kindergarten 5–6 years" in [row[0] for row in model.rows]  # English UI, English group
    assert int(model.rows[-1][2]) > 400
    assert tab.summary.follow_model.rowCount() > 0


def test_empty_school_explains_what_to_do_first(qtbot, db, tmp_path):
    from kindergarten_desktop.school import ensure_school_year

    ctx = AppContext(db, tmp_path / "new.sqlite3")
    widget = GrowthTab(ctx)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert "Class lists" in widget.message.text() and "school year" in widget.message.text()
    assert widget.visit.date().year() > 2000  # today, not Qt's default date
    ctx.school_year = ensure_school_year(db, 2025)
    widget.refresh()
    assert "No classes in 2025-2026" in widget.message.text()
    db.execute("INSERT INTO class (school_year_id, name, age_group) VALUES (?, 'Mầm 1', 'age_3_4')",
               [ctx.school_year.id])
    widget.refresh()
    assert "No child is enrolled in Mầm 1" in widget.message.text()


def test_round_name_stays_readable_in_a_1024_px_window(qtbot, tab):
    tab.rounds.setCurrentIndex(0)  # "Cân đo đợt 1 – tháng 9/2025 (20/09/2025)", a default name
    tab.resize(1024 - 20, 560)  # the tab inside a 1024 px main window
    QCoreApplication.processEvents()
    assert tab.minimumSizeHint().width() <= 1000
    text = tab.rounds.currentText()
    assert tab.rounds.width() >= tab.rounds.fontMetrics().horizontalAdvance(text) + 20  # + the arrow
    assert tab.rounds.toolTip() == text


@pytest.mark.parametrize(("language", "country", "point"), [
    (QLocale.Language.English, QLocale.Country.UnitedKingdom, "."),
    (QLocale.Language.Vietnamese, QLocale.Country.Vietnam, ","),
])
def test_grid_numbers_in_the_interface_language(qtbot, tab, language, country, point):
    QLocale.setDefault(QLocale(language, country))
    prev = tab.model.rows[0].previous
    weight = int(prev.weight_kg) + 0.8 if prev else 13.8  # a plausible change: no question asked
    height = int(prev.height_cm) + 1.5 if prev else 95.5
    tab.grid.start()
    type_and_enter(qtbot, tab.grid, f"{int(weight)}{point}8")
    assert tab.model.rows[0].current.weight_kg == weight
    assert tab.model.index(0, WEIGHT).data() == f"{int(weight)}{point}8"
    other = "," if point == "." else "."
    tab.grid.setCurrentIndex(tab.model.index(0, HEIGHT))
    type_and_enter(qtbot, tab.grid, f"{int(height)}{other}5")  # the other separator is still read
    assert tab.model.rows[0].current.height_cm == height
    assert tab.model.index(0, HEIGHT).data() == f"{int(height)}{point}5"


def test_data_quality_page_by_age_band_and_sex_with_the_lists(qtbot, tab):
    from kindergarten_desktop.growth.quality import round_quality

    tab.rounds.setCurrentIndex(tab.rounds.findText("Cân đo đợt 2", Qt.MatchFlag.MatchStartsWith))
    tab.pages.setCurrentIndex(SUMMARY_PAGE)
    page = tab.summary.quality
    quality = round_quality(tab.ctx.db, tab.current_round().id)
    stats = page.stats_model
    assert stats.rows[0][0] == "All ages" and stats.rows[0][1] == str(quality.group().enrolled)
    assert stats.headerData(0, Qt.Orientation.Vertical) == "All ages"  # frozen row header
    assert len(stats.rows) >= 4 and stats.headers[5:8] == ["W/A n", "W/A mean", "W/A SD"]
    tab.summary.sex.setCurrentIndex(2)  # girls
    assert page.stats_model.rows[0][1] == str(quality.group(sex=2).enrolled)
    tab.summary.sex.setCurrentIndex(0)
    page.list_choice.setCurrentIndex(1)
    assert page.list_model.rowCount() == len(quality.weight_loss()) + len(quality.no_gain()) > 0
    assert {r[-1] for r in page.list_model.rows} <= {"Weight loss", "No weight gain"}


def test_frozen_first_columns_stay_hidden_after_reloading(qtbot, tab):
    tab.rounds.setCurrentIndex(tab.rounds.findText("Cân đo đợt 2", Qt.MatchFlag.MatchStartsWith))
    tab.pages.setCurrentIndex(SUMMARY_PAGE)
    tab.summary.sex.setCurrentIndex(1)
    assert tab.summary.classes_view.isColumnHidden(0) and tab.summary.quality.stats_view.isColumnHidden(0)
    tab.pages.setCurrentIndex(CHART_PAGE)
    assert tab.chart.visits.isColumnHidden(0)
    assert tab.grid.isColumnHidden(0) and tab.grid.isColumnHidden(1)  # number and name: the row header


def test_a_chart_that_cannot_be_written_is_told_in_the_users_words(qtbot, tab, tmp_path, monkeypatch,
                                                                  file_size_limit):
    from kindergarten_desktop.ui import error_dialog, i18n

    told: list[str] = []
    monkeypatch.setattr(error_dialog, "show_failure", lambda parent, title, text, repeat=False: told.append(text))
    tab.grid.setCurrentIndex(tab.model.index(2, WEIGHT))
    tab.pages.setCurrentIndex(CHART_PAGE)
    assert tab.chart.canvas is not None
    # A folder no one may write (sysfs refuses new files, even to the administrator).
    assert tab.chart.export("/sys/bieu-do.png") is None
    assert told[-1].startswith("Không ghi được /sys/bieu-do.png: không có quyền ghi") and "Permission" not in told[-1]
    # A drive that fills while the chart is written: the old file is kept, no temporary file is left.
    folder = tmp_path / "charts"
    folder.mkdir()
    kept = folder / "bieu-do.pdf"
    kept.write_bytes(b"%PDF old chart")
    i18n.install_translators("en")
    try:
        file_size_limit(2_000)
        assert tab.chart.export(str(kept)) is None
    finally:
        file_size_limit(None)
        i18n.install_translators("vi")
    assert told[-1] == f"Cannot write {kept}: the file is too large for this drive. Choose another drive."
    assert kept.read_bytes() == b"%PDF old chart" and sorted(p.name for p in folder.iterdir()) == ["bieu-do.pdf"]
    assert tab.chart.export(str(kept)) == kept and kept.stat().st_size > 10_000


def test_an_exported_chart_names_its_child(tab, tmp_path):
    """"Xuất PNG/PDF…" is how the nurse prints one child's chart: the file said only "Cân nặng
    theo tuổi", so a pile of printed charts did not say whose each one was."""
    import subprocess

    tab.grid.setCurrentIndex(tab.model.index(2, WEIGHT))
    tab.pages.setCurrentIndex(CHART_PAGE)
    child = tab.chart.child
    assert child is not None
    pdf = tab.chart.export(str(tmp_path / "bieu-do.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert child.full_name in text and child.birth_date.strftime("%d/%m/%Y") in text
    assert tab.chart.indicator.currentText() in text
    size = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "pts (A4)" in size and "841.68 x 595.44" in size  # A4 landscape, to print as it is
    on_screen = tab.chart.figure
    assert not on_screen.texts and on_screen.get_suptitle() == ""  # the screen's chart is left as it was


def test_clicking_a_button_of_the_tab_leaves_the_focus_in_the_grid(tab, qtbot):
    """The nurse clicks "In phiếu theo dõi tăng trưởng…", saves, closes the message and types
    the next weight: it went to the button (which had taken the focus) and was lost."""
    from PySide6.QtWidgets import QApplication

    tab.activateWindow()
    tab.grid.setCurrentIndex(tab.model.index(4, WEIGHT))
    tab.grid.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.grid)
    for button in (tab.targets, tab.new_round):
        qtbot.mousePress(button, Qt.MouseButton.LeftButton)  # the press is what takes a click focus
        assert QApplication.focusWidget() is tab.grid, button.text()
        button.setDown(False)
    assert tab.cards.focusPolicy() == Qt.FocusPolicy.TabFocus  # its press opens the menu: the same rule
    qtbot.keyClicks(tab.grid, "1")  # the next weight typed opens the cell's editor
    assert any(e.isVisible() and e.text() == "1" for e in tab.grid.findChildren(QLineEdit))

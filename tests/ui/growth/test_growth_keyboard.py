"""The nurse's round with the keyboard only, dialogs included: every question is answered with a real
key press on the dialog, and the keyboard must land in the right cell afterwards."""

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox

from kindergarten_desktop.growth.measurements import get_measurement
from kindergarten_desktop.ui.growth.entry_model import ABSENT, HEIGHT, LYING, NOTE, STATUS, WEIGHT
from kindergarten_desktop.ui.tabs.growth_tab import GrowthTab
from tests.ui.growth.test_growth_tab import tab  # noqa: F401 - the fixture


class Answers:
    """Answers the next modal dialogs, one key each, and records their texts."""

    def __init__(self, qtbot, *keys):
        self.qtbot, self.keys, self.texts = qtbot, list(keys), []
        QTimer.singleShot(0, self._press)

    def _press(self):
        if not self.keys:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(5, self._press)
            return
        self.texts.append(box.text())
        self.qtbot.keyClick(box, self.keys.pop(0))
        if self.keys:
            QTimer.singleShot(5, self._press)


def settle():
    for _ in range(5):
        QCoreApplication.processEvents()


def typing(qtbot, grid, text, key=Qt.Key.Key_Return):
    """Type into the grid as on a keyboard: into the open editor, or the first key opens one."""
    if grid.state() != QAbstractItemView.State.EditingState:
        qtbot.keyClicks(grid, text[0])
        text = text[1:]
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "no editor has the keyboard"
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, key)
    settle()


def at(grid):
    index = grid.currentIndex()
    return index.row(), index.column()


def editing(grid):
    settle()
    return grid.state() == QAbstractItemView.State.EditingState and isinstance(QApplication.focusWidget(), QLineEdit)


def measured_row(model):
    return next(i for i, r in enumerate(model.rows) if r.previous and r.previous.weight_kg and r.previous.height_cm
                and i + 1 < len(model.rows))


def text(value):
    return f"{value:.1f}".replace(".", ",")


def test_enter_it_again_returns_to_the_questioned_weight_with_the_editor_open(qtbot, tab):  # noqa: F811
    model, grid = tab.model, tab.grid
    i = measured_row(model)
    before = model.rows[i].previous.weight_kg
    grid.setCurrentIndex(model.index(i, WEIGHT))
    grid.setFocus()
    answers = Answers(qtbot, Qt.Key.Key_Return)  # Enter = the default button, "Enter it again"
    typing(qtbot, grid, text(before + 10))
    assert answers.texts and model.rows[i].child.full_name in answers.texts[0]
    assert model.rows[i].current is None  # nothing saved
    assert at(grid) == (i, WEIGHT) and editing(grid)
    typing(qtbot, grid, text(before + 0.2))  # the corrected weight goes into the weight column
    assert model.rows[i].current.weight_kg == round(before + 0.2, 1) and model.rows[i].current.height_cm is None
    assert at(grid) == (i + 1, WEIGHT)


def test_a_question_raised_by_tab_returns_to_the_weight_not_the_height(qtbot, tab):  # noqa: F811
    model, grid = tab.model, tab.grid
    i = measured_row(model)
    before = model.rows[i].previous.weight_kg
    grid.setCurrentIndex(model.index(i, WEIGHT))
    grid.setFocus()
    answers = Answers(qtbot, Qt.Key.Key_Escape)  # Escape also means "Enter it again"
    typing(qtbot, grid, text(before * 0.8), key=Qt.Key.Key_Tab)
    assert answers.texts
    assert at(grid) == (i, WEIGHT) and editing(grid)
    typing(qtbot, grid, text(before), key=Qt.Key.Key_Tab)
    assert model.rows[i].current.weight_kg == before
    assert at(grid) == (i, HEIGHT) and editing(grid)  # Tab goes on to the height, ready to type


def test_keep_moves_on_with_the_editor_open_and_is_not_asked_again_for_the_height(qtbot, tab):  # noqa: F811
    model, grid = tab.model, tab.grid
    i = measured_row(model)
    prev = model.rows[i].previous
    grid.setCurrentIndex(model.index(i, WEIGHT))
    grid.setFocus()
    answers = Answers(qtbot, Qt.Key.Key_K)  # the button's letter: "&Keep the value"
    typing(qtbot, grid, text(prev.weight_kg * 0.85))
    assert len(answers.texts) == 1
    stored = get_measurement(tab.ctx.db, model.rows[i].child.id, model.round.id)
    assert stored.weight_kg == round(prev.weight_kg * 0.85, 1) and stored.confirmed
    assert at(grid) == (i + 1, WEIGHT) and editing(grid)  # column mode: the next child's weight
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    # The mark in the grid, with the reason.
    assert model.index(i, WEIGHT).data(Qt.ItemDataRole.BackgroundRole) == QColor("#ffb870")
    assert "⚠" in model.index(i, STATUS).data()
    assert "%" in model.index(i, WEIGHT).data(Qt.ItemDataRole.ToolTipRole)
    # The height of the same child: the weight's question is not asked again.
    grid.setCurrentIndex(model.index(i, HEIGHT))
    grid.setFocus()
    again = Answers(qtbot, Qt.Key.Key_Return)
    typing(qtbot, grid, text(prev.height_cm + 0.5))
    assert again.texts == []
    assert model.rows[i].current.height_cm == round(prev.height_cm + 0.5, 1)
    again.keys.clear()  # nothing was asked: stop waiting for a dialog


def test_row_mode_enter_goes_weight_height_next_child_and_is_remembered(qtbot, tab):  # noqa: F811
    model, grid = tab.model, tab.grid
    tab.enter_mode.setCurrentIndex(tab.enter_mode.findData("row"))
    grid.start()
    rows = model.rows
    for i in range(2):
        w = rows[i].previous.weight_kg + 0.2 if rows[i].previous else 15.0
        h = rows[i].previous.height_cm + 0.4 if rows[i].previous else 100.0
        typing(qtbot, grid, text(w))
        assert at(grid) == (i, HEIGHT)
        typing(qtbot, grid, text(h))
        assert at(grid) == (i + 1, WEIGHT)
    assert model.rows[1].current.height_cm is not None
    # A row mode question: "Keep" goes on to the height of the same child, editor open.
    prev = rows[2].previous
    keep = Answers(qtbot, Qt.Key.Key_K)
    typing(qtbot, grid, text(prev.weight_kg * 0.8))
    assert keep.texts and at(grid) == (2, HEIGHT) and editing(grid)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    other = GrowthTab(tab.ctx)
    qtbot.addWidget(other)
    assert other.enter_mode.currentData() == "row" and other.grid.enter_mode == "row"
    other.enter_mode.setCurrentIndex(other.enter_mode.findData("column"))


def test_tab_skips_the_read_only_columns(qtbot, tab):  # noqa: F811
    model, grid = tab.model, tab.grid
    grid.setCurrentIndex(model.index(0, HEIGHT))
    grid.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(grid, Qt.Key.Key_Tab)
        settle()
        if grid.state() == QAbstractItemView.State.EditingState:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        seen.append(at(grid))
    assert seen == [(0, LYING), (0, ABSENT), (0, NOTE), (1, WEIGHT)]
    qtbot.keyClick(grid, Qt.Key.Key_Backtab)
    settle()
    if grid.state() == QAbstractItemView.State.EditingState:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert at(grid) == (0, NOTE)


def test_the_question_speaks_the_interface_language(qtbot, tab):  # noqa: F811
    from kindergarten_desktop.ui import i18n

    i18n.install_translators("en")
    model, grid = tab.model, tab.grid
    i = measured_row(model)
    grid.setCurrentIndex(model.index(i, WEIGHT))
    grid.setFocus()
    answers = Answers(qtbot, Qt.Key.Key_Return)
    typing(qtbot, grid, text(model.rows[i].previous.weight_kg * 0.8))
    assert "% less than last time" in answers.texts[0]
    i18n.install_translators("vi")
    answers = Answers(qtbot, Qt.Key.Key_Return)
    typing(qtbot, grid, text(model.rows[i].previous.weight_kg * 0.8))
    assert "so với lần trước" in answers.texts[0]

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tabs.roster_tab import RosterTab


@pytest.fixture
def tab(qtbot, demo_db, demo_db_copy):
    ctx = AppContext(demo_db, demo_db_copy)
    widget = RosterTab(ctx)
    qtbot.addWidget(widget)
    return widget


def test_classes_children_and_vietnamese_order(tab, qtmodeltester):
    assert tab.classes.count() == 16
    qtmodeltester.check(tab.model)
    names = [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]
    given = [n.split()[-1] for n in names]
    assert given[0][0] in "AĂÂB"  # sorted on the given name
    tab.classes.setCurrentRow(5)
    assert tab.summary.text().startswith(("Class", "Lớp"))


def test_search_ignores_accents(tab):
    first = tab.model.index(0, 1).data()
    from kindergarten_desktop.names import fold

    tab.search.setText(fold(first))
    assert 1 <= tab.proxy.rowCount() < tab.model.rowCount()


def test_attendance_page_follows_the_class(tab):
    tab.pages.setCurrentWidget(tab.attendance)
    tab.attendance.set_month(dt.date(2026, 3, 1))
    first = tab.attendance.model.grid.class_id
    tab.classes.setCurrentRow(3)
    assert tab.attendance.model.grid.class_id != first
    assert tab.attendance.model.rowCount() > 20


def test_delete_refused_when_attendance_refers(tab, boxes):
    tab.table.selectRow(0)
    tab.delete_child()
    assert boxes.said[-1][0] == "information" and "attendance marks: " in boxes.said[-1][1]
    assert "meal_" not in boxes.said[-1][1]  # the user's words, not table names


def test_show_left_includes_withdrawn_children(tab, demo_db):
    counts = []
    for row in range(tab.classes.count()):
        tab.classes.setCurrentRow(row)
        now = tab.model.rowCount()
        tab.show_left.setChecked(True)
        counts.append(tab.model.rowCount() - now)
        tab.show_left.setChecked(False)
    withdrawn = demo_db.execute("SELECT count(DISTINCT child_id) FROM enrollment WHERE end_reason = 'withdrawal'"
                                ).fetchone()[0]
    assert sum(counts) == withdrawn > 0


def test_vietnamese_labels(qtbot, demo_db, demo_db_copy):
    from kindergarten_desktop.ui import i18n

    i18n.install_translators("vi")
    widget = RosterTab(AppContext(demo_db, demo_db_copy))
    qtbot.addWidget(widget)
    assert widget.child_buttons["new"].text() == "Thêm trẻ…"
    assert widget.pages.tabText(1) == "Điểm danh"
    assert widget.model.headerData(1, Qt.Orientation.Horizontal) == "Họ và tên"


def test_wrong_transfer_undone_from_the_tab(tab, demo_db, boxes, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from kindergarten_desktop.roster import movements as mv

    tab.table.selectRow(0)
    child_id, name, _end = tab.selected_child()
    here = tab.current_class().id
    other = demo_db.execute("SELECT id FROM class WHERE id <> ? AND school_year_id = (SELECT school_year_id "
                            "FROM class WHERE id = ?) LIMIT 1", [here, here]).fetchone()[0]
    mv.transfer(demo_db, child_id, other, dt.date(2026, 3, 17))
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda parent, title, label, *a, **k: (asked.append(label), ("Nhầm lớp", True))[1]))
    tab.undo_movement()
    assert "goes back to" in asked[0] and name in asked[0]
    assert mv.history(demo_db, child_id)[-1].class_id == here and mv.history(demo_db, child_id)[-1].end is None
    assert mv.corrections(demo_db, child_id)[0].reason == "Nhầm lớp"
    tab.table.selectRow(0)
    tab.undo_movement()  # nothing left to undo: said, not failed
    assert boxes.said[-1][0] == "information" and "no transfer" in boxes.said[-1][1]


def test_parent_of_a_combined_column_is_never_shown_as_the_father(qtbot):
    from kindergarten_desktop.roster.queries import ChildRow
    from kindergarten_desktop.ui.roster.children_model import ChildrenModel

    model = ChildrenModel()
    model.set_rows([ChildRow(1, "Trần Ngọc Bích", 2, dt.date(2020, 6, 23), "Kinh", "", "", "0978212640",
                             dt.date(2025, 9, 5), None, "Lê Thị Hương")])
    assert model.index(0, 5).data() == "Father or mother: Lê Thị Hương" and model.index(0, 6).data() == ""


def test_import_from_the_tab_reads_the_title_and_ends_with_the_left_out_rows(tab, demo_db, tmp_path, monkeypatch,
                                                                              boxes):
    from kindergarten_desktop.ui.roster import import_dialog
    from tests.roster.class_lists import nam_nu_list

    seen: dict[str, object] = {}

    def run(dialog):
        seen["year"], seen["class"] = dialog.year.currentData(), dialog.klass.currentText()
        dialog.skip.setChecked(True)
        dialog.apply()
        return 1

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", run)
    monkeypatch.setattr(import_dialog.ImportResultDialog, "exec",
                        lambda self: seen.setdefault("left_out", self.details.toPlainText()) and 0)
    tab.import_excel(str(nam_nu_list(tmp_path / "choi2.xlsx")))
    assert (seen["year"], seen["class"]) == ("2025-2026", "Chồi 2")  # from the title, not the selected class
    assert "31/04/2021" in seen["left_out"] and "row 8" in seen["left_out"]
    assert tab.current_class().name == "Chồi 2" and tab.model.rowCount() >= 2  # the imported class on screen
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    tab.import_excel(str(xls))
    assert boxes.said[-1][0] == "warning" and "Excel Workbook (.xlsx)" in boxes.said[-1][1]


def test_import_of_next_years_list_shows_that_year(tab, tmp_path, monkeypatch, boxes):
    from kindergarten_desktop.ui.roster import import_dialog
    from tests.roster.class_lists import MGL_A1, class_list

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda dialog: (dialog.apply(), 1)[1])
    monkeypatch.setattr(import_dialog.ImportResultDialog, "exec", lambda self: 0)
    path = class_list(tmp_path / "next.xlsx", MGL_A1[:3], title="DANH SÁCH TRẺ LỚP LÁ 6", year_line="Năm học 2026-2027")
    tab.import_excel(str(path))
    assert tab.ctx.school_year.name == "2026-2027"
    assert tab.current_class().name == "Lá 6" and tab.model.rowCount() == 3


def test_the_class_list_to_import_is_looked_for_in_the_users_folder(tab, monkeypatch, tmp_path):
    """The open dialog started in the program's own folder (the working directory of a desktop
    shortcut), not in Documents or where the last document was saved."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from kindergarten_desktop.ui.reports.export import FOLDER_KEY

    QSettings().setValue(FOLDER_KEY, str(tmp_path))
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda _p, _t, folder, _f: (asked.append(folder), ("", ""))[1]))
    try:
        tab.import_excel()
    finally:
        QSettings().remove(FOLDER_KEY)
    assert asked == [str(tmp_path)]


def test_the_roles_written_as_numbers_are_qts():
    """children_model and the tab name their roles by number, so that importing them does not
    build Qt's namespace (the roster tab's first paint)."""
    from kindergarten_desktop.ui.roster import children_model
    from kindergarten_desktop.ui.tabs import roster_tab

    assert children_model.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole
    assert children_model.USER_ROLE == Qt.ItemDataRole.UserRole == roster_tab._USER_ROLE


def test_children_table_shows_its_headers_before_the_load_and_works_by_keyboard_after(qtbot, demo_db, demo_db_copy):
    """Built for the first paint (load=False), the children's table shows Qt-kept headers, the
    same as its model's, sorted up on "No." as before; the load gives it the children, sorted so,
    and the buttons follow the selection made with the keyboard (the new selection model's)."""
    from PySide6.QtGui import QKeySequence, QShortcut

    widget = RosterTab(AppContext(demo_db, demo_db_copy), load=False)
    qtbot.addWidget(widget)
    shown, header = widget.table.model(), widget.table.horizontalHeader()
    assert shown is not widget.proxy and shown.rowCount() == 0
    assert [shown.headerData(i, Qt.Orientation.Horizontal) for i in range(shown.columnCount())] \
        == [widget.model.headerData(i, Qt.Orientation.Horizontal) for i in range(widget.model.columnCount())]
    assert header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    assert [s.key() for s in widget.findChildren(QShortcut)] == [QKeySequence(Qt.Key.Key_Insert)]
    widget.show()
    widget.load()
    assert widget.table.model() is widget.proxy and widget.proxy.rowCount() > 3
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    in_order = [widget.proxy.index(r, 1).data() for r in range(widget.proxy.rowCount())]
    assert in_order == [widget.model.index(r, 1).data() for r in range(widget.model.rowCount())]
    assert header.sectionSize(1) == 190  # the widths set for the headers stay with the rows
    assert not widget.child_buttons["edit"].isEnabled()
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_Down)
    qtbot.keyClick(widget.table, Qt.Key.Key_Down)
    assert widget.selected_child() is not None and widget.child_buttons["edit"].isEnabled()
    assert widget.correct_button.isEnabled()
    widget.table.clearSelection()
    assert not widget.child_buttons["edit"].isEnabled()
    widget.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a click on "No." again
    assert widget.proxy.index(0, 1).data() == in_order[-1]
    widget.refresh()  # again: the same model stays, the buttons still follow
    assert widget.table.model() is widget.proxy
    widget.table.selectRow(0)
    assert widget.child_buttons["edit"].isEnabled()

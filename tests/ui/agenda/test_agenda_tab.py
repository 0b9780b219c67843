"""The agenda tab on the demo school (2025-2026), as the principal would use it."""

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from kindergarten_desktop.agenda.items import AgendaItem, list_items
from kindergarten_desktop.agenda.recurring import list_recurring
from kindergarten_desktop.school import ensure_school_year
from kindergarten_desktop.ui import i18n
from kindergarten_desktop.ui.agenda.items_model import MIME, AgendaItemsModel
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tabs.agenda_tab import AgendaTab


@pytest.fixture
def tab(qtbot, demo_db, demo_db_copy, monkeypatch):
    i18n.install_translators("vi")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    ctx = AppContext(demo_db, demo_db_copy)
    widget = AgendaTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.month_combo.setCurrentIndex(widget.month_combo.findData("2025-10"))
    return widget


def _titles(tab):
    return [tab.model.item_at(r).title for r in range(tab.model.rowCount())]


def _items(tab):
    return [tab.model.item_at(r) for r in range(tab.model.rowCount())
            if isinstance(tab.model.item_at(r), AgendaItem)]


def test_model_passes_qt_checks_and_shows_recurring_then_items(tab, qtmodeltester):
    qtmodeltester.check(tab.model)
    year = tab.ctx.school_year
    recurring = list_recurring(tab.ctx.db, year.id)
    assert tab.model.rowCount() == len(recurring) + len(list_items(tab.ctx.db, year.id, "2025-10"))
    assert tab.model.index(0, 0).data() == "Hằng tháng"
    assert "Trung thu" in " ".join(_titles(tab))
    assert "Tháng 10/2025" in tab.summary.text()
    assert tab.month_combo.count() == 12 and tab.month_combo.itemText(0) == "Tháng 09/2025"


def test_add_refuses_bad_input_keeps_it_then_saves_and_undoes(tab):
    dialog = tab._dialog(None)
    dialog.title.setText("   ")
    dialog.accept()
    assert dialog.result() == 0 and "phải" in dialog.error.text()  # the work to do must be written
    dialog.title.setText("Kiểm tra bếp ăn bán trú")
    dialog.start.set_value(dt.date(2025, 10, 14))
    dialog.deadline.set_value(dt.date(2025, 10, 10))
    dialog.accept()
    assert "Hạn" in dialog.error.text() and dialog.title.text() == "Kiểm tra bếp ăn bán trú"
    before = len(_items(tab))
    dialog.deadline.set_value(dt.date(2025, 10, 17))
    dialog.people.item(5).setCheckState(Qt.CheckState.Checked)  # nurse
    dialog.accept()
    assert dialog.result() == 1
    added = tab.selected_item()
    assert added.title == "Kiểm tra bếp ăn bán trú" and added.week == 3 and added.responsible == "nurse"
    assert len(_items(tab)) == before + 1
    tab.undo_stack.undo()
    assert len(_items(tab)) == before
    tab.undo_stack.redo()
    assert "Kiểm tra bếp ăn bán trú" in _titles(tab)


def test_date_outside_the_school_year_is_refused(tab):
    dialog = tab._dialog(None)
    dialog.title.setText("Việc sai năm")
    dialog.start.set_value(dt.date(2026, 9, 15))
    dialog.accept()
    assert dialog.result() == 0 and "năm học" in dialog.error.text()


def test_delete_asks_and_can_be_undone(tab, monkeypatch):
    first = _items(tab)[0]
    tab.select_item(first.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.delete_item()
    assert first in _items(tab)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_item()
    assert first.id not in [i.id for i in _items(tab)]
    tab.undo_stack.undo()
    assert _items(tab)[0] == first


def test_keyboard_reorder_and_mark_done(tab, qtbot):
    items = _items(tab)
    same_week = next(a for a, b in zip(items, items[1:], strict=False) if a.week == b.week)
    tab.select_item(same_week.id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    order = [i.id for i in _items(tab)]
    assert order.index(same_week.id) == [i.id for i in items].index(same_week.id) + 1
    assert tab.selected_item().id == same_week.id
    tab.mark_done()
    assert tab.selected_item().status == "done"
    tab.undo_stack.undo()
    assert tab.selected_item().status == same_week.status


def test_drag_and_drop_moves_an_undated_item_into_another_week(tab):
    undated = next(i for i in _items(tab) if i.start_date is None)
    target = next(i for i in _items(tab) if i.week_key != undated.week_key)
    data = QMimeData()
    data.setData(MIME, str(undated.id).encode())
    tab.model.dropMimeData(data, Qt.DropAction.MoveAction, tab.model.row_of(target.id), 0, QModelIndex())
    moved = next(i for i in _items(tab) if i.id == undated.id)
    assert moved.week == target.week
    ids = [i.id for i in _items(tab)]
    assert ids.index(undated.id) + 1 == ids.index(target.id)


def test_calendar_shows_tet_and_lunar_dates(tab):
    tab.month_combo.setCurrentIndex(tab.month_combo.findData("2026-02"))
    tab.views.setCurrentIndex(1)
    grid = tab.calendar_model.grid
    row = next(r for r, week in enumerate(grid.weeks) if any(c.day == dt.date(2026, 2, 17) for c in week))
    text = tab.calendar_model.index(row, 1).data()  # Tuesday 17/02/2026
    assert text.startswith("17   (1/1 ÂL)") and "Tết Nguyên Đán" in text
    assert tab.calendar_model.headerData(0, Qt.Orientation.Horizontal) == "Thứ Hai"


def test_calendar_in_english_names_public_holidays_in_english(tab):
    i18n.install_translators("en")
    try:
        tab.month_combo.setCurrentIndex(tab.month_combo.findData("2026-02"))
        grid = tab.calendar_model.grid
        row = next(r for r, week in enumerate(grid.weeks) if any(c.day == dt.date(2026, 2, 17) for c in week))
        text = tab.calendar_model.index(row, 1).data()
        assert text.startswith("17   (1/1 lunar)") and "★ Lunar New Year" in text and "Tết Nguyên Đán" not in text
    finally:
        i18n.install_translators("vi")


def test_new_year_from_last_year_and_from_template(tab, monkeypatch):
    db = tab.ctx.db
    new_year = ensure_school_year(db, 2026)
    tab.ctx.set_school_year(new_year.id)
    assert "chưa có kế hoạch" in tab.summary.text()
    tab.plan_from_last_year()
    copied = list_items(db, new_year.id)
    assert copied and all(i.to_review for i in copied)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    tab.plan_from_template()
    assert list_items(db, new_year.id) == copied  # refused replacing: nothing changed
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.plan_from_template()
    assert not any(i.to_review for i in list_items(db, new_year.id))


def test_recurring_editor_refuses_empty_title_and_deletes_undoably(tab, monkeypatch):
    from kindergarten_desktop.ui.agenda.recurring_dialog import RecurringDialog

    dialog = RecurringDialog(tab.ctx.db, tab.ctx.school_year, tab.undo_stack, tab.load_month, tab)
    count = dialog.list.count()
    dialog._new()
    dialog._save()
    assert dialog.error.text() and dialog.list.count() == count
    dialog.title.setText("Họp hội đồng sư phạm")
    dialog.people.setText("Hiệu trưởng; Công đoàn")
    dialog.months["2026-07"].setChecked(False)
    dialog._save()
    saved = dialog.current()
    assert saved.responsible == "principal;union" and saved.skipped == {"2026-07"}
    assert "Họp hội đồng sư phạm" in _titles(tab)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog._delete()
    assert "Họp hội đồng sư phạm" not in _titles(tab)
    tab.undo_stack.undo()
    assert "Họp hội đồng sư phạm" in _titles(tab)


def test_headers(tab):
    assert tab.model.headerData(AgendaItemsModel.WORK, Qt.Orientation.Horizontal) == "Nội dung công việc"


@pytest.mark.parametrize("action, suffix", [("export_month", "pdf"), ("export_year", "xlsx")])
def test_save_the_month_and_the_year(tab, qtbot, tmp_path, monkeypatch, action, suffix):
    from kindergarten_desktop.ui.reports import export

    target = tmp_path / f"agenda.{suffix}"
    monkeypatch.setattr(export, "ask_save_path", lambda *a, **k: target)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    flow = getattr(tab, action)()
    with qtbot.waitSignal(flow.finished, timeout=20000) as blocker:
        pass
    assert blocker.args == [target] and target.stat().st_size > 1000
    assert shown and str(target) in shown[0]


def test_item_actions_need_a_chosen_item(tab):
    actions = tab.actions_by_name
    tab.table.selectionModel().clearCurrentIndex()
    assert not any(actions[n].isEnabled() for n in ("edit", "done", "delete", "up", "down"))
    assert actions["add"].isEnabled()
    tab.select_item(_items(tab)[0].id)
    assert all(actions[n].isEnabled() for n in ("edit", "done", "delete", "up", "down"))
    recurring_row = next(r for r in range(tab.model.rowCount()) if not isinstance(tab.model.item_at(r), AgendaItem))
    tab.table.setCurrentIndex(tab.model.index(recurring_row, 0))
    assert not actions["delete"].isEnabled()


def test_a_long_item_keeps_the_print_button_in_the_toolbar(tab, qtbot):
    """The undo button is titled with the item: a long one ("Hoàn tác thêm “Tổ chức hội thi …”")
    pushed "Kế hoạch năm học mới" and "In" off the toolbar, and its ›› menu does not list them."""
    from PySide6.QtWidgets import QToolButton

    tab.resize(1260, 700)
    qtbot.wait(20)
    long_title = ("Tổ chức hội thi \"Bé khỏe – Bé ngoan\" cấp trường cho trẻ mẫu giáo 5–6 tuổi, mời đại diện "
                  "cha mẹ trẻ và Ban đại diện cha mẹ học sinh tham dự, chấm điểm và trao thưởng")
    dialog = tab._dialog(None)
    dialog.title.setText(long_title)
    dialog.accept()
    assert dialog.result() == 1 and tab.selected_item().title == long_title  # the item itself is whole
    qtbot.wait(20)
    undo = tab.actions_by_name["undo"]
    assert undo.isEnabled() and undo.text() == "Hoàn tác"
    assert undo.toolTip().startswith("Hoàn tác thêm “Tổ chức hội thi") and "…" in undo.toolTip()
    buttons = {b.text(): b for b in tab.findChildren(QToolButton)}
    for text in ("&In", "Kế hoạch năm học mới"):
        assert buttons[text].isVisible(), text
    tab.undo_stack.undo()
    assert long_title not in _titles(tab)


def test_the_roles_written_as_numbers_are_qts():
    """ui/roles.py numbers Qt's roles, so that the agenda's models are imported without Qt's namespace."""
    from kindergarten_desktop.ui import roles

    assert (roles.DISPLAY, roles.TOOLTIP, roles.FONT, roles.TEXT_ALIGNMENT, roles.BACKGROUND, roles.FOREGROUND,
            roles.USER) == (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
                            Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
                            Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.UserRole)


def test_list_and_calendar_show_their_headers_before_the_load_and_work_by_keyboard_after(
        qtbot, demo_db, demo_db_copy, monkeypatch):
    """Built for the first paint (load=False), the list and the calendar show Qt-kept headers, the
    same as their models'; the load gives them their models, and the item actions follow the row
    chosen with the keyboard (the new selection model's) and answer their keys in the tab."""
    from PySide6.QtGui import QKeySequence

    i18n.install_translators("vi")
    widget = AgendaTab(AppContext(demo_db, demo_db_copy), load=False)
    qtbot.addWidget(widget)
    for view, model in ((widget.table, widget.model), (widget.calendar, widget.calendar_model)):
        shown = view.model()
        assert shown is not model and shown.rowCount() == 0
        assert [shown.headerData(i, Qt.Orientation.Horizontal) for i in range(shown.columnCount())] \
            == [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    widget.show()
    widget.load()
    assert widget.table.model() is widget.model and widget.calendar.model() is widget.calendar_model
    assert widget.calendar_model.rowCount() >= 4 and widget.table.defaultDropAction() == Qt.DropAction.MoveAction
    actions = widget.actions_by_name
    assert actions["add"].shortcut() == QKeySequence(Qt.Key.Key_Insert)
    assert actions["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert actions["print_month"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert {a.shortcutContext() for n, a in actions.items() if not a.shortcut().isEmpty()} \
        == {Qt.ShortcutContext.WidgetWithChildrenShortcut}
    widget.month_combo.setCurrentIndex(widget.month_combo.findData("2025-10"))
    assert not actions["edit"].isEnabled()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.table.setFocus()
    planned = next(r for r in range(widget.model.rowCount())
                   if isinstance(widget.model.item_at(r), AgendaItem) and widget.model.item_at(r).status != "done")
    qtbot.keyClick(widget.table, Qt.Key.Key_Home)
    for _ in range(planned):
        qtbot.keyClick(widget.table, Qt.Key.Key_Down)
    assert widget.selected_item() is not None and actions["edit"].isEnabled() and actions["done"].isEnabled()
    chosen = widget.selected_item()
    assert chosen == widget.model.item_at(planned)
    qtbot.keyClick(widget.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Mark done, by its key
    assert next(i for i in _items(widget) if i.id == chosen.id).status == "done"
    widget.refresh()  # again: the same models stay
    assert widget.table.model() is widget.model and widget.calendar.model() is widget.calendar_model

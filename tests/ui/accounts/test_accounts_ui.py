"""The accounts in the GUI: keyboard-only sign-in, tabs and menus per role, sign out and the
idle lock, the accounts manager, the audit viewer and a record's history."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kindergarten_desktop.accounts import users
from kindergarten_desktop.accounts.audit import field_label
from kindergarten_desktop.db import session
from kindergarten_desktop.ui.accounts import session_ui
from kindergarten_desktop.ui.accounts.accounts_dialog import AccountEditDialog, AccountsDialog, PasswordDialog
from kindergarten_desktop.ui.accounts.audit_viewer import AuditViewer
from kindergarten_desktop.ui.accounts.sign_in_dialog import SignInDialog
from tests.accounts.conftest import _fast_kdf, accounts_db, accounts_db_copy, accounts_db_file, act_as  # noqa: F401


def _tab_shown(window) -> dict[str, bool]:
    from kindergarten_desktop.ui.tabs import TAB_SPECS

    return {spec.key: window.tabs.isTabVisible(i) for i, spec in enumerate(TAB_SPECS)}


@pytest.fixture(autouse=True)
def _vietnamese_messages():
    from kindergarten_desktop.errors import set_language

    set_language("vi")
    yield
    set_language("vi")


def test_sign_in_with_the_keyboard_only(qtbot, accounts_db):  # noqa: F811
    from PySide6.QtCore import QSettings

    QSettings().remove("accounts/last_user")
    dialog = SignInDialog(accounts_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.user
    names = [dialog.user.itemData(i) for i in range(dialog.user.count())]
    assert names == ["bep", "giaovien", "hieutruong", "ketoan", "yte"]
    for _ in range(names.index("ketoan")):
        qtbot.keyClick(dialog.user, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.user, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, "sai")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.password.text() == "" and session.current(accounts_db) is None
    qtbot.keyClicks(dialog.password, "demo")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.account.username == "ketoan" and session.current(accounts_db).username == "ketoan"
    again = SignInDialog(accounts_db)  # the next time, the same person is proposed
    qtbot.addWidget(again)
    assert again.user.currentData() == "ketoan"


def test_the_wait_after_wrong_passwords_counts_down(qtbot, accounts_db):  # noqa: F811
    dialog = SignInDialog(accounts_db, locked_by="yte")
    qtbot.addWidget(dialog)
    assert dialog.user.currentData() == "yte"
    for _ in range(users.FREE_TRIES + 1):
        dialog.password.setText("sai")
        dialog.ok.click()
    assert "5" in dialog.message.text() and dialog._countdown.isActive()
    dialog._tick()
    assert "4" in dialog.message.text()


@pytest.mark.parametrize(("user", "shown", "accounts_enabled"), [
    ("hieutruong", {"roster": True, "growth": True, "meals": True, "agenda": True, "kitchen": True}, True),
    ("ketoan", {"roster": True, "growth": False, "meals": True, "agenda": True, "kitchen": False}, False),
    ("yte", {"roster": True, "growth": True, "meals": False, "agenda": True, "kitchen": False}, False),
    ("bep", {"roster": False, "growth": False, "meals": True, "agenda": True, "kitchen": True}, False),
    ("giaovien", {"roster": True, "growth": True, "meals": False, "agenda": True, "kitchen": False}, False),
])
def test_each_role_sees_its_tabs_and_menus(controller, user, shown, accounts_enabled):
    act_as(controller.ctx.db, user)
    controller.show_window()
    window = controller.window
    assert _tab_shown(window) == shown
    accounts = window.findChild(type(window.menuBar().actions()[0]), "actionAccounts")
    assert accounts.isEnabled() is accounts_enabled
    if not accounts_enabled:
        assert "principal" in accounts.toolTip() or "hiệu trưởng" in accounts.toolTip()
    assert window.findChild(type(accounts), "actionSignOut") is not None
    label = window.statusBar().findChild(type(window.db_label), "signedInLabel")
    assert user in label.text() or users.get(controller.ctx.db, user).full_name in label.text()


def test_sign_out_asks_who_is_next_and_rebuilds_for_their_role(controller, monkeypatch):
    act_as(controller.ctx.db, "ketoan")
    controller.show_window()
    first = controller.window
    asked = []

    def fake_sign_in(db, parent, school="", locked_by=None, **_options):
        asked.append(locked_by)
        assert not first.isVisible()  # the data is hidden while nobody is signed in
        act_as(db, "yte")
        return True

    monkeypatch.setattr(session_ui, "ask_sign_in", fake_sign_in)
    first.findChild(type(first.menuBar().actions()[0]), "actionSignOut").trigger()
    assert asked == [None]
    assert controller.window is not first
    assert _tab_shown(controller.window)["growth"] and not _tab_shown(controller.window)["meals"]


def test_idle_lock_keeps_the_window_for_the_same_person(controller, monkeypatch):
    act_as(controller.ctx.db, "yte")
    controller.show_window()
    controller.interactive = True
    session_ui.start_idle_lock(controller)
    assert controller.idle_lock.timer.interval() == 15 * 60_000
    window = controller.window

    def same_person(db, parent, school="", locked_by=None, **_options):
        assert locked_by == "yte" and session.current(db) is None
        act_as(db, "yte")
        return True

    monkeypatch.setattr(session_ui, "ask_sign_in", same_person)
    controller.idle_lock.timer.timeout.emit()
    assert controller.window is window and window.isVisible()
    assert controller.idle_lock is not None and controller.idle_lock.timer.isActive()
    controller.interactive = False


def test_accounts_manager_creates_the_first_account_and_shows_the_code(qtbot, db, monkeypatch):
    from kindergarten_desktop.ui.accounts import accounts_dialog

    codes = []
    monkeypatch.setattr(accounts_dialog, "show_recovery_code", lambda parent, code: codes.append(code))
    dialog = AccountsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and "no accounts" in dialog.intro.text()

    def fill():
        edit = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AccountEditDialog) and w.isVisible())
        assert edit.role_boxes["principal"].isChecked()
        edit.username.setText("HieuTruong")
        edit.full_name.setText("Nguyễn Thị Hạnh")
        edit.password.setText("mat-khau")
        edit.again.setText("mat-khau")
        edit._apply()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fill)
    dialog._add()
    assert len(codes) == 1 and len(codes[0]) == 24
    assert [a.username for a in users.list_accounts(db)] == ["hieutruong"]
    assert dialog.model.rowCount() == 1 and dialog.model.data(dialog.model.index(0, 2)) == "principal"


def test_accounts_manager_roles_classes_password_and_disable(qtbot, accounts_db, monkeypatch):  # noqa: F811
    act_as(accounts_db, "hieutruong")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    dialog = AccountsDialog(accounts_db)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 5
    edit = AccountEditDialog(accounts_db, None, dialog)
    edit.username.setText("cohoa")
    edit.password.setText("abcd1234")
    edit.again.setText("abcd1234")
    edit.role_boxes["teacher"].setChecked(True)
    edit._apply()
    assert warnings and "lớp" in warnings[-1]  # a teacher needs a class
    assert edit.classes.isEnabled()
    edit.classes.item(2).setCheckState(Qt.CheckState.Checked)
    edit._apply()
    assert users.get(accounts_db, "cohoa").class_ids
    password = PasswordDialog(accounts_db, "cohoa", dialog)
    password.new.setText("moi-moi")
    password.again.setText("moi-moi")
    password._apply()
    assert users.authenticate(accounts_db, "cohoa", "moi-moi").username == "cohoa"
    dialog.reload()
    row = [a.username for a in dialog.model.rows].index("hieutruong")
    dialog.view.selectRow(row)
    dialog._toggle()  # the last principal stays
    assert "hiệu trưởng cuối cùng" in warnings[-1] and users.get(accounts_db, "hieutruong").active


def _many_changes(db, n: int) -> None:
    rows = [((dt.datetime(2030, 3, 1) + dt.timedelta(minutes=i)).isoformat(sep=" "), "ketoan" if i % 2 else "yte",
             "meal_payment", str(i), "update", None, '{"amount": 1}', '{"amount": 2}') for i in range(n)]
    with session.system(db), db.atomic():
        db.conn.executemany("INSERT INTO audit_log (at, actor, table_name, record_id, action, child_id, before, "
                            "after) VALUES (?,?,?,?,?,?,?,?)", rows)


def test_audit_viewer_pages_as_it_scrolls_and_filters(qtbot, accounts_db):  # noqa: F811
    _many_changes(accounts_db, 450)
    act_as(accounts_db, "hieutruong")
    viewer = AuditViewer(accounts_db)
    qtbot.addWidget(viewer)
    model = viewer.model
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    assert "400" in viewer.status.text()
    viewer.who.setCurrentIndex(viewer.who.findData("ketoan"))
    viewer.apply()
    assert {e.actor for e in model.rows} == {"ketoan"}
    assert model.data(model.index(0, 5)) == f"{field_label('amount')}: 1 → 2"  # the window's language
    assert model.data(model.index(0, 3)).startswith("Receipt #")
    viewer.use_period.setChecked(True)
    viewer.since.setDate(viewer.since.date().fromString("2030-03-01", "yyyy-MM-dd"))
    viewer.until.setDate(viewer.until.date().fromString("2030-03-01", "yyyy-MM-dd"))
    viewer.apply()
    assert model.rowCount() == 200 and {e.at.date() for e in model.rows} == {dt.date(2030, 3, 1)}


def test_history_of_a_receipt_and_of_a_child(qtbot, accounts_db):  # noqa: F811
    from kindergarten_desktop.meals.payments import add_payment

    act_as(accounts_db, "ketoan")
    child = accounts_db.execute("SELECT child_id FROM enrollment WHERE end_date IS NULL LIMIT 1").fetchone()[0]
    payment = add_payment(accounts_db, child, dt.date(2026, 3, 16), 250_000, payer="Bố", confirmed=True)
    viewer = AuditViewer(accounts_db, history=("meal_payment", payment.id))
    qtbot.addWidget(viewer)
    assert viewer.filters.isHidden() and viewer.model.rowCount() == 1
    assert f"{field_label('amount')}: 250000" in viewer.model.data(viewer.model.index(0, 5))
    act_as(accounts_db, "hieutruong")
    child_view = AuditViewer(accounts_db, child_id=child)
    qtbot.addWidget(child_view)
    assert child_view.model.rowCount() >= 1 and {e.child_id for e in child_view.model.rows} == {child}


def test_what_can_i_do_says_why(qtbot, accounts_db):  # noqa: F811
    act_as(accounts_db, "bep")
    dialog = session_ui.PermissionsDialog(accounts_db)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Menus and food inspection" in text and "<i>principal / accountant</i>" in text


def test_child_dialog_and_receipts_page_open_the_history(qtbot, controller, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from kindergarten_desktop.meals.payments import add_payment
    from kindergarten_desktop.ui.accounts import audit_viewer
    from kindergarten_desktop.ui.meals.payments_page import PaymentsPage
    from kindergarten_desktop.ui.meals.table_model import ROW_ROLE
    from kindergarten_desktop.ui.roster.child_dialog import ChildDialog

    db = controller.ctx.db
    act_as(db, "ketoan")
    child = db.execute("SELECT child_id FROM enrollment WHERE end_date IS NULL LIMIT 1").fetchone()[0]
    payment = add_payment(db, child, dt.date(2026, 3, 16), 120_000, payer="Mẹ", confirmed=True)
    opened = []
    monkeypatch.setattr(audit_viewer.AuditViewer, "exec", lambda self: opened.append(self.model.rows))
    controller.show_window()
    payments = controller.window.show_tab("meals").payments  # pages are built when first used
    assert isinstance(payments, PaymentsPage)
    payments.refresh()
    model = payments.payments_table.model()
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), ROW_ROLE).id == payment.id)
    payments.payments_table.selectRow(row)
    payments._history()
    assert [(e.table, e.record_id, e.action) for e in opened[-1]] == [("meal_payment", str(payment.id), "insert")]
    year = controller.ctx.school_year
    dialog = ChildDialog(db, year, None, child)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton, "childHistory") is None  # the accountant does not read the trail
    act_as(db, "hieutruong")
    dialog = ChildDialog(db, year, None, child)
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "childHistory").click()
    assert opened[-1] and {e.child_id for e in opened[-1]} == {child}


def test_a_teacher_sees_the_classes_assigned_in_the_roster_and_growth_tabs(controller):
    act_as(controller.ctx.db, "giaovien")
    controller.show_window()
    roster = controller.window.show_tab("roster")
    assert [roster.classes.item(i).data(Qt.ItemDataRole.UserRole).name for i in range(roster.classes.count())] \
        == ["Nhà trẻ 1"]
    growth = controller.window.show_tab("growth")
    assert [growth.classes.itemText(i) for i in range(growth.classes.count())] == ["Nhà trẻ 1"]


def test_the_kitchen_sees_counts_and_the_market_book_not_the_money(controller):
    act_as(controller.ctx.db, "bep")
    controller.show_window()
    meals = controller.window.show_tab("meals")
    for name in ("count", "market", "ledger", "payments", "rates", "discounts"):
        getattr(meals, name)  # pages are built when first used: a hidden one stays hidden once built
    shown = {meals.pages.widget(i): meals.pages.isTabVisible(i) for i in range(meals.pages.count())}
    assert shown[meals.count] and shown[meals.market]
    assert not shown[meals.ledger] and not shown[meals.payments] and not shown[meals.rates]
    assert not shown[meals.discounts]


def test_every_audited_table_has_a_name_in_the_viewer_and_the_export(accounts_db, qapp):  # noqa: F811
    """The viewer showed "growth_round_narrative #1" (the nurse's assessment of a round) and the
    export "growth_round_narrative": 18 tables had no name, the kitchen's and the money's too."""
    from kindergarten_desktop.accounts.audit import TABLES_VI
    from kindergarten_desktop.db import audit as audit_triggers
    from kindergarten_desktop.db import permissions
    from kindergarten_desktop.ui import i18n
    from kindergarten_desktop.ui.accounts.labels import table_label

    audited = [t for t in permissions.user_tables(accounts_db) if t not in audit_triggers.NOT_AUDITED]
    assert [t for t in audited if t not in TABLES_VI] == []
    i18n.install_translators("vi")
    try:
        assert [t for t in audited if table_label(t) == t] == []
        assert table_label("growth_round_narrative") == "Nhận xét đợt cân đo"
    finally:
        i18n.install_translators("en")
    assert table_label("growth_round_narrative") == "Round assessment"


def test_the_viewers_export_writes_what_the_filters_show(qtbot, accounts_db, tmp_path, monkeypatch):  # noqa: F811
    """The principal filters the trail (one person, one kind of record) and exports it: the file
    held the whole trail, only the period was passed on."""
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    _many_changes(accounts_db, 30)
    act_as(accounts_db, "hieutruong")
    viewer = AuditViewer(accounts_db)
    qtbot.addWidget(viewer)
    viewer.who.setCurrentIndex(viewer.who.findData("ketoan"))
    viewer.apply()
    shown = viewer.model.rowCount()
    assert 0 < shown < len(list(accounts_db.execute("SELECT id FROM audit_log")))
    out = tmp_path / "nhat-ky.xlsx"
    asked = []

    def save_as(_parent, _title, suggested, _filters):
        asked.append(suggested)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    from PySide6.QtCore import QSettings

    from kindergarten_desktop.ui.reports.export import FOLDER_KEY

    try:
        viewer.export()  # written off the GUI thread, on a connection of its own
        qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    finally:
        QSettings().remove(FOLDER_KEY)  # the folder it remembered: not for the next tests
    assert str(shown) in told[0] and str(out) in told[0]
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == shown and {r[1] for r in rows} == {"ketoan"}
    assert asked and asked[0] != "nhat-ky-thay-doi.xlsx"  # a folder of the user's, not the program's


def test_an_export_that_cannot_be_written_says_why(qtbot, accounts_db, tmp_path, monkeypatch):  # noqa: F811
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from kindergarten_desktop.ui.reports.export import FOLDER_KEY

    act_as(accounts_db, "hieutruong")
    viewer = AuditViewer(accounts_db)
    qtbot.addWidget(viewer)
    target = tmp_path / "khong-co" / "nhat-ky.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text)))
    try:
        viewer.export()
        qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    finally:
        QSettings().remove(FOLDER_KEY)
    assert str(target) in warned[0] and "Traceback" not in warned[0]
    assert not target.parent.exists()

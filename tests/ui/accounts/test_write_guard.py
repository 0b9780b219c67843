"""The window disables what the signed-in role may not change and says why (issue 18 item 1):
every role with the real main window, every tab built, which edit buttons are enabled."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from kindergarten_desktop.ui.accounts import write_guard
from kindergarten_desktop.ui.tabs import TAB_SPECS
from tests.accounts.conftest import _fast_kdf, accounts_db_copy, accounts_db_file, act_as  # noqa: F401

USERS = {"principal": "hieutruong", "accountant": "ketoan", "nurse": "yte", "kitchen": "bep", "teacher": "giaovien"}


def _touch(table: str) -> str:
    return f'UPDATE "{table}" SET rowid = rowid WHERE rowid = (SELECT max(rowid) FROM "{table}")'


def _setting(key: str) -> str:
    return (f"INSERT INTO setting (key, value) VALUES ('{key}', '1') "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value")


def _of_my_class(table: str, day: str) -> str:
    """The latest row about a child of the signed-in teacher's class (any class for another role)."""
    return (f'UPDATE "{table}" SET child_id = child_id WHERE (child_id, {day}) = (SELECT t.child_id, t.{day} '
            f'FROM "{table}" t JOIN enrollment e ON e.child_id = t.child_id AND e.start_date <= t.{day} '
            f"AND (e.end_date IS NULL OR e.end_date >= t.{day}) "
            f"ORDER BY kd_teaches(e.class_id) DESC, t.{day} DESC LIMIT 1)")


# (area, for the classes assigned) of a tagged control -> the writes of the storage it stands
# for: the tables (and setting keys) its controls write. The storage's answer for a role is
# what its triggers do with these writes; every control of the group must agree with it.
PROBES: dict[tuple[str, bool], tuple[str, ...]] = {
    ("school", False): (_touch("school"), _setting("school.probe")),
    ("roster", False): (_touch("child"), _touch("class"), _touch("staff"), _touch("enrollment")),
    ("attendance", True): (_of_my_class("attendance", "day"),),
    ("growth", False): (_touch("growth_round"), _setting("growth.targets")),  # school-wide: not a teacher's
    ("growth", True): (_of_my_class("measurement", "visit_date"),),
    ("meals", False): (_setting("meals.rules"), _touch("meal_payment")),
    ("closing", False): ("UPDATE month_lock SET closed_through = closed_through WHERE id = 1",),
    ("reopening", False): ("DELETE FROM month_lock",),
    ("market", False): (_touch("purchase"),),
    ("stock", False): (_touch("stock_use"),),
    ("kitchen", False): (_touch("dish"), _touch("daily_menu")),
    ("agenda", False): (_touch("agenda_item"),),
    ("accounts", False): ("UPDATE account_role SET role = role WHERE account_id = "
                          "(SELECT max(account_id) FROM account_role)",),
}


class _Undo(Exception):
    pass


def storage_allows(db, sql: str) -> bool:
    """Try the write (rolled back after): False when a permission trigger refuses it."""
    from kindergarten_desktop.db.refusals import PermissionDenied

    try:
        with db.atomic():
            assert db.execute(sql).rowcount >= 1, f"the probe wrote nothing: {sql}"  # else no trigger ran
            raise _Undo
    except _Undo:
        return True
    except PermissionDenied:
        return False


def _build_visible_tabs(window) -> None:
    from kindergarten_desktop.ui.tabs import TAB_SPECS

    for index, spec in enumerate(TAB_SPECS):
        if window.tabs.isTabVisible(index):
            tab = window.tab(spec.key)
            lazy = getattr(tab, "_lazy", None)  # pages built on first show: build them all
            for name in lazy.names() if lazy is not None else ():
                lazy.get(name)


def _groups(window) -> dict[tuple[str, bool], list]:
    found: dict[tuple[str, bool], list] = {}
    for target in write_guard.tagged(window):
        if target.property(write_guard.AREA_PROPERTY).startswith(write_guard.PRINTS):
            continue  # documents: test_print_buttons_follow_what_each_role_reads
        key = (target.property(write_guard.AREA_PROPERTY), bool(target.property(write_guard.FOR_CLASSES_PROPERTY)))
        found.setdefault(key, []).append(target)
    return found


# What each role reads (issue 18): the tabs it sees.
READS = {
    "principal": {"roster", "growth", "meals", "agenda", "kitchen"},
    "accountant": {"roster", "meals", "agenda"},  # reads rosters
    "nurse": {"roster", "growth", "agenda"},  # reads rosters
    "kitchen": {"meals", "agenda", "kitchen"},  # reads the meal counts
    "teacher": {"roster", "growth", "agenda"},  # reads the rosters of the classes assigned
}


@pytest.mark.parametrize("role", list(USERS))
def test_every_tagged_control_agrees_with_the_storage(controller, role):
    """One window per role, every tab and page built: each group of tagged write controls is
    enabled exactly when the storage lets the role make the writes it stands for, and otherwise
    disabled with "Only … may change this." naming the roles the storage lets."""
    from kindergarten_desktop.ui.accounts.session_ui import visible_tabs

    db = controller.ctx.db
    act_as(db, USERS[role])
    controller.show_window()
    window = controller.window
    assert {key for key, shown in visible_tabs(db).items() if shown} == READS[role]
    _build_visible_tabs(window)
    groups = _groups(window)
    assert sum(len(v) for v in groups.values()) >= 10, groups
    unprobed = set(groups) - set(PROBES)
    assert not unprobed, f"a tagged control group the table does not cover: {unprobed}"
    for (area, for_classes), targets in groups.items():
        answers = {sql: storage_allows(db, sql) for sql in PROBES[(area, for_classes)]}
        assert len(set(answers.values())) == 1, (role, area, answers)  # the tag's area is the storage's
        allowed = next(iter(answers.values()))
        expected_tip = write_guard.why_not_text(area, for_classes)
        for target in targets:
            held = bool(target.property("writesAreaDisabled"))
            assert held == (not allowed), (role, area, for_classes, target.text())
            if allowed:
                assert not target.toolTip().startswith("Only "), (role, area, target.text(), target.toolTip())
            else:
                assert not target.isEnabled() and target.toolTip() == expected_tip, (role, area, target.text())
                assert expected_tip.startswith("Only ") and expected_tip.endswith(" may change this.")
    if role == "teacher":  # reads the rosters of the classes assigned only
        roster = window.tab("roster")
        assert roster.classes.count() == 1
    if role == "accountant":
        roster = window.tab("roster")
        new_child = roster.child_buttons["new"]
        assert not new_child.isEnabled() and new_child.toolTip() == "Only principal may change this."
        roster.child_buttons["transfer"].setEnabled(True)  # the page's own logic (a child selected) ...
        assert not roster.child_buttons["transfer"].isEnabled()  # ... cannot undo the refusal
        meals = window.tab("meals")
        assert meals.payments.save.isEnabled()
        assert not meals.ledger.reopen_button.isEnabled()  # only the principal reopens
        assert "principal" in meals.ledger.reopen_button.toolTip()
    if role == "kitchen":
        agenda = window.tab("agenda")
        assert not agenda.actions_by_name["add"].isEnabled()
        assert agenda.actions_by_name["add"].toolTip() == "Only principal may change this."
        restore = window.findChild(QAction, "actionRestore")
        assert not restore.isEnabled() and restore.toolTip() == "Only principal may change this."


def test_a_reader_sees_attendance_read_only_without_an_error_dialog(controller, qtbot):
    """The nurse reads the rosters: the attendance cells are not markable, say why, and a click
    or a typed mark changes nothing and opens no dialog (it used to show the storage's refusal)."""
    from PySide6.QtCore import Qt

    db = controller.ctx.db
    act_as(db, "yte")
    controller.show_window()
    roster = controller.window.tab("roster")
    panel = roster.attendance
    year = controller.ctx.school_year
    panel.set_month(year.start_date.replace(day=1).replace(month=10))  # a month of the year gone by
    panel.set_class(roster.current_class().id)  # what showing the page does
    model = panel.model
    assert model.grid is not None and model.grid.children
    past = [d for d in model.days if d < model.today]
    column = model.column_of_day(past[-1])
    row = next(r for r, c in enumerate(model.grid.children) if c.enrolled_on(past[-1]))
    index = model.index(row, column)
    before = model.grid.status(model.grid.children[row].id, past[-1])
    assert model.markable(index) is None
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("Only principal or teacher may change this."), tip
    assert panel.closed_note.isVisibleTo(panel) and "Only principal or teacher may change this." in \
        panel.closed_note.text()
    panel.view.setCurrentIndex(index)
    panel._clicked(index)
    qtbot.keyClick(panel.view, Qt.Key.Key_U)
    assert model.grid.status(model.grid.children[row].id, past[-1]) == before
    assert model.unsaved_count() == 0 and not panel.retry.isVisibleTo(panel)
    assert not panel.all_present.isEnabled()
    assert not panel.legend.isVisibleTo(panel)  # "click a cell to change it" is not for a reader


def test_a_teacher_marks_the_class_assigned(controller):
    db = controller.ctx.db
    act_as(db, "giaovien")
    controller.show_window()
    roster = controller.window.tab("roster")
    panel = roster.attendance
    panel.set_class(roster.current_class().id)
    assert panel.model.grid is not None and panel.model.refused is None and not panel.closed_note.isVisibleTo(panel)
    assert panel.legend.isVisibleTo(panel)


def test_a_growth_round_is_the_nurses_and_the_teacher_is_told_so(controller):
    """A teacher enters measurements for the class assigned, but a round (and the targets) is
    school-wide: the buttons are disabled naming the nurse, as the storage's refusal does."""
    from kindergarten_desktop.errors import AppError
    from kindergarten_desktop.growth.rounds import add_round

    db = controller.ctx.db
    act_as(db, "giaovien")
    controller.show_window()
    growth = controller.window.tab("growth")
    for button in (growth.new_round, growth.targets):
        assert not button.isEnabled()
        assert button.toolTip() == "Only principal or nurse may change this."
    year = controller.ctx.school_year
    with pytest.raises(AppError) as refused:
        add_round(db, year, year.start_date)
    assert refused.value.text("en").endswith("only principal or nurse may.")


def test_the_meal_rules_are_refused_as_meals_naming_who_may(controller):
    """The rules are a setting of the meals area: the storage's refusal, the button's tag and its
    tooltip name the same area and roles (the refusal used to name the school's)."""
    from kindergarten_desktop.db.refusals import PermissionDenied
    from kindergarten_desktop.meals.settings import KEY, load_rules, save_rules

    db = controller.ctx.db
    act_as(db, "yte")
    with pytest.raises(PermissionDenied) as refused:
        save_rules(db, load_rules(db))
    assert refused.value.written == "meals" == write_guard.area_of_setting(KEY)
    assert refused.value.text("en") == ("The account yte (nurse) may not change meals, fees, discounts and receipts: "
                                        "only principal or accountant may.")
    controller.show_window()
    rates = controller.window.tab("meals").rates
    button = next(t for t in write_guard.tagged(rates) if t.text() == "Save the rules")
    assert button.property(write_guard.AREA_PROPERTY) == "meals"
    assert not button.isEnabled() and button.toolTip() == "Only principal or accountant may change this."
    act_as(db, "ketoan")
    save_rules(db, load_rules(db))  # the accountant's


def test_sign_out_and_in_as_another_role_gives_the_buttons_back(controller):
    act_as(controller.ctx.db, "ketoan")
    controller.show_window()
    assert not controller.window.tab("roster").class_buttons["new"].isEnabled()
    act_as(controller.ctx.db, "hieutruong")
    controller.show_window()  # what sign-in does after a sign-out
    window = controller.window
    _build_visible_tabs(window)
    assert window.tab("roster").class_buttons["new"].isEnabled()
    assert not any(t.property("writesAreaDisabled") for t in write_guard.tagged(window))


def test_a_school_without_accounts_sees_everything_enabled(qapp, demo_db_copy):
    from kindergarten_desktop.ui.app import Application

    app = Application(QApplication.instance(), "en", interactive=False)
    assert app.open(demo_db_copy) is None
    try:
        app.show_window()
        _build_visible_tabs(app.window)
        tagged = write_guard.tagged(app.window)
        assert len(tagged) >= 30
        assert not any(t.property("writesAreaDisabled") for t in tagged)
    finally:
        app.window.close()
        app.close_database(backup=False)


@pytest.mark.parametrize(("user", "shown", "hidden"), [
    ("giaovien", {"class-list", "attendance", "growth-cards", "agenda", "menu-week"},
     {"debt-list", "growth-summary", "school-stats", "meals-ledger", "nutrition"}),
    ("bep", {"nutrition", "inspection-book", "kitchen-slip", "menu-week"}, {"class-list", "growth-cards"}),
    ("yte", {"growth-summary", "class-list", "nutrition"}, {"debt-list", "market-book", "meals-ledger"}),
])
def test_the_reports_menu_lists_what_the_role_may_see(controller, user, shown, hidden):
    from PySide6.QtWidgets import QMenu

    act_as(controller.ctx.db, user)
    controller.show_window()
    window = controller.window
    window._fill_reports_menu()
    names = {a.objectName().removeprefix("report_") for a in window.findChild(QMenu, "reportsMenu").actions()}
    assert shown <= names and not hidden & names, names


def test_a_teacher_chooses_among_the_classes_assigned_in_the_report_dialog(controller):
    from kindergarten_desktop.accounts import users
    from kindergarten_desktop.reports.registry import get_kind
    from kindergarten_desktop.ui.reports.dialog import ReportDialog

    db = controller.ctx.db
    act_as(db, "giaovien")
    controller.show_window()
    dialog = ReportDialog(controller.ctx, get_kind("class-list"), controller.window)
    names = [dialog.klass.itemData(i) for i in range(dialog.klass.count())]
    assigned = [db.execute("SELECT name FROM class WHERE id = ?", [i]).fetchone()[0]
                for i in users.get(db, "giaovien").class_ids]
    assert names == assigned  # no "All classes", no other class
    dialog.close()


def test_a_teacher_sees_the_children_of_the_class_assigned_in_the_growth_summary(controller):
    """The summary's per-class rows and the lists naming children show the classes assigned;
    the whole school's and age groups' counts stay."""
    from kindergarten_desktop.accounts import users

    db = controller.ctx.db
    act_as(db, "giaovien")
    controller.show_window()
    growth = controller.window.tab("growth")
    summary = growth.summary
    summary.load(growth.current_round(), controller.ctx.school_year.end_date)
    mine = {db.execute("SELECT name FROM class WHERE id = ?", [i]).fetchone()[0]
            for i in users.get(db, "giaovien").class_ids}
    model = summary.classes_model
    labels = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert mine <= labels and "Whole school" in labels
    others = {n for (n,) in db.execute("SELECT name FROM class")} - mine
    assert not labels & others
    follow = summary.follow_model
    assert {follow.index(r, 0).data() for r in range(follow.rowCount())} <= mine
    whole = [a for a in growth.cards.menu().actions() if a.text() == "Whole school"]
    assert whole and not whole[0].isVisible()


def test_the_dialogs_opened_to_read_refuse_to_save_and_say_why(controller):
    """What a role may open to read (an agenda item, the recurring items, the staff, the school
    settings, the opening balances, a child's record, a class) has its saving buttons disabled."""
    import datetime as dt

    from PySide6.QtGui import QUndoStack

    from kindergarten_desktop.ui.agenda.recurring_dialog import RecurringDialog
    from kindergarten_desktop.ui.meals.money_dialogs import OpeningDialog
    from kindergarten_desktop.ui.roster.child_dialog import ChildDialog
    from kindergarten_desktop.ui.roster.class_dialog import ClassDialog
    from kindergarten_desktop.ui.settings_dialog import SchoolSettingsDialog
    from kindergarten_desktop.ui.staff_dialog import StaffDialog

    db, year = controller.ctx.db, controller.ctx.school_year
    act_as(db, "yte")
    controller.show_window()
    window = controller.window
    agenda = window.tab("agenda")
    roster = window.tab("roster")
    class_id = roster.current_class().id
    child_id = db.execute("SELECT child_id FROM enrollment WHERE class_id = ? LIMIT 1", [class_id]).fetchone()[0]
    dialogs = {
        "agenda item": (agenda._dialog(None), "Only principal may change this."),
        "recurring": (RecurringDialog(db, year, QUndoStack(), lambda: None, window), "Only principal may change this."),
        "staff": (StaffDialog(db, window), "Only principal may change this."),
        "settings": (SchoolSettingsDialog(db, window), "Only principal may change this."),
        "openings": (OpeningDialog(window, db, dt.date.today()), "Only principal or accountant may change this."),
        "child": (ChildDialog(db, year, class_id, child_id, window), "Only principal may change this."),
        "class": (ClassDialog(db, year.id, class_id, window), "Only principal may change this."),
    }
    for name, (dialog, tip) in dialogs.items():
        targets = write_guard.tagged(dialog)
        assert targets, name
        for target in targets:
            assert not target.isEnabled() and target.toolTip() == tip, (name, target.text())
        dialog.close()


# role -> print buttons of the meals and kitchen tabs usable, and greyed out with the reason.
PRINTABLE = {
    "accountant": ({"meals-ledger", "kitchen-slip", "market-book", "lunch-support"}, set()),
    "kitchen": ({"kitchen-slip", "market-book", "daily-posting", "inspection-book", "menu-week"},
                {"meals-ledger", "meals-statements", "meals-receipts", "lunch-support"}),
}


@pytest.mark.parametrize("role", list(PRINTABLE))
def test_print_buttons_follow_what_each_role_reads(controller, role):
    """The tabs' own print buttons obey reports/readers.py like the Reports menu and the CLI."""
    act_as(controller.ctx.db, USERS[role])
    controller.show_window()
    window = controller.window
    buttons = {}
    for key in ("meals", "kitchen"):
        if window.tabs.isTabVisible([spec.key for spec in TAB_SPECS].index(key)):
            buttons.update(window.tab(key).print_buttons)
    usable, refused = PRINTABLE[role]
    for kind in usable:
        assert buttons[kind].isEnabled(), (role, kind, buttons[kind].toolTip())
    for kind in refused:
        assert not buttons[kind].isEnabled(), (role, kind)
        assert USERS[role] in buttons[kind].toolTip(), (role, kind, buttons[kind].toolTip())


@pytest.mark.parametrize(("user", "kind", "class_name"), [
    ("yte", "growth-summary", None), ("giaovien", "attendance", "Nhà trẻ 1"), ("ketoan", "meals-ledger", None)])
def test_the_report_dialog_of_a_role_that_prints_the_document_saves(controller, monkeypatch, user, kind, class_name):
    """Save… / Print… in the Reports menu's dialog remember the document settings first: the
    nurse, a teacher or the accountant was stopped there with "only the principal may"."""
    from PySide6.QtWidgets import QMessageBox

    from kindergarten_desktop.reports.registry import get_kind
    from kindergarten_desktop.ui.reports.dialog import ReportDialog

    told = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _p, _t, text, *a, **k: told.append(text)))
    act_as(controller.ctx.db, user)
    controller.show_window()
    dialog = ReportDialog(controller.ctx, get_kind(kind), controller.window)
    if class_name is not None:
        dialog.klass.setCurrentIndex(dialog.klass.findData(class_name))
    dialog.number.setText("12/BC-MNHM")
    dialog.accept()
    assert told == [] and dialog.result() == dialog.DialogCode.Accepted
    again = ReportDialog(controller.ctx, get_kind(kind), controller.window)
    assert again.number.text() == "12/BC-MNHM"
    dialog.close()
    again.close()

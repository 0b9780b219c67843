"""The window disables what the signed-in role may not change and says why (issue 18 item 1):
every role with the real main window, every tab built, which edit buttons are enabled."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kindergarten_desktop.db import permissions
from kindergarten_desktop.ui.accounts import write_guard
from tests.accounts.conftest import _fast_kdf, accounts_db_copy, accounts_db_file, act_as  # noqa: F401

USERS = {"principal": "hieutruong", "accountant": "ketoan", "nurse": "yte", "kitchen": "bep", "teacher": "giaovien"}
# area -> may this role change it (what the window must show)
MAY = {
    "principal": set(permissions.AREAS),
    "accountant": {"meals", "closing", "market", "stock"},
    "nurse": {"growth"},
    "kitchen": {"kitchen", "stock"},
    "teacher": {"attendance", "growth"},  # for the classes assigned: the only ones the tabs list
}




def _build_visible_tabs(window) -> None:
    from kindergarten_desktop.ui.tabs import TAB_SPECS

    for index, spec in enumerate(TAB_SPECS):
        if window.tabs.isTabVisible(index):
            tab = window.tab(spec.key)
            lazy = getattr(tab, "_lazy", None)  # pages built on first show: build them all
            for name in lazy.names() if lazy is not None else ():
                lazy.get(name)


def _state(window) -> dict[str, list[tuple[str, bool, str]]]:
    found: dict[str, list[tuple[str, bool, str]]] = {}
    for target in write_guard.tagged(window):
        area = target.property(write_guard.AREA_PROPERTY)
        if area.startswith(write_guard.PRINTS):
            continue  # documents: test_print_buttons_and_menu_follow_what_each_role_reads
        found.setdefault(area, []).append((target.text(), target.isEnabled() or not target.property(
            "writesAreaDisabled"), target.toolTip()))
    return found


@pytest.mark.parametrize("role", list(USERS))
def test_each_role_finds_enabled_only_what_it_may_change(controller, role):
    act_as(controller.ctx.db, USERS[role])
    controller.show_window()
    window = controller.window
    _build_visible_tabs(window)
    state = _state(window)
    assert sum(len(v) for v in state.values()) >= 10, state
    for area, widgets in state.items():
        for text, usable, tip in widgets:
            if area in MAY[role]:
                assert usable, (role, area, text)
                assert not tip.startswith("Only "), (role, area, text, tip)
            else:
                assert not usable, (role, area, text)
                assert tip.startswith("Only ") and tip.endswith(" may change this."), (role, area, text, tip)
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
    if role == "teacher":
        roster = window.tab("roster")
        assert roster.attendance.all_present.property("writesAreaDisabled") in (None, False)
        assert not roster.child_buttons["new"].isEnabled()
    if role == "kitchen":
        agenda = window.tab("agenda")
        assert not agenda.actions_by_name["add"].isEnabled()
        assert agenda.actions_by_name["add"].toolTip() == "Only principal may change this."


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


# Documents each role may print from the window (reports/readers.py), and some it may not.
PRINTS = {
    "principal": ({"meals-ledger", "kitchen-slip", "cash-book", "growth-summary", "school-stats"}, set()),
    "accountant": ({"meals-ledger", "kitchen-slip", "cash-book", "market-book", "school-stats"},
                   {"growth-summary", "inspection-book"}),
    "nurse": ({"growth-summary", "growth-cards", "class-list", "nutrition"}, {"meals-ledger", "cash-book"}),
    "kitchen": ({"kitchen-slip", "market-book", "daily-posting", "inspection-book", "menu-week"},
                {"meals-ledger", "meals-statements", "meals-receipts", "lunch-support", "cash-book", "school-stats"}),
    "teacher": ({"class-list", "growth-cards", "attendance", "agenda", "menu-week"},
                {"school-stats", "growth-summary", "meals-ledger", "kitchen-slip"}),
}


@pytest.mark.parametrize("role", list(USERS))
def test_print_buttons_and_menu_follow_what_each_role_reads(controller, role):
    from PySide6.QtWidgets import QMenu

    from kindergarten_desktop.ui.tabs import TAB_SPECS

    act_as(controller.ctx.db, USERS[role])
    controller.show_window()
    window = controller.window
    _build_visible_tabs(window)
    menu = window.findChild(QMenu, "reportsMenu")
    menu.aboutToShow.emit()
    entries = {a.objectName().removeprefix("report_"): a for a in menu.actions() if a.objectName()}
    allowed, refused = PRINTS[role]
    for kind in allowed:
        assert entries[kind].isEnabled(), (role, kind, entries[kind].toolTip())
    for kind in refused:
        assert not entries[kind].isEnabled(), (role, kind)
        assert USERS[role] in entries[kind].toolTip(), (role, kind, entries[kind].toolTip())
    for key in ("meals", "kitchen"):  # the tabs' own print buttons agree with the menu
        index = [spec.key for spec in TAB_SPECS].index(key)
        if not window.tabs.isTabVisible(index):
            continue
        for kind, button in window.tab(key).print_buttons.items():
            assert button.isEnabled() == entries[kind].isEnabled(), (role, kind)
            if not button.isEnabled():
                assert button.toolTip() == entries[kind].toolTip()

""""What can I do?" says what the rules do, for every role: each answer is checked against the
window built for that role (the tabs and pages it shows, the edit controls the write guard
leaves enabled, the print buttons) and against the storage's own check (``kd_can``, what the
triggers ask). The kitchen showed the meals area as hidden though it cooks from the meal count."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from kindergarten_desktop.db import permissions, session
from kindergarten_desktop.reports import readers
from kindergarten_desktop.ui.accounts import rights, session_ui, write_guard
from kindergarten_desktop.ui.tabs import TAB_SPECS
from tests.accounts.conftest import _fast_kdf, accounts_db, accounts_db_copy, accounts_db_file, act_as  # noqa: F401

USERS = ("hieutruong", "ketoan", "yte", "bep", "giaovien")


def _pages(window) -> dict[tuple[str, str], tuple[QWidget, bool]]:
    """(tab, page) -> (widget, shown) for every page of every tab, each built now; a tab whose
    pages are not in session_ui.PLACES one by one is one place (page "")."""
    found: dict[tuple[str, str], tuple[QWidget, bool]] = {}
    for index, spec in enumerate(TAB_SPECS):
        tab = window.tab(spec.key)
        tab_shown = window.tabs.isTabVisible(index)
        lazy = getattr(tab, "_lazy", None)
        if (spec.key, "") in session_ui.PLACES or lazy is None:
            if lazy is not None:
                for name in lazy.names():
                    lazy.get(name)
            found[(spec.key, "")] = (tab, tab_shown)
            continue
        for name in lazy.names():
            page = lazy.get(name)
            found[(spec.key, name)] = (page, tab_shown and tab.pages.isTabVisible(tab.pages.indexOf(page)))
    return found


@pytest.mark.parametrize("user", USERS)
def test_what_can_i_do_agrees_with_the_window_and_the_storage(controller, user):
    db = controller.ctx.db
    act_as(db, user)
    controller.show_window()
    window = controller.window
    answers = {right.area: right for right in rights.rights(db)}
    assert list(answers) == list(permissions.AREAS)
    actor = session.current(db)

    # The storage: the triggers' own check, and a teacher's rows for the classes assigned.
    for area, right in answers.items():
        storage = db.execute("SELECT kd_can(?)", [area]).fetchone()[0] == 1
        assert (right.changes == rights.ALL) is storage, (user, area)
        teacher_rows = "teacher" in actor.roles and area in permissions.SCOPED_AREAS and bool(actor.class_ids)
        assert (right.changes == rights.CLASSES) is (teacher_rows and not storage), (user, area)

    # The window: every place shown, every edit control in it, every print button.
    shown_areas: set[str] = set()
    for key, (page, shown) in _pages(window).items():
        assert key in session_ui.PLACES, f"{key}: a page the explanation does not know"
        assert shown is session_ui.place_shown(db, *key), (user, key)
        for target in write_guard.tagged(page):
            tag = target.property(write_guard.AREA_PROPERTY)
            refused = bool(target.property("writesAreaDisabled"))
            if tag.startswith(write_guard.PRINTS):
                kind = tag[len(write_guard.PRINTS):]
                if shown and not refused and not target.isHidden():
                    for area in readers.READS[kind]:
                        assert kind in answers[area].documents, (user, kind, area)
                continue
            # The page has the area's controls: the place says it shows the area.
            assert tag in session_ui.PLACES[key].shows, f"{key} changes {tag}: add it to PLACES"
            if not shown:
                continue
            shown_areas.add(tag)
            assert answers[tag].sees != rights.NOTHING, (user, key, tag)
            for_classes = bool(target.property(write_guard.FOR_CLASSES_PROPERTY))
            allowed = answers[tag].changes == rights.ALL or (for_classes and answers[tag].changes == rights.CLASSES)
            assert refused is not allowed, (user, key, tag, target.objectName() or type(target).__name__)
    for area, right in answers.items():
        if right.sees == rights.PART:
            assert right.pages or right.documents
            assert all(session_ui.place_shown(db, *key) for key in right.pages)
        if right.sees == rights.NOTHING:
            assert area not in shown_areas and not right.pages and not right.documents, (user, area)


@pytest.mark.parametrize("user", USERS)
def test_every_printable_document_is_in_the_explanation(accounts_db, user):  # noqa: F811
    act_as(accounts_db, user)
    answers = {right.area: right for right in rights.rights(accounts_db)}
    for kind, areas in readers.READS.items():
        printable = readers.refusal(accounts_db, kind, any_class=True) is None
        for area in areas:
            assert (kind in answers[area].documents) is printable, (user, kind)
            if printable:
                assert answers[area].sees != rights.NOTHING, (user, kind, area)


def _row(dialog: session_ui.PermissionsDialog, area: str) -> str:
    from kindergarten_desktop.ui.accounts.labels import area_label

    text = dialog.findChild(QLabel, "permissionsText").text()
    row = next(r for r in text.split("<tr>") if f"<b>{area_label(area)}</b>" in r)
    return row


def test_the_kitchen_is_told_it_sees_the_meal_count(qtbot, accounts_db):  # noqa: F811
    act_as(accounts_db, "bep")
    dialog = session_ui.PermissionsDialog(accounts_db)
    qtbot.addWidget(dialog)
    meals = _row(dialog, "meals")
    assert "Meal count" in meals and "hidden" not in meals and "<i>principal / accountant</i>" in meals
    assert "<td>changes</td>" in _row(dialog, "kitchen") and "<td>changes</td>" in _row(dialog, "stock")
    assert "hidden" in _row(dialog, "roster")
    assert "own password" in _row(dialog, "accounts")


def test_a_teacher_is_told_the_classes_assigned(qtbot, accounts_db):  # noqa: F811
    act_as(accounts_db, "giaovien")
    dialog = session_ui.PermissionsDialog(accounts_db)
    qtbot.addWidget(dialog)
    assert "changes, for the classes assigned" in _row(dialog, "attendance")
    assert "sees only, the classes assigned" in _row(dialog, "roster")
    assert "hidden" in _row(dialog, "meals")

"""Who may print which document (issue 18): one table below every front end.

A document shows the data of one or more areas (db/permissions.py); whoever reads any of them
may print it. The check runs where every print starts (``registry.resolve_params``), so the
Reports menu, the print buttons of a tab and ``kindergarten-desktop report`` all obey it, and
the GUI greys out what the signed-in account may not print with the same reason.

A teacher reads the rosters, attendance and growth of the classes assigned only: a document
of those areas is refused without one of those classes (a whole-school one shows the others).
"""

from __future__ import annotations

from kindergarten_desktop.accounts import access
from kindergarten_desktop.accounts.access import AccessError
from kindergarten_desktop.db import session
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.db.permissions import SCOPED_FOR_TEACHERS
from kindergarten_desktop.errors import AppError

# Kind -> the areas whose readers may print it. Every registered kind must be here (a test
# checks it): a new document is printable by nobody but the principal until it is listed.
READS: dict[str, tuple[str, ...]] = {
    "class-list": ("roster",),
    "school-stats": ("roster",),
    "attendance": ("attendance",),
    "growth-cards": ("growth",),
    "growth-parent-note": ("growth",),
    "growth-summary": ("growth",),
    "growth-quality": ("growth",),
    # Money of each child: the accountant's and the principal's (personal data, Decree 13).
    "meals-ledger": ("meals",),
    "meals-statements": ("meals",),
    "meals-receipts": ("meals",),
    "receipts-list": ("meals",),
    "collection-list": ("meals",),
    "debt-list": ("meals",),
    "lunch-support": ("meals",),
    "cash-book": ("meals",),
    "bank-book": ("meals",),
    # The kitchen's own books, and the counts it cooks for.
    "kitchen-slip": ("meals", "kitchen"),
    "market-book": ("market",),
    "daily-posting": ("market",),
    "stock-card": ("stock",),
    "inspection-book": ("kitchen",),
    "sample-book": ("kitchen",),
    "nutrition": ("kitchen", "market", "growth"),
    # Posted for parents and staff: everyone who works at the school.
    "menu-week": ("school",),
    "agenda": ("agenda",),
    "agenda-year": ("agenda",),
}


def refusal(db: Database, kind_name: str, class_id: int | None = None, *,
            any_class: bool = False) -> AppError | None:
    """Why the one working on ``db`` may not print ``kind_name`` (for ``class_id``), or None.
    ``any_class``: the class is still to be chosen (a menu entry, a dialog to open), so a
    teacher with classes may go on when the document takes a class."""
    if not access.has_accounts(db) or access.is_principal(db):
        return None
    areas = READS.get(kind_name, ())
    readable = [area for area in areas if access.can_read(db, area)]
    if not readable:
        return access.why_not(db, areas[0] if areas else "accounts", read=True)
    if class_only(db, kind_name):
        # Only a teacher's scoped reading allows it: one of the classes assigned, and only that.
        actor = session.current(db)
        who = actor.username if actor else ""
        classes = access.visible_class_ids(db) or frozenset()
        if "class" not in _kind_parameters(kind_name):
            return AccessError("accounts.teacher_whole_school", who=who)
        if any_class and classes:
            return None
        if class_id is None or class_id not in classes:
            return AccessError("accounts.teacher_class_only", who=who, area=access.area_label_of(readable[0]))
    return None


def class_only(db: Database, kind_name: str) -> bool:
    """True when the one working may print ``kind_name`` only for a class assigned (a teacher
    reading what it shows for those classes only)."""
    if access.visible_class_ids(db) is None:
        return False
    readable = [area for area in READS.get(kind_name, ()) if access.can_read(db, area)]
    return bool(readable) and all(area in SCOPED_FOR_TEACHERS for area in readable)


def check(db: Database, kind_name: str, class_id: int | None = None) -> None:
    error = refusal(db, kind_name, class_id)
    if error is not None:
        raise error


def _kind_parameters(kind_name: str) -> tuple[str, ...]:
    from kindergarten_desktop.reports.registry import get_kind

    return get_kind(kind_name).parameters

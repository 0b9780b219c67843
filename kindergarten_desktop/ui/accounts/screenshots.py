"""PNG pictures of the sign-in dialog, the accounts manager and the audit viewer (README,
visual checks), taken by the ``screenshot`` command on a database with accounts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from kindergarten_desktop.db.database import Database


def _save(widget: QWidget, target: Path) -> Path:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    widget.close()
    return target


def render_accounts(db: Database, out_dir: Path, lang: str) -> list[Path]:
    """Three pictures; the accounts manager and the audit viewer as the principal sees them."""
    from kindergarten_desktop.accounts import access
    from kindergarten_desktop.db import session
    from kindergarten_desktop.school import load_settings
    from kindergarten_desktop.ui.accounts.accounts_dialog import AccountsDialog
    from kindergarten_desktop.ui.accounts.audit_viewer import AuditViewer
    from kindergarten_desktop.ui.accounts.sign_in_dialog import SignInDialog

    if not access.has_accounts(db):
        return []
    written = []
    actor = session.current(db)
    session.sign_in(db, None)
    sign_in = SignInDialog(db, school=load_settings(db).name)
    sign_in.resize(480, sign_in.sizeHint().height())
    written.append(_save(sign_in, out_dir / f"accounts-sign-in-{lang}.png"))
    session.sign_in(db, actor)
    if access.is_principal(db):
        manager = AccountsDialog(db)
        written.append(_save(manager, out_dir / f"accounts-manager-{lang}.png"))
        viewer = AuditViewer(db)
        written.append(_save(viewer, out_dir / f"accounts-audit-{lang}.png"))
    return written

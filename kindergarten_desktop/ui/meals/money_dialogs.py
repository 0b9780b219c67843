"""Dialogs of the accountant's counter: cancel a voucher (who and why), write a payout (phiếu
chi), correct or cancel a purchase or a stock use, the books' opening balances; and opening a
printed voucher."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.ui.accounts.write_guard import writes
from kindergarten_desktop.ui.dates import DateField
from kindergarten_desktop.ui.meals import unsaved
from kindergarten_desktop.ui.meals.unsaved import attempt
from kindergarten_desktop.ui.numbers import ui_money

if TYPE_CHECKING:
    from kindergarten_desktop.meals.payouts import Payout


def accountant_name(db: Database) -> str:
    from kindergarten_desktop.reports.meals_common import staff_name

    return staff_name(db, "accountant")


def print_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / "kindergarten-desktop-print"
    folder.mkdir(exist_ok=True)
    return folder


def open_document(path: Path) -> None:
    """Hand a printed voucher to the system viewer (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class CancelDialog(QDialog):
    """Who cancels a voucher and why: both are printed on it."""

    def __init__(self, parent: QWidget, title: str, what: str, who: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        form.addRow(QLabel(what))
        self.who = QLineEdit(who)
        form.addRow(self.tr("Cancelled &by:"), self.who)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. wrong amount, written again as no. …"))
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel the voucher"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.reason.setFocus()


class AdjustDialog(QDialog):
    """Correct (new quantity, and unit price for a purchase) or cancel an entry, with the reason."""

    def __init__(self, parent: QWidget, title: str, what: str, quantity: str, price: str | None, who: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        form.addRow(QLabel(what))
        self.action = QComboBox()
        self.action.addItem(self.tr("Correct"), "correct")
        self.action.addItem(self.tr("Cancel the entry"), "cancel")
        form.addRow(self.tr("&Action:"), self.action)
        self.quantity = QLineEdit(quantity)
        form.addRow(self.tr("&Quantity:"), self.quantity)
        self.price = QLineEdit(price or "")
        if price is not None:
            form.addRow(self.tr("Unit &price:"), self.price)
        self.reason = QLineEdit()
        form.addRow(self.tr("&Reason:"), self.reason)
        self.who = QLineEdit(who)
        form.addRow(self.tr("&By:"), self.who)
        self.action.currentIndexChanged.connect(self._action_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.quantity.setFocus()
        self.quantity.selectAll()

    def fields(self) -> tuple[QWidget, ...]:
        """What is typed here (marked when the change was not saved)."""
        return (self.action, self.quantity, self.price, self.reason, self.who)

    def _action_changed(self) -> None:
        correcting = self.action.currentData() == "correct"
        self.quantity.setEnabled(correcting)
        self.price.setEnabled(correcting)


class PayoutDialog(QDialog):
    """A new payout (phiếu chi): a child's credit refunded, a supplier paid, or another expense."""

    def __init__(self, parent: QWidget, db: Database, children: list[tuple[int, str, int]],
                 suppliers: list[str], day: dt.date) -> None:
        super().__init__(parent)
        self.db = db
        self.payout: Payout | None = None
        self.setWindowTitle(self.tr("New payout (phiếu chi)"))
        form = QFormLayout(self)
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("Refund of a child's credit"), "refund")
        self.purpose.addItem(self.tr("Payment to a supplier"), "supplier")
        self.purpose.addItem(self.tr("Other expense"), "other")
        form.addRow(self.tr("&Kind:"), self.purpose)
        self.child = QComboBox()
        credit_text = self.tr("credit %1")
        for child_id, label, credit in children:
            self.child.addItem(f"{label} — {credit_text.replace('%1', ui_money(credit))}", child_id)
        form.addRow(self.tr("C&hild:"), self.child)
        self.supplier = QComboBox()
        self.supplier.setEditable(True)
        self.supplier.addItems(suppliers)
        self.supplier.setCurrentIndex(-1)
        form.addRow(self.tr("&Supplier:"), self.supplier)
        self.payee = QLineEdit()
        form.addRow(self.tr("Pa&id to:"), self.payee)
        self.address = QLineEdit()
        form.addRow(self.tr("A&ddress:"), self.address)
        self.reason = QLineEdit()
        form.addRow(self.tr("&Reason:"), self.reason)
        self.date = DateField()
        self.date.setDate(QDate(day.year, day.month, day.day))
        form.addRow(self.tr("Da&te:"), self.date)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("whole đồng, e.g. 616.000"))
        form.addRow(self.tr("&Amount:"), self.amount)
        self.method = QComboBox()
        self.method.addItem(self.tr("Cash"), "cash")
        self.method.addItem(self.tr("Bank transfer"), "transfer")
        form.addRow(self.tr("&Method:"), self.method)
        self.attachments = QLineEdit()
        self.attachments.setPlaceholderText(self.tr("e.g. 2 invoices"))
        form.addRow(self.tr("Attach&ments:"), self.attachments)
        self.print_after = QCheckBox(self.tr("&Print the payout after saving"))
        self.print_after.setChecked(True)
        form.addRow(self.print_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self._purpose_changed()

    def _purpose_changed(self) -> None:
        purpose = self.purpose.currentData()
        self.child.setEnabled(purpose == "refund")
        self.supplier.setEnabled(purpose == "supplier")

    def _save(self) -> None:
        from kindergarten_desktop.meals.payouts import add_payout

        purpose = self.purpose.currentData()
        ok, payout, reason = attempt(self, self.tr("Payout not saved"), lambda: add_payout(
            self.db, cast(dt.date, self.date.date().toPython()), purpose, self.amount.text(),
            payee=self.payee.text(),
            reason=self.reason.text(), child_id=self.child.currentData() if purpose == "refund" else None,
            supplier=self.supplier.currentText() if purpose == "supplier" else "",
            address=self.address.text(), method=self.method.currentData(),
            attachments=self.attachments.text(), created_by=accountant_name(self.db)))
        fields = (self.date, self.purpose, self.amount, self.payee, self.reason, self.child, self.supplier,
                  self.address, self.method, self.attachments)
        if not ok:
            unsaved.mark(fields, reason)  # the dialog stays open with what was typed
            return
        self.payout = payout
        self.accept()


class OpeningDialog(QDialog):
    """The opening balance of the cash book or the bank book: the money in the safe (in the
    bank) at the start of a day, when the school starts keeping the book in the app."""

    def __init__(self, parent: QWidget, db: Database, day: dt.date) -> None:
        super().__init__(parent)
        self.db, self.day = db, day
        self.setWindowTitle(self.tr("Opening balances of the books"))
        form = QFormLayout(self)
        hint = QLabel(self.tr("The money in the safe (or in the bank account) at the start of the day the school "
                              "starts keeping the book here. The book starts from it."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.book = QComboBox()
        self.book.addItem(self.tr("Cash book"), "cash")
        self.book.addItem(self.tr("Bank-transfer book"), "transfer")
        form.addRow(self.tr("&Book:"), self.book)
        self.date = DateField()
        form.addRow(self.tr("Balance at the start of &day:"), self.date)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("whole đồng, e.g. 616.000"))
        form.addRow(self.tr("&Amount:"), self.amount)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. counted on 08/09/2025, minutes no. 1"))
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.remove = buttons.addButton(self.tr("&Remove"), QDialogButtonBox.ButtonRole.DestructiveRole)
        writes("meals", buttons.button(QDialogButtonBox.StandardButton.Save), self.remove)  # opened to read too
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.remove.clicked.connect(self._remove)
        form.addRow(buttons)
        self.book.currentIndexChanged.connect(self._load)
        self._load()

    def _load(self, *_args: object) -> None:
        from kindergarten_desktop.meals.cashbook import opening_of

        entered = opening_of(self.db, self.book.currentData())
        day = entered.day if entered else self.day
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.amount.setText(ui_money(entered.amount) if entered else "")
        self.note.setText(entered.note if entered else "")
        self.remove.setEnabled(entered is not None)

    def _save(self) -> None:
        from kindergarten_desktop.meals.cashbook import set_opening
        from kindergarten_desktop.ui.actions import run_action

        if run_action(self, self.tr("Opening balance not saved"), set_opening, self.db, self.book.currentData(),
                      cast(dt.date, self.date.date().toPython()), self.amount.text(), self.note.text()):
            self.accept()

    def _remove(self) -> None:
        from kindergarten_desktop.meals.cashbook import delete_opening
        from kindergarten_desktop.ui.actions import run_action

        if run_action(self, self.tr("Opening balance not removed"), delete_opening, self.db,
                      self.book.currentData()):
            self._load()

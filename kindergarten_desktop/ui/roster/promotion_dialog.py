"""Year-end promotion: the preview of every child's next class, adjustable, applied in one step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.roster import promotion as pr
from kindergarten_desktop.roster.age_groups import class_sort_key
from kindergarten_desktop.school import SchoolYear
from kindergarten_desktop.ui.actions import attempt

_Index = QModelIndex | QPersistentModelIndex


class PromotionModel(QAbstractTableModel):
    TARGET_COLUMN = 3

    def __init__(self, plan: pr.PromotionPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan

    def target_names(self) -> list[str]:
        return sorted(self.plan.targets, key=lambda n: class_sort_key(self.plan.targets[n].age_group, n))

    def target_label(self, target: str | None) -> str:
        if target is None:
            return self.tr("Graduates / leaves")
        new = self.plan.targets[target].id is None
        return target + (" " + self.tr("(new)") if new else "")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.plan.moves)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("No."), self.tr("Full name"), self.tr("Class now"),
                    self.tr("Class in %1").replace("%1", self.plan.to_year_name)][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        move = self.plan.moves[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == self.TARGET_COLUMN and role == Qt.ItemDataRole.EditRole:
                return move.target
            return (index.row() + 1, move.full_name, move.from_class, self.target_label(move.target))[index.column()]
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != self.TARGET_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        self.plan.moves[index.row()].target = value
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.TARGET_COLUMN else base


class TargetDelegate(QStyledItemDelegate):
    def __init__(self, model: PromotionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for name in self.model.target_names():
            combo.addItem(self.model.target_label(name), name)
        combo.addItem(self.model.target_label(None), None)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class PromotionDialog(QDialog):
    def __init__(self, db: Database, year: SchoolYear, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.result_counts: dict[str, int] | None = None
        self.plan = pr.plan_promotion(db, year)  # PromotionError is for the caller to show
        self.setWindowTitle(self.tr("Promotion to %1").replace("%1", self.plan.to_year_name))
        intro = QLabel(self.tr("Each child moves to the class shown in the last column on %1. "
                               "Double-click a class to change it; children of the 5–6 years classes graduate.")
                       .replace("%1", self.plan.to_year_name))
        intro.setWordWrap(True)
        self.model = PromotionModel(self.plan, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(PromotionModel.TARGET_COLUMN, TargetDelegate(self.model, self.view))
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.promote_button = buttons.addButton(self.tr("Promote"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self._update_summary()

    def _update_summary(self) -> None:
        counts = self.plan.counts()
        parts = [f"{self.model.target_label(name)}: {counts[name]}"
                 for name in self.model.target_names() if counts.get(name)]
        parts.append(self.tr("graduate or leave: %1").replace("%1", str(counts.get(None, 0))))
        text = " · ".join(parts)
        over = self.plan.over_capacity()
        if over:
            text += "<br><span style='color:#a00'>" + "; ".join(
                self.tr("%1 would have %2 children (legal maximum %3)").replace("%1", n).replace("%2", str(c))
                .replace("%3", str(m)) for n, c, m in over) + "</span>"
        self.summary.setText(text)

    def apply(self) -> None:
        if QMessageBox.question(
                self, self.tr("Promotion"),
                self.tr("%1 children move up to classes of %2 and %3 graduate. Do it now? Their stays in this "
                        "year's classes end on the last day of the school year.")
                .replace("%1", str(self.plan.moving_up())).replace("%2", self.plan.to_year_name)
                .replace("%3", str(self.plan.graduating()))) != QMessageBox.StandardButton.Yes:
            return
        done = attempt(self, self.tr("Promotion not done"), pr.apply_promotion, self.db, self.plan)
        if not done.ok:
            return
        self.result_counts = done.value
        self.accept()

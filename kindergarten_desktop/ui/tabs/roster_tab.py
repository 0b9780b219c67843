"""Class rosters tab: the classes of the school year and the children of the chosen class."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.names import fold
from kindergarten_desktop.roster.age_groups import age_group, over_capacity
from kindergarten_desktop.roster.queries import ChildRow, class_children, list_classes
from kindergarten_desktop.ui.context import AppContext

_Index = QModelIndex | QPersistentModelIndex


class ChildrenModel(QAbstractTableModel):
    """The children of one class; sorting by name uses the Vietnamese order of the list."""

    SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChildRow] = []
        self._folded: list[str] = []

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Full name"), self.tr("Date of birth"), self.tr("Sex"),
                self.tr("Ethnicity"), self.tr("Father"), self.tr("Mother"), self.tr("Phone")]

    def set_rows(self, rows: list[ChildRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._folded = [fold(r.full_name) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return index.row() + 1
            return (None, row.full_name, format_date(row.birth_date),
                    self.tr("Male") if row.sex == 1 else self.tr("Female"),
                    row.ethnicity, row.father_name, row.mother_name, row.phone)[col]
        if role == self.SEARCH_ROLE:
            return self._folded[index.row()]
        return None


class FoldedFilterProxy(QSortFilterProxyModel):
    """Accent-blind search: 'nguyen van an' finds 'Nguyễn Văn An'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in (index.data(ChildrenModel.SEARCH_ROLE) or "")


class RosterTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.classes = QListWidget()
        self.classes.setMinimumWidth(200)
        self.model = ChildrenModel(self)
        self.proxy = FoldedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)
        self.summary = QLabel()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.search, 1)
        right_layout.addLayout(top)
        right_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(self.classes)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.classes.currentItemChanged.connect(self._class_chosen)
        ctx.schoolYearChanged.connect(lambda _year: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.classes.clear()
        year = self.ctx.school_year
        if year is None:
            self.summary.setText(self.tr("No school year yet."))
            return
        for info in list_classes(self.ctx.db, year.id):
            item = QListWidgetItem(self.tr("%1 (%2 children)").replace("%1", info.name)
                                   .replace("%2", str(info.children)))
            item.setData(Qt.ItemDataRole.UserRole, info)
            if over_capacity(info.age_group, info.children):
                item.setForeground(Qt.GlobalColor.darkRed)
                item.setToolTip(self.tr("More children than the legal maximum of %1 for this age group")
                                .replace("%1", str(age_group(info.age_group).legal_max)))
            self.classes.addItem(item)
        if self.classes.count():
            self.classes.setCurrentRow(0)

    def _class_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.model.set_rows([])
            return
        info = item.data(Qt.ItemDataRole.UserRole)
        self.model.set_rows(class_children(self.ctx.db, info.id))
        self.summary.setText(self.tr("Class %1 — %2 children").replace("%1", info.name)
                             .replace("%2", str(self.model.rowCount())))

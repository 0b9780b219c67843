"""The children of a class as a table model, and the accent-blind search over it.

Importing it does not name PySide6's ``Qt`` namespace (the roster tab's first paint,
ui/table_headers.py): the roles are numbers here (Qt's: tests/ui/roster/test_roster_tab.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QWidget

from kindergarten_desktop.formatting import format_date
from kindergarten_desktop.names import fold

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from kindergarten_desktop.roster.queries import ChildRow

_Index = QModelIndex | QPersistentModelIndex
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole


class ChildrenModel(QAbstractTableModel):
    """The children of one class; sorting by name uses the Vietnamese order (given name first)."""

    SEARCH_ROLE = USER_ROLE + 1
    SORT_ROLE = USER_ROLE + 2
    ID_ROLE = USER_ROLE + 3
    COLUMNS = 9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChildRow] = []
        self._folded: list[str] = []

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Full name"), self.tr("Date of birth"), self.tr("Sex"),
                self.tr("Ethnicity"), self.tr("Father"), self.tr("Mother"), self.tr("Phone"), self.tr("Until")]

    def set_rows(self, rows: list[ChildRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._folded = [fold(r.full_name) for r in rows]
        self.endResetModel()

    def child_at(self, row: int) -> ChildRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if role == DISPLAY_ROLE:
            from PySide6.QtCore import Qt  # built by now: PySide6 passed ``orientation`` as one of its enums

            if orientation == Qt.Orientation.Horizontal:
                return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == DISPLAY_ROLE:
            if col == 0:
                return index.row() + 1
            father = row.father_name
            if not (row.father_name or row.mother_name) and row.parent_name:
                # From a combined "Họ tên cha/mẹ" column: said as such, never passed off as the father.
                father = self.tr("Father or mother: %1").replace("%1", row.parent_name)
            return (None, row.full_name, format_date(row.birth_date),
                    self.tr("Male") if row.sex == 1 else self.tr("Female"),
                    row.ethnicity, father, row.mother_name, row.phone,
                    format_date(row.enrollment_end))[col]
        if role == self.SORT_ROLE:
            if col in (0, 1):
                return index.row()  # rows arrive in Vietnamese name order
            if col == 2:
                return row.birth_date.toordinal()
            return str(self.data(index))
        if role == self.SEARCH_ROLE:
            return self._folded[index.row()]
        if role == self.ID_ROLE:
            return row.id
        return None


class FoldedFilterProxy(QSortFilterProxyModel):
    """Accent-blind search: 'nguyen van an' finds 'Nguyễn Văn An'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(ChildrenModel.SORT_ROLE)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in (index.data(ChildrenModel.SEARCH_ROLE) or "")

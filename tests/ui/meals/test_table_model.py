from PySide6.QtCore import Qt

from kindergarten_desktop.ui.meals.table_model import Column, RowsModel, SearchProxy


def test_name_column_sorts_in_vietnamese_order_and_search_ignores_accents(qtbot):
    model = RowsModel([Column("Họ và tên", lambda r: r[0], "name"), Column("Số tiền", lambda r: r[1], "money")])
    model.set_rows([("Trần Văn Ưng", 5000), ("Lê Thị Uyên", 28000), ("Phạm Đức Đạt", 0), ("Vũ Minh Duy", 1000)])
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(i, 0).data() for i in range(proxy.rowCount())]
    assert [n.split()[-1] for n in names] == ["Duy", "Đạt", "Uyên", "Ưng"]
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "Lê Thị Uyên"
    proxy.set_needle("uyen")
    assert proxy.rowCount() == 1


def test_the_roles_written_as_numbers_are_qts():
    """table_model names its roles by number, so that importing it does not build Qt's namespace."""
    from kindergarten_desktop.ui.meals import table_model

    assert table_model.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole
    assert table_model.USER_ROLE == Qt.ItemDataRole.UserRole


def test_the_header_model_shows_the_columns_headers_as_the_rows_model_does(qtbot):
    from PySide6.QtWidgets import QTableView

    from kindergarten_desktop.ui.meals.table_model import header_model

    model = RowsModel([Column("Lớp", lambda r: r[0]), Column("Suất nấu", lambda r: r[1], "int")])
    headers = header_model(model.columns)
    assert (headers.rowCount(), headers.columnCount()) == (0, 2)
    for section in range(2):
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole):
                if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
                    continue  # no rows in either: no row header is shown
                assert headers.headerData(section, orientation, role) == model.headerData(section, orientation, role)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(headers)
    view.resize(300, 100)
    shown_with_headers = view.grab().toImage()
    view.setModel(model)
    assert view.grab().toImage() == shown_with_headers  # the same picture, before rows come

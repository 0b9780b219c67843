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

"""The kitchen pages' table model: what each role shows, decided per column kind."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kindergarten_desktop.ui.kitchen.common import ROW_ROLE, VERDICT_COLOURS, Column, RowsModel


def test_each_role_by_column_kind(qapp):
    model = RowsModel([
        Column("Food", lambda r: r["name"]),
        Column("Grams", lambda r: r["grams"], "num1"),
        Column("Price", lambda r: r["price"], "money"),
        Column("Verdict", lambda r: r["verdict"], "verdict"),
        Column("Note", lambda r: r["note"], background=lambda r: "#ffeeaa" if r["note"] else None),
    ])
    rows = [{"name": "Gạo tẻ", "grams": 52.25, "price": 18000, "verdict": "below", "note": "x"},
            {"name": "", "grams": None, "price": 0, "verdict": "", "note": ""}]
    model.set_rows(rows)
    cell = lambda r, c, role=Qt.ItemDataRole.DisplayRole: model.index(r, c).data(role)  # noqa: E731
    assert cell(0, 0) == "Gạo tẻ" and cell(0, 0, Qt.ItemDataRole.ToolTipRole) == "Gạo tẻ"
    assert cell(1, 0, Qt.ItemDataRole.ToolTipRole) is None  # an empty text has no tooltip
    assert cell(0, 1) in ("52,2", "52,3") and cell(1, 1) == ""
    assert cell(0, 1, Qt.ItemDataRole.ToolTipRole) is None  # numbers have none
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(0, 1, Qt.ItemDataRole.TextAlignmentRole) == right == cell(0, 2, Qt.ItemDataRole.TextAlignmentRole)
    assert cell(0, 0, Qt.ItemDataRole.TextAlignmentRole) is None
    assert cell(0, 3).startswith("Below")
    assert cell(0, 3, Qt.ItemDataRole.BackgroundRole).color().name() == VERDICT_COLOURS["below"].lower()
    assert cell(1, 3, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(0, 4, Qt.ItemDataRole.BackgroundRole).color().name() == "#ffeeaa"
    assert cell(1, 4, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(1, 2, ROW_ROLE) == rows[1]  # (Qt hands a copy of a dict back)
    assert cell(0, 0, Qt.ItemDataRole.FontRole) is None


def test_the_roles_written_as_numbers_are_qts():
    """common names its roles by number, so that importing it does not build Qt's namespace."""
    from kindergarten_desktop.ui.kitchen import common

    assert common.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole
    assert common.ROW_ROLE == Qt.ItemDataRole.UserRole + 1


def test_the_header_model_shows_the_columns_headers_as_the_rows_model_does(qtbot):
    from kindergarten_desktop.ui.kitchen.common import header_model, table_view

    model = RowsModel([Column("Bữa", lambda r: r[0]), Column("Tinh g", lambda r: r[1], "num1")])
    headers = header_model(model.columns)
    assert (headers.rowCount(), headers.columnCount()) == (0, 2)
    for section in range(2):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                     Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole):
            assert headers.headerData(section, Qt.Orientation.Horizontal, role) \
                == model.headerData(section, Qt.Orientation.Horizontal, role)
    view = table_view(headers, stretch=0)
    qtbot.addWidget(view)
    view.resize(300, 100)
    shown_with_headers = view.grab().toImage()
    view.setModel(model)
    assert view.grab().toImage() == shown_with_headers  # the same picture, before rows come

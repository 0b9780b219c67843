"""Qt's own dialogs speak Vietnamese too: Qt ships no Vietnamese, so translations/qt_vi.ts
carries the strings of the file dialog (Linux draws Qt's own; Windows uses its native one)
and the standard buttons. The source strings must be Qt 6's exactly (mnemonics included),
or the entry never matches: "Look in:" stayed English that way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QListView, QTreeView, QWidget

from kindergarten_desktop.ui import i18n


@pytest.fixture
def vietnamese(qapp):
    i18n.install_translators("vi")
    yield
    i18n.install_translators("en")  # other UI tests read the English source strings


def _visible_texts(dialog: QFileDialog) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for widget in dialog.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
    model = dialog.findChild(QTreeView, "treeView").model()
    texts += [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    sidebar = dialog.findChild(QListView, "sidebar").model()
    texts += [sidebar.index(i, 0).data() for i in range(sidebar.rowCount())]
    return [t for t in texts if t]


def test_the_save_dialog_has_no_english_left(vietnamese, qtbot, tmp_path):
    (tmp_path / "thu-muc").mkdir()
    dialog = QFileDialog(None, "Lưu", str(tmp_path), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.findChild(QTreeView, "treeView").model().rowCount(
        dialog.findChild(QTreeView, "treeView").rootIndex()) > 0)
    texts = _visible_texts(dialog)
    for english in ("&Look in:", "Files of &type:", "File &name:", "&Save", "Cancel", "Back", "Forward",
                    "Parent Directory", "Create New Folder", "List View", "Detail View", "Name", "Size",
                    "Type", "Date Modified", "Computer"):
        assert english not in texts, english
    for vietnamese_text in ("&Tìm trong:", "&Loại tệp:", "&Tên tệp:", "Tên", "Ngày sửa", "Máy tính", "Quay lại"):
        assert vietnamese_text in texts, vietnamese_text
    view = dialog.findChild(QTreeView, "treeView")
    types = [view.model().index(i, 2, view.rootIndex()).data() for i in range(view.model().rowCount(view.rootIndex()))]
    assert "Thư mục" in types and "Folder" not in types
    dialog.reject()

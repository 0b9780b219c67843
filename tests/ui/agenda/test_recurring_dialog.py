"""The recurring-items editor shows whole titles at its default size, in both languages."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QUndoStack

from kindergarten_desktop.agenda.recurring import RecurringItem, add_recurring
from kindergarten_desktop.school import find_school_year
from kindergarten_desktop.ui import i18n
from kindergarten_desktop.ui.agenda.recurring_dialog import RecurringDialog


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_titles_readable_without_scrolling_sideways(qtbot, demo_db, lang):
    i18n.install_translators(lang)
    year = find_school_year(demo_db, "2025-2026")
    long_title = ("Kiểm tra công tác bán trú, vệ sinh an toàn thực phẩm và hồ sơ sức khỏe của trẻ "
                  "ở tất cả các nhóm lớp")
    add_recurring(demo_db, year, RecurringItem(year.id, title=long_title))
    dialog = RecurringDialog(demo_db, year, QUndoStack(), lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.list
    assert view.count() > 5 and view.horizontalScrollBar().maximum() == 0
    assert view.width() >= dialog.width() * 0.4  # not a narrow strip beside the form
    width = view.viewport().width()
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        needed = view.fontMetrics().boundingRect(QRect(0, 0, rect.width(), 10_000),
                                                 Qt.TextFlag.TextWordWrap, item.text())
        # Wholly inside the list and tall enough for every wrapped line of its title.
        assert rect.right() <= width and needed.width() <= rect.width() and needed.height() <= rect.height()
    i18n.install_translators("en")

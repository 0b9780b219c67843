"""The Reports menu dialog: only the fields a kind uses, values as the CLI takes them."""

import datetime as dt

from kindergarten_desktop.reports.registry import ReportKind, get_kind
from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.reports.dialog import ReportDialog


def _dialog(qtbot, demo_db, demo_db_copy, kind):
    dialog = ReportDialog(AppContext(demo_db, demo_db_copy), kind)
    qtbot.addWidget(dialog)
    return dialog


def test_class_list_fields(qtbot, demo_db, demo_db_copy):
    dialog = _dialog(qtbot, demo_db, demo_db_copy, get_kind("class-list"))
    assert dialog.klass.itemText(0) == "Tất cả các lớp"
    assert dialog.klass.count() == 17
    values = dialog.values()
    assert values["year"] == "2025-2026" and values["class_name"] is None
    assert dt.date.fromisoformat(values["date"])
    assert "month" not in values and "round" not in values
    dialog.klass.setCurrentIndex(dialog.klass.findText("Lá 1"))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.values()["class_name"] == "Lá 1" and dialog.chosen_format() == "xlsx"
    assert dialog.save_button.text() == "Lưu…" and dialog.print_button.text() == "In…"
    assert dialog.findChild(object, "missingSettings") is None


def test_month_and_round_fields(qtbot, demo_db, demo_db_copy):
    kind = ReportKind(name="t", title="Thử", formats=("xlsx",), build=lambda *a: None, file_stem=lambda p: "t",
                      needs=("year", "month", "class"), accepts=("round",))
    dialog = _dialog(qtbot, demo_db, demo_db_copy, kind)
    assert dialog.month.count() == 12 and dialog.month.itemData(0) == "2025-09"
    assert dialog.klass.itemText(0) != "Tất cả các lớp"  # a class is required
    assert dialog.print_button is None
    dialog.round.setValue(3)
    values = dialog.values()
    assert values["round"] == 3 and values["month"].startswith("202")


def test_missing_settings_are_shown(qtbot, demo_db, demo_db_copy):
    demo_db.execute("UPDATE school SET name = '' WHERE id = 1")
    dialog = _dialog(qtbot, demo_db, demo_db_copy, get_kind("class-list"))
    assert "Tên trường" in dialog.findChild(object, "missingSettings").text()


def test_document_settings_shown_remembered_and_passed_on(qtbot, demo_db, demo_db_copy):
    from kindergarten_desktop.reports import document

    dialog = _dialog(qtbot, demo_db, demo_db_copy, get_kind("growth-summary"))
    assert dialog.tabs.count() == 3  # report, document, assessment
    assert dialog.number.text() == "…/BC-MNHM"
    assert dialog.recipients.toPlainText().splitlines() == [
        "UBND phường An Khánh (để báo cáo);", "Sở GD&ĐT thành phố Hà Nội (để báo cáo);"]
    assert dialog.signer.currentText() == "Nguyễn Thị Thu Hà" and dialog.drafter.text() == "Phạm Thị Lan"
    dialog.number.setText("15/BC-MNHM")
    dialog.recipients.setPlainText("UBND phường An Khánh\nSở GD&ĐT thành phố Hà Nội")
    dialog.signer.setCurrentIndex(dialog.signer.findText("Lê Thị Hồng Nhung"))
    dialog.signer.activated.emit(dialog.signer.currentIndex())  # picks the vice-principal's title
    dialog.round.setValue(2)
    dialog.narrative["assessment"].setPlainText("Tỷ lệ trẻ suy dinh dưỡng giảm so với đầu năm.")
    dialog.narrative["proposals"].setPlainText("Đề nghị bổ sung cân điện tử.")
    overrides = dialog.document_overrides()
    assert overrides.signer_title == document.VICE_PRINCIPAL
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    again = _dialog(qtbot, demo_db, demo_db_copy, get_kind("growth-summary"))
    assert again.number.text() == "15/BC-MNHM"
    assert again.signer.currentText() == "Lê Thị Hồng Nhung"
    assert again.signer_title.currentData() == document.VICE_PRINCIPAL
    again.round.setValue(2)
    assert again.narrative["assessment"].toPlainText() == "Tỷ lệ trẻ suy dinh dưỡng giảm so với đầu năm."
    again.round.setValue(1)
    assert again.narrative["assessment"].toPlainText() == ""  # each round has its own

    from kindergarten_desktop.reports.registry import resolve_params

    params = resolve_params(demo_db, get_kind("growth-summary"), round=2, document=overrides)
    assert params.document.signature_lines() == ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"]
    assert params.document.recipient_lines() == ["- UBND phường An Khánh;", "- Sở GD&ĐT thành phố Hà Nội;",
                                                 "- Lưu: VT."]


def test_too_long_document_setting_is_refused(qtbot, demo_db, demo_db_copy, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: shown.append(text)))
    dialog = _dialog(qtbot, demo_db, demo_db_copy, get_kind("agenda"))
    dialog.recipients.setPlainText("x" * 300)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Nơi nhận" in shown[0] and "200" in shown[0]
    assert demo_db.execute("SELECT count(*) FROM document_settings").fetchone()[0] == 0


def test_the_current_round_is_preselected(qtbot, demo_db, demo_db_copy):
    from kindergarten_desktop.growth.rounds import current_round

    dialog = _dialog(qtbot, demo_db, demo_db_copy, get_kind("growth-summary"))
    year = dialog.year.currentData()
    today = min(max(dt.date.today(), year.start_date), year.end_date)
    expected = current_round(demo_db, year.id, today)
    assert expected is not None and expected.number > 1  # not round 1 while a later one is open
    assert dialog.values()["round"] == expected.number

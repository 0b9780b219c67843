"""The export flow on real widgets: save dialog, background build, open/folder offers, errors."""

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.reports import export


@pytest.fixture
def ctx(demo_db, demo_db_copy):
    return AppContext(demo_db, demo_db_copy)


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """Fake save dialog and message boxes; records what the user would have seen."""
    seen = {"save": [], "opened": [], "boxes": [], "errors": [], "answer": None, "chosen": None}
    out = tmp_path / "out"
    out.mkdir()

    def get_save(_parent, title, proposed, filters, selected):
        seen["save"].append((title, proposed, filters))
        name = seen["chosen"] or Path(proposed).name
        return (str(out / name) if name else "", selected)

    def box_exec(box):
        seen["boxes"].append((box.text(), box.informativeText()))
        wanted = seen["answer"]
        for button in box.buttons():
            if wanted and button.text() == wanted:
                button.click()
        return 0

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text: seen["errors"].append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: seen["errors"].append(text)))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: seen["opened"].append(url.toLocalFile())))
    QSettings().remove(export.FOLDER_KEY)
    seen["out"] = out
    return seen


def _run(qtbot, flow):
    assert flow is not None
    with qtbot.waitSignal(flow.finished, timeout=30000) as blocker:
        pass
    return blocker.args[0]


def test_export_one_class_as_excel_then_open_it(qtbot, parent, ctx, dialogs):
    dialogs["answer"] = "Mở"
    path = _run(qtbot, export.export_report(parent, ctx, "class-list", fmt="xlsx", class_name="Lá 1"))
    assert path == dialogs["out"] / "Danh_sach_lop_La_1_2025-2026.xlsx"
    assert dialogs["save"][0][2] == "Excel (*.xlsx)"
    assert openpyxl.load_workbook(path).sheetnames == ["Lá 1"]
    assert dialogs["opened"] == [str(path)]
    assert "Danh_sach_lop_La_1" in dialogs["boxes"][0][0]
    assert QSettings().value(export.FOLDER_KEY) == str(dialogs["out"])


def test_folder_is_remembered_and_can_be_opened(qtbot, parent, ctx, dialogs):
    QSettings().setValue(export.FOLDER_KEY, "/somewhere/else")
    dialogs["answer"] = "Mở thư mục"
    path = _run(qtbot, export.export_report(parent, ctx, "class-list", class_name="Mầm 1"))
    assert dialogs["save"][0][1] == "/somewhere/else/Danh_sach_lop_Mam_1_2025-2026.pdf"
    assert "PDF (*.pdf)" in dialogs["save"][0][2] and "Excel (*.xlsx)" in dialogs["save"][0][2]
    assert dialogs["opened"] == [str(path.parent)]


def test_extension_added_from_the_chosen_filter(qtbot, parent, ctx, dialogs):
    dialogs["chosen"] = "danh sach"
    path = _run(qtbot, export.export_report(parent, ctx, "class-list", class_name="Mầm 1"))
    assert path.name == "danh sach.pdf"
    assert PdfReader(path).pages


def test_cancelled_save_dialog_starts_nothing(parent, ctx, dialogs, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: ("", "")))
    assert export.export_report(parent, ctx, "class-list") is None
    assert dialogs["boxes"] == [] and dialogs["errors"] == []
    assert list(dialogs["out"].iterdir()) == []


def test_unwritable_target_is_explained_and_leaves_nothing(qtbot, parent, ctx, dialogs, monkeypatch):
    import os

    def refuse(_src, _dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    assert _run(qtbot, export.export_report(parent, ctx, "class-list", class_name="Lá 1")) is None
    assert "Không lưu được" in dialogs["errors"][0] and "không có quyền ghi" in dialogs["errors"][0]
    assert list(dialogs["out"].iterdir()) == []


def test_bad_parameter_is_explained(parent, ctx, dialogs):
    assert export.export_report(parent, ctx, "class-list", class_name="Lá 99") is None
    assert "Lá 99" in dialogs["errors"][0]


def test_new_database_without_school_year_says_where_to_start(parent, db, dialogs, tmp_path):
    ctx = AppContext(db, tmp_path / "new.sqlite3")
    assert ctx.school_year is None
    assert export.export_report(parent, ctx, "meals-statements", month="2026-09") is None
    assert dialogs["save"] == []
    # Whichever language earlier tests installed: the app's own message, not the CLI's English one.
    assert dialogs["errors"] == [QCoreApplication.translate(
        "ReportExport", "No school year yet: choose or create one in File › School settings…")]


def test_missing_settings_are_named_after_saving(qtbot, parent, ctx, dialogs):
    ctx.db.execute("UPDATE school SET principal_name = '' WHERE id = 1")
    _run(qtbot, export.export_report(parent, ctx, "class-list", class_name="Lá 1"))
    assert "Họ tên hiệu trưởng" in dialogs["boxes"][0][1]


def test_print_opens_the_pdf_in_the_system_viewer(qtbot, parent, ctx, dialogs):
    path = _run(qtbot, export.print_report(parent, ctx, "class-list", class_name="Lá 2"))
    assert dialogs["save"] == []
    assert dialogs["opened"] == [str(path)]
    assert "Lá 2" in PdfReader(path).pages[0].extract_text()


def test_cancel_during_build_leaves_nothing(qtbot, parent, ctx, dialogs, monkeypatch):
    from kindergarten_desktop.ui import workers

    real = workers.run_in_background

    def cancelling(parent, job, **kw):
        return real(parent, lambda progress: job(lambda *_: False), **kw)

    monkeypatch.setattr(workers, "run_in_background", cancelling)
    assert _run(qtbot, export.export_report(parent, ctx, "class-list")) is None
    assert dialogs["errors"] == [] and list(dialogs["out"].iterdir()) == []


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_incomplete_round_asks_before_printing(qtbot, parent, ctx, dialogs, monkeypatch, answer):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda _p, _t, text, *_a: asked.append(text) or answer))
    from kindergarten_desktop.reports.kinds.growth_summary import completeness
    from kindergarten_desktop.reports.registry import get_kind, resolve_params

    measured, enrolled = completeness(ctx.db, resolve_params(ctx.db, get_kind("growth-summary"), round=2))
    assert measured < enrolled  # the demo school has absent children in every round
    flow = export.export_report(parent, ctx, "growth-summary", fmt="xlsx", round=2)
    assert f"{measured}/{enrolled}" in asked[0]  # "Đợt cân đo 2 mới cân đo 457/470 trẻ ..."
    if answer == QMessageBox.StandardButton.No:
        assert flow is None and list(dialogs["out"].iterdir()) == []
    else:
        assert _run(qtbot, flow).suffix == ".xlsx"


def test_a_signed_in_account_prints_through_the_background_connection(qtbot, parent, accounts_db, accounts_db_copy,
                                                                         dialogs):
    """The build runs on its own connection: it prints as the account signed in here, so the
    accountant gets the ledger (it would be refused to nobody) and the kitchen is refused
    before any file dialog, in its language."""
    from tests.accounts.conftest import act_as

    ctx = AppContext(accounts_db, accounts_db_copy)
    act_as(accounts_db, "ketoan")
    path = _run(qtbot, export.export_report(parent, ctx, "meals-ledger", fmt="xlsx", month="2026-02"))
    assert path is not None and openpyxl.load_workbook(path).sheetnames, dialogs["errors"]
    act_as(accounts_db, "bep")
    dialogs["save"].clear()
    assert export.export_report(parent, ctx, "meals-ledger", fmt="xlsx", month="2026-02") is None
    assert dialogs["save"] == []
    assert any("bep" in text for text in dialogs["errors"] + [b[0] for b in dialogs["boxes"]]), dialogs

"""Document settings: defaults from the school settings, values remembered per kind, typed ones win."""

import datetime as dt

import pytest

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.reports import document
from kindergarten_desktop.reports.document import DocSpec, DocumentOverrides, DocumentSettings
from kindergarten_desktop.reports.registry import get_kind, resolve_params
from kindergarten_desktop.school import load_settings, save_settings

SPEC = DocSpec(symbol="KH", recipients=("{governing_body} (để báo cáo);", "{department};", "CB-GV-NV;"),
               drafter_role="nurse")


def test_defaults_come_from_the_school_settings(demo_db):
    found = document.resolve(demo_db, "x", SPEC, None)
    assert found.number == "…/KH-MNHM"
    assert found.recipients == ("UBND phường An Khánh (để báo cáo);", "Sở GD&ĐT thành phố Hà Nội;", "CB-GV-NV;")
    assert found.signer_name == "Nguyễn Thị Thu Hà" and found.signature_lines() == ["HIỆU TRƯỞNG"]
    assert found.drafter == "Phạm Thị Lan" and found.drafter_shown and found.place == "An Khánh"
    assert found.recipient_lines()[-1] == "- Lưu: VT."


def test_a_recipient_whose_setting_is_empty_is_left_out(demo_db):
    settings = load_settings(demo_db)
    settings.department = ""
    save_settings(demo_db, settings)
    assert document.resolve(demo_db, "x", SPEC, None).recipients == ("UBND phường An Khánh (để báo cáo);",
                                                                     "CB-GV-NV;")


def test_typed_values_win_and_only_differences_are_remembered(demo_db):
    typed = DocumentOverrides(number="15/KH-MNHM", recipients=["- UBND phường An Khánh", "", "Lưu: VT"],
                              signer_name="Lê Thị Hồng Nhung", signer_title="Phó hiệu trưởng", summary="Về việc A",
                              date=dt.date(2025, 9, 5))
    chosen = document.resolve(demo_db, "x", SPEC, None, typed)
    assert chosen.signature_lines() == ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"]
    assert chosen.recipient_lines() == ["- UBND phường An Khánh;", "- Lưu: VT."]  # archive printed once
    document.remember(demo_db, "x", SPEC, chosen)
    kept = demo_db.execute("SELECT number, signer_name, place, drafter FROM document_settings WHERE kind = 'x'")
    assert kept.fetchone() == ("15/KH-MNHM", "Lê Thị Hồng Nhung", "", "")  # place and drafter were defaults
    again = document.resolve(demo_db, "x", SPEC, None)
    assert again.number == "15/KH-MNHM" and again.signer_name == "Lê Thị Hồng Nhung"
    assert again.summary == "" and again.date is None  # one document's own, not the kind's
    # A new principal in the school settings reaches the kinds that did not change the signer.
    settings = load_settings(demo_db)
    settings.principal_name = "Trần Văn Minh"
    save_settings(demo_db, settings)
    assert document.resolve(demo_db, "other", SPEC, None).signer_name == "Trần Văn Minh"


def test_values_too_long_are_refused_with_the_field_named():
    with pytest.raises(AppError) as caught:
        document.check(DocumentOverrides(signer_name="A" * 101))
    assert "Người ký" in caught.value.text("vi") and "100" in caught.value.text("vi")
    with pytest.raises(AppError, match="recipients"):
        document.check(DocumentOverrides(recipients=["x"] * 16))


def test_every_kind_resolves_its_document(demo_db):
    """A kind's summary line and number follow its DocSpec (agenda: KH, growth summary: BC …)."""
    params = resolve_params(demo_db, get_kind("agenda"), month="2025-10")
    assert params.document.number == "…/KH-MNHM"
    assert params.document.summary == "Công tác trọng tâm tháng 10/2025"
    growth = resolve_params(demo_db, get_kind("growth-summary"), round=2)
    assert growth.document.drafter == "Phạm Thị Lan" and growth.document.number == "…/BC-MNHM"
    attendance = resolve_params(demo_db, get_kind("attendance"), month="2025-10")
    assert attendance.document.number == ""  # a record kept by the school, not numbered


def test_plain_settings_for_callers_without_a_database():
    plain = DocumentSettings()
    assert plain.recipient_lines() == ["- Lưu: VT."] and plain.signature_lines() == ["HIỆU TRƯỞNG"]

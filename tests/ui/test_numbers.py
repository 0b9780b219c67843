"""On-screen numbers follow the interface language's default QLocale."""

import pytest
from PySide6.QtCore import QLocale

from kindergarten_desktop.ui.numbers import ui_decimal_text, ui_money, ui_number

EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture
def english():
    QLocale.setDefault(EN)  # conftest puts vi_VN back after the test


def test_vietnamese_by_default():
    assert ui_number(13.8) == "13,8"
    assert ui_money(16302870) == "16.302.870 ₫"
    assert ui_decimal_text("13,8") == "13.8"


def test_english(english):
    assert ui_number(13.8) == "13.8"
    assert ui_number(93.456, 1) == "93.5"
    assert ui_money(16302870) == "16,302,870 ₫"
    assert ui_money(28000, symbol=False) == "28,000"
    assert ui_decimal_text("13.8") == ui_decimal_text("13,8") == "13.8"
    with pytest.raises(ValueError):
        ui_decimal_text("1,000")

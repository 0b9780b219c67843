import pytest
from PySide6.QtCore import QLocale

from kindergarten_desktop.ui.age_group_label import age_group_label


@pytest.fixture
def locale():
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def test_label_follows_the_interface_language(qapp, locale):
    locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert age_group_label("age_4_5") == "Kindergarten 4–5 years"
    locale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    assert age_group_label("age_4_5") == "Mẫu giáo 4–5 tuổi (nhỡ)"
    assert age_group_label("odd_code") == "odd_code"

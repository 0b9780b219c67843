"""The growth targets dialog: shows the stored targets, refuses bad values naming the field, saves."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from kindergarten_desktop.db.settings import get_setting, set_setting
from kindergarten_desktop.growth.summary import TARGETS_KEY, load_targets
from kindergarten_desktop.ui.growth.targets_dialog import TargetsDialog


@pytest.fixture
def warnings(monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: seen.append(text)))
    return seen


@pytest.fixture
def dialog(qtbot, db):
    widget = TargetsDialog(db)
    qtbot.addWidget(widget)
    return widget


def test_defaults_shown_and_saved_as_typed(qtbot, db, dialog, warnings):
    assert dialog.fields["malnutrition"].text() == "2,0"
    assert dialog.fields["overweight_obesity"].text() == "5,0"
    assert dialog.fields["stunting"].text() == ""
    dialog.fields["malnutrition"].setText("1,5 %")
    dialog.fields["stunting"].setText("3.25")
    dialog.fields["overweight_obesity"].clear()  # no target any more
    dialog.accept()
    assert warnings == [] and dialog.result() == TargetsDialog.DialogCode.Accepted
    assert get_setting(db, TARGETS_KEY) == {"malnutrition": 1.5, "stunting": 3.2}
    assert load_targets(db) == {"malnutrition": 1.5, "stunting": 3.2}


@pytest.mark.parametrize(("text", "expected"), [
    ("abc", "Stunting: “abc” is not a number."),
    ("120", "Stunting: 120,0 % is outside 0–100 %."),
    ("-1", "Stunting: -1,0 % is outside 0–100 %."),
    ("nan", "Stunting: “nan” is not a number."),
])
def test_bad_value_refused_with_the_field_named_and_nothing_saved(qtbot, db, warnings, text, expected):
    set_setting(db, TARGETS_KEY, {"malnutrition": 2.0, "stunting": 4.0})
    dialog = TargetsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["malnutrition"].setText("1")
    dialog.fields["stunting"].setText(text)
    dialog.accept()
    assert len(warnings) == 1 and expected in warnings[0]
    assert warnings[0].startswith("Nothing was saved:")
    assert dialog.isVisible() and dialog.result() != TargetsDialog.DialogCode.Accepted
    assert get_setting(db, TARGETS_KEY) == {"malnutrition": 2.0, "stunting": 4.0}


def test_english_interface_shows_and_reads_a_decimal_point(qtbot, db, warnings):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    dialog = TargetsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.fields["malnutrition"].text() == "2.0"
    dialog.fields["malnutrition"].setText("1.5")
    dialog.fields["stunting"].setText("3,5")  # the Vietnamese comma is still read
    dialog.accept()
    assert warnings == [] and load_targets(db)["malnutrition"] == 1.5 and load_targets(db)["stunting"] == 3.5

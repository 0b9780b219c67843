"""Age-group names in the interface language (printed reports stay Vietnamese)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from kindergarten_desktop.roster.age_groups import BY_CODE


def age_group_label(code: str) -> str:
    """The group's Vietnamese or English name, following the language chosen for the UI
    (ui.i18n sets the default QLocale with the translators); an unknown code as it is."""
    group = BY_CODE.get(code)
    if group is None:
        return code
    return group.label_vi if QLocale().language() == QLocale.Language.Vietnamese else group.label_en

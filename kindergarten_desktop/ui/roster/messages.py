"""Vietnamese for the roster domain's messages (validation, movements, import): the domain
speaks English, like the code; this maps each message shape to a translatable template."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("RosterMessages", text)


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    # (message shape, template with %1, %2 ... for the captured parts); built on each call so
    # a language switch takes effect.
    shapes = [
        (r"Full name is empty",
         QT_TRANSLATE_NOOP("RosterMessages", "Full name is empty")),
        (r"Date of birth is missing|date of birth is missing",
         QT_TRANSLATE_NOOP("RosterMessages", "Date of birth is missing")),
        (r"Sex must be male or female",
         QT_TRANSLATE_NOOP("RosterMessages", "Sex must be male or female")),
        (r"Enrolment date is before the date of birth",
         QT_TRANSLATE_NOOP("RosterMessages", "Enrolment date is before the date of birth")),
        (r"Class name is empty",
         QT_TRANSLATE_NOOP("RosterMessages", "Class name is empty")),
        (r"Class name is (\d+) characters long; at most (\d+) are allowed",
         QT_TRANSLATE_NOOP("RosterMessages", "Class name is %1 characters long; at most %2 are allowed")),
        (r"Capacity must be at least 1",
         QT_TRANSLATE_NOOP("RosterMessages", "Capacity must be at least 1")),
        (r"Give the reason for the withdrawal",
         QT_TRANSLATE_NOOP("RosterMessages", "Give the reason for the withdrawal")),
        (r"The child has never been enrolled; enrol it as a new child",
         QT_TRANSLATE_NOOP("RosterMessages", "The child has never been enrolled; enrol it as a new child")),
        (r"Date of birth (.+) is in the future",
         QT_TRANSLATE_NOOP("RosterMessages", "Date of birth %1 is in the future")),
        (r"On (.+) the child is (\d+) years (\d+) months old; a kindergarten takes children from 6 months to 7 years",
         QT_TRANSLATE_NOOP("RosterMessages", "On %1 the child is %2 years %3 months old; a kindergarten "
                           "takes children from 6 months to 7 years")),
        (r"On (.+) the child is (\d+) years (\d+) months old, at the limit of kindergarten age \(6 months to 7 years\)",
         QT_TRANSLATE_NOOP("RosterMessages", "On %1 the child is %2 years %3 months old, at the limit of "
                           "kindergarten age (6 months to 7 years)")),
        (r"Born in (\d+): children of this class's age group are usually born in (\d+)",
         QT_TRANSLATE_NOOP("RosterMessages", "Born in %1: children of this class's age group are usually born in %2")),
        (r"'(.+)' has no family name",
         QT_TRANSLATE_NOOP("RosterMessages", "'%1' has no family name")),
        (r"Unknown ethnicity '(.*)'",
         QT_TRANSLATE_NOOP("RosterMessages", "Unknown ethnicity '%1'")),
        (r"ethnicity '(.*)' is not one of the 54 groups",
         QT_TRANSLATE_NOOP("RosterMessages", "ethnicity '%1' is not one of the 54 groups")),
        (r"A class named '(.+)' already exists in this school year",
         QT_TRANSLATE_NOOP("RosterMessages", "A class named '%1' already exists in this school year")),
        (r"Capacity (\d+) is above the legal maximum of (\d+) children for this age group \(Thông tư 52/2020\)",
         QT_TRANSLATE_NOOP("RosterMessages", "Capacity %1 is above the legal maximum of %2 children for "
                           "this age group (Thông tư 52/2020)")),
        (r"The class holds (\d+) children, above the legal maximum of (\d+)",
         QT_TRANSLATE_NOOP("RosterMessages", "The class holds %1 children, above the legal maximum of %2")),
        (r"(Father's|Mother's|Guardian's) phone: (.+)", "%1: %2"),
        (r"'(.*)' is not a Vietnamese phone number .*",
         QT_TRANSLATE_NOOP("RosterMessages", "'%1' is not a Vietnamese phone number (a mobile has 10 "
                           "digits starting 03, 05, 07, 08 or 09; a landline 11 starting 02)")),
        (r"'(.*)' is not a phone number .*",
         QT_TRANSLATE_NOOP("RosterMessages", "'%1' is not a phone number")),
        (r"(.+) is outside the school year of class (.+) \((.+) – (.+)\)",
         QT_TRANSLATE_NOOP("RosterMessages", "%1 is outside the school year of class %2 (%3 – %4)")),
        (r"The child is already in class (.+) from (\S+) to (\S+)",
         QT_TRANSLATE_NOOP("RosterMessages", "The child is already in class %1 from %2 to %3")),
        (r"The child is already in class (.+) from (\S+)",
         QT_TRANSLATE_NOOP("RosterMessages", "The child is already in class %1 from %2")),
        (r"The child is already in class (.+)",
         QT_TRANSLATE_NOOP("RosterMessages", "The child is already in class %1")),
        (r"The child is in no class on (.+)",
         QT_TRANSLATE_NOOP("RosterMessages", "The child is in no class on %1")),
        (r"The stay in (.+) already ends on (.+)",
         QT_TRANSLATE_NOOP("RosterMessages", "The stay in %1 already ends on %2")),
        (r"The transfer date must be after the start in (.+) \((.+)\)",
         QT_TRANSLATE_NOOP("RosterMessages", "The transfer date must be after the start in %1 (%2)")),
        (r"The child has (\d+) attendance marks after (.+); remove them first or choose a later date",
         QT_TRANSLATE_NOOP("RosterMessages", "The child has %1 attendance marks after %2; remove them "
                           "first or choose a later date")),
        (r"The children have already been promoted to (.+)",
         QT_TRANSLATE_NOOP("RosterMessages", "The children have already been promoted to %1")),
        (r"(.+) is not a school day",
         QT_TRANSLATE_NOOP("RosterMessages", "%1 is not a school day")),
        (r"(.+) is not enrolled on (.+)",
         QT_TRANSLATE_NOOP("RosterMessages", "%1 is not enrolled on %2")),
        (r"date of birth '(.*)' is not a date \(dd/mm/yyyy\)",
         QT_TRANSLATE_NOOP("RosterMessages", "date of birth '%1' is not a date (dd/mm/yyyy)")),
        (r"sex '(.*)' is neither Nam nor Nữ",
         QT_TRANSLATE_NOOP("RosterMessages", "sex '%1' is neither Nam nor Nữ")),
        (r"sex is missing",
         QT_TRANSLATE_NOOP("RosterMessages", "sex is missing")),
        (r"no class \(fill the 'Lớp' column or choose a class\)",
         QT_TRANSLATE_NOOP("RosterMessages", "no class (fill the 'Lớp' column or choose a class)")),
        (r"likely duplicate: .*",
         QT_TRANSLATE_NOOP("RosterMessages", "likely duplicate: a child with the same name and date of "
                           "birth is already in the database (not added again)")),
        (r"likely duplicate of row (\d+) .*",
         QT_TRANSLATE_NOOP("RosterMessages", "likely duplicate of row %1 (same name and date of birth)")),
        (r"No header row found .*",
         QT_TRANSLATE_NOOP("RosterMessages", "No header row found in the first 20 rows: a row needs a 'Họ "
                           "và tên' column and at least 'Ngày sinh' or 'Giới tính'")),
        (r"No children below the header row (\d+)",
         QT_TRANSLATE_NOOP("RosterMessages", "No children below the header row %1")),
        (r"(.+) cannot be read as an \.xlsx workbook: .*",
         QT_TRANSLATE_NOOP("RosterMessages", "%1 cannot be read as an .xlsx workbook")),
    ]
    return [(re.compile(pattern), _t(template)) for pattern, template in shapes]


def _labels() -> dict[str, str]:
    return {"Father's": QCoreApplication.translate("RosterMessages", "Father's phone"),
            "Mother's": QCoreApplication.translate("RosterMessages", "Mother's phone"),
            "Guardian's": QCoreApplication.translate("RosterMessages", "Guardian's phone")}


def translate_message(text: str) -> str:
    """The message in the interface language; each line separately, unknown shapes unchanged."""
    return "\n".join(_line(line) for line in text.split("\n"))


def _line(line: str) -> str:
    for pattern, template in _patterns():
        match = pattern.fullmatch(line)
        if match:
            groups = list(match.groups())
            if template == "%1: %2":  # a labelled phone problem
                groups = [_labels()[groups[0]], _line(groups[1])]
            for n, value in enumerate(groups, start=1):
                template = template.replace(f"%{n}", value)
            return template
    if "; " in line:
        return "; ".join(_line(part) for part in line.split("; "))
    return line

"""Qt's item data roles as the numbers they are (Qt::ItemDataRole, fixed by Qt's ABI).

A model on a tab's first-paint path compares its roles with these instead of naming PySide6's
``Qt`` namespace, whose first use builds its ~120 enums (~16 ms; ui/table_headers.py).
tests/ui/agenda/test_agenda_tab.py checks them against Qt's own.
"""

DISPLAY = 0
TOOLTIP = 3
FONT = 6
TEXT_ALIGNMENT = 7
BACKGROUND = 8
FOREGROUND = 9
USER = 0x0100

"""Everything Qt: the main window, one module per tab, table models, dialogs, workers.

Depends on the domain packages; nothing outside ui/ imports from here (a test enforces it).
"""

"""Export flow and the Reports menu dialog (ui side of kindergarten_desktop.reports)."""

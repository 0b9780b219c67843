"""Widgets of the agenda tab: the month's table, the calendar, the dialogs, undo commands."""

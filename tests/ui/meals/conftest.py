"""Printed vouchers go to a temporary folder and are recorded instead of opened in a viewer."""

import pytest

from kindergarten_desktop.ui.meals import money_dialogs


@pytest.fixture(autouse=True)
def printed(monkeypatch, tmp_path):
    opened = []
    folder = tmp_path / "print"
    folder.mkdir()
    monkeypatch.setattr(money_dialogs, "print_folder", lambda: folder)
    monkeypatch.setattr(money_dialogs, "open_document", opened.append)
    return opened

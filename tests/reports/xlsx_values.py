"""Excel formulas recalculated in tests (pycel), so a test reads what Excel would show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl


class Recalculated:
    """Cell values of a workbook with every formula computed: ``book[sheet, "B7"]`` or
    ``book.value(sheet, row, column)``."""

    def __init__(self, path: Path) -> None:
        from pycel import ExcelCompiler

        self.path = Path(path)
        self.book = openpyxl.load_workbook(self.path)
        self._compiler = ExcelCompiler(filename=str(self.path))

    def value(self, sheet: str, row: int, column: int) -> Any:
        cell = self.book[sheet].cell(row, column)
        if cell.data_type != "f":
            return cell.value
        result = self._compiler.evaluate(f"'{sheet}'!{cell.coordinate}")
        return None if result == "" else result

    def __getitem__(self, key: tuple[str, str]) -> Any:
        sheet, coordinate = key
        cell = self.book[sheet][coordinate]
        return self.value(sheet, cell.row, cell.column)

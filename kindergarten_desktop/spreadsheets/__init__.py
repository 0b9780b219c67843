"""Reading rows from .xlsx and .csv files with bounded memory — for every importer.

    from kindergarten_desktop.spreadsheets import SheetReader, SpreadsheetError

    reader = SheetReader(path)              # checks the file; raises SpreadsheetError (an AppError)
    for row in reader.rows():               # streams: one row in memory at a time
        row.number, row.values              # 1-based sheet row number, values (None for empty cells)
    reader.ignored_cells                    # references of cells beyond MAX_COLUMNS that were skipped

Why not ``openpyxl.load_workbook(...).iter_rows()``: even in read-only mode openpyxl pads every
row to the sheet's *declared* dimension and yields every missing row, so a 5 KB workbook with
one stray cell at XFD1048576 asks for 16,384 × 1,048,576 cells (~24 GB). Here only the rows
present in the file are yielded, each up to its own last cell and at most ``max_columns`` wide;
rows that are entirely empty are skipped (``Row.number`` keeps the place).

Files that are not what they claim get a message saying what to do: an old ``.xls`` (OLE2)
→ "save it as .xlsx"; a password-protected workbook (also OLE2, with an EncryptedPackage)
→ "remove the password"; anything else that is not a zip → "not an .xlsx file".
CSV: UTF-8 (with or without BOM) or the Vietnamese Windows code page 1258; comma, semicolon
or tab, guessed from the first line.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kindergarten_desktop.errors import AppError

SUFFIXES = (".xlsx", ".csv")
MAX_COLUMNS = 1000  # the widest table a school sheet plausibly has; cells further right are skipped
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


class SpreadsheetError(AppError):
    """The file cannot be read as a table; the code says why and what to do."""


@dataclass
class Row:
    number: int  # 1-based row number in the sheet
    values: list[Any]


def column_letter(index: int) -> str:
    """1 → A, 27 → AA, 16384 → XFD."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _contains(path: Path, needle: bytes, chunk: int = 1 << 20) -> bool:
    """Whether the file holds ``needle``, read in chunks (bounded memory)."""
    tail = b""
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            if needle in tail + block:
                return True
            tail = block[-len(needle):]
    return False


def check_file(path: Path | str) -> str:
    """The kind of the file ("xlsx" or "csv") after checking it can be read; else SpreadsheetError."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_dir():
        raise SpreadsheetError("spreadsheets.folder", path=path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise SpreadsheetError("spreadsheets.missing", path=path) from None
    except OSError as exc:
        raise SpreadsheetError("spreadsheets.unreadable", path=path, reason=exc.strerror or str(exc)) from None
    if head.startswith(OLE2_MAGIC):
        code = "spreadsheets.encrypted" if _contains(path, _ENCRYPTED_MARK) else "spreadsheets.xls"
        raise SpreadsheetError(code, path=path)
    if suffix == ".xls":
        raise SpreadsheetError("spreadsheets.xls", path=path)
    if suffix == ".csv":
        return "csv"
    if suffix not in (".xlsx", ".xlsm"):
        raise SpreadsheetError("spreadsheets.suffix", path=path)
    if not zipfile.is_zipfile(path):
        raise SpreadsheetError("spreadsheets.not_xlsx", path=path)
    return "xlsx"


class SheetReader:
    """The rows of the first (or ``sheet``-th) worksheet of an .xlsx, or of a .csv."""

    def __init__(self, path: Path | str, *, sheet: int = 0, max_columns: int = MAX_COLUMNS) -> None:
        self.path = Path(path)
        self.kind = check_file(self.path)
        self.sheet = sheet
        self.max_columns = max_columns
        self.ignored_cells: list[str] = []  # first few references of skipped far cells
        self.ignored_count = 0
        self.delimiter = ","

    def rows(self) -> Iterator[Row]:
        if self.kind == "csv":
            return self._csv_rows()
        return self._xlsx_rows()

    def _ignore(self, row: int, column: int) -> None:
        self.ignored_count += 1
        if len(self.ignored_cells) < 5:
            self.ignored_cells.append(f"{column_letter(column)}{row}")

    # --- xlsx ---------------------------------------------------------------------------------
    def _xlsx_rows(self) -> Iterator[Row]:
        from openpyxl import load_workbook
        from openpyxl.worksheet._reader import WorkSheetParser

        try:
            book = load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for a damaged or foreign file
            raise SpreadsheetError("spreadsheets.damaged", path=self.path,
                                   reason=f"{type(exc).__name__}: {exc}") from None
        try:
            if len(book.worksheets) <= self.sheet:
                raise SpreadsheetError("spreadsheets.no_sheet", path=self.path)
            ws = book.worksheets[self.sheet]
            try:
                with ws._get_source() as source:  # the sheet's XML, streamed from the zip
                    parser = WorkSheetParser(source, ws._shared_strings, data_only=True, epoch=book.epoch,
                                             date_formats=book._date_formats,
                                             timedelta_formats=book._timedelta_formats)
                    for number, cells in parser.parse():
                        values = self._row_values(number, cells)
                        if values:
                            yield Row(number, values)
            except SpreadsheetError:
                raise
            except Exception as exc:  # noqa: BLE001 - a damaged sheet part
                raise SpreadsheetError("spreadsheets.damaged", path=self.path,
                                       reason=f"{type(exc).__name__}: {exc}") from None
        finally:
            book.close()

    def _row_values(self, number: int, cells: list[dict[str, Any]]) -> list[Any]:
        present: dict[int, Any] = {}
        for cell in cells:
            value = cell.get("value")
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            column = int(cell["column"])
            if column > self.max_columns:
                self._ignore(number, column)
                continue
            present[column] = value
        if not present:
            return []
        values: list[Any] = [None] * max(present)
        for column, value in present.items():
            values[column - 1] = value
        return values

    # --- csv ----------------------------------------------------------------------------------
    def _csv_rows(self) -> Iterator[Row]:
        raw = self.path.read_bytes()
        if b"\x00" in raw[:4096]:
            raise SpreadsheetError("spreadsheets.not_text", path=self.path)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Vietnamese Windows code page: tones are separate combining marks there, composed here.
            text = unicodedata.normalize("NFC", raw.decode("cp1258", errors="replace"))
        del raw
        first = text.split("\n", 1)[0]
        self.delimiter = max((",", ";", "\t"), key=first.count)
        try:
            for number, record in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter),
                                            start=1):
                if len(record) > self.max_columns:
                    for column in range(self.max_columns + 1, len(record) + 1):
                        if record[column - 1].strip():
                            self._ignore(number, column)
                    record = record[:self.max_columns]
                if any(v.strip() for v in record):
                    yield Row(number, list(record))
        except csv.Error as exc:
            raise SpreadsheetError("spreadsheets.unreadable", path=self.path, reason=str(exc)) from None

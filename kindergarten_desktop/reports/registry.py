"""The one registry of report kinds, behind both the ``report`` command and the GUI.

How to add a report kind
------------------------
Create a module in ``kindergarten_desktop/reports/kinds/`` (it is found automatically) that
defines ``KINDS``, a tuple of :class:`ReportKind`. Import reportlab/openpyxl (and the kit's
``reports.pdf`` / ``reports.excel``, which import them) *inside* ``build``: the GUI imports
every kind module at start-up to build its Reports menu, and must stay fast
(tests/reports/test_registry.py checks this). A minimal example::

    # kindergarten_desktop/reports/kinds/hello.py
    from kindergarten_desktop.reports.document import DocSpec
    from kindergarten_desktop.reports.registry import ReportKind, ReportParams

    def build(db, params: ReportParams, fmt: str, out_path, progress) -> None:
        if fmt == "pdf":
            from kindergarten_desktop.reports import pdf

            doc = pdf.OfficialDocument(db, document=params.document)  # number, place, date, signer ...
            story = doc.heading("Thông báo", f"Năm học {params.year.name}", summary="Về việc ...")
            story.append(doc.table(["STT", "Nội dung"], [(1, "Một dòng")], widths=[1, 6]))
            story += doc.closing()  # Nơi nhận + signer, kept with the last rows
            doc.build(out_path, story)
        else:
            from kindergarten_desktop.reports import excel

            book = excel.Workbook(db, document=params.document)
            sheet = book.sheet("Thông báo", title="Thông báo", summary="Về việc ...")
            sheet.table([excel.Column("STT", "int"), excel.Column("Nội dung"),
                         excel.Column("Số tiền", "money", total=True)], [(1, "Một dòng", 28000)])
            book.save(out_path)  # writes the closing block below the table

    KINDS = (
        ReportKind(
            name="hello",                     # the CLI name: kindergarten-desktop report hello ...
            title="Thông báo mẫu",            # Vietnamese title shown in menus and dialogs
            formats=("pdf", "xlsx"),
            build=build,
            file_stem=lambda p: f"Thong bao {p.year.name}",  # accents are stripped for you
            needs=("year",),                  # the year always resolves (default: current year)
            accepts=("class",),               # optional parameters
            # TB: "15/TB-MNHM"; default recipients ({governing_body}, {department} from the
            # school settings); drafter_role="nurse" for a statistical table signed by its drafter.
            document=DocSpec(symbol="TB", recipients=("Cha mẹ trẻ;",)),
        ),
    )

Every kind goes through the same header and closing: tests/reports/test_every_kind.py renders
each registered kind (found here) on two demo schools and checks the header, the closing kept
with the last rows, continuous page numbers, embedded fonts and the Excel copy's formulas. Cell
values that are user text are written as text (``excel.set_value``); a live formula is an
``excel.Formula("=SUM(...)")``.

``build`` writes ``out_path`` (a temporary file: :func:`run_report` renames it into place
only once ``build`` returned, and deletes it on any error) and calls ``progress(done, total,
text)`` now and then; when it returns False the user cancelled and ``build`` raises
:class:`Cancelled` (``check_progress`` does both). Bad parameters raise :class:`ReportError`
with a message naming the parameter.

Parameters: ``year`` (``YYYY-YYYY``, default the current school year), ``month`` (``YYYY-MM``),
``date`` (``YYYY-MM-DD``), ``class`` (a class name of that year) and ``round`` (a positive
number). They arrive parsed and checked in a :class:`ReportParams`.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.reports.document import DocSpec, DocumentOverrides, DocumentSettings
from kindergarten_desktop.school import SchoolYear, current_school_year, find_school_year, parse_school_year_name

PARAMETERS = ("year", "month", "date", "class", "round")
FORMATS = ("pdf", "xlsx", "csv")
# progress(done, total, text) -> False once the user cancelled (same contract as ui.workers).
Progress = Callable[[int, int, str], bool]


class ReportError(AppError):
    """Bad request (unknown kind, missing or malformed parameter, nothing to print, unwritable
    file): a ``reports.*`` code whose text (reports/messages.py) is for the user."""


class Cancelled(ReportError):
    """The user cancelled a build; nothing was written."""


@dataclass(frozen=True)
class ReportParams:
    """Checked parameters of one report. ``month`` is the first day of the month."""

    year: SchoolYear
    month: dt.date | None = None
    date: dt.date | None = None
    class_id: int | None = None
    class_name: str | None = None
    round: int | None = None
    # Number, recipients, signer, place and date of the document (reports.document); kinds pass
    # it to pdf.OfficialDocument / excel.Workbook, which print the header and the closing from it.
    document: DocumentSettings = field(default_factory=DocumentSettings)


@dataclass(frozen=True)
class ReportKind:
    name: str
    title: str
    formats: tuple[str, ...]
    build: Callable[[Database, ReportParams, str, Path, Progress], None]
    file_stem: Callable[[ReportParams], str]
    needs: tuple[str, ...] = ("year",)
    accepts: tuple[str, ...] = ()
    description: str = ""
    document: DocSpec = field(default_factory=DocSpec)  # symbol, default recipients, drafter ...
    # A reason to think twice before printing (an incomplete round ...): the GUI asks for a
    # confirmation, the CLI prints it as a warning. None when all is well.
    warning: Callable[[Database, ReportParams], AppError | None] | None = None

    def __post_init__(self) -> None:
        unknown = (set(self.needs) | set(self.accepts)) - set(PARAMETERS)
        if unknown or not set(self.formats) <= set(FORMATS):
            raise ValueError(f"report kind {self.name!r}: unknown parameter or format {sorted(unknown)}")

    @property
    def parameters(self) -> tuple[str, ...]:
        """Every parameter the kind uses, needed ones first."""
        return self.needs + tuple(p for p in self.accepts if p not in self.needs)


@dataclass(frozen=True)
class ReportResult:
    path: Path
    # Vietnamese labels of the school settings still empty (placeholders were printed instead).
    missing_settings: list[str] = field(default_factory=list)


@cache
def all_kinds() -> dict[str, ReportKind]:
    """Every registered kind by CLI name, in menu order (Vietnamese title)."""
    from kindergarten_desktop.names import text_sort_key
    from kindergarten_desktop.reports import kinds

    found: dict[str, ReportKind] = {}
    for info in pkgutil.iter_modules(kinds.__path__):
        module = importlib.import_module(f"{kinds.__name__}.{info.name}")
        for kind in getattr(module, "KINDS", ()):
            if kind.name in found:
                raise ValueError(f"report kind {kind.name!r} registered twice")
            found[kind.name] = kind
    return dict(sorted(found.items(), key=lambda item: text_sort_key(item[1].title)))


def get_kind(name: str) -> ReportKind:
    kinds = all_kinds()
    if name not in kinds:
        raise ReportError("reports.unknown_kind", name=name, available=", ".join(sorted(kinds)))
    return kinds[name]


def format_of(path: str | Path) -> str:
    """'x.PDF' -> 'pdf'; the format is taken from the file extension."""
    return Path(path).suffix.lower().lstrip(".")


def resolve_params(
    db: Database,
    kind: ReportKind,
    *,
    year: str | None = None,
    month: str | None = None,
    date: str | None = None,
    class_name: str | None = None,
    round: int | str | None = None,
    document: DocumentOverrides | None = None,
) -> ReportParams:
    """Parse and check the raw parameters (strings as typed on the command line) for ``kind``.

    ``date`` is also the document's date: a kind that takes no date still accepts it for the
    date line. ``document`` holds what the person printing typed (see reports.document)."""
    from dataclasses import replace

    from kindergarten_desktop.reports import document as documents

    given = {"year": year, "month": month, "date": date, "class": class_name, "round": round}
    for name, value in given.items():
        if value in (None, ""):
            if name in kind.needs and name != "year":
                raise ReportError("reports.needs_param", kind=kind.name, option=name)
        elif name not in kind.parameters and name != "date":
            raise ReportError("reports.takes_no_param", kind=kind.name, option=name)
    month_day = _month(month) if month else None
    day = _date(date) if date else None
    # A kind that does not need the year works on a database without school years (a fresh one).
    school_year = _year(db, year, None if "year" in kind.needs else (day or month_day))
    class_id = None
    if class_name:
        row = db.execute("SELECT id, name FROM class WHERE school_year_id = ? AND name = ?",
                         [school_year.id, class_name.strip()]).fetchone()
        if not row:
            from kindergarten_desktop.roster.queries import list_classes

            names = [c.name for c in list_classes(db, school_year.id)]
            raise ReportError("reports.no_such_class", class_name=class_name, year=school_year.name,
                              classes=", ".join(names) or "-")
        class_id, class_name = row
    from kindergarten_desktop.reports import readers

    readers.check(db, kind.name, class_id)  # who may print it: every front end starts here
    round_number = _round(round) if round is not None and round != "" else None
    overrides = document or DocumentOverrides()
    if day is not None and overrides.date is None:
        overrides = replace(overrides, date=day)
    if "date" not in kind.parameters:
        day = None
    documents.check(overrides)
    params = ReportParams(school_year, month_day, day, class_id, class_name or None, round_number)
    return replace(params, document=documents.resolve(db, kind.name, kind.document, params, overrides))


def _year(db: Database, text: str | None, day: dt.date | None = None) -> SchoolYear:
    if not text:
        year = current_school_year(db)
        if year is None and day is not None:  # not stored: the school year of ``day``
            from kindergarten_desktop.school import school_year_name, school_year_start_for

            start = school_year_start_for(day)
            return SchoolYear(0, school_year_name(start), dt.date(start, 9, 1), dt.date(start + 1, 8, 31))
        if year is None:
            raise ReportError("reports.no_school_year")
        return year
    try:
        parse_school_year_name(text)
    except ValueError:
        raise ReportError("reports.bad_year", text=text) from None
    year = find_school_year(db, text.strip())
    if year is None:
        raise ReportError("reports.unknown_year", year=text.strip())
    return year


def _month(text: str) -> dt.date:
    try:
        y, m = text.strip().split("-")
        return dt.date(int(y), int(m), 1)
    except ValueError:
        raise ReportError("reports.bad_month", text=text) from None


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ReportError("reports.bad_date", text=text) from None


def _round(value: int | str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise ReportError("reports.bad_round", value=value)
    return number


def check_progress(progress: Progress, done: int, total: int, text: str = "") -> None:
    """Report progress; raise Cancelled if the user asked to stop."""
    if progress(done, total, text) is False:
        raise Cancelled("reports.cancelled")


def default_file_name(kind: ReportKind, params: ReportParams, fmt: str) -> str:
    """'Danh_sach_lop_La_1_2024-2025.xlsx': the kind's stem without accents."""
    from kindergarten_desktop.reports.filenames import safe_file_name

    return f"{safe_file_name(kind.file_stem(params))}.{fmt}"


def run_report(db: Database, kind: ReportKind, params: ReportParams, out_path: str | Path,
               progress: Progress | None = None) -> ReportResult:
    """Build ``kind`` into ``out_path`` (format from its extension) atomically: on any error or
    cancel nothing is left behind, and an existing file is kept unchanged."""
    from kindergarten_desktop.reports.letterhead import missing_setting_labels
    from kindergarten_desktop.reports.output import atomic_output

    out_path = Path(out_path)
    fmt = format_of(out_path)
    if fmt not in kind.formats:
        raise ReportError("reports.wrong_format", kind=kind.name, formats=" / ".join("." + f for f in kind.formats),
                          got=out_path.suffix or "-")
    from kindergarten_desktop.reports.document import in_effect

    with atomic_output(out_path) as tmp, in_effect(params.document):
        kind.build(db, params, fmt, tmp, progress or (lambda _d, _t, _x: True))
    return ReportResult(out_path, missing_setting_labels(db))

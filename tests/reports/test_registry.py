"""The registry: discovery, parameter checks, default file names, atomic run_report."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from kindergarten_desktop.reports.registry import (
    Cancelled,
    ReportError,
    ReportKind,
    all_kinds,
    default_file_name,
    get_kind,
    resolve_params,
    run_report,
)

ROOT = Path(__file__).resolve().parents[2]


def _kind(**overrides) -> ReportKind:
    def build(_db, _params, _fmt, out_path, progress):
        if progress(1, 2, "half") is False:
            raise Cancelled("cancelled")
        Path(out_path).write_bytes(b"%PDF-1.4 test")

    values = dict(name="test", title="Thử", formats=("pdf",), build=build, file_stem=lambda p: f"Thử {p.year.name}",
                  needs=("year", "month"), accepts=("class", "round"))
    values.update(overrides)
    return ReportKind(**values)


def test_class_list_is_discovered():
    kind = get_kind("class-list")
    assert kind is all_kinds()["class-list"]
    assert set(kind.formats) == {"pdf", "xlsx"}


def test_unknown_kind_lists_the_known_ones():
    with pytest.raises(ReportError, match="Unknown report “nope”.*class-list"):
        get_kind("nope")


def test_kind_with_unknown_parameter_is_refused():
    with pytest.raises(ValueError, match="week"):
        _kind(accepts=("week",))


def test_kind_modules_do_not_import_heavy_libraries():
    """The Reports menu imports every kind at GUI start-up: reportlab/openpyxl must wait for build()."""
    code = ("import sys; from kindergarten_desktop.reports.registry import all_kinds; all_kinds();"
            "print(sorted(m for m in ('reportlab', 'openpyxl', 'matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_resolve_parameters(demo_db):
    params = resolve_params(demo_db, _kind(), year="2025-2026", month="2025-10", class_name=" Lá 1 ", round="2")
    assert params.year.name == "2025-2026"
    assert params.month == dt.date(2025, 10, 1)
    assert params.class_name == "Lá 1" and params.class_id is not None
    assert params.round == 2


def test_year_defaults_to_the_current_school_year(demo_db):
    assert resolve_params(demo_db, _kind(), month="2025-10").year.name == "2025-2026"


@pytest.mark.parametrize("raw, message", [
    ({}, "needs --month"),
    ({"month": "2025-13"}, "A month is written YYYY-MM"),
    ({"month": "10/2025"}, "A month is written YYYY-MM"),
    ({"month": "2025-10", "year": "2025"}, "A school year is written YYYY-YYYY"),
    ({"month": "2025-10", "year": "2019-2020"}, "no school year 2019-2020"),
    ({"month": "2025-10", "class_name": "Lá 9"}, "no class “Lá 9” in 2025-2026. Classes: .*Lá 1"),
    ({"month": "2025-10", "round": "0"}, "The round is a positive number"),
    ({"month": "2025-10", "round": "x"}, "The round is a positive number"),
])
def test_bad_parameters_are_named(demo_db, raw, message):
    with pytest.raises(ReportError, match=message):
        resolve_params(demo_db, _kind(), **raw)


def test_date_of_a_kind_without_date_is_the_document_date(demo_db):
    params = resolve_params(demo_db, _kind(), month="2025-10", date="2025-10-01")
    assert params.date is None and params.document.date == dt.date(2025, 10, 1)


def test_bad_date(demo_db):
    with pytest.raises(ReportError, match="A day is written YYYY-MM-DD"):
        resolve_params(demo_db, get_kind("class-list"), date="31/12/2025")


def test_no_school_year(db):
    with pytest.raises(ReportError, match="no school year"):
        resolve_params(db, get_kind("class-list"))


def test_default_file_name_strips_accents(demo_db):
    kind = get_kind("class-list")
    params = resolve_params(demo_db, kind, year="2025-2026", class_name="Lá 1")
    assert default_file_name(kind, params, "xlsx") == "Danh_sach_lop_La_1_2025-2026.xlsx"
    params = resolve_params(demo_db, kind, year="2025-2026")
    assert default_file_name(kind, params, "pdf") == "Danh_sach_lop_toan_truong_2025-2026.pdf"


def test_run_report_writes_and_reports_missing_settings(demo_db, tmp_path):
    demo_db.execute("UPDATE school SET principal_name = '' WHERE id = 1")
    kind = _kind()
    result = run_report(demo_db, kind, resolve_params(demo_db, kind, month="2025-10"), tmp_path / "a.pdf")
    assert result.path.read_bytes().startswith(b"%PDF")
    assert result.missing_settings == ["Họ tên hiệu trưởng"]


def test_unsupported_format_writes_nothing(demo_db, tmp_path):
    kind = _kind()
    params = resolve_params(demo_db, kind, month="2025-10")
    for name in ("a.xlsx", "a.docx", "a"):
        with pytest.raises(ReportError, match="is made as .pdf"):
            run_report(demo_db, kind, params, tmp_path / name)
    assert list(tmp_path.glob("a*")) == []


def test_cancel_writes_nothing(demo_db, tmp_path):
    kind = _kind()
    params = resolve_params(demo_db, kind, month="2025-10")
    target = tmp_path / "out.pdf"
    with pytest.raises(Cancelled):
        run_report(demo_db, kind, params, target, progress=lambda *_: False)
    assert list(tmp_path.glob("*out*")) == []

"""BENCHMARKS.md generation (tests/perf/report.py) on a tiny fake pytest-benchmark JSON."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPORT = Path(__file__).resolve().parents[1] / "perf" / "report.py"


@pytest.fixture(scope="module")
def report():
    spec = importlib.util.spec_from_file_location("perf_report", REPORT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def bench(fullname: str, median: float, **extra) -> dict:
    return {"name": fullname.split("::")[1], "fullname": fullname, "extra_info": extra,
            "stats": {"median": median, "min": median, "max": median, "rounds": 3}}


FAKE = {
    "datetime": "2026-11-23T11:35:12.123456+00:00",
    "machine_info": {"cpu": {"brand_raw": "AMD EPYC", "count": 2}, "python_version": "3.11.7",
                     "system": "Linux", "release": "6.1"},
    "commit_info": {"id": "d953fe195f0123456789", "dirty": False, "branch": "bench"},
    "benchmarks": [
        bench("tests/perf/test_startup_perf.py::test_startup_smoke_vs_bare_window", 0.45,
              reference="bare window", reference_s=0.15, ratio=3.0),
        bench("tests/perf/test_memory_perf.py::test_peak_rss_every_tab_opened", 0.57,
              peak_rss_mb=99.4, reference_mb=55.2, ratio=1.8),
        bench("tests/perf/test_roster_perf.py::test_class_switch", 0.012),
        bench("tests/perf/test_meals_perf.py::test_month_ledger", 0.25),
        bench("tests/perf/test_meals_perf.py::test_ledger_excel_export", 3.4),
        bench("tests/perf/test_who_perf.py::test_zscore_batch_million", 0.8),
        bench("tests/perf/test_agenda_perf.py::test_something_new", 0.003),
        bench("tests/perf/test_growth_perf.py::test_named_freely", 0.05, target="growth_grid"),
        bench("tests/perf/test_reports_perf.py::test_class_list[pdf]", 1.2),
        bench("tests/perf/test_reports_perf.py::test_class_list[xlsx]", 2.5),
    ],
}


def rows_by_key(report, failed=()):
    rows, others = report.build_rows(FAKE, list(failed))
    return {row.target.key: row for row in rows}, others


def test_one_row_per_target_and_unmeasured_ones_say_so(report):
    rows, _ = rows_by_key(report)
    assert list(rows) == [t.key for t in report.TARGETS]
    for key in ("attendance_grid", "all_present", "chart_draw", "growth_cards", "statements_pdf", "agenda_pdf",
                "demo", "zscore_csv", "meal_count"):
        row = rows[key]
        assert (row.status, row.measured, row.ratio) == ("not yet measured", "—", "—")
        assert row.command == f"`python -m pytest {row.target.file} -m perf`"


def test_statuses_from_limits_ratios_and_memory(report):
    rows, _ = rows_by_key(report)
    assert (rows["startup"].status, rows["startup"].ratio, rows["startup"].measured) == ("missed", "3.00×", "450 ms")
    assert rows["startup"].reference == "150 ms: bare window"
    assert rows["memory"].status == "met"
    assert rows["memory"].measured == "99 MB peak (run 570 ms)"
    assert (rows["class_switch"].status, rows["class_switch"].measured) == ("met", "12 ms")
    assert rows["ledger"].status == "met"  # the Excel export is not taken for the ledger itself
    assert (rows["ledger_xlsx"].status, rows["ledger_xlsx"].measured) == ("missed", "3.40 s")
    # under a second but no anthro ratio recorded: only partly measured, never "met"
    assert rows["zscore_batch"].status == "partly measured"
    assert rows["growth_grid"].status == "met"  # found through extra_info["target"]
    assert rows["class_list_pdf"].measured == "1.20 s" and rows["class_list_xlsx"].status == "missed"
    pdf = "tests/perf/test_reports_perf.py::test_class_list[pdf]"
    assert rows["class_list_pdf"].command == f"`python -m pytest '{pdf}' -m perf`"
    switch = "tests/perf/test_roster_perf.py::test_class_switch"
    assert rows["class_switch"].command == f"`python -m pytest {switch} -m perf`"


def test_failed_benchmark_is_not_shown_as_unmeasured(report):
    rows, _ = rows_by_key(report, failed=["tests/perf/test_agenda_perf.py::test_month_switch"])
    assert rows["agenda_switch"].status == "benchmark failed"
    assert "test_month_switch" in rows["agenda_switch"].command


def test_unmatched_benchmarks_are_listed_and_markdown_is_written(report, tmp_path):
    _, others = rows_by_key(report)
    assert [b["name"] for b in others] == ["test_something_new"]
    source = tmp_path / "bench.json"
    source.write_text(json.dumps(FAKE), encoding="utf-8")
    junit = tmp_path / "junit.xml"
    junit.write_text('<testsuites><testsuite><testcase classname="tests.perf.test_growth_perf" name="test_chart">'
                     '<failure message="boom"/></testcase>'
                     '<testcase classname="tests.perf.test_demo_perf" name="test_demo_ten_years"/>'
                     '<testcase classname="tests.perf.test_who_perf.TestCsv" name="test_command">'
                     '<error message="boom"/></testcase>'
                     '</testsuite></testsuites>', encoding="utf-8")
    out = tmp_path / "BENCHMARKS.md"
    report.write(source, out, junit, suite_seconds=125.0, load=(1.5, 1.0, 0.5), database="x.sqlite3, 1.0 MiB")
    text = out.read_text(encoding="utf-8")
    table = [line for line in text.splitlines() if line.startswith("| ") and "#" in line.split("|")[2]]
    assert len(table) == len(report.TARGETS)
    assert "| Growth: child chart draws | #6 | < 200 ms | — | — | — | **benchmark failed** |" in text
    assert "| Agenda: monthly agenda PDF | #8 | < 1 s | — | — | — | **not yet measured** |" in text
    assert "python tests/perf/run.py" in text and "Noise" in text and "- 10-year database: x.sqlite3, 1.0 MiB" in text
    assert "Whole suite: 2.1 min (limit: 10 min)\n" in text and "1.50 / 1.00 / 0.50" in text
    report.write(source, out, junit, suite_seconds=660.0)
    assert "Whole suite: 11.0 min (limit: 10 min) — **over the limit**" in out.read_text(encoding="utf-8")
    assert "## Other benchmarks" in text and "test_something_new | 3.0 ms" in text
    csv_node = "tests/perf/test_who_perf.py::TestCsv::test_command"
    assert f"**benchmark failed** | `python -m pytest {csv_node} -m perf`" in text
    n = len(report.TARGETS)  # grows as issues add targets; the fake JSON measures 11 of them
    assert f"Targets: {n}; 5 met, 3 missed, 1 partly measured, 2 failed, {n - 11} not yet measured" in text


def test_durations_read_naturally(report):
    assert [report.duration(s) for s in (75.0, 1.234, 0.45, 0.012, 0.0031, 0.0000123)] == [
        "75.00 s", "1.23 s", "450 ms", "12 ms", "3.1 ms", "12.3 µs"]


def test_command_line_writes_the_file(report, tmp_path):
    source = tmp_path / "bench.json"
    source.write_text(json.dumps({"benchmarks": []}), encoding="utf-8")
    out = tmp_path / "B.md"
    assert report.main([str(source), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("**not yet measured**") == len(report.TARGETS)


@pytest.mark.parametrize(("node", "key"), [
    ("tests/perf/test_growth_engine_perf.py::test_compute_million_rows", "zscore_batch"),
    ("tests/perf/test_zscore_perf.py::test_compute_vs_anthro", "zscore_batch"),
    ("tests/perf/test_who_perf.py::test_zscore_command_csv_100k", "zscore_csv"),
    ("tests/perf/test_reports_perf.py::test_class_list_all_classes[pdf]", "class_list_pdf"),
    ("tests/perf/test_reports_perf.py::test_class_list_all_classes[xlsx]", "class_list_xlsx"),
    ("tests/perf/test_growth_perf.py::test_class_grid_opens", "growth_grid"),
    ("tests/perf/test_growth_perf.py::test_child_chart_draw", "chart_draw"),
    ("tests/perf/test_growth_perf.py::test_growth_cards_whole_school", "growth_cards"),
    ("tests/perf/test_meals_perf.py::test_month_ledger_500", "ledger"),
    ("tests/perf/test_meals_perf.py::test_ledger_excel", "ledger_xlsx"),
    ("tests/perf/test_meals_perf.py::test_todays_meal_count", "meal_count"),
    ("tests/perf/test_roster_perf.py::test_attendance_grid_35", "attendance_grid"),
    ("tests/perf/test_agenda_perf.py::test_agenda_year_pdf", None),  # the whole year has no target
])
def test_plausible_names_find_exactly_their_target(report, node, key):
    assert [t.key for t in report.TARGETS if t.matches_node(node)] == ([key] if key else [])


def test_a_side_by_side_run_lends_its_ratio_to_the_target_it_names(report):
    data = {"benchmarks": [
        bench("tests/perf/test_who_perf.py::test_compute_and_classify_one_million_rows", 0.2),
        bench("tests/perf/test_who_perf.py::test_anthro_package_on_the_same_rows", 30.0, ratio=116.0,
              ratio_for="zscore_batch"),
        bench("tests/perf/test_roster_perf.py::test_month_grid_of_a_35_child_class", 0.015),
    ]}
    rows, others = report.build_rows(data, [])
    by_key = {row.target.key: row for row in rows}
    assert by_key["zscore_batch"].status == report.MET and by_key["zscore_batch"].ratio == "116.00×"
    assert by_key["attendance_grid"].status == report.MET
    assert [b["name"] for b in others] == ["test_anthro_package_on_the_same_rows"]
    data["benchmarks"][1]["extra_info"]["ratio"] = 45.0
    assert {r.target.key: r for r in report.build_rows(data, [])[0]}["zscore_batch"].status == report.MISSED

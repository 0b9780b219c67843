"""Write BENCHMARKS.md from pytest-benchmark's JSON: one row per speed target of the issues.

    python tests/perf/report.py BENCH.json [--junit JUNIT.xml] [--out BENCHMARKS.md]

(tests/perf/run.py runs the suite and calls this.) A benchmark belongs to a target when its
``extra_info["target"]`` names the target's key, or else when its pytest node id matches one
of the target's patterns (fnmatch, case-insensitive) and none of its exclusions. A target with
no benchmark in the JSON shows "not yet measured" — or "benchmark failed" when the JUnit file
says a matching test failed — never a figure. Benchmarks matching no target are listed below
the table so nothing measured is hidden.

Conventions read from ``extra_info``: ``ratio`` in the issue's own terms (start-up: app ÷ bare
window, at most 2; z-scores: anthro's time ÷ ours, at least 60), ``reference`` (what was
compared) with ``reference_s`` (its median in seconds) or ``reference_mb``, and for memory
``peak_rss_mb``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MET, MISSED, PARTLY = "met", "missed", "partly measured"
NOT_MEASURED, FAILED = "not yet measured", "benchmark failed"
INFO = "information"  # a figure shown beside a target, with no verdict of its own


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    issue: int
    goal: str
    file: str  # where the benchmark lives (the command shown while it does not exist yet)
    patterns: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    limit_s: float | None = None  # the median must stay under this
    ratio_max: float | None = None  # extra_info["ratio"] must stay at or under this
    ratio_min: float | None = None  # ... or at or above this
    memory_mb: float | None = None  # extra_info["peak_rss_mb"] must stay under this
    info: bool = False  # a figure shown for information: no verdict

    def matches(self, bench: dict) -> bool:
        if "target" in bench.get("extra_info", {}):
            return bench["extra_info"]["target"] == self.key
        node = bench["fullname"].lower()
        return (any(fnmatch.fnmatchcase(node, p) for p in self.patterns)
                and not any(fnmatch.fnmatchcase(node, p) for p in self.exclude))

    def matches_node(self, node: str) -> bool:
        return self.matches({"fullname": node})


def _t(area: str) -> str:
    return f"tests/perf/test_{area}_perf.py"


TARGETS: tuple[Target, ...] = (
    Target("startup", "Start-up (`--smoke`, 10-year DB)", 2, "≤ 2× bare QMainWindow", _t("startup"),
           (f"{_t('startup')}::*",), ratio_max=2.0),
    # Start-up with each tab restored (the app reopens the tab the user left), issue 19.
    *(Target(f"startup_{tab}", f"Start-up with the {tab} tab restored (10-year DB)", 19, "≤ 2× bare QMainWindow",
             _t("startup_tabs"), (f"{_t('startup_tabs')}::*[[]{tab}[]]",), ratio_max=2.0)
      for tab in ("roster", "growth", "meals", "agenda", "kitchen")),
    # Information beside them: until the restored tab's data is shown (it loads after the first paint).
    *(Target(f"startup_data_{tab}", f"Start-up until the {tab} tab's data is shown (10-year DB)", 19,
             "information (≤ 2× wanted)", _t("startup_tabs"),
             (f"{_t('startup_tabs')}::*data_shown[[]{tab}[]]",), info=True)
      for tab in ("roster", "growth", "meals", "agenda", "kitchen")),
    Target("memory", "Peak memory, every tab opened (10-year DB)", 2, "< 250 MB", _t("memory"),
           (f"{_t('memory')}::*",), memory_mb=250.0),
    Target("class_switch", "Roster: switch class", 5, "< 50 ms", _t("roster"),
           ("*roster*::*class_switch*", "*roster*::*switch*class*"), limit_s=0.050),
    Target("attendance_grid", "Attendance month grid, 35 children", 5, "< 100 ms", _t("roster"),
           ("*::*attendance*grid*", "*::*attendance_month*", "*roster*::*month_grid*"), limit_s=0.100),
    Target("all_present", "Mark all present, whole school", 5, "< 200 ms", _t("roster"),
           ("*::*all_present*",), limit_s=0.200),
    Target("roster_import", "Import a 500-row workbook", 5, "< 3 s", _t("roster"),
           ("*roster*::*import*",), limit_s=3.0),
    Target("growth_grid", "Growth: class entry grid opens", 6, "< 100 ms", _t("growth"),
           ("*growth*::*grid*",), limit_s=0.100),
    Target("chart_draw", "Growth: child chart draws", 6, "< 200 ms", _t("growth"),
           ("*growth*::*chart*",), limit_s=0.200),
    Target("growth_quality", "Growth: whole-school data-quality summary", 16, "< 300 ms", _t("growth"),
           ("*growth*::*data_quality*",), limit_s=0.300),
    Target("growth_summary", "Growth: whole-school summary", 6, "< 300 ms", _t("growth"),
           ("*growth*::*summary*",), limit_s=0.300),
    Target("growth_cards", "Growth cards PDF, whole school (~480 pages)", 6, "< 30 s", _t("growth"),
           ("*growth*::*cards*",), limit_s=30.0),
    Target("zscore_batch", "Z-scores: 1,000,000 rows, 4 indicators + classification", 4,
           "< 1 s (≥ 1,000,000 rows/s); ≥ 60× anthro", _t("who"),
           ("*::*zscore*batch*", "*::*million*", "*::*anthro*", "*who*::*batch*", "*who*::*compute*",
            "*zscore*::*compute*"), exclude=("*csv*", "*command*", "*cli*"), limit_s=1.0, ratio_min=60.0),
    Target("zscore_csv", "`zscore` command, 100,000-row CSV", 4, "< 3 s", _t("who"),
           ("*::*zscore*csv*", "*::*zscore*command*", "*who*::*csv*", "*who*::*command*", "*zscore*::*csv*",
            "*zscore*::*command*", "*zscore*::*cli*"), limit_s=3.0),
    Target("class_list_pdf", "Class list PDF, all classes (~480 children)", 3, "< 3 s", _t("reports"),
           ("*::*class_list*pdf*",), limit_s=3.0),
    Target("class_list_xlsx", "Class list Excel, all classes (~480 children)", 3, "< 2 s", _t("reports"),
           ("*::*class_list*xlsx*", "*::*class_list*excel*"), limit_s=2.0),
    Target("meal_count", "Meals: today's meal count on opening the tab", 7, "< 100 ms", _t("meals"),
           ("*meals*::*meal_count*", "*meals*::*today*"), limit_s=0.100),
    Target("ledger", "Meals: month ledger, 500 children", 7, "< 300 ms", _t("meals"),
           ("*meals*::*ledger*",), exclude=("*xlsx*", "*excel*", "*pdf*"), limit_s=0.300),
    Target("ledger_xlsx", "Meals: ledger Excel export", 7, "< 3 s", _t("meals"),
           ("*meals*::*ledger*xlsx*", "*meals*::*ledger*excel*"), limit_s=3.0),
    Target("statements_pdf", "Meals: statements PDF, whole school", 7, "< 10 s", _t("meals"),
           ("*meals*::*statement*",), limit_s=10.0),
    Target("claim_list", "Meals: Decree 105 lunch-support claim list, a round", 14, "< 2 s", _t("meals"),
           ("*meals*::*lunch_support*",), limit_s=2.0),
    Target("agenda_switch", "Agenda: switch month", 8, "< 50 ms", _t("agenda"),
           ("*agenda*::*switch*",), limit_s=0.050),
    Target("agenda_pdf", "Agenda: monthly agenda PDF", 8, "< 1 s", _t("agenda"),
           ("*agenda*::*pdf*",), exclude=("*year*",), limit_s=1.0),
    Target("kitchen_portion", "Kitchen: the day's portion, both age groups", 17, "< 50 ms", _t("kitchen"),
           ("*kitchen*::*day_portion*",), limit_s=0.050),
    Target("kitchen_month_reports", "Kitchen: a month of portion reports (PDF per school day)", 17, "< 5 s",
           _t("kitchen"), ("*kitchen*::*month_of_portion*",), limit_s=5.0),
    Target("receipt_pdf", "Money: one receipt printed (liên 1 + liên 2)", 14, "< 1 s", _t("money"),
           ("*money*::*receipt*",), limit_s=1.0),
    Target("cash_book", "Money: cash book of a school year (PDF)", 14, "< 1 s", _t("money"),
           ("*money*::*cash_book*",), limit_s=1.0),
    Target("demo", "`demo-data --years 10`", 2, "< 60 s", _t("demo"),
           (f"{_t('demo')}::*",), limit_s=60.0),
    Target("quick_check", "Damage check on open (`quick_check`, 10-year DB)", 13, "< 300 ms", _t("storage"),
           ("*storage*::*quick_check*",), limit_s=0.300),
    Target("sheet_100k", "Stream a 100,000-row workbook (7 columns)", 13, "< 30 s, < 300 MB", _t("storage"),
           ("*storage*::*100k*",), limit_s=30.0, memory_mb=300.0),
    Target("sign_in", "Accounts: sign-in with the chosen KDF cost (scrypt n=2^15)", 18, "≤ 0.5 s",
           _t("accounts"), ("*accounts*::*sign_in*",), limit_s=0.5),
    Target("audit_import", "Accounts: auditing's cost on importing 500 children", 18, "< 10 % (ratio < 1.10)",
           _t("accounts"), ("*accounts*::*import*",), ratio_max=1.10),
    Target("audit_page", "Accounts: audit viewer, one page of 1,000,000 entries", 18, "< 300 ms",
           _t("accounts"), ("*accounts*::*pages*",), limit_s=0.300),
)


@dataclass(frozen=True)
class Row:
    target: Target
    measured: str
    reference: str
    ratio: str
    status: str
    command: str


def duration(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.01:
        return f"{seconds * 1000:.0f} ms"
    if seconds >= 0.0001:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1e6:.1f} µs"


def command(node: str) -> str:
    if any(c in node for c in "[] "):  # parametrized ids: keep the shell from globbing
        node = f"'{node}'"
    return f"`python -m pytest {node} -m perf`"


def _verdicts(target: Target, bench: dict) -> list[bool | None]:
    """One entry per check the target has: True met, False missed, None no figure for it."""
    info, median = bench.get("extra_info", {}), bench["stats"]["median"]
    checks: list[bool | None] = []
    if target.limit_s is not None:
        checks.append(median < target.limit_s)
    ratio = info.get("ratio")
    if target.ratio_max is not None:
        checks.append(None if ratio is None else ratio <= target.ratio_max)
    if target.ratio_min is not None:
        checks.append(None if ratio is None else ratio >= target.ratio_min)
    if target.memory_mb is not None:
        peak = info.get("peak_rss_mb")
        checks.append(None if peak is None else peak < target.memory_mb)
    return checks


def _status(checks: list[bool | None]) -> str:
    if False in checks:
        return MISSED
    return PARTLY if None in checks else MET


def _worst(target: Target, benches: list[dict]) -> dict:
    """Several benchmarks for one target (parameters, variants): show the one furthest off."""
    rank = {MISSED: 0, PARTLY: 1, MET: 2}
    return min(benches, key=lambda b: (rank[_status(_verdicts(target, b))], -b["stats"]["median"]))


def build_row(target: Target, benches: list[dict], failed: list[str], lent_ratio: float | None = None) -> Row:
    if lent_ratio is not None:  # measured by a side-by-side benchmark (extra_info["ratio_for"])
        benches = [{**b, "extra_info": {"ratio": lent_ratio, **b.get("extra_info", {})}} for b in benches]
    if not benches:
        if failed:
            return Row(target, "—", "—", "—", FAILED, command(failed[0]))
        return Row(target, "—", "—", "—", NOT_MEASURED, command(target.file))
    bench = _worst(target, benches)
    info, median = bench.get("extra_info", {}), bench["stats"]["median"]
    measured = duration(median)
    if "measured_s" in info:  # a round timing more than the thing measured (both sides of a comparison)
        measured = duration(info["measured_s"])
    if target.memory_mb is not None and "peak_rss_mb" in info:
        measured = f"{info['peak_rss_mb']:.0f} MB peak (run {duration(median)})"
    if len(benches) > 1:
        measured += f" (worst of {len(benches)})"
    reference = "—"
    if "reference_s" in info:
        reference = f"{duration(info['reference_s'])}: {info.get('reference', '')}".rstrip(": ")
    elif "reference_mb" in info:
        reference = f"{info['reference_mb']:.0f} MB: {info.get('reference', '')}".rstrip(": ")
    ratio = f"{info['ratio']:.2f}×" if "ratio" in info else "—"
    status = INFO if target.info else _status(_verdicts(target, bench))
    if failed:
        status += f" ({len(failed)} failed)"
    return Row(target, measured, reference, ratio, status, command(bench["fullname"]))


def failed_nodes(junit: Path | None) -> list[str]:
    """Node ids of the tests that failed or errored, from pytest's --junitxml file."""
    if junit is None or not junit.exists():
        return []
    nodes = []
    for case in ET.parse(junit).getroot().iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            parts = case.get("classname", "").split(".")
            test_class = [parts.pop()] if parts and parts[-1][:1].isupper() else []  # class-based tests
            nodes.append("::".join(["/".join(parts) + ".py", *test_class, case.get("name", "")]))
    return nodes


def build_rows(data: dict, failed: list[str]) -> tuple[list[Row], list[dict]]:
    """The target rows, and the benchmarks that belong to no target."""
    benches = data.get("benchmarks", [])
    # A reference run (e.g. anthro on the same rows) lends its ratio to the target it names and is
    # listed with the other benchmarks, since its own time is the reference's, not ours.
    lent = {b["extra_info"]["ratio_for"]: b["extra_info"].get("ratio") for b in benches
            if "ratio_for" in b.get("extra_info", {})}
    own = [b for b in benches if "ratio_for" not in b.get("extra_info", {})]
    rows = [build_row(t, [b for b in own if t.matches(b)], [n for n in failed if t.matches_node(n)],
                      lent.get(t.key)) for t in TARGETS]
    others = [b for b in benches if b not in own or not any(t.matches(b) for t in TARGETS)]
    return rows, others


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render(data: dict, failed: list[str], suite_seconds: float | None = None,
           load: tuple[float, float, float] | None = None, database: str | None = None) -> str:
    rows, others = build_rows(data, failed)
    machine, commit = data.get("machine_info", {}), data.get("commit_info", {})
    cpu = machine.get("cpu", {})
    when = data.get("datetime", "")[:16].replace("T", " ")
    counts = {s: sum(r.status.startswith(s) for r in rows) for s in (MET, MISSED, PARTLY, FAILED, NOT_MEASURED)}
    lines = [
        "# Benchmarks",
        "",
        "Speed and memory targets from issues 2–8; the app, GUI and report benchmarks run on the 10-year demo "
        "database (2016-2017 to 2025-2026). Refresh the whole table with one command from the repository root:",
        "",
        "    python tests/perf/run.py",
        "",
        "It runs `pytest tests/perf -m perf` offscreen (`QT_QPA_PLATFORM=offscreen`) with the test extra "
        "installed and rewrites this file; the benchmarks are not part of the default test run. "
        "Each row's command reproduces its figure alone (same environment, from the repository root).",
        "",
        "**Noise:** wall-clock figures from a 2-core machine; other work on it stretches them, so the "
        "load average at the start of the run is given below (a quiet machine shows well under 1).",
        "",
        f"- Run: {when} UTC, commit `{commit.get('id', '?')[:10]}`"
        f"{' (uncommitted changes)' if commit.get('dirty') else ''} on branch `{commit.get('branch', '?')}`",
        f"- Machine: {cpu.get('brand_raw', machine.get('processor', '?'))}, {cpu.get('count', '?')} cores, "
        f"Python {machine.get('python_version', '?')}, {machine.get('system', '')} {machine.get('release', '')}",
    ]
    if database is not None:
        lines.append(f"- 10-year database: {database}")
    if load is not None:
        lines.append(f"- Load average when the run started: {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} "
                     "(1 / 5 / 15 min)")
    if suite_seconds is not None:
        over = " — **over the limit**" if suite_seconds > 600 else ""
        lines.append(f"- Whole suite: {suite_seconds / 60:.1f} min (limit: 10 min){over}")
    lines += [
        f"- Targets: {len(rows)}; {counts[MET]} met, {counts[MISSED]} missed, {counts[PARTLY]} partly measured, "
        f"{counts[FAILED]} failed, {counts[NOT_MEASURED]} not yet measured",
        "",
        "Measured = median of the rounds. Ratio: start-up = app ÷ bare window; memory = app ÷ bare window "
        "(information); z-scores = anthro's time ÷ ours. Status: *met* / *missed* against the goal; "
        "*partly measured* = a figure exists but part of the goal (e.g. the anthro ratio) was not recorded; "
        "*benchmark failed* = the benchmark exists but errored; *not yet measured* = no benchmark exists yet.",
        "",
        "| Target | Issue | Goal | Measured (median) | Reference | Ratio | Status | Command |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        t = row.target
        lines.append("| " + " | ".join(_cell(c) for c in (
            t.label, f"#{t.issue}", t.goal, row.measured, row.reference, row.ratio, f"**{row.status}**",
            row.command)) + " |")
    if others:
        lines += ["", "## Other benchmarks", "", "Benchmarks that belong to no target above.", "",
                  "| Benchmark | Measured (median) | Command |", "|---|---|---|"]
        for bench in others:
            lines.append(f"| {_cell(bench['name'])} | {duration(bench['stats']['median'])} | "
                         f"{command(bench['fullname'])} |")
    lines += [
        "",
        "## Adding a benchmark",
        "",
        "Put it in `tests/perf/test_<area>_perf.py` (auto-marked `perf`). Fixtures in `tests/perf/conftest.py`: "
        "`ten_year_db_file` (read-only), `ten_year_db_copy` (writable), `ten_year_window` (the real main window "
        "offscreen on a copy), `show_tab(window, key)`, `settle_gui()`, `perf_env` (for app subprocesses). "
        "Its row is found by the patterns in `TARGETS` (tests/perf/report.py) or by "
        "`benchmark.extra_info[\"target\"] = \"<key>\"`; a comparison records `extra_info[\"reference\"]`, "
        "`extra_info[\"reference_s\"]` and `extra_info[\"ratio\"]`.",
        "",
    ]
    return "\n".join(lines)


def write(bench_json: Path, out: Path, junit: Path | None = None, suite_seconds: float | None = None,
          load: tuple[float, float, float] | None = None, database: str | None = None) -> None:
    data = json.loads(bench_json.read_text(encoding="utf-8"))
    text = render(data, failed_nodes(junit), suite_seconds, load, database)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench_json", type=Path)
    parser.add_argument("--junit", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    write(args.bench_json, args.out, args.junit)
    print(f"{dt.datetime.now():%H:%M} wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

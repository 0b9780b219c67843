"""The package's SQL stays portable (SQLite now, a school server on PostgreSQL later).

Scans every module outside ``db/`` (which owns the engine-specific code: PRAGMAs, the catalogue,
backups) for constructs that only SQLite accepts. ARCHITECTURE.md says what to write instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import kindergarten_desktop

PACKAGE = Path(kindergarten_desktop.__file__).parent
DB = PACKAGE / "db"

BANNED: dict[str, re.Pattern[str]] = {
    "cursor.lastrowid (use db.insert / INSERT ... RETURNING id)": re.compile(r"\.lastrowid\b"),
    "total_changes (use cursor.rowcount)": re.compile(r"\btotal_changes\b"),
    "INSERT OR IGNORE/REPLACE, REPLACE INTO (use ON CONFLICT ...)": re.compile(
        r"\bINSERT\s+OR\s+(IGNORE|REPLACE)\b|\bREPLACE\s+INTO\b", re.I),
    "IS NOT ? (use IS DISTINCT FROM)": re.compile(r"\bIS\s+NOT\s+[?:]", re.I),
    "PRAGMA outside db/": re.compile(r"\bPRAGMA\s", re.I),
    "sqlite_master outside db/": re.compile(r"\bsqlite_(master|schema)\b", re.I),
    "sum(<boolean>) (use count(*) FILTER (WHERE ...) or CASE)": re.compile(
        r"\bsum\((?:(?!\bfor\b)[^()]|\([^()]*\))*?(?:(?<![=!<>])=(?!=)|<>|\bIN\s*\(|\bIS\b)", re.I),
    "an untyped NULL parameter (CAST(:p AS ...) IS NULL)": re.compile(r"(?<!CAST\()[:?]\w*\s+IS\s+(NOT\s+)?NULL", re.I),
    "ORDER BY a name in SQL (sort in Python with names.*_sort_key / class_sort_key)": re.compile(
        r"ORDER\s+BY[^\"';]*?\b(\w+\.)?(full_name|name|title)\b", re.I),
}

_KEYWORDS = {"WHERE", "GROUP", "ORDER", "LIMIT", "JOIN", "LEFT", "INNER", "ON", "UNION", "WINDOW", "HAVING"}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if DB not in p.parents)


def _unaliased_subqueries(text: str) -> list[int]:
    """Offsets of ``FROM (SELECT ...)`` / ``JOIN (SELECT ...)`` blocks closed without an alias.
    Parentheses are counted over the source text, so SQL split over Python string literals works."""
    found = []
    for match in re.finditer(r"\b(FROM|JOIN)\s*\(\s*[\"']?\s*SELECT\b", text, re.I):
        depth, i = 0, match.start() + text[match.start():].index("(")
        while i < len(text):
            if text[i] == "(":
                depth += 1
            elif text[i] == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        after = re.match(r"[\s\"']*([A-Za-z_]\w*)", text[i + 1:])
        if after is None or after.group(1).upper() in _KEYWORDS:
            found.append(match.start())
    return found


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def test_no_sqlite_only_sql_outside_db():
    problems = []
    for path in _modules():
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(PACKAGE)
        for what, pattern in BANNED.items():
            for match in pattern.finditer(text):
                problems.append(f"{rel}:{_line(text, match.start())}: {what}")
        for offset in _unaliased_subqueries(text):
            problems.append(f"{rel}:{_line(text, offset)}: a subquery in FROM/JOIN without an alias")
    assert not problems, "\n".join(problems)


def test_new_migrations_use_portable_column_types():
    """REAL is a 4-byte float on PostgreSQL; migrations from 8 on write DOUBLE PRECISION."""
    problems = []
    for path in sorted((DB / "migrations").glob("m[0-9][0-9][0-9][0-9]_*.py")):
        if int(path.name[1:5]) < 8:
            continue  # shipped before the rule; a second engine maps their types when it creates tables
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"\bREAL\b", text):
            problems.append(f"{path.name}:{_line(text, match.start())}: REAL column (use DOUBLE PRECISION)")
    assert not problems, "\n".join(problems)


def test_the_scanner_catches_each_banned_construct():
    samples = {
        "cursor.lastrowid (use db.insert / INSERT ... RETURNING id)": "x = cur.lastrowid",
        "total_changes (use cursor.rowcount)": "db.conn.total_changes",
        "INSERT OR IGNORE/REPLACE, REPLACE INTO (use ON CONFLICT ...)": "INSERT OR IGNORE INTO t VALUES (1)",
        "IS NOT ? (use IS DISTINCT FROM)": "WHERE id IS NOT ?",
        "PRAGMA outside db/": "PRAGMA foreign_key_list('x')",
        "sqlite_master outside db/": "SELECT name FROM sqlite_master",
        "sum(<boolean>) (use count(*) FILTER (WHERE ...) or CASE)": "coalesce(sum(a.status = 'P'), 0)",
        "an untyped NULL parameter (CAST(:p AS ...) IS NULL)": "AND (:class IS NULL OR c.id = :class)",
        "ORDER BY a name in SQL (sort in Python with names.*_sort_key / class_sort_key)": "ORDER BY s.full_name",
    }
    for what, sample in samples.items():
        assert BANNED[what].search(sample), what
    for python in ("sum(amount)", 'sum(i.status == "done" for i in items)', "sum(f.x for f in g(a) if f.y in z)"):
        assert not BANNED["sum(<boolean>) (use count(*) FILTER (WHERE ...) or CASE)"].search(python)
    assert not BANNED["an untyped NULL parameter (CAST(:p AS ...) IS NULL)"].search(
        "CAST(:class AS INTEGER) IS NULL")
    assert _unaliased_subqueries('SELECT max(d) FROM (SELECT 1 AS d "\n "UNION ALL SELECT 2) WHERE d > 0')
    assert not _unaliased_subqueries("SELECT max(d) FROM (SELECT 1 AS d) AS x WHERE d > 0")
    assert not _unaliased_subqueries("LEFT JOIN (SELECT * FROM m) m ON m.id = c.id")

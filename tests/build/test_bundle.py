"""The PyInstaller bundle runs on its own, as on an office PC without Python.

Not in the default run (it needs a built bundle and takes about a minute):

    python build/build.py && python -m pytest -m bundle tests/build

The bundle is copied to a folder whose name has Vietnamese letters and a space, made
read-only, and started with an empty environment (no virtualenv, no PYTHONPATH, no source
tree), from a temporary working folder, offscreen.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kindergarten_desktop import __version__
from kindergarten_desktop.db import migrations
from kindergarten_desktop.errors import message
from kindergarten_desktop.ui.tabs import TAB_SPECS

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "kindergarten-desktop"
EXE_NAME = "kindergarten-desktop.exe" if sys.platform == "win32" else "kindergarten-desktop"


def _tree_state(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


@pytest.fixture(scope="module")
def place() -> Path:
    """A scratch folder readable by everyone (the read-only test runs as an unprivileged user)."""
    base = Path(tempfile.mkdtemp(prefix="kd-bundle-"))
    base.chmod(0o755)
    yield base
    for path in base.rglob("*"):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(base)


@pytest.fixture(scope="module")
def bundle(place) -> Path:
    """The bundle, copied (as a user would copy or install it) under 'Chương trình/', read-only."""
    if not (DIST / EXE_NAME).exists():
        pytest.fail(f"no bundle at {DIST}: build it first with `python build/build.py`")
    target = place / "Chương trình" / "kindergarten-desktop"
    shutil.copytree(DIST, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o222)
    target.parent.chmod(0o555)
    state = _tree_state(target)
    yield target
    assert _tree_state(target) == state, "the app wrote into its own folder"


@pytest.fixture(scope="module")
def home(place) -> Path:
    folder = place / "home"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def demo_db(bundle, home, place) -> Path:
    """A demo school made by the bundle, in a folder with Vietnamese letters and spaces."""
    path = place / "Nguyễn Văn" / "trường mầm non.sqlite3"
    res = run(bundle, home, "demo-data", "--db", str(path), "--first-year", "2025", "--seed", "3")
    assert res.returncode == 0, res.stderr
    assert str(path) in res.stdout
    return path


def clean_env(home: Path) -> dict[str, str]:
    env = {"PATH": os.defpath, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    if sys.platform == "win32":
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "APPDATA", "LOCALAPPDATA", "TEMP") if k in os.environ})
    return env


def run(bundle: Path, home: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    work = Path(tempfile.mkdtemp(dir=home))  # a working folder far from the source tree
    return subprocess.run([str(bundle / EXE_NAME), *args], capture_output=True, text=True, cwd=work,
                          env=clean_env(home), timeout=timeout)


def test_version_is_the_package_version(bundle, home):
    res = run(bundle, home, "--version")
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == f"kindergarten-desktop {__version__}"


def test_demo_data_creates_a_migrated_database(demo_db):
    conn = sqlite3.connect(demo_db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert conn.execute("SELECT count(*) FROM child").fetchone()[0] > 300
        assert conn.execute("SELECT count(*) FROM class").fetchone()[0] == 16
    finally:
        conn.close()


def test_smoke_starts_the_window_and_exits_zero(bundle, home, demo_db):
    res = run(bundle, home, "--db", str(demo_db), "--smoke")
    assert res.returncode == 0, res.stderr
    assert not Path(str(demo_db) + ".lock").exists()


def test_screenshot_writes_one_real_png_per_tab(bundle, home, demo_db, place):
    from PySide6.QtGui import QImage

    out = place / "ảnh chụp"
    res = run(bundle, home, "screenshot", "--db", str(demo_db), "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in out.glob("*.png")) == sorted(f"{spec.key}.png" for spec in TAB_SPECS)
    for png in out.glob("*.png"):
        image = QImage(str(png))
        assert (image.width(), image.height()) == (1280, 800), png
        colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
        assert len(colours) > 8, f"{png} looks blank"


# Letters only Vietnamese uses: text that kept its diacritics through fonts and encodings.
VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")

# Values for the parameters a report kind requires, inside the demo's 2025-2026 school year.
REQUIRED_PARAMS = {"--month": "2025-10", "--round": "1", "--date": "2026-03-16", "--class": "Lá 1"}


def _report_kinds(bundle: Path, home: Path) -> list[tuple[str, list[str], list[str]]]:
    """(kind, formats, required options) of every report the bundle lists."""
    res = run(bundle, home, "report", "--list")
    assert res.returncode == 0, res.stderr
    kinds = []
    for line in res.stdout.splitlines():
        words = line.split()
        if len(words) >= 2 and set(words[1].split("/")) <= {"pdf", "xlsx"}:
            required = [w for w in words[2:] if w.startswith("--")]
            kinds.append((words[0], words[1].split("/"), required))
    return kinds


def test_every_report_kind_in_every_format(bundle, home, demo_db, place):
    from openpyxl import load_workbook

    kinds = _report_kinds(bundle, home)
    assert "class-list" in [kind for kind, _, _ in kinds]
    folder = place / "báo cáo"
    folder.mkdir(exist_ok=True)
    for kind, formats, required in kinds:
        unknown = [option for option in required if option not in REQUIRED_PARAMS]
        assert not unknown, f"{kind} needs {unknown}: add a demo value to REQUIRED_PARAMS"
        options = [part for option in required for part in (option, REQUIRED_PARAMS[option])]
        for fmt in formats:
            out = folder / f"{kind} năm học 2025-2026.{fmt}"
            res = run(bundle, home, "report", kind, "--db", str(demo_db), "--year", "2025-2026", *options,
                      "--out", str(out))
            assert res.returncode == 0, f"{kind} {fmt}: {res.stderr}"
            if fmt == "pdf":
                assert out.read_bytes()[:5] == b"%PDF-", kind
                if shutil.which("pdftotext"):
                    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                          check=True).stdout
                    assert len(text) > 100 and VIETNAMESE.search(text), f"{kind}: no Vietnamese text in the PDF"
            else:
                book = load_workbook(out)
                cells = [str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                         for c in row if c]
                assert any(VIETNAMESE.search(c) for c in cells), f"{kind}: no Vietnamese text in the workbook"


def test_second_start_on_the_same_database_says_it_is_already_open(bundle, home, demo_db):
    lock = Path(str(demo_db) + ".lock")
    first = subprocess.Popen([str(bundle / EXE_NAME), "--db", str(demo_db)], cwd=home, env=clean_env(home),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not lock.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert lock.exists(), f"the first window never locked the database: {first.poll()}"
        second = run(bundle, home, "--db", str(demo_db), "--smoke")
        assert second.returncode == 2
        # Vietnamese by default: the message comes from the shipped translations.
        already_open = message("db.already_open", "vi", path="{path}").split("{path}")[1][:30]
        assert already_open in second.stderr and str(demo_db) in second.stderr
    finally:
        first.terminate()
        first.wait(timeout=30)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_runs_from_a_read_only_folder_as_an_ordinary_user(bundle, demo_db, place):
    """Root ignores permissions, so as root the bundle is started as 'nobody' (setpriv)."""
    if os.getuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: read-only folders would not be read-only")
    user_home = place / "home-nobody"
    user_home.mkdir()
    db = place / "nobody" / "trường mầm non.sqlite3"
    db.parent.mkdir()
    shutil.copy(demo_db, db)
    prefix = []
    if os.getuid() == 0:
        for path in (user_home, db.parent, db):
            os.chown(path, 65534, 65534)
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    for path in (place, place / "Chương trình"):
        path.chmod(0o755 if path == place else 0o555)
    res = subprocess.run([*prefix, str(bundle / EXE_NAME), "--db", str(db), "--smoke"], capture_output=True,
                         text=True, cwd=bundle, env=clean_env(user_home), timeout=300)
    assert res.returncode == 0, res.stderr
    # A database in a read-only folder: refused with the reason, not as "damaged" or "already open".
    ro_db = place / "Chương trình" / "chỉ đọc.sqlite3"
    place.joinpath("Chương trình").chmod(0o755)
    shutil.copy(demo_db, ro_db)
    place.joinpath("Chương trình").chmod(0o555)
    res = subprocess.run([*prefix, str(bundle / EXE_NAME), "--lang", "en", "--db", str(ro_db), "--smoke"],
                         capture_output=True, text=True, cwd=bundle, env=clean_env(user_home), timeout=300)
    assert res.returncode == 2
    assert "read-only" in res.stderr and "damaged" not in res.stderr and "already open" not in res.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_every_shipped_library_finds_what_it_links_to(bundle):
    internal = bundle / "_internal"
    env = {"PATH": os.defpath, "LD_LIBRARY_PATH": str(internal)}
    missing = {}
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        res = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        lost = [line.split()[0] for line in res.stdout.splitlines() if "not found" in line]
        if res.returncode != 0:  # e.g. a library damaged by strip: "not a dynamic executable"
            lost.append(f"ldd: {(res.stderr or res.stdout).strip()}")
        if lost:
            missing[str(path.relative_to(internal))] = lost
    assert missing == {}

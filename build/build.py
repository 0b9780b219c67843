"""Build the self-contained application: ``python build/build.py`` → ``dist/kindergarten-desktop/``.

Run it with an interpreter where the project and PyInstaller are installed::

    python -m venv .venv-build
    .venv-build/bin/pip install -e ".[build]"          # Windows: .venv-build\\Scripts\\pip ...
    .venv-build/bin/python build/build.py              # → dist/kindergarten-desktop/

The bundle carries its own Python, Qt and libraries: copy the folder to a machine without
Python and run ``kindergarten-desktop`` (``kindergarten-desktop.exe`` on Windows). The work
files go to build/work (ignored by git). On Windows, ``--installer`` then compiles the Inno
Setup script build/windows/kindergarten-desktop.iss into dist/installer/.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build" / "kindergarten-desktop.spec"
WORK = ROOT / "build" / "work"
DIST = ROOT / "dist"
BUNDLE = DIST / "kindergarten-desktop"
ISS = ROOT / "build" / "windows" / "kindergarten-desktop.iss"
SIZE_LIMIT_MB = 250  # the target for the unpacked bundle


def package_version() -> str:
    text = (ROOT / "kindergarten_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder`` (symbolic links not followed)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def run_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is not installed for this Python: pip install -e \".[build]\"")
    missing = [name for name in ("resources/icons/app.ico", "translations/kd_core_vi.qm")
               if not (ROOT / name).exists()]
    if missing:
        sys.exit(f"missing {', '.join(missing)}: run build/make_icon.py / translations/update.py first")
    # The spec imports kindergarten_desktop (collect_submodules): make sure it is this checkout.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--workpath", str(WORK), "--distpath", str(DIST), str(SPEC)]
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)


def find_iscc() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.exists():
            return candidate
    return None


def build_installer(version: str) -> None:
    iscc = find_iscc()
    if iscc is None:
        sys.exit("Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isdl.php")
    out = DIST / "installer"
    cmd = [str(iscc), f"/DAppVersion={version}", f"/DSourceDir={BUNDLE}", f"/O{out}", str(ISS)]
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    for setup in sorted(out.glob("*.exe")):
        print(f"installer: {setup.relative_to(ROOT)} ({setup.stat().st_size / 1e6:.1f} MB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--installer", action="store_true",
                        help="Windows: also compile the Inno Setup installer into dist/installer/")
    parser.add_argument("--skip-bundle", action="store_true",
                        help="reuse the existing dist/kindergarten-desktop (with --installer)")
    args = parser.parse_args(argv)
    version = package_version()
    if not args.skip_bundle:
        run_pyinstaller()
    size, files = folder_size(BUNDLE)
    print(f"bundle: {BUNDLE.relative_to(ROOT)} — kindergarten-desktop {version}, "
          f"{size / 1e6:.1f} MB in {files} files")
    if size > SIZE_LIMIT_MB * 1e6:
        print(f"warning: the bundle is over the {SIZE_LIMIT_MB} MB target", file=sys.stderr)
    if args.installer:
        build_installer(version)
    return 0


if __name__ == "__main__":
    sys.exit(main())

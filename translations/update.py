"""Refresh the translation sources and compile them: ``python translations/update.py``.

UI strings are English in the code (``tr()``); Vietnamese, the default language, comes
from ``kd_<area>_vi.ts`` (one file per UI area so features can be translated
independently). ``qt_vi.ts`` is kept by hand: Qt ships no Vietnamese for its own
standard buttons (OK, Cancel, Yes, No ...).

  python translations/update.py               lupdate every area, then lrelease all .ts
  python translations/update.py --fill F.json apply {"English": "Tiếng Việt"} to unfinished entries
  python translations/update.py --check       list unfinished entries; exit 1 if any
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PKG = HERE.parent / "kindergarten_desktop"
LANG = "vi"

# Which UI files feed which .ts file. Every .py under ui/ must belong to exactly one area.
AREAS: dict[str, list[str]] = {
    "core": ["ui/*.py", "ui/tabs/__init__.py", "ui/widgets/**/*.py"],
    "reports": ["ui/reports/**/*.py"],
    "roster": ["ui/tabs/roster_tab.py", "ui/roster/**/*.py"],
    "growth": ["ui/tabs/growth_tab.py", "ui/growth/**/*.py"],
    "meals": ["ui/tabs/meals_tab.py", "ui/meals/**/*.py"],
    "agenda": ["ui/tabs/agenda_tab.py", "ui/agenda/**/*.py"],
    "help": ["ui/help/**/*.py"],
    "kitchen": ["ui/tabs/kitchen_tab.py", "ui/kitchen/**/*.py"],
    "accounts": ["ui/accounts/**/*.py"],
}


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        sys.exit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def area_files() -> dict[str, list[Path]]:
    files: dict[str, list[Path]] = {}
    owner: dict[Path, str] = {}
    for area, patterns in AREAS.items():
        for pattern in patterns:
            for path in sorted(PKG.glob(pattern)):
                if path.name == "__init__.py" and path.parent.name != "tabs":
                    continue
                if path in owner:
                    continue
                owner[path] = area
                files.setdefault(area, []).append(path)
    stray = [p for p in PKG.glob("ui/**/*.py") if p not in owner and p.name != "__init__.py"]
    if stray:
        sys.exit("UI files in no translation area (add them to AREAS): " + ", ".join(map(str, stray)))
    return files


def lupdate() -> None:
    for area, paths in area_files().items():
        ts = HERE / f"kd_{area}_{LANG}.ts"
        cmd = [_tool("pyside6-lupdate"), *map(str, paths), "-ts", str(ts), "-no-obsolete",
               "-source-language", "en", "-target-language", LANG, "-silent",
               # No file/line locations: they change with every edit and make merges conflict.
               "-locations", "none"]
        subprocess.run(cmd, check=True)
        _normalise(ts)


def _normalise(ts: Path) -> None:
    """One layout for every .ts (ElementTree's), whether lupdate or --fill wrote it last, so
    a change shows only the messages it touched."""
    tree = ET.parse(ts)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease() -> None:
    for ts in sorted(HERE.glob(f"*_{LANG}.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def unfinished() -> list[tuple[str, str, str]]:
    missing = []
    for ts in sorted(HERE.glob(f"*_{LANG}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                tr = message.find("translation")
                if tr is not None and (tr.get("type") == "unfinished" or not (tr.text or "").strip()):
                    if tr.get("type") in ("vanished", "obsolete"):
                        continue
                    missing.append((ts.name, name or "", message.findtext("source") or ""))
    return missing


def fill(mapping: dict[str, str]) -> int:
    count = 0
    for ts in sorted(HERE.glob(f"*_{LANG}.ts")):
        tree = ET.parse(ts)
        changed = False
        for message in tree.getroot().iter("message"):
            tr = message.find("translation")
            source = message.findtext("source") or ""
            if tr is not None and tr.get("type") == "unfinished" and source in mapping:
                tr.text = mapping[source]
                del tr.attrib["type"]
                changed = True
                count += 1
        if changed:
            tree.write(ts, encoding="utf-8")
            _normalise(ts)
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fill", type=Path, help="JSON file mapping English source to Vietnamese")
    parser.add_argument("--check", action="store_true", help="list unfinished entries, exit 1 if any")
    args = parser.parse_args()
    if args.check:
        missing = unfinished()
        for ts, context, source in missing:
            print(f"{ts}: [{context}] {source}")
        return 1 if missing else 0
    if args.fill:
        print(f"filled {fill(json.loads(args.fill.read_text(encoding='utf-8')))} entries")
    else:
        lupdate()
    lrelease()
    missing = unfinished()
    print(f"{len(missing)} unfinished entries" + (" (run with --check to list them)" if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

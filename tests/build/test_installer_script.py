"""The Inno Setup script (compiled only on Windows): what it installs, names and never touches."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "build" / "windows" / "kindergarten-desktop.iss"
SPEC = ROOT / "build" / "kindergarten-desktop.spec"
APP_NAME_VI = "Quản lý trường mầm non"


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current and line and not line.startswith((";", "#")):
            sections[current].append(line)
    return sections


def test_script_is_utf8_with_bom_so_inno_setup_reads_the_vietnamese_names():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert APP_NAME_VI in raw.decode("utf-8-sig")


def test_installs_the_bundle_to_program_files_with_vietnamese_shortcuts():
    text = ISS.read_text(encoding="utf-8-sig")
    sections = _sections(text)
    assert f'#define AppName "{APP_NAME_VI}"' in text
    assert "DefaultDirName={autopf}\\kindergarten-desktop" in sections["Setup"]
    assert "PrivilegesRequired=admin" in sections["Setup"]
    assert any(line.startswith('Source: "{#SourceDir}\\*"; DestDir: "{app}"') for line in sections["Files"])
    icons = sections["Icons"]
    assert any(line.startswith('Name: "{autoprograms}\\{#AppName}"') for line in icons)
    assert any(line.startswith('Name: "{autodesktop}\\{#AppName}"') for line in icons)
    # The shortcuts start the executable the spec builds.
    name = re.search(r'^NAME = "([^"]+)"', SPEC.read_text(encoding="utf-8"), re.M).group(1)
    assert f'#define AppExe "{name}.exe"' in text


def test_upgrade_and_uninstall_never_touch_the_users_data():
    sections = _sections(ISS.read_text(encoding="utf-8-sig"))
    assert "UninstallDelete" not in sections and "Registry" not in sections and "Dirs" not in sections
    # The only files deleted on upgrade are the program's own, under {app}.
    assert sections["InstallDelete"] == ['Type: filesandordirs; Name: "{app}\\_internal"']
    everything = "\n".join(line for lines in sections.values() for line in lines)
    for user_place in ("{userappdata}", "{localappdata}", "{commonappdata}", "HKCU", "{userdocs}\\"):
        assert user_place not in everything.replace('WorkingDir: "{userdocs}"', "")

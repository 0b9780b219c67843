"""The rotating log (logs.py): rotated at MAX_BYTES, BACKUP_COUNT old files kept, owner-only,
and logging.handlers left unimported (it is on every start's path)."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

from kindergarten_desktop import logs

ROOT = Path(__file__).resolve().parents[1]


def test_log_rotates_and_keeps_five_old_files(tmp_path):
    handler = logs._PrivateRotatingFileHandler(tmp_path / "app.log", 1_000, 5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("kd-test-rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for n in range(100):
            log.warning("line %03d %s", n, "x" * 90)  # 100 bytes a line: 10 a file
    finally:
        log.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2", "app.log.3", "app.log.4", "app.log.5"]
    for name in files:
        assert (tmp_path / name).stat().st_size <= 1_000
        if os.name == "posix":
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    assert (tmp_path / "app.log").read_text(encoding="utf-8").splitlines()[-1].startswith("line 099")
    newest_old = (tmp_path / "app.log.1").read_text(encoding="utf-8").splitlines()
    assert newest_old[-1].startswith("line 0") and int(newest_old[-1][5:8]) < 99
    oldest = int((tmp_path / "app.log.5").read_text(encoding="utf-8").splitlines()[0][5:8])
    assert oldest > 0  # the first lines were rotated out, never more than six files


def test_setup_logging_does_not_import_logging_handlers(tmp_path):
    code = ("import sys; from kindergarten_desktop import logs; from pathlib import Path;"
            f"assert logs.setup_logging(Path({str(tmp_path)!r})) is not None;"
            "import logging; logging.getLogger('kindergarten_desktop').warning('hello');"
            "print('logging.handlers' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "False"
    assert "hello" in (tmp_path / logs.LOG_NAME).read_text(encoding="utf-8")

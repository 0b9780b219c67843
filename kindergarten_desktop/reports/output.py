"""Atomic file output: write a temporary file next to the target, then rename it into place."""

from __future__ import annotations

import atexit
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kindergarten_desktop.reports.registry import ReportError


class OutputError(ReportError):
    """The target cannot be written. ``why`` names the reason (``is_folder``, ``no_folder``,
    ``no_permission``, ``disk_full``, ``read_only``, ``too_large``, ``io_error``, ``other``);
    ``path`` and :attr:`reason` (in the user's language) let the UI phrase it."""

    def __init__(self, path: Path, why: str, detail: str = "") -> None:
        super().__init__(f"reports.cannot_write_{why}", path=path, folder=path.parent, detail=detail)
        self.path = path
        self.why = why

    @property
    def reason(self) -> str:
        from kindergarten_desktop.errors import message

        return message(f"reports.why_{self.why}", folder=self.path.parent, detail=self.params["detail"])

    @classmethod
    def from_os_error(cls, path: Path, exc: OSError) -> OutputError:
        import errno

        why = {errno.EACCES: "no_permission", errno.EPERM: "no_permission", errno.ENOSPC: "disk_full",
               errno.EDQUOT: "disk_full", errno.EROFS: "read_only",
               errno.EFBIG: "too_large", errno.EIO: "io_error", errno.ENOENT: "no_folder",
               errno.ENOTDIR: "no_folder", errno.EISDIR: "is_folder"}.get(exc.errno or 0, "other")
        return cls(path, why, exc.strerror or str(exc))


@contextmanager
def atomic_output(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``path`` in one
    step, on any exception it is deleted and ``path`` is left as it was."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(path, "is_folder")
    if not path.parent.is_dir():
        raise OutputError(path, "no_folder")
    # Not tempfile.mkstemp: its files are private (0600); this one gets the user's usual permissions.
    tmp = path.with_name(f".{path.stem}.{secrets.token_hex(4)}.part{path.suffix}")
    try:
        tmp.open("xb").close()
    except OSError as exc:
        raise OutputError.from_os_error(path, exc) from exc
    try:
        try:
            yield tmp
        except Exception as exc:
            # Writing the temporary file failed (the disk filled, the drive went away): the
            # user's words for the target, also when the writer's clean-up hid the OSError
            # (matplotlib's PDF backend then fails in zlib). An error about another file (a
            # font) or any other error is left as it is.
            cause = _write_error(exc, tmp)
            if cause is not None and not isinstance(exc, OutputError):
                raise OutputError.from_os_error(path, cause) from exc
            raise
        try:
            os.replace(tmp, path)
        except OSError as exc:  # e.g. the file is open in Excel on Windows
            raise OutputError.from_os_error(path, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _write_error(exc: BaseException, tmp: Path) -> OSError | None:
    """The OSError of writing ``tmp`` behind ``exc`` (itself, or what it was raised from or while)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and (current.filename is None or Path(current.filename) == tmp):
            return current
        current = current.__cause__ or current.__context__
    return None


_private_dir: Path | None = None


def private_temp_dir() -> Path:
    """This process's own folder for print previews: made by ``mkdtemp`` (0700, a fresh random
    name, so another local user can neither pre-create nor read it) and removed at exit.
    Documents hold children's personal data (Nghị định 13/2023/NĐ-CP)."""
    global _private_dir
    if _private_dir is None or not _private_dir.is_dir():
        _private_dir = Path(tempfile.mkdtemp(prefix="kindergarten-desktop-print-"))
        atexit.register(shutil.rmtree, _private_dir, True)
    return _private_dir

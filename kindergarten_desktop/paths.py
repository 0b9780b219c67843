"""Where shipped data lives, in a source checkout, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _data_root() -> Path:
    # Installed wheel: hatch force-includes the folders under kindergarten_desktop/_data.
    packaged = _PACKAGE / "_data"
    if (packaged / "resources").is_dir():
        return packaged
    # PyInstaller one-folder bundle: data collected next to the executable.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "resources").is_dir():
        return Path(bundle)
    # Source checkout (editable install or PYTHONPATH=.).
    return _PACKAGE.parent


def resources_dir() -> Path:
    return _data_root() / "resources"


def translations_dir() -> Path:
    return _data_root() / "translations"


def who_dir() -> Path:
    return resources_dir() / "who"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def cache_dir() -> Path:
    """The per-user cache folder (QStandardPaths CacheLocation): data that can be rebuilt."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from kindergarten_desktop import APP_NAME, ORG_NAME

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))


def data_dir() -> Path:
    """The per-user data folder (QStandardPaths AppDataLocation), created owner-only on demand."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from kindergarten_desktop import APP_NAME, ORG_NAME

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    return base


def log_dir() -> Path:
    """Where the rotating log file lives (see logs.py)."""
    return data_dir() / "logs"


def default_db_path() -> Path:
    """The per-user database, in :func:`data_dir`."""
    return data_dir() / "truong-mam-non.sqlite3"

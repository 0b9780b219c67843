"""Everything Qt: the main window, one module per tab, table models, dialogs, workers.

Depends on the domain packages; nothing outside ui/ imports from here (a test enforces it).
"""

from PySide6 import QtCore as _QtCore  # noqa: F401 - installs PySide6's import hook, patched below


def _skip_pyside_source_scan() -> None:
    """Spare start-up PySide6's source scan of the app's own modules.

    Once imported, PySide6 reads the whole source of every module imported after it, looking for
    ``from __feature__ import`` (snake_case, true_property); about 150 modules of the app follow
    it at start-up, which costs tens of milliseconds of every start. No module of the app selects
    a feature (tests/ui/test_startup_path.py checks it), so PySide6 is told to leave them alone —
    the same outcome as its scan, without reading them. So are the standard library's modules,
    which it reads again each time an app module imports one (~10 ms of a start-up): none selects
    a feature. Other modules are scanned as before; a PySide6 without this private hook is left as
    it is.
    """
    import sys

    feature = sys.modules.get("PySide6.support.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or scan is None or getattr(scan, "skips_app_modules", False):
        return

    stdlib = sys.stdlib_module_names

    def uses_pyside(module: object) -> bool:
        name = getattr(module, "__name__", "")
        if name.startswith("kindergarten_desktop.") or name.partition(".")[0] in stdlib:
            return False  # no feature selected: ignored by PySide6's feature switching
        return bool(scan(module))

    uses_pyside.skips_app_modules = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a private hook of PySide6


_skip_pyside_source_scan()

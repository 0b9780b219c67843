"""sqlite-utils, imported without numpy.

sqlite-utils imports numpy when it is first imported, only to map numpy scalar types in its
table-insert helpers. This app writes with SQL (``db.execute``), never with those helpers,
and numpy costs about 100 ms — a third of the start-up budget (issue 2: ``--smoke`` within
2× a bare Qt window). So numpy is hidden while sqlite-utils loads; the features that use
numpy (the WHO engine) import it later as usual.
"""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder


class _HideNumpy(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):  # noqa: ANN001 - importlib protocol
        if name == "numpy" or name.startswith("numpy."):
            raise ImportError("numpy is not needed by sqlite-utils here")
        return None


if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    _finder = _HideNumpy()
    sys.meta_path.insert(0, _finder)
    try:
        import sqlite_utils  # noqa: F401
    finally:
        sys.meta_path.remove(_finder)

from sqlite_utils import Database  # noqa: E402

__all__ = ["Database"]

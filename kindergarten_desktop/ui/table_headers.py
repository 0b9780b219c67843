"""A table's headers kept by Qt until its rows are loaded.

A Python model's ``headerData`` is asked for each header several times per paint, and PySide6
passes it a ``Qt.Orientation``: the first paint of a table on such a model builds PySide6's whole
``Qt`` namespace (~120 enums, ~16 ms). A tab's tables on the first paint's path show
:func:`headers_only` until the load, which gives each its rows' model (:func:`give_rows`).

``setModel`` gives the view a new selection model: connect to ``view.selectionModel()`` after
:func:`give_rows`, never before (the connection would be made to the headers' selection and lost).
The header keeps its sections' sizes and resize modes across the swap (same column count).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView

HEADERS_ONLY = "headers_only"


def headers_only(labels: Sequence[str], parent: QObject | None = None) -> QStandardItemModel:
    """No rows and the horizontal headers ``labels``, painted by Qt without calling Python."""
    model = QStandardItemModel(0, len(labels), parent)
    model.setObjectName(HEADERS_ONLY)
    model.setHorizontalHeaderLabels(list(labels))
    return model


def give_rows(view: QAbstractItemView, model: QAbstractItemModel) -> bool:
    """Put ``model`` in ``view`` in place of its headers-only model; False when it is there already.
    The caller connects to the view's (new) selection model after a True."""
    if view.model() is model:
        return False
    headers = view.model()
    view.setModel(model)
    if headers is not None and headers.objectName() == HEADERS_ONLY:
        headers.deleteLater()
    return True

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

from PySide6.QtCore import QAbstractItemModel, QByteArray, QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

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


def show_ascending(header: QHeaderView) -> bool:
    """Show the sort indicator ascending, as ``sortByColumn(section, Qt.AscendingOrder)`` shows it
    (the header's own default is descending), without naming ``Qt.SortOrder``: through the
    header's saved state, whose fourth number is the order (QHeaderView::saveState, version 0).
    Sorts nothing: the load sorts the rows' model. False, and nothing changed, if the state
    is not the one expected."""
    state = bytes(header.saveState().data())  # marker, version, orientation, order, section...
    if state[:8] != _STATE_MARKER or state[12:16] != _DESCENDING:
        return False
    return header.restoreState(QByteArray(state[:12] + _ASCENDING + state[16:]))


_STATE_MARKER = (0xFF).to_bytes(4, "big") + (0).to_bytes(4, "big")  # QHeaderViewPrivate::VersionMarker, version 0
_ASCENDING, _DESCENDING = (0).to_bytes(4, "big"), (1).to_bytes(4, "big")  # Qt::AscendingOrder, Qt::DescendingOrder

"""The one base of every read-only table on screen (as Vorta's table models): rows set at once
with `set_rows()`, columns declared once (`COLUMNS`), headers and cells given per model, and
`retranslate()` to repaint both in a new interface language.

A model says only what it shows: `header(column)` (translated now) and `cell(row, column,
role)` for one of its row objects; counting, flags, validity and the reset live here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ITEM_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
              | Qt.ItemFlag.ItemNeverHasChildren)


class ReadOnlyTableModel(QAbstractTableModel):
    COLUMNS = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    @property
    def rows(self) -> list[Any]:
        return self._rows

    def set_rows(self, rows: Iterable[Any], **state: Any) -> None:
        """Show `rows`; `state` (attribute=value) is what the cells are read with, set inside
        the same reset so no view ever sees new rows with old state or the other way round."""
        self.beginResetModel()
        for name, value in state.items():
            setattr(self, name, value)
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < self.COLUMNS:
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.COLUMNS):
            return self.header(section)
        return None

    def retranslate(self) -> None:
        """Headers and cells in the interface language now."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.COLUMNS - 1))

    def header(self, column: int) -> str:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

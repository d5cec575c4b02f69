"""Read-only table model of case search results (one row per citizen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

if TYPE_CHECKING:
    from desktop_app.cache.search import CaseRow

COL_ID, COL_NAME, COL_AGE, COL_POSTCODE, COL_UNEMPLOYED_SINCE, COL_LANGUAGE = range(6)
COLUMN_COUNT = 6
CITIZEN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
AGE_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _header(column: int) -> str:
    translate = QCoreApplication.translate
    return (
        translate("CaseTableModel", "Id"),
        translate("CaseTableModel", "Name"),
        translate("CaseTableModel", "Age"),
        translate("CaseTableModel", "Postcode"),
        translate("CaseTableModel", "Unemployed since"),
        translate("CaseTableModel", "Language"),
    )[column]


class CaseTableModel(QStandardItemModel):
    """The results live in C++ items, so painting and sizing the list never calls Python.

    A Python `data()` is called for every cell and role on each repaint (thousands of calls per
    search); each call needs the GIL, which the cache worker holds while it prepares the case
    just selected, so the list stalled the GUI thread for 70-400 ms. Items cost one pass per
    search instead."""

    def __init__(self, parent: Any = None, *, today: dt.date | None = None) -> None:
        super().__init__(0, COLUMN_COUNT, parent)
        self._rows: list[CaseRow] = []
        self._year = (today or dt.date.today()).year
        # Cells are made in C++ from this prototype when `setData` meets an empty cell: half
        # the cost of a Python item per cell, and no Python wrapper is left for C++ to delete.
        prototype = QStandardItem()
        prototype.setFlags(ITEM_FLAGS)
        self.setItemPrototype(prototype)
        self.retranslate()

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.beginResetModel()
        # views learn of the new rows once, through the reset, not cell by cell
        self.blockSignals(True)
        try:
            self._rows = list(rows)
            self.setRowCount(0)
            self.setRowCount(len(self._rows))
            closed_tip = QCoreApplication.translate("CaseTableModel", "This case is closed")
            for row, case in enumerate(self._rows):
                self._fill(row, case, closed_tip)
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_texts(self, column: int) -> set[str]:
        """The distinct texts of one column (to size it without measuring every cell)."""
        return {self._display(case, column) for case in self._rows}

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([_header(column) for column in range(COLUMN_COUNT)])
        closed_tip = QCoreApplication.translate("CaseTableModel", "This case is closed")
        for row, case in enumerate(self._rows):
            if case.closed:
                for column in range(COLUMN_COUNT):
                    self.setData(self.index(row, column), closed_tip, TOOLTIP)

    def _fill(self, row: int, case: CaseRow, closed_tip: str) -> None:
        # the accessible name of a cell falls back to its text, so it is not stored twice
        for column in range(COLUMN_COUNT):
            index = self.index(row, column)
            self.setData(index, self._display(case, column))
            if case.closed:
                self.setData(index, closed_tip, TOOLTIP)
        self.setData(self.index(row, COL_ID), case.citizen_id, CITIZEN_ID_ROLE)
        self.setData(self.index(row, COL_AGE), AGE_ALIGNMENT, ALIGNMENT)

    def _display(self, case: CaseRow, column: int) -> str:
        if column == COL_ID:
            return case.citizen_id
        if column == COL_NAME:
            return case.name
        if column == COL_AGE:
            return str(self._year - case.birth_year) if case.birth_year else ""
        if column == COL_POSTCODE:
            return case.postcode or ""
        if column == COL_UNEMPLOYED_SINCE:
            return case.unemployed_since or ""
        return case.preferred_language or ""

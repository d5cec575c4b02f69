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
        self.retranslate()

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.beginResetModel()
        # views learn of the new rows once, through the reset, not item by item
        self.blockSignals(True)
        try:
            self._rows = list(rows)
            self.setRowCount(0)
            closed_tip = QCoreApplication.translate("CaseTableModel", "This case is closed")
            for case in self._rows:
                self.appendRow([self._item(case, column, closed_tip)
                                for column in range(COLUMN_COUNT)])
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([_header(column) for column in range(COLUMN_COUNT)])
        closed_tip = QCoreApplication.translate("CaseTableModel", "This case is closed")
        for row, case in enumerate(self._rows):
            if case.closed:
                for column in range(COLUMN_COUNT):
                    self.item(row, column).setToolTip(closed_tip)

    def _item(self, case: CaseRow, column: int, closed_tip: str) -> QStandardItem:
        # the accessible name of a cell falls back to its text, so it is not stored twice
        # not `clone()` of a prototype: shiboken is not told when C++ deletes a clone, and a
        # stale wrapper at a reused address was handed back for another object
        item = QStandardItem(self._display(case, column))
        item.setFlags(ITEM_FLAGS)
        if column == COL_ID:
            item.setData(case.citizen_id, CITIZEN_ID_ROLE)
        elif column == COL_AGE:
            item.setData(AGE_ALIGNMENT, Qt.ItemDataRole.TextAlignmentRole)
        if case.closed:
            item.setToolTip(closed_tip)
        return item

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

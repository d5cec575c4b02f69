"""Read-only table model of case search results (one row per citizen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop_app.views.common.locale_text import date_text

if TYPE_CHECKING:
    from desktop_app.casework.types import CaseRow

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


class CasePage(list):  # type: ignore[type-arg]
    """Search results with their table cells already made (on the cache worker's thread).

    A list of `CaseRow`s like any other; `cells` holds one list of items per row. Making the
    1,200 items of a full page took 10-20 ms of GIL-bound work; on the worker it overlaps with
    the caseworker reading the screen, and the GUI thread only appends the rows."""

    def __init__(self, rows: Sequence[CaseRow], year: int | None = None) -> None:
        super().__init__(rows)
        self.year = year or dt.date.today().year
        self.cells = [case_cells(case, self.year) for case in rows]


def case_cells(case: CaseRow, year: int) -> list[QStandardItem]:
    """The row of a case: items made in Python (shiboken hears of their deletion; clones made
    from a Python prototype would leave stale wrappers behind)."""
    cells = []
    for column in range(COLUMN_COUNT):
        # the accessible name of a cell falls back to its text, so it is not stored twice
        item = QStandardItem(display_text(case, column, year))
        item.setFlags(ITEM_FLAGS)
        cells.append(item)
    cells[COL_ID].setData(case.citizen_id, CITIZEN_ID_ROLE)
    cells[COL_AGE].setData(AGE_ALIGNMENT, ALIGNMENT)
    return cells


def display_text(case: CaseRow, column: int, year: int) -> str:
    if column == COL_ID:
        return case.citizen_id
    if column == COL_NAME:
        return case.name
    if column == COL_AGE:
        return str(year - case.birth_year) if case.birth_year else ""
    if column == COL_POSTCODE:
        return case.postcode or ""
    if column == COL_UNEMPLOYED_SINCE:
        return date_text(case.unemployed_since)
    return case.preferred_language or ""


class CaseTableModel(QStandardItemModel):
    """The results live in C++ items, so painting and sizing the list never calls Python.

    A Python `data()` is called for every cell and role on each repaint (thousands of calls per
    search); each call needs the GIL, which the cache worker holds while it prepares the case
    just selected, so the list stalled the GUI thread for 70-400 ms. Items cost one pass per
    search instead, made on the worker (`CasePage`)."""

    def __init__(self, parent: Any = None, *, today: dt.date | None = None) -> None:
        super().__init__(0, COLUMN_COUNT, parent)
        self._rows: list[CaseRow] = []
        self._year = (today or dt.date.today()).year
        self.retranslate()

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        page = rows if isinstance(rows, CasePage) and rows.year == self._year else None
        if page is not None and len(page.cells) != len(page):
            page = None  # its cells went to an earlier call
        cells = page.cells if page is not None else [case_cells(c, self._year) for c in rows]
        self.beginResetModel()
        # views learn of the new rows once, through the reset, not cell by cell
        self.blockSignals(True)
        try:
            self._rows = list(rows)
            self.setRowCount(0)
            for row_cells in cells:
                self.appendRow(row_cells)
            self._set_tooltips()
        finally:
            self.blockSignals(False)
        self.endResetModel()
        if page is not None:
            page.cells = []  # the model owns the items now; a second use would move them

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_texts(self, column: int) -> set[str]:
        """The distinct texts of one column (to size it without measuring every cell)."""
        return {display_text(case, column, self._year) for case in self._rows}

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([_header(column) for column in range(COLUMN_COUNT)])
        for row, case in enumerate(self._rows):  # dates follow the language's locale
            item = self.item(row, COL_UNEMPLOYED_SINCE)
            if item is not None:
                item.setText(display_text(case, COL_UNEMPLOYED_SINCE, self._year))
        self._set_tooltips()

    def _set_tooltips(self) -> None:
        closed_tip = QCoreApplication.translate("CaseTableModel", "This case is closed")
        for row, case in enumerate(self._rows):
            if case.closed:
                for column in range(COLUMN_COUNT):
                    self.setData(self.index(row, column), closed_tip, TOOLTIP)

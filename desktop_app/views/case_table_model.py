"""Read-only table model of case search results (one row per citizen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from desktop_app.cache.search import CaseRow

COL_ID, COL_NAME, COL_AGE, COL_POSTCODE, COL_UNEMPLOYED_SINCE, COL_LANGUAGE = range(6)
COLUMN_COUNT = 6
CITIZEN_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


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


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._year = (today or dt.date.today()).year

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(case, column)
        if role == CITIZEN_ID_ROLE:
            return case.citizen_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and case.closed:
            return QCoreApplication.translate("CaseTableModel", "This case is closed")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return _header(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

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

"""Read-only table model of acceptance and override rates per caseworker (and overall)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.views.common.locale_text import number, percent

if TYPE_CHECKING:
    from desktop_app.casework.types import OversightRow

COL_WHO, COL_DECISIONS, COL_SHOWN, COL_ACCEPTANCE, COL_OVERRIDE, COL_WARNING = range(6)
COLUMN_COUNT = 6
Index = QModelIndex | QPersistentModelIndex


def _percent(rate: float | None) -> str:
    return "–" if rate is None else percent(rate)


class OversightTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OversightRow] = []

    def set_rows(self, rows: list[OversightRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        translate = QCoreApplication.translate
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHO:
                return row.caseworker_id or translate("OversightTableModel", "All caseworkers")
            if column == COL_DECISIONS:
                return number(row.decisions)
            if column == COL_SHOWN:
                return number(row.with_suggestion)
            if column == COL_ACCEPTANCE:
                return _percent(row.acceptance)
            if column == COL_OVERRIDE:
                return _percent(row.override_rate)
            return (translate("OversightTableModel", "Over 95% accepted: check")
                    if row.rubber_stamp else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and COL_DECISIONS <= column <= COL_OVERRIDE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        translate = QCoreApplication.translate
        return (
            translate("OversightTableModel", "Caseworker"),
            translate("OversightTableModel", "Decisions"),
            translate("OversightTableModel", "With a suggestion"),
            translate("OversightTableModel", "Accepted"),
            translate("OversightTableModel", "Overridden"),
            translate("OversightTableModel", "Warning"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

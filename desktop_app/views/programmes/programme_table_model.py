"""Read-only table model of the programme catalogue (names in the interface language)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.views.common.locale_text import decimal, number
from desktop_app.views.words.journey_words import state_name
from desktop_app.views.words.names import programme_name

COL_NAME, COL_KIND, COL_DURATION, COL_WAITING, COL_CAPACITY = range(5)
COLUMN_COUNT = 5

Index = QModelIndex | QPersistentModelIndex


def _weeks(value: Any) -> str:
    return "" if value is None else decimal(float(value))


class ProgrammeTableModel(QAbstractTableModel):
    def __init__(self, language: Callable[[], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
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
        programme = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return programme_name(programme, self._language())
            if column == COL_KIND:
                return state_name(str(programme.get("kind") or ""))
            if column == COL_DURATION:
                return _weeks(programme.get("duration_weeks"))
            if column == COL_WAITING:
                return _weeks(programme.get("waiting_weeks"))
            capacity = programme.get("capacity")
            return "" if capacity is None else number(float(capacity))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        translate = QCoreApplication.translate
        return (
            translate("ProgrammeTableModel", "Programme"),
            translate("ProgrammeTableModel", "Kind"),
            translate("ProgrammeTableModel", "Weeks"),
            translate("ProgrammeTableModel", "Waiting (weeks)"),
            translate("ProgrammeTableModel", "Places"),
        )[section]

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
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, COLUMN_COUNT - 1),
            )

"""Table model of outcome rates by group: citizens, followed long enough, in work, rate (95% CI).

Read-only rows from `FactorInsight.groups`. A group with nobody followed to the horizon shows
no rate rather than a made-up zero.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.views.common.locale_text import decimal, number, percent

if TYPE_CHECKING:
    from desktop_app.casework.types import FactorInsight, GroupOutcome

COLUMN_COUNT = 5
Index = QModelIndex | QPersistentModelIndex


def rate_text(group: GroupOutcome) -> str:
    if group.rate is None or group.low is None or group.high is None:
        return "–"
    return f"{percent(group.rate)} ({number(group.low * 100)}–{percent(group.high)})"


class InsightRateModel(QAbstractTableModel):
    def __init__(self, group_name: Callable[[str], str] = str, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: tuple[GroupOutcome, ...] = ()
        self._weeks = 26.0
        self._group_name = group_name

    def set_insight(self, insight: FactorInsight | None) -> None:
        self.beginResetModel()
        self._groups = insight.groups if insight else ()
        self._weeks = insight.horizon_weeks if insight else 26.0
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(0, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._groups):
            return None
        group = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self._group_name(group.group),
                number(group.citizens),
                number(group.followed_to_horizon),
                number(group.in_work),
                rate_text(group),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        weeks = decimal(self._weeks)
        names = (
            self.tr("Group"),
            self.tr("Citizens"),
            self.tr("Followed %1 weeks").replace("%1", weeks),
            self.tr("In work or education"),
            self.tr("Rate (95% interval)"),
        )
        return names[section] if 0 <= section < COLUMN_COUNT else None

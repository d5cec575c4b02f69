"""Table model of outcome rates by group: citizens, followed long enough, in work, rate (95% CI).

Read-only rows from `FactorInsight.groups`. A group with nobody followed to the horizon shows
no rate rather than a made-up zero.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from desktop_app.views.common.locale_text import decimal, number, percent
from desktop_app.views.common.table_model import RIGHT, ReadOnlyTableModel

if TYPE_CHECKING:
    from desktop_app.casework.types import FactorInsight, GroupOutcome

COLUMN_COUNT = 5


def rate_text(group: GroupOutcome) -> str:
    if group.rate is None or group.low is None or group.high is None:
        return "–"
    return f"{percent(group.rate)} ({number(group.low * 100)}–{percent(group.high)})"


class InsightRateModel(ReadOnlyTableModel):
    COLUMNS = COLUMN_COUNT

    def __init__(self, group_name: Callable[[str], str] = str, parent: Any = None) -> None:
        super().__init__(parent)
        self._weeks = 26.0
        self._group_name = group_name

    def set_insight(self, insight: FactorInsight | None) -> None:
        self.set_rows(insight.groups if insight else (),
                      _weeks=insight.horizon_weeks if insight else 26.0)

    def cell(self, group: GroupOutcome, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self._group_name(group.group),
                number(group.citizens),
                number(group.followed_to_horizon),
                number(group.in_work),
                rate_text(group),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        return None

    def header(self, column: int) -> str:
        weeks = decimal(self._weeks)
        return (
            self.tr("Group"),
            self.tr("Citizens"),
            self.tr("Followed %1 weeks").replace("%1", weeks),
            self.tr("In work or education"),
            self.tr("Rate (95% interval)"),
        )[column]

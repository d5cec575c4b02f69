"""Read-only table model of acceptance and override rates per caseworker (and overall)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.views.common.locale_text import number, percent
from desktop_app.views.common.table_model import RIGHT, ReadOnlyTableModel

if TYPE_CHECKING:
    from desktop_app.casework.types import OversightRow

COL_WHO, COL_DECISIONS, COL_SHOWN, COL_ACCEPTANCE, COL_OVERRIDE, COL_WARNING = range(6)
COLUMN_COUNT = 6


def _percent(rate: float | None) -> str:
    return "–" if rate is None else percent(rate)


class OversightTableModel(ReadOnlyTableModel):
    COLUMNS = COLUMN_COUNT

    def cell(self, row: OversightRow, column: int, role: int) -> Any:
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
            return RIGHT
        return None

    def header(self, column: int) -> str:
        translate = QCoreApplication.translate
        return (
            translate("OversightTableModel", "Caseworker"),
            translate("OversightTableModel", "Decisions"),
            translate("OversightTableModel", "With a suggestion"),
            translate("OversightTableModel", "Accepted"),
            translate("OversightTableModel", "Overridden"),
            translate("OversightTableModel", "Warning"),
        )[column]

"""Read-only table model of the programme catalogue (names in the interface language)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.views.common.locale_text import decimal, number
from desktop_app.views.common.table_model import RIGHT, ReadOnlyTableModel
from desktop_app.views.words.journey_words import state_name
from desktop_app.views.words.names import programme_name

COL_NAME, COL_KIND, COL_DURATION, COL_WAITING, COL_CAPACITY = range(5)
COLUMN_COUNT = 5


def _weeks(value: Any) -> str:
    return "" if value is None else decimal(float(value))


class ProgrammeTableModel(ReadOnlyTableModel):
    COLUMNS = COLUMN_COUNT

    def __init__(self, language: Callable[[], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language

    def cell(self, programme: dict[str, Any], column: int, role: int) -> Any:
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
            return RIGHT
        return None

    def header(self, column: int) -> str:
        translate = QCoreApplication.translate
        return (
            translate("ProgrammeTableModel", "Programme"),
            translate("ProgrammeTableModel", "Kind"),
            translate("ProgrammeTableModel", "Weeks"),
            translate("ProgrammeTableModel", "Waiting (weeks)"),
            translate("ProgrammeTableModel", "Places"),
        )[column]

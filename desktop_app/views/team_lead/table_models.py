"""Read-only table models of the team lead's screens, on the one base of every table
(`views/common/table_model.py`): columns declared once, one `set_rows()`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
)

from desktop_app.views.common.i18n import current_language
from desktop_app.views.common.locale_text import date_text, number, percent
from desktop_app.views.common.table_model import RIGHT, ReadOnlyTableModel
from desktop_app.views.team_lead.words import TeamLeadWords
from desktop_app.views.words.names import programme_name

if TYPE_CHECKING:
    from desktop_app.casework.types import ProgrammeFigures, WaitingCitizen



def fixed(value: float, digits: int = 1) -> str:
    """A figure with a fixed number of decimals in the interface language ("34,8", "0,0"),
    so a column of them lines up."""
    return QLocale().toString(float(value), "f", digits)


class ReadOnlyRows(ReadOnlyTableModel):
    """The team lead's tables: headers as one tuple, cells as text, numbers right-aligned."""

    NUMERIC: frozenset[int] = frozenset()

    def header(self, column: int) -> str:
        return self.headers()[column]

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return RIGHT
        return None

    def headers(self) -> tuple[str, ...]:  # translated now, in the interface language
        raise NotImplementedError

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError


class PlanningTableModel(ReadOnlyRows):
    """One row per programme: the next intakes, places, booked, waiting, proposed, left,
    the price of a place and the expected extra people in work with its interval."""

    COLUMNS = 9

    def headers(self) -> tuple[str, ...]:
        translate = QCoreApplication.translate
        return (
            translate("PlanningTableModel", "Programme"),
            translate("PlanningTableModel", "Next intakes (places left)"),
            translate("PlanningTableModel", "Places"),
            translate("PlanningTableModel", "Booked"),
            translate("PlanningTableModel", "Waiting"),
            translate("PlanningTableModel", "Proposed"),
            translate("PlanningTableModel", "Left"),
            translate("PlanningTableModel", "Price per place"),
            translate("PlanningTableModel", "Expected extra in work (range)"),
        )

    NUMERIC = frozenset(range(2, 9))

    def text(self, row: ProgrammeFigures, column: int) -> str:
        translate = QCoreApplication.translate
        if column == 0:
            return programme_name({"id": row.programme_id, "name": row.names},
                                  current_language())
        if not row.known and column in (1, 2, 3, 6):
            return translate("PlanningTableModel", "not limited") if column == 1 else "–"
        if column == 1:
            return ", ".join(f"{date_text(i.start)} ({number(i.left)})" for i in row.intakes)
        if column == 2:
            return number(row.places)
        if column == 3:
            return number(row.booked)
        if column == 4:
            return number(row.queue)
        if column == 5:
            return "–" if row.proposed is None else number(row.proposed)
        if column == 6:
            return number(row.left)
        if column == 7:
            return "–" if row.price is None else fixed(100 * row.price)
        if row.expected_gain is None:
            return "–"
        return (translate("PlanningTableModel", "%1 (%2 to %3)")
                .replace("%1", fixed(row.expected_gain))
                .replace("%2", fixed(row.gain_low or 0.0))
                .replace("%3", fixed(row.gain_high or 0.0)))


class BalanceTableModel(ReadOnlyRows):
    """The plan across groups (audit only): citizens, share proposed a programme, expected
    extra in work per 100; groups too small to show say so."""

    COLUMNS = 4

    def headers(self) -> tuple[str, ...]:
        translate = QCoreApplication.translate
        return (
            translate("BalanceTableModel", "Group"),
            translate("BalanceTableModel", "Citizens"),
            translate("BalanceTableModel", "Proposed a programme"),
            translate("BalanceTableModel", "Extra in work per 100"),
        )

    NUMERIC = frozenset({1, 2, 3})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words = TeamLeadWords(self)

    def text(self, row: dict[str, Any], column: int) -> str:
        if column == 0:
            return self.words.group(str(row["dimension"]), str(row["group"]))
        if column == 1:
            return number(int(row["citizens"]))
        value = row.get("proposed_share" if column == 2 else "gain_per_100")
        if value is None:
            return QCoreApplication.translate("BalanceTableModel", "too few to show")
        return percent(value) if column == 2 else fixed(value)


class WaitingTableModel(ReadOnlyRows):
    """Citizens waiting for a caseworker, with who is proposed."""

    COLUMNS = 3

    def headers(self) -> tuple[str, ...]:
        translate = QCoreApplication.translate
        return (
            translate("WaitingTableModel", "Citizen"),
            translate("WaitingTableModel", "Name"),
            translate("WaitingTableModel", "Proposed caseworker"),
        )

    def text(self, row: WaitingCitizen, column: int) -> str:
        if column == 0:
            return row.citizen_id
        if column == 1:
            return row.name
        best = row.proposal.proposed
        return f"{best.display_name} ({best.caseworker_id})" if best else "–"

"""Table model of the vacancies matched to a citizen, each with its explanation.

Columns: vacancy title, employer, match score, skills matched, skills missing (essential; the
optional ones in the tooltip), distance from home, hours. Vacancy titles and employers come
from the bundle and are returned as plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from desktop_app.views.common.locale_text import decimal, number, percent
from desktop_app.views.common.table_model import RIGHT, ReadOnlyTableModel

if TYPE_CHECKING:
    from desktop_app.casework.types import JobMatch, JobsDetail
    # type names only: the matching code (pandas, scipy) loads on the cache worker

COL_TITLE, COL_EMPLOYER, COL_SCORE, COL_MATCHED, COL_MISSING, COL_DISTANCE, COL_HOURS = range(7)
COLUMN_COUNT = 7
VACANCY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

translate = QCoreApplication.translate


def skill_list(detail: JobsDetail, uris: Sequence[str], language: str) -> str:
    return ", ".join(detail.label(uri, language) for uri in uris)


def distance_text(match: JobMatch) -> str:
    if match.distance_km is None:
        return translate("JobMatchModel", "unknown")
    return translate("JobMatchModel", "%1 km").replace("%1", number(match.distance_km))


class JobMatchModel(ReadOnlyTableModel):
    COLUMNS = COLUMN_COUNT

    def __init__(self, language: Callable[[], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._detail: JobsDetail | None = None  # rows exist only while a detail is set

    def set_detail(self, detail: JobsDetail | None) -> None:
        self.set_rows(detail.matches if detail is not None else (), _detail=detail)

    def job_match(self, row: int) -> JobMatch | None:
        return self.row_at(row)  # type: ignore[no-any-return]

    @property
    def _shown(self) -> JobsDetail:
        """The detail behind the rows (only read while there are rows)."""
        assert self._detail is not None
        return self._detail

    def _display(self, match: JobMatch, column: int) -> str:
        language = self._language()
        if column == COL_TITLE:
            return match.title
        if column == COL_EMPLOYER:
            return match.employer
        if column == COL_SCORE:
            return number(100 * max(match.score, 0.0))
        if column == COL_MATCHED:
            matched = (*match.matched_essential, *match.matched_optional)
            return skill_list(self._shown, matched, language)
        if column == COL_MISSING:
            return skill_list(self._shown, match.missing_essential, language)
        if column == COL_DISTANCE:
            return distance_text(match)
        return "" if match.hours_per_week is None else decimal(match.hours_per_week)

    def _tooltip(self, match: JobMatch, column: int) -> str:
        language = self._language()
        if column == COL_MISSING and match.missing_optional:
            optional = skill_list(self._shown, match.missing_optional, language)
            return "\n".join(
                text
                for text in (
                    self._display(match, column),
                    translate("JobMatchModel", "Also useful: %1").replace("%1", optional),
                )
                if text
            )
        if column == COL_SCORE:
            return translate(
                "JobMatchModel", "Share of the vacancy's skills the citizen has: %1"
            ).replace("%1", percent(match.coverage))
        return self._display(match, column)

    def cell(self, match: JobMatch, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(match, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(match, column)
        if role == VACANCY_ID_ROLE:
            return match.vacancy_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                COL_SCORE, COL_DISTANCE, COL_HOURS):
            return RIGHT
        return None

    def header(self, column: int) -> str:
        return (
            translate("JobMatchModel", "Vacancy"),
            translate("JobMatchModel", "Employer"),
            translate("JobMatchModel", "Match"),
            translate("JobMatchModel", "Skills matched"),
            translate("JobMatchModel", "Skills missing"),
            translate("JobMatchModel", "Distance"),
            translate("JobMatchModel", "Hours"),
        )[column]

"""Table model of alternative occupations: overlap, gap skills, and the courses that close them.

Courses are the municipality's programmes whose `skills_taught` cover gap skills; their names
follow the interface language. Skills no programme teaches are listed separately.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from desktop_app.views.common.locale_text import percent
from desktop_app.views.common.table_model import RIGHT, ReadOnlyTableModel
from desktop_app.views.jobs.job_match_model import skill_list
from desktop_app.views.words.names import programme_name

if TYPE_CHECKING:
    from desktop_app.casework.types import Alternative, JobsDetail
    # type names only: the matching code (pandas, scipy) loads on the cache worker

COL_OCCUPATION, COL_OVERLAP, COL_GAP, COL_COURSES, COL_NOT_COVERED = range(5)
COLUMN_COUNT = 5
OCCUPATION_ROLE = Qt.ItemDataRole.UserRole + 1

translate = QCoreApplication.translate


class AlternativeModel(ReadOnlyTableModel):
    COLUMNS = COLUMN_COUNT

    def __init__(self, language: Callable[[], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._detail: JobsDetail | None = None  # rows exist only while a detail is set
        self._programmes: dict[str, Mapping[str, Any]] = {}

    def set_detail(
        self, detail: JobsDetail | None, programmes: Sequence[Mapping[str, Any]] = ()
    ) -> None:
        known = {str(p.get("id")): p for p in programmes} if programmes else self._programmes
        self.set_rows(detail.alternatives if detail is not None else (), _detail=detail,
                      _programmes=known)

    @property
    def _shown(self) -> JobsDetail:
        """The detail behind the rows (only read while there are rows)."""
        assert self._detail is not None
        return self._detail

    def _course(self, programme_id: str) -> str:
        programme = self._programmes.get(programme_id)
        if programme is None:
            return programme_id
        return programme_name(dict(programme), self._language())

    def _display(self, alternative: Alternative, column: int, tooltip: bool) -> str:
        language = self._language()
        if column == COL_OCCUPATION:
            return self._shown.label(alternative.occupation, language)
        if column == COL_OVERLAP:
            return percent(alternative.overlap)
        if column == COL_GAP:
            return skill_list(self._shown, alternative.missing_essential, language)
        if column == COL_COURSES:
            if not tooltip:
                return ", ".join(self._course(c.programme_id) for c in alternative.courses)
            return "\n".join(
                translate("AlternativeModel", "%1 teaches: %2")
                .replace("%1", self._course(c.programme_id))
                .replace("%2", skill_list(self._shown, c.closes, language))
                for c in alternative.courses
            )
        return skill_list(self._shown, alternative.still_missing, language)

    def cell(self, alternative: Alternative, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(alternative, column, tooltip=False)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(alternative, column, tooltip=True)
        if role == OCCUPATION_ROLE:
            return alternative.occupation
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_OVERLAP:
            return RIGHT
        return None

    def header(self, column: int) -> str:
        return (
            translate("AlternativeModel", "Occupation"),
            translate("AlternativeModel", "In common"),
            translate("AlternativeModel", "Skills to learn"),
            translate("AlternativeModel", "Courses that teach them"),
            translate("AlternativeModel", "Not taught by any course"),
        )[column]

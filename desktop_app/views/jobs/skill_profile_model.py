"""Table model of a citizen's skill profile: each skill, where it came from, and its status.

Skill labels follow the interface language (ESCO preferred label, else English); sources name
the previous job, the case record or the CV words that support the skill, so the caseworker can
judge it before confirming or removing it. Everything is returned as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

if TYPE_CHECKING:
    from desktop_app.casework.types import JobsDetail, ProfileSkill, SkillSource
    # type names only: the matching code (pandas, scipy) loads on the cache worker

COL_SKILL, COL_SOURCE, COL_STATUS = range(3)
COLUMN_COUNT = 3
SKILL_URI_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def source_text(source: SkillSource, detail: JobsDetail, language: str) -> str:
    if source.kind == "occupation_essential":
        occupation = detail.label(source.detail, language)
        return translate("SkillProfileModel", "Previous job: %1 (essential skill)").replace(
            "%1", occupation
        )
    if source.kind == "occupation_optional":
        occupation = detail.label(source.detail, language)
        return translate("SkillProfileModel", "Previous job: %1 (optional skill)").replace(
            "%1", occupation
        )
    if source.kind == "recorded":
        return translate("SkillProfileModel", "Recorded in the case system")
    if source.kind == "cv":
        return translate("SkillProfileModel", "CV text: \u201c%1\u201d").replace(
            "%1", source.detail
        )
    if source.kind == "cv_file":
        return translate("SkillProfileModel", "Added CV file %1").replace("%1", source.detail)
    return source.detail


def status_text(status: str) -> str:
    return {
        "confirmed": translate("SkillProfileModel", "Confirmed"),
        "removed": translate("SkillProfileModel", "Removed"),
    }.get(status, translate("SkillProfileModel", "Suggested"))


class SkillProfileModel(QAbstractTableModel):
    def __init__(self, language: Callable[[], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._detail: JobsDetail | None = None  # rows exist only while a detail is set
        self._rows: list[ProfileSkill] = []

    def set_detail(self, detail: JobsDetail | None) -> None:
        self.beginResetModel()
        self._detail = detail
        self._rows = list(detail.skills) if detail is not None else []
        self.endResetModel()

    def skill(self, row: int) -> ProfileSkill | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uri: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.uri == uri), -1)

    @property
    def _shown(self) -> JobsDetail:
        """The detail behind the rows (only read while there are rows)."""
        assert self._detail is not None
        return self._detail

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        skill = self._rows[index.row()]
        column = index.column()
        language = self._language()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_SKILL:
                return self._shown.label(skill.uri, language)
            if column == COL_SOURCE:
                separator = "\n" if role == Qt.ItemDataRole.ToolTipRole else "; "
                texts = [source_text(s, self._shown, language) for s in skill.sources]
                return separator.join(dict.fromkeys(texts))
            return status_text(skill.status)
        if role == SKILL_URI_ROLE:
            return skill.uri
        if role == STATUS_ROLE:
            return skill.status
        if role == Qt.ItemDataRole.FontRole and skill.status != "suggested":
            font = QFont()
            font.setStrikeOut(skill.status == "removed")  # removed skills no longer count
            font.setBold(skill.status == "confirmed")
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMN_COUNT:
            return None
        return (
            translate("SkillProfileModel", "Skill"),
            translate("SkillProfileModel", "Where it comes from"),
            translate("SkillProfileModel", "Status"),
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
            last = self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

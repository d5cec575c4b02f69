"""Table model of a citizen's skill profile: each skill, where it came from, and its status.

Skill labels follow the interface language (ESCO preferred label, else English); sources name
the previous job, the case record or the CV words that support the skill, so the caseworker can
judge it before confirming or removing it. Everything is returned as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QFont

from desktop_app.views.common.table_model import ReadOnlyTableModel

if TYPE_CHECKING:
    from desktop_app.casework.types import JobsDetail, ProfileSkill, SkillSource
    # type names only: the matching code (pandas, scipy) loads on the cache worker

COL_SKILL, COL_SOURCE, COL_STATUS = range(3)
COLUMN_COUNT = 3
SKILL_URI_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2



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


class SkillProfileModel(ReadOnlyTableModel):
    COLUMNS = COLUMN_COUNT

    def __init__(self, language: Callable[[], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._detail: JobsDetail | None = None  # rows exist only while a detail is set

    def set_detail(self, detail: JobsDetail | None) -> None:
        self.set_rows(detail.skills if detail is not None else (), _detail=detail)

    def skill(self, row: int) -> ProfileSkill | None:
        return self.row_at(row)  # type: ignore[no-any-return]

    def row_of(self, uri: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.uri == uri), -1)

    @property
    def _shown(self) -> JobsDetail:
        """The detail behind the rows (only read while there are rows)."""
        assert self._detail is not None
        return self._detail

    def cell(self, skill: ProfileSkill, column: int, role: int) -> Any:
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

    def header(self, column: int) -> str:
        return (
            translate("SkillProfileModel", "Skill"),
            translate("SkillProfileModel", "Where it comes from"),
            translate("SkillProfileModel", "Status"),
        )[column]

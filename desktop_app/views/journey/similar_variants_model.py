"""Table model of the journeys similar past citizens took: path, how many, how they ended.

One row per variant among the neighbours (most common first). Read-only; the path is shown in
the interface language with arrows between states.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.views.common.locale_text import number
from desktop_app.views.words.journey_words import state_name

if TYPE_CHECKING:
    from desktop_app.casework.types import SimilarCitizens

COL_PATH, COL_CITIZENS, COL_ENDED = range(3)
Index = QModelIndex | QPersistentModelIndex


def path_text(variant: tuple[str, ...]) -> str:
    return " → ".join(state_name(s) for s in variant)


class SimilarVariantsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._similar: SimilarCitizens | None = None
        self._rows: list[tuple[str, str, str]] = []  # texts, built once per case and language

    def set_similar(self, similar: SimilarCitizens | None) -> None:
        self.beginResetModel()
        self._similar = similar
        self._rows = self._texts(similar)
        self.endResetModel()

    @staticmethod
    def _texts(similar: SimilarCitizens | None) -> list[tuple[str, str, str]]:
        # Views ask for every cell many times (size hints, tooltips, painting); translating the
        # path on each call cost ~20 ms per case on the GUI thread.
        if similar is None:
            return []
        ended: dict[tuple[str, ...], Counter[str]] = {}
        for n in similar.neighbours:
            if n.variant and n.outcome is not None:
                ended.setdefault(n.variant, Counter())[n.outcome] += 1
        rows = []
        for variant, count in similar.variants:
            outcomes = ended.get(variant, Counter())
            ended_text = ", ".join(f"{state_name(o)} {number(c)}"
                                   for o, c in outcomes.most_common())
            rows.append((path_text(variant), number(count), ended_text))
        return rows

    def retranslate(self) -> None:
        self._rows = self._texts(self._similar)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_CITIZENS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Journey"), self.tr("Citizens"), self.tr("How they ended"))
        return names[section] if 0 <= section < 3 else None

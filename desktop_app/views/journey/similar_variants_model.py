"""Table model of the journeys similar past citizens took: path, how many, how they ended.

One row per variant among the neighbours (most common first). Read-only; the path is shown in
the interface language with arrows between states.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from desktop_app.views.common.locale_text import number
from desktop_app.views.common.table_model import RIGHT, ReadOnlyTableModel
from desktop_app.views.words.journey_words import state_name

if TYPE_CHECKING:
    from desktop_app.casework.types import SimilarCitizens

COL_PATH, COL_CITIZENS, COL_ENDED = range(3)


def path_text(variant: tuple[str, ...]) -> str:
    return " → ".join(state_name(s) for s in variant)


class SimilarVariantsModel(ReadOnlyTableModel):
    COLUMNS = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._similar: SimilarCitizens | None = None
        # rows are texts, built once per case and language

    def set_similar(self, similar: SimilarCitizens | None) -> None:
        self.set_rows(self._texts(similar), _similar=similar)

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
        super().retranslate()

    def cell(self, texts: tuple[str, str, str], column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_CITIZENS:
            return RIGHT
        return None

    def header(self, column: int) -> str:
        return (self.tr("Journey"), self.tr("Citizens"), self.tr("How they ended"))[column]

"""The Programmes tab: the municipality's programme catalogue, and (once the suggestion model
is installed) the suggestions for this citizen.

Seam for `desktop_app/scoring/`: the case view will pass the suggestions for the open case to a
renderer placed in `suggestions_area`; until then the area says plainly that suggestions are
not available yet. The catalogue below it is real data from the case cache.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop_app.views.i18n import current_language
from desktop_app.views.plain_text import heading, plain_label
from desktop_app.views.programme_table_model import COL_NAME, ProgrammeTableModel

if TYPE_CHECKING:
    from desktop_app.views.case_tasks import CaseDetail


class ProgrammesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmes-tab")
        self.suggestions_title = heading()
        self.suggestions_area = plain_label()
        self.suggestions_area.setObjectName("pending-message")
        self.catalogue_title = heading()
        self.model = ProgrammeTableModel(current_language, self)
        self.table = QTableView()
        self.table.setObjectName("programme-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.suggestions_title)
        layout.addWidget(self.suggestions_area)
        layout.addSpacing(12)
        layout.addWidget(self.catalogue_title)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.suggestions_title.setText(self.tr("Suggestions for this citizen"))
        self.suggestions_area.setText(
            self.tr(
                "Suggestions are not available yet: no suggestion model is installed. "
                "Choose from the programmes below as you normally would."
            )
        )
        self.catalogue_title.setText(self.tr("Programmes offered"))
        self.table.setAccessibleName(self.tr("Programmes offered"))
        self.model.retranslate()

    def show_case(self, detail: CaseDetail | None) -> None:
        self.model.set_rows(detail.programmes if detail else ())

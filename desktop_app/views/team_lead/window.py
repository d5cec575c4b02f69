"""The team lead's window: planning of places and assigning caseworkers, one tab each.

Opened from the menu Team lead (only when the app runs as a team lead). Not modal: the case
list stays usable beside it. Both tabs read from the cache worker, never on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from desktop_app.views.team_lead.assignment_panel import AssignmentPanel
from desktop_app.views.team_lead.planning_panel import PlanningPanel

if TYPE_CHECKING:
    from desktop_app.views.workers.cache_worker import CaseStore

PLANNING, ASSIGNMENT = 0, 1


class TeamLeadWindow(QDialog):
    def __init__(self, store: CaseStore, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team-lead-window")
        self.planning = PlanningPanel(store, self)
        self.assignment = AssignmentPanel(store, actor, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("team-lead-tabs")
        self.tabs.addTab(self.planning, "")
        self.tabs.addTab(self.assignment, "")
        self._loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._load)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(1180, 720)
        self.retranslate()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._load(index)

    def _load(self, index: int) -> None:
        """Each tab reads its figures the first time it is shown (Refresh reads again)."""
        if index in self._loaded:
            return
        self._loaded.add(index)
        (self.planning if index == PLANNING else self.assignment).refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Team lead: places and caseworkers"))
        self.tabs.setTabText(PLANNING, self.tr("&Planning of places"))
        self.tabs.setTabText(ASSIGNMENT, self.tr("&Assign caseworkers"))

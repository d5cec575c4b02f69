"""The case view: one tab per step of the meeting, for the case selected in the list.

Each tab shows part of the case's `CaseDetail` (`casework/case_detail.py`); the Jobs, Decision
and Sheet tabs launch their own changes as operations on the cache worker once the main window
has attached the store (`views/workers/operations.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop_app.views.decision.decision_tab import DecisionTab
from desktop_app.views.jobs.jobs_tab import JobsTab
from desktop_app.views.journey.journey_tab import JourneyTab
from desktop_app.views.overview.case_overview import CaseOverview
from desktop_app.views.programmes.programmes_tab import ProgrammesTab
from desktop_app.views.sheet.sheet_tab import SheetTab

translate = QCoreApplication.translate
# Between two tabs' steps. A 0 ms single shot is a posted event, and the steps (with the layout
# and paint events they post) ran back to back as one stall; with a 1 ms timer the watchdog's
# timer runs between them (measured: longest stall while opening a case 28-39 -> 22-27 ms).
STEP_PAUSE_MS = 1


if TYPE_CHECKING:
    from desktop_app.casework.types import CaseDetail

class CaseView(QTabWidget):
    def __init__(self, parent: QWidget | None = None, *, caseworker: str = "",
                 caseworker_name: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case-view")
        self.setDocumentMode(True)
        self.overview_tab = CaseOverview()
        self.programmes_tab = ProgrammesTab()
        self.jobs_tab = JobsTab()
        self.journey_tab = JourneyTab()
        self.decision_tab = DecisionTab(caseworker, caseworker_name=caseworker_name)
        self.sheet_tab = SheetTab()
        for tab in self._tabs():
            self.addTab(tab, "")
        self.jobs_tab.jobs_changed.connect(self.overview_tab.show_jobs)
        self._generation = 0  # a newer case cancels the rest of an older one's steps
        self.retranslate()

    def _tabs(self) -> tuple[QWidget, ...]:
        return (
            self.overview_tab,
            self.programmes_tab,
            self.jobs_tab,
            self.journey_tab,
            self.decision_tab,
            self.sheet_tab,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = (
            self.tr("&Overview"),
            self.tr("&Programmes"),
            self.tr("&Jobs"),
            self.tr("Jour&ney"),
            self.tr("&Decision"),
            self.tr("E&xplanation sheet"),
        )
        for index, name in enumerate(names):
            self.setTabText(index, name)
        self.setAccessibleName(self.tr("Case view"))

    def show_case(self, detail: CaseDetail | None) -> None:
        self._generation += 1
        for tab in self._in_order():
            tab.show_case(detail)  # type: ignore[attr-defined]

    def _in_order(self) -> list[QWidget]:
        order = [self.overview_tab, self.programmes_tab, self.jobs_tab, self.decision_tab,
                 self.sheet_tab, self.journey_tab]
        current = self.currentWidget()
        return [current, *(t for t in order if t is not current)] if current in order else order

    def show_case_in_steps(self, detail: CaseDetail | None, done: Callable[[], None]) -> None:
        """Fill the visible tab now and each other tab in its own event, then call `done`.

        Filling all six tabs at once kept the GUI thread busy for 40–120 ms; one tab per timer
        event keeps every stall short, and the caseworker sees the tab they look at first.
        """
        self._generation += 1
        generation = self._generation
        tabs = self._in_order()

        def step() -> None:
            if generation != self._generation:
                return  # another case was opened meanwhile
            tabs.pop(0).show_case(detail)  # type: ignore[attr-defined]
            if tabs:  # with the view as context: no step runs once the view is gone
                QTimer.singleShot(STEP_PAUSE_MS, self, step)
            else:
                done()

        step()

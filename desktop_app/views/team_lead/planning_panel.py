"""Planning of programme places: per programme the next intakes, booked vs proposed, places
left and the price of a place; the expected extra people in work with its range; the plan's
balance across groups (audit only). Export as CSV or as a PDF page.

The figures come from `team_lead.planning` on the cache worker's thread; this panel only
presents them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.i18n import current_language
from desktop_app.views.common.locale_text import date_text, date_time_text
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.team_lead.replan_control import ReplanControl
from desktop_app.views.team_lead.table_models import (
    BalanceTableModel,
    PlanningTableModel,
    fixed,
)
from desktop_app.views.workers.operations import Operation

if TYPE_CHECKING:
    from desktop_app.casework.types import PlanningFigures
    from desktop_app.views.workers.cache_worker import CaseStore

class PlanningPanel(QWidget):
    shown = Signal()  # figures on screen
    exported = Signal(object)  # Path written

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planning-panel")
        self.store = store
        self.figures: PlanningFigures | None = None
        self._status: Callable[[], str] = str  # the status line, said again after a switch
        self.title = heading()
        self.period = plain_label()
        self.period.setObjectName("planning-period")
        self.plan_status = plain_label()
        self.plan_status.setObjectName("planning-plan-status")
        self.model = PlanningTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("planning-table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # names stay whole
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.total = plain_label()
        self.total.setObjectName("planning-total")
        self.balance_title = heading(scale=1.0)
        self.balance_model = BalanceTableModel(self)
        self.balance = QTableView()
        self.balance.setObjectName("planning-balance")
        self.balance.setModel(self.balance_model)
        self.balance.verticalHeader().hide()
        self.balance.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.balance.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.notes = plain_label()
        self.notes.setObjectName("planning-notes")
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status = plain_label()
        self.status.setObjectName("planning-status")
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("planning-export-csv")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("planning-export-pdf")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("planning-refresh")
        self.csv_button.clicked.connect(lambda: self.ask_and_export("csv"))
        self.pdf_button.clicked.connect(lambda: self.ask_and_export("pdf"))
        self.refresh_button.clicked.connect(self.refresh)
        self.replan = ReplanControl(store, self)
        self.replan.recomputed.connect(lambda _result: self.refresh())
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        lower = QHBoxLayout()
        lower_left = QVBoxLayout()
        lower_left.addWidget(self.balance_title)
        lower_left.addWidget(self.balance, 1)
        lower.addLayout(lower_left, 3)
        lower.addWidget(self.notes, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.period)
        layout.addWidget(self.plan_status)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.total)
        layout.addLayout(lower, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.replan)
        layout.addLayout(buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Programme places: planning"))
        self.table.setAccessibleName(self.tr("Places per programme"))
        self.balance.setAccessibleName(self.tr("Balance across groups"))
        self.balance_title.setText(self.tr("Balance across groups (audit only: gender, origin "
                                           "and age are never inputs to the plan)"))
        self.notes.setText(self.tr(
            "Proposed: the places the plan would use for the expected caseload of the period. "
            "Price per place: how many more people in 100 would be in work or education if "
            "the programme had one more place (0: places are not scarce). Ranges add up each "
            "citizen's 90% range. Groups under 10 citizens show no figures."))
        self.csv_button.setText(self.tr("Export &CSV…"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.model.retranslate()
        self.balance_model.retranslate()
        if self.figures is not None:
            self._show_texts(self.figures)
        self.status.setText(self._status())

    def _say(self, text: Callable[[], str]) -> None:
        """Show a status, kept as a function so a language switch says it again."""
        self._status = text
        self.status.setText(text())

    def refresh(self) -> None:
        from desktop_app.casework.team_lead import planning_figures

        self._say(lambda: self.tr("Reading the places…"))
        Operation(planning_figures, self.show_figures, self._failed).on_cache(self.store)

    def show_figures(self, figures: PlanningFigures) -> None:
        self.figures = figures
        self.model.set_rows(figures.programmes)
        self.balance_model.set_rows(figures.balance)
        self._show_texts(figures)
        self._say(str)
        self.shown.emit()

    def _show_texts(self, figures: PlanningFigures) -> None:
        self.period.setText(self.tr("Planning period %1 to %2").replace(
            "%1", date_text(figures.as_of)).replace("%2", date_text(figures.until)))
        if figures.plan_computed_at is None:
            self.plan_status.setText(self.tr(
                "No plan computed yet: places are shown, proposals are not. Recompute the plan "
                "below; it is also computed on every import when a model is installed."))
        else:
            text = self.tr("Plan computed %1 with model %2 over an expected caseload of "
                           "%Ln citizen(s).", "", figures.caseload or 0).replace(
                "%1", date_time_text(figures.plan_computed_at)).replace(
                "%2", figures.model_version or "–")
            if not figures.plan_current:
                text += " " + self.tr("Bookings or intakes changed since: the proposed places "
                                      "are older than the places shown. Recompute the plan "
                                      "to update them.")
            self.plan_status.setText(text)
        if figures.expected_gain is None:
            self.total.setText("")
        else:
            self.total.setText(self.tr(
                "Expected extra people in work or education from the proposed places: %1 "
                "(range %2 to %3).").replace("%1", fixed(figures.expected_gain)).replace(
                "%2", fixed(figures.gain_low or 0.0)).replace(
                "%3", fixed(figures.gain_high or 0.0)))

    def ask_and_export(self, kind: str) -> None:
        filters = {"csv": self.tr("CSV files (*.csv)"), "pdf": self.tr("PDF files (*.pdf)")}
        name = str(Path.home() / f"planning-{current_language()}.{kind}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the planning figures"),
                                              name, filters[kind])
        if path:
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> None:
        """Write the figures (read again, so the file matches the cache now) on the worker."""
        from desktop_app.casework.team_lead import export_planning

        language = current_language()
        self._say(lambda: self.tr("Exporting…"))
        Operation(lambda ctx: export_planning(ctx, path, kind, language),  # type: ignore[arg-type]
                  self._exported, self._failed).on_cache(self.store)

    def _exported(self, path: Path) -> None:
        self._say(lambda: self.tr("Saved to %1").replace("%1", str(path)))
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        self._say(lambda: self.tr("The planning figures could not be read or saved: %1")
                  .replace("%1", message))

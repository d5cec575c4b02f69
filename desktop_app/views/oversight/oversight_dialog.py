"""Oversight (menu View › Oversight): how often suggestions are accepted or overridden.

Per caseworker and overall over a chosen period, with a visible warning when more than 95% of
suggestions were accepted (a decision that always follows the machine is not a human one).
The numbers come from `desktop_app/casework/oversight.py` (over `desktop_app.oversight.rates`),
computed on the cache worker.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.plain_text import plain_label
from desktop_app.views.oversight.oversight_table_model import COL_WHO, OversightTableModel
from desktop_app.views.workers.operations import Operation

if TYPE_CHECKING:
    from desktop_app.casework.types import OversightReport
    from desktop_app.views.workers.cache_worker import CaseStore

PERIODS = (30, 90, 365)
log = logging.getLogger(__name__)


class OversightDialog(QDialog):
    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oversight-dialog")
        self.store = store
        self.report: OversightReport | None = None
        self.period_label = plain_label(wrap=False)
        self.period = QComboBox()
        self.period.setObjectName("oversight-period")
        for days in PERIODS:
            self.period.addItem("", days)
        self.period.setCurrentIndex(1)
        self.period_label.setBuddy(self.period)
        self.warning = plain_label()
        self.warning.setObjectName("rubber-stamp-warning")
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning.setContentsMargins(10, 6, 10, 6)
        self.warning.hide()
        self.explain = plain_label()
        self._failure: str | None = None
        self.model = OversightTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("oversight-table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.Stretch)
        # our own button, not Qt's standard Close: Qt has no Norwegian words for its buttons
        # and puts its English back on every language switch
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.period_label)
        row.addWidget(self.period)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explain)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.period.currentIndexChanged.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Oversight: acceptance of suggestions"))
        self.period_label.setText(self.tr("&Period:"))
        for index, days in enumerate(PERIODS):
            self.period.setItemText(index, self.tr("Last %Ln day(s)", "", days))
        self.period.setAccessibleName(self.tr("Period"))
        self.explain.setText(self.tr(
            "Counts only decisions where a suggestion was shown. Overriding is normal and "
            "healthy: the caseworker knows things the model does not."))
        self.table.setAccessibleName(self.tr("Acceptance and override rates"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self._show_warning()

    def refresh(self) -> None:
        from desktop_app.casework.oversight import oversight_figures

        days = int(self.period.currentData())
        until = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
        since = until - dt.timedelta(days=days)
        bounds = (since.isoformat(timespec="seconds"), until.isoformat(timespec="seconds"))
        Operation(lambda ctx: oversight_figures(ctx, *bounds), self.show_report,
                  self._failed).on_cache(self.store)

    def show_report(self, report: OversightReport) -> None:
        self.report = report
        self.model.set_rows([*report.rows, report.overall])
        self._show_warning()

    def _show_warning(self) -> None:
        if self._failure is not None:
            self.warning.setText(self.tr("The figures could not be computed. The reason is "
                                         "in the IT log."))
            self.warning.show()
            return
        report = self.report
        flagged = [r.caseworker_id or self.tr("all caseworkers together")
                   for r in (report.warnings if report is not None else ())]
        if flagged:
            self.warning.setText(self.tr(
                "Warning: more than 95% of suggestions were accepted in this period by: %1. "
                "Check that each decision is the caseworker's own (possible rubber-stamping).")
                .replace("%1", ", ".join(flagged)))
            self.warning.show()
        else:
            self.warning.hide()

    def _failed(self, message: str) -> None:
        log.warning("oversight figures not computed: %s", message)
        self._failure = message
        self._show_warning()

"""Oversight (menu View › Oversight): how often suggestions are accepted or overridden.

Per caseworker and overall over a chosen period, with a visible warning when more than 95% of
suggestions were accepted (a decision that always follows the machine is not a human one).
The numbers are computed on the cache worker (`desktop_app.oversight.rates`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

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

from desktop_app.views.oversight_table_model import COL_WHO, OversightTableModel
from desktop_app.views.plain_text import plain_label

if TYPE_CHECKING:
    from desktop_app.oversight.rates import OversightReport
    from desktop_app.views.cache_worker import CaseStore

PERIODS = (30, 90, 365)


class OversightDialog(QDialog):
    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oversight-dialog")
        self.setWindowTitle(self.tr("Oversight: acceptance of suggestions"))
        self.store = store
        self.report: OversightReport | None = None
        self.period_label = plain_label(self.tr("&Period:"), wrap=False)
        self.period = QComboBox()
        self.period.setObjectName("oversight-period")
        for days in PERIODS:
            self.period.addItem(self.tr("Last %n day(s)", "", days), days)
        self.period.setCurrentIndex(1)
        self.period.setAccessibleName(self.tr("Period"))
        self.period_label.setBuddy(self.period)
        self.warning = plain_label()
        self.warning.setObjectName("rubber-stamp-warning")
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning.setContentsMargins(10, 6, 10, 6)
        self.warning.hide()
        self.explain = plain_label(self.tr(
            "Counts only decisions where a suggestion was shown. Overriding is normal and "
            "healthy: the caseworker knows things the model does not."))
        self.model = OversightTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("oversight-table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Acceptance and override rates"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
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
        self.refresh()

    def refresh(self) -> None:
        from desktop_app.oversight.rates import oversight_report

        days = int(self.period.currentData())
        until = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
        since = until - dt.timedelta(days=days)
        bounds = (since.isoformat(timespec="seconds"), until.isoformat(timespec="seconds"))
        self.store.submit(lambda ctx: oversight_report(ctx.db, *bounds), self.show_report,
                          self._failed)

    def show_report(self, report: OversightReport) -> None:
        self.report = report
        self.model.set_rows([*report.rows, report.overall])
        flagged = [r.caseworker_id or self.tr("all caseworkers together")
                   for r in report.warnings]
        if flagged:
            self.warning.setText(self.tr(
                "Warning: more than 95% of suggestions were accepted in this period by: %1. "
                "Check that each decision is the caseworker's own (possible rubber-stamping).")
                .replace("%1", ", ".join(flagged)))
            self.warning.show()
        else:
            self.warning.hide()

    def _failed(self, message: str) -> None:
        self.warning.setText(self.tr("The figures could not be computed: %1")
                             .replace("%1", message))
        self.warning.show()

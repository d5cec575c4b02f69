"""Insight for team leads and analysts: outcome rates and time-to-work curves by one factor.

Opened from the View menu. Pick a factor (years of school, basic skills, host-language level,
programmes taken, appointments attended) and see, per group, the share in work or education
within 26 weeks (with a 95% interval) and the Kaplan–Meier time-to-work curves with their
bands. The caveat stays at the top, in bold: these are associations, not effects.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.casework.insight import FACTORS, CaseloadInsight
from desktop_app.views.common.locale_text import number
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.insight.insight_rate_model import InsightRateModel
from desktop_app.views.insight.survival_chart import SurvivalChart
from desktop_app.views.workers.operations import Operation

if TYPE_CHECKING:
    from desktop_app.casework.types import FactorInsight

log = logging.getLogger(__name__)

class InsightWindow(QWidget):
    def __init__(self, cache_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("insight-window")
        self.title = heading(scale=1.3)
        self.caveat = plain_label()
        self.caveat.setObjectName("insight-caveat")
        self.caveat.setStyleSheet("QLabel { font-weight: bold; }")
        self.factor_label = plain_label(wrap=False)
        self.factor_box = QComboBox()
        self.factor_box.setObjectName("insight-factor")
        for key in FACTORS:
            self.factor_box.addItem("", key)
        self.factor_label.setBuddy(self.factor_box)
        self.status = plain_label()
        self.status.setObjectName("insight-status")
        self.rates_title = heading(scale=1.05)
        self.model = InsightRateModel(self.group_name, self)
        self.table = QTableView()
        self.table.setObjectName("insight-rates")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(190)
        self.curves_title = heading(scale=1.05)
        self.chart = SurvivalChart()
        row = QHBoxLayout()
        row.addWidget(self.factor_label)
        row.addWidget(self.factor_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.caveat)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.rates_title)
        layout.addWidget(self.table)
        layout.addWidget(self.curves_title)
        layout.addWidget(self.chart, 1)
        self.insight: FactorInsight | None = None
        self.error: str | None = None
        self.cache_path = Path(cache_path)
        # read once, one factor at a time, off the GUI thread (its own cache connection)
        self.caseload = CaseloadInsight(self.cache_path)
        self._operations: list[Operation] = []
        self.factor_box.currentIndexChanged.connect(self._request)
        if parent is not None:
            # a child window is not closed with its parent: stop the worker when the app closes
            parent.installEventFilter(self)
        self.retranslate()
        self.resize(900, 860)
        self._request()

    @classmethod
    def open_for(cls, cache_path: Path, parent: QWidget) -> InsightWindow:
        """Shows the parent's insight window for this cache, creating it only once."""
        window = next(
            (w for w in parent.findChildren(cls) if w.cache_path == Path(cache_path)), None
        )
        if window is None:
            window = cls(cache_path, parent)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    @property
    def factor(self) -> str:
        return str(self.factor_box.currentData())

    def _request(self) -> None:
        self.error = None
        self.status.setText(self.tr("Computing from every case in the cache…"))
        caseload, factor = self.caseload, self.factor
        self._operations = [op for op in self._operations if op.running]
        self._operations.append(Operation(
            lambda: caseload.factor(factor), self._on_computed, self._on_failed,
            cache_path=self.cache_path, parent=self).start())

    def _on_computed(self, insight: FactorInsight) -> None:
        if insight.factor != self.factor:
            return  # an answer for a factor the user already moved away from
        self.insight = insight
        self.model.set_insight(insight)
        self.chart.set_insight(insight, self.group_name)
        self.retranslate()

    def _on_failed(self, message: str) -> None:
        self.error = message
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Insight: outcomes by factor"))
        self.title.setText(self.tr("Outcomes by factor"))
        self.caveat.setText(
            self.tr(
                "Associations, not effects — see the suggestions model for effects. Citizens "
                "in different groups differ in many other ways, and counts such as programmes "
                "taken or appointments attended build up over a longer journey."
            )
        )
        self.factor_label.setText(self.tr("&Factor:"))
        self.factor_box.setAccessibleName(self.tr("Factor"))
        for index in range(self.factor_box.count()):
            self.factor_box.setItemText(index, self.factor_title(self.factor_box.itemData(index)))
        self.rates_title.setText(self.tr("In work or education within 26 weeks"))
        self.curves_title.setText(self.tr("Share in work or education over time (95% bands)"))
        self.table.setAccessibleName(self.tr("Outcome rates by group"))
        self.chart.setAccessibleName(self.tr("Time-to-work curves by group"))
        self.model.retranslate()
        self.chart.set_insight(self.insight, self.group_name)
        if self.error is not None:
            self.status.setText(
                self.tr("The figures could not be computed: %1").replace("%1", self.error)
            )
        elif self.insight is not None and self.insight.factor == self.factor:
            total = sum(g.citizens for g in self.insight.groups)
            self.status.setText(
                self.tr("%1 citizens with a known start of unemployment.")
                .replace("%1", number(total))
            )

    def factor_title(self, key: str) -> str:
        titles = {
            "school_years": self.tr("Years of school"),
            "basic_skills": self.tr("Basic skills (mean of 1–5 scores)"),
            "host_language": self.tr("Host-language level"),
            "previous_programmes": self.tr("Programmes taken"),
            "attendance": self.tr("Appointments attended"),
        }
        return titles.get(key, key)

    def group_name(self, group: str) -> str:
        names = {
            "unknown": self.tr("unknown"),
            "under 10": self.tr("under 10"),
            "13 or more": self.tr("13 or more"),
            "low (under 2.5)": self.tr("low (under 2.5)"),
            "middle": self.tr("middle"),
            "high (3.5 or more)": self.tr("high (3.5 or more)"),
            "native": self.tr("native"),
            "none": self.tr("none"),
            "3 or more": self.tr("3 or more"),
            "under 70%": self.tr("under 70%"),
            "90% or more": self.tr("90% or more"),
        }
        return names.get(group, group)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.parent():
            self.shutdown()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self, limit_s: float = 30.0) -> None:
        """Let a factor still being computed end (its thread reads the cache) before the
        app closes."""
        deadline = time.monotonic() + limit_s
        for operation in self._operations:
            if not operation.wait(max(0.0, deadline - time.monotonic())):
                log.warning("the insight figures were still being computed after %.0f s",
                            limit_s)

"""The Journey tab: the citizen's swim-lane timeline, attendance stability and similar citizens.

Everything shown comes from `CaseDetail.journey` (computed on the cache worker's thread by
`desktop_app.journeys.case_journey`); this tab only lays it out. The timeline has a text
alternative (a plain list of every item) one button away, for screen readers and for reading
exact dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.i18n import current_language
from desktop_app.views.common.locale_text import date_text, number
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.journey.attendance_view import AttendanceView
from desktop_app.views.journey.similar_citizens_view import SimilarCitizensView
from desktop_app.views.journey.timeline_chart import TimelineChart, default_label, timeline_text
from desktop_app.views.words.names import programme_name

if TYPE_CHECKING:
    from desktop_app.casework.types import CaseDetail, CaseJourney, TimelineItem

class JourneyTab(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey-tab")
        self.setWidgetResizable(True)
        self.title = heading()
        self.summary = plain_label()
        self.summary.setObjectName("journey-summary")
        self.chart = TimelineChart()
        self.text_button = QPushButton()
        self.text_button.setObjectName("journey-text-button")
        self.text_button.setCheckable(True)
        self.text_list = QPlainTextEdit()
        self.text_list.setObjectName("journey-text")
        self.text_list.setReadOnly(True)
        self.text_list.setMinimumHeight(180)
        self.text_list.hide()
        self.text_button.toggled.connect(self.text_list.setVisible)
        self.attendance = AttendanceView()
        self.similar = SimilarCitizensView()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.text_button)
        layout.addWidget(self.text_list)
        layout.addWidget(self.attendance)
        layout.addWidget(self.similar, 1)
        self.setWidget(body)
        self.detail: CaseDetail | None = None
        self.journey: CaseJourney | None = None
        self._programmes: dict[str, dict[str, Any]] = {}
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.journey = getattr(detail, "journey", None) if detail is not None else None
        self._programmes = {str(p.get("id")): p for p in detail.programmes} if detail else {}
        self.retranslate()

    def label(self, item: TimelineItem) -> str:
        """Programme names in the interface language (the catalogue's own names)."""
        if item.lane in ("programmes", "decisions") and item.programme_id in self._programmes:
            return programme_name(self._programmes[item.programme_id], current_language())
        if item.lane == "decisions" and item.programme_id is None:
            return self.tr("decision without a programme")
        return default_label(item)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Journey"))
        self.text_button.setText(self.tr("Show the timeline as a list"))
        self.text_button.setAccessibleName(self.tr("Show the timeline as a list"))
        self.text_list.setAccessibleName(self.tr("Journey timeline as a list"))
        journey = self.journey
        for widget in (self.chart, self.text_button, self.attendance, self.similar):
            widget.setVisible(journey is not None)
        self.text_list.setVisible(journey is not None and self.text_button.isChecked())
        if journey is None:
            self.summary.setText(
                self.tr("Open a case to see the citizen's journey.")
                if self.detail is None
                else self.tr("The journey could not be prepared for this case.")
            )
            self.chart.set_timeline(None)
            return
        timeline = journey.timeline
        self.chart.set_timeline(timeline, self.label)
        self.text_list.setPlainText(timeline_text(timeline, self.label))
        gaps = timeline.lane("gaps")
        waiting = sum(((g.end - g.start).days if g.end else 0) for g in gaps)
        if timeline.window_start is None:
            self.summary.setText(self.tr("No programmes, appointments or outcomes are recorded."))
        else:
            # counts as labelled figures: "3 programme(s)" cannot take each language's plural
            self.summary.setText(
                self.tr(
                    "From %1 to %2 · Programmes: %3 · Appointments: %4 · "
                    "Periods without activity: %5 (%Ln day(s) in all)", "", waiting
                )
                .replace("%1", date_text(timeline.window_start))
                .replace("%2", date_text(timeline.window_end))
                .replace("%3", number(len(timeline.lane("programmes"))))
                .replace("%4", number(len(timeline.lane("appointments"))))
                .replace("%5", number(len(gaps)))
            )
        self.attendance.show_journey(journey)
        self.similar.show_similar(journey.similar, journey.cohort_size, journey.objection)

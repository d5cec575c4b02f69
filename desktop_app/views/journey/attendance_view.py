"""Attendance stability in the Journey tab: the no-show band and its main reasons.

Shown only when the verified model package holds an attendance model; otherwise the panel
says plainly why there is no band (not installed, withdrawn, failed verification, case closed).
The band describes the chance of a missed appointment, never the citizen: the wording says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from desktop_app.views.common.locale_text import date_text, number, percent
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.words.journey_words import appointment_kind, band_name, reason_text

if TYPE_CHECKING:
    from desktop_app.casework.types import CaseJourney

BAND_COLOURS = {"low": "#2e8b57", "medium": "#d9822b", "high": "#c8323c"}


class AttendanceView(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendance-view")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading(scale=1.05)
        self.band_label = plain_label()
        self.band_label.setObjectName("attendance-band")
        self.reasons_label = plain_label()
        self.reasons_label.setObjectName("attendance-reasons")
        self.history_label = plain_label()
        self.note_label = plain_label()
        self.note_label.setObjectName("attendance-note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        for widget in (
            self.title,
            self.band_label,
            self.reasons_label,
            self.history_label,
            self.note_label,
        ):
            layout.addWidget(widget)
        self.journey: CaseJourney | None = None
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_journey(self, journey: CaseJourney | None) -> None:
        self.journey = journey
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Attendance stability"))
        self.setAccessibleName(self.tr("Attendance stability"))
        journey = self.journey
        self.band_label.setStyleSheet("")
        for label in (self.band_label, self.reasons_label, self.history_label, self.note_label):
            label.setText("")
            label.setVisible(False)
        if journey is None:
            return
        rate = journey.timeline.appointment_attendance
        if rate is not None:
            known = [i for i in journey.timeline.lane("appointments") if i.attended is not None]
            self._show(
                self.history_label,
                self.tr("Attended %1 of %2 recorded appointments (%3).")
                .replace("%1", number(sum(bool(i.attended) for i in known)))
                .replace("%2", number(len(known)))
                .replace("%3", percent(rate)),
            )
        state = journey.attendance_state
        if state == "ready" and journey.attendance:
            self._show_band(journey)
        else:
            self._show(self.note_label, self._state_text(state, journey.attendance_detail))

    def _show_band(self, journey: CaseJourney) -> None:
        risk = journey.attendance[0]
        when = (
            self.tr("for a meeting on %1 (none is booked)")
            if journey.attendance_hypothetical
            else self.tr("for the %2 on %1")
        )
        when = when.replace("%1", date_text(risk.date)).replace("%2", appointment_kind(risk.kind))
        self._show(
            self.band_label,
            self.tr("Risk of a missed appointment: %1 (about %2) %3")
            .replace("%1", band_name(risk.band))
            .replace("%2", percent(risk.no_show_risk))
            .replace("%3", when),
        )
        self.band_label.setStyleSheet(
            f"QLabel {{ color: {BAND_COLOURS.get(risk.band, '')}; font-weight: bold; }}"
        )
        reasons = ", ".join(reason_text(r) for r in risk.reasons)
        self._show(
            self.reasons_label,
            self.tr("Main reasons: %1").replace("%1", reasons)
            if reasons
            else self.tr("No single factor stands out."),
        )
        self._show(
            self.note_label,
            self.tr(
                "An estimate from past attendance of people in similar situations (model "
                "version %1). Use it to offer support such as a reminder, never as a verdict."
            ).replace("%1", str(journey.model_version or "")),
        )

    def _state_text(self, state: str, detail: str) -> str:
        texts = {
            "not_installed": self.tr(
                "No attendance model is installed, so no attendance band is shown."
            ),
            "withdrawn": self.tr("The attendance model was withdrawn: %1"),
            "unavailable": self.tr("The attendance model cannot be used: %1"),
            "closed": self.tr("The case is closed, so no attendance band is shown."),
            "objection": self.tr("No attendance band: the citizen objects to profiling "
                                 "(GDPR Art. 21)."),
        }
        return texts.get(state, self.tr("No attendance band is available.")).replace("%1", detail)

    @staticmethod
    def _show(label: QWidget, text: str) -> None:
        label.setText(text)  # type: ignore[attr-defined]
        label.setVisible(True)

"""The Overview tab: who the citizen is, what the record says, and what is missing.

Every value from the bundle goes through `plain_label`. The widget keeps the last case so it can
redraw itself when the language changes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.locale_text import date_text, decimal, number
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.common.reused_labels import FormRow, ReusedFormRows, ReusedLabels
from desktop_app.views.words.field_labels import field_label, used_for_label
from desktop_app.views.words.names import language_name


def _amount(value: Any) -> str:
    """A recorded number in the interface language's style; other text as it is."""
    return decimal(value) if isinstance(value, int | float) else str(value)


def months_since(day: str | None, today: dt.date) -> int | None:
    try:
        start = dt.date.fromisoformat(str(day))
    except ValueError:
        return None
    return max(0, (today.year - start.year) * 12 + today.month - start.month)


if TYPE_CHECKING:
    from desktop_app.casework.types import CaseDetail, JobsDetail

class CaseOverview(QScrollArea):
    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case-overview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._today = today or dt.date.today()
        self._detail: CaseDetail | None = None
        self._jobs_detail: JobsDetail | None = None
        self._meeting = False
        self.name_label = heading("", scale=1.5)
        self.name_label.setObjectName("overview-name")
        self.summary_label = plain_label()
        self.summary_label.setObjectName("overview-summary")
        self.profile_box = QFormLayout()
        self.languages_box = QFormLayout()
        self.basic_box = QFormLayout()
        self.jobs_box = QVBoxLayout()
        self.completeness_box = QVBoxLayout()
        self._headings: dict[str, QLabel] = {}
        self._profile = ReusedFormRows(self.profile_box)
        self._languages = ReusedFormRows(self.languages_box)
        self._basic = ReusedFormRows(self.basic_box)
        self._jobs = ReusedLabels(self.jobs_box)
        self._completeness = ReusedLabels(self.completeness_box)
        # rows for a typical case, made with the tabs rather than when the first case opens
        for rows, count in ((self._profile, 9), (self._languages, 3), (self._basic, 3),
                            (self._jobs, 4), (self._completeness, 18)):
            rows.reserve(count)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addWidget(self.name_label)
        outer.addWidget(self.summary_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(12)
        sections = (
            ("profile", self.profile_box, 0, 0),
            ("languages", self.languages_box, 1, 0),
            ("basic", self.basic_box, 2, 0),
            ("jobs", self.jobs_box, 0, 1),
            ("completeness", self.completeness_box, 1, 1),
        )
        for key, layout, row, column in sections:
            if isinstance(layout, QFormLayout):
                layout.setHorizontalSpacing(24)
                layout.setVerticalSpacing(4)
            section = QVBoxLayout()
            title = heading()
            self._headings[key] = title
            section.addWidget(title)
            section.addLayout(layout)
            section.addStretch(1)
            span = 2 if key == "completeness" else 1
            grid.addLayout(section, row, column, span, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        outer.addStretch(1)
        self.setWidget(body)

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    def set_meeting_mode(self, meeting: bool) -> None:
        """In meeting mode the case id and internal summary line are not shown."""
        self._meeting = meeting
        self.summary_label.setVisible(not meeting)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        titles = {
            "profile": self.tr("Profile"),
            "languages": self.tr("Languages and levels"),
            "basic": self.tr("Basic skills"),
            "jobs": self.tr("Previous jobs and skills"),
            "completeness": self.tr("Data completeness"),
        }
        for key, text in titles.items():
            self._headings[key].setText(text)
            self._headings[key].setAccessibleName(text)
        self.show_case(self._detail)

    def show_case(self, detail: CaseDetail | None) -> None:
        # Showing a hidden label lays out all of its ancestors at once, so a case with 20 more
        # rows than the last laid the tab out 20 times; with the layout off, it is laid out
        # once, in the next event.
        layout = self.widget().layout()
        layout.setEnabled(False)
        try:
            self._show_case(detail)
        finally:
            layout.setEnabled(True)
            layout.invalidate()

    def _show_case(self, detail: CaseDetail | None) -> None:
        self._detail = detail
        self._jobs_detail = detail.jobs if detail is not None else None
        if detail is None:
            for rows in (self._profile, self._languages, self._basic):
                rows.show_rows([])
            self._jobs.show_labels([])
            self._completeness.show_labels([])
            self.name_label.setText(self.tr("No case selected"))
            self.summary_label.setText(self.tr("Search for a case and select it in the list."))
            return
        citizen = detail.records.citizen
        self.name_label.setText(str(citizen.get("name") or citizen["id"]))
        self.summary_label.setText(self._summary(citizen, detail))
        self._fill_profile(citizen)
        self._fill_languages(citizen)
        self._fill_basic_skills(citizen)
        self._fill_jobs(citizen)
        self._fill_completeness(detail)

    def _summary(self, citizen: dict[str, Any], detail: CaseDetail) -> str:
        parts = [self.tr("Case %1").replace("%1", str(citizen["id"]))]
        closed = citizen.get("case_closed") or detail.records.left_caseload
        if closed:
            parts.append(self.tr("closed %1").replace("%1", date_text(closed)))
        return " · ".join(parts)

    def _fill_profile(self, citizen: dict[str, Any]) -> None:
        rows: list[FormRow] = []
        birth_year = citizen.get("birth_year")
        if birth_year:
            age = self._today.year - int(birth_year)
            rows.append(
                (
                    self.tr("Age"),
                    self.tr("%1 (born %2)").replace("%1", number(age))
                    .replace("%2", str(birth_year)),
                )
            )
        postcode = citizen.get("postcode")
        if postcode:
            rows.append((self.tr("Postcode"), str(postcode)))
        since = citizen.get("unemployed_since")
        if since:
            months = months_since(since, self._today)
            text = date_text(since)
            if months is not None:
                text += " · " + self.tr("%Ln month(s)", "", months)
            rows.append((self.tr("Unemployed since"), text))
        if citizen.get("school_years") is not None:
            rows.append((self.tr("Years of school attended"), _amount(citizen["school_years"])))
        if citizen.get("education_isced") is not None:
            rows.append((self.tr("Highest education (ISCED)"), str(citizen["education_isced"])))
        health = citizen.get("health_limitation")
        if health:
            rows.append((self.tr("Health limitation"), self._health(str(health))))
        if citizen.get("driving_licence") is not None:
            has = self.tr("yes") if citizen["driving_licence"] else self.tr("no")
            rows.append((self.tr("Driving licence"), has))
        if citizen.get("mobility_km") is not None:
            km = decimal(float(citizen["mobility_km"]))
            rows.append((self.tr("Travel radius"), self.tr("%1 km").replace("%1", km)))
        if citizen.get("preferred_language"):
            rows.append(
                (self.tr("Preferred language"), language_name(str(citizen["preferred_language"])))
            )
        self._profile.show_rows(rows)

    def _health(self, value: str) -> str:
        names = {
            "none": self.tr("none"),
            "partial": self.tr("partial"),
            "significant": self.tr("significant"),
        }
        return names.get(value, value)

    def _fill_languages(self, citizen: dict[str, Any]) -> None:
        languages = citizen.get("languages") or []
        rows: list[FormRow] = []
        if not languages:
            rows.append((self.tr("No language levels recorded"), None))
        for entry in languages:
            level = str(entry.get("cefr") or self.tr("level unknown"))
            if level == "native":
                level = self.tr("native")
            rows.append((language_name(str(entry.get("code") or "?")), level))
        self._languages.show_rows(rows)

    def _fill_basic_skills(self, citizen: dict[str, Any]) -> None:
        skills = citizen.get("basic_skills") or {}
        names = (
            ("literacy", self.tr("Reading")),
            ("numeracy", self.tr("Numeracy")),
            ("digital", self.tr("Digital")),
        )
        rows: list[FormRow] = []
        for key, name in names:
            value = skills.get(key)
            text = (
                self.tr("%1 of 5").replace("%1", _amount(value))
                if value is not None
                else (self.tr("not assessed"))
            )
            rows.append((name, text))
        self._basic.show_rows(rows)

    def _fill_jobs(self, citizen: dict[str, Any]) -> None:
        jobs = citizen.get("previous_jobs") or []
        labels: list[tuple[str, str]] = []
        if not jobs:
            labels.append((self.tr("No previous jobs recorded"), ""))
        for job in jobs:
            title = str(job.get("title") or self.tr("(no title)"))
            start = date_text(job.get("from")) or "?"
            end = date_text(job.get("to")) or self.tr("now")
            period = f"{start} – {end}"
            labels.append((f"{title}\n{period}", "previous-job"))
        labels.append((self.tr("%Ln recorded skill(s)", "", self._skill_count(citizen)),
                       "skill-count"))
        self._jobs.show_labels(labels)

    def show_jobs(self, jobs: JobsDetail | None) -> None:
        """The skill profile changed (a skill confirmed or removed in the Jobs tab)."""
        self._jobs_detail = jobs
        if self._detail is not None:
            self._fill_jobs(self._detail.records.citizen)

    def _skill_count(self, citizen: dict[str, Any]) -> int:
        jobs = self._jobs_detail
        if jobs is None or jobs.unavailable or not jobs.skills:
            return len(citizen.get("skills") or [])
        # loaded with the case's skill profile (by the worker), so importing it costs nothing
        from desktop_app.casework.skills import skill_count

        return skill_count(jobs, citizen)

    def _fill_completeness(self, detail: CaseDetail) -> None:
        check = detail.completeness
        total = len(check.present) + len(check.missing)
        summary = self.tr("%1 of %2 fields recorded").replace("%1", str(len(check.present)))
        labels = [(summary.replace("%2", str(total)), "")]
        if not check.missing:
            labels.append((self.tr("Nothing is missing."), ""))
        else:
            labels.append((self.tr("Missing — ask the citizen if you can:"), ""))
        for field in check.missing:
            text = f"• {field_label(field.key, field.label)} ({used_for_label(field.used_for)})"
            labels.append((text, "missing-field"))
        self._completeness.show_labels(labels)


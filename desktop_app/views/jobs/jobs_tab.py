"""The Jobs tab: the citizen's skill profile, the vacancies it matches, and other occupations
within reach with the courses that close the gap.

The profile shows where each skill came from; the caseworker confirms or removes skills and may
add a CV file (.txt, .docx, .pdf). Each such change is an operation on the cache worker
(`views/workers/operations.py`, `casework/job_matches.py`), which stores it with an audit entry
and sends back the case's new matches. Until the main window attaches the store the controls
stay disabled. All bundle text is plain text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.i18n import current_language
from desktop_app.views.common.locale_text import decimal, number
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.jobs.alternative_model import (
    COL_COURSES,
    COL_GAP,
    COL_NOT_COVERED,
    COL_OVERLAP,
    AlternativeModel,
)
from desktop_app.views.jobs.job_match_model import (
    COL_DISTANCE,
    COL_HOURS,
    COL_MATCHED,
    COL_MISSING,
    COL_SCORE,
    JobMatchModel,
)
from desktop_app.views.jobs.skill_profile_model import (
    COL_SOURCE,
    COL_STATUS,
    SKILL_URI_ROLE,
    SkillProfileModel,
)
from desktop_app.views.workers.operations import Operation

if TYPE_CHECKING:
    from desktop_app.casework.types import CaseDetail, JobsDetail
    from desktop_app.views.workers.cache_worker import CaseStore

log = logging.getLogger(__name__)


def _table(
    name: str, model: Any, stretch: tuple[int, ...], fit: tuple[int, ...] = ()
) -> QTableView:
    """A read-only table: long texts stretch and elide (full text in the tooltip), short
    figures fit their contents, names get a fixed starting width the user can drag, and
    headers wrap onto a second line rather than being cut off."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(130)
    # headers in two lines: "Kompetencer der passer" is wider than its column at the window's
    # own size (Qt does not grow a header for wrapped text, so the two lines are reserved)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setMinimumHeight(2 * header.fontMetrics().height() + 8)
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


class JobsTab(QWidget):
    jobs_changed = Signal(object)  # JobsDetail, after a skill was confirmed, removed or added

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobs-tab")
        self.store: CaseStore | None = None  # set by the main window (`attach`)
        self.caseworker = ""
        self._citizen_id: str | None = None
        self._programmes: tuple[dict[str, Any], ...] = ()
        self._detail: JobsDetail | None = None
        self._busy = False

        self.summary = plain_label()
        self.summary.setObjectName("jobs-summary")
        self.problem = plain_label()
        self.problem.setObjectName("jobs-problem")
        self.problem.hide()

        self.profile_title = heading()
        self.profile_model = SkillProfileModel(current_language, self)
        self.profile_table = _table(
            "skill-profile-table", self.profile_model, (COL_SOURCE,), (COL_STATUS,)
        )
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirm-skill")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove-skill")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo-skill")
        self.cv_button = QPushButton()
        self.cv_button.setObjectName("add-cv-file")
        self.cv_files = plain_label()
        self.cv_files.setObjectName("cv-files")

        self.matches_title = heading()
        self.matches_model = JobMatchModel(current_language, self)
        self.matches_table = _table(
            "job-match-table",
            self.matches_model,
            (COL_MATCHED, COL_MISSING),
            (COL_SCORE, COL_DISTANCE, COL_HOURS),
        )
        self.alternatives_title = heading()
        self.alternatives_model = AlternativeModel(current_language, self)
        self.alternatives_table = _table(
            "alternative-table",
            self.alternatives_model,
            (COL_GAP, COL_COURSES, COL_NOT_COVERED),
            (COL_OVERLAP,),
        )
        self._lay_out()
        self.confirm_button.clicked.connect(lambda: self._set_status("confirmed"))
        self.remove_button.clicked.connect(lambda: self._set_status("removed"))
        self.undo_button.clicked.connect(lambda: self._set_status("suggested"))
        self.cv_button.clicked.connect(self.choose_cv_file)
        self.profile_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def attach(self, store: CaseStore, caseworker: str) -> None:
        """Let the tab run its changes on `store`'s cache worker, recorded as `caseworker`'s."""
        self.store, self.caseworker = store, caseworker
        self._update_buttons()

    def _lay_out(self) -> None:
        """Three sections, one above the other at full width (their lists are long texts):
        the vacancies, the profile that drives them, the other occupations it reaches."""
        buttons = QHBoxLayout()
        for button in (self.confirm_button, self.remove_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cv_button)
        profile = self._section(self.profile_title, self.profile_table)
        profile_layout = profile.layout()
        assert isinstance(profile_layout, QVBoxLayout)
        profile_layout.addLayout(buttons)
        profile_layout.addWidget(self.cv_files)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self._section(self.matches_title, self.matches_table))
        self.splitter.addWidget(profile)
        self.splitter.addWidget(self._section(self.alternatives_title, self.alternatives_table))
        for index, stretch in enumerate((4, 4, 3)):
            self.splitter.setStretchFactor(index, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.splitter, 1)

    @staticmethod
    def _section(title: QWidget, table: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(title)
        layout.addWidget(table, 1)
        return box

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Jobs"))
        self.profile_title.setText(self.tr("Skill profile"))
        self.profile_table.setAccessibleName(self.tr("Skill profile"))
        self.confirm_button.setText(self.tr("&Confirm skill"))
        self.remove_button.setText(self.tr("&Remove skill"))
        self.undo_button.setText(self.tr("&Undo choice"))
        self.cv_button.setText(self.tr("&Add a CV file..."))
        self.matches_title.setText(self.tr("Vacancies that match"))
        self.matches_table.setAccessibleName(self.tr("Vacancies that match"))
        self.alternatives_title.setText(self.tr("Other occupations within reach"))
        self.alternatives_table.setAccessibleName(self.tr("Other occupations within reach"))
        for model in (self.profile_model, self.matches_model, self.alternatives_model):
            model.retranslate()
        self._show_summary()

    def show_case(self, detail: CaseDetail | None) -> None:
        self._citizen_id = detail.records.citizen_id if detail else None
        self._programmes = detail.programmes if detail else ()
        self.problem.hide()
        self.show_jobs(getattr(detail, "jobs", None))

    def show_jobs(self, jobs: JobsDetail | None) -> None:
        """Show a case's matching result (also after a change), keeping the selected skill."""
        selected = self._selected_uri()
        self._detail = jobs
        usable = jobs if jobs is not None and not jobs.unavailable else None
        self.profile_model.set_detail(usable)
        self.matches_model.set_detail(usable)
        self.alternatives_model.set_detail(usable, self._programmes)
        if selected:
            row = self.profile_model.row_of(selected)
            if row >= 0:
                self.profile_table.selectRow(row)
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        jobs = self._detail
        if jobs is None:
            text = "" if self._citizen_id is None else self.tr("Job matching is not available.")
        elif jobs.unavailable == "no_taxonomy":
            text = self.tr(
                "Job matching needs the list of occupations and skills, which is not installed "
                "on this computer yet. Ask IT to install it."
            )
        elif jobs.unavailable:
            log.warning("the taxonomy cannot be used: %s", jobs.problem)
            text = self.tr("The list of occupations and skills on this computer cannot be "
                           "used. Ask IT: the reason is in the IT log.")
        else:
            text = self._matches_summary(jobs)
        self.summary.setText(text)
        names = ", ".join(jobs.cv_files) if jobs is not None else ""
        self.cv_files.setText(self.tr("CV files added: %1").replace("%1", names) if names else "")

    def _matches_summary(self, jobs: JobsDetail) -> str:
        counts = self.tr("%1 of %2 vacancies shown.")
        counts = counts.replace("%1", number(len(jobs.matches))).replace(
            "%2", number(jobs.vacancy_count))
        if jobs.mobility_km and jobs.home_known:
            reach = self.tr("Within %1 km of home.").replace("%1", decimal(jobs.mobility_km))
        elif jobs.home_known:
            reach = self.tr("No travel radius is recorded: vacancies at any distance.")
        else:
            reach = self.tr("Home address unknown: distances cannot be shown.")
        parts = [counts, reach]
        if jobs.encoder:
            parts.append(
                self.tr("Job titles also matched with the sentence encoder %1.").replace(
                    "%1", jobs.encoder
                )
            )
        return " ".join(parts)

    def _selected_uri(self) -> str | None:
        rows = self.profile_table.selectionModel().selectedRows()
        return str(rows[0].data(SKILL_URI_ROLE)) if rows else None

    def _update_buttons(self, *_: object) -> None:
        uri = self._selected_uri()
        skill = self.profile_model.skill(self.profile_model.row_of(uri)) if uri else None
        ready = self.store is not None and self._citizen_id is not None and not self._busy
        usable = ready and self._detail is not None and not self._detail.unavailable
        self.confirm_button.setEnabled(usable and skill is not None and skill.status != "confirmed")
        self.remove_button.setEnabled(usable and skill is not None and skill.status != "removed")
        self.undo_button.setEnabled(usable and skill is not None and skill.status != "suggested")
        self.cv_button.setEnabled(usable)

    def _set_status(self, status: str) -> None:
        uri = self._selected_uri()
        if uri is None or self._citizen_id is None:
            return
        from desktop_app.casework.job_matches import skill_status_task

        self._run(skill_status_task(self._citizen_id, uri, status, self.caseworker))

    def choose_cv_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a CV file"), "", self.tr("CV files (*.txt *.docx *.pdf)")
        )
        if path:
            self.add_cv_file(path)

    def add_cv_file(self, path: str) -> None:
        """Read the file on the worker, find skills in it, keep them in the profile."""
        if self._citizen_id is None:
            return
        from desktop_app.casework.job_matches import cv_file_task

        name = Path(path).name
        self._run(cv_file_task(self._citizen_id, path, self.caseworker), lambda: self.tr(
            "The file %1 could not be read as a CV. Use a text, Word (.docx) or PDF file that "
            "opens on this computer.").replace("%1", name))

    def _run(self, task: Callable[[Any], Any],
             failure: Callable[[], str] | None = None) -> None:
        """Run a change on the worker; `failure` words what went wrong for the caseworker
        (the error itself, in English, goes to the IT log)."""
        if self.store is None:
            return
        self._busy = True
        self._update_buttons()
        citizen = self._citizen_id
        self.problem.hide()

        def done(result: Any) -> None:
            self._busy = False
            if citizen == self._citizen_id:  # the caseworker may have moved on meanwhile
                self.show_jobs(result)
                self.jobs_changed.emit(result)
            self._update_buttons()

        def failed(message: str) -> None:
            self._busy = False
            log.warning("a skill profile change failed: %s", message)
            self.problem.setText(failure() if failure is not None else
                                 self.tr("That did not work. The details are in the IT log."))
            self.problem.show()
            self._update_buttons()

        Operation(task, done, failed).on_cache(self.store)

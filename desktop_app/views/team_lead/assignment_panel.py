"""Matching citizens to caseworkers: every citizen no caseworker holds, with a proposed
caseworker and why (shared meeting language, specialism fit, caseload, continuity); the team
lead accepts the proposal or chooses another caseworker, and the choice is audited.

The list and the proposals come from `team_lead.assignments` on the cache worker's thread;
the own-effect estimate is off unless the team lead turns it on here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.locale_text import number
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.team_lead.table_models import WaitingTableModel
from desktop_app.views.team_lead.words import TeamLeadWords
from desktop_app.views.words.names import language_name
from desktop_app.views.workers.operations import Operation

if TYPE_CHECKING:
    from desktop_app.casework.types import Assigned, AssignmentQueue, Candidate, WaitingCitizen
    from desktop_app.views.workers.cache_worker import CaseStore

CANDIDATES_SHOWN = 3


class AssignmentPanel(QWidget):
    shown = Signal()  # the list is on screen
    assigned = Signal(object)  # Assigned

    def __init__(self, store: CaseStore, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignment-panel")
        self.store = store
        self.actor = actor
        self.queue: AssignmentQueue | None = None
        self.words = TeamLeadWords(self)
        self._select_after: int = 0
        self._last: Assigned | None = None
        self.title = heading()
        self.intro = plain_label()
        self.count = plain_label()
        self.count.setObjectName("assignment-count")
        self.own_effect = QCheckBox()
        self.own_effect.setObjectName("assignment-own-effect")
        self.own_effect.setChecked(False)
        self.own_effect.toggled.connect(lambda _on: self.refresh())
        self.model = WaitingTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("assignment-table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.citizen = heading(scale=1.0)
        self.citizen.setObjectName("assignment-citizen")
        self.explanation = plain_label()
        self.explanation.setObjectName("assignment-explanation")
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.choice_label = plain_label(wrap=False)
        self.choice = QComboBox()
        self.choice.setObjectName("assignment-choice")
        self.choice_label.setBuddy(self.choice)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("assignment-accept")
        self.change_button = QPushButton()
        self.change_button.setObjectName("assignment-change")
        self.accept_button.clicked.connect(self.accept_proposal)
        self.change_button.clicked.connect(self.assign_chosen)
        self.status = plain_label()
        self.status.setObjectName("assignment-status")
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.citizen)
        detail_layout.addWidget(self.explanation, 1)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choice_label)
        choice_row.addWidget(self.choice, 1)
        detail_layout.addLayout(choice_row)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.accept_button)
        button_row.addWidget(self.change_button)
        detail_layout.addLayout(button_row)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.own_effect)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._enable(False)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Assign caseworkers"))
        self.intro.setText(self.tr(
            "Citizens no caseworker holds, each with a proposed caseworker and why. Accept "
            "the proposal or choose another caseworker; every choice is recorded in the audit "
            "log. Gender and origin are never used."))
        self.own_effect.setText(self.tr("Weigh caseworkers' own effect (team leads only)"))
        self.own_effect.setToolTip(self.tr(
            "Off by default. An estimate of how much more often a caseworker's citizens find "
            "work than expected, shrunk towards the average, shown with its range and only "
            "where it rests on at least 100 cases."))
        self.table.setAccessibleName(self.tr("Citizens without a caseworker"))
        self.choice_label.setText(self.tr("Assign &to:"))
        self.choice.setAccessibleName(self.tr("Caseworker to assign"))
        self.accept_button.setText(self.tr("&Accept proposal"))
        self.change_button.setText(self.tr("Assign to &chosen caseworker"))
        self.model.retranslate()
        if self.queue is not None:
            self._fill_choice(self.queue)
            self._show_count(self.queue)
            self._show_selected()
        if self._last is not None:
            self._show_assigned(self._last)

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        from desktop_app.casework.team_lead import assignment_queue

        use = self.own_effect.isChecked()
        self.status.setText(self.tr("Proposing caseworkers…"))
        self._enable(False)
        Operation(lambda ctx: assignment_queue(ctx, use), self.show_queue,
                  self._failed).on_cache(self.store)

    def show_queue(self, queue: AssignmentQueue) -> None:
        self.queue = queue
        self.model.set_rows(queue.citizens)
        self._fill_choice(queue)
        self._show_count(queue)
        if self._last is None:
            self.status.setText("")
        else:
            self._show_assigned(self._last)
        if queue.citizens:
            self.table.selectRow(min(self._select_after, len(queue.citizens) - 1))
        else:
            self._show_selected()
        self.shown.emit()

    def _show_count(self, queue: AssignmentQueue) -> None:
        text = self.tr("%Ln citizen(s) without a caseworker.", "", queue.unassigned)
        if len(queue.citizens) < queue.unassigned:
            text += " " + self.tr("Showing the first %Ln.", "", len(queue.citizens))
        if not queue.roster:
            text += " " + self.tr("The case data has no caseworker roster (contract 1.1).")
        self.count.setText(text)

    def selected(self) -> WaitingCitizen | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.queue is None:
            return None
        return self.queue.citizens[rows[0].row()]

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        waiting = self.selected()
        if waiting is None:
            self.citizen.setText("")
            self.explanation.setText(self.tr("Choose a citizen in the list."))
            self._enable(False)
            return
        language = waiting.preferred_language
        self.citizen.setText(self.tr("%1 (%2), preferred language %3").replace(
            "%1", waiting.name or "–").replace("%2", waiting.citizen_id).replace(
            "%3", language_name(language) if language else self.tr("not recorded")))
        lines: list[str] = []
        candidates = waiting.proposal.candidates
        shown = list(candidates[:CANDIDATES_SHOWN])
        for rank, candidate in enumerate(shown, 1):
            title = (self.tr("Proposed: %1 (%2)") if rank == 1 else
                     self.tr("Alternative %3: %1 (%2)").replace("%3", number(rank)))
            self._candidate_lines(lines, title, candidate)
        for current in waiting.proposal.current:  # why the current caseworker ranks lower
            if any(c.caseworker_id == current for c in shown):
                continue
            on_roster = next((c for c in candidates if c.caseworker_id == current), None)
            if on_roster is None:
                lines.append(self.tr("Current or last caseworker: %1 (no longer on the "
                                     "roster)").replace("%1", current))
            else:
                self._candidate_lines(lines, self.tr("Current or last caseworker: %1 (%2)"),
                                      on_roster)
        self.explanation.setText("\n".join(lines))
        best = waiting.proposal.proposed
        if best is not None:
            index = self.choice.findData(best.caseworker_id)
            if index >= 0:
                self.choice.setCurrentIndex(index)
        self._enable(best is not None)

    def _candidate_lines(self, lines: list[str], title: str, candidate: Candidate) -> None:
        lines.append(title.replace("%1", candidate.display_name).replace(
            "%2", candidate.caseworker_id))
        lines.extend("  • " + self.words.reason(r.code, dict(r.detail))
                     for r in candidate.reasons)

    def _enable(self, on: bool) -> None:
        for widget in (self.choice, self.accept_button, self.change_button):
            widget.setEnabled(on)

    # --- writing ------------------------------------------------------------------------

    def accept_proposal(self) -> None:
        waiting = self.selected()
        if waiting is not None and waiting.proposal.proposed is not None:
            self.assign(waiting, waiting.proposal.proposed.caseworker_id)

    def _fill_choice(self, queue: AssignmentQueue) -> None:
        """The roster in the choice box, in the interface language (again after a switch,
        keeping the caseworker chosen)."""
        chosen = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        for entry in queue.roster:
            limit = "–" if entry.max_caseload is None else number(entry.max_caseload)
            self.choice.addItem(self.tr("%1 (%2): caseload %3 of %4").replace(
                "%1", entry.display_name).replace("%2", entry.caseworker_id).replace(
                "%3", number(entry.caseload)).replace("%4", limit), entry.caseworker_id)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)))
        self.choice.blockSignals(False)

    def assign_chosen(self) -> None:
        waiting = self.selected()
        chosen = self.choice.currentData()
        if waiting is not None and chosen:
            self.assign(waiting, str(chosen))

    def assign(self, waiting: WaitingCitizen, caseworker_id: str) -> None:
        """Record the choice against the proposal on screen (audited), then list again."""
        from desktop_app.casework.team_lead import assign_caseworker

        shown, actor = waiting.proposal, self.actor
        self._select_after = self.table.currentIndex().row() if self.table.currentIndex(
        ).isValid() else 0
        self._enable(False)
        self.status.setText(self.tr("Saving…"))
        Operation(
            lambda ctx: assign_caseworker(ctx, shown, caseworker_id, actor),
            self._assigned, self._failed,
            waiting=lambda: self.status.setText(self.tr(
                "Saving… (the case cache is busy with an import; the choice is kept and saved "
                "next)"))).on_cache(self.store)

    def _assigned(self, result: Assigned) -> None:
        self._last = result
        self._show_assigned(result)
        self.assigned.emit(result)
        self.refresh()

    def _show_assigned(self, result: Assigned) -> None:
        if result.followed_proposal:
            text = self.tr("%1 assigned to %2: proposal accepted. Recorded in the audit log.")
        else:
            text = self.tr("%1 assigned to %2, instead of the proposed %3. Recorded in the "
                           "audit log.")
        names = {e.caseworker_id: e.display_name for e in self.queue.roster} if self.queue \
            else {}

        def who(caseworker: str | None) -> str:
            return f"{names[caseworker]} ({caseworker})" if caseworker in names else (
                caseworker or "–")

        text = text.replace("%3", who(result.proposed_caseworker_id))
        self.status.setText(text.replace("%1", result.citizen_id).replace(
            "%2", who(result.caseworker_id)))

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("That did not work: %1").replace("%1", message))
        self._show_selected()

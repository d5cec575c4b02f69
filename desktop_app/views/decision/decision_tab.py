"""The Decision tab: record the chosen programme (or none) and job referrals.

The caseworker must pick explicitly (nothing is preselected, least of all the suggestion). When
the choice differs from the top suggestion they saw, a reason code and a short text are
required. "Record your own assessment first" hides the suggestions until the caseworker has
noted theirs. The objection switch (GDPR Art. 21) turns suggestions off for this case.

The tab records both itself, as operations on the cache worker
(`views/workers/operations.py`, `casework.decisions`), once the main window has attached the
store; the window hears `recorded` / `objection_recorded` and shows the case again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.casework.decisions import REASON_CODES
from desktop_app.views.common.i18n import current_language
from desktop_app.views.common.locale_text import date_time_text
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.words.names import programme_name
from desktop_app.views.workers.operations import Operation

if TYPE_CHECKING:
    from desktop_app.casework.types import CaseDetail, DecisionInput
    from desktop_app.views.workers.cache_worker import CaseStore

NOT_CHOSEN = "__not_chosen__"
NO_PROGRAMME = "__none__"


class DecisionTab(QScrollArea):
    decision_requested = Signal(object)  # DecisionInput
    objection_changed = Signal(str, bool)  # citizen id, objects
    assessment_noted = Signal()
    own_first_changed = Signal(bool)
    recorded = Signal(int)  # decision id, written
    objection_recorded = Signal(bool)  # the citizen objects (True) or no longer does, written

    def __init__(self, caseworker: str, parent: QWidget | None = None,
                 caseworker_name: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision-tab")
        self.setWidgetResizable(True)
        self.caseworker = caseworker
        self.caseworker_name = caseworker_name  # printed on the sheet (else the roster's)
        self.detail: CaseDetail | None = None
        self.assessment_done = False
        self.store: CaseStore | None = None  # set by the main window (`attach`)
        self.selected: Callable[[], str | None] = lambda: None  # the case selected in the list
        body = QWidget()
        self.setWidget(body)
        self.title = heading()
        self.who = plain_label()
        self.own_first = QCheckBox()
        self.own_first.setObjectName("own-assessment-first")
        self.own_assessment = QPlainTextEdit()
        self.own_assessment.setObjectName("own-assessment")
        self.own_assessment.setTabChangesFocus(True)
        self.own_assessment.setFixedHeight(64)
        self.note_button = QPushButton()
        self.note_button.setObjectName("note-assessment")
        self.note_button.setAutoDefault(False)
        self.suggested_label = plain_label()
        self.suggested_label.setObjectName("suggested-programme")
        self.programme = QComboBox()
        self.programme.setObjectName("chosen-programme")
        self.reason_code = QComboBox()
        self.reason_code.setObjectName("reason-code")
        self.reason_text = QPlainTextEdit()
        self.reason_text.setObjectName("reason-text")
        self.reason_text.setTabChangesFocus(True)
        self.reason_text.setFixedHeight(64)
        self.reason_hint = plain_label()
        self.reason_hint.setObjectName("reason-hint")
        self.referrals = QPlainTextEdit()
        self.referrals.setObjectName("job-referrals")
        self.referrals.setTabChangesFocus(True)
        self.referrals.setFixedHeight(64)
        self.objection = QCheckBox()
        self.objection.setObjectName("profiling-objection")
        self.record_button = QPushButton()
        self.record_button.setObjectName("record-decision")
        self.record_button.setAutoDefault(False)  # never a default "accept" on Enter
        self.status = plain_label()
        self.status.setObjectName("decision-status")
        self._status: Callable[[], str] = str
        self.form = QFormLayout()
        self.labels = [plain_label(wrap=False) for _ in range(5)]
        for label, field in zip(self.labels, (self.own_assessment, self.programme,
                                              self.reason_code, self.reason_text,
                                              self.referrals), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.who)
        layout.addWidget(self.own_first)
        layout.addWidget(self.objection)
        layout.addWidget(self.suggested_label)
        layout.addLayout(self.form)
        layout.addWidget(self.note_button)
        layout.addWidget(self.reason_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.programme.currentIndexChanged.connect(self._update_hint)
        self.note_button.clicked.connect(self._note_assessment)
        self.record_button.clicked.connect(self._record)
        self.objection.toggled.connect(self._objection_toggled)
        self.own_first.toggled.connect(self._own_first_toggled)
        self.retranslate()
        self.show_case(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Decision"))
        self.who.setText(self.tr("Recorded as caseworker: %1").replace("%1", self.caseworker))
        self.own_first.setText(self.tr("Record my own assessment before I see the suggestions"))
        self.objection.setText(self.tr(
            "The citizen objects to profiling (GDPR Art. 21): no suggestions for this case"))
        texts = (self.tr("&Your own assessment:"), self.tr("Pro&gramme chosen:"),
                 self.tr("Reason &code:"), self.tr("Reason in &words:"),
                 self.tr("Job r&eferrals (one per line):"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for field, text in zip((self.own_assessment, self.programme, self.reason_code,
                                self.reason_text, self.referrals), texts, strict=True):
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.note_button.setText(self.tr("Note &my assessment and show the suggestions"))
        self.record_button.setText(self.tr("&Record decision"))
        for widget in (self.own_first, self.objection, self.note_button, self.record_button):
            widget.setAccessibleName(widget.text().replace("&", ""))
        self._fill_reason_codes()
        self._fill_programmes()
        self._update_hint()
        self.status.setText(self._status())

    def _say(self, text: Callable[[], str]) -> None:
        """Show a status, kept as a function so a language switch says it again in the new
        language (a stored sentence stayed in the old one)."""
        self._status = text
        self.status.setText(text())

    def _reason_names(self) -> dict[str, str]:
        return {
            "citizen_wish": self.tr("The citizen's own wish"),
            "health": self.tr("Health"),
            "no_place": self.tr("No free place"),
            "caseworker_knowledge": self.tr("I know more about the case"),
            "other": self.tr("Another reason"),
        }

    def _fill_reason_codes(self) -> None:
        current = self.reason_code.currentData()
        self.reason_code.clear()
        self.reason_code.addItem(self.tr("— choose a reason —"), None)
        names = self._reason_names()
        for code in REASON_CODES:
            self.reason_code.addItem(names[code], code)
        index = self.reason_code.findData(current)
        self.reason_code.setCurrentIndex(max(0, index))

    def _fill_programmes(self) -> None:
        current = self.programme.currentData()
        self.programme.blockSignals(True)
        self.programme.clear()
        self.programme.addItem(self.tr("— choose —"), NOT_CHOSEN)
        self.programme.addItem(self.tr("No programme"), NO_PROGRAMME)
        language = current_language()
        for programme in self.detail.programmes if self.detail else ():
            self.programme.addItem(programme_name(programme, language), str(programme["id"]))
        self.programme.setCurrentIndex(max(0, self.programme.findData(current)))
        self.programme.blockSignals(False)

    # --- state -----------------------------------------------------------------------------

    def suggestions_shown(self) -> bool:
        """A suggestion (not an abstention) was on screen, so the choice can follow or
        deviate from it."""
        detail = self.detail
        visible = not self.own_first.isChecked() or self.assessment_done
        case = detail.suggestions.case if detail else None
        return bool(detail and detail.suggestions.state == "shown" and visible
                    and case is not None and not case.abstained)

    def top_suggestion(self) -> str | None:
        """The programme the caseworker saw suggested (None: no programme or abstention)."""
        case = self.detail.suggestions.case if self.detail else None
        return None if case is None or case.abstained else case.suggested

    def chosen(self) -> str | None:
        data = self.programme.currentData()
        return None if data in (NOT_CHOSEN, NO_PROGRAMME) else str(data)

    def deviating(self) -> bool:
        if self.programme.currentData() == NOT_CHOSEN or not self.suggestions_shown():
            return False
        return self.chosen() != self.top_suggestion()

    def show_case(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.assessment_done = False
        for edit in (self.own_assessment, self.reason_text, self.referrals):
            edit.clear()
        self.programme.setCurrentIndex(0)
        self.reason_code.setCurrentIndex(0)
        self._fill_programmes()
        self.objection.blockSignals(True)
        self.objection.setChecked(bool(detail and detail.objection))
        self.objection.blockSignals(False)
        self.setEnabled(detail is not None)
        self._say(self._last_decision_text)
        self._update_hint()

    def _last_decision_text(self) -> str:
        last = self.detail.latest_decision if self.detail else None
        if not last:
            return ""
        return (self.tr("Last decision recorded %1 by %2.")
                .replace("%1", date_time_text(last["decided_at"]))
                .replace("%2", str(last["caseworker_id"])))

    def _update_hint(self) -> None:
        shown = self.suggestions_shown()
        name = self._programme_label(self.top_suggestion())
        case = self.detail.suggestions.case if self.detail is not None else None
        if self.detail is None or self.detail.suggestions.state != "shown":
            self.suggested_label.setText(self.tr("No suggestion is shown for this case."))
        elif case is not None and case.abstained:
            self.suggested_label.setText(self.tr("No suggestion — use your judgement."))
        elif not shown:
            self.suggested_label.setText(self.tr("Suggestions are hidden until you have noted "
                                                 "your own assessment."))
        else:
            self.suggested_label.setText(self.tr("Top suggestion: %1").replace("%1", name))
        self.note_button.setVisible(self.own_first.isChecked() and not self.assessment_done)
        self.reason_hint.setText(self.tr(
            "Your choice differs from the top suggestion: please give a reason code and a "
            "short explanation.") if self.deviating() else "")

    def _programme_label(self, programme_id: str | None) -> str:
        if programme_id is None:
            return self.tr("no programme")
        for programme in self.detail.programmes if self.detail else ():
            if str(programme["id"]) == programme_id:
                return programme_name(programme, current_language())
        return programme_id

    # --- actions ---------------------------------------------------------------------------

    def _own_first_toggled(self, checked: bool) -> None:
        self.own_first_changed.emit(checked)
        self._update_hint()

    def _note_assessment(self) -> None:
        if not self.own_assessment.toPlainText().strip():
            self._say(lambda: self.tr("Write your own assessment first."))
            self.own_assessment.setFocus()
            return
        self.assessment_done = True
        self.assessment_noted.emit()
        self._update_hint()

    def attach(self, store: CaseStore, selected: Callable[[], str | None]) -> None:
        """Record on `store`'s cache worker, only ever for the case `selected()` returns
        (the one selected in the list)."""
        self.store, self.selected = store, selected
        self.decision_requested.connect(self._record_decision)
        self.objection_changed.connect(self._record_objection)

    def _record_decision(self, decision: DecisionInput) -> None:
        """The last guard: whatever was asked, a decision is recorded only for the selected
        case."""
        from desktop_app.casework.decisions import record_decision

        if decision.citizen_id != self.selected():
            self.decision_failed(self.tr(
                "the case selected in the list is not the one shown. Select the case again "
                "and check the decision."))
            return
        if self.store is None:
            return

        def done(decision_id: int) -> None:
            self.decision_recorded(decision_id)
            self.recorded.emit(decision_id)

        Operation(lambda ctx: record_decision(ctx, decision), done, self.decision_failed,
                  waiting=self.decision_waiting).on_cache(self.store)

    def _record_objection(self, citizen_id: str, active: bool) -> None:
        """A failure is said in the status bar (the store's failure path)."""
        from desktop_app.casework.decisions import record_objection

        if self.store is None:
            return
        who = self.caseworker
        Operation(lambda ctx: record_objection(ctx, citizen_id, who, active),
                  self.objection_recorded.emit).on_cache(self.store)

    def _objection_toggled(self, checked: bool) -> None:
        if self.detail is not None:
            self.objection_changed.emit(self.detail.records.citizen_id, checked)

    def _record(self) -> None:
        from desktop_app.casework.decisions import computer_shown, new_decision

        detail = self.detail
        if detail is None:
            return
        if self.programme.currentData() == NOT_CHOSEN:
            self._say(lambda: self.tr("Choose a programme, or \"No programme\"."))
            self.programme.setFocus()
            return
        if self.own_first.isChecked() and not self.own_assessment.toPlainText().strip():
            self._say(lambda: self.tr("Write your own assessment first."))
            self.own_assessment.setFocus()
            return
        if self.deviating() and (self.reason_code.currentData() is None
                                 or len(self.reason_text.toPlainText().strip()) < 5):
            # the hint above already says what is missing; saying it twice was noise
            self._say(lambda: self.tr("Not recorded yet."))
            self.reason_code.setFocus()
            return
        shown = self.suggestions_shown()
        result = detail.suggestions
        visible = not self.own_first.isChecked() or self.assessment_done
        computer, on_screen = computer_shown(result, visible)  # on screen: the snapshot keeps it
        decision = new_decision(
            citizen_id=detail.records.citizen_id, caseworker_id=self.caseworker,
            programme_id=self.chosen(), suggestion_shown=shown,
            suggested_programme_id=self.top_suggestion() if shown else None,
            reason_code=self.reason_code.currentData(),
            reason_text=self.reason_text.toPlainText(),
            own_assessment=self.own_assessment.toPlainText() if self.own_first.isChecked()
            else None,
            job_referrals=tuple(self.referrals.toPlainText().splitlines()),
            model_version=result.model_version if on_screen else None,
            input_hash=result.input_hash if on_screen else None,
            suggestions=result.payload if on_screen else None,
            computer=computer, model_status=result.model_status,
            caseworker_name=self.caseworker_name, country=result.country,
        )
        self.record_button.setEnabled(False)
        self._say(lambda: self.tr("Recording…"))
        self.decision_requested.emit(decision)

    def decision_waiting(self) -> None:
        """The cache is busy (an import is running): the decision is kept and saved after."""
        self.status.setText(self.tr("Saving… The case cache is busy (an import is running); "
                                    "your decision is kept and saved as soon as it is free."))

    def decision_recorded(self, decision_id: int) -> None:
        self.record_button.setEnabled(True)
        self._say(lambda: self.tr("Decision recorded (number %1).")
                  .replace("%1", str(decision_id)))

    def decision_failed(self, message: str) -> None:
        self.record_button.setEnabled(True)
        self._say(lambda: self.tr("Not recorded: %1").replace("%1", message))

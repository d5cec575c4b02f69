"""Recompute the places plan from the planning screen: a button, a progress bar and one line
saying what happened.

The plan scores the whole expected caseload (tens of seconds to minutes), so it runs on a
thread of its own with its own connection to the cache (`casework.team_lead.replan`), never
on the GUI thread and never on the cache worker, which keeps answering searches and cases. It
uses the model the app already verified and suggests with, so the new prices apply to the
next case opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from desktop_app.views.common.plain_text import plain_label
from desktop_app.views.workers.operations import Operation, Progress

if TYPE_CHECKING:
    from desktop_app.casework.types import Replanned
    from desktop_app.views.workers.cache_worker import CaseStore


class _Refused(Exception):
    """No plan: `code` says why (a model status code, or no_intakes)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class ReplanControl(QWidget):
    recomputed = Signal(object)  # Replanned
    finished = Signal()  # after success or failure, the line says which

    def __init__(self, store: CaseStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planning-replan")
        self.store = store
        self.call: Operation | None = None
        self.button = QPushButton()
        self.button.setObjectName("planning-recompute")
        self.button.clicked.connect(self.start)
        self.bar = QProgressBar()
        self.bar.setObjectName("planning-recompute-progress")
        self.bar.setVisible(False)
        self.bar.setMaximumWidth(260)
        self.line = plain_label()
        self.line.setObjectName("planning-recompute-status")
        self._state: tuple[str, Any] | None = None  # what the line says, kept for retranslate
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.bar)
        layout.addWidget(self.line, 1)
        self.retranslate()

    @property
    def running(self) -> bool:
        return self.call is not None and self.call.running

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Recompute p&lan"))
        self.button.setToolTip(self.tr(
            "Score the expected caseload with the installed model and allocate it within the "
            "free places again. Cases stay usable meanwhile; new prices apply to the next case "
            "opened."))
        if self._state is not None:
            self._say(*self._state)

    def start(self) -> None:
        """Ask the cache worker for the cache file and the app's model (quick), then run the
        plan on a thread of its own."""
        if self.running:
            return
        self.button.setEnabled(False)
        self.bar.setRange(0, 0)  # busy until the first batch is scored
        self.bar.setVisible(True)
        self._say("starting", None)
        from desktop_app.casework.team_lead import cache_and_model

        Operation(cache_and_model, self._run, self._failed).on_cache(self.store)

    def _run(self, prepared: tuple[Path, Any]) -> None:
        from desktop_app.casework.team_lead import replan

        path, loaded = prepared
        if loaded.model is None:
            self._failed_code(loaded.status_code)
            return

        def work(progress: Progress) -> Replanned | _Refused:
            result = replan(path, loaded, progress)
            return _Refused(result) if isinstance(result, str) else result

        self.call = Operation(work, self._done, self._failed, progress=self._progress,
                              cache_path=path, parent=self).start()

    def _progress(self, stage: str, done: int, total: int) -> None:
        if stage == "scoring":
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)
            self._say("scoring", (done, total))
        else:
            self.bar.setRange(0, 0)
            self._say("allocating", total)

    def _done(self, result: Replanned | _Refused) -> None:
        if isinstance(result, _Refused):
            self._failed_code(result.code)
            return
        self._end()
        self._say("done", result)
        self.recomputed.emit(result)
        self.finished.emit()

    def _failed_code(self, code: str) -> None:
        self._end()
        self._say("refused", code)
        self.finished.emit()

    def _failed(self, message: str) -> None:
        self._end()
        self._say("failed", message)
        self.finished.emit()

    def _end(self) -> None:
        self.bar.setVisible(False)
        self.button.setEnabled(True)

    def _say(self, state: str, detail: Any) -> None:
        self._state = (state, detail)
        locale = QLocale()
        if state == "starting":
            text = self.tr("Recomputing the plan: reading the caseload…")
        elif state == "scoring":
            done, total = detail
            text = self.tr("Recomputing the plan: %1 of %Ln citizen(s) scored…", "",
                           total).replace("%1", locale.toString(done))
        elif state == "allocating":
            text = self.tr("Recomputing the plan: allocating the places for %Ln citizen(s)…",
                           "", detail)
        elif state == "done":
            text = self.tr("Plan recomputed for %Ln citizen(s) in %1 s. New prices apply to "
                           "the next case opened.", "", detail.plan.caseload).replace(
                "%1", locale.toString(float(detail.seconds), "f", 0))
        elif state == "refused":
            text = self._refusal(detail)
        else:
            text = self.tr("The plan could not be recomputed: %1. The previous plan is "
                           "kept.").replace("%1", str(detail))
        self.line.setText(text)

    def _refusal(self, code: str) -> str:
        if code == "no_intakes":
            return self.tr("No programme has intakes in the case data, so there are no places "
                           "to plan.")
        if code == "withdrawn":
            return self.tr("The installed model was withdrawn: no plan can be computed until "
                           "IT installs a newer one. The previous plan is kept.")
        return self.tr("No usable model is installed: no plan can be computed. Ask IT to "
                       "install the model. The previous plan is kept.")

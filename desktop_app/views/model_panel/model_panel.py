"""The model panel (Help › About the suggestion model): which model gives the suggestions.

Shows the VERIFIED installed model: version, training period, when and by which key it was
signed, when this laptop verified it, when it last reached the update folder (with a warning
once that is older than IT allows: a laptop that never reaches the share would not learn of a
withdrawal), and the model card's summary: data, evaluation against the best single programme,
and the fairness audit. A DEMO build says so at the top. "Check for updates" reads the update
share IT configured, on a background thread, and says calmly what happened. With no verified
model the panel says why (and the Programmes tab shows no suggestions).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.casework import model_info
from desktop_app.views.common.locale_text import date_text, date_time_text, decimal, number, percent
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.workers.operations import Operation

if TYPE_CHECKING:
    from desktop_app.casework.model_info import ModelInfo, UpdateFreshness
    from desktop_app.casework.types import LocalState, UpdateResult

UpdateCheck = Callable[[], "UpdateResult | None"]  # None: no update share is configured
translate = QCoreApplication.translate
log = logging.getLogger(__name__)


LocalCheckReader = Callable[[str, Callable[["LocalState | None"], None]], None]


def _count(value: Any) -> str:
    return number(value) if isinstance(value, int | float) else "?"


def _group(code: str) -> str:
    from desktop_app.views.words.core_codes import words

    return words().fairness_group(code)


def _feature(name: str) -> str:
    from desktop_app.views.words.feature_words import feature_name

    return feature_name(name, lambda programme: programme)


def signed_points(value: float) -> str:
    """A difference in probability points (0.07 -> "+7"), in the language's digits."""
    return ("+" if value > 0 else "") + number(100 * value)


class ModelPanel(QDialog):
    shown_info = Signal(object)  # ModelInfo, once read and shown
    update_checked = Signal(str)  # the sentence shown after "Check for updates"

    def __init__(self, loader: Callable[[], Any], check: UpdateCheck,
                 parent: QWidget | None = None,
                 freshness: Callable[[], UpdateFreshness] | None = None,
                 local_check: LocalCheckReader | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("model-panel")
        self._loader, self._check = loader, check
        self._local_check = local_check
        self.local_state: LocalState | None = None
        self._freshness = freshness or model_info.update_freshness
        self.info: ModelInfo | None = None
        self._calls: list[Operation] = []
        self.title = heading(scale=1.2)
        self.demo_notice = plain_label()
        self.demo_notice.setObjectName("demo-build")
        self.demo_notice.setVisible(False)
        bold = self.demo_notice.font()
        bold.setBold(True)
        self.demo_notice.setFont(bold)  # the first thing to read in a DEMO build
        self.state = plain_label()
        self.state.setObjectName("model-state")
        self.form = QFormLayout()
        (self.version, self.period, self.signed, self.keys, self.publisher, self.verified,
         self.last_check) = (plain_label() for _ in range(7))
        self.publisher.setObjectName("model-publisher")
        self.last_check.setObjectName("last-update-check")
        self.staleness = plain_label()
        self.staleness.setObjectName("update-staleness")
        self.staleness.setVisible(False)
        self.staleness.setFont(bold)
        self.local_verdict = plain_label()
        self.local_verdict.setObjectName("local-check")
        self.local_verdict.setVisible(False)
        self.form_labels = [plain_label(wrap=False) for _ in range(7)]
        for label, value in zip(self.form_labels, (self.version, self.period, self.signed,
                                                   self.keys, self.publisher, self.verified,
                                                   self.last_check),
                                strict=True):
            label.setBuddy(value)
            self.form.addRow(label, value)
        self.card_title = plain_label()
        self.card = QPlainTextEdit()
        self.card.setObjectName("model-card-summary")
        self.card.setReadOnly(True)
        self.card.setMinimumHeight(220)
        self.update_button = QPushButton()
        self.update_button.setObjectName("check-for-updates")
        self.update_button.clicked.connect(self.check_for_updates)
        self.update_result = plain_label()
        self.update_result.setObjectName("update-result")
        self._update_text: Callable[[], str] = str
        # our own button, not Qt's standard Close: Qt has no Norwegian words for its buttons
        # and puts its English back on every language switch
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.demo_notice)
        layout.addWidget(self.state)
        layout.addLayout(self.form)
        layout.addWidget(self.staleness)
        layout.addWidget(self.local_verdict)
        layout.addWidget(self.card_title)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.update_button)
        layout.addWidget(self.update_result)
        layout.addWidget(buttons)
        self.resize(720, 620)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[str], None]) -> None:
        self._calls = [c for c in self._calls if c.running]
        self._calls.append(Operation(work, done, failed, parent=self).start())

    def refresh(self) -> None:
        """Verify and read the installed model in the background."""
        self.state.setText(self.tr("Checking the installed model…"))
        loader, freshness = self._loader, self._freshness
        self._start(lambda: model_info.model_info(loader, freshness), self._show, self._failed)

    def wait(self) -> None:
        """For tests and screenshots: wait for background calls to finish."""
        for call in list(self._calls):
            call.wait(30)

    def _failed(self, message: str) -> None:
        self.state.setText(self.tr("The installed model could not be read: %1").replace(
            "%1", message))

    def _show(self, info: ModelInfo) -> None:
        self.info = info
        if info.unavailable is not None:
            log.info("no usable suggestion model: %s", info.unavailable)
        self.local_state = None
        if self._local_check is not None and info.version is not None:
            self._local_check(str(info.version), self._show_local_state)
        self._fill()
        self.shown_info.emit(info)

    def _show_local_state(self, state: LocalState | None) -> None:
        if self.info is not None and state is not None and state.version == str(
                self.info.version):
            self.local_state = state
            self._fill()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Suggestion model"))
        self.title.setText(self.tr("The model behind the suggestions"))
        names = (self.tr("Version:"), self.tr("Trained on data from:"), self.tr("Signed:"),
                 self.tr("Signing key:"), self.tr("Published by:"),
                 self.tr("Verified on this computer:"),
                 self.tr("Last successful update check:"))
        for label, name in zip(self.form_labels, names, strict=True):
            label.setText(name)
        self.card_title.setText(self.tr("From the model card:"))
        self.card.setAccessibleName(self.tr("Model card summary"))
        self.update_button.setText(self.tr("Check for &updates"))
        self.update_button.setAccessibleName(self.tr("Check for updates"))
        self.close_button.setText(self.tr("Close"))
        self.update_result.setText(self._update_text())
        self._fill()

    def _fill(self) -> None:
        info = self.info
        if info is None:
            return
        self._fill_build_and_freshness(info)
        if info.unavailable is not None:
            from desktop_app.views.words.core_codes import words

            self.state.setText(self.tr(
                "%1 The app shows no suggestions; the rest of Wayfinder works as usual. IT "
                "finds the reason in the IT log.")
                .replace("%1", words().model_status(info.status)))
            for value in (self.version, self.period, self.signed, self.keys, self.publisher,
                          self.verified):
                value.setText("—")
            self.card.setPlainText("")
            return
        self.state.setText(self._state_sentence(info))
        self.publisher.setText(
            self.tr("%1 (this municipality's or region's own publisher)").replace(
                "%1", info.publisher) if info.publisher
            else self.tr("a shared model (the national or regional publisher)"))
        self.version.setText(str(info.version))
        start, end = info.training_period
        self.period.setText(f"{date_text(start) or '?'} – {date_text(end) or '?'}"
                            if start or end else "—")
        self.signed.setText(date_time_text(info.signed_at) if info.signed_at else "—")
        self.keys.setText(", ".join(k[:16] for k in info.key_ids) or "—")
        self.keys.setToolTip("\n".join(info.key_ids))
        self.verified.setText(date_time_text(info.verified_at))
        self._fill_local_verdict()
        self.card.setPlainText("\n".join(self.card_lines(info.card)))

    def _state_sentence(self, info: ModelInfo) -> str:
        """Whether the model is used, and IT's local rule about it (IT's reason verbatim)."""
        if info.local_rule == "withdrawn_here":
            return self.tr("IT withdrew this model on this computer, so the app shows no "
                           "suggestions: %1").replace("%1", info.local_reason)
        if info.local_rule == "pinned_other":
            return self.tr("IT chose another model version for this computer, which is not "
                           "installed yet, so the app shows no suggestions: %1").replace(
                "%1", info.local_reason)
        if info.withdrawn_reason is not None:
            return self.tr("This model was withdrawn, so the app shows no suggestions: %1"
                           ).replace("%1", info.withdrawn_reason)
        if self.local_state is not None and not self.local_state.decision.use:
            first = self.tr(
                "The model's signature was verified, but its suggestions are not shown: it "
                "has not been shown to work on this municipality's own history (see below).")
        else:
            first = self.tr("The model's signature was verified; its suggestions are shown.")
        if info.local_rule == "pinned":
            return " ".join((first, self.tr("IT pinned this version on this computer: %1")
                             .replace("%1", info.local_reason)))
        return first

    def _fill_local_verdict(self) -> None:
        state = self.local_state
        self.local_verdict.setVisible(state is not None)
        if state is not None:
            self.local_verdict.setText(self.local_verdict_text(state))

    def local_verdict_text(self, state: LocalState) -> str:
        """The local check in words: the verdict, when and on how many citizens, and whether
        the model's suggestions are shown because of it."""
        verdict = state.verdict
        if verdict is None:
            first = self.tr("This model has not been checked on this municipality's own "
                            "history yet (IT: 'wayfinder-admin models check-local').")
        else:
            n = verdict.citizens
            texts = {
                "shown_to_work": self.tr("Checked on %Ln citizen(s) of this municipality on "
                                         "%1: shown to work here.", "", n),
                "not_shown_to_work": self.tr("Checked on %Ln citizen(s) of this municipality "
                                             "on %1: not shown to work here.", "", n),
                "too_little_history": self.tr("Checked on %Ln citizen(s) of this municipality "
                                              "on %1: too little local history to tell "
                                              "whether it works here.", "", n),
            }
            first = texts[verdict.verdict].replace("%1", date_text(verdict.checked_at[:10]))
        if state.decision.reason == "it_allows" and not (verdict and verdict.shown_to_work):
            second = self.tr("IT has allowed its suggestions anyway; this is recorded in the "
                             "audit log.")
        elif not state.decision.use:
            second = self.tr("Its suggestions are not shown until a check shows that it works "
                             "here, or IT allows it.")
        else:
            second = ""
        return f"{first} {second}".strip()

    def _fill_build_and_freshness(self, info: ModelInfo) -> None:
        self.demo_notice.setVisible(info.demo_build)
        self.demo_notice.setText(self.tr(
            "DEMO build: this copy of Wayfinder trusts the public demo keys, so its model is "
            "not protected by your organisation's signature. Use it to try the program, not "
            "for real cases."))
        fresh = info.freshness
        if fresh is None:
            return
        age = fresh.age_days
        if fresh.last_check is None or age is None:
            self.last_check.setText(self.tr("never"))
        else:
            when = date_time_text(fresh.last_check.isoformat())
            self.last_check.setText(self.tr("%1 (%Ln day(s) ago)", "", age).replace("%1", when))
        self.staleness.setVisible(fresh.stale)
        if fresh.last_check is None:
            self.staleness.setText(self.tr(
                "This computer has never reached the update folder, so it would not know if "
                "this model had been withdrawn. Suggestions keep working; please tell IT."))
        else:
            self.staleness.setText(" ".join((
                self.tr("This computer has not reached the update folder for %Ln day(s), so it "
                        "would not know if this model had been withdrawn.", "", age or 0),
                self.tr("IT allows %Ln day(s).", "", fresh.max_age_days),
                self.tr("Suggestions keep working; please tell IT."))))

    def card_lines(self, card: Mapping[str, Any]) -> list[str]:
        lines: list[str] = []
        data = card.get("data") or {}
        if data:
            lines.append(self.tr("Trained on %1 citizens of %2 (%3 more kept aside to test it).")
                         .replace("%1", _count(data.get("training_citizens")))
                         .replace("%2", str(data.get("municipality") or "?"))
                         .replace("%3", _count(data.get("holdout_citizens"))))
        special = card.get("special_category_inputs")
        if special is not None:
            lines.append(self.tr("Protected attributes used as inputs: %1").replace(
                "%1", ", ".join(_feature(f) for f in special) if special else self.tr("none")))
        found = model_info.gain(card)
        if found is not None:
            part = card.get("personalisation") or {}
            sentence = (self.tr("Following the suggestions did better than giving everyone the "
                                "best single programme: %1 in 100 (95% interval %2 to %3).")
                        if part.get("significant") else
                        self.tr("Following the suggestions did NOT do clearly better than "
                                "giving everyone the best single programme: %1 in 100 (95% "
                                "interval %2 to %3). Weigh them with care."))
            lines.append(sentence.replace("%1", signed_points(found["estimate"]))
                         .replace("%2", signed_points(found["ci_low"]))
                         .replace("%3", signed_points(found["ci_high"])))
        evaluation = card.get("evaluation") or {}
        if evaluation.get("abstention_rate") is not None:
            lines.append(self.tr("It gave no suggestion (abstained) for %1 of test decisions.")
                         .replace("%1", percent(float(evaluation["abstention_rate"]), 1)))
        lines.extend(self.fairness_lines(card.get("fairness") or {}))
        return lines

    def fairness_lines(self, fairness: Mapping[str, Any]) -> list[str]:
        facets: Mapping[str, Any] = fairness.get("facets") or {}
        if not facets:
            return [self.tr("Fairness audit: not in this model card.")]
        lines = ["", self.tr("Fairness audit (test data, by group):")]
        for facet, parts in facets.items():
            gap = model_info.largest_rate_gap(parts)
            if gap is not None:
                lines.append(self.tr("• %1: suggestion rates differ most for %2, by %3 "
                                     "percentage points between groups.")
                             .replace("%1", _group(facet)).replace("%2", _group(gap[0]))
                             .replace("%3", number(100 * gap[1])))
            off = [_group(g) for g in model_info.miscalibrated(parts)]
            lines.append(self.tr("  Predicted and observed outcomes differ beyond chance "
                                 "for: %1").replace("%1", ", ".join(off) or self.tr("none")))
            small = [_group(g) for g in model_info.too_small(parts)]
            if small:
                lines.append(self.tr("  Too small to judge: %1").replace("%1", ", ".join(small)))
        proxies = list(((fairness.get("origin_proxies") or {}).get("features") or {}).items())
        if proxies:
            lines.append(self.tr("Strongest stand-ins for origin among the inputs: %1").replace(
                "%1", ", ".join(f"{_feature(k)} ({decimal(float(v), 2)})"
                                for k, v in proxies[:3])))
        return lines

    # --- update check ---------------------------------------------------------------------

    def check_for_updates(self) -> None:
        self.update_button.setEnabled(False)
        self._update_text = lambda: self.tr("Looking for a newer model…")
        self.update_result.setText(self._update_text())
        self._start(self._check, self._checked, self._check_failed)

    def _checked(self, result: UpdateResult | None) -> None:
        self.update_button.setEnabled(True)
        self.report(update_sentence(result), lambda: update_sentence(result))
        if result is not None and result.status == "installed":
            self.refresh()

    def _check_failed(self, message: str) -> None:
        self.update_button.setEnabled(True)
        log.warning("model update check failed: %s", message)

        def sentence() -> str:
            return self.tr("No update was installed; the current model stays in use. The "
                           "reason is in the IT log.")

        self.report(sentence(), sentence)

    def report(self, sentence: str, again: Callable[[], str] | None = None) -> None:
        """Show (and announce) the outcome; `again` says it anew after a language switch."""
        self._update_text = again or (lambda: sentence)
        self.update_result.setText(sentence)
        self.update_checked.emit(sentence)


def update_sentence(result: UpdateResult | None) -> str:
    if result is None:
        return translate("ModelPanel", "No update folder is configured on this computer; IT "
                         "installs new models.")
    if result.status == "installed":
        return translate("ModelPanel", "Model version %1 was verified and installed; it is "
                         "used from the next start of Wayfinder.").replace(
            "%1", str(result.installed_version))
    if result.status == "withdrawn":
        return translate("ModelPanel", "The installed model was withdrawn by its "
                         "publisher: %1").replace("%1", result.message)
    if result.status == "up-to-date":
        return translate("ModelPanel", "The installed model is the newest one.")
    return translate("ModelPanel", "No model is available in the update folder.")

"""The Programmes tab: suggestions for this citizen, then the municipality's catalogue.

What it shows depends on the case: suggestions from the verified model (one card per
programme: eligible ones by estimated effect, then "unknown — check", then not eligible), the
model's abstention, or a calm sentence saying why there are none (no verified model, the
citizen objected to profiling, or suggestions hidden until the caseworker has noted their own
assessment). Nothing here nudges: no default button, no green "accept".

The numbers come from `desktop_app/casework/suggestions.py` (`suggest_for_case`: the verified
model's estimated effects, eligibility and places), delivered as `CaseDetail.suggestions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common.i18n import current_language
from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.programmes.programme_table_model import (
    COL_NAME,
    ProgrammeTableModel,
    programme_name,
)
from desktop_app.views.programmes.suggestion_card import SuggestionCard
from desktop_app.views.words.core_codes import abstention_lines, words

if TYPE_CHECKING:
    from desktop_app.casework.suggestions import Personalisation
    from desktop_app.casework.types import ArmSuggestion, CaseDetail, CaseSuggestion

def _order(case: CaseSuggestion) -> list[ArmSuggestion]:
    arms = [a for a in case.arms if a.arm != "none"]
    eligible = [a for a in arms if a.eligible is True]
    eligible.sort(key=lambda a: (a.arm != case.suggested, -a.estimates[case.horizon].effect))
    return (eligible + [a for a in arms if a.eligible is None]
            + [a for a in arms if a.eligible is False])


class ProgrammesTab(QWidget):
    suggestions_displayed = Signal(object)  # CaseDetail whose suggestions are now on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmes-tab")
        self.detail: CaseDetail | None = None
        self.hidden_until_assessed = False
        self.cards: list[SuggestionCard] = []
        # what the cards will show, until the tab is on screen
        self._pending_cards: tuple[CaseSuggestion, dict[str, dict[str, Any]], str] | None = None
        self.suggestions_title = heading()
        self.status = plain_label()
        self.status.setObjectName("suggestions-status")
        self.personalisation = plain_label()
        self.personalisation.setObjectName("personalisation-note")
        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_box)
        self.scroll = scroll
        self.catalogue_title = heading()
        self.model = ProgrammeTableModel(current_language, self)
        self.table = QTableView()
        self.table.setObjectName("programme-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.suggestions_title)
        layout.addWidget(self.status)
        layout.addWidget(self.personalisation)
        layout.addWidget(scroll, 3)
        layout.addSpacing(8)
        layout.addWidget(self.catalogue_title)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.suggestions_title.setText(self.tr("Suggestions for this citizen"))
        self.catalogue_title.setText(self.tr("Programmes offered"))
        self.table.setAccessibleName(self.tr("Programmes offered"))
        self.scroll.setAccessibleName(self.tr("Suggestions for this citizen"))
        self.model.retranslate()
        self._render(announce=False)

    def set_hidden_until_assessed(self, hidden: bool) -> None:
        if hidden != self.hidden_until_assessed:
            self.hidden_until_assessed = hidden
            self._render(announce=True)

    def show_case(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.model.set_rows(detail.programmes if detail else ())
        self._render(announce=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._build_cards()

    def _clear_cards(self) -> None:
        self._pending_cards = None
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        while self.cards_layout.count():
            self.cards_layout.takeAt(0)

    def _render(self, *, announce: bool) -> None:
        self._clear_cards()
        self.personalisation.hide()
        detail = self.detail
        if detail is None:
            self.status.setText(self.tr("Open a case to see suggestions."))
            return
        result = detail.suggestions
        if result.state == "objection":
            self.status.setText(self.tr(
                "No suggestions: the citizen objected to profiling (GDPR Art. 21). Choose "
                "from the programmes below as you normally would."))
            return
        if result.state != "shown" or result.case is None:
            # the reason for IT (a file, a key) is in the IT log; the caseworker gets words
            status = words().model_status(result.model_status)
            self.status.setText(self.tr(
                "No suggestions are shown. %1 Choose from the programmes below as you "
                "normally would; IT can tell you more.").replace("%1", status))
            return
        if self.hidden_until_assessed:
            self.status.setText(self.tr(
                "Suggestions are hidden until you have noted your own assessment in the "
                "Decision tab."))
            return
        case = result.case
        lines = []
        programmes = {str(p.get("id")): p for p in detail.programmes}
        language = current_language()
        if case.abstained:
            lines.append(self.tr("No suggestion — use your judgement."))
            lines.extend(f"• {r}" for r in abstention_lines(
                case.abstain_reasons, lambda arm: self._name(arm, programmes, language)))
        elif case.suggested is None:
            lines.append(self.tr("The model suggests no programme for now."))
        if (case.places_counted and not case.abstained
                and case.suggested != case.suggested_ignoring_places):
            lines.append(self.tr(
                "Counting the places there are, the suggestion is %1 rather than %2.")
                .replace("%1", self._name(case.suggested or "none", programmes, language))
                .replace("%2", self._name(case.suggested_ignoring_places or "none", programmes,
                                          language)))
        lines.append(self.tr("These are estimates to weigh, not a decision. You decide."))
        self.status.setText("\n".join(lines))
        self._show_personalisation(result.personalisation, programmes, language)
        self._pending_cards = (case, programmes, language)
        if self.isVisible():
            self._build_cards()
        if announce:
            self.suggestions_displayed.emit(detail)

    def _build_cards(self) -> None:
        """The cards are made when the tab is on screen: building them for a hidden tab made
        every case open slower (the audit entry does not wait: the case's suggestions are
        recorded as shown when the case opens, as before)."""
        if self._pending_cards is None:
            return
        case, programmes, language = self._pending_cards
        self._pending_cards = None
        def name_of(arm: str) -> str:
            return self._name(arm, programmes, language)

        for arm in _order(case):
            card = SuggestionCard(arm, case.horizon, programmes.get(arm.arm, {}), language,
                                  name_of, top=arm.arm == case.suggested and not case.abstained)
            self.cards.append(card)
            self.cards_layout.addWidget(card)
        self.cards_layout.addStretch(1)

    def _show_personalisation(self, personalisation: Personalisation | None,
                              programmes: dict[str, dict[str, Any]], language: str) -> None:
        if personalisation is None:
            text = self.tr("The model card does not say whether personal suggestions beat "
                           "offering everyone the same programme.")
        elif personalisation.significant:
            text = self.tr("In evaluation, following these suggestions did better than "
                           "offering everyone the same programme (about %1 more in 100).") \
                .replace("%1", str(round(personalisation.estimate * 100)))
        else:
            text = self.tr("In evaluation, these personal suggestions did not do clearly "
                           "better than offering everyone %1. Treat the order as a hint.") \
                .replace("%1", self._name(personalisation.best_single, programmes, language))
        self.personalisation.setText(text)
        self.personalisation.show()
        self.personalisation.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def _name(self, arm: str | None, programmes: dict[str, dict[str, Any]], language: str) -> str:
        if not arm:
            return self.tr("the same programme")
        if arm == "none":
            return self.tr("no programme")
        return programme_name(programmes[arm], language) if arm in programmes else arm

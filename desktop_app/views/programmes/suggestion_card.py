"""One programme in the suggestions list: effect in natural frequencies, bar, waiting, places
left and the queue, reasons.

Ineligible programmes show the rule that excludes them; programmes whose eligibility cannot be
decided say "unknown — check" with the rule to check. Main reasons come from data the case has;
inputs that are not recorded are named as such, never as facts. Every text is plain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from desktop_app.views.common.plain_text import heading, plain_label
from desktop_app.views.programmes.effect_bar import EffectBar
from desktop_app.views.words import wording
from desktop_app.views.words.core_codes import eligibility_text
from desktop_app.views.words.names import programme_name

if TYPE_CHECKING:
    from desktop_app.casework.types import ArmSuggestion

translate = QCoreApplication.translate
MAX_REASONS = 3


class SuggestionCard(QFrame):
    def __init__(
        self,
        arm: ArmSuggestion,
        horizon: float,
        programme: dict[str, Any],
        language: str,
        name_of: Callable[[str], str],
        *,
        top: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestion-card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.arm = arm
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        name = programme_name(programme, language) if programme else arm.arm
        title = (
            translate("SuggestionCard", "Top suggestion: %1").replace("%1", name) if top else name
        )
        self.title = heading(title, scale=1.05)
        layout.addWidget(self.title)
        self.bar: EffectBar | None = None
        lines: list[str] = []
        if arm.eligible is False:
            lines.append(
                translate("SuggestionCard", "Not eligible: %1").replace(
                    "%1", eligibility_text(arm.eligibility.failed, name_of)
                )
            )
        elif arm.eligible is None:
            lines.append(
                translate("SuggestionCard", "Eligibility unknown — check: %1").replace(
                    "%1", eligibility_text(arm.eligibility.unchecked, name_of)
                )
            )
        else:
            estimate = arm.estimates[horizon]
            lines.append(wording.frequency_sentence(estimate))
            self.bar = EffectBar()
            self.bar.set_values(
                estimate.baseline,
                estimate.p,
                estimate.baseline + estimate.low,
                estimate.baseline + estimate.high,
            )
            self.bar.setAccessibleName(
                translate("SuggestionCard", "Effect of %1").replace("%1", name)
            )
            self.bar.setAccessibleDescription(
                wording.frequency_sentence(estimate) + " " + wording.interval_sentence(estimate)
            )
            if not arm.supported:
                lines.append(
                    translate(
                        "SuggestionCard",
                        "Few comparable people received this programme; the estimate is uncertain.",
                    )
                )
        self.text = plain_label("\n".join(lines))
        self.text.setObjectName("suggestion-text")
        layout.addWidget(self.text)
        if self.bar is not None:
            estimate = arm.estimates[horizon]
            layout.addWidget(self.bar)
            details = [wording.interval_sentence(estimate), wording.waiting_sentence(arm),
                       *self._places_lines(arm)]
            self.details = plain_label("\n".join(details))
            layout.addWidget(self.details)
            main, unrecorded = wording.reason_lines(arm.reasons, name_of, MAX_REASONS)
            lines = [translate("SuggestionCard", "Main reasons:"), *(f"• {r}" for r in main)]
            if unrecorded:
                lines.append(unrecorded)
            if main or unrecorded:
                self.reasons = plain_label("\n".join(lines if main else lines[1:]))
                self.reasons.setObjectName("suggestion-reasons")
                layout.addWidget(self.reasons)
        self.setAccessibleName(title)

    def _places_lines(self, arm: ArmSuggestion) -> list[str]:
        """Places left and the queue at the moment of choice (nothing when places are
        unknown, as for a programme without intakes in the data)."""
        places = arm.places
        if places is None or not places.known:
            return []
        if places.full:
            lines = [self.tr("No place left in the planned intakes.")]
        else:
            lines = [self.tr("%Ln place(s) left in the planned intakes.", "",
                             places.places_left or 0)]
            if places.next_start:
                day = QDate.fromString(places.next_start, Qt.DateFormat.ISODate)
                lines.append(self.tr("Next start with a place: %1.").replace(
                    "%1", QLocale().toString(day, QLocale.FormatType.ShortFormat)))
        if places.queue:
            lines.append(self.tr("%Ln citizen(s) waiting for a place.", "", places.queue))
        return lines

"""Calm, plain sentences for what the model says: natural frequencies, reasons in words.

"About 34 of 100 people like you found work within 26 weeks; with this course about 41" is
easier to weigh than "+0.07 (0.02-0.12)", and less likely to be followed blindly.

The sentences are methods of a QObject named `Wording`: `pyside6-lupdate` marks a message as a
plural (numerus) entry only for `self.tr(source, "", n)` calls, and without that mark every
translation fell back to English for n = 2 and up ("26 week(s)"). Reasons come only from data
the case has; a share that comes from a missing input is said to be "not recorded".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.views.common.locale_text import number
from desktop_app.views.words.feature_words import feature_name

if TYPE_CHECKING:
    from desktop_app.casework.types import ArmSuggestion, HorizonEstimate, Reason


def per_100(chance: float) -> int:
    return max(0, min(100, round(chance * 100)))


class Wording(QObject):
    def frequency(self, weeks: int, baseline: int, with_programme: int) -> str:
        return (
            self.tr(
                "About %1 of 100 people like this citizen were in work or education within "
                "%Ln week(s) without a programme; with this programme about %2.", "", weeks)
            .replace("%1", number(baseline))
            .replace("%2", number(with_programme))
        )

    def interval(self, low: int, high: int) -> str:
        return (
            self.tr("Uncertainty range (90%): between %1 and %2 of 100.")
            .replace("%1", number(low))
            .replace("%2", number(high))
        )

    def waiting(self, weeks: int | None) -> str:
        if weeks is None:
            return self.tr("Waiting time not known.")
        if not weeks:
            return self.tr("No waiting time.")
        return self.tr("Waiting time: about %Ln week(s).", "", weeks)

    def reason(self, name: str, contribution: float) -> str:
        points = round(abs(contribution) * 100)
        if contribution > 0:
            template = (self.tr("%1: raises the estimate by about %2 in 100") if points
                        else self.tr("%1: raises the estimate a little (less than 1 in 100)"))
        else:
            template = (self.tr("%1: lowers the estimate by about %2 in 100") if points
                        else self.tr("%1: lowers the estimate a little (less than 1 in 100)"))
        return template.replace("%1", name).replace("%2", number(points))

    def not_recorded(self, names: Sequence[str]) -> str:
        return self.tr("Not recorded (recording it may change the estimate): %1").replace(
            "%1", ", ".join(names))


_words: list[Wording] = []


def words() -> Wording:
    if not _words:
        _words.append(Wording())
    return _words[0]


def frequency_sentence(estimate: HorizonEstimate) -> str:
    return words().frequency(round(estimate.weeks), per_100(estimate.baseline),
                             per_100(estimate.p))


def interval_sentence(estimate: HorizonEstimate) -> str:
    return words().interval(per_100(estimate.baseline + estimate.low),
                            per_100(estimate.baseline + estimate.high))


def waiting_sentence(arm: ArmSuggestion) -> str:
    return words().waiting(None if arm.waiting_weeks is None else round(arm.waiting_weeks))


def reason_sentence(reason: Reason, programme_name: Callable[[str], str]) -> str:
    return words().reason(feature_name(reason.feature, programme_name), reason.contribution)


def reason_lines(reasons: Sequence[Reason], programme_name: Callable[[str], str],
                 most: int) -> tuple[list[str], str | None]:
    """Up to `most` main reasons from recorded data, and one sentence naming the inputs that
    are not recorded but weigh as much (None when there are none)."""
    main: list[str] = []
    unrecorded: list[str] = []
    for reason in reasons:
        if len(main) >= most:
            break
        name = feature_name(reason.feature, programme_name)
        if reason.recorded:
            main.append(words().reason(name, reason.contribution))
        elif name not in unrecorded:
            unrecorded.append(name)
    return main, words().not_recorded(unrecorded) if unrecorded else None

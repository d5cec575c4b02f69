"""Calm, plain sentences for what the model says: natural frequencies, reasons in words.

"About 34 of 100 people like you found work within 26 weeks; with this course about 41" is
easier to weigh than "+0.07 (0.02-0.12)", and less likely to be followed blindly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.scoring.suggestion import ArmSuggestion, HorizonEstimate, Reason

translate = QCoreApplication.translate


def per_100(chance: float) -> int:
    return max(0, min(100, round(chance * 100)))


def frequency_sentence(estimate: HorizonEstimate) -> str:
    weeks = round(estimate.weeks)
    return (
        translate(
            "Wording",
            "About %1 of 100 people like this citizen were in work or education within "
            "%n week(s) without a programme; with this programme about %2.",
            None,
            weeks,
        )
        .replace("%1", str(per_100(estimate.baseline)))
        .replace("%2", str(per_100(estimate.p)))
    )


def interval_sentence(estimate: HorizonEstimate) -> str:
    low = per_100(estimate.baseline + estimate.low)
    high = per_100(estimate.baseline + estimate.high)
    return (
        translate("Wording", "Honest range (90%): between %1 and %2 of 100.")
        .replace("%1", str(low))
        .replace("%2", str(high))
    )


def waiting_sentence(arm: ArmSuggestion) -> str:
    if arm.waiting_weeks is None:
        return translate("Wording", "Waiting time not known.")
    weeks = round(arm.waiting_weeks)
    if not weeks:
        return translate("Wording", "No waiting time.")
    return translate("Wording", "Waiting time: about %n week(s).", None, weeks)


def feature_name(reason: Reason, language: str) -> str:
    """The feature in plain words, from the explanation sheet's catalog in `language`."""
    from desktop_app.reports.catalog import LANGUAGES, MissingTranslation, load_catalog
    from desktop_app.reports.data_used import feature_label

    try:
        catalog = load_catalog(language if language in LANGUAGES else "en")
        return feature_label(reason.feature, catalog)
    except (MissingTranslation, OSError, ValueError):
        return reason.meaning or reason.feature


def reason_sentence(reason: Reason, language: str) -> str:
    points = round(abs(reason.contribution) * 100)
    amount = str(points) if points else "<1"
    template = (
        translate("Wording", "%1: raises the estimate by about %2 in 100")
        if reason.contribution > 0
        else translate("Wording", "%1: lowers the estimate by about %2 in 100")
    )
    return template.replace("%1", feature_name(reason, language)).replace("%2", amount)

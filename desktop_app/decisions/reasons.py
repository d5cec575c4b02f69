"""Reason codes for deviating from the top suggestion, and the rule that one is required.

The codes match the explanation sheet's catalogs (`reason_code.<code>`), so the citizen's
sheet can say in their language why the caseworker chose differently.
"""

from __future__ import annotations

REASON_CODES = ("citizen_wish", "health", "no_place", "caseworker_knowledge", "other")
MIN_REASON_TEXT = 5  # characters: a real sentence, not a keystroke to get past the form


class DecisionError(ValueError):
    """The decision cannot be recorded as entered; the message says what to add or fix."""


def deviates(programme_id: str | None, suggested: str | None, suggestion_shown: bool) -> bool:
    """A deviation is a choice other than the suggestion the caseworker actually saw.

    Nothing to deviate from when no suggestion was shown (no model, objection, abstention).
    `suggested` None with a suggestion shown means the model suggested no programme.
    """
    return suggestion_shown and programme_id != suggested


def check_reason(deviating: bool, reason_code: str | None, reason_text: str | None) -> None:
    if reason_code is not None and reason_code not in REASON_CODES:
        raise DecisionError(
            f"unknown reason code {reason_code!r}; use one of {', '.join(REASON_CODES)}"
        )
    if not deviating:
        return
    if not reason_code:
        raise DecisionError("a reason code is required when the choice differs from the "
                            "top suggestion")
    if len((reason_text or "").strip()) < MIN_REASON_TEXT:
        raise DecisionError("a short explanation is required when the choice differs from "
                            "the top suggestion")

"""The decision snapshot: what the caseworker was shown when a decision (or proposal) was made.

One JSON object stored with the decision (`app_decisions.snapshot`) or the proposal
(`proposals.snapshot`), so that every sheet for it, from the app or the command line, renders
the same content, and the decision record's hash covers it. Shape (format 1):

    {"format": "wayfinder-decision-snapshot/1",
     "computer": "shown" | "abstained" | "hidden" | "objection" | "no_model",
     "model_status": "ready" | <trust.errors.MODEL_STATUS_CODES>,
     "model_version": str | null,
     "objection": null | {"since": ISO time, "shown_before": bool},
     "suggestions": null | <decisions.payload.suggestion_payload>,
     "programme_id": chosen programme id | null,
     "eligibility": null | {"status": true|false|null, "checks": [{rule, required, actual,
                    passed}]}   (the chosen programme's rules; rules, not model output),
     "country": "DK" | "NO" | "NL" | ... | null}

"computer": `shown` a suggestion (or "no programme") was on screen; `abstained` the model
declined to suggest (codes and missing facts in `suggestions.abstentions`); `hidden` the
caseworker decided before looking at the suggestions (own assessment first); `objection` the
citizen objects to profiling (GDPR Art. 21): no model output is kept; `no_model` no verified
model could be used (`model_status` says why).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop_app.decisions.objections import objection_state, shown_before_objection

SNAPSHOT_FORMAT = "wayfinder-decision-snapshot/1"
SHOWN, ABSTAINED, HIDDEN, OBJECTION, NO_MODEL = (
    "shown", "abstained", "hidden", "objection", "no_model")
COMPUTER_STATES = (SHOWN, ABSTAINED, HIDDEN, OBJECTION, NO_MODEL)


@dataclass(frozen=True)
class WhatWasShown:
    """What the screen (or the command line) had in front of the caseworker."""

    computer: str  # one of COMPUTER_STATES
    suggestions: Mapping[str, Any] | None = None  # the suggestion payload, when the model ran
    model_status: str = "ready"
    country: str | None = None  # whose rights apply (from the model's host language or IT)


def computer_state(state: str, suggestions: Mapping[str, Any] | None, visible: bool) -> str:
    """The snapshot state from a scoring result's state ("shown"|"no_model"|"objection")."""
    if state == OBJECTION:
        return OBJECTION
    if state != SHOWN or suggestions is None:
        return NO_MODEL
    if not visible:
        return HIDDEN
    return ABSTAINED if suggestions.get("abstained") else SHOWN


def chosen_eligibility(db: sqlite_utils.Database, citizen_id: str, programme_id: str | None,
                       suggestions: Mapping[str, Any] | None,
                       day: dt.date) -> dict[str, Any] | None:
    """The chosen programme's rule checks: as scored when the model ran, else checked now."""
    if programme_id is None:
        return None
    arm = ((suggestions or {}).get("arms") or {}).get(programme_id)
    if isinstance(arm, Mapping) and isinstance(arm.get("eligibility"), Mapping):
        return dict(arm["eligibility"])
    from desktop_app.cache.records import load_all, load_citizen
    from desktop_app.decisions.payload import eligibility_json
    from desktop_app.scoring.eligibility import check_eligibility
    from desktop_app.scoring.records import citizen_records

    programme = next((p for p in load_all(db, "programmes") if str(p["id"]) == programme_id),
                     None)
    cached = load_citizen(db, citizen_id)
    if programme is None or cached is None:
        return None
    records = citizen_records(cached.citizen, cached.history)
    return eligibility_json(check_eligibility(programme, records, day.toordinal()))


def build_snapshot(db: sqlite_utils.Database, citizen_id: str, shown: WhatWasShown, *,
                   programme_id: str | None, day: dt.date) -> dict[str, Any]:
    """The snapshot to store; the objection is read from the cache, not taken on trust."""
    if shown.computer not in COMPUTER_STATES:
        raise ValueError(f"unknown computer state {shown.computer!r}")
    computer = shown.computer
    suggestions = dict(shown.suggestions) if shown.suggestions is not None else None
    objection = None
    current = objection_state(db, citizen_id)
    if current.active:
        seen = computer in (SHOWN, ABSTAINED) or shown_before_objection(db, citizen_id)
        objection = {"since": current.since, "shown_before": seen}
        computer, suggestions = OBJECTION, None
    elif computer in (HIDDEN, NO_MODEL):
        suggestions = None  # nothing was in front of the caseworker
    return {
        "format": SNAPSHOT_FORMAT,
        "computer": computer,
        "model_status": shown.model_status if computer == NO_MODEL else "ready",
        "model_version": (suggestions or {}).get("model_version"),
        "objection": objection,
        "suggestions": suggestions,
        "programme_id": programme_id,
        "eligibility": chosen_eligibility(db, citizen_id, programme_id, suggestions, day),
        "country": shown.country,
    }

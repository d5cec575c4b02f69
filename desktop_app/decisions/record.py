"""Write a decision into the cache's `app_decisions` table with its audit entry, atomically.

A decision that differs from the suggestion the caseworker saw is an override: it must carry
a reason code and text, and it is audited as `decision_override` so oversight can count it.
The audit entry carries a keyed digest of the decision as stored (`cache.record_digest`), so a
decision edited or deleted afterwards no longer matches the tamper-evident chain. The decision
keeps its snapshot (what the caseworker was shown, `decisions/snapshot.py`) and the name
printed on the citizen's sheet as who decided, both covered by that digest; an objection to
profiling recorded in the cache wins over whatever the screen still showed: no model output is
then stored.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from typing import Any

import sqlite_utils

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import transaction
from desktop_app.cache.record_digest import DIGEST_FIELD, stored_digest
from desktop_app.decisions.identity import display_name
from desktop_app.decisions.reasons import DecisionError, check_reason, deviates
from desktop_app.decisions.snapshot import (
    ABSTAINED,
    NO_MODEL,
    OBJECTION,
    SHOWN,
    WhatWasShown,
    build_snapshot,
)


@dataclass(frozen=True)
class DecisionInput:
    citizen_id: str
    caseworker_id: str
    programme_id: str | None  # None = no programme
    suggestion_shown: bool  # False: no model, objection, abstention or hidden suggestions
    suggested_programme_id: str | None = None
    reason_code: str | None = None
    reason_text: str | None = None
    own_assessment: str | None = None
    job_referrals: tuple[str, ...] = ()
    model_version: str | None = None
    input_hash: str | None = None
    suggestions: dict[str, Any] | None = None  # what was shown (sheet-readable shape)
    extra: dict[str, Any] = field(default_factory=dict)
    # the computer's state on screen (snapshot.COMPUTER_STATES); None: from the fields above
    computer: str | None = None
    model_status: str = "ready"  # with computer "no_model": why (trust MODEL_STATUS_CODES)
    caseworker_name: str | None = None  # printed on the sheet; else the roster's name
    country: str | None = None  # whose rights apply, when known

    @property
    def is_override(self) -> bool:
        return deviates(self.programme_id, self.suggested_programme_id, self.suggestion_shown)

    def what_was_shown(self) -> WhatWasShown:
        computer = self.computer
        if computer is None:
            shown = self.suggestion_shown and self.suggestions is not None
            computer = (ABSTAINED if shown and (self.suggestions or {}).get("abstained")
                        else SHOWN if shown else NO_MODEL)
        return WhatWasShown(computer, self.suggestions, self.model_status, self.country)


def _without_model_output(decision: DecisionInput) -> DecisionInput:
    return replace(decision, suggestion_shown=False, suggested_programme_id=None,
                   model_version=None, input_hash=None, suggestions=None, computer=OBJECTION)


def record_decision(db: sqlite_utils.Database, audit: AuditLog, decision: DecisionInput,
                    *, now: dt.datetime | None = None) -> int:
    """Insert the decision and its audit entry in one transaction; returns the decision id."""
    if not decision.caseworker_id.strip():
        raise DecisionError("the caseworker is not known; set your caseworker id first")
    exists = db.execute("SELECT 1 FROM citizens WHERE id = ?", (decision.citizen_id,)).fetchone()
    if exists is None:
        raise DecisionError(f"no citizen with id {decision.citizen_id!r} in the case cache")
    moment = now or dt.datetime.now(dt.UTC)
    when = moment.isoformat(timespec="seconds")
    referrals = [r.strip() for r in decision.job_referrals if r.strip()]
    with transaction(db):
        snapshot = build_snapshot(db, decision.citizen_id, decision.what_was_shown(),
                                  programme_id=decision.programme_id, day=moment.date())
        if snapshot["computer"] == OBJECTION:
            decision = _without_model_output(decision)
        check_reason(decision.is_override, decision.reason_code, decision.reason_text)
        followed = (None if not decision.suggestion_shown
                    else int(decision.programme_id == decision.suggested_programme_id))
        name = display_name(db, decision.caseworker_id, decision.caseworker_name)
        cursor = db.execute(
            "INSERT INTO app_decisions (citizen_id, decided_at, caseworker_id, programme_id, "
            "suggested_programme_id, followed_suggestion, reason_code, reason_text, "
            "own_assessment, job_referrals, model_version, input_hash, suggestions, "
            "snapshot, caseworker_name) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (decision.citizen_id, when, decision.caseworker_id, decision.programme_id,
             decision.suggested_programme_id if decision.suggestion_shown else None, followed,
             decision.reason_code, (decision.reason_text or "").strip() or None,
             (decision.own_assessment or "").strip() or None,
             json.dumps(referrals, ensure_ascii=False), decision.model_version,
             decision.input_hash,
             None if decision.suggestions is None
             else json.dumps(decision.suggestions, ensure_ascii=False, sort_keys=True),
             json.dumps(snapshot, ensure_ascii=False, sort_keys=True), name),
        )
        decision_id = int(cursor.lastrowid or 0)
        audit.append(
            decision.caseworker_id,
            "decision_override" if decision.is_override else "decision_recorded",
            citizen_id=decision.citizen_id, model_version=decision.model_version,
            input_hash=decision.input_hash,
            payload={"decision_id": decision_id, "programme_id": decision.programme_id,
                     "suggested_programme_id": decision.suggested_programme_id,
                     "suggestion_shown": decision.suggestion_shown,
                     "followed_suggestion": followed, "reason_code": decision.reason_code,
                     "reason_text": (decision.reason_text or "").strip() or None,
                     "own_assessment_first": bool(decision.own_assessment),
                     "job_referrals": referrals, "computer": snapshot["computer"],
                     **decision.extra,
                     DIGEST_FIELD: stored_digest(db, audit.key, "app_decisions", decision_id)},
        )
    return decision_id


def record_suggestions_shown(db: sqlite_utils.Database, audit: AuditLog, *, caseworker_id: str,
                             citizen_id: str, model_version: str, input_hash: str,
                             suggestions: dict[str, Any]) -> None:
    """Audit that suggestions were put in front of the caseworker (what, for whom, when)."""
    with transaction(db):
        audit.append(caseworker_id, "suggestions_shown", citizen_id=citizen_id,
                     model_version=model_version, input_hash=input_hash,
                     payload={"suggestions": suggestions})

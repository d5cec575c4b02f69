"""GDPR Art. 21 objections to profiling: one switch per case turns suggestions off.

The state lives in `profiling_objections` (one row per citizen, `active` 0/1); every change is
audited as `profiling_objection` in the same transaction, with a keyed digest of the row as
it was left (`cache.record_digest`), so a changed or deleted objection is detected. With an
active objection nothing is scored and no model output appears anywhere (screens, sheet,
command line, exports); the sheet says whether a suggestion had been shown before the citizen
objected, which the audit log answers (`suggestions_shown` entries, or proposal sheets printed
with the computer's result, before the objection's).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import transaction
from desktop_app.cache.record_digest import DIGEST_FIELD, stored_digest

AUDIT_ACTION = "profiling_objection"


@dataclass(frozen=True)
class Objection:
    active: bool
    since: str | None = None  # ISO time the current state was recorded
    recorded_by: str | None = None


def objection_state(db: sqlite_utils.Database, citizen_id: str) -> Objection:
    row = db.execute("SELECT active, objected_at, caseworker_id FROM profiling_objections "
                     "WHERE citizen_id = ?", (citizen_id,)).fetchone()
    if row is None:
        return Objection(False)
    return Objection(bool(row[0]), str(row[1]), str(row[2]))


def objection_active(db: sqlite_utils.Database, citizen_id: str) -> bool:
    return objection_state(db, citizen_id).active


def objecting_citizens(db: sqlite_utils.Database) -> set[str]:
    return {str(r[0]) for r in db.execute(
        "SELECT citizen_id FROM profiling_objections WHERE active = 1")}


def shown_before_objection(db: sqlite_utils.Database, citizen_id: str) -> bool:
    """Whether suggestions for this citizen were put before a caseworker, or printed on a
    proposal sheet, before the current objection was recorded (in audit-log order, so clocks
    do not matter)."""
    row = db.execute(
        "SELECT max(seq) FROM audit_log WHERE action = ? AND citizen_id = ?",
        (AUDIT_ACTION, citizen_id)).fetchone()
    objected_seq = row[0] if row and row[0] is not None else None
    if objected_seq is None:
        return False
    shown = db.execute(
        "SELECT 1 FROM audit_log WHERE action = 'suggestions_shown' AND citizen_id = ? "
        "AND seq < ? LIMIT 1", (citizen_id, objected_seq)).fetchone()
    if shown is not None:
        return True
    # a proposal sheet printed with the computer's result (e.g. from the command line, where
    # no screen recorded `suggestions_shown`) went home with the citizen: that was shown too
    printed = db.execute(
        "SELECT 1 FROM audit_log a JOIN proposals p "
        "ON p.id = json_extract(a.payload, '$.proposal_id') AND p.citizen_id = a.citizen_id "
        "WHERE a.action = 'sheet_exported' AND a.citizen_id = ? AND a.seq < ? "
        "AND json_extract(p.snapshot, '$.computer') IN ('shown', 'abstained') LIMIT 1",
        (citizen_id, objected_seq)).fetchone()
    return printed is not None


def set_objection(db: sqlite_utils.Database, audit: AuditLog, *, citizen_id: str,
                  caseworker_id: str, active: bool, now: dt.datetime | None = None) -> bool:
    """Record that the citizen objects (or withdrew the objection); returns the new state.

    Setting the state it already has records nothing.
    """
    if objection_active(db, citizen_id) == active:
        return active
    when = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    with transaction(db):
        db.execute(
            "INSERT INTO profiling_objections (citizen_id, objected_at, caseworker_id, active) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(citizen_id) DO UPDATE SET "
            "objected_at = excluded.objected_at, caseworker_id = excluded.caseworker_id, "
            "active = excluded.active, exported_at = NULL",
            (citizen_id, when, caseworker_id, int(active)),
        )
        audit.append(caseworker_id, AUDIT_ACTION, citizen_id=citizen_id,
                     payload={"active": active, "article": "GDPR Art. 21",
                              DIGEST_FIELD: stored_digest(db, audit.key, "profiling_objections",
                                                          citizen_id)})
    return active

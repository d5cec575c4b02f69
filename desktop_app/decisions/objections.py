"""GDPR Art. 21 objections to profiling: one switch per case turns suggestions off.

The state lives in `profiling_objections` (one row per citizen, `active` 0/1); every change is
audited as `profiling_objection` in the same transaction, with a keyed digest of the row as
it was left (`cache.record_digest`), so a changed or deleted objection is detected.
"""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import transaction
from desktop_app.cache.record_digest import DIGEST_FIELD, stored_digest


def objection_active(db: sqlite_utils.Database, citizen_id: str) -> bool:
    row = db.execute("SELECT active FROM profiling_objections WHERE citizen_id = ?",
                     (citizen_id,)).fetchone()
    return bool(row and row[0])


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
        audit.append(caseworker_id, "profiling_objection", citizen_id=citizen_id,
                     payload={"active": active, "article": "GDPR Art. 21",
                              DIGEST_FIELD: stored_digest(db, audit.key, "profiling_objections",
                                                          citizen_id)})
    return active

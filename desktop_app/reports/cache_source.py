"""Read what the sheet needs from the case cache: the citizen and the latest app decision.

Only citizen-facing decision fields are selected; `reason_text` and `own_assessment` are
caseworker notes and are never read here.
"""

from __future__ import annotations

import json

import sqlite_utils

from desktop_app.reports.inputs import RecordedDecision


def latest_decision(db: sqlite_utils.Database, citizen_id: str) -> RecordedDecision | None:
    row = db.execute(
        "SELECT id, decided_at, caseworker_id, programme_id, suggested_programme_id, "
        "reason_code, job_referrals FROM app_decisions WHERE citizen_id = ? "
        "ORDER BY decided_at DESC, id DESC LIMIT 1",
        (citizen_id,),
    ).fetchone()
    if row is None:
        return None
    try:
        referrals = json.loads(row[6] or "[]")
    except json.JSONDecodeError:
        referrals = []
    return RecordedDecision(
        decided_at=str(row[1]), caseworker_id=str(row[2]), programme_id=row[3],
        suggested_programme_id=row[4], reason_code=row[5],
        job_referrals=tuple(str(r.get("title") or r.get("id") if isinstance(r, dict) else r)
                            for r in referrals if r),
        decision_id=int(row[0]),
    )


def data_source(db: sqlite_utils.Database) -> str | None:
    """The case system named in the last imported bundle's manifest, if any."""
    row = db.execute("SELECT source_system FROM imports WHERE source_system IS NOT NULL "
                     "ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0]) if row and row[0] else None

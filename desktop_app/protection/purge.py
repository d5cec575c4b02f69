"""Retention purge of closed cases (GDPR Art. 17): delete completely, leave nothing readable.

A case is purged when it was closed (`case_closed`) or left the caseload (`left_caseload`)
longer ago than the rule. In one transaction: the citizen row is deleted (child tables and the
app's decisions and objections cascade; the FTS triggers remove its search entries), the
audit entries naming it are pseudonymised (citizen_id blanked, free text dropped from the
payload; the chain covers the keyed `citizen_ref` and a keyed payload digest, so it still
verifies), and the purge is audited with the list of entries it pseudonymised. Afterwards
the FTS index is optimised, the WAL checkpointed and truncated, and the file vacuumed, with
secure_delete on, so neither free pages nor the WAL hold the purged bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import sqlite_utils

from desktop_app.cache.audit import AuditLog, canonical
from desktop_app.cache.connection import transaction
from desktop_app.protection.audit_retention import NO_UPDATE_TRIGGER

MIN_CASE_DAYS = 1


@dataclass
class CasePurge:
    citizens: int = 0
    audit_entries_pseudonymised: int = 0
    citizen_ids: list[str] = field(default_factory=list, repr=False)


def purgeable_citizens(
    db: sqlite_utils.Database, older_than_days: int, today: dt.date
) -> list[str]:
    cutoff = (today - dt.timedelta(days=older_than_days)).isoformat()
    rows = db.execute(
        "SELECT id FROM citizens WHERE (case_closed IS NOT NULL AND case_closed < ?) "
        "OR (left_caseload IS NOT NULL AND left_caseload < ?) ORDER BY id",
        (cutoff, cutoff),
    )
    return [row[0] for row in rows]


def purge_closed_cases(
    db: sqlite_utils.Database,
    audit: AuditLog,
    *,
    older_than_days: int,
    actor: str,
    today: dt.date | None = None,
) -> CasePurge:
    if older_than_days < MIN_CASE_DAYS:
        raise ValueError("--older-than must be at least one day")
    today = today or dt.date.today()
    report = CasePurge()
    pseudonymised: list[int] = []
    with transaction(db):
        ids = purgeable_citizens(db, older_than_days, today)
        report.citizen_ids = ids
        report.citizens = len(ids)
        if ids:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS purge_ids (id TEXT PRIMARY KEY)")
            db.execute("DELETE FROM purge_ids")
            db.conn.executemany("INSERT INTO purge_ids (id) VALUES (?)", [(i,) for i in ids])
            db.execute("DELETE FROM citizens WHERE id IN (SELECT id FROM purge_ids)")
            pseudonymised = _pseudonymise(db, audit, ids)
            report.audit_entries_pseudonymised = len(pseudonymised)
            db.execute("DELETE FROM purge_ids")
        audit.append(
            actor,
            "cases_purged",
            payload={
                "citizens": report.citizens,
                "audit_entries_pseudonymised": report.audit_entries_pseudonymised,
                "pseudonymised_seqs": pseudonymised,
                "older_than_days": older_than_days,
            },
        )
    scrub(db)
    return report


def _is_code(value: object) -> bool:
    """Kept in a pseudonymised payload: numbers, flags, and short codes/ids/hashes."""
    if isinstance(value, str):
        return len(value) <= 64 and not any(ch.isspace() for ch in value)
    if isinstance(value, list):
        return all(_is_code(v) for v in value)
    return value is None or isinstance(value, bool | int | float)


def _pseudonymise(db: sqlite_utils.Database, audit: AuditLog, ids: list[str]) -> list[int]:
    """Blank the citizen id of the purged cases' audit entries and drop free text from their
    payloads (format 3 chains a digest of the payload, so the chain still verifies)."""
    from desktop_app.cache.audit import PSEUDONYMISED, citizen_ref

    rows = db.execute(
        "SELECT seq, payload, chain_format FROM audit_log "
        "WHERE citizen_id IN (SELECT id FROM purge_ids) ORDER BY seq"
    ).fetchall()
    db.execute("DROP TRIGGER audit_log_no_update")
    # Entries from before schema 2 carry no citizen_ref yet: give them one first.
    db.conn.executemany(
        "UPDATE audit_log SET citizen_ref = ? WHERE citizen_id = ? AND citizen_ref IS NULL",
        [(citizen_ref(audit.key, i), i) for i in ids],
    )
    for seq, payload, chain_format in rows:
        if chain_format >= 3:
            kept = {k: v for k, v in json.loads(payload).items() if _is_code(v)}
            kept[PSEUDONYMISED] = True
            db.execute("UPDATE audit_log SET payload = ? WHERE seq = ?",
                       (canonical(kept).decode(), seq))
    db.execute(
        "UPDATE audit_log SET citizen_id = NULL WHERE citizen_id IN (SELECT id FROM purge_ids)"
    )
    db.execute(NO_UPDATE_TRIGGER)
    return [row[0] for row in rows]


def scrub(db: sqlite_utils.Database) -> None:
    """Leave no deleted bytes behind: FTS merge, WAL truncated, free pages vacuumed away."""
    db.execute("PRAGMA secure_delete = ON")
    db.execute("INSERT INTO citizens_fts(citizens_fts) VALUES('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

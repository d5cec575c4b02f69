"""Audit retention: remove only the oldest entries, never younger than six months.

The AI Act (Art. 26(6)) asks deployers to keep logs at least six months. A purge deletes the
entries older than the rule in one transaction: it drops the append-only trigger, deletes,
recreates the trigger, writes a checkpoint signed with the audit key (seq and hash of the last
removed entry, where verification then starts) and appends an `audit_purged` entry, so the purge
itself is on the record. Any failure rolls all of it back, trigger included.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from desktop_app.cache.audit import MIN_AUDIT_DAYS, AuditLog, checkpoint_signature
from desktop_app.cache.connection import transaction

NO_DELETE_TRIGGER = """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""
NO_UPDATE_TRIGGER = """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""


class RetentionError(Exception):
    """A retention request breaks a rule; the message says which."""


@dataclass(frozen=True)
class AuditPurge:
    removed: int
    checkpoint_seq: int
    checkpoint_hash: str


def purge_audit(
    db: sqlite_utils.Database,
    audit: AuditLog,
    *,
    older_than_days: int,
    actor: str,
    now: dt.datetime | None = None,
) -> AuditPurge:
    """Delete audit entries older than `older_than_days` (at least six months)."""
    if older_than_days < MIN_AUDIT_DAYS:
        raise RetentionError(
            f"audit entries must be kept at least {MIN_AUDIT_DAYS} days (six months, AI Act "
            f"Art. 26); {older_than_days} days is too short"
        )
    now = now or dt.datetime.now(dt.UTC)
    cutoff = (now - dt.timedelta(days=older_than_days)).isoformat(timespec="milliseconds")
    with transaction(db):
        if audit.verify():
            raise RetentionError(
                "the audit chain does not verify; purge refused so no evidence is lost "
                "(run `wayfinder-admin audit verify`)"
            )
        last = db.execute(
            "SELECT seq, hash FROM audit_log WHERE at < ? ORDER BY seq DESC LIMIT 1", (cutoff,)
        ).fetchone()
        if last is None:
            return AuditPurge(0, *audit.head())
        seq, digest = last
        previous = audit.checkpoint()
        removed = int(db.execute("SELECT count(*) FROM audit_log WHERE seq <= ?", (seq,))
                      .fetchone()[0])
        total_removed = removed + (previous.removed if previous else 0)
        at = now.isoformat(timespec="milliseconds")
        db.execute("DROP TRIGGER audit_log_no_delete")
        db.execute("DELETE FROM audit_log WHERE seq <= ?", (seq,))
        db.execute(NO_DELETE_TRIGGER)
        db.execute(
            "INSERT OR REPLACE INTO audit_checkpoint (id, seq, hash, at, removed, signature) "
            "VALUES (1, ?, ?, ?, ?, ?)",
            (seq, digest, at, total_removed,
             checkpoint_signature(audit.key, seq, digest, at, total_removed)),
        )
        audit.append(
            actor,
            "audit_purged",
            payload={"through_seq": seq, "through_hash": digest, "removed": removed,
                     "older_than_days": older_than_days},
            at=now,
        )
    return AuditPurge(removed, seq, digest)

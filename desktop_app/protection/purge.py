"""Retention purge of closed cases (GDPR Art. 17): delete completely, leave nothing readable.

A case is purged when it was closed (`case_closed`) or left the caseload (`left_caseload`)
longer ago than the rule. In one transaction: the citizen row is deleted (child tables and the
app's decisions, objections and caseworker assignments cascade; the FTS triggers remove its
search entries; the roster's caseloads drop its id), the
audit entries naming it are pseudonymised (citizen_id blanked, free text dropped from the
payload; the chain covers the keyed `citizen_ref` and a keyed payload digest, so it still
verifies), and the purge is audited with the list of entries it pseudonymised. Afterwards
the FTS index is optimised, the WAL checkpointed and truncated, and the file vacuumed, with
secure_delete on, so neither free pages nor the WAL hold the purged bytes.

Nothing made in the app is lost unnoticed: while a case due for purging holds decisions or
objections not yet exported to the case system (`export-decisions`), the purge is refused;
`discard_unexported` overrides that, and the audited purge entry records what was discarded.
The deletion commits with a "scrub pending" mark; if the vacuum then fails (a full disk), the
mark stays, the error says what is left, and the next purge finishes the scrub first.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import sqlite_utils

from desktop_app.cache import meta
from desktop_app.cache.audit import AuditLog, canonical, payload_digest
from desktop_app.cache.connection import database_errors, database_problem, transaction
from desktop_app.protection.audit_retention import NO_UPDATE_TRIGGER

MIN_CASE_DAYS = 1


@dataclass
class CasePurge:
    citizens: int = 0
    audit_entries_pseudonymised: int = 0
    citizen_ids: list[str] = field(default_factory=list, repr=False)
    unexported_discarded: dict[str, int] = field(default_factory=dict)
    scrub_resumed: bool = False  # an earlier purge's unfinished scrub was finished


class PurgeRefused(Exception):
    """Cases due for purging hold work done in the app that has not gone back yet."""

    def __init__(self, counts: dict[str, int], citizens: int) -> None:
        self.counts = counts
        what = " and ".join(f"{n:,} {kind}" for kind, n in counts.items() if n)
        super().__init__(
            f"{citizens:,} case(s) are due for purging, but they hold {what} recorded in "
            "Wayfinder and not yet exported to the case system. Nothing was purged. Run "
            "`wayfinder-admin export-decisions OUT` and hand OUT to the case system first; "
            "to purge anyway and lose them, add --discard-unexported (recorded in the audit "
            "log).")


class ScrubIncomplete(Exception):
    """The cases were deleted, but the file could not be compacted; rerun to finish."""

    def __init__(self, result: CasePurge, problem: str, older_than_days: int) -> None:
        self.result = result
        super().__init__(
            f"{result.citizens:,} case(s) were deleted, but the case cache could not then be "
            f"compacted ({problem}). Until it is, the deleted data may still be readable in "
            "the file's free pages. Free disk space (about the cache's size is needed) and "
            f"run `wayfinder-admin purge --older-than {older_than_days}` again: it finishes "
            "the compaction first.")


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


def unexported_work(db: sqlite_utils.Database) -> dict[str, int]:
    """Decisions and objections of the cases in `purge_ids` not yet exported."""
    counts = {}
    for kind, table in (("decision(s)", "app_decisions"),
                        ("objection(s) to profiling", "profiling_objections")):
        counts[kind] = int(db.execute(
            f"SELECT count(*) FROM {table} WHERE exported_at IS NULL "
            "AND citizen_id IN (SELECT id FROM purge_ids)").fetchone()[0])
    return {kind: n for kind, n in counts.items() if n}


def purge_closed_cases(
    db: sqlite_utils.Database,
    audit: AuditLog,
    *,
    older_than_days: int,
    actor: str,
    today: dt.date | None = None,
    discard_unexported: bool = False,
) -> CasePurge:
    """Purge by the rule; raises PurgeRefused (nothing changed) or ScrubIncomplete (cases
    deleted, compaction still to do: run again)."""
    if older_than_days < MIN_CASE_DAYS:
        raise ValueError("--older-than must be at least one day")
    today = today or dt.date.today()
    report = CasePurge()
    pending = meta.get(db, meta.SCRUB_PENDING) is not None
    if pending:
        _scrub_or_raise(db, report, older_than_days)  # finish what an earlier purge left
        report.scrub_resumed = True
    pseudonymised: dict[int, str] = {}
    with transaction(db):
        ids = purgeable_citizens(db, older_than_days, today)
        report.citizen_ids = ids
        report.citizens = len(ids)
        if ids:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS purge_ids (id TEXT PRIMARY KEY)")
            db.execute("DELETE FROM purge_ids")
            db.conn.executemany("INSERT INTO purge_ids (id) VALUES (?)", [(i,) for i in ids])
            unexported = unexported_work(db)
            if unexported and not discard_unexported:
                raise PurgeRefused(unexported, len(ids))
            report.unexported_discarded = unexported
            db.execute("DELETE FROM citizens WHERE id IN (SELECT id FROM purge_ids)")
            _drop_from_caseloads(db)
            pseudonymised = _pseudonymise(db, audit, ids)
            report.audit_entries_pseudonymised = len(pseudonymised)
            db.execute("DELETE FROM purge_ids")
            meta.put(db, meta.SCRUB_PENDING, dt.datetime.now(dt.UTC).isoformat())
        audit.append(
            actor,
            "cases_purged",
            payload={
                "citizens": report.citizens,
                "audit_entries_pseudonymised": report.audit_entries_pseudonymised,
                "pseudonymised_seqs": list(pseudonymised),
                # what each pseudonymised entry was left with: later edits are detected
                "pseudonymised_digests": {str(s): d for s, d in pseudonymised.items()},
                "older_than_days": older_than_days,
                "unexported_discarded": report.unexported_discarded,
            },
        )
    if ids:
        _scrub_or_raise(db, report, older_than_days)
    return report


def _scrub_or_raise(db: sqlite_utils.Database, report: CasePurge, older_than_days: int) -> None:
    try:
        scrub(db)
        with transaction(db):
            meta.remove(db, meta.SCRUB_PENDING)
    except database_errors() as error:
        raise ScrubIncomplete(report, database_problem(error, "file"), older_than_days) from error


def _drop_from_caseloads(db: sqlite_utils.Database) -> None:
    """The roster's caseloads (contract 1.1) no longer name a purged citizen."""
    db.execute(
        """UPDATE caseworkers SET caseload = (
               SELECT json_group_array(value) FROM json_each(caseworkers.caseload)
               WHERE value NOT IN (SELECT id FROM purge_ids))
           WHERE caseload IS NOT NULL AND EXISTS (
               SELECT 1 FROM json_each(caseworkers.caseload)
               WHERE value IN (SELECT id FROM purge_ids))"""
    )


def _is_code(value: object) -> bool:
    """Kept in a pseudonymised payload: numbers, flags, and short codes/ids/hashes."""
    if isinstance(value, str):
        return len(value) <= 64 and not any(ch.isspace() for ch in value)
    if isinstance(value, list):
        return all(_is_code(v) for v in value)
    return value is None or isinstance(value, bool | int | float)


def _pseudonymise(db: sqlite_utils.Database, audit: AuditLog, ids: list[str]) -> dict[int, str]:
    """Blank the citizen id of the purged cases' audit entries and drop free text from their
    payloads (format 3 chains a digest of the payload, so the chain still verifies); returns
    each entry's seq with the keyed digest of the payload it was left with."""
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
    left: dict[int, str] = {}
    for seq, payload, chain_format in rows:
        if chain_format >= 3:
            kept = {k: v for k, v in json.loads(payload).items() if _is_code(v)}
            kept[PSEUDONYMISED] = True
            db.execute("UPDATE audit_log SET payload = ? WHERE seq = ?",
                       (canonical(kept).decode(), seq))
            left[seq] = payload_digest(audit.key, kept)
        else:
            left[seq] = payload_digest(audit.key, json.loads(payload))
    db.execute(
        "UPDATE audit_log SET citizen_id = NULL WHERE citizen_id IN (SELECT id FROM purge_ids)"
    )
    db.execute(NO_UPDATE_TRIGGER)
    return left


def scrub(db: sqlite_utils.Database) -> None:
    """Leave no deleted bytes behind: FTS merge, WAL truncated, free pages vacuumed away."""
    db.execute("PRAGMA secure_delete = ON")
    db.execute("INSERT INTO citizens_fts(citizens_fts) VALUES('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

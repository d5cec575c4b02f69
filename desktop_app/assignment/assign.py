"""Unassigned citizens, proposals for all of them, and the team lead's accept or change.

Citizens in the caseload (not closed, not left) that no caseworker on the roster holds are
unassigned: new cases, and those of a caseworker who left. Proposals for several citizens are
made one after the other, each counting the ones before it on the caseloads, so that they do
not all go to the same caseworker. Accepting or changing a proposal is stored
(`caseworker_assignments`) and audited in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict

import sqlite_utils

from desktop_app.assignment.own_effect import own_effects
from desktop_app.assignment.proposal import Proposal, propose
from desktop_app.assignment.roster import Caseworker, load_roster
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import transaction
from desktop_app.cache.records import export_date, load_citizen

ASSIGNED = "caseworker_assigned"


class AssignmentError(ValueError):
    """The assignment names an unknown citizen or caseworker."""


def unassigned_citizens(db: sqlite_utils.Database,
                        roster: dict[str, Caseworker] | None = None,
                        as_of: dt.date | None = None) -> list[str]:
    """Open cases no caseworker on the roster holds, leaving out citizens in work or education
    on `as_of` (the export day): a case the case system has not closed yet, of someone who
    found work, waits for no caseworker."""
    roster = load_roster(db) if roster is None else roster
    day = (as_of or export_date(db) or dt.date.today()).isoformat()
    held = set().union(*(w.caseload for w in roster.values())) if roster else set()
    rows = db.execute(
        "SELECT c.id FROM citizens c WHERE c.left_caseload IS NULL AND c.case_closed IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM outcomes s WHERE s.citizen_id = c.id "
        "  AND s.status IN ('employed', 'education') AND s.start <= :day "
        "  AND (s.\"end\" IS NULL OR s.\"end\" > :day)) ORDER BY c.id", {"day": day})
    return [r[0] for r in rows if r[0] not in held]


def last_deciding_caseworker(db: sqlite_utils.Database, citizen_id: str) -> frozenset[str]:
    row = db.execute("SELECT caseworker_id FROM decisions WHERE citizen_id = ? AND "
                     "caseworker_id IS NOT NULL ORDER BY date DESC LIMIT 1",
                     (citizen_id,)).fetchone()
    return frozenset({row[0]}) if row else frozenset()


def propose_for(db: sqlite_utils.Database, citizen_ids: list[str], *,
                use_own_effect: bool = False, as_of: dt.date | None = None,
                roster: dict[str, Caseworker] | None = None) -> list[Proposal]:
    as_of = as_of or export_date(db) or dt.date.today()
    roster = load_roster(db) if roster is None else roster
    effects = own_effects(db, as_of) if use_own_effect else None
    out = []
    for citizen_id in citizen_ids:
        records = load_citizen(db, citizen_id)
        if records is None:
            raise AssignmentError(f"no citizen with id {citizen_id!r} in the case cache")
        proposal = propose(records.citizen, roster, as_of,
                           last_deciding_caseworker(db, citizen_id), effects)
        out.append(proposal)
        if proposal.proposed is not None:  # counted on the caseload for the next proposal
            for worker in roster.values():
                worker.caseload.discard(citizen_id)
            roster[proposal.proposed.caseworker_id].caseload.add(citizen_id)
    return out


def record_assignment(db: sqlite_utils.Database, audit: AuditLog, proposal: Proposal,
                      caseworker_id: str, *, actor: str,
                      now: dt.datetime | None = None) -> int:
    """Store the team lead's choice (the proposal accepted, or changed) and audit it."""
    if caseworker_id not in load_roster(db):
        raise AssignmentError(f"no caseworker with id {caseworker_id!r} on the roster")
    if load_citizen(db, proposal.citizen_id) is None:
        raise AssignmentError(f"no citizen with id {proposal.citizen_id!r} in the case cache")
    now = now or dt.datetime.now(dt.UTC)
    proposed = proposal.proposed
    chosen = next((c for c in proposal.candidates if c.caseworker_id == caseworker_id), None)
    reasons = [asdict(r) for r in chosen.reasons] if chosen else []
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO caseworker_assignments (citizen_id, caseworker_id, "
            "proposed_caseworker_id, assigned_at, assigned_by, reasons) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (proposal.citizen_id, caseworker_id, proposed.caseworker_id if proposed else None,
             now.isoformat(timespec="seconds"), actor, json.dumps(reasons, ensure_ascii=False)))
        audit.append(actor, ASSIGNED, citizen_id=proposal.citizen_id, at=now, payload={
            "caseworker_id": caseworker_id,
            "proposed_caseworker_id": proposed.caseworker_id if proposed else None,
            "followed_proposal": bool(proposed and proposed.caseworker_id == caseworker_id),
            "previous": list(proposal.current),
            "reason_codes": [r["code"] for r in reasons],
        })
    return int(cursor.lastrowid or 0)

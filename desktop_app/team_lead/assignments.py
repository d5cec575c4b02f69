"""The assignment screen's questions: who is waiting for a caseworker, the explained proposal
for each, and the team lead's choice (the proposal accepted, or changed), audited.

Proposals for several citizens count the ones before them on the caseloads
(`assignment.assign.propose_for`). The own-effect estimate is off unless the team lead turns
it on for this list; it is then shrunk, shown with its interval and only where it rests on
enough cases. Gender and country of birth are never read here.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import sqlite_utils

from desktop_app.assignment.assign import (
    AssignmentError,
    propose_for,
    record_assignment,
    unassigned_citizens,
)
from desktop_app.assignment.proposal import Candidate, Proposal, Reason
from desktop_app.assignment.roster import load_roster
from desktop_app.cache.audit import AuditLog

__all__ = [
    "Assigned",
    "AssignmentError",
    "AssignmentQueue",
    "Candidate",
    "Proposal",
    "Reason",
    "RosterEntry",
    "WaitingCitizen",
    "assign_caseworker",
    "assignment_queue",
]

MAX_LIST = 200


@dataclass(frozen=True)
class RosterEntry:
    caseworker_id: str
    display_name: str
    team: str | None
    caseload: int
    max_caseload: int | None
    languages: tuple[str, ...]
    specialisms: tuple[str, ...]


@dataclass(frozen=True)
class WaitingCitizen:
    citizen_id: str
    name: str
    preferred_language: str | None
    proposal: Proposal


@dataclass(frozen=True)
class AssignmentQueue:
    citizens: tuple[WaitingCitizen, ...]  # unassigned citizens, each with a proposal
    unassigned: int  # all unassigned citizens (the list shows at most `limit`)
    roster: tuple[RosterEntry, ...]  # every caseworker, by id
    own_effect: bool  # the own-effect estimate was weighed


@dataclass(frozen=True)
class Assigned:
    citizen_id: str
    caseworker_id: str
    proposed_caseworker_id: str | None
    followed_proposal: bool
    assignment_id: int


def _roster_entries(db: sqlite_utils.Database) -> tuple[RosterEntry, ...]:
    """The roster as it stands in the app (assignments made here move the caseloads)."""
    return tuple(
        RosterEntry(w.id, w.display_name, w.team, len(w.caseload), w.max_caseload,
                    tuple(sorted(w.languages)), tuple(sorted(w.specialisms)))
        for w in sorted(load_roster(db).values(), key=lambda w: w.id))


def assignment_queue(db: sqlite_utils.Database, *, use_own_effect: bool = False,
                     limit: int = MAX_LIST, as_of: dt.date | None = None) -> AssignmentQueue:
    """Citizens no caseworker holds (open cases), each with an explained proposal."""
    waiting = unassigned_citizens(db)
    ids = waiting[:limit]
    proposals = propose_for(db, ids, use_own_effect=use_own_effect, as_of=as_of)
    people = {r[0]: (r[1], r[2]) for r in db.execute(
        "SELECT id, name, preferred_language FROM citizens WHERE id IN "
        "(SELECT value FROM json_each(?))", (json.dumps(ids),))}
    citizens = tuple(
        WaitingCitizen(p.citizen_id, str(people.get(p.citizen_id, ("", None))[0] or ""),
                       people.get(p.citizen_id, ("", None))[1], p)
        for p in proposals)
    return AssignmentQueue(citizens, len(waiting), _roster_entries(db), use_own_effect)


def assign_caseworker(db: sqlite_utils.Database, audit: AuditLog, shown: Proposal,
                      caseworker_id: str, *, actor: str) -> Assigned:
    """Record the team lead's choice for one citizen against the proposal the screen showed
    (`shown`): the audit entry names what was proposed, the choice and whether it followed."""
    number = record_assignment(db, audit, shown, caseworker_id, actor=actor)
    proposed = shown.proposed.caseworker_id if shown.proposed else None
    return Assigned(shown.citizen_id, caseworker_id, proposed, proposed == caseworker_id,
                    number)

"""Check the app's decisions and objections against the audit entries that recorded them.

Each `decision_recorded`/`decision_override` entry names its decision id and carries the
record's digest; each `profiling_objection` entry carries the digest of the citizen's
objection row as it was left. The newest entry for a record is what the record must still
match. A record with no entry was inserted outside the app; an entry whose record is gone
was deleted, unless an audited purge pseudonymised the entry (the case was purged). Entries
written before digests existed are counted and named as not checkable.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any, Protocol

import msgspec
import sqlite_utils

from desktop_app.cache.record_digest import DIGEST_FIELD, all_records, record_digest

DECISION_ACTIONS = ("decision_recorded", "decision_override")
OBJECTION_ACTION = "profiling_objection"
PSEUDONYMISED = "_pseudonymised"


class Report(Protocol):
    problems: list[str]
    notes: list[str]


@dataclass(frozen=True)
class RecordedEntry:
    seq: int
    digest: str | None
    pseudonymised: bool


def decision_entries(db: sqlite_utils.Database) -> dict[int, RecordedEntry]:
    """The newest audit entry of each decision id."""
    found: dict[int, RecordedEntry] = {}
    marks = ", ".join("?" for _ in DECISION_ACTIONS)
    for seq, payload in db.execute(
        f"SELECT seq, payload FROM audit_log WHERE action IN ({marks}) ORDER BY seq",
        DECISION_ACTIONS,
    ):
        body = _decode(payload)
        decision_id = body.get("decision_id")
        if isinstance(decision_id, int) and not isinstance(decision_id, bool):
            found[decision_id] = _entry(seq, body)
    return found


def objection_entries(db: sqlite_utils.Database) -> dict[str, RecordedEntry]:
    """The newest audit entry of each citizen's objection, by the entry's citizen_ref."""
    found: dict[str, RecordedEntry] = {}
    for seq, ref, payload in db.execute(
        "SELECT seq, citizen_ref, payload FROM audit_log WHERE action = ? ORDER BY seq",
        (OBJECTION_ACTION,),
    ):
        if ref is not None:
            found[ref] = _entry(seq, _decode(payload))
    return found


def decision_problem(key: bytes, record: dict[str, Any], entry: RecordedEntry | None) -> str | None:
    """Why a stored decision does not match its audit entry, or None when it does (or when
    the entry predates digests and cannot say)."""
    if entry is None:
        return (f"decision {record['id']} has no audit entry (it was added outside the app)")
    if entry.digest is not None and not hmac.compare_digest(
            entry.digest, record_digest(key, "app_decisions", record)):
        return (f"decision {record['id']} was changed after it was recorded (audit entry "
                f"{entry.seq} holds the original)")
    return None


def check_records(db: sqlite_utils.Database, key: bytes, purged: dict[int, str | None],
                  report: Report) -> None:
    decisions, decisions_unchecked = decision_problems(db, key)
    objections, objections_unchecked = objection_problems(db, key, purged)
    report.problems.extend(decisions + objections)
    unchecked = decisions_unchecked + objections_unchecked
    if unchecked:
        report.notes.append(f"{unchecked} decision(s) or objection(s) were recorded before "
                            "their content was hashed into the audit chain; they cannot be "
                            "checked")


def decision_problems(db: sqlite_utils.Database, key: bytes) -> tuple[list[str], int]:
    """What is wrong with the app's decisions against their audit entries (changed, added
    outside the app, deleted other than by an audited purge), and how many predate digests."""
    problems: list[str] = []
    unchecked = 0
    entries = decision_entries(db)
    decisions = all_records(db, "app_decisions")
    for decision_id, record in decisions.items():
        problem = decision_problem(key, record, entries.get(decision_id))
        if problem:
            problems.append(problem)
        elif entries[decision_id].digest is None:
            unchecked += 1
    for decision_id, entry in entries.items():
        if decision_id not in decisions and not entry.pseudonymised:
            problems.append(f"decision {decision_id} was deleted (audit entry {entry.seq} "
                            "recorded it)")
    return problems, unchecked


def objection_problems(db: sqlite_utils.Database, key: bytes,
                       purged: dict[int, str | None]) -> tuple[list[str], int]:
    """What is wrong with the stored objections to profiling against their audit entries
    (changed, added outside the app, deleted), and how many predate digests and cannot say.
    `purged`: the entries audited purges pseudonymised (their objections are gone lawfully)."""
    from desktop_app.cache.pseudonyms import citizen_ref

    problems: list[str] = []
    unchecked = 0
    by_ref = objection_entries(db)
    refs = set()
    for citizen_id, record in all_records(db, "profiling_objections").items():
        ref = citizen_ref(key, citizen_id)
        refs.add(ref)
        entry = by_ref.get(ref)
        if entry is None:
            problems.append("an objection to profiling has no audit entry (it was added "
                            "outside the app)")
        elif entry.digest is None:
            unchecked += 1
        elif not hmac.compare_digest(entry.digest,
                                     record_digest(key, "profiling_objections", record)):
            problems.append(f"an objection to profiling was changed after it was recorded "
                            f"(audit entry {entry.seq} holds the original)")
    for ref, entry in by_ref.items():
        if ref not in refs and not entry.pseudonymised and entry.seq not in purged:
            problems.append(f"an objection to profiling was deleted (audit entry {entry.seq} "
                            "recorded it)")
    return problems, unchecked


def _decode(payload: str) -> dict[str, Any]:
    try:
        body = msgspec.json.decode(payload)
    except msgspec.DecodeError:
        return {}
    return body if isinstance(body, dict) else {}


def _entry(seq: int, body: dict[str, Any]) -> RecordedEntry:
    digest = body.get(DIGEST_FIELD)
    return RecordedEntry(seq, digest if isinstance(digest, str) else None,
                         bool(body.get(PSEUDONYMISED)))

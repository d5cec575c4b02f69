"""The caseworker's choices on a skill profile, kept in the case cache with an audit entry each.

Confirm/remove decisions live in `skill_choices`, skills found in CV files added in the app in
`cv_file_skills` (cache schema migration 3). Every change is written in one transaction with
its audit entry, so the cache never holds a choice the audit log does not show.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import transaction
from desktop_app.matching.skill_finder import FoundSkill

STATUSES = ("confirmed", "removed", "suggested")  # suggested: the choice is taken back


@dataclass(frozen=True)
class CaseChoices:
    decisions: dict[str, str]  # skill URI -> confirmed | removed
    cv_file_skills: tuple[tuple[str, str, str], ...]  # (skill URI, file name, matched words)

    @property
    def cv_files(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(name for _, name, _ in self.cv_file_skills))


def load_choices(db: sqlite_utils.Database, citizen_id: str) -> CaseChoices:
    decisions = {
        str(row[0]): str(row[1])
        for row in db.execute(
            "SELECT skill_uri, status FROM skill_choices WHERE citizen_id = ?", (citizen_id,)
        )
    }
    found = tuple(
        (str(row[0]), str(row[1]), str(row[2]))
        for row in db.execute(
            "SELECT skill_uri, file_name, snippet FROM cv_file_skills WHERE citizen_id = ? "
            "ORDER BY added_at, file_name, skill_uri",
            (citizen_id,),
        )
    )
    return CaseChoices(decisions, found)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def set_skill_status(
    db: sqlite_utils.Database,
    audit: AuditLog,
    citizen_id: str,
    skill_uri: str,
    status: str,
    caseworker: str,
) -> None:
    """Record that the caseworker confirmed, removed, or took back a choice on one skill."""
    if status not in STATUSES:
        raise ValueError(f"skill status {status!r} is not one of {', '.join(STATUSES)}")
    with transaction(db):
        if status == "suggested":
            db.execute(
                "DELETE FROM skill_choices WHERE citizen_id = ? AND skill_uri = ?",
                (citizen_id, skill_uri),
            )
        else:
            db.execute(
                "INSERT INTO skill_choices VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (citizen_id, skill_uri) DO UPDATE SET status = excluded.status, "
                "decided_at = excluded.decided_at, caseworker_id = excluded.caseworker_id",
                (citizen_id, skill_uri, status, _now(), caseworker),
            )
        audit.append(
            caseworker,
            f"skill_{status}",
            citizen_id=citizen_id,
            payload={"skill": skill_uri},
        )


def add_cv_file_skills(
    db: sqlite_utils.Database,
    audit: AuditLog,
    citizen_id: str,
    file_name: str,
    found: list[FoundSkill],
    caseworker: str,
) -> None:
    """Keep the skills found in a CV file the caseworker added (the file's text is not kept)."""
    when = _now()
    with transaction(db):
        db.execute(
            "DELETE FROM cv_file_skills WHERE citizen_id = ? AND file_name = ?",
            (citizen_id, file_name),
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO cv_file_skills VALUES (?, ?, ?, ?, ?, ?)",
            [(citizen_id, file_name, f.uri, f.snippet, when, caseworker) for f in found],
        )
        audit.append(
            caseworker,
            "cv_file_added",
            citizen_id=citizen_id,
            payload={"file": file_name, "skills": [f.uri for f in found]},
        )

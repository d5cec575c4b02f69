"""The roster as it stands in the app: the imported caseworkers (contract 1.1) with their
caseloads, moved by the assignments made in the app since (the latest one per citizen wins
until the case system's roster shows it)."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from desktop_app.cache.records import load_all

MEETING_LEVELS = frozenset({"B2", "C1", "C2", "native"})  # a caseworker holds meetings at


@dataclass
class Caseworker:
    id: str
    display_name: str
    team: str | None
    languages: frozenset[str]  # languages the caseworker can hold a meeting in
    specialisms: frozenset[str]
    max_caseload: int | None
    caseload: set[str] = field(default_factory=set)

    @property
    def room(self) -> int | None:
        return None if self.max_caseload is None else self.max_caseload - len(self.caseload)


def meeting_languages(languages: object) -> frozenset[str]:
    """Codes of the languages a roster entry lists at meeting level (level unknown: listed)."""
    out = set()
    for item in languages if isinstance(languages, list) else ():
        if isinstance(item, dict) and isinstance(item.get("code"), str):
            level = item.get("cefr")
            if level is None or level in MEETING_LEVELS:
                out.add(item["code"].lower())
    return frozenset(out)


def load_roster(db: sqlite_utils.Database) -> dict[str, Caseworker]:
    roster: dict[str, Caseworker] = {}
    for row in load_all(db, "caseworkers"):
        roster[row["id"]] = Caseworker(
            row["id"], str(row.get("display_name") or row["id"]), row.get("team"),
            meeting_languages(row.get("languages")),
            frozenset(s for s in row.get("specialisms") or () if isinstance(s, str)),
            row.get("max_caseload"), set(row.get("caseload") or ()))
    for citizen_id, caseworker_id in latest_assignments(db).items():
        for worker in roster.values():
            worker.caseload.discard(citizen_id)
        if caseworker_id in roster:
            roster[caseworker_id].caseload.add(citizen_id)
    return roster


def latest_assignments(db: sqlite_utils.Database) -> dict[str, str]:
    """citizen -> caseworker of the latest assignment made in the app, per citizen, that is
    newer than the last imported roster."""
    rows = db.execute(
        "SELECT a.citizen_id, a.caseworker_id FROM caseworker_assignments a "
        "WHERE a.id = (SELECT max(id) FROM caseworker_assignments b "
        "              WHERE b.citizen_id = a.citizen_id) "
        "AND a.assigned_at >= coalesce((SELECT max(imported_at) FROM imports i "
        "     WHERE EXISTS (SELECT 1 FROM caseworkers c WHERE c.import_id = i.id)), '')")
    return {str(r[0]): str(r[1]) for r in rows}


def current_caseworkers(roster: dict[str, Caseworker], citizen_id: str) -> list[str]:
    return sorted(w.id for w in roster.values() if citizen_id in w.caseload)

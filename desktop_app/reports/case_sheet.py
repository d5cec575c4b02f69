"""The one path from the case cache to a sheet, used by the app and the command line alike.

A decision's sheet is built from what was stored with it (its snapshot, who decided, the name
printed for them), never from a new score, so the app and `wayfinder-admin sheet` give
byte-identical canonical content for the same decision. A sheet before any decision is a
proposal: its snapshot is stored in `proposals` when it is issued, with its own id, so it too
can be printed again with the same content. An objection to profiling active when the sheet is
printed removes every model output from it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.cache.records import load_all, load_citizen
from desktop_app.decisions.objections import objection_state
from desktop_app.decisions.snapshot import WhatWasShown, build_snapshot
from desktop_app.reports.builder import SheetRequest
from desktop_app.reports.inputs import (
    ComputerPart,
    ObjectionInput,
    RecordedDecision,
    computer_from_snapshot,
)
from desktop_app.reports.rights import RightsTemplateError, load_rights


class SheetSourceError(LookupError):
    """There is nothing to print (no such citizen, decision or proposal); says which."""


_DECISION_COLUMNS = ("id, decided_at, caseworker_id, programme_id, suggested_programme_id, "
                     "reason_code, job_referrals, snapshot, suggestions, caseworker_name")


def _decision_row(db: sqlite_utils.Database, citizen_id: str,
                  decision_id: int | None) -> Sequence[Any] | None:
    if decision_id is not None:
        row = db.execute(f"SELECT {_DECISION_COLUMNS} FROM app_decisions WHERE id = ? "
                         "AND citizen_id = ?", (decision_id, citizen_id)).fetchone()
        if row is None:
            raise SheetSourceError(f"no decision {decision_id} for citizen {citizen_id!r}")
        return row
    return db.execute(f"SELECT {_DECISION_COLUMNS} FROM app_decisions WHERE citizen_id = ? "
                      "ORDER BY decided_at DESC, id DESC LIMIT 1", (citizen_id,)).fetchone()


def _json(text: str | None) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def _referrals(text: str | None) -> tuple[str, ...]:
    referrals = _json(text) or []
    return tuple(str(r.get("title") or r.get("id") if isinstance(r, dict) else r)
                 for r in referrals if r)


def recorded_decision(db: sqlite_utils.Database, citizen_id: str,
                      decision_id: int | None = None
                      ) -> tuple[RecordedDecision, ComputerPart] | None:
    """The decision (latest, or the one named) and what its snapshot says the computer did.

    Only citizen-facing columns are read: `reason_text` and `own_assessment` are caseworker
    notes and never reach a sheet.
    """
    row = _decision_row(db, citizen_id, decision_id)
    if row is None:
        return None
    decision = RecordedDecision(
        decided_at=str(row[1]), caseworker_id=str(row[2]), programme_id=row[3],
        suggested_programme_id=row[4], reason_code=row[5], job_referrals=_referrals(row[6]),
        decision_id=int(row[0]), caseworker_name=row[9])
    return decision, computer_from_snapshot(_json(row[7]), _json(row[8]))


def store_proposal(db: sqlite_utils.Database, citizen_id: str, caseworker_id: str,
                   shown: WhatWasShown, *, now: dt.datetime | None = None) -> int:
    """Keep the snapshot behind a proposal sheet (call inside the export's transaction)."""
    moment = now or dt.datetime.now(dt.UTC)
    snapshot = build_snapshot(db, citizen_id, shown, programme_id=None, day=moment.date())
    cursor = db.execute(
        "INSERT INTO proposals (citizen_id, created_at, caseworker_id, snapshot) "
        "VALUES (?, ?, ?, ?)",
        (citizen_id, moment.isoformat(timespec="seconds"), caseworker_id,
         json.dumps(snapshot, ensure_ascii=False, sort_keys=True)))
    return int(cursor.lastrowid or 0)


def stored_proposal(db: sqlite_utils.Database, citizen_id: str,
                    proposal_id: int) -> ComputerPart:
    row = db.execute("SELECT snapshot FROM proposals WHERE id = ? AND citizen_id = ?",
                     (proposal_id, citizen_id)).fetchone()
    if row is None:
        raise SheetSourceError(f"no proposal {proposal_id} for citizen {citizen_id!r}")
    return computer_from_snapshot(_json(row[0]))


def proposal_computer(db: sqlite_utils.Database, citizen_id: str,
                      shown: WhatWasShown) -> ComputerPart:
    """A proposal's snapshot as it would be stored (for the preview), without storing it."""
    return computer_from_snapshot(build_snapshot(db, citizen_id, shown, programme_id=None,
                                                 day=dt.date.today()))


def sheet_request(db: sqlite_utils.Database, citizen_id: str, lang: str, date: str, *,
                  decision: RecordedDecision | None, computer: ComputerPart,
                  proposal_id: int | None = None, country: str | None = None,
                  production: bool, rights_dirs: Sequence[Path] = ()) -> SheetRequest:
    """Everything the builder needs; the country is the one recorded with the snapshot,
    else `country` (the installed model's, or given by IT)."""
    cached = load_citizen(db, citizen_id)
    if cached is None:
        raise SheetSourceError(f"no citizen with id {citizen_id!r} in the case cache")
    which = computer.country or country
    if not which:
        raise RightsTemplateError(
            "cannot tell which country's rights apply: no country is recorded with this "
            "case's snapshot and none was given (install the model, or pass --country)")
    rights = load_rights(which, production=production, search_dirs=rights_dirs)
    now = objection_state(db, citizen_id)
    objection_now = ObjectionInput(now.since) if now.active else None
    programmes = {str(p["id"]): p for p in load_all(db, "programmes")}
    return SheetRequest(
        citizen=cached.citizen, lang=lang, rights=rights, date=date, computer=computer,
        decision=decision, proposal_id=proposal_id, objection_now=objection_now,
        programmes=programmes)

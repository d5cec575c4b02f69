"""A citizen's access request (GDPR Art. 15): everything the cache holds about one person.

Writes `citizen-<id>.json` (readable, indented JSON: the case data from every bundle file, the
decisions recorded in the app with the suggestions shown then, the caseworker(s) whose caseload
lists the citizen and caseworker assignments made in the app, objections to profiling, and the
audit entries naming the citizen: suggestions shown, sheets exported, decisions) and
`citizen-<id>.txt` (a short plain-text summary to hand over). Both are written atomically into
a fresh folder; the export itself is audited.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.bundle.contract import FILES
from desktop_app.bundle.writer import atomic_folder
from desktop_app.cache.audit import AuditLog, format_head
from desktop_app.cache.connection import transaction
from desktop_app.cache.rows import record_from_row, select_sql


class UnknownCitizen(LookupError):
    """No citizen with this id is held in the cache."""


@dataclass(frozen=True)
class CitizenExport:
    json_path: Path
    summary_path: Path
    counts: dict[str, int]


def _rows(db: sqlite_utils.Database, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _decode_json_fields(row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    for name in fields:
        if isinstance(row.get(name), str):
            row[name] = json.loads(row[name])
    return row


def collect(db: sqlite_utils.Database, citizen_id: str) -> dict[str, Any]:
    """Everything held about `citizen_id`, as plain JSON-ready data."""
    case: dict[str, Any] = {}
    for spec in FILES:
        if spec.stem == "citizens":
            where = "WHERE id = ?"
        elif spec.parent:
            where = "WHERE citizen_id = ?"
        else:
            continue  # programmes, vacancies, postcodes: not about a person
        records = [record_from_row(spec, r) for r in db.execute(select_sql(spec, where),
                                                                 (citizen_id,))]
        if records:
            case[spec.stem] = records
    if "citizens" not in case:
        raise UnknownCitizen(f"no citizen with id {citizen_id!r} in the case cache")
    citizen_row = db.execute(
        "SELECT left_caseload FROM citizens WHERE id = ?", (citizen_id,)
    ).fetchone()
    decisions = [
        _decode_json_fields(r, ("job_referrals", "suggestions", "snapshot"))
        for r in _rows(db, "SELECT * FROM app_decisions WHERE citizen_id = ? ORDER BY decided_at",
                       (citizen_id,))
    ]
    objections = _rows(db, "SELECT * FROM profiling_objections WHERE citizen_id = ?",
                       (citizen_id,))
    proposals = [_decode_json_fields(r, ("snapshot",)) for r in _rows(
        db, "SELECT * FROM proposals WHERE citizen_id = ? ORDER BY id", (citizen_id,))]
    assignments = [
        _decode_json_fields(r, ("reasons",))
        for r in _rows(db, "SELECT * FROM caseworker_assignments WHERE citizen_id = ? "
                           "ORDER BY assigned_at, id", (citizen_id,))
    ]
    audit = [
        _decode_json_fields(r, ("payload",))
        for r in _rows(
            db,
            "SELECT seq, at, actor, action, model_version, input_hash, payload FROM audit_log "
            "WHERE citizen_id = ? ORDER BY seq",
            (citizen_id,),
        )
    ]
    return {
        "citizen_id": citizen_id,
        "left_caseload": citizen_row[0],
        "case_data": case,
        "decisions_recorded_in_wayfinder": decisions,
        "caseworkers": _caseworkers_of(db, citizen_id),
        "caseworker_assignments_in_wayfinder": assignments,
        "profiling_objections": objections,
        "proposals_issued": proposals,
        "suggestions_shown": [e for e in audit
                              if e["action"] in ("suggestions_shown", "suggestion_shown")],
        "sheets_exported": [e for e in audit if e["action"] == "sheet_exported"],
        "audit_entries": audit,
    }


def _caseworkers_of(db: sqlite_utils.Database, citizen_id: str) -> list[dict[str, Any]]:
    """The roster entries (contract 1.1) whose caseload lists the citizen: who, not their
    other cases."""
    rows = db.execute(
        "SELECT id, display_name, team FROM caseworkers WHERE caseload IS NOT NULL AND "
        "EXISTS (SELECT 1 FROM json_each(caseworkers.caseload) WHERE value = ?) ORDER BY id",
        (citizen_id,),
    )
    return [{"id": r[0], "display_name": r[1], "team": r[2]} for r in rows]


def summary_text(data: dict[str, Any], head: tuple[int, str], now: dt.datetime) -> str:
    case = data["case_data"]
    actions = Counter(e["action"] for e in data["audit_entries"])
    lines = [
        "Wayfinder - data held about one citizen (GDPR Art. 15)",
        f"Citizen id: {data['citizen_id']}",
        f"Name: {case['citizens'][0].get('name', '')}",
        f"Written: {now.isoformat(timespec='seconds')}",
        "",
        "Case data (from the case system):",
        *[f"  {stem}: {len(records)} record(s)" for stem, records in case.items()],
        f"Decisions recorded in Wayfinder: {len(data['decisions_recorded_in_wayfinder'])}",
        "Caseworker: " + (", ".join(c["display_name"] or c["id"] for c in data["caseworkers"])
                          or "none listed"),
        "Caseworker assignments made in Wayfinder: "
        f"{len(data['caseworker_assignments_in_wayfinder'])}",
        f"Objections to profiling: {len(data['profiling_objections'])}",
        f"Suggestions shown: {len(data['suggestions_shown'])}",
        f"Explanation sheets exported: {len(data['sheets_exported'])}",
        "Audit entries naming this citizen: "
        + (", ".join(f"{a} x{n}" for a, n in sorted(actions.items())) or "none"),
        "",
        "The full detail is in the JSON file beside this summary.",
        f"Audit chain head when written: {format_head(head)}",
    ]
    return "\n".join(lines) + "\n"


def export_citizen(
    db: sqlite_utils.Database,
    audit: AuditLog,
    citizen_id: str,
    out: Path,
    *,
    actor: str,
    now: dt.datetime | None = None,
) -> CitizenExport:
    now = now or dt.datetime.now(dt.UTC)
    data = collect(db, citizen_id)
    safe_id = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in citizen_id)
    with transaction(db):
        audit.append(actor, "citizen_data_exported", citizen_id=citizen_id,
                     payload={"audit_entries": len(data["audit_entries"])}, at=now)
    head = audit.head()
    data["audit_head"] = format_head(head)
    out = Path(out)
    with atomic_folder(out, overwrite=False) as folder:
        json_name, text_name = f"citizen-{safe_id}.json", f"citizen-{safe_id}.txt"
        (folder / json_name).write_text(
            json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n",
            encoding="utf-8",
        )
        (folder / text_name).write_text(summary_text(data, head, now), encoding="utf-8")
    counts = {stem: len(records) for stem, records in data["case_data"].items()}
    return CitizenExport(out / json_name, out / text_name, counts)

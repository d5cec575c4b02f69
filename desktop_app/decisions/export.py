"""The route back: decisions and objections made in the app, as bundle-style files for the
case system and the data team (`decisions_app.jsonl`, `objections_app.jsonl`, and
`manifest.json` with the audit chain head and the cache it belongs to).

Each decision line is one decision with the override and its reason; the caseworker's private
assessment note is not exported (it is a working note, not part of the decision). Each
objection line is a citizen's current GDPR Art. 21 state. Before anything is written, every
decision and every objection is checked against the digest its audit entry holds
(`cache.record_digest`): an edited, inserted or deleted one refuses the whole export, so the
case system never receives it.
For a citizen who objects to profiling (GDPR Art. 21) no model output leaves the laptop: the
suggestion, model version, input hash and whether it was followed are left out of their
decision lines, which say `"profiling_objection": true`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.atomic_files import write_atomically
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.audit_records import decision_problems, objection_problems
from desktop_app.cache.connection import transaction
from desktop_app.decisions.objections import objecting_citizens

FORMAT = "wayfinder-app-decisions"
FORMAT_VERSION = 1
FILE_NAME = "decisions_app.jsonl"
OBJECTIONS_FILE = "objections_app.jsonl"
_COLUMNS = ("id", "citizen_id", "decided_at", "caseworker_id", "programme_id",
            "suggested_programme_id", "followed_suggestion", "reason_code", "reason_text",
            "job_referrals", "model_version", "input_hash")


@dataclass(frozen=True)
class DecisionExport:
    folder: Path
    count: int
    sha256: str
    audit_head: tuple[int, str]
    objections: int = 0


class ExportRefused(Exception):
    """A decision or objection does not match its audit entry; nothing was exported."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:5]) + (f"; ... {len(problems) - 5} more"
                                           if len(problems) > 5 else "")
        super().__init__(
            f"nothing was exported: {len(problems)} decision(s) or objection(s) do not match "
            f"the audit log "
            f"({shown}). They may have been edited outside Wayfinder; run "
            "`wayfinder-admin audit verify` and ask IT before anything goes to the case system")


_MODEL_OUTPUT = ("suggested_programme_id", "followed_suggestion", "model_version",
                 "input_hash")


def decision_lines(db: sqlite_utils.Database, since: str | None = None) -> Iterator[dict[str, Any]]:
    where, params = ("WHERE decided_at >= ?", (since,)) if since else ("", ())
    sql = f"SELECT {', '.join(_COLUMNS)} FROM app_decisions {where} ORDER BY decided_at, id"
    objecting = objecting_citizens(db)
    for row in db.execute(sql, params):
        line = dict(zip(_COLUMNS, row, strict=True))
        line["decision_id"] = line.pop("id")
        line["job_referrals"] = json.loads(line["job_referrals"] or "[]")
        followed = line["followed_suggestion"]
        line["followed_suggestion"] = None if followed is None else bool(followed)
        line["override"] = followed == 0
        line["profiling_objection"] = line["citizen_id"] in objecting
        if line["profiling_objection"]:
            line.update(dict.fromkeys(_MODEL_OUTPUT), override=False)
        yield line


def objection_lines(db: sqlite_utils.Database,
                    since: str | None = None) -> Iterator[dict[str, Any]]:
    where, params = ("WHERE objected_at >= ?", (since,)) if since else ("", ())
    for citizen_id, objected_at, caseworker, active in db.execute(
            "SELECT citizen_id, objected_at, caseworker_id, active FROM profiling_objections "
            f"{where} ORDER BY objected_at, citizen_id", params):
        yield {"citizen_id": citizen_id, "objected_at": objected_at,
               "caseworker_id": caseworker, "objects_to_profiling": bool(active),
               "article": "GDPR Art. 21"}


def _jsonl(lines: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n"
                   for line in lines).encode()


def export_decisions(db: sqlite_utils.Database, audit: AuditLog, out: Path, *, actor: str,
                     since: str | None = None) -> DecisionExport:
    """Check, write the files and manifest atomically, mark the rows exported, audit it."""
    lines = list(decision_lines(db, since))
    # every record, not only those since `since`: a decision edited, added or deleted outside
    # the app, or an objection (which decides whether a decision line may carry model output)
    # must not reach the case system as if it were what was recorded
    problems = decision_problems(db, audit.key)[0]
    problems += objection_problems(db, audit.key, audit.pseudonymised_by_purges())[0]
    if problems:
        raise ExportRefused(problems)
    objections = list(objection_lines(db, since))
    body = _jsonl(lines)
    objection_body = _jsonl(objections)
    digest = hashlib.sha256(body).hexdigest()
    objection_digest = hashlib.sha256(objection_body).hexdigest()
    out = Path(out)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    # The files are written before the commit: if writing fails, no row is marked exported
    # and no export is audited, so a retry exports the same decisions again.
    with transaction(db):
        entry = audit.append(actor, "decisions_exported",
                             payload={"file": FILE_NAME, "count": len(lines), "sha256": digest,
                                      "since": since, "objections": len(objections),
                                      "objections_sha256": objection_digest})
        ids = [line["decision_id"] for line in lines]
        db.conn.executemany("UPDATE app_decisions SET exported_at = ? WHERE id = ?",
                            [(now, i) for i in ids])
        db.conn.executemany(
            "UPDATE profiling_objections SET exported_at = ? WHERE citizen_id = ?",
            [(now, line["citizen_id"]) for line in objections])
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "exported_at": now,
                    "since": since,
                    "files": {FILE_NAME: {"sha256": digest, "lines": len(lines)},
                              OBJECTIONS_FILE: {"sha256": objection_digest,
                                                "lines": len(objections)}},
                    "audit_chain_head": {"seq": entry.seq, "hash": entry.hash,
                                         "cache": audit.cache_id}}
        write_atomically(out / FILE_NAME, body)
        write_atomically(out / OBJECTIONS_FILE, objection_body)
        write_atomically(out / "manifest.json",
                         (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode())
    return DecisionExport(out, len(lines), digest, (entry.seq, entry.hash), len(objections))

"""The route back: decisions made in the app as a bundle-style file for the case system and
the data team (`decisions_app.jsonl` plus `manifest.json` with the audit chain head).

Each line is one decision with the override and its reason; the caseworker's private
assessment note is not exported (it is a working note, not part of the decision).
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
from desktop_app.cache.connection import transaction

FORMAT = "wayfinder-app-decisions"
FORMAT_VERSION = 1
FILE_NAME = "decisions_app.jsonl"
_COLUMNS = ("id", "citizen_id", "decided_at", "caseworker_id", "programme_id",
            "suggested_programme_id", "followed_suggestion", "reason_code", "reason_text",
            "job_referrals", "model_version", "input_hash")


@dataclass(frozen=True)
class DecisionExport:
    folder: Path
    count: int
    sha256: str
    audit_head: tuple[int, str]


def decision_lines(db: sqlite_utils.Database, since: str | None = None) -> Iterator[dict[str, Any]]:
    where, params = ("WHERE decided_at >= ?", (since,)) if since else ("", ())
    sql = f"SELECT {', '.join(_COLUMNS)} FROM app_decisions {where} ORDER BY decided_at, id"
    for row in db.execute(sql, params):
        line = dict(zip(_COLUMNS, row, strict=True))
        line["decision_id"] = line.pop("id")
        line["job_referrals"] = json.loads(line["job_referrals"] or "[]")
        followed = line["followed_suggestion"]
        line["followed_suggestion"] = None if followed is None else bool(followed)
        line["override"] = followed == 0
        yield line


def export_decisions(db: sqlite_utils.Database, audit: AuditLog, out: Path, *, actor: str,
                     since: str | None = None) -> DecisionExport:
    """Write the file and manifest atomically, mark the rows exported, audit the export."""
    lines = list(decision_lines(db, since))
    body = "".join(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n"
                   for line in lines).encode()
    digest = hashlib.sha256(body).hexdigest()
    out = Path(out)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    # The files are written before the commit: if writing fails, no row is marked exported
    # and no export is audited, so a retry exports the same decisions again.
    with transaction(db):
        entry = audit.append(actor, "decisions_exported",
                             payload={"file": FILE_NAME, "count": len(lines), "sha256": digest,
                                      "since": since})
        ids = [line["decision_id"] for line in lines]
        db.conn.executemany("UPDATE app_decisions SET exported_at = ? WHERE id = ?",
                            [(now, i) for i in ids])
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "exported_at": now,
                    "since": since,
                    "files": {FILE_NAME: {"sha256": digest, "lines": len(lines)}},
                    "audit_chain_head": {"seq": entry.seq, "hash": entry.hash}}
        write_atomically(out / FILE_NAME, body)
        write_atomically(out / "manifest.json",
                         (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode())
    return DecisionExport(out, len(lines), digest, (entry.seq, entry.hash))

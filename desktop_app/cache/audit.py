"""The append-only audit log: every suggestion shown, decision, objection, import and export.

Entries are chained: each entry's `hash` is an HMAC-SHA256, under a key kept outside the cache
file, over the previous entry's hash and the entry's canonical content. Someone who can edit
the cache file but not read the key cannot rewrite history without breaking the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
import sqlite_utils

GENESIS = "0" * 64
KEY_BYTES = 32


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    citizen_id: str | None
    model_version: str | None
    input_hash: str | None
    payload: dict[str, Any]
    prev_hash: str
    hash: str


def load_or_create_key(path: Path) -> bytes:
    """The audit key file (created owner-only on first use); never stored in the cache."""
    if path.is_file():
        key = path.read_bytes()
        if len(key) != KEY_BYTES:
            raise ValueError(f"the audit key {path} is damaged (expected {KEY_BYTES} bytes)")
        return key
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(KEY_BYTES)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def canonical(fields: dict[str, Any]) -> bytes:
    """Canonical JSON (sorted keys, no whitespace) of what an entry's hash covers."""
    return msgspec.json.encode(fields, order="sorted")


def entry_hash(key: bytes, prev_hash: str, fields: dict[str, Any]) -> str:
    return hmac.new(key, prev_hash.encode() + canonical(fields), hashlib.sha256).hexdigest()


class AuditLog:
    """Appends chained entries; call inside the same transaction as the change it records."""

    def __init__(self, db: sqlite_utils.Database, key: bytes) -> None:
        self._db = db
        self._key = key

    def append(
        self,
        actor: str,
        action: str,
        *,
        citizen_id: str | None = None,
        model_version: str | None = None,
        input_hash: str | None = None,
        payload: dict[str, Any] | None = None,
        at: dt.datetime | None = None,
    ) -> AuditEntry:
        row = self._db.execute(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        prev_seq, prev_hash = (row[0], row[1]) if row else (0, GENESIS)
        when = (at or dt.datetime.now(dt.UTC)).isoformat(timespec="milliseconds")
        fields = {
            "seq": prev_seq + 1,
            "at": when,
            "actor": actor,
            "action": action,
            "citizen_id": citizen_id,
            "model_version": model_version,
            "input_hash": input_hash,
            "payload": payload or {},
        }
        digest = entry_hash(self._key, prev_hash, fields)
        self._db.execute(
            "INSERT INTO audit_log (seq, at, actor, action, citizen_id, model_version, "
            "input_hash, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                fields["seq"],
                when,
                actor,
                action,
                citizen_id,
                model_version,
                input_hash,
                canonical(fields["payload"]).decode(),
                prev_hash,
                digest,
            ),
        )
        return AuditEntry(
            fields["seq"],
            when,
            actor,
            action,
            citizen_id,
            model_version,
            input_hash,
            fields["payload"],
            prev_hash,
            digest,
        )

    def head(self) -> tuple[int, str]:
        row = self._db.execute(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

    def verify(self) -> list[str]:
        """Problems found walking the chain from the start (empty when intact)."""
        problems: list[str] = []
        prev_hash, expected_seq = GENESIS, 1
        for row in self._db.execute(
            "SELECT seq, at, actor, action, citizen_id, model_version, input_hash, payload, "
            "prev_hash, hash FROM audit_log ORDER BY seq"
        ):
            seq = row[0]
            if seq != expected_seq:
                problems.append(f"entry {expected_seq} is missing (next is {seq})")
            fields = {
                "seq": seq,
                "at": row[1],
                "actor": row[2],
                "action": row[3],
                "citizen_id": row[4],
                "model_version": row[5],
                "input_hash": row[6],
                "payload": msgspec.json.decode(row[7]),
            }
            if row[8] != prev_hash or not hmac.compare_digest(
                row[9], entry_hash(self._key, prev_hash, fields)
            ):
                problems.append(f"entry {seq} does not match the chain (edited or inserted)")
            prev_hash, expected_seq = row[9], seq + 1
        return problems

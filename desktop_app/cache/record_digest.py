"""Decisions and objections inside the audit chain: a keyed hash of each stored record.

When the app records a decision or an objection, the audit entry written in the same
transaction carries `record_digest`: an HMAC, under the audit key, of the whole record as it
is stored (every column, read back after the write; only bookkeeping columns that change
later, such as `exported_at`, are left out). The chain covers the entry's payload, so an edited,
inserted or deleted decision no longer matches its entry. Columns added later are covered
without any change here. This is the one place that computes the digest: the writers
(record_decision, set_objection), `audit verify` and `export-decisions` all call it.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import Any

import msgspec
import sqlite_utils

DIGEST_FIELD = "record_digest"
# Table -> (key column, columns not covered: they change after the record is made).
RECORDS: dict[str, tuple[str, frozenset[str]]] = {
    "app_decisions": ("id", frozenset({"exported_at"})),
    "profiling_objections": ("citizen_id", frozenset({"exported_at"})),
}


def record_digest(key: bytes, table: str, record: Mapping[str, Any]) -> str:
    """HMAC-SHA256 over the table name and the record's canonical JSON (sorted keys)."""
    _, uncovered = RECORDS[table]
    body = {name: value for name, value in record.items() if name not in uncovered}
    canonical = msgspec.json.encode(body, order="sorted")
    return hmac.new(key, b"record\x00" + table.encode() + b"\x00" + canonical,
                    hashlib.sha256).hexdigest()


def stored_record(db: sqlite_utils.Database, table: str, key_value: Any) -> dict[str, Any] | None:
    """The record as stored (all columns), or None."""
    key_column, _ = RECORDS[table]
    cursor = db.execute(f'SELECT * FROM "{table}" WHERE "{key_column}" = ?', (key_value,))
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def stored_digest(db: sqlite_utils.Database, key: bytes, table: str, key_value: Any) -> str:
    """The digest of a record just written (call inside the transaction that wrote it)."""
    record = stored_record(db, table, key_value)
    if record is None:
        raise LookupError(f"{table} {key_value!r} was not stored")
    return record_digest(key, table, record)


def all_records(db: sqlite_utils.Database, table: str) -> dict[Any, dict[str, Any]]:
    """Every stored record of `table` by its key."""
    key_column, _ = RECORDS[table]
    cursor = db.execute(f'SELECT * FROM "{table}"')
    names = [d[0] for d in cursor.description]
    return {record[key_column]: record
            for record in (dict(zip(names, row, strict=True)) for row in cursor)}

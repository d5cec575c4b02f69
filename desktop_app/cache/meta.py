"""Facts about one case cache kept inside it: its identity, its audit key's id, pending work.

`cache_id` is a random name given to a cache when it is created (migration 5). Audit chain
heads carry it wherever they are written (OS log, IT log, exports, sheets), so heads of two
caches on one laptop are never mixed up, and a restored or copied cache keeps its name (its
heads then show what the copy lacks).
"""

from __future__ import annotations

import sqlite_utils

CACHE_ID = "cache_id"
AUDIT_KEY_ID = "audit_key_id"
SCRUB_PENDING = "scrub_pending"  # a purge deleted cases but could not yet vacuum the file


def get(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM cache_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def put(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Set `key` (call inside the caller's transaction)."""
    db.execute("INSERT INTO cache_meta (key, value) VALUES (?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def remove(db: sqlite_utils.Database, key: str) -> None:
    db.execute("DELETE FROM cache_meta WHERE key = ?", (key,))


def cache_id(db: sqlite_utils.Database) -> str:
    value = get(db, CACHE_ID)
    if value is None:  # only a cache whose meta row was deleted by hand lacks one
        return "unnamed"
    return value

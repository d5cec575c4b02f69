"""What the window shows once the cache is open: its size and the language filter choices.

Plain SQL through any DB-API-like `execute`, so it works on the read-only `sqlite3` connection
of the first page as well as on the worker's `sqlite_utils` database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CacheSummary:
    path: str
    citizen_count: int
    languages: tuple[str, ...]


def summarise(db: Any, path: str) -> CacheSummary:
    count = db.execute("SELECT count(*) FROM citizens").fetchone()[0]
    rows = db.execute(
        "SELECT DISTINCT preferred_language FROM citizens "
        "WHERE preferred_language IS NOT NULL ORDER BY preferred_language"
    ).fetchall()
    return CacheSummary(path, int(count), tuple(str(r[0]) for r in rows))

"""The start-up integrity check of the case cache, and the recovery path when it fails.

`check_cache` runs `PRAGMA quick_check` (a structural check of every page, without the slower
index-content comparison of integrity_check). A damaged cache is never deleted: `set_aside`
renames it (and its -wal/-shm) beside itself so that a fresh import can start while the damaged
file stays available for IT or a forensic copy.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from desktop_app.cache.connection import CacheError, CacheKeyError, open_cache
from desktop_app.protection.keys import CacheKey

RECOVERY = (
    "Recovery: close Wayfinder, then either restore the case cache from your backup, or move "
    "the damaged file aside (rename it, e.g. to case-cache.sqlite.damaged; never delete it) "
    "and re-import the latest bundle from the case system (`wayfinder-admin import BUNDLE`). "
    "Decisions recorded "
    "in Wayfinder since the last export to the case system are only in the damaged file: ask IT "
    "to recover them from it before it is discarded."
)


class CacheDamaged(CacheError):
    """quick_check found damage; the message carries the recovery path."""


def check_cache(path: Path | str, *, key: CacheKey | None = None, max_errors: int = 5) -> None:
    """Raise CacheDamaged (with the recovery path) unless the cache passes quick_check."""
    path = Path(path)
    try:
        db = open_cache(path, create=False, key=key)
    except CacheKeyError:
        raise
    except CacheError as error:
        raise CacheDamaged(f"{error}\n{RECOVERY}") from error
    try:
        quick_check(db, path, max_errors=max_errors)
    finally:
        db.close()


def quick_check(db: Any, path: Path | str, *, max_errors: int = 5) -> None:
    """`PRAGMA quick_check` on an open cache; CacheDamaged (with the recovery path) if damaged."""
    try:
        rows = db.execute(f"PRAGMA quick_check({max_errors})").fetchall()
    except Exception as error:  # sqlite3 and sqlcipher3 raise their own DatabaseError
        raise CacheDamaged(f"the case cache {path} is damaged ({error}).\n{RECOVERY}") from error
    findings = damage_findings(rows)
    if findings != ["ok"]:
        raise CacheDamaged(
            f"the case cache {path} is damaged: " + "; ".join(findings) + f"\n{RECOVERY}"
        )


def damage_findings(rows: list[Any]) -> list[str]:
    """`PRAGMA quick_check` rows as one finding per line, without SQLite's `*** in database
    main ***` header lines (they name no damage); `["ok"]` for an intact cache."""
    lines = [line.strip() for row in rows for line in str(row[0]).splitlines()]
    return [line for line in lines if line and not line.startswith("*** in database")]


def set_aside(path: Path | str, now: dt.datetime | None = None) -> Path:
    """Rename the cache (and its WAL and shared-memory files) aside; returns the new path."""
    path = Path(path)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target

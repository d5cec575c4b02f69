"""Open the case cache: pragmas (WAL, foreign keys, full sync), migrations, clear errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from desktop_app.cache.schema import MIGRATIONS, SCHEMA_VERSION


class CacheError(Exception):
    """The case cache cannot be used; the message says what is wrong and what to do."""


def open_cache(path: Path | str, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and if needed create or migrate) the case cache at `path`."""
    path = Path(path)
    if not path.exists() and not create:
        raise CacheError(f"no case cache at {path}")
    if path.exists() and not path.is_file():
        raise CacheError(f"{path} is not a file")
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        db = sqlite_utils.Database(conn)
        _configure(db, path)
        _migrate(db, path)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise CacheError(
            f"the case cache {path} cannot be read ({error}); it may be damaged or encrypted "
            "with another key. Restore it from backup or re-import the latest bundle."
        ) from error
    except CacheError:
        conn.close()
        raise
    return db


def _configure(db: sqlite_utils.Database, path: Path) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise CacheError(f"the case cache {path} could not switch to WAL mode (got {mode})")
    db.execute("PRAGMA synchronous = FULL")  # a committed decision survives a power cut
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA cache_size = -65536")  # 64 MB: case pages stay hot during a meeting


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _migrate(db: sqlite_utils.Database, path: Path) -> None:
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise CacheError(
            f"the case cache {path} has schema version {current}, newer than this Wayfinder "
            f"understands ({SCHEMA_VERSION}); install the newer Wayfinder version"
        )
    if current == SCHEMA_VERSION:
        return
    with transaction(db):
        for number in range(current, SCHEMA_VERSION):
            MIGRATIONS[number](db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction: all of it commits, or (on any exception) none of it."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")

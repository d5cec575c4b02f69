"""Open the case cache: plain or SQLCipher-encrypted, pragmas, migrations, clear errors.

Whether a cache is encrypted is chosen when it is created (`encrypt=True` with a key) and
detected afterwards from the file header: a plain SQLite file starts with "SQLite format 3".
A wrong key is found by a read before anything is written, so it never changes the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.cache.schema import MIGRATIONS, SCHEMA_VERSION
from desktop_app.protection.keys import CacheKey, Prompt, find_key

PLAIN_HEADER = b"SQLite format 3\x00"
# Callbacks waiting for a connection's open transaction to commit, by id(connection).
_AFTER_COMMIT: dict[int, dict[object, Callable[[], None]]] = {}


class CacheError(Exception):
    """The case cache cannot be used; the message says what is wrong and what to do."""


class CacheKeyError(CacheError):
    """The cache is encrypted and no key, or the wrong key, was given."""


def _database_errors() -> tuple[type[BaseException], ...]:
    try:
        import sqlcipher3
    except ImportError:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


def is_encrypted(path: Path | str) -> bool:
    """True when `path` is a non-empty file that is not a plain SQLite database."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as handle:
        return handle.read(len(PLAIN_HEADER)) != PLAIN_HEADER


def open_cache(
    path: Path | str,
    *,
    create: bool = True,
    encrypt: bool = False,
    key: CacheKey | None = None,
    prompt: Prompt | None = None,
) -> sqlite_utils.Database:
    """Open (and if needed create or migrate) the case cache at `path`.

    A new cache is plain unless `encrypt` (then `key` is required). An existing encrypted
    cache takes `key`, else one found in the environment, the keyring or via `prompt`.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise CacheError(f"no case cache at {path}")
    if path.exists() and not path.is_file():
        raise CacheError(f"{path} is not a file")
    new = not path.exists() or path.stat().st_size == 0
    encrypted = encrypt if new else is_encrypted(path)
    if encrypted:
        key = key or find_key(path, prompt)
        if key is None:
            raise CacheKeyError(
                f"the case cache {path} cannot be read without a key: it is encrypted (or "
                "damaged) and no key was found in the system keyring, "
                "WAYFINDER_CACHE_PASSPHRASE or a typed passphrase. If it is damaged: Restore it "
                "from backup or re-import the latest bundle. Key lost: see "
                "docs/data-protection.md 'Key loss and recovery'. Nothing was changed."
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(path, key if encrypted else None, new)
    try:
        db = sqlite_utils.Database(conn)
        _configure(db, path)
        _migrate(db, path)
    except _database_errors() as error:
        conn.close()
        raise CacheError(
            f"the case cache {path} cannot be read ({error}); it may be damaged. "
            "Restore it from backup or re-import the latest bundle."
        ) from error
    except CacheError:
        conn.close()
        raise
    return db


def _connect(path: Path, key: CacheKey | None, new: bool) -> Any:
    if key is None:
        return sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # errors reach the user as CacheError
    conn.execute(f"PRAGMA key = {key.pragma()}")
    try:
        # The first read proves the key before any write (journal mode, migrations) happens.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        conn.close()
        if new:
            raise CacheError(f"cannot create the encrypted case cache {path} ({error})") from error
        raise CacheKeyError(
            f"the key from {key.source} does not open the case cache {path}: wrong passphrase "
            "or keyring entry, or the file is not a case cache. Nothing was changed."
        ) from error
    return conn


def _configure(db: sqlite_utils.Database, path: Path) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")  # deleted citizens' bytes are overwritten
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


def after_commit(
    db: sqlite_utils.Database, callback: Callable[[], None], *, once_per: object = None
) -> None:
    """Run `callback` once the current transaction commits (now, if none is open).

    Callbacks registered with the same `once_per` token run once per transaction.
    """
    if not db.conn.in_transaction:
        callback()
        return
    pending = _AFTER_COMMIT.setdefault(id(db.conn), {})
    pending.setdefault(once_per if once_per is not None else object(), callback)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction: all of it commits, or (on any exception) none of it."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        _AFTER_COMMIT.pop(id(db.conn), None)
        raise
    db.execute("COMMIT")
    for callback in _AFTER_COMMIT.pop(id(db.conn), {}).values():
        callback()

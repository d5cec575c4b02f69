"""Open the case cache: plain or SQLCipher-encrypted, pragmas, migrations, clear errors.

Whether a cache is encrypted is chosen when it is created (`encrypt=True` with a key) and
detected afterwards from the file header: a plain SQLite file starts with "SQLite format 3".
A wrong key is found by a read before anything is written, so it never changes the file.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop_app.cache.file_header import read_header
from desktop_app.cache.schema import MIGRATIONS, SCHEMA_VERSION
from desktop_app.private_files import create_private_file, make_private, private_dir
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


# What an SQLite error means for the cache file, as a code (the GUI words each one in the
# interface language: views/words/failures.py; the CLI says `database_problem`'s sentence).
DISK_FULL, READ_ONLY, CANNOT_OPEN, BUSY, DAMAGED, IO_ERROR, OTHER = (
    "disk_full", "read_only", "cannot_open", "busy", "damaged", "io_error", "other")


def database_problem_kind(error: BaseException) -> str:
    """The code of what an SQLite error means for the cache file.

    Both sqlite3 and sqlcipher3 errors are read by their text (sqlcipher3 has no error names).
    """
    name = str(getattr(error, "sqlite_errorname", "") or "")
    lowered = str(error).lower()

    def says(code: str, *words: str) -> bool:
        return name.startswith(code) or any(word in lowered for word in words)

    if says("SQLITE_FULL", "disk is full"):
        return DISK_FULL
    if says("SQLITE_READONLY", "readonly database", "read-only"):
        return READ_ONLY
    if says("SQLITE_CANTOPEN", "unable to open database"):
        return CANNOT_OPEN
    if says("SQLITE_BUSY", "database is locked", "database table is locked"):
        return BUSY
    if says("SQLITE_CORRUPT", "malformed", "corrupt") or says("SQLITE_NOTADB", "not a database"):
        return DAMAGED
    if says("SQLITE_IOERR", "disk i/o error"):
        return IO_ERROR
    return OTHER


def database_problem(error: BaseException, path: Path | str) -> str:
    """One sentence for a person (in English, for the command line and the IT log): what an
    SQLite error means for the cache at `path`."""
    text = str(error)
    kind = database_problem_kind(error)
    if kind == DISK_FULL:
        return (f"the disk holding the case cache {path} is full ({text}); free some space "
                "and try again")
    if kind == READ_ONLY:
        return (f"the case cache {path} cannot be written: the file or its folder is read-only "
                f"({text}). Check the permissions of both (SQLite keeps its -wal and -shm "
                "files beside the cache, so the folder must be writable too)")
    if kind == CANNOT_OPEN:
        return (f"the case cache {path} cannot be opened: the file or its folder is not "
                f"accessible ({text}); check that the folder exists and its permissions")
    if kind == BUSY:
        return (f"the case cache {path} is busy: another Wayfinder program (an import?) is "
                "writing to it; try again when it has finished")
    if kind == DAMAGED:
        return (f"the case cache {path} is damaged ({text}). Restore it from backup or move "
                "it aside and re-import the latest bundle (docs/it-guide.md, 'Recover a cache')")
    if kind == IO_ERROR:
        return (f"reading or writing the case cache {path} failed ({text}); the disk may be "
                "failing, full or removed: check it, then try again")
    return f"the case cache {path} could not be used ({text})"


def database_errors() -> tuple[type[BaseException], ...]:
    """The DatabaseError classes of sqlite3 and (when installed) sqlcipher3."""
    return _database_errors()


def is_encrypted(path: Path | str) -> bool:
    """True when `path` is a non-empty file that is not a plain SQLite database."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    # never a plain open()/close() of a cache that may be open: see file_header
    return read_header(path, len(PLAIN_HEADER)) != PLAIN_HEADER


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
    try:
        return _open(path, create, encrypt, key, prompt)
    except OSError as error:  # the folder or file cannot be reached or created
        raise CacheError(
            f"the case cache {path} cannot be opened or created ({error.strerror or error}); "
            "check that its folder exists and that you may write there") from error


def _open(path: Path, create: bool, encrypt: bool, key: CacheKey | None,
          prompt: Prompt | None) -> sqlite_utils.Database:
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
    private_dir(path.parent)
    if new:
        create_private_file(path)  # SQLite gives -wal and -shm the same (private) mode
    for side in ("", "-wal", "-shm"):
        make_private(Path(f"{path}{side}"))  # files an earlier version left world-readable
    try:
        conn = _connect(path, key if encrypted else None, new)
    except _database_errors() as error:
        raise CacheError(database_problem(error, path)) from error
    try:
        db = sqlite_utils.Database(conn)
        _configure(db, path)
        _migrate(db, path)
    except _database_errors() as error:
        conn.close()
        raise CacheError(database_problem(error, path)) from error
    except CacheError:
        conn.close()
        raise
    _watch_for_it_log(path, key if encrypted else None)
    return db


def _watch_for_it_log(path: Path, key: CacheKey | None) -> None:
    """Whose data this process holds: the IT log redacts these ids and names from exception
    texts, read (on a connection of its own) only when the first exception is written."""
    from desktop_app.protection.it_log import watch_cache

    def read_words() -> Iterator[str | None]:
        if not path.exists():
            return  # a temporary cache that was renamed or removed: nothing left to watch
        conn = _connect(path, key, False)
        try:
            for citizen_id, name in conn.execute("SELECT id, name FROM citizens"):
                yield citizen_id
                yield name
        finally:
            conn.close()

    watch_cache(str(path.resolve()), read_words)


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
        _AFTER_COMMIT.pop(id(db.conn), None)
        # SQLite may already have rolled back (disk full, damaged page): then a ROLLBACK would
        # fail with "no transaction is active" and hide the error that matters.
        if db.conn.in_transaction:
            with contextlib.suppress(*_database_errors()):
                db.execute("ROLLBACK")
        raise
    try:
        db.execute("COMMIT")
    except BaseException:
        _AFTER_COMMIT.pop(id(db.conn), None)
        if db.conn.in_transaction:
            with contextlib.suppress(*_database_errors()):
                db.execute("ROLLBACK")
        raise
    for callback in _AFTER_COMMIT.pop(id(db.conn), {}).values():
        callback()

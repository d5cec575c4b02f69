"""`backup OUT`: a consistent copy of the case cache, plain or encrypted, for IT's backups."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.admin.errors import AdminError

if TYPE_CHECKING:
    import sqlite_utils

    from desktop_app.cache.audit import AuditLog

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="write a consistent copy of the case cache (plain or encrypted) to OUT",
        description="Copy the case cache to OUT while Wayfinder may keep running: a consistent, "
        "compacted snapshot (SQLite VACUUM INTO), checked with quick_check before it is "
        "renamed into place, so OUT is never half-written. An encrypted cache's copy is "
        "encrypted with the same key (passphrase or keyring entry: to restore, copy it back to "
        "the cache's own path). The audit key is not in the copy: back it up apart, once. The "
        "backup is recorded in the audit log before the copy is taken, so the copy holds its "
        "own entry and verifies against the heads IT collects.")
    parser.add_argument("out", metavar="OUT", type=Path, help="backup file to write")
    parser.add_argument("--cache", type=Path, default=None, help="case cache file")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.set_defaults(handler=run_backup)


def _audit_or_none(db: sqlite_utils.Database) -> AuditLog | None:
    from desktop_app.protection.cli_support import audit_for

    try:
        return audit_for(db)
    except AdminError as error:  # IT may be restoring: the copy matters more than its log
        print(f"note: the backup is not recorded in the audit log: {error}", file=sys.stderr)
        return None


def _record_failure(db: sqlite_utils.Database, audit: AuditLog | None, error: Exception) -> None:
    """The backup's entry is written before the copy; when the copy then fails, say so in the
    chain too (best effort: the cache may be what failed)."""
    from desktop_app.cache.connection import transaction

    if audit is None:
        return
    try:
        with transaction(db):
            audit.append("admin", "cache_backup_failed",
                         payload={"problem": type(error).__name__})
    except Exception:  # the original error is what IT must see
        log.warning("the failed backup could not be recorded in the audit log")


def run_backup(args: argparse.Namespace) -> int:
    from desktop_app.cache.connection import (
        CacheError,
        database_errors,
        database_problem,
        is_encrypted,
        open_cache,
        transaction,
    )
    from desktop_app.locations import default_cache_path
    from desktop_app.protection.backup import back_up
    from desktop_app.protection.cli_support import prompt_for_key
    from desktop_app.protection.it_log import setup_it_log

    setup_it_log()
    path = Path(args.cache or default_cache_path())
    if not path.is_file():
        raise AdminError(f"no case cache at {path}")
    if Path(args.out).resolve() == path.resolve():
        raise AdminError("OUT is the case cache itself; choose another file")
    key = prompt_for_key(path) if is_encrypted(path) else None
    if Path(args.out).exists() and not args.force:
        raise AdminError(f"{args.out} exists; use --force to replace it")
    try:
        db = open_cache(path, create=False, key=key)
    except CacheError as error:
        raise AdminError(str(error)) from error
    try:
        audit = _audit_or_none(db)
        if audit is not None:  # before the copy, so the copy holds it and verifies as a whole
            with transaction(db):
                audit.append("admin", "cache_backed_up",
                             payload={"file": Path(args.out).name, "encrypted": key is not None})
        try:
            result = back_up(db, args.out, key=key, overwrite=args.force)
        except Exception as error:
            _record_failure(db, audit, error)
            raise
    except FileExistsError as error:
        raise AdminError(f"{error}; use --force to replace it") from error
    except CacheError as error:
        raise AdminError(f"{error}; no backup was written") from error
    except database_errors() as error:
        raise AdminError(f"{database_problem(error, path)}; no backup was written. A damaged "
                         "cache cannot be copied this way: copy the file as it is (with its -wal "
                         "file) for IT to examine") from error
    except OSError as error:
        raise AdminError(f"could not write the backup {args.out} ({error.strerror or error}); "
                         "no backup was written") from error
    finally:
        db.close()
    log.info("backup written: %s (%d bytes, SHA-256 %s)", result.path, result.size, result.sha256)
    kind = "encrypted, same key" if key is not None else "plain"
    print(f"written: {result.path} ({result.size / 1e6:.1f} MB, {kind}, "
          f"{result.citizens:,} citizens)")
    print(f"SHA-256: {result.sha256}")
    return 0

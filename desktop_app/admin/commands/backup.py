"""`backup OUT`: a consistent copy of the case cache, plain or encrypted, for IT's backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.admin.errors import AdminError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="write a consistent copy of the case cache (plain or encrypted) to OUT",
        description="Copy the case cache to OUT while Wayfinder may keep running: a consistent, "
        "compacted snapshot (SQLite VACUUM INTO), checked with quick_check before it is "
        "renamed into place, so OUT is never half-written. An encrypted cache's copy is "
        "encrypted with the same key (passphrase or keyring entry: to restore, copy it back to "
        "the cache's own path). The audit key is not in the copy: back it up apart, once. The "
        "backup is recorded in the audit log.")
    parser.add_argument("out", metavar="OUT", type=Path, help="backup file to write")
    parser.add_argument("--cache", type=Path, default=None, help="case cache file")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.set_defaults(handler=run_backup)


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
    from desktop_app.protection.cli_support import audit_for, prompt_for_key
    from desktop_app.protection.it_log import setup_it_log

    setup_it_log()
    path = Path(args.cache or default_cache_path())
    if not path.is_file():
        raise AdminError(f"no case cache at {path}")
    if Path(args.out).resolve() == path.resolve():
        raise AdminError("OUT is the case cache itself; choose another file")
    key = prompt_for_key(path) if is_encrypted(path) else None
    try:
        db = open_cache(path, create=False, key=key)
    except CacheError as error:
        raise AdminError(str(error)) from error
    try:
        result = back_up(db, args.out, key=key, overwrite=args.force)
        try:
            audit = audit_for(db)
        except AdminError as error:  # IT may be restoring: the copy matters more than its log
            print(f"note: the backup is not recorded in the audit log: {error}", file=sys.stderr)
        else:
            with transaction(db):
                audit.append("admin", "cache_backed_up",
                             payload={"sha256": result.sha256, "bytes": result.size,
                                      "encrypted": key is not None})
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
    kind = "encrypted, same key" if key is not None else "plain"
    print(f"written: {result.path} ({result.size / 1e6:.1f} MB, {kind}, "
          f"{result.citizens:,} citizens)")
    print(f"SHA-256: {result.sha256}")
    return 0

"""`import` and `export`: move case data between bundles and the case cache."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from desktop_app.admin.errors import AdminError
from desktop_app.locations import app_data_dir, default_cache_path


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser(
        "import",
        help="import a case exchange bundle into the case cache (all or nothing)",
        description="Validate BUNDLE against the data contract and import it into the case "
        "cache in one transaction. Any error refuses the whole bundle and names file:line:field.",
    )
    importer.add_argument("bundle", type=Path, help="bundle folder (with citizens.jsonl)")
    importer.add_argument("--cache", type=Path, default=None, help="case cache file")
    importer.add_argument(
        "--allow-older", action="store_true", help="import even if older than the last bundle"
    )
    importer.add_argument("--quiet", action="store_true", help="no progress output")
    importer.add_argument(
        "--encrypt",
        action="store_true",
        help="create a NEW cache encrypted with SQLCipher: the key is the passphrase in "
        "WAYFINDER_CACHE_PASSPHRASE, else a random key kept in the system keyring",
    )
    importer.set_defaults(handler=run_import)

    exporter = subparsers.add_parser(
        "export",
        help="write the case cache back as a bundle",
        description="Write every record of the case cache as a bundle folder (atomically).",
    )
    exporter.add_argument("out", type=Path, help="bundle folder to write")
    exporter.add_argument("--cache", type=Path, default=None, help="case cache file")
    exporter.add_argument("--force", action="store_true", help="replace OUT if it exists")
    exporter.set_defaults(handler=run_export)


def audit_key_path() -> Path:
    return app_data_dir() / "keys" / "audit.key"


def _progress_printer(enabled: bool):  # type: ignore[no-untyped-def]
    last = [0.0]

    def show(name: str, done: int, total: int) -> None:
        now = time.monotonic()
        if not enabled or (now - last[0] < 0.5 and done != total):
            return
        last[0] = now
        text = f"{name}: {done:,}/{total:,}" if total else f"{name}: reading"
        print(f"\r  {text:<60}", end="" if done != total or not total else "\n", file=sys.stderr)

    return show


def run_import(args: argparse.Namespace) -> int:
    from desktop_app.bundle.issues import BundleError
    from desktop_app.bundle.reader import open_bundle
    from desktop_app.cache.connection import CacheError

    cache_path = Path(args.cache or default_cache_path())
    progress = _progress_printer(not args.quiet and sys.stderr.isatty())
    started = time.perf_counter()
    try:
        bundle = open_bundle(args.bundle, progress=progress)
        if cache_path.exists():
            if args.encrypt:
                raise AdminError(f"{cache_path} exists; --encrypt only applies to a new cache")
            report = _import_into(cache_path, bundle, progress, args.allow_older)
        else:
            # A new cache appears whole or not at all: built beside it, renamed on success.
            temp = cache_path.with_name(f".{cache_path.name}.importing")
            _remove_database(temp)
            try:
                key = _new_cache_key(cache_path) if args.encrypt else None
                report = _import_into(temp, bundle, progress, args.allow_older, new=True, key=key)
                os.replace(temp, cache_path)
            finally:
                _remove_database(temp)
    except BundleError as error:
        raise AdminError(str(error), exit_code=2) from error
    except CacheError as error:
        raise AdminError(str(error)) from error
    for issue in report.unknown_fields[:20]:
        print(f"note: {issue}", file=sys.stderr)
    if len(report.unknown_fields) > 20:
        print(f"note: ... {len(report.unknown_fields) - 20} more unknown fields", file=sys.stderr)
    print(report.summary())
    print(f"imported into {cache_path} in {time.perf_counter() - started:.1f} s")
    return 0


def _new_cache_key(cache_path: Path):  # type: ignore[no-untyped-def]
    from desktop_app.protection.keys import (
        KeyUnavailable,
        create_keyring_key,
        key_from_environment,
        passphrase_key,
    )

    try:
        from_env = key_from_environment()
        if from_env is not None:
            return passphrase_key(from_env.secret, source=from_env.source)
        return create_keyring_key(cache_path)  # named after the final path, not the temp file
    except KeyUnavailable as error:
        raise AdminError(str(error)) from error


def _import_into(path: Path, bundle, progress, allow_older: bool, new: bool = False, key=None):  # type: ignore[no-untyped-def]
    from desktop_app.cache.audit import AuditLog, load_or_create_key
    from desktop_app.cache.connection import open_cache
    from desktop_app.cache.importer import OlderBundleError, import_bundle

    db = open_cache(path, encrypt=key is not None, key=key) if new else open_cache(path)
    if new:
        # A file nobody else sees yet, discarded on failure: no journal needed (the rename is
        # the commit), which halves the writes of a large first import.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
    try:
        audit = AuditLog(db, load_or_create_key(audit_key_path()))
        report = import_bundle(
            db, bundle, audit=audit, actor="admin", progress=progress, allow_older=allow_older
        )
        if new:
            db.execute("PRAGMA journal_mode = WAL")
        return report
    except OlderBundleError as error:
        raise AdminError(str(error), exit_code=2) from error
    finally:
        db.close()
        if new and path.exists():
            with path.open("rb+") as handle:
                os.fsync(handle.fileno())


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def run_export(args: argparse.Namespace) -> int:
    from desktop_app.cache.connection import CacheError, open_cache
    from desktop_app.cache.exporter import export_bundle

    try:
        db = open_cache(args.cache or default_cache_path(), create=False)
    except CacheError as error:
        raise AdminError(str(error)) from error
    try:
        counts = export_bundle(db, args.out, overwrite=args.force)
    except FileExistsError as error:
        raise AdminError(f"{error}; use --force to replace it") from error
    finally:
        db.close()
    for stem, count in counts.items():
        print(f"{stem}: {count:,}")
    print(f"written: {args.out}")
    return 0

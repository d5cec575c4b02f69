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
        "--confirm-departures", type=int, default=None, metavar="N",
        help="a full snapshot may mark more than the allowed share of the caseload as having "
        "left only when N names exactly how many (the refusal message says the number)")
    importer.add_argument(
        "--max-departure-share", type=float, default=10.0, metavar="PERCENT",
        help="the share of the caseload a full snapshot may mark as having left without "
        "--confirm-departures (default 10)")
    importer.add_argument(
        "--no-plan", action="store_true",
        help="do not recompute the programme-places plan after the import (it is recomputed "
        "when the bundle has intakes and a verified model is installed)")
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

    if not 0 <= args.max_departure_share <= 100:
        raise AdminError("--max-departure-share must be a percentage from 0 to 100", exit_code=2)
    if args.confirm_departures is not None and args.confirm_departures < 0:
        raise AdminError("--confirm-departures must be a count (0 or more)", exit_code=2)
    cache_path = Path(args.cache or default_cache_path())
    progress = _progress_printer(not args.quiet and sys.stderr.isatty())
    started = time.perf_counter()
    options = {"allow_older": args.allow_older, "confirm_departures": args.confirm_departures,
               "max_departure_share": args.max_departure_share / 100}
    try:
        bundle = open_bundle(args.bundle, progress=progress)
        if cache_path.exists():
            if args.encrypt:
                raise AdminError(f"{cache_path} exists; --encrypt only applies to a new cache")
            report = _import_into(cache_path, bundle, progress, options)
        else:
            report = _import_new(cache_path, bundle, progress, options, args.encrypt)
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
    if not args.no_plan:
        _recompute_plan(cache_path)
    return 0


def _import_new(cache_path: Path, bundle, progress, options: dict, encrypt: bool):  # type: ignore[no-untyped-def]
    """A new cache appears whole or not at all: built beside it, renamed on success. The
    temporary file carries this process's id, so a later start can tell a leftover of a
    killed import from one still running (desktop_app.leftovers)."""
    from desktop_app.cache.connection import CacheError
    from desktop_app.leftovers import importing_path

    temp = importing_path(cache_path)
    created_key = False
    try:
        key = None
        if encrypt:
            key, created_key = _new_cache_key(cache_path)
        report = _import_into(temp, bundle, progress, options, new=True, key=key)
        os.replace(temp, cache_path)
    except CacheError as error:  # name the cache that was asked for, not the temporary file
        if created_key:
            from desktop_app.protection.keys import discard_pending_key

            discard_pending_key(cache_path)
        raise CacheError(str(error).replace(str(temp), str(cache_path))) from error
    except BaseException:
        if created_key:
            from desktop_app.protection.keys import discard_pending_key

            discard_pending_key(cache_path)  # a corrected retry may make a new one
        raise
    finally:
        _remove_database(temp)
    if created_key:
        from desktop_app.protection.keys import keep_keyring_key

        keep_keyring_key(cache_path)
    return report


def _recompute_plan(cache_path: Path) -> None:
    """Intakes may have changed: recompute the prices per place with the installed verified
    model (no model, or no intakes: nothing to do; a failure never undoes the import)."""
    from desktop_app.cache.audit_key import AuditKeyError, read_key
    from desktop_app.places.replan import ReplanError, replan_cache

    try:
        key: bytes | None = read_key(audit_key_path())
    except (AuditKeyError, OSError):
        key = None
    try:
        done = replan_cache(cache_path, audit_key=key)
    except ReplanError as error:
        if error.code != "no_intakes":
            print(f"note: places plan not recomputed ({error}); run 'wayfinder-admin places "
                  "plan' once a usable verified model is installed", file=sys.stderr)
        return
    except Exception as error:  # the import itself is committed and stays
        print(f"note: places plan not recomputed: {error}", file=sys.stderr)
        return
    print(f"places plan recomputed for {done.plan.caseload} citizens in {done.seconds:.1f} s")


def _new_cache_key(cache_path: Path):  # type: ignore[no-untyped-def]
    """(key, whether a keyring key was made for it)."""
    from desktop_app.protection.keys import (
        KeyUnavailable,
        create_keyring_key,
        key_from_environment,
        passphrase_key,
    )

    try:
        from_env = key_from_environment()
        if from_env is not None:
            return passphrase_key(from_env.secret, source=from_env.source), False
        return create_keyring_key(cache_path), True  # named after the final path
    except KeyUnavailable as error:
        raise AdminError(str(error)) from error


def _import_into(path: Path, bundle, progress, options: dict, new: bool = False, key=None):  # type: ignore[no-untyped-def]
    from desktop_app.cache.audit import AuditLog
    from desktop_app.cache.audit_key import AuditKeyError, audit_key_for
    from desktop_app.cache.connection import database_errors, database_problem, open_cache
    from desktop_app.cache.importer import DeparturesRefused, OlderBundleError, import_bundle

    db = open_cache(path, encrypt=key is not None, key=key) if new else open_cache(path)
    try:
        if new:
            # A file nobody else sees yet, discarded on failure: no journal needed (the rename
            # is the commit), which halves the writes of a large first import.
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
        audit = AuditLog(db, audit_key_for(db, audit_key_path()))
        report = import_bundle(db, bundle, audit=audit, actor="admin", progress=progress,
                               **options)
        if new:
            db.execute("PRAGMA journal_mode = WAL")
        return report
    except (OlderBundleError, DeparturesRefused) as error:
        raise AdminError(str(error), exit_code=2) from error
    except AuditKeyError as error:
        raise AdminError(f"{error} Nothing was imported.") from error
    except database_errors() as error:
        raise AdminError(f"{database_problem(error, path)}. Nothing was imported.") from error
    finally:
        db.close()
        if new and path.exists():
            with path.open("rb+") as handle:
                os.fsync(handle.fileno())


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def run_export(args: argparse.Namespace) -> int:
    from desktop_app.cache.connection import (
        CacheError,
        database_errors,
        database_problem,
        open_cache,
    )
    from desktop_app.cache.exporter import export_bundle

    cache_path = args.cache or default_cache_path()
    try:
        db = open_cache(cache_path, create=False)
    except CacheError as error:
        raise AdminError(str(error)) from error
    try:
        result = export_bundle(db, args.out, overwrite=args.force)
    except FileExistsError as error:
        raise AdminError(f"{error}; use --force to replace it") from error
    except database_errors() as error:
        raise AdminError(f"{database_problem(error, cache_path)}; nothing was exported") from error
    except OSError as error:
        raise AdminError(f"could not write the bundle to {args.out} "
                         f"({error.strerror or error}); nothing was exported") from error
    finally:
        db.close()
    for name in result.skipped_files:
        print(f"wayfinder-admin: warning: not written: kept file {name!r} has a name that is "
              "not a plain file name (from an older version); the rest is complete",
              file=sys.stderr)
    for stem, count in result.counts.items():
        print(f"{stem}: {count:,}")
    print(f"written: {args.out}")
    return 0

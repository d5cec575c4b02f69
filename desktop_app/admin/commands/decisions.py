"""`export-decisions`: write the decisions made in the app as a bundle-style file.

The route back to the case system and the data team: `decisions_app.jsonl` (one decision per
line, with overrides and their reasons) and `manifest.json` (hash, count and the audit chain
head at export time). The export itself is recorded in the audit log.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.admin.errors import AdminError
from desktop_app.locations import app_data_dir, default_cache_path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export-decisions",
        help="write the decisions recorded in the app (decisions_app.jsonl + manifest)",
        description="Write the decisions, overrides and reasons recorded in the app to OUT/"
        "decisions_app.jsonl with OUT/manifest.json (SHA-256, line count, audit chain head), "
        "and log the export in the audit log.",
    )
    parser.add_argument("out", metavar="OUT", type=Path, help="folder to write into")
    parser.add_argument("--cache", type=Path, default=None, help="case cache file")
    parser.add_argument("--since", default=None,
                        help="only decisions on or after this date (YYYY-MM-DD)")
    parser.add_argument("--actor", default=None, help="who exports (default: the OS user)")
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop_app.cache.audit import AuditLog, load_or_create_key
    from desktop_app.cache.connection import CacheError, open_cache
    from desktop_app.decisions.export import FILE_NAME, export_decisions
    from desktop_app.decisions.identity import caseworker_id

    if args.since:
        try:
            dt.date.fromisoformat(args.since)
        except ValueError as error:
            raise AdminError(f"--since must be YYYY-MM-DD (got {args.since!r})") from error
    if args.out.exists() and not args.out.is_dir():
        raise AdminError(f"{args.out} exists and is not a folder")
    try:
        db = open_cache(args.cache or default_cache_path(), create=False)
    except CacheError as error:
        raise AdminError(str(error)) from error
    try:
        audit = AuditLog(db, load_or_create_key(app_data_dir() / "keys" / "audit.key"))
        result = export_decisions(db, audit, args.out, actor=caseworker_id(args.actor, None),
                                  since=args.since)
    except OSError as error:
        raise AdminError(f"could not write the decisions export to {args.out}: {error}; "
                         "nothing was marked as exported") from error
    finally:
        db.close()
    print(f"written: {args.out / FILE_NAME} ({result.count} decision(s))")
    print(f"SHA-256: {result.sha256}")
    print(f"audit chain head: {result.audit_head[0]} {result.audit_head[1]}")
    return 0

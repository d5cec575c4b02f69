"""`export-decisions`: write the decisions made in the app as a bundle-style file.

The route back to the case system and the data team: `decisions_app.jsonl` (one decision per
line, with overrides and their reasons) and `manifest.json` (hash, count and the audit chain
head at export time). The export itself is recorded in the audit log.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.admin.errors import AdminError
from desktop_app.locations import default_cache_path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export-decisions",
        help="write the decisions and objections recorded in the app, with a manifest",
        description="Write the decisions, overrides and reasons recorded in the app to OUT/"
        "decisions_app.jsonl, the objections to profiling (GDPR Art. 21) to OUT/"
        "objections_app.jsonl, with OUT/manifest.json (SHA-256, line counts, audit chain "
        "head), and log the export in the audit log. A decision that no longer matches its "
        "audit entry refuses the whole export.",
    )
    parser.add_argument("out", metavar="OUT", type=Path, help="folder to write into")
    parser.add_argument("--cache", type=Path, default=None, help="case cache file")
    parser.add_argument("--since", default=None,
                        help="only decisions on or after this date (YYYY-MM-DD)")
    parser.add_argument("--actor", default=None, help="who exports (default: the OS user)")
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop_app.cache.connection import (
        CacheError,
        database_errors,
        database_problem,
        open_cache,
    )
    from desktop_app.decisions.export import (
        FILE_NAME,
        OBJECTIONS_FILE,
        ExportRefused,
        export_decisions,
    )
    from desktop_app.decisions.identity import caseworker_id
    from desktop_app.protection.cli_support import audit_for

    if args.since:
        try:
            dt.date.fromisoformat(args.since)
        except ValueError as error:
            raise AdminError(f"--since must be YYYY-MM-DD (got {args.since!r})") from error
    if args.out.exists() and not args.out.is_dir():
        raise AdminError(f"{args.out} exists and is not a folder")
    cache_path = args.cache or default_cache_path()
    try:
        db = open_cache(cache_path, create=False)
    except CacheError as error:
        raise AdminError(str(error)) from error
    try:
        audit = audit_for(db)
        result = export_decisions(db, audit, args.out, actor=caseworker_id(args.actor, None),
                                  since=args.since)
    except ExportRefused as error:
        raise AdminError(str(error), exit_code=3) from error
    except database_errors() as error:
        raise AdminError(f"{database_problem(error, cache_path)}; nothing was exported") from error
    except OSError as error:
        raise AdminError(f"could not write the decisions export to {args.out}: {error}; "
                         "nothing was marked as exported") from error
    finally:
        db.close()
    print(f"written: {args.out / FILE_NAME} ({result.count} decision(s))")
    print(f"written: {args.out / OBJECTIONS_FILE} ({result.objections} objection(s))")
    print(f"SHA-256: {result.sha256}")
    print(f"audit chain head: {result.audit_head[0]} {result.audit_head[1]}")
    return 0

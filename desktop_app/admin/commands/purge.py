"""`purge --older-than DAYS`: delete closed cases completely by the retention rule (Art. 17)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.admin.errors import AdminError


def register(subparsers: argparse._SubParsersAction) -> None:
    purge = subparsers.add_parser(
        "purge",
        help="delete cases closed (or gone from the caseload) more than DAYS ago",
        description="Delete every case closed, or no longer in the caseload, more than DAYS "
        "ago: case data, decisions and search index entries; the file is then vacuumed so no "
        "deleted bytes remain. Audit entries of purged cases are pseudonymised, not deleted.",
    )
    purge.add_argument("--older-than", type=int, required=True, metavar="DAYS")
    purge.add_argument("--cache", type=Path, default=None, help="case cache file")
    purge.add_argument("--dry-run", action="store_true", help="only count what would go")
    purge.add_argument(
        "--discard-unexported", action="store_true",
        help="purge even cases whose decisions or objections recorded in Wayfinder were not "
        "exported to the case system yet (they are lost; the purge's audit entry says how many)")
    purge.set_defaults(handler=run_purge)


def run_purge(args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop_app.cache.connection import database_errors, database_problem
    from desktop_app.protection.cli_support import audit_for, open_for_admin
    from desktop_app.protection.it_log import setup_it_log
    from desktop_app.protection.purge import (
        PurgeRefused,
        ScrubIncomplete,
        purge_closed_cases,
        purgeable_citizens,
    )

    if args.older_than < 1:
        raise AdminError("--older-than must be at least 1 day", exit_code=2)
    setup_it_log()
    db, path = open_for_admin(args.cache)
    try:
        if args.dry_run:
            count = len(purgeable_citizens(db, args.older_than, dt.date.today()))
            print(f"{count:,} closed case(s) would be purged from {path}")
            return 0
        result = purge_closed_cases(db, audit_for(db), older_than_days=args.older_than,
                                    actor="admin", discard_unexported=args.discard_unexported)
    except PurgeRefused as error:
        raise AdminError(str(error), exit_code=2) from error
    except ScrubIncomplete as error:
        raise AdminError(str(error), exit_code=4) from error
    except database_errors() as error:
        raise AdminError(f"{database_problem(error, path)}; nothing was purged") from error
    finally:
        db.close()
    if result.scrub_resumed:
        print("finished the compaction an earlier purge could not complete")
    for kind, count in result.unexported_discarded.items():
        print(f"discarded {count:,} unexported {kind} (recorded in the audit log)")
    print(f"purged {result.citizens:,} closed case(s); "
          f"{result.audit_entries_pseudonymised:,} audit entries pseudonymised")
    return 0

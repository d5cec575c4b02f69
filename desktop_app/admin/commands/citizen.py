"""`citizen export ID`: everything held about one citizen, for an access request (Art. 15)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.admin.cli import command_group
from desktop_app.admin.errors import AdminError


def register(subparsers: argparse._SubParsersAction) -> None:
    group = command_group(subparsers, "citizen", "a citizen's rights: access to their data")
    export = group.add_parser(
        "export",
        help="write everything held about one citizen (JSON + text summary)",
        description="Write the citizen's case data, decisions recorded in Wayfinder, "
        "suggestions shown and sheets exported (from the audit log) to OUT as readable JSON and "
        "a short text summary. The export is itself recorded in the audit log.",
    )
    export.add_argument("citizen_id", metavar="ID", help="the citizen's id in the case system")
    export.add_argument("--out", type=Path, required=True, help="new folder to write")
    export.add_argument("--cache", type=Path, default=None, help="case cache file")
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from desktop_app.protection.citizen_export import UnknownCitizen, export_citizen
    from desktop_app.protection.cli_support import audit_for, open_for_admin
    from desktop_app.protection.it_log import setup_it_log

    setup_it_log()
    db, _ = open_for_admin(args.cache)
    try:
        result = export_citizen(db, audit_for(db), args.citizen_id, args.out, actor="admin")
    except UnknownCitizen as error:
        raise AdminError(str(error), exit_code=2) from error
    except FileExistsError as error:
        raise AdminError(f"{error}; choose a new folder") from error
    finally:
        db.close()
    print(f"written: {result.json_path}")
    print(f"written: {result.summary_path}")
    return 0

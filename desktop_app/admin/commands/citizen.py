"""`citizen export ID`: everything held about one citizen, for an access request (Art. 15);
`citizen object ID [--withdraw]`: record (or withdraw) an objection to profiling (Art. 21)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.admin.cli import command_group
from desktop_app.admin.errors import AdminError


def register(subparsers: argparse._SubParsersAction) -> None:
    group = command_group(subparsers, "citizen",
                          "a citizen's rights: access to their data, objection to profiling")
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
    objection = group.add_parser(
        "object",
        help="record that a citizen objects to profiling (GDPR Art. 21), or withdraw it",
        description="Record, for back-office use, that the citizen objects to profiling "
        "(GDPR Art. 21): from then on nothing is scored for them and no model output appears "
        "on any screen, sheet or export. --withdraw records that the objection was withdrawn. "
        "Each change is an audited 'profiling_objection' entry; setting the state the citizen "
        "already has records nothing.",
    )
    objection.add_argument("citizen_id", metavar="ID", help="the citizen's id in the case system")
    objection.add_argument("--withdraw", action="store_true",
                           help="record that the citizen withdrew the objection")
    objection.add_argument("--cache", type=Path, default=None, help="case cache file")
    objection.add_argument("--actor", default=None,
                           help="who records it, for the audit log (default: your login name)")
    objection.set_defaults(handler=run_object)


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


def run_object(args: argparse.Namespace) -> int:
    from desktop_app.decisions.identity import caseworker_id
    from desktop_app.decisions.objections import objection_state, set_objection
    from desktop_app.protection.cli_support import audit_for, open_for_admin
    from desktop_app.protection.it_log import setup_it_log

    setup_it_log()
    db, _ = open_for_admin(args.cache)
    try:
        if db.execute("SELECT 1 FROM citizens WHERE id = ?", (args.citizen_id,)).fetchone() \
                is None:
            raise AdminError(f"no citizen with id {args.citizen_id!r} in the case cache",
                             exit_code=2)
        wanted = not args.withdraw
        before = objection_state(db, args.citizen_id).active
        set_objection(db, audit_for(db), citizen_id=args.citizen_id,
                      caseworker_id=caseworker_id(args.actor, None), active=wanted)
    finally:
        db.close()
    if before == wanted:
        state = "objects" if wanted else "does not object"
        print(f"unchanged: citizen {args.citizen_id} already {state} to profiling "
              "(nothing recorded)")
    elif wanted:
        print(f"recorded: citizen {args.citizen_id} objects to profiling (GDPR Art. 21); "
              "no suggestions are made or shown for them from now on")
    else:
        print(f"recorded: citizen {args.citizen_id} withdrew the objection to profiling")
    return 0

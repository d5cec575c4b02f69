"""`audit verify`, `audit head` and `audit purge`: check and keep the tamper-evident audit log."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.admin.cli import command_group
from desktop_app.admin.errors import AdminError

DEFAULT_AUDIT_DAYS = 365


def register(subparsers: argparse._SubParsersAction) -> None:
    group = command_group(subparsers, "audit", "check and keep the tamper-evident audit log")
    verify = group.add_parser(
        "verify",
        help="check the audit chain; say where it was edited, shortened or cut off",
        description="Walk the HMAC chain from the start (or the retention checkpoint). With "
        "--expect-head (from an export manifest or the IT log) a cut-off tail is detected too; "
        "without it, the last head written to the IT log is used when there is one.",
    )
    verify.add_argument("--cache", type=Path, default=None, help="case cache file")
    verify.add_argument("--expect-head", default=None, metavar="SEQ:HASH",
                        help="a head recorded outside the cache (export manifest, IT log)")
    verify.add_argument("--manifest", type=Path, default=None,
                        help="take the head from an export's manifest.json (bundle or decisions)")
    verify.add_argument("--log-dir", type=Path, default=None, help="IT log folder to read")
    verify.set_defaults(handler=run_verify)

    head = group.add_parser("head", help="print the audit chain head as SEQ:HASH",
                            description="Print the current head of the audit chain.")
    head.add_argument("--cache", type=Path, default=None, help="case cache file")
    head.set_defaults(handler=run_head)

    purge = group.add_parser(
        "purge",
        help="remove audit entries older than DAYS (at least 183: AI Act Art. 26)",
        description="Remove the oldest audit entries, leaving a signed checkpoint that "
        "verification starts from. Refused below six months or when the chain is broken.",
    )
    purge.add_argument("--older-than", type=int, default=DEFAULT_AUDIT_DAYS, metavar="DAYS")
    purge.add_argument("--cache", type=Path, default=None, help="case cache file")
    purge.set_defaults(handler=run_purge)


def run_verify(args: argparse.Namespace) -> int:
    from desktop_app.cache.audit import format_head, parse_head
    from desktop_app.protection.cli_support import audit_for, open_for_admin
    from desktop_app.protection.it_log import latest_logged_head

    expected_text = args.expect_head
    source = "--expect-head"
    if expected_text is None and args.manifest is not None:
        expected_text, source = _manifest_head(args.manifest), str(args.manifest)
    if expected_text is None:
        expected_text, source = latest_logged_head(args.log_dir), "the IT log"
    try:
        expected = parse_head(expected_text) if expected_text else None
    except ValueError as error:
        raise AdminError(str(error), exit_code=2) from error
    db, path = open_for_admin(args.cache)
    try:
        report = audit_for(db).verify_report(expected)
    finally:
        db.close()
    for note in report.notes:
        print(f"note: {note}")
    if expected is None:
        print("note: no head recorded outside the cache was given; a cut-off tail cannot be "
              "detected (pass --expect-head from an export manifest)")
    else:
        print(f"checked against the head from {source}: {format_head(expected)}")
    if report.problems:
        for problem in report.problems:
            print(f"PROBLEM: {problem}")
        raise AdminError(f"the audit log of {path} has been tampered with or damaged "
                         f"({len(report.problems)} problem(s) above)", exit_code=3)
    print(f"audit log intact: entries {report.start_seq}..{report.head[0]}, "
          f"head {format_head(report.head)}")
    return 0


def _manifest_head(path: Path) -> str:
    """The audit head an export recorded: `audit_head` (bundle) or `audit_chain_head`."""
    import json

    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise AdminError(f"cannot read the manifest {path} ({error})", exit_code=2) from error
    if isinstance(manifest.get("audit_head"), str):
        return str(manifest["audit_head"])
    chain = manifest.get("audit_chain_head")
    if isinstance(chain, dict) and "seq" in chain and "hash" in chain:
        return f"{chain['seq']}:{chain['hash']}"
    raise AdminError(f"the manifest {path} records no audit head", exit_code=2)


def run_head(args: argparse.Namespace) -> int:
    from desktop_app.cache.audit import format_head, read_head
    from desktop_app.protection.cli_support import open_for_admin

    db, _ = open_for_admin(args.cache)
    try:
        print(format_head(read_head(db)))
    finally:
        db.close()
    return 0


def run_purge(args: argparse.Namespace) -> int:
    from desktop_app.protection.audit_retention import RetentionError, purge_audit
    from desktop_app.protection.cli_support import audit_for, open_for_admin
    from desktop_app.protection.it_log import setup_it_log

    setup_it_log()
    db, _ = open_for_admin(args.cache)
    try:
        result = purge_audit(db, audit_for(db), older_than_days=args.older_than, actor="admin")
    except RetentionError as error:
        raise AdminError(str(error), exit_code=2) from error
    finally:
        db.close()
    print(f"removed {result.removed:,} audit entries; verification now starts after entry "
          f"{result.checkpoint_seq}")
    return 0

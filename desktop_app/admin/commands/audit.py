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
        description="Walk the HMAC chain from the start (or the retention checkpoint), check "
        "every decision and objection recorded in the app against its entry, and compare the "
        "chain with every head recorded outside the cache for this cache: --heads files "
        "collected by IT from the OS log (syslog/journald, Windows Event Log), an export's "
        "--manifest, --expect-head, and the IT log. Heads from the OS log are the ones the "
        "caseworker's account cannot rewrite; see docs/data-protection.md.",
    )
    verify.add_argument("--cache", type=Path, default=None, help="case cache file")
    verify.add_argument("--heads", type=Path, action="append", default=[], metavar="FILE",
                        help="a file of audit heads IT collected (syslog/journal lines, Windows "
                        "Event Log text, IT log files); may be given more than once")
    verify.add_argument("--expect-head", default=None, metavar="SEQ:HASH",
                        help="a head recorded outside the cache (export manifest, IT log)")
    verify.add_argument("--manifest", type=Path, default=None,
                        help="take the head from an export's manifest.json (bundle or decisions)")
    verify.add_argument("--log-dir", type=Path, default=None, help="IT log folder to read")
    verify.set_defaults(handler=run_verify)

    head = group.add_parser("head", help="print the audit chain head as SEQ:HASH cache=ID",
                            description="Print the current head of the audit chain and the id "
                            "of the cache it belongs to.")
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


def _outside_heads(args: argparse.Namespace, cache_id: str):  # type: ignore[no-untyped-def]
    """Every head recorded outside the cache for `cache_id`, and where they came from."""
    from desktop_app.cache.audit_heads import Head, read_heads, select_heads
    from desktop_app.protection.it_log import log_files

    heads: list[Head] = []
    sources: list[str] = []
    notes: list[str] = []
    try:
        if args.heads:
            heads += read_heads(args.heads)
            sources += [str(p) for p in args.heads]
    except OSError as error:
        raise AdminError(f"cannot read the heads file ({error})", exit_code=2) from error
    if args.expect_head is not None:
        heads += _parse_one(args.expect_head, cache_id)
        sources.append("--expect-head")
    if args.manifest is not None:
        heads += _parse_one(_manifest_head(args.manifest, cache_id), cache_id)
        sources.append(str(args.manifest))
    try:
        logged = read_heads(log_files(args.log_dir))
    except OSError:
        logged = []
    if logged:
        heads += logged
        sources.append("the IT log")
    chosen = select_heads(heads, cache_id)
    if chosen.unnamed:
        notes.append(f"{chosen.unnamed} head line(s) from before heads named their cache were "
                     "not used (they could belong to any cache on this laptop)")
    for other, found in sorted(chosen.others.items()):
        notes.append(f"heads of another case cache ({other}, up to entry "
                     f"{max(h.seq for h in found)}) were not used; if that cache no longer "
                     "exists, ask why")
    return chosen, sources, notes


def _parse_one(text: str, cache_id: str):  # type: ignore[no-untyped-def]
    from desktop_app.cache.audit import parse_head
    from desktop_app.cache.audit_heads import Head

    try:
        seq, digest = parse_head(text)
    except ValueError as error:
        raise AdminError(str(error), exit_code=2) from error
    return [Head(seq, digest, cache_id)]


def run_verify(args: argparse.Namespace) -> int:
    from desktop_app.cache import meta
    from desktop_app.cache.audit import format_head
    from desktop_app.protection.cli_support import audit_for, open_for_admin

    if args.expect_head is not None:
        _parse_one(args.expect_head, "")  # a malformed head is refused before anything opens
    db, path = open_for_admin(args.cache)
    try:
        cache_id = meta.cache_id(db)
        chosen, sources, notes = _outside_heads(args, cache_id)
        heads = chosen.mine
        report = audit_for(db).verify_report(heads=heads, other_caches=chosen.others)
    finally:
        db.close()
    for note in [*report.notes, *notes]:
        print(f"note: {note}")
    if not heads:
        print("note: no head recorded outside the cache was found for this cache "
              f"({cache_id}); a rewrite by someone holding the audit key, or a cut-off tail, "
              "cannot be detected. Collect the OS log's heads and pass --heads FILE "
              "(docs/it-guide.md)")
    else:
        newest = max(heads, key=lambda h: h.seq)
        print(f"checked against {len(heads)} head(s) recorded outside the cache "
              f"({', '.join(sources)}); newest: {newest.text}")
    if report.problems:
        for problem in report.problems:
            print(f"PROBLEM: {problem}")
        raise AdminError(f"the audit log of {path} has been tampered with or damaged "
                         f"({len(report.problems)} problem(s) above)", exit_code=3)
    print(f"audit log intact: entries {report.start_seq}..{report.head[0]}, "
          f"head {format_head(report.head)} cache={cache_id}")
    return 0


def _manifest_head(path: Path, cache_id: str) -> str:
    """The audit head an export recorded: `audit_head` (bundle) or `audit_chain_head`."""
    import json

    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise AdminError(f"cannot read the manifest {path} ({error})", exit_code=2) from error
    if not isinstance(manifest, dict):
        raise AdminError(f"the manifest {path} is not a JSON object", exit_code=2)
    chain = manifest.get("audit_chain_head")
    owner = manifest.get("audit_cache") or (chain.get("cache") if isinstance(chain, dict)
                                            else None)
    if owner is not None and owner != cache_id:
        raise AdminError(f"the manifest {path} holds the head of another case cache ({owner}), "
                         f"not of this one ({cache_id})", exit_code=2)
    if isinstance(manifest.get("audit_head"), str):
        return str(manifest["audit_head"])
    if isinstance(chain, dict) and "seq" in chain and "hash" in chain:
        return f"{chain['seq']}:{chain['hash']}"
    raise AdminError(f"the manifest {path} records no audit head", exit_code=2)


def run_head(args: argparse.Namespace) -> int:
    from desktop_app.cache import meta
    from desktop_app.cache.audit import format_head, read_head
    from desktop_app.protection.cli_support import open_for_admin

    db, _ = open_for_admin(args.cache)
    try:
        print(f"{format_head(read_head(db))} cache={meta.cache_id(db)}")
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

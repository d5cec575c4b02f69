"""`wayfinder-admin caseworkers`: proposals for unassigned citizens and the audited choice.

    caseworkers propose [CITIZEN ...]   explained proposals (default: every unassigned citizen)
    caseworkers assign CITIZEN --to ID  accept (the proposed id) or change, audited
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from desktop_app.admin.cli import command_group
from desktop_app.admin.errors import AdminError


def register(subparsers: argparse._SubParsersAction) -> None:
    group = command_group(subparsers, "caseworkers",
                          "match citizens to caseworkers: proposals, audited assignments")
    propose = group.add_parser(
        "propose", help="explained caseworker proposals for unassigned (or named) citizens",
        description="Score every caseworker on the roster for each citizen: shared meeting "
        "language, specialism fit, caseload balance, continuity. Proposals for several "
        "citizens count the ones before them on the caseloads.")
    propose.add_argument("citizens", nargs="*", metavar="CITIZEN",
                         help="citizen ids (default: every unassigned citizen)")
    propose.add_argument("--cache", type=Path, default=None,
                         help="case cache file")
    propose.add_argument("--own-effect", action="store_true",
                         help="also weigh each caseworker's own-effect estimate (off by "
                         "default; only where it rests on enough cases)")
    propose.add_argument("--limit", type=int, default=50, help="at most this many citizens")
    propose.add_argument("--json", action="store_true", help="one JSON object per line")
    propose.set_defaults(handler=run_propose)
    assign = group.add_parser("assign", help="assign a citizen to a caseworker (audited)",
                              description="Record the team lead's choice: the proposal "
                              "accepted, or changed to another caseworker. Audited.")
    assign.add_argument("citizen", metavar="CITIZEN")
    assign.add_argument("--to", required=True, metavar="CASEWORKER", help="caseworker id")
    assign.add_argument("--cache", type=Path, default=None,
                        help="case cache file")
    assign.add_argument("--actor", default=None, help="who assigns (default: the OS user)")
    assign.set_defaults(handler=run_assign)


def run_propose(args: argparse.Namespace) -> int:
    from desktop_app.assignment.assign import AssignmentError, propose_for, unassigned_citizens
    from desktop_app.protection.cli_support import open_for_admin

    db, _ = open_for_admin(args.cache)
    try:
        ids = args.citizens or unassigned_citizens(db)[: args.limit]
        proposals = propose_for(db, ids, use_own_effect=args.own_effect)
    except AssignmentError as error:
        raise AdminError(str(error)) from error
    finally:
        db.close()
    for proposal in proposals:
        if args.json:
            print(json.dumps(asdict(proposal), ensure_ascii=False, default=dict))
            continue
        best = proposal.proposed
        current = ", ".join(proposal.current) or "none"
        if best is None:
            print(f"{proposal.citizen_id}: no caseworker on the roster")
            continue
        reasons = "; ".join(_reason_text(r.code, dict(r.detail)) for r in best.reasons)
        print(f"{proposal.citizen_id} -> {best.caseworker_id} {best.display_name} "
              f"(current or last: {current}): {reasons}")
    return 0


def _reason_text(code: str, detail: dict) -> str:
    if code == "shared_language":
        which = "preferred language" if detail.get("preferred") else "language"
        return f"shared {which} {detail.get('language')}"
    if code == "interpreter_needed":
        return f"no shared language (interpreter for {detail.get('language') or '?'})"
    if code == "specialism":
        return f"specialism {detail.get('specialism')}"
    if code in ("caseload", "caseload_full"):
        full = " (full)" if code == "caseload_full" else ""
        return f"caseload {detail.get('caseload')}/{detail.get('max')}{full}"
    if code == "continuity":
        return "current caseworker"
    if code == "own_effect":
        return (f"own effect {100 * detail['estimate']:+.1f} in 100 "
                f"[{100 * detail['low']:+.1f}, {100 * detail['high']:+.1f}], "
                f"{detail['cases']} cases")
    return code


def run_assign(args: argparse.Namespace) -> int:
    from desktop_app.assignment.assign import AssignmentError, propose_for, record_assignment
    from desktop_app.decisions.identity import caseworker_id
    from desktop_app.protection.cli_support import audit_for, open_for_admin

    db, _ = open_for_admin(args.cache)
    try:
        audit = audit_for(db)
        proposal = propose_for(db, [args.citizen])[0]
        record_assignment(db, audit, proposal, args.to, actor=caseworker_id(args.actor, None))
    except AssignmentError as error:
        raise AdminError(str(error)) from error
    finally:
        db.close()
    proposed = proposal.proposed.caseworker_id if proposal.proposed else None
    verb = "accepted" if proposed == args.to else f"changed from the proposed {proposed}"
    print(f"{args.citizen} assigned to {args.to} ({verb}); recorded in the audit log")
    return 0

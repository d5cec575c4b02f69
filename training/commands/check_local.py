"""`wayfinder-admin models check-local`: does an installed, signed model work on this
municipality's own history? (docs/local-check.md)

Runs where the case cache is (a laptop or the municipality's server, with the central extra
installed for the evaluation's nuisance models): nothing leaves the machine. The verdict is kept
in the same cache (for the model panel and the rule on using the model) and recorded in its
audit trail.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop_app.admin.cli import command_group
from desktop_app.admin.commands.models import GROUP_HELP
from desktop_app.admin.errors import AdminError


def register(subparsers: argparse._SubParsersAction) -> None:
    models = command_group(subparsers, "models", GROUP_HELP)
    check = models.add_parser(
        "check-local",
        help="check the installed model on this municipality's own history (local verdict)",
        description="Evaluate the verified installed model VERSION on the history in the case "
        "cache, on this machine only: doubly robust policy values (suggested, observed, best "
        "single programme, within places) with 95%% intervals, calibration, the share of "
        "decisions outside the model's training support and the fairness audit by group. "
        "Gives a verdict by the rule in docs/local-check.md ('shown to work here', 'not shown "
        "to work here', 'too little local history'), keeps it in the cache and records it in "
        "the audit trail. Exit code 0 when shown to work here, 3 otherwise.")
    check.add_argument("version", metavar="VERSION", help="the installed model version")
    check.add_argument("--cache", type=Path, default=None, help="case cache file")
    check.add_argument("--store", type=Path, default=None, help="model store (default: app's)")
    check.add_argument("--id-key", type=Path, default=None,
                       help="only if this municipality's citizens may be among the model's "
                       "training citizens: the key they were hashed with, to leave them out")
    check.add_argument("--draws", type=int, default=500, help="bootstrap draws (default 500)")
    check.add_argument("--seed", type=int, default=0, help="cross-fitting/bootstrap seed")
    check.add_argument("--json", action="store_true", help="print the whole report as JSON")
    check.set_defaults(handler=run_check_local)


def _installed(store: Path | None, version: str):  # type: ignore[no-untyped-def]
    from desktop_app.locations import laptop_model_store
    from desktop_app.trust.errors import ModelUnavailable, TrustError
    from desktop_app.trust.installed import load_verified_model

    try:
        verified = load_verified_model(laptop_model_store(store))
    except ModelUnavailable as error:
        raise AdminError(f"no verified model installed: {error.reason}") from None
    except TrustError as error:
        raise AdminError(f"the installed model does not verify: {error}") from None
    if str(verified.version) != str(version):
        raise AdminError(f"model version {version} is not the installed model (installed: "
                         f"{verified.version}); install it first with 'models update'")
    if verified.withdrawn:
        raise AdminError(f"model version {version} was withdrawn "
                         f"({verified.withdrawn_reason or 'no reason given'}); not checked")
    return verified


def run_check_local(args: argparse.Namespace) -> int:
    from desktop_app.cache.connection import transaction
    from desktop_app.protection.cli_support import audit_for, open_for_admin
    from desktop_app.scoring.local_verdict import VERDICT_WORDS, record_verdict
    from desktop_app.scoring.model import ModelError
    from training.suggestions.citizen_hashes import existing_key
    from training.suggestions.local_check import check_local, verdict_record
    from training.suggestions.local_history import cache_history

    if args.draws < 50:
        raise AdminError("--draws must be at least 50")
    verified = _installed(args.store, args.version)
    db, _ = open_for_admin(args.cache)
    try:
        data = cache_history(db)
        try:
            key = existing_key(args.id_key) if args.id_key else None
            report = check_local(verified, data, key, seed=args.seed, draws=args.draws,
                                 version=str(verified.version))
        except (ModelError, ValueError) as error:
            raise AdminError(str(error)) from None
        record = verdict_record(report, str(verified.version))
        audit = audit_for(db)
        with transaction(db):
            record_verdict(db, record, audit.append)
    finally:
        db.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print_report(report)
    print(f"verdict for model {record.version}: {VERDICT_WORDS[record.verdict]}"
          + (f" (failed: {', '.join(record.failed)})" if record.failed else ""))
    return 0 if record.shown_to_work else 3


def _interval(value: dict) -> str:
    return f"{value['estimate']:.3f} [{value['ci_low']:.3f}, {value['ci_high']:.3f}]"


def print_report(report: dict) -> None:
    if "policy_value" not in report:
        print(report.get("note", "no figures"))
        return
    print(f"training citizens: {report['training_citizens']['note']}")
    print(f"local citizens with an outcome at {report['horizon_weeks']:g} weeks: "
          f"{report['citizens_with_outcome']} ({report['decisions_with_outcome']} decisions)")
    for name, value in report["policy_value"].items():
        print(f"{name:>28}: {_interval(value)}")
    print(f"{'gain vs observed':>28}: {_interval(report['gain_vs_observed'])}")
    print(f"{'gain vs best single':>28}: {_interval(report['gain_vs_best_single'])}")
    calibration = report["calibration"]
    print(f"{'calibration gap':>28}: {_interval(calibration['gap'])} (observed "
          f"{calibration['observed']:.3f}, predicted {calibration['predicted']:.3f})")
    support = report["outside_support"]
    print(f"{'outside training support':>28}: {support['share']:.1%} of "
          f"{support['decisions']} decisions")
    for facet, groups in report["fairness"].items():
        for group, figures in groups.items():
            label = f"{facet}={group}"
            if not figures.get("judged"):
                print(f"{label:>28}: {figures['citizens']} citizens, group too small")
                continue
            print(f"{label:>28}: gain {_interval(figures['gain_vs_observed'])}, calibration "
                  f"gap {figures['calibration_gap']['estimate']:+.3f} "
                  f"({figures['citizens']} citizens)")
    print("rule: " + json.dumps(report["rule"]))

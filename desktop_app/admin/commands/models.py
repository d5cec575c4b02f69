"""Laptop-side `models` commands for IT: update from a share, verify, show status, clear a
last-check time left in the future by a wrong clock, and the municipality's local rules about
shared models (pin, unpin, refuse, withdraw-local, allow; desktop_app.trust.local_rules).

The central commands (init, keygen, add, sign, publish, ...) live in
`training/commands/models_central.py` and join the same `models` group.
"""

from __future__ import annotations

import argparse
import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.admin.cli import command_group
from desktop_app.admin.errors import AdminError
from desktop_app.locations import laptop_model_store

log = logging.getLogger(__name__)

GROUP_HELP = "signed model updates (TUF): install, verify, sign and publish models"


def register(subparsers: argparse._SubParsersAction) -> None:
    models = command_group(subparsers, "models", GROUP_HELP)

    update = models.add_parser(
        "update",
        help="verify and install the newest signed model from a share folder",
        description="Read the model repository in SHARE_DIR (no network), verify it against the "
        "trust root built into this app, check the ONNX files and install the newest "
        "non-withdrawn version atomically, keeping the previous one.",
    )
    update.add_argument(
        "--from",
        dest="share",
        type=Path,
        required=True,
        metavar="SHARE_DIR",
        help="folder published with 'models publish'",
    )
    update.add_argument("--store", type=Path, default=None, help="model store (default: app's)")
    update.add_argument(
        "--publisher", default=None, metavar="NAME",
        help="follow this delegated publisher for this run (default: [updates] publisher in the "
        "system configuration file; '' for shared models only)")
    update.add_argument(
        "--wait",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="if another update is running, wait this long for it (default 60), then give up",
    )
    update.set_defaults(handler=run_update)

    verify = models.add_parser(
        "verify",
        help="re-verify the installed model offline (signatures, lengths, hashes)",
        description="Verify the installed model against its cached signed metadata without "
        "the share. Exit code 0 when usable, 1 when not (the reason is printed).",
    )
    verify.add_argument("--store", type=Path, default=None, help="model store (default: app's)")
    verify.set_defaults(handler=run_verify)

    status = models.add_parser(
        "status",
        help="show the installed model, its signer, and the anti-rollback state",
        description="Show version, training period, signing time and key, withdrawn mark, "
        "last successful check and the highest version ever installed.",
    )
    status.add_argument("--store", type=Path, default=None, help="model store (default: app's)")
    status.add_argument("--json", action="store_true", help="print JSON instead of text")
    status.set_defaults(handler=run_status)

    reset = models.add_parser(
        "clock-reset",
        help="clear a last-check time a wrong (future) clock left behind",
        description="Updates are refused while the clock is earlier than the last successful "
        "check (a clock set back could revive expired metadata). If a check ran while the "
        "clock was set in the future, correct the clock first, then run this: it replaces a "
        "last-check time that lies in the future with the current time, and records when, "
        "what and why in the install state and the IT log. It never moves the time back "
        "further. Needs write access to the anti-rollback record (administrator, where IT "
        "keeps it in an administrator-only folder).",
    )
    reset.add_argument("--reason", required=True, help="why (kept in the record and the IT log)")
    reset.add_argument("--store", type=Path, default=None, help="model store (default: app's)")
    reset.set_defaults(handler=run_clock_reset)
    _register_local_rules(models)


LOCAL_RULES = {
    "pin": "use exactly this model version on this laptop; updates install nothing else",
    "unpin": "lift the pin; the next update installs the newest acceptable version",
    "refuse": "never install this model version on this laptop",
    "withdraw-local": "stop using this model version on this laptop now, and never reinstall it",
    "allow": "lift a local refusal or withdrawal of this model version",
}


def _register_local_rules(models) -> None:  # type: ignore[no-untyped-def]
    for name, text in LOCAL_RULES.items():
        parser = models.add_parser(
            name, help=f"local rule: {text}",
            description=f"A municipality's local rule, set by IT: {text}. Needs a reason; "
            "recorded with the anti-rollback record (administrator-only where IT keeps it "
            "there) and in the IT log; shown by 'models status', 'doctor' and the model "
            "panel. Takes effect at the next 'models update' and the next start.")
        if name != "unpin":
            parser.add_argument("version", type=int, help="model version")
        parser.add_argument("--reason", required=True,
                            help="why (kept in the record and the IT log)")
        parser.add_argument("--store", type=Path, default=None,
                            help="model store (default: app's)")
        parser.set_defaults(handler=run_local_rule, rule=name)


def run_local_rule(args: argparse.Namespace) -> int:
    from desktop_app.protection.it_log import it_safe
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.local_rules import change_local_rule

    action = "withdraw" if args.rule == "withdraw-local" else args.rule
    version = getattr(args, "version", None)
    try:
        said = change_local_rule(_store(args), action, version, args.reason, datetime.now(UTC))
    except TrustError as error:
        raise AdminError(f"nothing changed: {error}") from None
    log.warning("local model rule set by IT: %s %s (%s)", it_safe(args.rule),
                it_safe("" if version is None else str(version)), it_safe(args.reason))
    print(f"{said}. Recorded in {_store(args).state_path} and the IT log.")
    return 0


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    return laptop_model_store(args.store)


def run_update(args: argparse.Namespace) -> int:
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.update import check_for_updates

    try:
        result = check_for_updates(args.share, _store(args), wait_seconds=max(0.0, args.wait),
                                   publisher=args.publisher)
    except TrustError as error:
        raise AdminError(f"update refused: {error}") from None
    print(result.message)
    for name in result.ignored_share_files:
        print(f"ignored (not listed in signed metadata): {name}")
    for version, reason in sorted(result.withdrawn_versions.items()):
        print(f"withdrawn: version {version}: {reason or 'no reason given'}")
    return 0 if result.status != "withdrawn" else 2


def run_verify(args: argparse.Namespace) -> int:
    from desktop_app.trust.errors import ModelUnavailable
    from desktop_app.trust.installed import load_verified_model

    try:
        model = load_verified_model(_store(args))
    except ModelUnavailable as error:
        raise AdminError(error.reason) from None
    if model.withdrawn:
        raise AdminError(
            f"model version {model.version} verifies but was withdrawn: "
            f"{model.withdrawn_reason or 'no reason given'}",
            exit_code=2,
        )
    print(f"model version {model.version} verified ({len(model.files)} files)")
    return 0


def run_status(args: argparse.Namespace) -> int:
    from desktop_app.config import configured_publisher
    from desktop_app.locations import max_check_age_days
    from desktop_app.trust.build_flavour import BUILD_FLAVOUR
    from desktop_app.trust.errors import ModelUnavailable, TrustError
    from desktop_app.trust.install_state import load_store_state
    from desktop_app.trust.installed import load_verified_model

    store = _store(args)
    info: dict = {"store": str(store.root), "anti_rollback_record": str(store.state_path),
                  "build_flavour": BUILD_FLAVOUR}
    try:
        state = load_store_state(store)
        last = state.last_check()
        info.update(
            highest_version_ever_installed=state.highest_model_version,
            last_successful_check=state.last_check_at,
            last_check_age_days=(datetime.now(UTC) - last).days if last else None,
            max_check_age_days=max_check_age_days(),
            withdrawn_versions=state.withdrawn,
            clock_resets=state.clock_resets,
            followed_publisher=configured_publisher() or "shared models only",
            pinned=state.pinned,
            local_refusals=state.local_refusals,
            local_history=state.local_history,
        )
    except TrustError as error:
        info["state_problem"] = str(error)
    try:
        model = load_verified_model(store)
        info["model"] = {
            "version": model.version,
            "training_period": model.training_period,
            "signed_at": model.signed_at,
            "signed_by_keys": list(model.key_ids),
            "verified_at": model.verified_at.isoformat(),
            "withdrawn": model.withdrawn,
            "withdrawn_reason": model.withdrawn_reason,
            "files": list(model.files),
            "metadata_expires": model.metadata_expires.isoformat(),
            "publisher": model.publisher or "shared",
            "local_rule": model.local_rule,
            "local_reason": model.local_reason,
        }
    except ModelUnavailable as error:
        info["model"] = None
        info["unavailable_because"] = error.reason
    if args.json:
        print(json.dumps(info, indent=2))
        return 0 if info["model"] else 1
    for key, value in info.items():
        if key == "model" and value:
            for sub, sub_value in value.items():
                print(f"{sub:>32}: {sub_value}")
        elif key != "model":
            print(f"{key:>32}: {value}")
    return 0 if info["model"] else 1


def run_clock_reset(args: argparse.Namespace) -> int:
    from desktop_app.protection.it_log import it_safe
    from desktop_app.trust.clock_guard import reset_clock_guard
    from desktop_app.trust.errors import TrustError

    store = _store(args)
    now = datetime.now(UTC)
    try:
        cleared = reset_clock_guard(store, now, args.reason)
    except TrustError as error:
        raise AdminError(f"clock reset refused: {error}") from None
    if cleared is None:
        print(f"nothing to clear: the last successful check is not later than the clock "
              f"({now:%Y-%m-%d %H:%M} UTC)")
        return 0
    log.warning("model store clock guard reset by IT: last check %s replaced by %s (%s)",
                it_safe(cleared.isoformat()), it_safe(now.isoformat()), it_safe(args.reason))
    print(f"cleared a last-check time in the future ({cleared:%Y-%m-%d %H:%M} UTC); updates "
          f"are accepted again from now ({now:%Y-%m-%d %H:%M} UTC). Recorded in "
          f"{store.state_path} and the IT log.")
    return 0

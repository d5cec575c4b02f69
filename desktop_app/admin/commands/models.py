"""Laptop-side `models` commands for IT: update from a share, verify, show status.

The central commands (init, keygen, add, sign, publish, ...) live in
`training/commands/models_central.py` and join the same `models` group.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop_app.admin.cli import command_group
from desktop_app.admin.errors import AdminError
from desktop_app.locations import default_model_store

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


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop_app.trust.model_store import ModelStore

    return ModelStore(args.store or default_model_store())


def run_update(args: argparse.Namespace) -> int:
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.update import check_for_updates

    try:
        result = check_for_updates(args.share, _store(args))
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
    from desktop_app.trust.errors import ModelUnavailable, TrustError
    from desktop_app.trust.install_state import load_state
    from desktop_app.trust.installed import load_verified_model

    store = _store(args)
    info: dict = {"store": str(store.root)}
    try:
        state = load_state(store.state_path)
        info.update(
            highest_version_ever_installed=state.highest_model_version,
            last_successful_check=state.last_check_at,
            withdrawn_versions=state.withdrawn,
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

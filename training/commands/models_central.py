"""Central `models` commands for the data team and IT: keys, repository, packages, publishing.

Runbook: docs/model-updates.md. These join the laptop commands (update/verify/status) in one
`models` group. Private keys are given with --key (repeatable); encrypted keys ask for their
passphrase, or read it from the environment variable named by --passphrase-env.
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from desktop_app.admin.cli import command_group
from desktop_app.admin.errors import AdminError

GROUP_HELP = "signed model updates (TUF): install, verify, sign and publish models"
ROLES = ("root", "targets", "snapshot", "timestamp")


def _keys_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--key",
        dest="keys",
        action="append",
        type=Path,
        default=[],
        metavar="PRIVATE_PEM",
        help="private key to sign with (repeatable)",
    )
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="environment variable holding the passphrase of encrypted keys",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    models = command_group(subparsers, "models", GROUP_HELP)

    keygen = models.add_parser(
        "keygen",
        help="generate an ed25519 signing key pair",
        description="Write NAME.private.pem and NAME.public.json to OUT.",
    )
    keygen.add_argument("name", help="key name, e.g. root-1-alice or targets-2025")
    keygen.add_argument("--out", type=Path, required=True, help="folder for the key files")
    keygen.add_argument(
        "--no-passphrase",
        action="store_true",
        help="store the private key unencrypted (demo/test only)",
    )
    keygen.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="take the new passphrase from this environment variable",
    )
    keygen.set_defaults(handler=run_keygen)

    init = models.add_parser(
        "init",
        help="create a new model repository (root v1)",
        description="Create REPO with root (threshold of offline keys), "
        "targets, snapshot and timestamp roles, consistent snapshots.",
    )
    init.add_argument("repo", type=Path)
    init.add_argument(
        "--root-key",
        action="append",
        type=Path,
        required=True,
        metavar="PUBLIC_JSON",
        help="root public key (repeat, e.g. 3 times)",
    )
    init.add_argument("--root-threshold", type=int, default=2)
    for role in ROLES[1:]:
        init.add_argument(
            f"--{role}-key",
            action="append",
            type=Path,
            required=True,
            metavar="PUBLIC_JSON",
            help=f"{role} public key",
        )
    for role in ROLES:
        init.add_argument(
            f"--{role}-days", type=int, default=None, help=f"days {role} metadata stays valid"
        )
    init.add_argument("--demo", action="store_true", help="mark root as DEMO (demo builds only)")
    _keys_args(init)
    init.set_defaults(handler=run_init)

    add = models.add_parser(
        "add",
        help="add a model package as a new version and sign it",
        description="Every file of MODEL_DIR becomes a signed target of "
        "model version VERSION; targets, snapshot, timestamp are re-signed.",
    )
    add.add_argument("repo", type=Path)
    add.add_argument("model_dir", type=Path)
    add.add_argument("--version", type=int, required=True, help="model version (must increase)")
    add.add_argument("--training-start", help="first day of training data (ISO date)")
    add.add_argument("--training-end", help="last day of training data (ISO date)")
    _keys_args(add)
    add.set_defaults(handler=run_add)

    sign = models.add_parser(
        "sign",
        help="add root signatures, or renew role metadata",
        description="--role root adds the given keys' signatures to the "
        "newest root (threshold signing in several sittings). --renew "
        "re-signs targets/snapshot/timestamp with new expiry dates.",
    )
    sign.add_argument("repo", type=Path)
    sign.add_argument("--role", choices=["root"], help="sign the newest root metadata")
    sign.add_argument("--renew", help="comma-separated: targets,snapshot,timestamp")
    _keys_args(sign)
    sign.set_defaults(handler=run_sign)

    publish = models.add_parser(
        "publish",
        help="check the repository and copy it to a share",
        description="Refuses anything a laptop would refuse; copies "
        "targets first and timestamp.json last.",
    )
    publish.add_argument("repo", type=Path)
    publish.add_argument("--to", dest="share", type=Path, required=True, metavar="SHARE_DIR")
    publish.set_defaults(handler=run_publish)

    rotate = models.add_parser(
        "rotate-root",
        help="new root version: add/remove keys",
        description="Write root N+1; it needs a threshold of signatures "
        "from the old and from the new root keys (see 'sign --role root').",
    )
    rotate.add_argument("repo", type=Path)
    rotate.add_argument("--add-key", action="append", default=[], metavar="ROLE=PUBLIC_JSON")
    rotate.add_argument("--remove-key", action="append", default=[], metavar="ROLE=KEYID")
    rotate.add_argument("--threshold", action="append", default=[], metavar="ROLE=N")
    _keys_args(rotate)
    rotate.set_defaults(handler=run_rotate)

    revoke = models.add_parser(
        "revoke",
        help="revoke a (lost or compromised) key",
        description="New root version without KEYID in ROLE, optionally "
        "with a replacement key; re-signs the role when possible.",
    )
    revoke.add_argument("repo", type=Path)
    revoke.add_argument("--role", choices=ROLES, required=True)
    revoke.add_argument("--keyid", required=True, help="key id (or unique prefix) to revoke")
    revoke.add_argument("--replace-with", type=Path, metavar="PUBLIC_JSON")
    _keys_args(revoke)
    revoke.set_defaults(handler=run_revoke)

    withdraw = models.add_parser(
        "withdraw",
        help="mark a model version withdrawn (signed)",
        description="Laptops stop suggesting with VERSION after their "
        "next update. The fix is a new, higher version.",
    )
    withdraw.add_argument("repo", type=Path)
    withdraw.add_argument("--version", type=int, required=True)
    withdraw.add_argument("--reason", required=True, help="shown to caseworkers and IT")
    _keys_args(withdraw)
    withdraw.set_defaults(handler=run_withdraw)

    listing = models.add_parser("list", help="list the model versions in a repository")
    listing.add_argument("repo", type=Path)
    listing.set_defaults(handler=run_list)


# -- helpers --------------------------------------------------------------------------------------
def _passphrase(env_name: str | None, prompt: str, confirm: bool = False) -> bytes:
    if env_name:
        value = os.environ.get(env_name)
        if not value:
            raise AdminError(f"environment variable {env_name} is empty or not set")
        return value.encode("utf-8")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("repeat: ") != first:
        raise AdminError("the passphrases differ")
    if not first:
        raise AdminError("an empty passphrase is not allowed (use --no-passphrase for demos)")
    return first.encode("utf-8")


def _signers(args: argparse.Namespace) -> list:
    from training.signing.keys import KeyError_, is_encrypted, load_signer

    signers = []
    for path in args.keys:
        try:
            secret = None
            if path.is_file() and is_encrypted(path):
                secret = _passphrase(args.passphrase_env, f"passphrase for {path.name}: ")
            signers.append(load_signer(path, secret))
        except KeyError_ as error:
            raise AdminError(str(error)) from None
    return signers


def _public(path: Path):  # type: ignore[no-untyped-def]
    from training.signing.keys import KeyError_, load_public_key

    try:
        return load_public_key(path)
    except KeyError_ as error:
        raise AdminError(str(error)) from None


def _repo(path: Path):  # type: ignore[no-untyped-def]
    from training.signing.central_repository import CentralRepository, SigningError

    try:
        return CentralRepository(path)
    except SigningError as error:
        raise AdminError(str(error)) from None


def _pair(text: str, what: str) -> tuple[str, str]:
    role, sep, value = text.partition("=")
    if not sep or role not in ROLES or not value:
        raise AdminError(f"{what} must look like ROLE=VALUE with ROLE one of {', '.join(ROLES)}")
    return role, value


def _run(action):  # type: ignore[no-untyped-def]
    """Run a repository action, turning signing/key errors into one-line AdminErrors."""
    from training.signing.central_repository import SigningError
    from training.signing.keys import KeyError_

    try:
        return action()
    except (SigningError, KeyError_) as error:
        raise AdminError(str(error)) from None


def _report_missing(missing: list[str]) -> int:
    for line in missing:
        print(f"still needed: {line}")
    return 0


# -- handlers -------------------------------------------------------------------------------------
def run_keygen(args: argparse.Namespace) -> int:
    from training.signing.keys import generate_key

    secret = None
    if not args.no_passphrase:
        secret = _passphrase(args.passphrase_env, f"new passphrase for {args.name}: ", True)
    private, public = _run(lambda: generate_key(args.out, args.name, secret))
    print(f"private key: {private} (keep offline; never commit)\npublic key:  {public}")
    return 0


def run_init(args: argparse.Namespace) -> int:
    from training.signing.central_repository import CentralRepository, ExpiryPolicy
    from training.signing.root_changes import root_status

    defaults = ExpiryPolicy()
    expiry = ExpiryPolicy(
        **{f"{role}_days": getattr(args, f"{role}_days") or defaults.days(role) for role in ROLES}
    )
    repo = _run(
        lambda: CentralRepository.create(
            args.repo,
            root_keys=[_public(p) for p in args.root_key],
            root_threshold=args.root_threshold,
            role_keys={r: [_public(p) for p in getattr(args, f"{r}_key")] for r in ROLES[1:]},
            signers=_signers(args),
            expiry=expiry,
            demo=args.demo,
        )
    )
    print(f"created model repository {repo.path}")
    return _report_missing(root_status(repo))


def run_add(args: argparse.Namespace) -> int:
    from training.signing.packages import add_package

    period = None
    if args.training_start or args.training_end:
        if not (args.training_start and args.training_end):
            raise AdminError("give both --training-start and --training-end")
        period = {"start": args.training_start, "end": args.training_end}
    repo = _repo(args.repo)
    added = _run(lambda: add_package(repo, args.model_dir, args.version, _signers(args), period))
    print(f"added model version {args.version} ({len(added)} files); now run 'models publish'")
    return 0


def run_sign(args: argparse.Namespace) -> int:
    from training.signing.root_changes import sign_root

    repo = _repo(args.repo)
    if not args.role and not args.renew:
        raise AdminError("say what to sign: --role root or --renew targets,snapshot,timestamp")
    signers = _signers(args)
    if args.role == "root":
        _report_missing(_run(lambda: sign_root(repo, signers)))
    if args.renew:
        roles = {r.strip() for r in args.renew.split(",") if r.strip()}
        _run(lambda: repo.renew(roles, signers))
        print(f"renewed {', '.join(sorted(roles))}")
    return 0


def run_publish(args: argparse.Namespace) -> int:
    from training.signing.publish import publish

    repo = _repo(args.repo)
    written = _run(lambda: publish(repo, args.share))
    print(f"published {repo.path} to {args.share} ({written} files written)")
    return 0


def run_rotate(args: argparse.Namespace) -> int:
    from training.signing.root_changes import rotate_root

    repo = _repo(args.repo)
    add = [(role, _public(Path(p))) for role, p in (_pair(a, "--add-key") for a in args.add_key)]
    remove = [_pair(r, "--remove-key") for r in args.remove_key]
    remove = [(role, _full_keyid(repo, role, keyid)) for role, keyid in remove]
    thresholds = {}
    for text in args.threshold:
        role, value = _pair(text, "--threshold")
        if not value.isdigit() or int(value) < 1:
            raise AdminError(f"--threshold {text}: N must be a positive number")
        thresholds[role] = int(value)
    missing = _run(lambda: rotate_root(repo, _signers(args), add, remove, thresholds))
    print(f"wrote root version {repo.root().version}")
    return _report_missing(missing)


def run_revoke(args: argparse.Namespace) -> int:
    from training.signing.root_changes import revoke_key

    repo = _repo(args.repo)
    keyid = _full_keyid(repo, args.role, args.keyid)
    replacement = _public(args.replace_with) if args.replace_with else None
    missing = _run(lambda: revoke_key(repo, args.role, keyid, _signers(args), replacement))
    print(f"revoked {args.role} key {keyid[:12]} in root version {repo.root().version}")
    return _report_missing(missing)


def run_withdraw(args: argparse.Namespace) -> int:
    from training.signing.packages import withdraw

    repo = _repo(args.repo)
    _run(lambda: withdraw(repo, args.version, args.reason, _signers(args)))
    print(f"model version {args.version} marked withdrawn; now run 'models publish'")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from training.signing.packages import list_packages

    for package in _run(lambda: list_packages(_repo(args.repo))):
        mark = f"  WITHDRAWN: {package['reason']}" if package["withdrawn"] else ""
        period = package["training_period"]
        print(
            f"v{package['version']}  trained {period.get('start')}..{period.get('end')}  "
            f"signed {package['signed_at']}  {len(package['files'])} files{mark}"
        )
    return 0


def _full_keyid(repo, role: str, prefix: str) -> str:  # type: ignore[no-untyped-def]
    matches = [k for k in repo.root().roles[role].keyids if k.startswith(prefix)]
    if len(matches) != 1:
        raise AdminError(f"{prefix!r} matches {len(matches)} {role} key ids; give more characters")
    return matches[0]

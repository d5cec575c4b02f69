"""Central `models` commands for the data team and IT: keys, repository, packages, publishing.

Runbook: docs/model-updates.md. These join the laptop commands (update/verify/status) in one
`models` group. Keys are kept apart: every command signs for ONE role, and only with keys of
that role (`init` signs nothing; `add`/`withdraw` take targets keys; `sign --role R` takes R's
keys; `rotate-root`/`revoke`/`sign --role root` take root keys), so root keys never meet the
online keys and no machine needs more than its own role's key. The steps pass metadata to each
other as files in the repository folder; `models check` says what is still needed.

`--key` (repeatable) is a private key file (encrypted: its passphrase is asked for, or read
from the environment variable named by --passphrase-env; unencrypted only for --demo
repositories), or a public key file naming a securesystemslib signer (a PKCS#11 token, a cloud
KMS; `models import-key`), whose PIN comes from --pin-env or a prompt.

Delegated publishers (municipalities, regions; training/signing/delegations.py): `delegate`,
`publisher-keys` and `revoke-publisher` change the top-level targets (targets keys, never
root); a publisher adds, withdraws and signs its own packages with `add/withdraw --publisher
NAME` and `sign --role NAME`, with its own keys only.
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


def _keys_args(parser: argparse.ArgumentParser, role: str) -> None:
    parser.add_argument(
        "--key",
        dest="keys",
        action="append",
        type=Path,
        default=[],
        metavar="KEY",
        help=f"{role} key to sign with: NAME.private.pem, or NAME.public.json naming a token or "
        "KMS signer (repeatable, e.g. for a threshold)",
    )
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="environment variable holding the passphrase of encrypted key files",
    )
    parser.add_argument(
        "--pin-env", metavar="VAR", help="environment variable holding a token's PIN"
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
        help="store the private key unencrypted (only with --demo)",
    )
    keygen.add_argument("--demo", action="store_true", help="a key for a demo repository")
    keygen.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="take the new passphrase from this environment variable",
    )
    keygen.set_defaults(handler=run_keygen)

    imported = models.add_parser(
        "import-key",
        help="make a public key file for a key held in a token or KMS",
        description="Write OUT/NAME.public.json naming where the private key lives, so it "
        "can be passed to --key. --hsm reads the public key from a PKCS#11 token (the "
        "PYKCS11LIB environment variable names the token's library; ECDSA P-256/P-384 keys); "
        "--uri attaches any securesystemslib signer URI (gcpkms:, awskms:, azurekms:, ...) to "
        "an existing public key file.",
    )
    imported.add_argument("name", help="key name, e.g. targets-token-2026")
    imported.add_argument("--out", type=Path, required=True, help="folder for the key file")
    source = imported.add_mutually_exclusive_group(required=True)
    source.add_argument("--hsm", action="store_true", help="read the key from a PKCS#11 token")
    source.add_argument("--uri", help="signer URI of a key whose public file is --public-key")
    imported.add_argument("--hsm-keyid", type=int, default=None, help="key id on the token")
    imported.add_argument("--token-label", default=None, help="label of the token to use")
    imported.add_argument("--public-key", type=Path, help="public key file (with --uri)")
    imported.add_argument("--pin-env", metavar="VAR", help="environment variable with the PIN")
    imported.set_defaults(handler=run_import_key)

    init = models.add_parser(
        "init",
        help="create a new model repository (root v1), from public keys only",
        description="Create REPO with root (threshold of offline keys, at least 2), "
        "targets, snapshot and timestamp roles, consistent snapshots. Nothing is signed here: "
        "each role signs in its own step ('models sign REPO --role ROLE'), see 'models check'.",
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
    init.add_argument(
        "--demo",
        action="store_true",
        help="mark root as DEMO (trusted by demo builds only; allows a 1-of-1 root and "
        "unencrypted key files)",
    )
    init.set_defaults(handler=run_init)

    add = models.add_parser(
        "add",
        help="add a model package as a new version and sign it",
        description="Every file of MODEL_DIR becomes a signed target of model version "
        "VERSION, after the laptop's own checks. Signs targets only; snapshot and timestamp "
        "follow in their own steps ('models sign --role snapshot', then '--role timestamp').",
    )
    add.add_argument("repo", type=Path)
    add.add_argument("model_dir", type=Path)
    add.add_argument("--version", type=int, required=True, help="model version (must increase)")
    add.add_argument("--training-start", help="first day of training data (ISO date)")
    add.add_argument("--training-end", help="last day of training data (ISO date)")
    add.add_argument("--publisher", default="", metavar="NAME",
                     help="add it as delegated publisher NAME (signed with NAME's keys)")
    _keys_args(add, "targets (or the publisher's)")
    add.set_defaults(handler=run_add)

    sign = models.add_parser(
        "sign",
        help="one role's signing step (root, targets, snapshot or timestamp)",
        description="Sign for ROLE with ROLE's keys only. root/targets: add signatures to the "
        "newest version (a threshold may take several sittings). snapshot/timestamp: make a "
        "new version when the role below changed, and sign it. --renew makes a new version "
        "with a new expiry date even if nothing changed: weekly for timestamp, before expiry "
        "for snapshot and targets, yearly for root (root keys: old and new thresholds).",
    )
    sign.add_argument("repo", type=Path)
    sign.add_argument("--role", required=True, metavar="ROLE",
                      help="root, targets, snapshot, timestamp, or a delegated publisher's name")
    sign.add_argument("--renew", action="store_true", help="new version, new expiry date")
    _keys_args(sign, "the role's")
    sign.set_defaults(handler=run_sign)

    check = models.add_parser(
        "check",
        help="say which signing steps are still needed before publishing",
        description="Check REPO the way 'publish' does, without publishing: signing steps "
        "still needed, expiry, target files. Exit code 0 when it can be published.",
    )
    check.add_argument("repo", type=Path)
    check.set_defaults(handler=run_check)

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
    _keys_args(rotate, "root")
    rotate.set_defaults(handler=run_rotate)

    revoke = models.add_parser(
        "revoke",
        help="revoke a (lost or compromised) key",
        description="New root version without KEYID in ROLE, optionally with a "
        "replacement key, signed with root keys. The role then re-signs in its own step with "
        "its new key ('models sign --role ROLE --key NEW_KEY').",
    )
    revoke.add_argument("repo", type=Path)
    revoke.add_argument("--role", choices=ROLES, required=True)
    revoke.add_argument("--keyid", required=True, help="key id (or unique prefix) to revoke")
    revoke.add_argument("--replace-with", type=Path, metavar="PUBLIC_JSON")
    _keys_args(revoke, "root")
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
    withdraw.add_argument("--publisher", default="", metavar="NAME",
                          help="a version of delegated publisher NAME (NAME's keys)")
    _keys_args(withdraw, "targets (or the publisher's)")
    withdraw.set_defaults(handler=run_withdraw)

    listing = models.add_parser("list", help="list the model versions in a repository")
    listing.add_argument("repo", type=Path)
    listing.set_defaults(handler=run_list)
    _register_delegation(models)


def _register_delegation(models) -> None:  # type: ignore[no-untyped-def]
    delegate = models.add_parser(
        "delegate",
        help="delegate a municipality's or region's own packages to its own keys",
        description="New top-level targets version delegating the paths publishers/NAME/*/* "
        "(terminating) to publisher NAME with its own public key(s) and threshold. Signed "
        "with the targets key(s); root is not touched. NAME then signs its first (empty) "
        "metadata: 'models sign REPO --role NAME --key NAME_KEY'.",
    )
    delegate.add_argument("repo", type=Path)
    delegate.add_argument("name", help="publisher name, e.g. odense (a-z, 0-9, '-')")
    delegate.add_argument("--publisher-key", action="append", type=Path, required=True,
                          metavar="PUBLIC_JSON", help="the publisher's public key (repeatable)")
    delegate.add_argument("--threshold", type=int, default=1,
                          help="signatures the publisher needs (default 1)")
    _keys_args(delegate, "targets")
    delegate.set_defaults(handler=run_delegate)

    keys = models.add_parser(
        "publisher-keys",
        help="add, rotate or revoke a delegated publisher's key, or change its threshold",
        description="New top-level targets version with the publisher's keys changed (a "
        "rotation adds the new key and revokes the old one in one step). Signed with the "
        "targets key(s); root is not touched. The publisher then re-signs with its current "
        "key(s): 'models sign REPO --role NAME --key NEW_KEY'.",
    )
    keys.add_argument("repo", type=Path)
    keys.add_argument("name", help="the delegated publisher")
    keys.add_argument("--add-key", action="append", type=Path, default=[],
                      metavar="PUBLIC_JSON")
    keys.add_argument("--revoke-key", action="append", default=[], metavar="KEYID",
                      help="key id (or unique prefix) to revoke")
    keys.add_argument("--threshold", type=int, default=None)
    _keys_args(keys, "targets")
    keys.set_defaults(handler=run_publisher_keys)

    revoke = models.add_parser(
        "revoke-publisher",
        help="end a delegation: laptops stop using that publisher's packages",
        description="New top-level targets version without publisher NAME. Its packages are "
        "no longer described; a laptop that installed one stops suggesting with it after its "
        "next update. Signed with the targets key(s).",
    )
    revoke.add_argument("repo", type=Path)
    revoke.add_argument("name")
    _keys_args(revoke, "targets")
    revoke.set_defaults(handler=run_revoke_publisher)

    listing = models.add_parser("publishers", help="list the delegated publishers")
    listing.add_argument("repo", type=Path)
    listing.set_defaults(handler=run_publishers)


def run_delegate(args: argparse.Namespace) -> int:
    from training.signing.delegations import create_delegation

    repo = _repo(args.repo)
    keys = [_public(path) for path in args.publisher_key]
    signers = _signers(args, repo, ("targets",), "delegate")
    missing = _run(lambda: create_delegation(repo, args.name, keys, args.threshold, signers))
    print(f"delegated publishers/{args.name}/*/* to publisher {args.name} "
          f"({args.threshold} of {len(keys)} key(s))")
    return _report_missing(missing)


def run_publisher_keys(args: argparse.Namespace) -> int:
    from training.signing.delegations import change_publisher_keys

    repo = _repo(args.repo)
    add = [_public(path) for path in args.add_key]
    if not add and not args.revoke_key and args.threshold is None:
        raise AdminError("nothing to change: give --add-key, --revoke-key or --threshold")
    current = _run(lambda: repo.role_keyids(args.name))
    remove = []
    for prefix in args.revoke_key:
        matches = [k for k in current if k.startswith(prefix)]
        if len(matches) != 1:
            raise AdminError(f"{prefix!r} matches {len(matches)} keys of publisher {args.name}; "
                             "give more characters")
        remove.append(matches[0])
    signers = _signers(args, repo, ("targets",), "publisher-keys")
    missing = _run(lambda: change_publisher_keys(repo, args.name, signers, add, remove,
                                                 args.threshold))
    print(f"publisher {args.name}: {len(add)} key(s) added, {len(remove)} revoked, in targets "
          f"version {repo.latest('targets').signed.version} (root unchanged)")
    return _report_missing(missing)


def run_revoke_publisher(args: argparse.Namespace) -> int:
    from training.signing.delegations import revoke_publisher

    repo = _repo(args.repo)
    signers = _signers(args, repo, ("targets",), "revoke-publisher")
    missing = _run(lambda: revoke_publisher(repo, args.name, signers))
    print(f"publisher {args.name} revoked in targets version "
          f"{repo.latest('targets').signed.version}")
    return _report_missing(missing)


def run_publishers(args: argparse.Namespace) -> int:
    from training.signing.delegations import list_publishers

    for item in _run(lambda: list_publishers(_repo(args.repo))):
        keys = ", ".join(k[:12] for k in item["keys"])
        state = "signed" if item["fully_signed"] else "NEEDS SIGNING"
        print(f"{item['publisher']}: {item['threshold']} of [{keys}]  paths "
              f"{' '.join(item['paths'])}  v{item['metadata_version']} {state}")
    return 0


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


def _secret_prompt(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    def secret(what: str) -> str:
        env = args.pin_env if what.startswith("pin") else args.passphrase_env
        return _passphrase(env, f"{what}: ").decode("utf-8")

    return secret


def _signers(  # type: ignore[no-untyped-def]
    args: argparse.Namespace, repo, roles: tuple[str, ...], command: str,
    joining: frozenset[str] = frozenset(),
) -> list:
    """Load every --key, refusing keys that are not keys of `roles` in the newest root (for
    root: also the previous root's keys, and `joining` root keys a change is adding, which
    sign a change of root)."""
    from training.signing.keys import KeyError_
    from training.signing.signers import load_key_argument

    allowed: dict[str, str] = {}
    for role in roles:
        for keyid in _run(lambda role=role: repo.role_keyids(role)):
            allowed[keyid] = role
    if "root" in roles:
        for keyid in _previous_root_keys(repo) | joining:
            allowed.setdefault(keyid, "root")
    signers = []
    for path in args.keys:
        try:
            signer = load_key_argument(path, _secret_prompt(args), repo.is_demo())
        except KeyError_ as error:
            raise AdminError(str(error)) from None
        keyid = signer.public_key.keyid
        if keyid not in allowed:
            owner = _role_of(repo, keyid)
            raise AdminError(
                f"{path} is {'a ' + owner if owner else 'not a'} key of this repository"
                f"{'' if owner else ' for any role'}; '{command}' signs {' and '.join(roles)} "
                "only (each role signs in its own step: 'models sign REPO --role ROLE')"
            )
        signers.append(signer)
    return signers


def _previous_root_keys(repo) -> set[str]:  # type: ignore[no-untyped-def]
    from tuf.api.metadata import Metadata

    versions = repo.versions("root")
    if len(versions) < 2:
        return set()
    md = Metadata.from_file(str(repo.metadata_dir / f"{versions[-2]}.root.json"))
    return set(md.signed.roles["root"].keyids)


def _role_of(repo, keyid: str) -> str:  # type: ignore[no-untyped-def]
    found = next((r for r in ROLES if keyid in repo.root().roles[r].keyids), "")
    if not found:
        found = next((f"publisher {name}'s" for name in repo.delegates()
                      if keyid in repo.role_keyids(name)), "")
    return found


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
    from tuf.api.exceptions import UnsignedMetadataError

    from training.signing.central_repository import SigningError
    from training.signing.keys import KeyError_

    try:
        return action()
    except (SigningError, KeyError_) as error:
        raise AdminError(str(error)) from None
    except UnsignedMetadataError as error:  # the signer itself failed (token, PIN, KMS)
        cause = error.__cause__
        detail = f"{type(cause).__name__}: {cause}" if cause else str(error)
        raise AdminError(f"signing failed: {detail.rstrip(': ')}") from None


def _report_missing(missing: list[str]) -> int:
    for line in missing:
        print(f"still needed: {line}")
    if not missing:
        print("nothing more to sign; next: 'models publish'")
    return 0


# -- handlers -------------------------------------------------------------------------------------
def run_keygen(args: argparse.Namespace) -> int:
    from training.signing.keys import generate_key

    if args.no_passphrase and not args.demo:
        raise AdminError(
            "an unencrypted private key is for a demo repository only: add --demo, or give a "
            "passphrase (or keep the key in a hardware token: 'models import-key --hsm')"
        )
    secret = None
    if not args.no_passphrase:
        secret = _passphrase(args.passphrase_env, f"new passphrase for {args.name}: ", True)
    private, public = _run(lambda: generate_key(args.out, args.name, secret))
    print(f"private key: {private} (keep offline; never commit)\npublic key:  {public}")
    return 0


def run_import_key(args: argparse.Namespace) -> int:
    from training.signing.signers import attach_signer_uri, import_hsm_key

    if args.hsm:
        args.passphrase_env = None
        path = _run(lambda: import_hsm_key(args.out, args.name, args.hsm_keyid,
                                           args.token_label, _secret_prompt(args)))
    else:
        if args.public_key is None:
            raise AdminError("--uri needs --public-key (the key's public file)")
        path = _run(lambda: attach_signer_uri(args.out, args.name, args.public_key, args.uri))
    print(f"public key: {path} (pass it to --key; the private key stays where it is)")
    return 0


def run_init(args: argparse.Namespace) -> int:
    from training.signing.central_repository import CentralRepository, ExpiryPolicy

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
            expiry=expiry,
            demo=args.demo,
        )
    )
    print(f"created model repository {repo.path}")
    return _report_missing(repo.pending_steps())


def run_add(args: argparse.Namespace) -> int:
    from training.signing.packages import add_package

    period = None
    if args.training_start or args.training_end:
        if not (args.training_start and args.training_end):
            raise AdminError("give both --training-start and --training-end")
        period = {"start": args.training_start, "end": args.training_end}
    repo = _repo(args.repo)
    signers = _signers(args, repo, (args.publisher or "targets",), "add")
    added = _run(lambda: add_package(repo, args.model_dir, args.version, signers, period,
                                     publisher=args.publisher))
    who = f" for publisher {args.publisher}" if args.publisher else ""
    print(f"added model version {args.version}{who} ({len(added)} files)")
    return _report_missing(repo.pending_steps())


def run_sign(args: argparse.Namespace) -> int:
    from training.signing.root_changes import renew_root, sign_root

    repo = _repo(args.repo)
    signers = _signers(args, repo, (args.role,), f"sign --role {args.role}")
    if not signers:
        raise AdminError(f"give the {args.role} key(s) to sign with: --key KEY")
    if args.role == "root":
        missing = _run(lambda: renew_root(repo, signers) if args.renew else sign_root(repo,
                                                                                      signers))
        if args.renew:
            print(f"wrote root version {repo.root().version} (same keys, new expiry date)")
        if missing:
            return _report_missing(missing)
        return _report_missing(repo.pending_steps())
    signed = _run(lambda: repo.sign_role_step(args.role, signers, renew=args.renew))
    latest = repo.latest(args.role).signed
    print(f"{args.role} v{latest.version}: "
          f"{'signed' if signed else 'nothing new to sign with these keys'}")
    return _report_missing(repo.pending_steps())


def run_check(args: argparse.Namespace) -> int:
    from training.signing.publish import check_packages_as_laptop, check_repository

    repo = _repo(args.repo)
    problems = _run(lambda: check_repository(repo))
    if not problems:
        _run(lambda: check_packages_as_laptop(repo))
    for line in problems:
        print(f"still needed: {line}")
    if not problems:
        print("ready to publish: 'models publish'")
    return 1 if problems else 0


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
    joining = frozenset(key.keyid for role, key in add if role == "root")
    signers = _signers(args, repo, ("root",), "rotate-root", joining)
    missing = _run(lambda: rotate_root(repo, signers, add, remove, thresholds))
    print(f"wrote root version {repo.root().version}")
    return _report_missing(missing or repo.pending_steps())


def run_revoke(args: argparse.Namespace) -> int:
    from training.signing.root_changes import revoke_key

    repo = _repo(args.repo)
    keyid = _full_keyid(repo, args.role, args.keyid)
    replacement = _public(args.replace_with) if args.replace_with else None
    joining = frozenset([replacement.keyid] if replacement and args.role == "root" else [])
    signers = _signers(args, repo, ("root",), "revoke", joining)
    missing = _run(lambda: revoke_key(repo, args.role, keyid, signers, replacement))
    print(f"revoked {args.role} key {keyid[:12]} in root version {repo.root().version}")
    return _report_missing(missing)


def run_withdraw(args: argparse.Namespace) -> int:
    from training.signing.packages import withdraw

    repo = _repo(args.repo)
    signers = _signers(args, repo, (args.publisher or "targets",), "withdraw")
    _run(lambda: withdraw(repo, args.version, args.reason, signers, publisher=args.publisher))
    print(f"model version {args.version} marked withdrawn")
    return _report_missing(repo.pending_steps())


def run_list(args: argparse.Namespace) -> int:
    from training.signing.packages import list_packages

    for package in _run(lambda: list_packages(_repo(args.repo))):
        mark = f"  WITHDRAWN: {package['reason']}" if package["withdrawn"] else ""
        if package["publisher"]:
            mark = f"  publisher {package['publisher']}{mark}"
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

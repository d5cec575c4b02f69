"""Root metadata changes: threshold signing in several sittings, renewal, rotation, revocation.

A new root version must carry a threshold of signatures from the previous root's root keys AND
from its own; laptops walk this chain from the root built into the app. Root keys are offline
and held by different people, so each change may be signed by one holder at a time
(`sign_root`); `root_status` says what is still missing, and publishing refuses until complete.
Renewal (`renew_root`, yearly before root expires) is a new version with the same keys. None of
this needs an online key: after a key change the online roles re-sign in their own steps.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

from securesystemslib.signer import Key, Signer
from tuf.api.metadata import Metadata, Root

from training.signing.central_repository import (
    MIN_ROOT_THRESHOLD,
    CentralRepository,
    SigningError,
    add_signatures,
    utc_now,
    write_metadata,
)
from training.signing.root_status import _root_md, root_status


def sign_root(repo: CentralRepository, signers: list[Signer]) -> list[str]:
    """Add the given root key holders' signatures to the newest root; return what is missing."""
    version = repo.versions(Root.type)[-1]
    md = _root_md(repo, version)
    allowed = set(md.signed.roles[Root.type].keyids)
    if version > 1:
        allowed |= set(_root_md(repo, version - 1).signed.roles[Root.type].keyids)
    if not add_signatures(md, allowed, signers):
        raise SigningError(f"none of the given keys is a root key of root v{version} (or new)")
    write_metadata(repo.metadata_dir, md)
    return root_status(repo, version)


def rotate_root(
    repo: CentralRepository,
    signers: list[Signer],
    add: list[tuple[str, Key]] = (),
    remove: list[tuple[str, str]] = (),
    thresholds: dict[str, int] | None = None,
    now: datetime | None = None,
) -> list[str]:
    """Write root version N+1 with keys added/removed; sign with whatever root keys are given."""
    now = now or utc_now()
    old_md = repo.latest(Root.type)
    if root_status(repo, old_md.signed.version):
        raise SigningError(
            f"root v{old_md.signed.version} is not fully signed yet; finish it with 'models sign "
            "--role root' before the next change"
        )
    new: Root = copy.deepcopy(old_md.signed)
    new.version += 1
    new.expires = now + timedelta(days=repo.expiry.root_days)
    for role, keyid in remove:
        if keyid not in new.roles[role].keyids:
            raise SigningError(f"key {keyid[:12]} is not a {role} key; nothing to revoke")
        new.revoke_key(keyid, role)
    for role, key in add:
        new.add_key(key, role)
    for role, threshold in (thresholds or {}).items():
        new.roles[role].threshold = threshold
    if new.roles[Root.type].threshold < MIN_ROOT_THRESHOLD and not repo.is_demo():
        raise SigningError(
            f"a root threshold of {new.roles[Root.type].threshold} lets one lost or stolen key "
            "replace every key; keep at least 2 (only a --demo repository may use 1)"
        )
    for role, info in new.roles.items():
        if len(info.keyids) < info.threshold:
            raise SigningError(
                f"{role} would have {len(info.keyids)} key(s) but a threshold of {info.threshold}"
            )
    md = Metadata(new)
    allowed = set(old_md.signed.roles[Root.type].keyids) | set(new.roles[Root.type].keyids)
    add_signatures(md, allowed, signers)
    write_metadata(repo.metadata_dir, md)
    return root_status(repo, new.version)


def renew_root(
    repo: CentralRepository, signers: list[Signer], now: datetime | None = None
) -> list[str]:
    """Root v(N+1) with the same keys and a new expiry date; signed by the given root keys."""
    return rotate_root(repo, signers, now=now)


def revoke_key(
    repo: CentralRepository,
    role: str,
    keyid: str,
    signers: list[Signer],
    replacement: Key | None = None,
    now: datetime | None = None,
) -> list[str]:
    """Remove `keyid` from `role` (optionally adding `replacement`) in a new root version.

    When the new root is fully signed and `signers` hold a key of the role, the role is
    re-signed at once (a new version); otherwise the role's own step is named as still needed.
    """
    now = now or utc_now()
    add = [(role, replacement)] if replacement is not None else []
    missing = rotate_root(repo, signers, add=add, remove=[(role, keyid)], now=now)
    if missing or role == Root.type:
        return missing
    role_keys = set(repo.root().roles[role].keyids)
    if not any(s.public_key.keyid in role_keys for s in signers):
        return repo.pending_steps()
    return repo.renew({role}, signers, now)

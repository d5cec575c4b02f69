"""Delegated publishers: municipalities or regions signing their own model packages.

The national or regional publisher (e.g. KL) holds the top-level roles. Each municipality or
region is a TUF delegated targets role named after it, with its own keys and threshold,
terminating, and restricted to the paths `publishers/<name>/*/*` (see
desktop_app.trust.package_info.publisher_paths), so it can publish or withdraw only its own
packages. The delegation lives in the top-level targets metadata: creating one, adding,
rotating or revoking a publisher's key, or revoking the publisher altogether is a new targets
version signed by the targets key(s), never a root change. After a key change the publisher
re-signs its own metadata with its current key(s) (`models sign REPO --role NAME`), and the
snapshot and timestamp steps follow as usual.
"""

from __future__ import annotations

from datetime import datetime

from securesystemslib.signer import Key, Signer
from tuf.api.metadata import DelegatedRole, Delegations, Metadata, Targets

from desktop_app.trust.errors import TrustError
from desktop_app.trust.package_info import check_publisher_name, publisher_paths
from training.signing.central_repository import CentralRepository, SigningError, utc_now


def _name(name: str) -> str:
    try:
        return check_publisher_name(name)
    except TrustError as error:
        raise SigningError(str(error)) from None


def _top_targets(repo: CentralRepository) -> tuple[Metadata, bool]:
    md = repo.latest(Targets.type)
    return md, repo.targets_published(md)


def _role(targets: Targets, name: str) -> DelegatedRole:
    roles = targets.delegations.roles if targets.delegations else None
    if not roles or name not in roles:
        known = ", ".join(sorted(roles or {})) or "none"
        raise SigningError(f"no publisher named {name!r} is delegated (delegated: {known})")
    return roles[name]


def create_delegation(
    repo: CentralRepository,
    name: str,
    keys: list[Key],
    threshold: int,
    signers: list[Signer],
    now: datetime | None = None,
) -> list[str]:
    """Delegate `publishers/<name>/*/*` to a new publisher; return the steps still needed."""
    now = now or utc_now()
    name = _name(name)
    if not keys:
        raise SigningError(f"publisher {name} needs at least one public key (--key)")
    if not 1 <= threshold <= len(keys):
        raise SigningError(f"threshold {threshold} needs at least as many keys ({len(keys)})")
    md, published = _top_targets(repo)
    targets: Targets = md.signed
    if targets.delegations is None:
        targets.delegations = Delegations(keys={}, roles={})
    if name in (targets.delegations.roles or {}) or repo.versions(name):
        raise SigningError(
            f"publisher {name} exists or existed in this repository; a publisher's name is "
            "never reused (its old metadata versions would clash)"
        )
    top_keys = {k for role in ("root", "targets", "snapshot", "timestamp")
                for k in repo.root().roles[role].keyids}
    for key in keys:
        if key.keyid in top_keys:
            raise SigningError(f"key {key.keyid[:12]} is a top-level key; a publisher needs "
                               "its own keys")
    assert targets.delegations.roles is not None
    targets.delegations.roles[name] = DelegatedRole(
        name, [], threshold, True, paths=publisher_paths(name))
    for key in keys:
        targets.add_key(key, name)
    repo.stage_targets(md, now, bump=published)
    first = Targets(version=1, expires=now)
    repo.stage_targets(Metadata(first), now, bump=False, role=name)
    return repo.sign_online(signers, now)


def change_publisher_keys(
    repo: CentralRepository,
    name: str,
    signers: list[Signer],
    add: list[Key] = (),  # type: ignore[assignment]
    remove: list[str] = (),  # type: ignore[assignment]
    threshold: int | None = None,
    now: datetime | None = None,
) -> list[str]:
    """Add and/or revoke publisher keys (a rotation is both) or change its threshold, in a new
    top-level targets version; root is not touched. The publisher then re-signs with its
    current keys."""
    now = now or utc_now()
    md, published = _top_targets(repo)
    targets: Targets = md.signed
    role = _role(targets, _name(name))
    for keyid in remove:
        if keyid not in role.keyids:
            raise SigningError(f"{keyid[:12]} is not a key of publisher {name}")
    for key in add:
        if key.keyid in role.keyids:
            raise SigningError(f"{key.keyid[:12]} is already a key of publisher {name}")
    for key in add:
        targets.add_key(key, name)
    for keyid in remove:
        targets.revoke_key(keyid, name)
    if threshold is not None:
        role.threshold = threshold
    if not role.keyids:
        raise SigningError(
            f"publisher {name} would have no key left; add its new key in the same step "
            f"(--add-key), or revoke the publisher ('models delegation revoke')")
    if not 1 <= role.threshold <= len(role.keyids):
        raise SigningError(
            f"publisher {name} would need {role.threshold} signatures from "
            f"{len(role.keyids)} key(s); change --threshold too")
    repo.stage_targets(md, now, bump=published)
    return repo.sign_online(signers, now)


def revoke_publisher(
    repo: CentralRepository, name: str, signers: list[Signer], now: datetime | None = None
) -> list[str]:
    """End a delegation: the publisher's packages are no longer described to any laptop (a
    laptop that installed one stops suggesting with it after its next update)."""
    now = now or utc_now()
    md, published = _top_targets(repo)
    targets: Targets = md.signed
    role = _role(targets, _name(name))
    for keyid in list(role.keyids):
        targets.revoke_key(keyid, name)
    assert targets.delegations is not None and targets.delegations.roles is not None
    del targets.delegations.roles[name]
    repo.stage_targets(md, now, bump=published)
    return repo.sign_online(signers, now)


def list_publishers(repo: CentralRepository) -> list[dict]:
    targets: Targets = repo.latest(Targets.type).signed
    found = []
    for name in repo.delegates():
        role = targets.get_delegated_role(name)
        latest = repo.latest(name)
        found.append({
            "publisher": name,
            "threshold": role.threshold,
            "keys": sorted(role.keyids),
            "paths": list(getattr(role, "paths", None) or []),
            "terminating": bool(getattr(role, "terminating", False)),
            "metadata_version": latest.signed.version,
            "fully_signed": repo.fully_signed(latest, name),
        })
    return found


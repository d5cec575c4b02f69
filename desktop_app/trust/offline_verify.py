"""Re-verifies cached TUF metadata and installed files with no share and no network.

Used at every start: the root chain is walked from the root built into the app, then timestamp,
snapshot and targets are checked for signatures, versions, lengths and hashes exactly as the TUF
client workflow does, except expiry: an installed model keeps working after a date passes, so a
caseworker is never left without suggestions mid-meeting (updates do enforce expiry).

Delegated publishers: every `<name>.json` in the folder whose name the top-level targets
delegate to is verified too (listed in the snapshot at that version, signed by a threshold of
the keys the top-level targets give it, every target inside its delegated paths); a delegate
file the top-level targets no longer delegate to (a revoked publisher) is ignored, so its
packages are no longer described. `TrustedMetadata.packages()` merges the top-level
publisher's packages with the delegates' (see package_info.py).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from tuf.api import exceptions
from tuf.api.metadata import Metadata, MetaFile, Root, Snapshot, Targets, Timestamp
from tuf.api.serialization import DeserializationError

from desktop_app.trust.errors import TrustError
from desktop_app.trust.package_info import (
    SHARED,
    PackageInfo,
    check_publisher_name,
    packages_in,
    publisher_paths,
)

# Caps on metadata size (bytes), shared with the updater so a huge file is never parsed.
ROOT_MAX_BYTES = 256 * 1024
TIMESTAMP_MAX_BYTES = 16 * 1024
SNAPSHOT_MAX_BYTES = 1024 * 1024
TARGETS_MAX_BYTES = 4 * 1024 * 1024
MAX_ROOT_ROTATIONS = 64


@dataclass(frozen=True)
class TrustedMetadata:
    root: Root
    timestamp: Timestamp
    snapshot: Snapshot
    targets: Targets
    targets_key_ids: tuple[str, ...]  # keys whose valid signatures made targets trusted
    delegates: dict[str, Targets] = field(default_factory=dict)  # publisher name -> targets
    delegate_key_ids: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def target(self, path: str, publisher: str = SHARED):  # -> TargetFile
        """The signed TargetFile for `path` in `publisher`'s metadata."""
        return (self.delegates[publisher] if publisher else self.targets).targets[path]

    def metadata_of(self, publisher: str) -> Targets:
        return self.delegates[publisher] if publisher else self.targets

    def key_ids_of(self, publisher: str) -> tuple[str, ...]:
        return self.delegate_key_ids[publisher] if publisher else self.targets_key_ids

    def packages(self, publishers: set[str] | None = None) -> dict[int, PackageInfo]:
        """Model versions of the top-level publisher and of every verified delegate (or of
        `publishers` only). A version number two publishers both use is refused: a laptop's
        store, rollback record and local pins name a version."""
        merged: dict[int, PackageInfo] = {}
        for name in [SHARED, *sorted(self.delegates)]:
            if publishers is not None and name not in publishers:
                continue
            for version, info in packages_in(self.metadata_of(name).targets, name).items():
                other = merged.get(version)
                if other is not None:
                    raise TrustError(
                        f"model version {version} is signed by two publishers "
                        f"({other.publisher or 'shared'} and {name}); refused"
                    )
                merged[version] = info
        return merged


def read_capped(path: Path, cap: int) -> bytes:
    """Read a regular, non-symlinked, non-hardlinked file of at most `cap` bytes."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        raise TrustError(f"{path.name} is missing from {path.parent}") from None
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
        raise TrustError(f"{path} is a symlink or not a regular file; refused")
    if info.st_nlink > 1:
        raise TrustError(f"{path} is hardlinked; refused")
    if info.st_size > cap:
        raise TrustError(f"{path} is {info.st_size} bytes, more than the {cap} allowed")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(path, flags), "rb") as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise TrustError(f"{path} grew beyond {cap} bytes while being read; refused")
    return data


def _parse(data: bytes, name: str) -> Metadata:
    try:
        return Metadata.from_bytes(data)
    except DeserializationError as error:
        raise TrustError(f"{name} is malformed metadata: {error.__cause__ or error}") from None


def _check_signed(delegator: Root, role: str, md: Metadata, name: str) -> tuple[str, ...]:
    if md.signed.type != role:
        raise TrustError(f"{name} holds {md.signed.type} metadata, expected {role}")
    result = delegator.get_verification_result(role, md.signed_bytes, md.signatures)
    if not result.verified:
        raise TrustError(
            f"{name} is signed by {len(result.signed)} of the {result.threshold} required "
            f"trusted {role} key(s) (edited, or signed by an unknown or revoked key)"
        )
    return tuple(sorted(result.signed))


def _check_meta(meta: MetaFile, data: bytes, name: str) -> None:
    try:
        meta.verify_length_and_hashes(data)
    except exceptions.LengthOrHashMismatchError as error:
        raise TrustError(f"{name} does not match its signed length/hash: {error}") from None


def verify_metadata_dir(metadata_dir: Path, trust_root: bytes) -> TrustedMetadata:
    """Verify the metadata in `metadata_dir` (Updater cache layout) against `trust_root`."""
    root_md = _parse(trust_root, "the built-in trust root")
    _check_signed(root_md.signed, Root.type, root_md, "the built-in trust root")
    root: Root = root_md.signed
    for version in range(root.version + 1, root.version + 1 + MAX_ROOT_ROTATIONS):
        path = metadata_dir / "root_history" / f"{version}.root.json"
        if not path.exists():
            break
        name = f"root version {version}"
        new_md = _parse(read_capped(path, ROOT_MAX_BYTES), name)
        # a new root needs a threshold of the old root's keys and of its own
        _check_signed(root, Root.type, new_md, f"{name} (by the previous root's keys)")
        _check_signed(new_md.signed, Root.type, new_md, f"{name} (by its own keys)")
        if new_md.signed.version != version:
            raise TrustError(f"{path.name} holds root version {new_md.signed.version}")
        root = new_md.signed

    ts_md = _parse(read_capped(metadata_dir / "timestamp.json", TIMESTAMP_MAX_BYTES), "timestamp")
    _check_signed(root, Timestamp.type, ts_md, "timestamp.json")
    timestamp: Timestamp = ts_md.signed

    snapshot_bytes = read_capped(metadata_dir / "snapshot.json", SNAPSHOT_MAX_BYTES)
    _check_meta(timestamp.snapshot_meta, snapshot_bytes, "snapshot.json")
    snap_md = _parse(snapshot_bytes, "snapshot.json")
    _check_signed(root, Snapshot.type, snap_md, "snapshot.json")
    snapshot: Snapshot = snap_md.signed
    if snapshot.version != timestamp.snapshot_meta.version:
        raise TrustError(
            f"snapshot.json is version {snapshot.version}, timestamp expects "
            f"{timestamp.snapshot_meta.version}"
        )

    targets_bytes = read_capped(metadata_dir / "targets.json", TARGETS_MAX_BYTES)
    targets_meta = snapshot.meta.get("targets.json")
    if targets_meta is None:
        raise TrustError("snapshot.json does not list targets.json")
    _check_meta(targets_meta, targets_bytes, "targets.json")
    targets_md = _parse(targets_bytes, "targets.json")
    key_ids = _check_signed(root, Targets.type, targets_md, "targets.json")
    targets: Targets = targets_md.signed
    if targets.version != targets_meta.version:
        raise TrustError(
            f"targets.json is version {targets.version}, snapshot expects {targets_meta.version} "
            "(an old targets file under a new snapshot)"
        )
    delegates, delegate_keys = _verify_delegates(metadata_dir, snapshot, targets)
    return TrustedMetadata(root, timestamp, snapshot, targets, key_ids, delegates, delegate_keys)


def delegated_names(targets: Targets) -> list[str]:
    if targets.delegations is None or targets.delegations.roles is None:
        return []
    return list(targets.delegations.roles)


def _verify_delegates(
    metadata_dir: Path, snapshot: Snapshot, targets: Targets
) -> tuple[dict[str, Targets], dict[str, tuple[str, ...]]]:
    found: dict[str, Targets] = {}
    key_ids: dict[str, tuple[str, ...]] = {}
    for name in delegated_names(targets):
        path = metadata_dir / f"{name}.json"
        if not path.exists():
            continue  # a laptop keeps only the publisher it follows
        found[name], key_ids[name] = verify_delegate(
            name, read_capped(path, TARGETS_MAX_BYTES), snapshot, targets)
    return found, key_ids


def verify_delegate(
    name: str, data: bytes, snapshot: Snapshot, targets: Targets
) -> tuple[Targets, tuple[str, ...]]:
    """Verify publisher `name`'s metadata bytes against the snapshot and its delegation."""
    label = f"publisher {name!r} ({name}.json)"
    try:
        check_publisher_name(name)
    except TrustError as error:
        raise TrustError(f"{label}: {error}") from None
    role = targets.delegations.roles[name] if targets.delegations and targets.delegations.roles \
        else None
    if role is None:
        raise TrustError(f"{label} is not a publisher the top-level targets delegate to")
    if not role.terminating or role.paths != publisher_paths(name):
        raise TrustError(
            f"{label}: its delegation must be terminating and restricted to "
            f"{', '.join(publisher_paths(name))} (the top-level targets say otherwise)"
        )
    meta = snapshot.meta.get(f"{name}.json")
    if meta is None:
        raise TrustError(f"snapshot.json does not list {name}.json")
    _check_meta(meta, data, f"{name}.json")
    md = _parse(data, f"{name}.json")
    if md.signed.type != Targets.type:
        raise TrustError(f"{name}.json holds {md.signed.type} metadata, expected targets")
    result = targets.get_verification_result(name, md.signed_bytes, md.signatures)
    if not result.verified:
        raise TrustError(
            f"{label} is signed by {len(result.signed)} of the {result.threshold} required "
            "keys the top-level targets give this publisher (signed by another publisher, by "
            "a revoked or rotated-out key, or edited)"
        )
    delegate: Targets = md.signed
    if delegate.version != meta.version:
        raise TrustError(
            f"{name}.json is version {delegate.version}, snapshot expects {meta.version}")
    outside = sorted(p for p in delegate.targets if not role.is_delegated_path(p))
    if outside:
        raise TrustError(
            f"{label} signs {outside[0]}"
            f"{f' and {len(outside) - 1} more' if len(outside) > 1 else ''}, outside its "
            f"delegated paths {', '.join(role.paths or [])}: a publisher may sign only its own "
            "model packages"
        )
    if delegate.delegations is not None:
        raise TrustError(f"{label} delegates further; publishers may not delegate")
    return delegate, tuple(sorted(result.signed))


def verify_file(path: Path, target, cap: int) -> None:
    """Check one installed file against its signed TargetFile (length first, then hashes)."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        raise TrustError(f"{path.name} is missing from the installed model") from None
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
        raise TrustError(f"{path.name} in the installed model is a symlink or not a file")
    if info.st_nlink > 1:
        raise TrustError(f"{path.name} in the installed model is hardlinked; refused")
    if info.st_size != target.length or info.st_size > cap:
        raise TrustError(
            f"{path.name} is {info.st_size} bytes but the signed length is {target.length} "
            "(truncated or extended)"
        )
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(path, flags), "rb") as handle:
        try:
            target.verify_length_and_hashes(handle)
        except exceptions.LengthOrHashMismatchError:
            raise TrustError(
                f"{path.name} does not match its signed hash (altered or swapped)"
            ) from None

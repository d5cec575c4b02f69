"""Re-verifies cached TUF metadata and installed files with no share and no network.

Used at every start: the root chain is walked from the root built into the app, then timestamp,
snapshot and targets are checked for signatures, versions, lengths and hashes exactly as the TUF
client workflow does, except expiry: an installed model keeps working after a date passes, so a
caseworker is never left without suggestions mid-meeting (updates do enforce expiry).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from tuf.api import exceptions
from tuf.api.metadata import Metadata, MetaFile, Root, Snapshot, Targets, Timestamp
from tuf.api.serialization import DeserializationError

from desktop_app.trust.errors import TrustError

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
    return TrustedMetadata(root, timestamp, snapshot, targets, key_ids)


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

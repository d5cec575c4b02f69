"""Checks a repository the way a laptop would, then copies it to the share folder.

Publishing refuses a repository that laptops would refuse (a root change still missing
signatures, a role signed by a revoked key, expired metadata, a target file missing or altered),
so IT never ships something that strands every laptop. Files are copied targets first and
timestamp.json last, each by rename, so a laptop reading mid-publish sees the old or the new
release, never a mix.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from tuf.api import exceptions
from tuf.api.metadata import Root, Snapshot, Targets, Timestamp

from training.signing.central_repository import CentralRepository, SigningError, utc_now
from training.signing.root_changes import root_status


def check_repository(repo: CentralRepository, now: datetime | None = None) -> list[str]:
    now = now or utc_now()
    problems: list[str] = []
    for version in repo.versions(Root.type):
        problems += root_status(repo, version)
    root = repo.root()
    if root.is_expired(now):
        problems.append(f"root v{root.version} expired on {root.expires:%Y-%m-%d}")
    latest = {r: repo.latest(r) for r in (Targets.type, Snapshot.type, Timestamp.type)}
    for role, md in latest.items():
        result = root.get_verification_result(role, md.signed_bytes, md.signatures)
        if not result.verified:
            problems.append(
                f"{role} v{md.signed.version} has {len(result.signed)} of {result.threshold} "
                f"signatures from current {role} keys; run 'models sign --renew {role}'"
            )
        if md.signed.is_expired(now):
            problems.append(f"{role} v{md.signed.version} expired on {md.signed.expires:%Y-%m-%d}")
    snapshot, timestamp = latest[Snapshot.type].signed, latest[Timestamp.type].signed
    if timestamp.snapshot_meta.version != snapshot.version:
        problems.append("timestamp does not point to the newest snapshot")
    if snapshot.meta["targets.json"].version != latest[Targets.type].signed.version:
        problems.append("snapshot does not point to the newest targets")
    for path, target in latest[Targets.type].signed.targets.items():
        stored = stored_target_path(repo.targets_dir, path, target.hashes["sha256"])
        try:
            with stored.open("rb") as handle:
                target.verify_length_and_hashes(handle)
        except FileNotFoundError:
            problems.append(f"target file for {path} is missing ({stored})")
        except exceptions.LengthOrHashMismatchError:
            problems.append(f"target file for {path} was altered ({stored})")
    return problems


def stored_target_path(targets_dir: Path, path: str, digest: str) -> Path:
    folder, _, name = path.rpartition("/")
    return targets_dir / folder / f"{digest}.{name}"


def publish(repo: CentralRepository, destination: Path, now: datetime | None = None) -> int:
    """Copy the checked repository to `destination`; return the number of files written."""
    problems = check_repository(repo, now)
    if problems:
        raise SigningError("not published: " + "; ".join(problems))
    destination = Path(destination)
    if destination.resolve() == repo.path.resolve():
        raise SigningError("publish to a different folder than the repository itself")
    written = 0
    for source in sorted(repo.targets_dir.rglob("*")):
        if source.is_file():
            written += _copy(source, destination / "targets" / source.relative_to(repo.targets_dir))
    metadata = sorted(repo.metadata_dir.glob("*.json"), key=_publish_order)
    for source in metadata:
        written += _copy(source, destination / "metadata" / source.name, always=True)
    return written


def _publish_order(path: Path) -> tuple[int, int]:
    order = {"root": 0, "targets": 1, "snapshot": 2}
    if path.name == "timestamp.json":
        return (3, 0)
    version, role, _ = path.name.split(".", 2)
    return (order.get(role, 9), int(version))


def _copy(source: Path, target: Path, always: bool = False) -> int:
    if not always and target.is_file() and target.stat().st_size == source.stat().st_size:
        return 0  # content-addressed name: same name and size is the same file
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(source, temp)
    os.replace(temp, target)
    return 1

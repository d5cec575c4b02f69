"""Checks a repository the way a laptop would, then copies it to the share folder.

Publishing refuses a repository that laptops would refuse (a signing step still missing, a
role signed by a revoked key, expired metadata, a target file missing or altered, a package
that fails the laptop's own checks), so IT never ships something that strands every laptop.
Files are copied targets first and timestamp.json last, each by rename, so a laptop reading
mid-publish sees the old or the new release, never a mix. A target file already on the share
is kept only if its content matches its name's SHA-256 (re-publishing repairs a corrupted
share file of the same size).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import datetime
from pathlib import Path

from tuf.api import exceptions
from tuf.api.metadata import Root, Snapshot, Targets, Timestamp

from desktop_app.trust.package_info import SHARED, packages_in
from training.signing.central_repository import CentralRepository, SigningError, utc_now
from training.signing.laptop_checks import check_stored_package
from training.signing.root_changes import root_status


def check_repository(repo: CentralRepository, now: datetime | None = None) -> list[str]:
    now = now or utc_now()
    problems: list[str] = []
    for version in repo.versions(Root.type):
        problems += root_status(repo, version)
    if not problems:
        problems += repo.pending_steps()
    if problems:
        return problems
    root = repo.root()
    if root.is_expired(now):
        problems.append(
            f"root v{root.version} expired on {root.expires:%Y-%m-%d}; renew it: 'models sign "
            f"{repo.path} --role root --renew --key ROOT_KEY' (two holders)"
        )
    latest = {r: repo.latest(r) for r in (Targets.type, Snapshot.type, Timestamp.type)}
    for role, md in latest.items():
        result = root.get_verification_result(role, md.signed_bytes, md.signatures)
        if not result.verified:
            problems.append(
                f"{role} v{md.signed.version} has {len(result.signed)} of {result.threshold} "
                f"signatures from current {role} keys; run 'models sign --role {role} --key KEY'"
            )
        if md.signed.is_expired(now):
            problems.append(
                f"{role} v{md.signed.version} expired on {md.signed.expires:%Y-%m-%d}; renew it: "
                f"'models sign {repo.path} --role {role} --renew --key KEY'"
            )
    top = latest[Targets.type].signed
    for name in repo.delegates():
        md = repo.latest(name)
        result = top.get_verification_result(name, md.signed_bytes, md.signatures)
        if not result.verified:
            problems.append(
                f"publisher {name} v{md.signed.version} has {len(result.signed)} of "
                f"{result.threshold} signatures from its current keys; run 'models sign "
                f"{repo.path} --role {name} --key PUBLISHER_KEY'")
        if md.signed.is_expired(now):
            problems.append(
                f"publisher {name} v{md.signed.version} expired on "
                f"{md.signed.expires:%Y-%m-%d}; renew it: 'models sign {repo.path} --role "
                f"{name} --renew --key PUBLISHER_KEY'")
        role = top.get_delegated_role(name)
        outside = [p for p in md.signed.targets if not role.is_delegated_path(p)]
        if outside:
            problems.append(f"publisher {name} signs {outside[0]}, outside its delegated paths")
    snapshot, timestamp = latest[Snapshot.type].signed, latest[Timestamp.type].signed
    if timestamp.snapshot_meta.version != snapshot.version:
        problems.append("timestamp does not point to the newest snapshot")
    if snapshot.meta["targets.json"].version != latest[Targets.type].signed.version:
        problems.append("snapshot does not point to the newest targets")
    for name in repo.delegates():
        meta = snapshot.meta.get(f"{name}.json")
        if meta is None or meta.version != repo.latest(name).signed.version:
            problems.append(f"snapshot does not point to publisher {name}'s newest metadata")
    listed = dict(latest[Targets.type].signed.targets)
    for name in repo.delegates():
        listed.update(repo.latest(name).signed.targets)
    for path, target in listed.items():
        stored = stored_target_path(repo.targets_dir, path, target.hashes["sha256"])
        try:
            with stored.open("rb") as handle:
                target.verify_length_and_hashes(handle)
        except FileNotFoundError:
            problems.append(f"target file for {path} is missing ({stored})")
        except exceptions.LengthOrHashMismatchError:
            problems.append(f"target file for {path} was altered ({stored})")
    return problems


def check_packages_as_laptop(repo: CentralRepository) -> None:
    """The laptop's own checks on every version a laptop could install (not withdrawn)."""
    for publisher in (SHARED, *repo.delegates()):
        targets = repo.latest(publisher or Targets.type).signed
        _check_publisher_packages(repo, targets, publisher)


def _check_publisher_packages(repo: CentralRepository, targets: Targets, publisher: str) -> None:
    for version, package in sorted(packages_in(targets.targets, publisher).items()):
        if package.withdrawn:
            continue
        stored = {
            relative: stored_target_path(
                repo.targets_dir, path, targets.targets[path].hashes["sha256"]
            )
            for relative, path in package.files.items()
        }
        check_stored_package(stored, f"model version {version}")


def stored_target_path(targets_dir: Path, path: str, digest: str) -> Path:
    folder, _, name = path.rpartition("/")
    return targets_dir / folder / f"{digest}.{name}"


def publish(repo: CentralRepository, destination: Path, now: datetime | None = None) -> int:
    """Copy the checked repository to `destination`; return the number of files written."""
    problems = check_repository(repo, now)
    if problems:
        raise SigningError("not published: " + "; ".join(problems))
    try:
        check_packages_as_laptop(repo)
    except SigningError as error:
        raise SigningError(
            f"not published: {error} (withdraw it with 'models withdraw', then publish)"
        ) from None
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
    order = {"root": 0, "snapshot": 2}  # targets and publishers' metadata: 1
    if path.name == "timestamp.json":
        return (3, 0)
    version, role, _ = path.name.split(".", 2)
    return (order.get(role, 1), int(version))


def _copy(source: Path, target: Path, always: bool = False) -> int:
    if not always and _same_content(source, target):
        return 0  # content-addressed name, and the content still matches it
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(source, temp)
    os.replace(temp, target)
    return 1


def _same_content(source: Path, target: Path) -> bool:
    """Same size and same SHA-256 (a share file of the right size may still be corrupted)."""
    if target.is_symlink() or not target.is_file():
        return False
    if target.stat().st_size != source.stat().st_size:
        return False
    return _sha256(target) == _sha256(source)


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()

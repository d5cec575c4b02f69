"""Adding a model package to the repository, and withdrawing a bad one.

Every file of the package folder becomes one target `model/<version>/<name>`, stored
content-addressed as `targets/model/<version>/<sha256>.<name>`. The custom data carries the
model version, training period and signing time (see desktop_app.trust.package_info).
Withdrawal re-signs the version's targets with `withdrawn: true`; laptops then stop suggesting
with it. Versions only go up: the fix for a bad model is a new, higher version.

A delegated publisher (a municipality or region, see delegations.py) adds and withdraws
packages in its own metadata with `publisher=NAME`, signed with its own keys only; its target
paths are `publishers/<name>/<version>/<file>`. Version numbers are unique across publishers
(a laptop's store and rollback record name a version).

Before anything is written, the package gets the laptop's own checks (`laptop_checks.py`), so a
package every laptop would refuse never takes a version number. Both changes are staged as a
new targets version and signed with the targets keys given; snapshot and timestamp follow in
their own steps (`CentralRepository.pending_steps`), or at once when their keys are given too.
"""

from __future__ import annotations

import json
import shutil
import stat
from datetime import datetime
from pathlib import Path

from securesystemslib.signer import Signer
from tuf.api.metadata import TargetFile, Targets

from desktop_app.trust.errors import TrustError
from desktop_app.trust.package_info import SHARED, custom_data, packages_in, target_path
from training.signing.central_repository import CentralRepository, SigningError, utc_now
from training.signing.laptop_checks import check_as_laptop

MAX_PACKAGE_BYTES = 2 * 1024 * 1024 * 1024


def package_files(model_dir: Path) -> dict[str, Path]:
    """Relative name -> path of every regular file in `model_dir`; symlinks are refused."""
    if not model_dir.is_dir():
        raise SigningError(f"model folder {model_dir} not found")
    files: dict[str, Path] = {}
    for path in sorted(model_dir.rglob("*")):
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            raise SigningError(f"{path} is a symlink; copy the real file into the package")
        if stat.S_ISREG(info.st_mode):
            files[path.relative_to(model_dir).as_posix()] = path
    if not files:
        raise SigningError(f"model folder {model_dir} is empty")
    if not any(name.endswith(".onnx") for name in files):
        raise SigningError(f"model folder {model_dir} holds no .onnx file")
    if sum(p.stat().st_size for p in files.values()) > MAX_PACKAGE_BYTES:
        raise SigningError(f"model folder {model_dir} is larger than {MAX_PACKAGE_BYTES} bytes")
    return files


def training_period_from(model_dir: Path) -> dict[str, str] | None:
    """Read `training_period` from manifest.json (or model_card.json's `model` section).

    The suggestions trainer writes {"from", "to"}; {"start", "end"} is accepted too. The
    signed custom data always says {"start", "end"}.
    """
    for name in ("manifest.json", "model_card.json"):
        try:
            raw = json.loads((model_dir / name).read_text(encoding="utf-8"))
            period = raw.get("training_period") or raw.get("model", {}).get("training_period")
        except (OSError, ValueError, AttributeError):
            continue
        if not isinstance(period, dict):
            continue
        for start, end in (("start", "end"), ("from", "to")):
            if start in period and end in period:
                return {"start": str(period[start]), "end": str(period[end])}
    return None


def version_from(model_dir: Path) -> int | None:
    """The trainer's `model_version` from manifest.json (digits, e.g. 20250301120000)."""
    try:
        raw = json.loads((model_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = str(raw.get("model_version", "")) if isinstance(raw, dict) else ""
    return int(version) if version.isdigit() and 0 < int(version) < 10**18 else None


def add_package(
    repo: CentralRepository,
    model_dir: Path,
    version: int,
    signers: list[Signer],
    training_period: dict[str, str] | None = None,
    now: datetime | None = None,
    publisher: str = SHARED,
) -> list[str]:
    """Add model version `version` from `model_dir` to the top-level publisher's targets or
    to delegated `publisher`'s; sign with the given keys of that role (and the snapshot and
    timestamp steps, when their keys are given too)."""
    now = now or utc_now()
    files = package_files(model_dir)
    period = training_period or training_period_from(model_dir)
    if not period:
        raise SigningError(
            "no training period: pass --training-start/--training-end or put training_period "
            "in manifest.json"
        )
    role = _role(repo, publisher)
    targets_md = repo.latest(role)
    published = repo.targets_published(targets_md, role)
    existing = packages_in(targets_md.signed.targets, publisher)
    if existing and version <= max(existing):
        raise SigningError(
            f"version {version} is not higher than the newest version {max(existing)}; laptops "
            "refuse downgrades, so a re-published model needs a new, higher version"
        )
    for other, versions in all_versions(repo).items():
        if other != publisher and version in versions:
            raise SigningError(
                f"version {version} is already used by publisher "
                f"{other or 'shared (top-level)'}; version numbers are unique in a repository"
            )
    check_as_laptop(model_dir, set(files), f"model version {version}")
    signed_at = now.isoformat()
    added = []
    for relative, source in files.items():
        try:
            path = target_path(version, relative, publisher)
        except TrustError as error:
            raise SigningError(str(error)) from None
        with source.open("rb") as handle:
            target = TargetFile.from_data(path, handle, ["sha256"])
        target.unrecognized_fields["custom"] = custom_data(version, period, signed_at)
        folder, _, name = path.rpartition("/")
        stored = repo.targets_dir / folder / f"{target.hashes['sha256']}.{name}"
        stored.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, stored)
        targets_md.signed.targets[path] = target
        added.append(path)
    repo.stage_targets(targets_md, now, bump=published, role=role)
    repo.sign_online(signers, now)
    return added


def _role(repo: CentralRepository, publisher: str) -> str:
    if not publisher:
        return Targets.type
    if not repo.is_delegate(publisher):
        known = ", ".join(repo.delegates()) or "none"
        raise SigningError(f"no publisher named {publisher!r} is delegated (delegated: {known})")
    return publisher


def all_versions(repo: CentralRepository) -> dict[str, set[int]]:
    """Model versions per publisher (SHARED: the top-level publisher's)."""
    found = {SHARED: set(packages_in(repo.latest(Targets.type).signed.targets))}
    for name in repo.delegates():
        found[name] = set(packages_in(repo.latest(name).signed.targets, name))
    return found


def withdraw(
    repo: CentralRepository,
    version: int,
    reason: str,
    signers: list[Signer],
    now: datetime | None = None,
    publisher: str = SHARED,
) -> None:
    """Mark every file of `version` withdrawn (signed), so laptops stop suggesting with it.
    A delegated publisher withdraws only its own versions, with its own keys."""
    now = now or utc_now()
    if not reason.strip():
        raise SigningError("give a reason for the withdrawal; caseworkers and IT will see it")
    role = _role(repo, publisher)
    targets_md = repo.latest(role)
    published = repo.targets_published(targets_md, role)
    package = packages_in(targets_md.signed.targets, publisher).get(version)
    if package is None:
        owner = next((name for name, versions in all_versions(repo).items()
                      if version in versions), None)
        if owner is not None:
            raise SigningError(
                f"model version {version} belongs to publisher {owner or 'shared (top-level)'}"
                f", not to {publisher or 'the top-level publisher'}; only its publisher can "
                "withdraw it")
        raise SigningError(f"model version {version} is not in the repository")
    for path in package.files.values():
        target: TargetFile = targets_md.signed.targets[path]
        data = target.unrecognized_fields["custom"]["wayfinder"]
        data["withdrawn"] = True
        data["withdrawn_reason"] = reason.strip()
        data["withdrawn_at"] = now.isoformat()
    repo.stage_targets(targets_md, now, bump=published, role=role)
    repo.sign_online(signers, now)


def list_packages(repo: CentralRepository) -> list[dict]:
    found = []
    for publisher in (SHARED, *repo.delegates()):
        found += _listing(repo, publisher)
    return sorted(found, key=lambda package: package["version"])


def _listing(repo: CentralRepository, publisher: str) -> list[dict]:
    targets: Targets = repo.latest(_role(repo, publisher)).signed
    return [
        {
            "publisher": publisher,
            "version": v,
            "training_period": p.training_period,
            "signed_at": p.signed_at,
            "withdrawn": p.withdrawn,
            "reason": p.withdrawn_reason,
            "files": sorted(p.files),
        }
        for v, p in sorted(packages_in(targets.targets, publisher).items())
    ]

"""`check_for_updates(share_dir, store)`: fetch, verify, check and install a newer signed model.

Order matters: one update at a time holds the store's update lock (a second one waits up to
`wait_seconds`, then is told an update is running); the clock is checked against the last
successful check; python-tuf refreshes a *copy* of the metadata cache through the share fetcher
(expiry, thresholds, rollback, lengths and hashes enforced); versions are compared with the
separately kept install state; non-withdrawn packages newer than anything installed are tried
newest first, each downloaded into a staging folder in the store, ONNX-checked and verified
exactly as start-up will, and the first that passes is moved into place by rename (a refused
newest version does not block a good one below it). When nothing new is installed, the
installed version's kept metadata is refreshed to the newly verified one, so start-up can
refuse kept metadata older than what this laptop has verified (revoked keys). A refusal of
the share's metadata leaves the installed model and the metadata cache as they were; when only
packages are refused, the verified metadata is still recorded (so withdrawals and the last
check are never held back by a bad package) and the refusal is raised after that.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tuf.api import exceptions
from tuf.ngclient import Updater, UpdaterConfig

from desktop_app.trust.clock_guard import clock_is_behind
from desktop_app.trust.errors import TrustError, UpdateRefused
from desktop_app.trust.install_state import InstallState, load_store_state, save_state
from desktop_app.trust.model_store import ModelStore, fsync_dir
from desktop_app.trust.offline_verify import (
    MAX_ROOT_ROTATIONS,
    ROOT_MAX_BYTES,
    SNAPSHOT_MAX_BYTES,
    TARGETS_MAX_BYTES,
    TIMESTAMP_MAX_BYTES,
    TrustedMetadata,
    verify_metadata_dir,
)
from desktop_app.trust.onnx_safety import DEFAULT_LIMITS, SafetyLimits, check_package
from desktop_app.trust.package_check import (
    FILES,
    SIGNED_METADATA,
    verify_package_dir,
    verify_package_files,
)
from desktop_app.trust.package_info import PackageInfo, packages_in
from desktop_app.trust.share_fetcher import METADATA_URL, TARGETS_URL, ShareFetcher
from desktop_app.trust.store_lock import change_lock, update_lock
from desktop_app.trust.trust_root import builtin_trust_root
from desktop_app.trust.tuf_messages import explain

log = logging.getLogger(__name__)
TUF_CONFIG = UpdaterConfig(
    max_root_rotations=MAX_ROOT_ROTATIONS,
    max_delegations=1,
    root_max_length=ROOT_MAX_BYTES,
    timestamp_max_length=TIMESTAMP_MAX_BYTES,
    snapshot_max_length=SNAPSHOT_MAX_BYTES,
    targets_max_length=TARGETS_MAX_BYTES,
)


@dataclass
class UpdateResult:
    status: str  # "installed" | "up-to-date" | "withdrawn" | "nothing-available"
    message: str
    installed_version: int | None
    previous_version: int | None = None
    available_versions: list[int] = field(default_factory=list)
    withdrawn_versions: dict[int, str] = field(default_factory=dict)
    refused_versions: dict[int, str] = field(default_factory=dict)  # newer, but not safe
    ignored_share_files: list[str] = field(default_factory=list)


def check_for_updates(
    share_dir: Path,
    store: ModelStore | Path,
    *,
    trust_root: bytes | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    limits: SafetyLimits = DEFAULT_LIMITS,
    wait_seconds: float = 0.0,
) -> UpdateResult:
    """Install the newest signed, safe, non-withdrawn model from `share_dir`, or refuse."""
    store = store if isinstance(store, ModelStore) else ModelStore(store)
    share_dir = Path(share_dir)
    root_bytes = trust_root if trust_root is not None else builtin_trust_root()
    if not store.state_writable():
        raise UpdateRefused(
            f"this computer keeps its anti-rollback record in an administrator-only folder "
            f"({store.state_dir}); model updates are installed by IT as administrator "
            "('wayfinder-admin models update --from SHARE_DIR')"
        )
    if not (share_dir / "metadata").is_dir():
        raise UpdateRefused(f"no model repository at {share_dir} (its metadata folder is missing)")
    store.ensure()
    with update_lock(store.root, wait_seconds):
        now = clock()
        try:
            state = load_store_state(store)
        except TrustError as error:
            raise UpdateRefused(str(error)) from None
        last = state.last_check()
        if clock_is_behind(now, last):
            assert last is not None
            raise UpdateRefused(
                f"the system clock ({now:%Y-%m-%d %H:%M} UTC) is earlier than the last "
                f"successful update check ({last:%Y-%m-%d %H:%M} UTC); correct the clock and "
                "try again (if that check ran with a clock set in the future, IT clears it "
                "with 'wayfinder-admin models clock-reset', see docs/model-updates.md)"
            )
        store.remove_leftovers()
        work = store.new_work_dir(".check-")
        try:
            return _update(share_dir, store, state, root_bytes, now, work, limits)
        finally:
            shutil.rmtree(work, ignore_errors=True)


def _update(
    share_dir: Path,
    store: ModelStore,
    state: InstallState,
    root_bytes: bytes,
    now: datetime,
    work: Path,
    limits: SafetyLimits,
) -> UpdateResult:
    metadata_copy = work / "metadata"
    if store.metadata_dir.is_dir():
        shutil.copytree(store.metadata_dir, metadata_copy, symlinks=True)
    else:
        metadata_copy.mkdir()
    fetcher = ShareFetcher(share_dir)
    updater = Updater(
        str(metadata_copy),
        METADATA_URL,
        str(work / "download"),
        TARGETS_URL,
        fetcher=fetcher,
        config=TUF_CONFIG,
        bootstrap=root_bytes,
    )
    try:
        updater.refresh()
        trusted = verify_metadata_dir(metadata_copy, root_bytes)
    except (exceptions.RepositoryError, exceptions.DownloadError, TrustError) as error:
        raise UpdateRefused(explain(error, fetcher.last_path)) from None
    _refuse_metadata_rollback(state, trusted)

    packages = packages_in(trusted.targets.targets)
    withdrawn = {v: p.withdrawn_reason for v, p in packages.items() if p.withdrawn}
    installed = _current_version(store)
    # the installed version counts only if its files match what was just verified: a version
    # someone copied into the store must not raise the anti-rollback floor to its number
    verified_current = (
        installed
        if installed is not None and installed in packages
        and _installed_copy_matches(store, installed, trusted)
        else None
    )
    installed_matches = verified_current is not None
    floor = max(state.highest_model_version, verified_current or 0)
    candidates = sorted((v for v, p in packages.items() if not p.withdrawn and v > floor),
                        reverse=True)
    if (installed != floor or not installed_matches) and floor in packages and (
            not packages[floor].withdrawn):
        candidates.append(floor)  # put back the version this laptop should have

    result = UpdateResult(
        status="up-to-date",
        message="",
        installed_version=installed,
        available_versions=sorted(packages),
        withdrawn_versions=withdrawn,
        ignored_share_files=unlisted_share_files(share_dir, trusted),
    )
    chosen = _install_first_acceptable(
        updater, store, packages, candidates, metadata_copy, root_bytes, limits, result)
    verified_installed = chosen if chosen is not None else verified_current
    if chosen is not None:
        result.status, result.previous_version = "installed", installed
        result.installed_version = chosen
        result.message = (
            f"reinstalled model version {chosen} (the installed copy was missing, moved or "
            "failed verification)"
            if chosen == floor
            else f"installed model version {chosen}"
        )
    elif installed is not None and installed in withdrawn:
        result.status = "withdrawn"
        result.message = (
            f"model version {installed} was withdrawn ({withdrawn[installed] or 'no reason given'})"
            " and no newer version is available; suggestions stay off"
        )
    elif installed is not None and installed not in packages:
        result.status = "withdrawn"
        result.message = (
            f"model version {installed} is no longer listed in the signed metadata on the share "
            "and no newer version is available; suggestions stay off"
        )
    elif installed is None:
        result.status = "nothing-available"
        result.message = "the share holds no installable model version"
    else:
        result.message = f"model version {installed} is the newest available"
    for _version, reason in sorted(result.refused_versions.items(), reverse=True):
        result.message += f"; {reason}"

    with change_lock(store.root):
        if chosen is None and verified_current is not None:
            _refresh_kept_metadata(store, verified_current, metadata_copy)
        if chosen is not None:
            store.prune(keep={chosen, verified_current or chosen})
        _record_success(store, state, trusted, packages, verified_installed, now)
        _replace_metadata_cache(store, metadata_copy)
        store.open_to_users()
    if chosen is None and result.refused_versions:
        # the metadata was good and is recorded (withdrawals, the last check); every newer
        # package was refused, which IT must hear about
        raise UpdateRefused("; ".join(
            reason for _v, reason in sorted(result.refused_versions.items(), reverse=True)))
    return result


def _install_first_acceptable(
    updater: Updater,
    store: ModelStore,
    packages: dict[int, PackageInfo],
    candidates: list[int],
    metadata_copy: Path,
    root_bytes: bytes,
    limits: SafetyLimits,
    result: UpdateResult,
) -> int | None:
    """Install the first candidate that passes every check; note why the others were refused."""
    for version in candidates:
        try:
            _install(updater, store, packages[version], metadata_copy, root_bytes, limits)
        except UpdateRefused as error:
            log.warning("model version %s refused: %s", version, error)
            result.refused_versions[version] = str(error)
            continue
        return version
    return None


def _current_version(store: ModelStore) -> int | None:
    try:
        return store.current_version()
    except TrustError as error:  # a damaged pointer: the update puts back the right version
        log.warning("%s", error)
        return None


def _installed_copy_matches(store: ModelStore, version: int, trusted: TrustedMetadata) -> bool:
    """Do the installed files of `version` match the newly verified metadata?"""
    try:
        verify_package_files(store.version_dir(version), version, trusted)
    except TrustError as error:
        log.warning("installed model version %s does not match the share: %s", version, error)
        return False
    return True


def _refresh_kept_metadata(store: ModelStore, version: int, metadata_copy: Path) -> None:
    """Keep the newest verified metadata with the installed version (see the module doc)."""
    staged = store.version_dir(version) / f".new-signed-metadata-{os.getpid()}"
    shutil.rmtree(staged, ignore_errors=True)
    _copy_signed_metadata(metadata_copy, staged)
    store.replace_signed_metadata(version, staged)


def _refuse_metadata_rollback(state: InstallState, trusted: TrustedMetadata) -> None:
    seen = {
        "root": trusted.root.version,
        "timestamp": trusted.timestamp.version,
        "snapshot": trusted.snapshot.version,
        "targets": trusted.targets.version,
    }
    for role, version in seen.items():
        highest = state.metadata_versions.get(role, 0)
        if version < highest:
            raise UpdateRefused(
                f"the share offers {role} metadata version {version}, older than version "
                f"{highest} this laptop already verified (rollback to an older signed release)"
            )


def _install(
    updater: Updater,
    store: ModelStore,
    package: PackageInfo,
    metadata_copy: Path,
    root_bytes: bytes,
    limits: SafetyLimits,
) -> None:
    staging = store.new_work_dir(".staging-")
    files_dir = staging / FILES
    try:
        for relative, target_path in sorted(package.files.items()):
            info = updater.get_targetinfo(target_path)
            if info is None:  # listed a moment ago; the share changed under us
                raise UpdateRefused(f"{target_path} vanished from the signed metadata")
            destination = files_dir / relative
            destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            try:
                updater.download_target(info, str(destination))
            except (exceptions.RepositoryError, exceptions.DownloadError) as error:
                raise UpdateRefused(f"{target_path}: {explain(error)}") from None
        _copy_signed_metadata(metadata_copy, staging / SIGNED_METADATA)
        try:
            check_package(files_dir, set(package.files), limits)
            verify_package_dir(staging, package.version, root_bytes)
        except TrustError as error:
            raise UpdateRefused(f"model version {package.version} refused: {error}") from None
        with change_lock(store.root):
            store.commit_version(staging, package.version)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _copy_signed_metadata(source: Path, destination: Path) -> None:
    (destination / "root_history").mkdir(parents=True, mode=0o700)
    for path in (source / "root_history").glob("*.root.json"):
        shutil.copyfile(path, destination / "root_history" / path.name)
    for name in ("timestamp.json", "snapshot.json", "targets.json"):
        shutil.copyfile(source / name, destination / name)


def _signed_at(package: PackageInfo) -> datetime | None:
    try:
        when = datetime.fromisoformat(package.signed_at)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _record_success(
    store: ModelStore,
    state: InstallState,
    trusted: TrustedMetadata,
    packages: dict[int, PackageInfo],
    installed: int | None,
    now: datetime,
) -> None:
    withdrawn = {v: p.withdrawn_reason for v, p in packages.items() if p.withdrawn}
    state.highest_model_version = max(state.highest_model_version, installed or 0)
    for role, version in (
        ("root", trusted.root.version),
        ("timestamp", trusted.timestamp.version),
        ("snapshot", trusted.snapshot.version),
        ("targets", trusted.targets.version),
    ):
        state.metadata_versions[role] = max(state.metadata_versions.get(role, 0), version)
    for version, reason in withdrawn.items():
        state.withdrawn[str(version)] = reason
    signed = [s for s in (_signed_at(p) for p in packages.values()) if s is not None]
    newest = max([*signed, *filter(None, [state.newest_signature()])], default=None)
    if newest is not None:
        state.newest_signature_at = newest.isoformat()
    state.last_check_at = max(now, state.last_check() or now).isoformat()
    save_state(store.state_path, state, readable_by_all=store.state_dir is not None)


def _replace_metadata_cache(store: ModelStore, fresh: Path) -> None:
    old = store.root / f".old-{os.getpid()}"
    if store.metadata_dir.exists():
        os.replace(store.metadata_dir, old)
    os.replace(fresh, store.metadata_dir)
    fsync_dir(store.root)
    shutil.rmtree(old, ignore_errors=True)


def unlisted_share_files(share_dir: Path, trusted: TrustedMetadata, cap: int = 10_000) -> list[str]:
    """Files under the share's targets folder that no signed target names (never installed)."""
    expected = set()
    for path, target in trusted.targets.targets.items():
        folder, _, name = path.rpartition("/")
        for digest in target.hashes.values():
            expected.add(f"{folder}/{digest}.{name}" if folder else f"{digest}.{name}")
    targets_dir = share_dir / "targets"
    found: list[str] = []
    for folder, _subdirs, names in os.walk(targets_dir, followlinks=False):
        for name in names:
            relative = (Path(folder) / name).relative_to(targets_dir).as_posix()
            if relative not in expected:
                found.append(relative)
                if len(found) >= cap:
                    return sorted(found)
    return sorted(found)

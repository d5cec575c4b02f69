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

`publisher` is the delegated publisher (municipality or region) IT configured this laptop to
follow (`[updates] publisher`, administrator-only): its packages join the top-level
publisher's shared ones; every other publisher's are never fetched. IT's local rules (pin,
refuse, withdraw; `local_rules.py`) then decide which of them may be installed.
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
from desktop_app.trust.local_rules import local_refusal, pinned_version
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
from desktop_app.trust.package_info import (
    PUBLISHER_PREFIX,
    SHARED,
    PackageInfo,
    check_publisher_name,
)
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
    publisher: str | None = None,
) -> UpdateResult:
    """Install the newest signed, safe, non-withdrawn model from `share_dir`, or refuse.
    `publisher`: the delegated publisher followed (None: the IT configuration's)."""
    store = store if isinstance(store, ModelStore) else ModelStore(store)
    publisher = _followed_publisher(publisher)
    if publisher:
        try:
            check_publisher_name(publisher)
        except TrustError as error:
            raise UpdateRefused(f"updates.publisher in the IT configuration: {error}") from None
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
            return _update(share_dir, store, state, root_bytes, now, work, limits, publisher)
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
    publisher: str = SHARED,
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
        _drop_unfollowed_delegates(metadata_copy, publisher)
        if publisher:
            # resolving a path of the publisher makes python-tuf fetch and verify its
            # metadata through the delegation (snapshot version, keys, threshold, expiry)
            updater.get_targetinfo(f"{PUBLISHER_PREFIX}/{publisher}/0/probe")
        trusted = verify_metadata_dir(metadata_copy, root_bytes)
        packages = trusted.packages({SHARED, publisher})
    except (exceptions.RepositoryError, exceptions.DownloadError, TrustError) as error:
        raise UpdateRefused(explain(error, fetcher.last_path)) from None
    _refuse_metadata_rollback(state, trusted)

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
    candidates, local_note = _apply_local_rules(state, packages, candidates, installed,
                                                installed_matches)

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
    elif installed is not None and local_refusal(state, installed):
        result.status = "withdrawn"
        result.message = (
            f"model version {installed} is withdrawn on this laptop by IT "
            f"({(local_refusal(state, installed) or {}).get('reason', '')}); suggestions "
            "stay off"
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
    elif installed == pinned_version(state):
        result.message = f"model version {installed} is installed"
    else:
        result.message = f"model version {installed} is the newest available"
    for _version, reason in sorted(result.refused_versions.items(), reverse=True):
        result.message += f"; {reason}"
    if local_note:
        result.message += f"; {local_note}"
    if publisher and publisher not in trusted.delegates:
        # revoked by the top-level publisher, or a wrong name in the IT configuration: only
        # shared packages count, and a package of that publisher is no longer described
        names = ", ".join(sorted(_delegated(trusted))) or "none"
        result.message += (
            f"; this laptop follows publisher {publisher!r} ([updates] publisher in the IT "
            f"configuration), which the signed metadata on the share does not (or no longer) "
            f"delegate (delegated publishers: {names}): only shared models are used"
        )

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


def _followed_publisher(publisher: str | None) -> str:
    if publisher is not None:
        return publisher
    from desktop_app.config import configured_publisher

    return configured_publisher()


def _apply_local_rules(
    state: InstallState,
    packages: dict[int, PackageInfo],
    candidates: list[int],
    installed: int | None,
    installed_matches: bool,
) -> tuple[list[int], str]:
    """IT's pin replaces the candidates (also below the anti-rollback floor: IT's deliberate
    choice); refused and locally withdrawn versions are never candidates."""
    pin = pinned_version(state)
    if pin is None:
        kept = [v for v in candidates if not local_refusal(state, v)]
        skipped = sorted(set(candidates) - set(kept), reverse=True)
        note = (f"not installed, refused on this laptop by IT: "
                f"{', '.join(map(str, skipped))}" if skipped else "")
        return kept, note
    newer = sorted((v for v in packages if v > pin and not packages[v].withdrawn),
                   reverse=True)
    reason = (state.pinned or {}).get("reason", "")
    note = f"version {pin} is pinned on this laptop by IT ({reason})"
    if newer:
        note += f"; newer version(s) not installed: {', '.join(map(str, newer))}"
    if pin not in packages:
        return [], note + f"; version {pin} is not on the share"
    if packages[pin].withdrawn:
        return [], note + f"; its publisher withdrew it ({packages[pin].withdrawn_reason})"
    if installed == pin and installed_matches:
        return [], note
    return [pin], note


def _delegated(trusted: TrustedMetadata) -> list[str]:
    from desktop_app.trust.offline_verify import delegated_names

    return delegated_names(trusted.targets)


def _drop_unfollowed_delegates(metadata_dir: Path, publisher: str) -> None:
    """Forget cached metadata of publishers this laptop no longer follows (IT changed it)."""
    for path in metadata_dir.glob("*.json"):
        name = path.name[: -len(".json")]
        if name not in ("root", "timestamp", "snapshot", "targets") and name != publisher:
            path.unlink()


def seen_versions(trusted: TrustedMetadata) -> dict[str, int]:
    """Metadata versions to remember against rollback (delegates as 'publisher:<name>')."""
    seen = {
        "root": trusted.root.version,
        "timestamp": trusted.timestamp.version,
        "snapshot": trusted.snapshot.version,
        "targets": trusted.targets.version,
    }
    for name, delegate in trusted.delegates.items():
        seen[f"publisher:{name}"] = delegate.version
    return seen


def _refuse_metadata_rollback(state: InstallState, trusted: TrustedMetadata) -> None:
    for role, version in seen_versions(trusted).items():
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
    for path in source.glob("*.json"):  # the followed delegated publisher's metadata
        if path.name not in ("timestamp.json", "snapshot.json", "targets.json", "root.json"):
            shutil.copyfile(path, destination / path.name)


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
    for role, version in seen_versions(trusted).items():
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
    listed = dict(trusted.targets.targets)
    for delegate in trusted.delegates.values():
        listed.update(delegate.targets)
    for path, target in listed.items():
        folder, _, name = path.rpartition("/")
        for digest in target.hashes.values():
            expected.add(f"{folder}/{digest}.{name}" if folder else f"{digest}.{name}")
    targets_dir = share_dir / "targets"
    found: list[str] = []
    for folder, _subdirs, names in os.walk(targets_dir, followlinks=False):
        for name in names:
            relative = (Path(folder) / name).relative_to(targets_dir).as_posix()
            parts = relative.split("/")
            if parts[0] == PUBLISHER_PREFIX and len(parts) > 1 and (
                    parts[1] not in trusted.delegates):
                continue  # another publisher's files: this laptop does not follow it
            if relative not in expected:
                found.append(relative)
                if len(found) >= cap:
                    return sorted(found)
    return sorted(found)

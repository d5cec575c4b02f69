"""Loads the installed model for the app: verified offline at every start, or says why not.

`load_verified_model(store)` never touches the share: a missing share, an unplugged network or
an expiry date that passed does not stop suggestions. Tampering, a downgrade below the highest
version ever installed, or an unknown signing key does; the app then shows no suggestions and
the `ModelUnavailable.reason` sentence.

A `VerifiedModel` is also the package's `PackageFiles` (`desktop_app.trust.package_files`):
model code reads its files by name through it (`read_bytes`, `onnx_bytes`), never by path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.trust.errors import ModelUnavailable, TrustError
from desktop_app.trust.install_state import InstallState, load_store_state
from desktop_app.trust.local_rules import local_refusal, pinned_version
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.offline_verify import TrustedMetadata, verify_metadata_dir
from desktop_app.trust.onnx_safety import (
    DEFAULT_LIMITS,
    OnnxReport,
    SafetyLimits,
    check_package,
)
from desktop_app.trust.package_check import FILES, verify_package_dir
from desktop_app.trust.package_files import SignedFile, VerifiedPackage
from desktop_app.trust.package_info import SHARED, PackageInfo
from desktop_app.trust.store_lock import read_lock
from desktop_app.trust.trust_root import builtin_trust_root

log = logging.getLogger(__name__)
NOT_INSTALLED = (
    "No model is installed yet; IT can install one with "
    "'wayfinder-admin models update --from SHARE_DIR'."
)


@dataclass(frozen=True)
class VerifiedModel:
    """A model package whose every file matched signed metadata at `verified_at`."""

    package: VerifiedPackage  # the files, readable only by name (see package_files.py)
    version: int
    training_period: dict[str, str]
    signed_at: str
    key_ids: tuple[str, ...]  # targets keys whose signatures were verified
    verified_at: datetime
    withdrawn: bool  # True: a signed mark says stop suggesting with this model
    withdrawn_reason: str
    files: tuple[str, ...]
    metadata_expires: datetime  # targets expiry; informative only when loading
    publisher: str = SHARED  # SHARED (the top-level publisher) or a delegated publisher
    local_rule: str = ""  # "", "pinned", "pinned_other", "withdrawn_here" (see _local_rule)
    local_reason: str = ""  # IT's reason for the local rule

    @property
    def usable(self) -> bool:
        return not self.withdrawn

    @property
    def directory(self) -> Path:
        """The folder of the installed files (for display and onnxruntime's external data)."""
        return self.package.directory

    def has(self, name: str) -> bool:
        return self.package.has(name)

    def path(self, name: str) -> Path:
        return self.package.path(name)

    def read_bytes(self, name: str) -> bytes:
        return self.package.read_bytes(name)

    def onnx_bytes(self, name: str) -> bytes:
        return self.package.onnx_bytes(name)


def load_verified_model(
    store: ModelStore | Path,
    *,
    trust_root: bytes | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    limits: SafetyLimits = DEFAULT_LIMITS,
    publisher: str | None = None,
) -> VerifiedModel:
    """Verify the current model offline and return it, or raise `ModelUnavailable(reason)`.
    `publisher`: the delegated publisher this laptop follows (None: the IT configuration's);
    a package of any other delegated publisher is not used."""
    store = store if isinstance(store, ModelStore) else ModelStore(store)
    try:
        root_bytes = trust_root if trust_root is not None else builtin_trust_root()
        if not store.root.is_dir():
            raise ModelUnavailable(NOT_INSTALLED, "not_installed")
        with read_lock(store.root):
            state, version, info, trusted, reports = _verify_current(store, root_bytes, limits)
            latest = _latest_package_mark(store, root_bytes, version)
    except ModelUnavailable:
        raise
    except TrustError as error:
        raise ModelUnavailable(f"The installed model failed verification: {error}",
                               "failed_verification") from None
    version_dir = store.version_dir(version)
    withdrawn, reason = info.withdrawn, info.withdrawn_reason
    if state.is_withdrawn(version):
        withdrawn, reason = True, reason or state.withdrawn[str(version)]
    if latest is not None and latest[0]:
        withdrawn, reason = True, latest[1]
    followed = _followed_publisher(publisher)
    if info.publisher and info.publisher != followed:
        withdrawn, reason = True, (
            f"model version {version} was signed by publisher {info.publisher}, but this "
            f"laptop follows {followed or 'shared models only'} (IT configuration, [updates] "
            "publisher); IT: 'wayfinder-admin models update'")
    local_rule, rule_reason = _local_rule(state, version)
    if local_rule == "withdrawn_here":
        withdrawn, reason = True, f"withdrawn on this laptop by IT: {rule_reason}"
    elif local_rule == "pinned_other":
        assert state.pinned is not None
        withdrawn, reason = True, (
            f"IT pinned model version {state.pinned['version']} on this laptop "
            f"({rule_reason}); it is not installed yet ('wayfinder-admin models update')")
    signed = {
        relative: SignedFile(target.length, dict(target.hashes))
        for relative, target in (
            (relative, trusted.target(path, info.publisher))
            for relative, path in info.files.items()
        )
    }
    package = VerifiedPackage(
        version_dir / FILES, signed, frozenset(report.name for report in reports)
    )
    return VerifiedModel(
        package=package,
        version=version,
        training_period=info.training_period,
        signed_at=info.signed_at,
        key_ids=trusted.key_ids_of(info.publisher),
        verified_at=clock(),
        withdrawn=withdrawn,
        withdrawn_reason=reason,
        files=tuple(sorted(info.files)),
        metadata_expires=trusted.metadata_of(info.publisher).expires,
        publisher=info.publisher,
        local_rule=local_rule,
        local_reason=rule_reason,
    )


def _followed_publisher(publisher: str | None) -> str:
    if publisher is not None:
        return publisher
    from desktop_app.config import configured_publisher

    return configured_publisher()


def _local_rule(state: InstallState, version: int) -> tuple[str, str]:
    """IT's local rule for the installed `version`: "" (none), "pinned" (the pinned version),
    "pinned_other" (IT pinned another version, not installed yet: not used) or
    "withdrawn_here" (refused or withdrawn on this laptop: not used)."""
    refusal = local_refusal(state, version)
    if refusal is not None:
        return "withdrawn_here", refusal["reason"]
    pin = pinned_version(state)
    if pin is None:
        return "", ""
    assert state.pinned is not None
    if pin == version:
        return "pinned", state.pinned["reason"]
    return "pinned_other", state.pinned["reason"]


def _verify_current(
    store: ModelStore, root_bytes: bytes, limits: SafetyLimits
) -> tuple[InstallState, int, PackageInfo, TrustedMetadata, list[OnnxReport]]:
    version = store.current_version()
    if version is None:
        raise ModelUnavailable(NOT_INSTALLED, "not_installed")
    state = load_store_state(store)
    if version < state.highest_model_version and version != pinned_version(state):
        raise ModelUnavailable(
            f"The installed model version {version} is older than version "
            f"{state.highest_model_version} this laptop already had (rollback refused).",
            "rollback",
        )
    version_dir = store.version_dir(version)
    info, trusted = verify_package_dir(version_dir, version, root_bytes)
    _refuse_outdated_kept_metadata(state, trusted, info.publisher)
    # hashes tie the files to what passed at install; re-running the checks applies this
    # app's own policy in case it is stricter than the one that installed the model
    reports = check_package(version_dir / FILES, set(info.files), limits)
    return state, version, info, trusted, reports


def _refuse_outdated_kept_metadata(
    state: InstallState, trusted: TrustedMetadata, publisher: str = SHARED
) -> None:
    """Kept metadata below the root/targets (and the package's publisher's) versions this
    laptop verified may carry keys that were revoked since (an old root chain, an old
    delegation); it is refreshed by every successful update."""
    seen_roles = [("root", trusted.root.version), ("targets", trusted.targets.version)]
    if publisher:
        seen_roles.append((f"publisher:{publisher}", trusted.delegates[publisher].version))
    for role, seen in seen_roles:
        recorded = state.metadata_versions.get(role, 0)
        if seen < recorded:
            raise ModelUnavailable(
                f"The installed model's signed metadata ({role} version {seen}) is older than "
                f"what this laptop already verified ({role} version {recorded}): a key may have "
                "been revoked since. IT: run 'wayfinder-admin models update --from SHARE_DIR'.",
                "failed_verification",
            )


def _latest_package_mark(
    store: ModelStore, trust_root: bytes, version: int
) -> tuple[bool, str] | None:
    """Withdrawn mark for `version` in the newest cached metadata (a later check may carry it)."""
    if not store.metadata_dir.is_dir():
        return None
    try:
        trusted = verify_metadata_dir(store.metadata_dir, trust_root)
        info = trusted.packages().get(version)
    except TrustError as error:
        log.warning("cached update metadata ignored: %s", error)
        return None
    return None if info is None else (info.withdrawn, info.withdrawn_reason)

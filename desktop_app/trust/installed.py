"""Loads the installed model for the app: verified offline at every start, or says why not.

`load_verified_model(store)` never touches the share: a missing share, an unplugged network or
an expiry date that passed does not stop suggestions. Tampering, a downgrade below the highest
version ever installed, or an unknown signing key does; the app then shows no suggestions and
the `ModelUnavailable.reason` sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.trust.errors import ModelUnavailable, TrustError
from desktop_app.trust.install_state import load_state
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.offline_verify import verify_metadata_dir
from desktop_app.trust.onnx_safety import DEFAULT_LIMITS, SafetyLimits, check_package
from desktop_app.trust.package_check import FILES, verify_package_dir
from desktop_app.trust.package_info import packages_in
from desktop_app.trust.trust_root import builtin_trust_root

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerifiedModel:
    """A model package whose every file matched signed metadata at `verified_at`."""

    directory: Path  # folder holding the package files (model.onnx, feature_schema.json, ...)
    version: int
    training_period: dict[str, str]
    signed_at: str
    key_ids: tuple[str, ...]  # targets keys whose signatures were verified
    verified_at: datetime
    withdrawn: bool  # True: a signed mark says stop suggesting with this model
    withdrawn_reason: str
    files: tuple[str, ...]
    metadata_expires: datetime  # targets expiry; informative only when loading

    @property
    def usable(self) -> bool:
        return not self.withdrawn

    def path(self, name: str) -> Path:
        if name not in self.files:
            raise KeyError(f"{name} is not a file of model version {self.version}")
        return self.directory / name


def load_verified_model(
    store: ModelStore | Path,
    *,
    trust_root: bytes | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    limits: SafetyLimits = DEFAULT_LIMITS,
) -> VerifiedModel:
    """Verify the current model offline and return it, or raise `ModelUnavailable(reason)`."""
    store = store if isinstance(store, ModelStore) else ModelStore(store)
    try:
        root_bytes = trust_root if trust_root is not None else builtin_trust_root()
        version = store.current_version()
        if version is None:
            raise ModelUnavailable(
                "No model is installed yet; IT can install one with "
                "'wayfinder-admin models update --from SHARE_DIR'.", "not_installed"
            )
        state = load_state(store.state_path)
        if version < state.highest_model_version:
            raise ModelUnavailable(
                f"The installed model version {version} is older than version "
                f"{state.highest_model_version} this laptop already had (rollback refused).",
                "rollback")
        version_dir = store.version_dir(version)
        info, trusted = verify_package_dir(version_dir, version, root_bytes)
        # hashes tie the files to what passed at install; re-running the checks applies this
        # app's own policy in case it is stricter than the one that installed the model
        check_package(version_dir / FILES, set(info.files), limits)
    except ModelUnavailable:
        raise
    except TrustError as error:
        raise ModelUnavailable(f"The installed model failed verification: {error}",
                               "failed_verification") from None
    withdrawn, reason = info.withdrawn, info.withdrawn_reason
    if state.is_withdrawn(version):
        withdrawn, reason = True, reason or state.withdrawn[str(version)]
    latest = _latest_package_mark(store, root_bytes, version)
    if latest is not None and latest[0]:
        withdrawn, reason = True, latest[1]
    return VerifiedModel(
        directory=version_dir / FILES,
        version=version,
        training_period=info.training_period,
        signed_at=info.signed_at,
        key_ids=trusted.targets_key_ids,
        verified_at=clock(),
        withdrawn=withdrawn,
        withdrawn_reason=reason,
        files=tuple(sorted(info.files)),
        metadata_expires=trusted.targets.expires,
    )


def _latest_package_mark(
    store: ModelStore, trust_root: bytes, version: int
) -> tuple[bool, str] | None:
    """Withdrawn mark for `version` in the newest cached metadata (a later check may carry it)."""
    if not store.metadata_dir.is_dir():
        return None
    try:
        trusted = verify_metadata_dir(store.metadata_dir, trust_root)
        info = packages_in(trusted.targets.targets).get(version)
    except TrustError as error:
        log.warning("cached update metadata ignored: %s", error)
        return None
    return None if info is None else (info.withdrawn, info.withdrawn_reason)

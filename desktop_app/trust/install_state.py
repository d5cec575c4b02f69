"""Anti-rollback state kept apart from python-tuf's metadata cache.

Deleting the metadata cache makes the TUF client start again from the built-in root, which would
accept any older release that is still unexpired. This file remembers the highest model version
ever installed, the highest metadata versions seen, withdrawn versions and when the last
successful check happened, so neither a deleted cache nor a clock set back allows a downgrade.
Start-up refuses kept metadata older than the root and targets versions recorded here, so a key
revoked since cannot sign an installed package.

It lives in the model store, or, when IT configures one, in an administrator-only folder
(`ModelStore.state_dir`), where a user cannot lower it. `clock_resets` records each time IT
cleared a last-check time that a wrong (future) clock had left behind (`reset_clock_guard`).
`pinned`, `local_refusals` and `local_history` are the municipality's local rules (IT pins,
refuses or withdraws a shared model on this laptop; `local_rules.py`), kept beside the
anti-rollback record so only whoever may lower that record can change them.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.trust.errors import TrustError
from desktop_app.trust.model_store import ModelStore, write_atomically

ROLES = ("root", "timestamp", "snapshot", "targets")


@dataclass
class InstallState:
    highest_model_version: int = 0
    metadata_versions: dict[str, int] = field(default_factory=dict)
    last_check_at: str | None = None  # ISO 8601, UTC
    withdrawn: dict[str, str] = field(default_factory=dict)  # model version -> reason
    clock_resets: list[dict[str, str]] = field(default_factory=list)  # {at, cleared, reason}
    newest_signature_at: str | None = None  # newest package `signed_at` in verified metadata
    pinned: dict[str, str] | None = None  # {version, reason, at}: IT's local pin
    local_refusals: dict[str, dict[str, str]] = field(default_factory=dict)  # version -> rule
    local_history: list[dict[str, str]] = field(default_factory=list)  # every local change

    def last_check(self) -> datetime | None:
        return datetime.fromisoformat(self.last_check_at) if self.last_check_at else None

    def newest_signature(self) -> datetime | None:
        return _aware(self.newest_signature_at)

    def is_withdrawn(self, version: int) -> bool:
        return str(version) in self.withdrawn


def load_state(path: Path) -> InstallState:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return InstallState()
    except (OSError, ValueError) as error:
        raise TrustError(f"the install state {path} is damaged ({error})") from None
    try:
        state = InstallState(
            highest_model_version=int(raw.get("highest_model_version", 0)),
            metadata_versions={r: int(v) for r, v in raw.get("metadata_versions", {}).items()},
            last_check_at=raw.get("last_check_at"),
            withdrawn={str(k): str(v) for k, v in raw.get("withdrawn", {}).items()},
            clock_resets=[
                {str(k): str(v) for k, v in entry.items()} for entry in raw.get("clock_resets", [])
            ],
            newest_signature_at=raw.get("newest_signature_at"),
            pinned=({str(k): str(v) for k, v in raw["pinned"].items()}
                    if raw.get("pinned") else None),
            local_refusals={
                str(version): {str(k): str(v) for k, v in rule.items()}
                for version, rule in raw.get("local_refusals", {}).items()
            },
            local_history=[
                {str(k): str(v) for k, v in entry.items()} for entry in raw.get("local_history", [])
            ],
        )
        if state.pinned is not None:
            int(state.pinned["version"])
        state.last_check()
        state.newest_signature()
    except (TypeError, ValueError, AttributeError) as error:
        raise TrustError(f"the install state {path} is damaged ({error})") from None
    return state


def _aware(text: str | None) -> datetime | None:
    if not text:
        return None
    when = datetime.fromisoformat(text)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def save_state(path: Path, state: InstallState, readable_by_all: bool = False) -> None:
    """Write the state; `readable_by_all` for IT's administrator-only folder, where every
    user's app must read it (it holds no secrets). In the user's own store it stays private."""
    data = json.dumps(asdict(state), indent=2, sort_keys=True) + "\n"
    write_atomically(path, data.encode("utf-8"))
    if readable_by_all:
        path.chmod(0o644)


def load_store_state(store: ModelStore) -> InstallState:
    """The store's state; from the store itself while IT's `state_dir` holds none yet."""
    if store.state_dir is not None and not store.state_path.exists():
        return load_state(store.legacy_state_path)
    return load_state(store.state_path)

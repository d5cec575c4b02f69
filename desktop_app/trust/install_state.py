"""Anti-rollback state kept apart from python-tuf's metadata cache.

Deleting the metadata cache makes the TUF client start again from the built-in root, which would
accept any older release that is still unexpired. This file remembers the highest model version
ever installed, the highest metadata versions seen, withdrawn versions and when the last
successful check happened, so neither a deleted cache nor a clock set back allows a downgrade.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from desktop_app.trust.errors import TrustError
from desktop_app.trust.model_store import write_atomically

ROLES = ("root", "timestamp", "snapshot", "targets")


@dataclass
class InstallState:
    highest_model_version: int = 0
    metadata_versions: dict[str, int] = field(default_factory=dict)
    last_check_at: str | None = None  # ISO 8601, UTC
    withdrawn: dict[str, str] = field(default_factory=dict)  # model version -> reason

    def last_check(self) -> datetime | None:
        return datetime.fromisoformat(self.last_check_at) if self.last_check_at else None

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
        )
        state.last_check()
    except (TypeError, ValueError, AttributeError) as error:
        raise TrustError(f"the install state {path} is damaged ({error})") from None
    return state


def save_state(path: Path, state: InstallState) -> None:
    data = json.dumps(asdict(state), indent=2, sort_keys=True) + "\n"
    write_atomically(path, data.encode("utf-8"))

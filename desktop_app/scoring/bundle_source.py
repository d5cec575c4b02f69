"""Read a bundle folder into `file stem -> list of JSON objects` plus its manifest.

Uses the app's validating bundle reader, so scoring and training see exactly what the case
cache would accept (a bundle that breaks the contract is refused with file:line:field).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.bundle.reader import read_bundle


@dataclass
class BundleData:
    path: Path
    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]

    @property
    def exported_at(self) -> dt.date | None:
        value = self.manifest.get("exported_at")
        if not value:
            return None
        return dt.date.fromisoformat(str(value)[:10])

    def programmes(self) -> dict[str, dict[str, Any]]:
        return {str(p["id"]): p for p in self.records.get("programmes", ())}


def load_bundle(path: Path) -> BundleData:
    """Validate and read the bundle at `path` (raises the reader's BundleError when invalid)."""
    bundle = read_bundle(Path(path))
    return BundleData(Path(path), dict(bundle.manifest), bundle.records)

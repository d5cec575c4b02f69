"""The data-sharing manifest that goes with every training extract (`data_sharing.json`).

It says why the extract may be used centrally (purpose, legal basis), how long it may be kept,
and who in the municipality approved it. Central training refuses an extract without one, with
an approval missing, or past its retention date.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

SHARING_FILE = "data_sharing.json"
FORMAT = "wayfinder-data-sharing/1"


class SharingError(ValueError):
    """An extract cannot be used centrally; the message names the extract and why."""


@dataclass(frozen=True)
class SharingManifest:
    municipality: str
    municipality_code: str  # starts every pseudonym in the extract
    purpose: str
    legal_basis: str
    retention_until: str  # ISO date: the central side deletes the extract by then
    approved_by: str  # the role or person in the municipality who approved the sharing
    approved_on: str  # ISO date
    extract_created: str  # ISO date
    key_fingerprint: str  # of the municipality's pseudonymisation key (the key never leaves)
    citizens: int
    removed: tuple[str, ...]  # what the extract leaves out, in words
    format: str = FORMAT

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["removed"] = list(self.removed)
        return data


def write_sharing(folder: Path, manifest: SharingManifest) -> None:
    (Path(folder) / SHARING_FILE).write_text(
        json.dumps(manifest.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def read_sharing(folder: Path, today: dt.date | None = None) -> SharingManifest:
    """The extract's manifest, checked: present, complete, approved, within retention."""
    path = Path(folder) / SHARING_FILE
    if not path.is_file():
        raise SharingError(f"{folder}: no {SHARING_FILE}: not a training extract (a "
                           "municipality makes one with 'wayfinder-admin pool extract')")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SharingError(f"{path}: not readable JSON ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SharingError(f"{path}: not a data-sharing manifest ({FORMAT})")
    fields = [f for f in SharingManifest.__dataclass_fields__ if f != "format"]
    missing = [f for f in fields if data.get(f) in (None, "", [])
               and f != "removed"]
    if missing:
        raise SharingError(f"{path}: missing {', '.join(missing)}")
    manifest = SharingManifest(**{f: data[f] for f in fields if f != "removed"},
                               removed=tuple(data.get("removed") or ()))
    today = today or dt.date.today()
    try:
        until = dt.date.fromisoformat(manifest.retention_until)
        dt.date.fromisoformat(manifest.approved_on)
    except ValueError:
        raise SharingError(f"{path}: retention_until and approved_on must be dates "
                           "(YYYY-MM-DD)") from None
    if until < today:
        raise SharingError(f"{folder}: the extract of {manifest.municipality} was to be kept "
                           f"until {until} only: delete it and ask for a new one")
    return manifest

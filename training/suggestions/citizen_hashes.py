"""Keyed hashes of citizen ids (HMAC-SHA256), so a model records whom it learned from without
holding a single raw id. The key lives outside the model directory (central data team only);
without it the hashes cannot be tested against guessed ids.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.locations import app_data_dir

KEY_ENV = "WAYFINDER_ID_KEY_FILE"


def default_key_path() -> Path:
    configured = os.environ.get(KEY_ENV)
    return Path(configured) if configured else app_data_dir() / "keys" / "citizen-id-hmac.key"


def read_key(path: Path) -> bytes:
    try:
        key = bytes.fromhex(Path(path).read_text(encoding="ascii").strip())
    except (UnicodeDecodeError, ValueError):
        raise ValueError(f"{path}: not an id key (expected hexadecimal text)") from None
    if len(key) < 16:
        raise ValueError(f"{path}: the id key is too short (need at least 16 bytes, hex)")
    return key


def existing_key(path: Path | None = None) -> bytes | None:
    """The key at `path` (default: the configured one), or None when there is none. For
    evaluation: it never creates a key (a new key recognises nobody)."""
    if path is not None:
        if not Path(path).is_file():
            raise ValueError(f"{path}: no such id key file")
        return read_key(Path(path))
    default = default_key_path()
    return read_key(default) if default.is_file() else None


def load_or_create_key(path: Path | None = None) -> bytes:
    path = Path(path) if path else default_key_path()
    if path.is_file():
        return read_key(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    path.write_text(key.hex() + "\n", encoding="ascii")
    path.chmod(0o600)
    return key


def key_fingerprint(key: bytes) -> str:
    return hashlib.sha256(b"wayfinder-id-key" + key).hexdigest()[:16]


def hash_id(key: bytes, citizen_id: str) -> str:
    return hmac.new(key, citizen_id.encode("utf-8"), hashlib.sha256).hexdigest()


def write_hashes(path: Path, key: bytes, citizen_ids: Iterable[str]) -> int:
    hashes = sorted({hash_id(key, c) for c in citizen_ids})
    payload = {"algorithm": "HMAC-SHA256", "key_fingerprint": key_fingerprint(key),
               "count": len(hashes), "hashes": hashes}
    path.write_text(json.dumps(payload) + "\n", encoding="utf-8")
    return len(hashes)


def read_hashes(path: Path, key: bytes) -> set[str]:
    payload = json.loads(Path(path).read_text(encoding="utf-8"))
    if payload.get("key_fingerprint") != key_fingerprint(key):
        raise ValueError("the id key does not match the one the model was trained with "
                         f"(model: {payload.get('key_fingerprint')}, key: {key_fingerprint(key)})")
    return set(payload["hashes"])


@dataclass(frozen=True)
class TrainingCitizens:
    """Whom to leave out of an evaluation: the model's training citizens as far as `key` can
    recognise them. With another key (another municipality's, or none) nobody can be
    recognised, so nothing is left out; `note` says so in words for the report."""

    hashes: frozenset[str]
    key_matches: bool
    note: str


def training_citizens(source: Path | bytes, key: bytes | None) -> TrainingCitizens:
    """`source`: a model's `training_citizens.json` (its path, or its bytes)."""
    text = source if isinstance(source, bytes) else Path(source).read_bytes()
    payload = json.loads(text.decode("utf-8"))
    model_print = payload.get("key_fingerprint")
    if key is None:
        return TrainingCitizens(frozenset(), False, (
            "no id key given: the model's training citizens cannot be recognised, nothing left "
            "out (with the data team's key, --id-key leaves them out)"))
    if model_print != key_fingerprint(key):
        return TrainingCitizens(frozenset(), False, (
            f"the id key ({key_fingerprint(key)}) is not the key the model was trained with "
            f"({model_print}): none of these citizens can be recognised as training citizens, "
            "nothing left out. Right for another municipality's own history; if this bundle "
            "holds citizens the model learned from, its figures are too optimistic"))
    hashes = frozenset(payload["hashes"])
    return TrainingCitizens(hashes, True, "the model's training citizens were left out")

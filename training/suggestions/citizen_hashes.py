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
from pathlib import Path

from desktop_app.locations import app_data_dir

KEY_ENV = "WAYFINDER_ID_KEY_FILE"


def default_key_path() -> Path:
    configured = os.environ.get(KEY_ENV)
    return Path(configured) if configured else app_data_dir() / "keys" / "citizen-id-hmac.key"


def load_or_create_key(path: Path | None = None) -> bytes:
    path = Path(path) if path else default_key_path()
    if path.is_file():
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
        if len(key) < 16:
            raise ValueError(f"{path}: the id key is too short (need at least 16 bytes, hex)")
        return key
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

"""The audit key: made once, with the first audit entry; never made again for a written trail.

The key is 32 random bytes in a private file outside the cache (`keys/audit.key` in the app's
data folder). A trail written with a key can only be checked or extended with that same key.
So a missing key is an error that tells IT to restore it from the key backup: a fresh key
would make every older entry read as tampered. The cache records the key's id (a keyed hash,
not the key) with its first entry, so a wrong key is named as such instead of as tampering.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

import sqlite_utils

from desktop_app.cache import meta
from desktop_app.private_files import PRIVATE_FILE, private_dir

KEY_BYTES = 32
RESTORE = ("Ask IT to restore the key file from the key backup (docs/data-protection.md, "
           "'Audit key'); Wayfinder never makes a new key for a trail that exists, because "
           "every older entry would then read as tampered.")


class AuditKeyError(Exception):
    """The audit key is missing, damaged or not the one the trail was written with."""


def key_id(key: bytes) -> str:
    """A public name for the key: shows which key wrote a trail, reveals nothing of it."""
    return hmac.new(key, b"wayfinder audit key id", hashlib.sha256).hexdigest()[:16]


def read_key(path: Path) -> bytes:
    path = Path(path)
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        raise AuditKeyError(f"the audit key {path} is missing. {RESTORE}") from None
    except OSError as error:
        raise AuditKeyError(f"the audit key {path} cannot be read ({error.strerror or error}); "
                            "check the file's permissions") from None
    if len(key) != KEY_BYTES:
        raise AuditKeyError(f"the audit key {path} is damaged ({len(key)} bytes, expected "
                            f"{KEY_BYTES}). {RESTORE}")
    return key


def create_key(path: Path) -> bytes:
    """A new key in a new private file (refuses to overwrite an existing one)."""
    path = Path(path)
    private_dir(path.parent)
    key = secrets.token_bytes(KEY_BYTES)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return read_key(path)  # another process made it a moment ago: use that one
    except OSError as error:
        raise AuditKeyError(f"the audit key {path} cannot be created "
                            f"({error.strerror or error})") from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
        handle.flush()
        os.fsync(handle.fileno())
    return key


def trail_started(db: sqlite_utils.Database) -> bool:
    """Whether the cache holds audit entries (or a retention checkpoint standing for some)."""
    return bool(db.execute("SELECT 1 FROM audit_log LIMIT 1").fetchone()
                or db.execute("SELECT 1 FROM audit_checkpoint LIMIT 1").fetchone())


def audit_key_for(db: sqlite_utils.Database, path: Path) -> bytes:
    """The key for this cache's trail: read from `path`, or made there when the trail is empty.

    Raises AuditKeyError when the key is missing for a written trail, damaged, or not the key
    the trail records.
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        key = read_key(path)
    elif trail_started(db):
        entries = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        raise AuditKeyError(f"the audit key {path} is missing, but this case cache's audit "
                            f"trail ({entries:,} entries) was written with one. {RESTORE}")
    else:
        key = create_key(path)
    recorded = meta.get(db, meta.AUDIT_KEY_ID)
    if recorded is not None and recorded != key_id(key):
        raise AuditKeyError(
            f"the audit key {path} (id {key_id(key)}) is not the key this case cache's audit "
            f"trail was written with (id {recorded}). {RESTORE}")
    return key

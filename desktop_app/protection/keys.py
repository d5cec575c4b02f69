"""Where the case cache's encryption key comes from: the OS keyring, else a passphrase.

Two kinds of key reach SQLCipher. A key kept in the keyring is 32 random bytes, handed over as
a raw key (`x'..'`), so no key derivation is needed. A passphrase (typed by the caseworker, or
`WAYFINDER_CACHE_PASSPHRASE` for IT automation) goes through SQLCipher's own KDF
(PBKDF2-HMAC-SHA512). The keyring entry is named after the cache's absolute path, so two caches
on one laptop have two keys.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

KEYRING_SERVICE = "wayfinder-case-cache"
PASSPHRASE_ENV = "WAYFINDER_CACHE_PASSPHRASE"
RAW_KEY_BYTES = 32

Prompt = Callable[[Path], str | None]


class KeyUnavailable(Exception):
    """No key can be found or stored; the message says what to do."""


@dataclass(frozen=True)
class CacheKey:
    """A cache key and where it came from (shown in messages, never the key itself)."""

    secret: str
    raw: bool
    source: str

    def pragma(self) -> str:
        """The value for `PRAGMA key = ...` (an SQL literal)."""
        if self.raw:
            return f"\"x'{self.secret}'\""
        return "'" + self.secret.replace("'", "''") + "'"

    def __repr__(self) -> str:  # never print the secret by accident
        return f"CacheKey(source={self.source!r})"


def _account(path: Path) -> str:
    return str(Path(path).resolve())


PENDING = " (being created)"  # a key whose cache has not been created yet


def _pending_account(path: Path) -> str:
    return _account(path) + PENDING


def _keyring():  # type: ignore[no-untyped-def]
    """The keyring module when a real backend is present, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def key_from_keyring(path: Path) -> CacheKey | None:
    ring = _keyring()
    if ring is None:
        return None
    try:
        # A key still marked pending belongs to a cache whose creation was cut short after
        # the file was put in place (see create_keyring_key).
        secret = (ring.get_password(KEYRING_SERVICE, _account(path))
                  or ring.get_password(KEYRING_SERVICE, _pending_account(path)))
    except Exception:  # a locked or broken keyring behaves as "no key there"
        return None
    return CacheKey(secret, raw=True, source="the system keyring") if secret else None


def create_keyring_key(path: Path) -> CacheKey:
    """A new random key for a cache about to be created at `path`, kept in the keyring as
    pending until `keep_keyring_key` (after the cache is in place) or `discard_pending_key`
    (the creation failed). A pending key from an earlier failed attempt is replaced; a key
    that belongs to a created cache is never replaced."""
    ring = _keyring()
    if ring is None:
        raise KeyUnavailable(
            "no system keyring is available on this computer; use a passphrase instead "
            f"(set {PASSPHRASE_ENV} or answer the prompt)"
        )
    try:
        existing = ring.get_password(KEYRING_SERVICE, _account(path))
    except Exception:
        existing = None
    if existing:
        raise KeyUnavailable(
            f"the keyring already holds the key of a case cache created at {path}; not "
            "replacing it (a backup of that cache may still need it). Choose another cache "
            "path, or remove the old key from the keyring if that cache and its backups are gone")
    secret = secrets.token_hex(RAW_KEY_BYTES)
    ring.set_password(KEYRING_SERVICE, _pending_account(path), secret)
    return CacheKey(secret, raw=True, source="the system keyring")


def keep_keyring_key(path: Path) -> None:
    """The cache at `path` now exists: its pending key becomes its key."""
    ring = _keyring()
    if ring is None:
        return
    secret = ring.get_password(KEYRING_SERVICE, _pending_account(path))
    if secret:
        ring.set_password(KEYRING_SERVICE, _account(path), secret)
        ring.delete_password(KEYRING_SERVICE, _pending_account(path))


def discard_pending_key(path: Path) -> None:
    """Creating the cache at `path` failed: forget the key made for it."""
    ring = _keyring()
    if ring is None:
        return
    with contextlib.suppress(Exception):  # nothing there, or a keyring that cannot delete
        ring.delete_password(KEYRING_SERVICE, _pending_account(path))


def passphrase_key(passphrase: str, source: str = "the passphrase") -> CacheKey:
    if len(passphrase) < 12:
        raise KeyUnavailable("a cache passphrase must be at least 12 characters long")
    return CacheKey(passphrase, raw=False, source=source)


def key_from_environment() -> CacheKey | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return CacheKey(value, raw=False, source=PASSPHRASE_ENV) if value else None


def find_key(path: Path, prompt: Prompt | None = None) -> CacheKey | None:
    """The key for an existing encrypted cache: environment, then keyring, then the prompt."""
    found = key_from_environment() or key_from_keyring(path)
    if found is None and prompt is not None:
        typed = prompt(path)
        found = CacheKey(typed, raw=False, source="the passphrase typed") if typed else None
    return found

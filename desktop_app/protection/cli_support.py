"""Shared by the protection commands: open the cache (asking for a passphrase when needed)."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

import sqlite_utils

from desktop_app.locations import app_data_dir, default_cache_path


def audit_key_path() -> Path:
    return app_data_dir() / "keys" / "audit.key"


def _prompt(path: Path) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Passphrase for the encrypted case cache {path}: ") or None


def prompt_for_key(path: Path):  # type: ignore[no-untyped-def]
    """The key of the encrypted cache at `path` (environment, keyring, then a typed
    passphrase); AdminError when there is none."""
    from desktop_app.admin.errors import AdminError
    from desktop_app.protection.keys import find_key

    key = find_key(path, _prompt)
    if key is None:
        raise AdminError(f"the case cache {path} is encrypted and no key was found (keyring, "
                         "WAYFINDER_CACHE_PASSPHRASE or a typed passphrase)")
    return key


def open_for_admin(cache: Path | None) -> tuple[sqlite_utils.Database, Path]:
    """The existing cache at `cache` (default location if None); AdminError when it can't."""
    from desktop_app.admin.errors import AdminError
    from desktop_app.cache.connection import CacheError, open_cache

    path = cache or default_cache_path()
    try:
        return open_cache(path, create=False, prompt=_prompt), path
    except CacheError as error:
        raise AdminError(str(error)) from error


def audit_for(db: sqlite_utils.Database):  # type: ignore[no-untyped-def]
    """The cache's audit log with its key; a missing, damaged or wrong key is an AdminError
    telling IT to restore it (a key is only ever made for a cache with no entries yet)."""
    from desktop_app.admin.errors import AdminError
    from desktop_app.cache.audit import AuditLog
    from desktop_app.cache.audit_key import AuditKeyError, audit_key_for

    try:
        return AuditLog(db, audit_key_for(db, audit_key_path()))
    except AuditKeyError as error:
        raise AdminError(str(error)) from error

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
    from desktop_app.admin.errors import AdminError
    from desktop_app.cache.audit import AuditLog, load_or_create_key

    path = audit_key_path()
    if not path.is_file():
        raise AdminError(
            f"the audit key {path} is missing; without it the audit chain cannot be checked "
            "or extended (restore it from the key backup, see docs/data-protection.md)"
        )
    try:
        return AuditLog(db, load_or_create_key(path))
    except ValueError as error:
        raise AdminError(str(error)) from error

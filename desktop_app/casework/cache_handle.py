"""Opening the case cache for the screens' worker, and checking it, as plain functions.

The worker thread owns the connection; these functions say what went wrong in words IT and the
caseworker can act on (`CacheOpenError`), and never touch Qt.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.casework.suggestions import ModelLoader
    from desktop_app.casework.worker_context import WorkerContext

log = logging.getLogger(__name__)


class CacheOpenError(Exception):
    """The case cache cannot be opened; the message names the file and what is wrong."""


def open_context(path: str, audit_key_path: Path, model_loader: ModelLoader,
                 busy_timeout_ms: int) -> WorkerContext:
    """The full connection (sqlite-utils, pandas) wrapped in the worker's context."""
    from desktop_app.cache.connection import CacheError, open_cache
    from desktop_app.casework.worker_context import WorkerContext

    try:
        db = open_cache(Path(path), create=False)
    except CacheError as error:
        raise CacheOpenError(str(error)) from error
    except Exception as error:  # a damaged file can fail in many ways; say so calmly
        log.exception("opening the case cache failed")
        raise CacheOpenError(f"the case cache {path} cannot be read ({error})") from error
    db.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
    return WorkerContext(db, audit_key_path, model_loader)


def damage(path: str) -> str | None:
    """SQLite's quick_check of the cache: None when it is sound, else what is damaged and the
    recovery path (restore or re-import)."""
    from desktop_app.cache.connection import CacheError
    from desktop_app.protection.integrity import check_cache

    try:
        check_cache(path)
    except CacheError as error:
        return str(error)
    return None


def is_busy(error: BaseException) -> bool:
    """SQLite's "another connection holds the write lock" (a running import)."""
    text = str(error).lower()
    return "database is locked" in text or "database table is locked" in text or (
        str(getattr(error, "sqlite_errorname", "")).startswith("SQLITE_BUSY"))

"""A consistent copy of the case cache, plain or encrypted, that never appears half-written.

`VACUUM INTO` writes a transactionally consistent, compacted copy while the app keeps
working; for an SQLCipher cache the copy is encrypted with the same key. The copy is written
to a private temporary file beside the target (`.<name>.partial-<pid>`), opened again and
checked (`PRAGMA quick_check`), fsynced and only then renamed into place, so a failure or a
kill leaves no file under the target's name (and the next start removes the leftover).

The audit key is not in the copy: keep it apart (docs/it-guide.md, 'Back up').
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop_app.atomic_files import fsync_dir
from desktop_app.cache.connection import CacheError, open_cache
from desktop_app.leftovers import clean_partials, partial_path
from desktop_app.private_files import PRIVATE_FILE, private_dir
from desktop_app.protection.integrity import quick_check
from desktop_app.protection.keys import CacheKey


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    sha256: str
    citizens: int


def back_up(db: sqlite_utils.Database, target: Path, *, key: CacheKey | None,
            overwrite: bool = False) -> Backup:
    """Copy the open cache `db` to `target` (the key, if any, opens the copy too)."""
    target = Path(target)
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} exists")
    if target.exists() and not target.is_file():
        raise IsADirectoryError(f"{target} is not a file")
    private_dir(target.parent)
    clean_partials(target.parent)  # what a killed earlier backup left there
    partial = partial_path(target)
    _remove(partial)
    try:
        db.execute("VACUUM INTO ?", (str(partial),))
        os.chmod(partial, PRIVATE_FILE)
        copy = open_cache(partial, create=False, key=key)
        try:
            quick_check(copy, target)
            citizens = int(copy.execute("SELECT count(*) FROM citizens").fetchone()[0])
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
        _remove_side_files(partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        digest = _sha256(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException:
        _remove(partial)
        raise
    return Backup(target, target.stat().st_size, digest, citizens)


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _remove_side_files(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    _remove_side_files(path)


__all__ = ["Backup", "CacheError", "back_up"]

"""Read the first bytes of a case cache without taking this process's SQLite locks away.

SQLite locks its files with POSIX record locks, and those belong to the process and the file,
not to a descriptor: closing ANY descriptor of the cache file drops every lock this process's
SQLite connections hold on it (SQLite's own descriptors are shielded from this; a plain
`open()`/`close()` beside them is not). Without its locks, another process closing its
connection (the window's case-detail child, an admin command) believes it is the last one,
checkpoints and deletes the WAL and shared-memory files under the open connections: reads then
fail with "disk I/O error", and a write can land in a deleted WAL nobody else reads.

So the header is read through a descriptor that stays open for the life of the process, one
per file (device and inode). A held descriptor also keeps its inode from being reused, so an
inode number seen again is the same file. (Windows locks belong to handles: there the file is
simply opened and closed.) Descriptors of files that were replaced or removed
meanwhile (a re-import puts a new file in place) are let go once more than `KEEP` are held.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

KEEP = 64

_lock = threading.Lock()
_held: dict[tuple[int, int], tuple[int, str]] = {}  # (device, inode) -> (descriptor, path)


def read_header(path: Path | str, size: int) -> bytes:
    """The first `size` bytes of the file at `path` (fewer if it is shorter)."""
    path = str(path)
    if not hasattr(os, "pread"):  # Windows: its file locks belong to handles, not processes
        with open(path, "rb") as handle:
            return handle.read(size)
    with _lock:
        seen = os.stat(path)
        held = _held.get((seen.st_dev, seen.st_ino))
        if held is None:
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0)
                                 | getattr(os, "O_CLOEXEC", 0))
            opened = os.fstat(descriptor)
            key = (opened.st_dev, opened.st_ino)
            if key in _held:  # replaced between stat and open by a file we hold: keep both
                _held[(opened.st_dev, -descriptor)] = (descriptor, path)
            else:
                _let_go_of_replaced_files()
                _held[key] = (descriptor, path)
        else:
            descriptor = held[0]
        return os.pread(descriptor, size, 0)


def _let_go_of_replaced_files() -> None:
    if len(_held) < KEEP:
        return
    for key, (descriptor, path) in list(_held.items()):
        try:
            now = os.stat(path)
            current = (now.st_dev, now.st_ino) == key
        except OSError:
            current = False
        if not current:
            with contextlib.suppress(OSError):
                os.close(descriptor)
            del _held[key]


__all__ = ["KEEP", "read_header"]

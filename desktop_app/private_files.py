"""Files and folders Wayfinder creates are private to the user who runs it (0600 / 0700).

The case cache, its WAL and shared-memory files, the audit key, the IT log and the data
folders hold personal data or protect it; on a shared laptop or a terminal server other
accounts must not read them. Entry points set a private umask (`use_private_umask`) so every
file a command or the window writes is private; the helpers here make the important ones
private even when a library caller did not. SQLite gives a database's -wal and -shm files the
permissions of the database file, so a private cache file keeps its side files private.

On Windows the per-user folders (%LOCALAPPDATA%) are private by their access lists, and POSIX
modes do not apply; the helpers do nothing there.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
PRIVATE_UMASK = 0o077
_POSIX = os.name == "posix"


def use_private_umask() -> None:
    """From now on this process creates files 0600 and folders 0700 (program start)."""
    if _POSIX:
        os.umask(PRIVATE_UMASK)


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) as private folders; existing ones are left alone."""
    path = Path(path)
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR)
            if _POSIX:
                os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is narrowed by the umask only
    return path


def create_private_file(path: Path) -> bool:
    """Create an empty private file at `path` unless something is there; True if created."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def make_private(path: Path) -> None:
    """Take group and other permissions away from a file or folder of this user's.

    Used on start for files an earlier version created world-readable. Anything owned by
    someone else (IT's log folder, a share) is left as it is.
    """
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            return
        if stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(path, stat.S_IMODE(info.st_mode) & 0o700)

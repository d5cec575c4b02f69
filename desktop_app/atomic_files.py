"""Writing a file so that readers (and a crash) see the old content or the new, never half.

A temporary sibling is written and fsynced, renamed over the target, and the folder is
fsynced so the rename itself survives a power cut. Targets that are not regular files (a
device such as /dev/null, a symlink) are refused: the rename would replace them.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    with staged(path, data) as put_in_place:
        put_in_place()


@contextlib.contextmanager
def staged(path: Path, data: bytes) -> Iterator[Callable[[], None]]:
    """Write `data` to a hidden temporary file beside `path` and yield the function that
    renames it into place. Leaving the block without calling it (or by an exception) removes
    the temporary file, so `path` never appears. Lets a caller put a file in place only after
    something else succeeded (a sheet only after its audit entry is committed)."""
    path = Path(path)
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise IsADirectoryError(f"{path} is not a regular file; choose a file name to write to")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    placed = False

    def put_in_place() -> None:
        nonlocal placed
        os.replace(temp_name, path)
        placed = True
        fsync_dir(path.parent)

    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        yield put_in_place
    finally:
        if not placed:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp_name)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # directory fsync is a POSIX notion; NTFS journals renames itself
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

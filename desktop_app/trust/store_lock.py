"""Locks on the model store: one update at a time, and no start-up check mid-change.

- `update_lock(root, wait)`: held for a whole update (`update.lock`). A second updater (the
  app's background check while IT's script runs, or two scripts) waits up to `wait` seconds,
  then is refused with "an update is already running", never a traceback or a message that
  reads like tampering.
- `change_lock(root)` / `read_lock(root)` (`store.lock`): exclusive while an update changes the
  store (a few renames), shared while a start-up check reads it, so a start never sees a
  version's signed metadata half swapped.

POSIX uses `flock`: the kernel drops the lock when its process dies, so a killed update never
leaves a stale lock behind. Windows uses `msvcrt.locking`, which has no shared mode: readers
briefly exclude each other there.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.trust.errors import UpdateRefused

UPDATE_LOCK = "update.lock"
STORE_LOCK = "store.lock"
POLL_SECONDS = 0.2

if sys.platform == "win32":  # pragma: no cover - not exercised on the Linux CI
    import msvcrt

    def _try_lock(fd: int, shared: bool) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int, shared: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _open(path: Path, create: bool) -> int | None:
    flags = (os.O_RDWR | os.O_CREAT) if create else os.O_RDONLY
    try:
        return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileNotFoundError:
        return None
    except PermissionError:
        if create:
            raise
        return None


def _acquire(fd: int, shared: bool, wait: float) -> bool:
    deadline = time.monotonic() + wait
    while not _try_lock(fd, shared):
        if time.monotonic() >= deadline:
            return False
        time.sleep(POLL_SECONDS)
    return True


@contextmanager
def update_lock(root: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the store's update lock, waiting up to `wait` s; else refuse with who holds it."""
    path = Path(root) / UPDATE_LOCK
    fd = _open(path, create=True)
    assert fd is not None
    try:
        if not _acquire(fd, shared=False, wait=wait):
            holder = _holder(path)
            raise UpdateRefused(
                f"an update is already running{holder}; try again when it has finished "
                "(nothing was changed)"
            )
        os.ftruncate(fd, 0)
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        os.write(fd, f"{os.getpid()} {stamp}\n".encode("ascii"))
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


@contextmanager
def change_lock(root: Path) -> Iterator[None]:
    """Exclusive while an update changes the store; waits for start-up checks to finish."""
    fd = _open(Path(root) / STORE_LOCK, create=True)
    assert fd is not None
    try:
        _acquire(fd, shared=False, wait=float("inf"))
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


@contextmanager
def read_lock(root: Path) -> Iterator[None]:
    """Shared while a start-up check reads the store (no lock file yet: nothing to wait for)."""
    fd = _open(Path(root) / STORE_LOCK, create=False)
    if fd is None:
        yield
        return
    try:
        _acquire(fd, shared=True, wait=float("inf"))
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _holder(path: Path) -> str:
    try:
        pid, _, started = path.read_text(encoding="ascii").strip().partition(" ")
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (process {pid}, since {started})" if pid.isdigit() and started else ""

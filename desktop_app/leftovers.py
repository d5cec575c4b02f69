"""What a killed run leaves behind, and cleaning it up at the next start.

An import into a new cache builds `.case-cache.sqlite.importing-<pid>` beside it; a sheet
printed with the bundled demo model verifies it into `wayfinder-sheet-<pid>-…` in the temp
folder; a backup writes `.<name>.partial-<pid>`. Each name carries the id of the process that
made it, so the next start (of the window or of any admin command) removes only what belongs to
a process that no longer runs, never the work of one still running. Files written atomically
(`.<name>.<random>.tmp`) in the cache's folder are removed when they are older than a day.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)
_PID_SUFFIX = re.compile(r"-(\d+)(?:-wal|-shm|-journal)?$")
_TEMP_FOLDER = re.compile(r"^wayfinder-[a-z]+-(\d+)-")
STALE_TEMP_SECONDS = 24 * 3600


def importing_path(cache_path: Path) -> Path:
    return cache_path.with_name(f".{cache_path.name}.importing-{os.getpid()}")


def partial_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.partial-{os.getpid()}")


def temp_prefix(kind: str) -> str:
    """A prefix for a temporary folder in the system temp folder, named for cleanup."""
    return f"wayfinder-{kind}-{os.getpid()}-"


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFO
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process with that id: not ours to judge
    return True


def _dead_owner(name: str, pattern: re.Pattern[str]) -> bool:
    match = pattern.search(name)
    return match is not None and not pid_alive(int(match.group(1)))


def clean_partials(folder: Path) -> list[Path]:
    """Remove `.<name>.partial-<pid>` files of processes that no longer run in `folder`."""
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for path in Path(folder).glob(".*.partial-*"):
            if _dead_owner(path.name, _PID_SUFFIX):
                removed += _remove(path)
    return removed


def clean_leftovers(cache_path: Path | None, temp_dir: Path | None = None) -> list[Path]:
    """Remove what killed runs left; returns what was removed (also said in the IT log)."""
    removed: list[Path] = []
    if cache_path is not None and Path(cache_path).parent.is_dir():
        folder, name = Path(cache_path).parent, Path(cache_path).name
        importing = re.compile(rf"^\.{re.escape(name)}\.importing(?:-(\d+))?"
                               r"(?:-wal|-shm|-journal)?$")
        for path in folder.glob(f".{name}.importing*"):
            match = importing.match(path.name)
            # no process id: an older version's name (it removed the file before each import)
            if match and (match.group(1) is None or not pid_alive(int(match.group(1)))):
                removed += _remove(path)
        removed += clean_partials(folder)
        now = time.time()
        for path in folder.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                if now - path.lstat().st_mtime > STALE_TEMP_SECONDS:
                    removed += _remove(path)
    temp = Path(temp_dir or tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for path in temp.iterdir():
            match = _TEMP_FOLDER.match(path.name)
            if match and _own(path) and not pid_alive(int(match.group(1))):
                removed += _remove(path)
    for path in removed:
        log.info("removed a leftover of an interrupted run: %s",
                 _it_safe(path.name.split("-")[0] + "…"))
    return removed


def _own(path: Path) -> bool:
    if os.name != "posix":
        return True
    try:
        return path.lstat().st_uid == os.getuid()
    except OSError:
        return False


def _remove(path: Path) -> list[Path]:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:
        return []
    return [path]


def _it_safe(text: str) -> str:
    from desktop_app.protection.it_log import it_safe

    return it_safe(text)

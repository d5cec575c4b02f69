"""Opening the case cache a second time must not take this process's SQLite locks away.

POSIX record locks belong to the process and the file: closing ANY descriptor of the cache file
drops every lock the process's SQLite connections hold on it. Reading the file's header with
plain file I/O (to tell an encrypted cache from a plain one) did exactly that each time the
cache was opened again. Another process (the window's case-detail child) closing its connection
then believed it was the last one, checkpointed and deleted the WAL and shared-memory files
under the open connections: later reads failed with "disk I/O error", and a process holding the
deleted WAL wrote to a file nobody else saw (a recorded objection missing from the reloaded
case). Found by the GUI tests failing one run in three.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.cache.connection import is_encrypted, open_cache

CHILD_READS_AND_CLOSES = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    "print(conn.execute('SELECT count(*) FROM probe').fetchone()[0])\n"
    "conn.close()\n"
)


def _count_in_another_process(path: Path) -> int:
    done = subprocess.run([sys.executable, "-c", CHILD_READS_AND_CLOSES, str(path)],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def test_a_second_open_keeps_the_wal_of_the_first_connection(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    first = open_cache(path)
    first.execute("CREATE TABLE probe (x INTEGER)")
    first.execute("INSERT INTO probe VALUES (1)")
    second = open_cache(path, create=False)  # as the worker, the window or an admin command does
    assert _count_in_another_process(path) == 1
    # the other process was not the last connection: the WAL and its index stay in place
    assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    first.execute("INSERT INTO probe VALUES (2)")
    assert _count_in_another_process(path) == 2  # what this process writes, others see
    assert second.execute("SELECT count(*) FROM probe").fetchone()[0] == 2


def test_header_check_repeated_without_dropping_locks(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    db = open_cache(path)
    db.execute("CREATE TABLE probe (x INTEGER)")
    db.execute("INSERT INTO probe VALUES (1)")
    for _ in range(3):
        assert not is_encrypted(path)
    assert _count_in_another_process(path) == 1
    assert Path(f"{path}-wal").exists()


def test_header_check_follows_a_replaced_file(tmp_path: Path) -> None:
    """A re-import puts a new file in place: its header is read, not remembered."""
    path = tmp_path / "cache.sqlite"
    open_cache(path).execute("CREATE TABLE probe (x INTEGER)")
    assert not is_encrypted(path)
    replacement = tmp_path / "other.sqlite"
    replacement.write_bytes(b"not a plain SQLite database at all, " * 40)
    replacement.replace(path)
    assert is_encrypted(path)

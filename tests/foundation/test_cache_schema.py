"""Cache schema: migrations, clear errors for unusable files, append-only chained audit log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import CacheError, open_cache
from desktop_app.cache.schema import SCHEMA_VERSION


def test_new_cache_is_migrated_and_reopened_without_changes(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    db = open_cache(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    db = open_cache(path)
    assert "citizens_fts" in db.table_names()


def test_cache_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    open_cache(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(CacheError, match="newer than this Wayfinder understands"):
        open_cache(path)


def test_garbage_file_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CacheError, match="cannot be read .* Restore it from backup"):
        open_cache(path)
    assert path.read_bytes() == b"this is not a database" * 100


def test_audit_log_is_append_only_and_chained(tmp_path: Path) -> None:
    db = open_cache(tmp_path / "c.sqlite")
    log = AuditLog(db, b"s" * 32)
    for i in range(5):
        log.append("W1", "suggestion_shown", citizen_id=f"C{i}", payload={"top": "P01"})
    assert log.verify() == []
    assert log.head()[0] == 5
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'X' WHERE seq = 2")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit_log WHERE seq = 2")
    # Someone with raw file access drops the trigger and edits an entry: the chain shows it.
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute('UPDATE audit_log SET payload = \'{"top":"P02"}\' WHERE seq = 3')
    assert log.verify() == ["entry 3 does not match the chain (edited or inserted)"]
    assert AuditLog(db, b"t" * 32).verify()[0].startswith("entry 1 does not match")

"""A real temporary case cache (a contract-shaped bundle imported with its audit entries)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from tests.foundation.bundle_factory import write_bundle

AUDIT_KEY = b"k" * 32
NOON = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


@dataclass
class Cache:
    path: Path
    db: sqlite_utils.Database
    audit: AuditLog

    def audit_rows(self, action: str) -> list[tuple[str, str | None, str]]:
        """(actor, citizen_id, payload JSON) of every entry with this action, in order."""
        return [tuple(r) for r in self.db.execute(
            "SELECT actor, citizen_id, payload FROM audit_log WHERE action = ? ORDER BY seq",
            (action,))]

    def count(self, table: str) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    path = tmp_path / "cache.sqlite"
    db = open_cache(path)
    audit = AuditLog(db, AUDIT_KEY)
    import_bundle(db, read_bundle(write_bundle(tmp_path / "bundle", n=12)), audit=audit,
                  actor="t")
    yield Cache(path, db, audit)
    db.close()

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from tests.foundation.bundle_factory import write_bundle

AUDIT_KEY = b"k" * 32


@pytest.fixture
def bundle_dir(tmp_path: Path) -> Path:
    return write_bundle(tmp_path / "bundle")


def do_import(db: sqlite_utils.Database, folder: Path, **kwargs):  # type: ignore[no-untyped-def]
    return import_bundle(
        db, read_bundle(folder), audit=AuditLog(db, AUDIT_KEY), actor="test", **kwargs
    )


@pytest.fixture
def imported(tmp_path: Path, bundle_dir: Path) -> sqlite_utils.Database:
    db = open_cache(tmp_path / "cache.sqlite")
    do_import(db, bundle_dir)
    yield db
    db.close()

"""Caches for the protection tests: the foundation's hand-made bundle plus closed cases whose
names are distinctive enough to grep raw file bytes for."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
import sqlite_utils
from keyring.backend import KeyringBackend

from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from tests.foundation.bundle_factory import citizens, write_bundle

AUDIT_KEY = b"p" * 32
CLOSED_NAME = "Zebulon Quixotewright"
CLOSED_ID = "C00003"
LEFT_ID = "C00004"
OPEN_ID = "C00001"
PASSPHRASE = "correct horse battery staple"


def protection_citizens(n: int = 30) -> list[dict]:
    rows = citizens(n)
    rows[3]["name"] = CLOSED_NAME
    rows[3]["cv_text"] = "Quixotewright worked as a lighthouse keeper"
    rows[3]["case_closed"] = "2020-03-01"
    rows[5]["case_closed"] = "2099-01-01"  # closed in the future: never purgeable yet
    return rows


def build_bundle(folder: Path, n: int = 30) -> Path:
    return write_bundle(folder, n=n, citizens=protection_citizens(n))


def import_into(db: sqlite_utils.Database, folder: Path, audit: AuditLog) -> None:
    import_bundle(db, read_bundle(folder), audit=audit, actor="test")


@pytest.fixture
def cache(tmp_path: Path) -> tuple[sqlite_utils.Database, AuditLog, Path]:
    path = tmp_path / "cache.sqlite"
    db = open_cache(path)
    audit = AuditLog(db, AUDIT_KEY)
    import_into(db, build_bundle(tmp_path / "bundle"), audit)
    yield db, audit, path
    db.close()


class MemoryKeyring(KeyringBackend):
    """A working keyring for tests (CI machines have none)."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)

"""Encryption at rest: SQLCipher caches, keys from keyring or passphrase, wrong key harmless."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import CacheKeyError, is_encrypted, open_cache
from desktop_app.cache.search import search_cases
from desktop_app.protection.keys import (
    PASSPHRASE_ENV,
    KeyUnavailable,
    create_keyring_key,
    keep_keyring_key,
    passphrase_key,
)
from desktop_app.protection.purge import scrub
from tests.protection.conftest import AUDIT_KEY, CLOSED_NAME, PASSPHRASE, build_bundle, import_into


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))}


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.sqlite"
    db = open_cache(path, encrypt=True, key=passphrase_key(PASSPHRASE))
    import_into(db, build_bundle(tmp_path / "bundle"), AuditLog(db, AUDIT_KEY))
    db.close()
    return path


def test_encrypted_cache_holds_no_readable_data_and_search_works(encrypted: Path) -> None:
    assert is_encrypted(encrypted)
    assert not encrypted.read_bytes().startswith(b"SQLite format 3")
    db = open_cache(encrypted, create=False, key=passphrase_key(PASSPHRASE))
    # FTS5 runs inside SQLCipher: prefix search over names and CV text
    assert [r.name for r in search_cases(db, "zebul", limit=5)] == []  # closed: filtered
    from desktop_app.cache.search import SearchFilters

    found = search_cases(db, "zebul", SearchFilters(open_cases_only=False))
    assert [r.name for r in found] == [CLOSED_NAME]
    assert search_cases(db, "lighthouse", SearchFilters(open_cases_only=False))
    assert db.execute("PRAGMA cipher_version").fetchone()[0]
    assert AuditLog(db, AUDIT_KEY).verify() == []
    scrub(db)
    db.close()
    for name, data in _files(encrypted).items():
        assert CLOSED_NAME.encode() not in data, name
        assert b"Quixotewright" not in data, name


def test_wrong_key_is_a_clear_message_and_changes_no_byte(encrypted: Path) -> None:
    before = _files(encrypted)
    with pytest.raises(CacheKeyError, match="does not open the case cache .* Nothing was changed"):
        open_cache(encrypted, key=passphrase_key("not the right passphrase"))
    assert _files(encrypted) == before


def test_missing_key_is_a_clear_message(encrypted: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    before = _files(encrypted)
    with pytest.raises(CacheKeyError, match="no key was found"):
        open_cache(encrypted)
    with pytest.raises(CacheKeyError, match="does not open"):
        open_cache(encrypted, prompt=lambda path: "typed the wrong thing")
    assert _files(encrypted) == before


def test_passphrase_from_environment_for_it_automation(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    db = open_cache(encrypted)  # existing callers need no change
    assert db["citizens"].count == 30
    db.close()


def test_key_from_the_system_keyring(tmp_path: Path, memory_keyring, monkeypatch) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    path = tmp_path / "kr.sqlite"
    key = create_keyring_key(path)
    assert "x'" in key.pragma() and key.secret not in repr(key)
    db = open_cache(path, encrypt=True, key=key)
    import_into(db, build_bundle(tmp_path / "bundle"), AuditLog(db, AUDIT_KEY))
    db.close()
    assert is_encrypted(path)
    db = open_cache(path, create=False)  # found in the keyring by the cache's path
    assert db["citizens"].count == 30
    db.close()
    keep_keyring_key(path)  # the cache is in place: its key is no longer pending
    db = open_cache(path, create=False)
    assert db["citizens"].count == 30
    db.close()
    with pytest.raises(KeyUnavailable, match="already holds the key of a case cache"):
        create_keyring_key(path)
    memory_keyring.secrets.clear()  # key lost: a clear message, the file untouched
    before = _files(path)
    with pytest.raises(CacheKeyError, match="Key loss and recovery"):
        open_cache(path)
    assert _files(path) == before


def test_no_keyring_means_passphrase(tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyUnavailable, match="use a passphrase"):
            create_keyring_key(tmp_path / "x.sqlite")
    finally:
        keyring.set_keyring(previous)
    with pytest.raises(KeyUnavailable, match="12 characters"):
        passphrase_key("short")


def test_plain_cache_stays_plain_and_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    open_cache(path).close()
    assert not is_encrypted(path)
    assert path.read_bytes().startswith(b"SQLite format 3\x00")

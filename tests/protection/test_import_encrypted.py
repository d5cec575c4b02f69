"""`wayfinder-admin import --encrypt` creates an encrypted case cache in one step."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.cache.connection import CacheError, open_cache
from desktop_app.cache.search import search_cases
from tests.foundation.bundle_factory import write_bundle

PASSPHRASE = "a long enough passphrase"


def test_import_encrypt_creates_an_encrypted_searchable_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("WAYFINDER_CACHE_PASSPHRASE", PASSPHRASE)
    bundle = write_bundle(tmp_path / "b", n=12)
    cache = tmp_path / "enc.sqlite"
    assert main(["import", str(bundle), "--cache", str(cache), "--encrypt", "--quiet"]) == 0
    raw = cache.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Olena" not in raw
    db = open_cache(cache, create=False)
    assert {r.citizen_id for r in search_cases(db, "olena")} == {"C00002", "C00007"}
    db.close()
    monkeypatch.delenv("WAYFINDER_CACHE_PASSPHRASE")
    monkeypatch.setattr("desktop_app.protection.keys.key_from_keyring", lambda path: None)
    with pytest.raises(CacheError):
        open_cache(cache, create=False)
    assert cache.read_bytes() == raw
    assert main(["import", str(bundle), "--cache", str(cache), "--encrypt"]) == 1
    assert "--encrypt only applies to a new cache" in capsys.readouterr().err

"""A model not shown to work on this municipality's history is not used for suggestions,
unless IT says so in the system configuration; that use is recorded in the audit trail once
per model version. The verdict comes from `models check-local` (kept in the cache, and counted
only as the check's audit-trail entry says)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache, transaction
from desktop_app.casework.worker_context import WorkerContext
from desktop_app.config import configured_use_without_local_check, load_settings
from desktop_app.scoring.local_verdict import (
    NOT_SHOWN_HERE,
    NOT_SHOWN_TO_WORK,
    SHOWN_TO_WORK,
    TOO_LITTLE_HISTORY,
    UNVERIFIED,
    LocalVerdict,
    checked_loader,
    local_state,
    record_override,
    record_verdict,
    store_verdict,
)
from desktop_app.trust.errors import MODEL_STATUS_CODES, ModelUnavailable
from tests.conftest import write_audit_key


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_cache(tmp_path / "cache.sqlite")
    yield database
    database.close()


KEY = b"k" * 32


def _record(db, verdict: LocalVerdict) -> None:  # type: ignore[no-untyped-def]
    """What 'models check-local' writes: the verdict and its audit-trail entry."""
    with transaction(db):
        record_verdict(db, verdict, AuditLog(db, KEY).append)


def _verdict(version: str, verdict: str) -> LocalVerdict:
    return LocalVerdict(version, verdict, "2026-12-06T10:00:00+00:00", 1200,
                        () if verdict == SHOWN_TO_WORK else ("no_gain_shown",), {})


def _loader(version: int = 4):  # type: ignore[no-untyped-def]
    # a stand-in for a verified model; marked withdrawn so that `load_model` stops after the
    # gate (status "withdrawn" then shows the gate let it through)
    return lambda: SimpleNamespace(version=version, usable=False, withdrawn_reason="test")


@pytest.mark.parametrize("verdict", [NOT_SHOWN_TO_WORK, TOO_LITTLE_HISTORY])
def test_a_model_not_shown_to_work_here_is_refused_with_its_status_code(db, verdict):
    _record(db, _verdict("4", verdict))
    with pytest.raises(ModelUnavailable) as refused:
        checked_loader(_loader(), db, it_allows=False, require_check=False, audit_key=KEY)()
    assert refused.value.code == NOT_SHOWN_HERE and NOT_SHOWN_HERE in MODEL_STATUS_CODES
    assert "models check-local 4" in refused.value.reason


def test_a_model_shown_to_work_here_is_used_and_a_verdict_belongs_to_its_version(db):
    _record(db, _verdict("4", SHOWN_TO_WORK))
    assert checked_loader(_loader(4), db, False, True, KEY)().version == 4
    with pytest.raises(ModelUnavailable):  # version 5 was never checked here
        checked_loader(_loader(5), db, False, True, KEY)()
    assert checked_loader(_loader(5), db, False, False, KEY)().version == 5  # demo: used


def test_it_may_allow_it_and_that_is_audited_once_per_version(db):
    _record(db, _verdict("4", NOT_SHOWN_TO_WORK))
    audit = AuditLog(db, KEY)
    seen = []
    loader = checked_loader(_loader(), db, True, True, KEY, seen.append)
    assert loader().version == 4 and len(seen) == 1
    for _ in range(2):
        with transaction(db):
            record_override(db, seen[0], audit.append)
    rows = db.execute("SELECT actor, model_version, payload FROM audit_log WHERE action = "
                      "'model_used_without_local_check'").fetchall()
    assert len(rows) == 1 and tuple(rows[0][:2]) == ("it", "4")
    assert json.loads(rows[0][2])["verdict"] == NOT_SHOWN_TO_WORK
    assert local_state(db, "4", True, True, KEY).decision.reason == "it_allows"


def test_only_the_system_configuration_can_allow_it(tmp_path: Path):
    system, user = tmp_path / "system.toml", tmp_path / "user.toml"
    for path in (system, user):
        path.write_text("[models]\nuse_without_local_check = true\n", encoding="utf-8")
    assert load_settings([system], admin_files=[system]).use_without_local_check is True
    settings = load_settings([user], admin_files=[system])
    assert settings.use_without_local_check is False
    assert any("models.use_without_local_check' ignored" in n for n in settings.notices)
    user.write_text('[models]\nuse_without_local_check = "yes"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="true or false"):
        load_settings([user], admin_files=[user])


def test_the_worker_applies_the_verdict_and_it_s_setting(tmp_path: Path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("WAYFINDER_HOME", str(home))
    key_path = write_audit_key(home, b"k" * 32)
    database = open_cache(tmp_path / "worker.sqlite")
    try:
        _record(database, _verdict("4", NOT_SHOWN_TO_WORK))
        context = WorkerContext(database, key_path, _loader())
        assert context.model.model is None and context.model.status == NOT_SHOWN_HERE
        (home / "wayfinder.toml").write_text("[models]\nuse_without_local_check = true\n")
        assert configured_use_without_local_check() is True
        allowed = WorkerContext(database, key_path, _loader())
        assert allowed.model.status == "withdrawn"  # through the gate; the override recorded
        assert database.execute("SELECT count(*) FROM audit_log WHERE action = "
                                "'model_used_without_local_check'").fetchone()[0] == 1
    finally:
        database.close()


def test_a_hand_edited_verdict_in_the_cache_does_not_open_the_gate(tmp_path: Path, monkeypatch):
    """Outside trial (hostile caseworker): the cache is the user's own file; turning a stored
    "not shown to work here" into "shown to work here" with an SQLite editor must not bring
    the model's suggestions back. The verdict counts only as its audit-trail record says."""
    home = tmp_path / "home"
    monkeypatch.setenv("WAYFINDER_HOME", str(home))
    monkeypatch.setattr("desktop_app.trust.build_flavour.BUILD_FLAVOUR", "production")
    key_path = write_audit_key(home, b"k" * 32)
    database = open_cache(tmp_path / "edited.sqlite")
    try:
        _record(database, _verdict("4", NOT_SHOWN_TO_WORK))
        assert WorkerContext(database, key_path, _loader()).model.status == NOT_SHOWN_HERE
        with transaction(database):
            database.execute("UPDATE cache_meta SET value = replace(value, ?, ?) WHERE key = ?",
                             (NOT_SHOWN_TO_WORK, SHOWN_TO_WORK, "local_check.v4"))
        assert WorkerContext(database, key_path, _loader()).model.status == NOT_SHOWN_HERE
        # nor does deleting it (the audit trail still says the model was checked and failed)
        with transaction(database):
            database.execute("DELETE FROM cache_meta WHERE key = 'local_check.v4'")
        assert WorkerContext(database, key_path, _loader()).model.status == NOT_SHOWN_HERE
        # and editing the audit record itself (its append-only trigger dropped first) breaks
        # its keyed digest: still not used
        with transaction(database):
            database.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
            database.execute("UPDATE audit_log SET payload = replace(payload, ?, ?)",
                             (NOT_SHOWN_TO_WORK, SHOWN_TO_WORK))
        assert WorkerContext(database, key_path, _loader()).model.status == NOT_SHOWN_HERE
    finally:
        database.close()


def test_a_stored_verdict_without_its_audit_record_counts_as_never_checked(db):
    """A verdict written into the cache by hand (no check recorded) is not believed; with the
    check recorded but no audit key to verify it, the model is held back in every build."""
    store_verdict(db, _verdict("4", SHOWN_TO_WORK))
    state = local_state(db, "4", False, True, KEY)
    assert state.verdict is None and state.decision.use is False  # production: not checked
    _record(db, _verdict("4", SHOWN_TO_WORK))
    assert local_state(db, "4", False, True, KEY).decision.use is True
    without_key = local_state(db, "4", False, False, None)
    assert (without_key.decision.use, without_key.decision.reason) == (False, UNVERIFIED)
    wrong_key = local_state(db, "4", False, False, b"x" * 32)
    assert wrong_key.decision.reason == UNVERIFIED
    with pytest.raises(ModelUnavailable, match="audit record does not verify"):
        checked_loader(_loader(), db, False, False, b"x" * 32)()

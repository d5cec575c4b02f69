"""`wayfinder-admin export-decisions`: the file, its manifest, exported marks and the audit."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.decisions.record import DecisionInput, record_decision
from tests.decisions.conftest import AUDIT_KEY, NOON, Cache


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An app data folder holding the same audit key the cache was written with."""
    folder = tmp_path / "home"
    (folder / "keys").mkdir(parents=True)
    (folder / "keys" / "audit.key").write_bytes(AUDIT_KEY)
    monkeypatch.setenv("WAYFINDER_HOME", str(folder))
    return folder


def record_two(cache: Cache) -> None:
    record_decision(cache.db, cache.audit, DecisionInput(
        citizen_id="C00001", caseworker_id="anna", programme_id="P01", suggestion_shown=True,
        suggested_programme_id="P01", job_referrals=("V1",), model_version="m-1",
        input_hash="aa" * 32, own_assessment="my private note"), now=NOON)
    record_decision(cache.db, cache.audit, DecisionInput(
        citizen_id="C00002", caseworker_id="bo", programme_id="P02", suggestion_shown=True,
        suggested_programme_id="P01", reason_code="citizen_wish",
        reason_text="Wants to learn Danish first", model_version="m-1", input_hash="bb" * 32),
        now=NOON + dt.timedelta(days=3))


def test_export_writes_lines_manifest_marks_rows_and_audits(
        cache: Cache, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record_two(cache)
    out = tmp_path / "out"

    code = main(["export-decisions", str(out), "--cache", str(cache.path), "--actor", "it-ole"])

    assert code == 0
    body = (out / "decisions_app.jsonl").read_bytes()
    lines = [json.loads(line) for line in body.decode().splitlines()]
    assert [(d["citizen_id"], d["caseworker_id"], d["programme_id"], d["override"],
             d["followed_suggestion"], d["reason_code"]) for d in lines] == [
        ("C00001", "anna", "P01", False, True, None),
        ("C00002", "bo", "P02", True, False, "citizen_wish"),
    ]
    assert lines[0]["job_referrals"] == ["V1"]
    assert lines[1]["reason_text"] == "Wants to learn Danish first"
    assert "own_assessment" not in lines[0] and b"my private note" not in body
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "wayfinder-app-decisions"
    assert manifest["files"] == {
        "decisions_app.jsonl": {"sha256": hashlib.sha256(body).hexdigest(), "lines": 2},
        "objections_app.jsonl": {"sha256": hashlib.sha256(b"").hexdigest(), "lines": 0}}
    assert manifest["since"] is None

    db = open_cache(cache.path, create=False)
    try:
        head = db.execute("SELECT seq, hash, actor, action, payload FROM audit_log "
                          "ORDER BY seq DESC LIMIT 1").fetchone()
        cache_id = db.execute("SELECT value FROM cache_meta WHERE key = 'cache_id'"
                              ).fetchone()[0]
        assert manifest["audit_chain_head"] == {"seq": head[0], "hash": head[1],
                                                "cache": cache_id}
        assert (head[2], head[3]) == ("it-ole", "decisions_exported")
        assert json.loads(head[4]) == {"file": "decisions_app.jsonl", "count": 2,
                                       "sha256": hashlib.sha256(body).hexdigest(),
                                       "since": None, "objections": 0,
                                       "objections_sha256": hashlib.sha256(b"").hexdigest()}
        marks = [r[0] for r in db.execute("SELECT exported_at FROM app_decisions ORDER BY id")]
        assert len(marks) == 2 and all(marks)
        assert AuditLog(db, AUDIT_KEY).verify() == []
    finally:
        db.close()
    printed = capsys.readouterr().out
    assert "(2 decision(s))" in printed and f"{head[0]} {head[1]}" in printed


def test_since_keeps_only_decisions_on_or_after_the_date(
        cache: Cache, home: Path, tmp_path: Path) -> None:
    record_two(cache)  # 2026-03-02 and 2026-03-05
    out = tmp_path / "out"

    assert main(["export-decisions", str(out), "--cache", str(cache.path),
                 "--since", "2026-03-03", "--actor", "it"]) == 0

    lines = (out / "decisions_app.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["citizen_id"] for line in lines] == ["C00002"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["since"], manifest["files"]["decisions_app.jsonl"]["lines"]) == (
        "2026-03-03", 1)
    db = open_cache(cache.path, create=False)
    try:
        marks = dict(db.execute("SELECT citizen_id, exported_at FROM app_decisions").fetchall())
    finally:
        db.close()
    assert marks["C00001"] is None and marks["C00002"] is not None


def test_bad_since_and_out_being_a_file_give_clear_errors(
        cache: Cache, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entries = cache.count("audit_log")
    assert main(["export-decisions", str(tmp_path / "o"), "--cache", str(cache.path),
                 "--since", "March"]) != 0
    assert "--since must be YYYY-MM-DD (got 'March')" in capsys.readouterr().err

    a_file = tmp_path / "taken"
    a_file.write_text("x", encoding="utf-8")
    assert main(["export-decisions", str(a_file), "--cache", str(cache.path)]) != 0
    assert f"{a_file} exists and is not a folder" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
    assert cache.count("audit_log") == entries


def test_missing_cache_is_a_clear_error(home: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.sqlite"
    assert main(["export-decisions", str(tmp_path / "o"), "--cache", str(missing)]) != 0
    assert "nowhere.sqlite" in capsys.readouterr().err
    assert not missing.exists()


def test_a_failed_write_marks_nothing_exported_and_audits_nothing(
        cache: Cache, tmp_path: Path) -> None:
    from desktop_app.decisions.export import export_decisions

    record_two(cache)
    out = tmp_path / "out"
    (out / "decisions_app.jsonl").mkdir(parents=True)  # in the way of the file
    entries = cache.count("audit_log")

    with pytest.raises(IsADirectoryError):
        export_decisions(cache.db, cache.audit, out, actor="it")

    assert cache.count("audit_log") == entries
    marks = [r[0] for r in cache.db.execute("SELECT exported_at FROM app_decisions")]
    assert marks == [None, None]
    assert not (out / "manifest.json").exists()

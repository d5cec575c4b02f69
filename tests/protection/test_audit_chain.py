"""Tamper-evident audit: edits, insertions, deletions and a cut-off tail are found, with where;
retention keeps six months and leaves a signed checkpoint; the head leaves the cache."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.cache.audit import AuditLog, format_head, parse_head
from desktop_app.cache.connection import open_cache, transaction
from desktop_app.cache.exporter import export_bundle
from desktop_app.protection.audit_retention import RetentionError, purge_audit
from desktop_app.protection.it_log import latest_logged_head, setup_it_log

KEY = b"a" * 32
START = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def _log(tmp_path: Path, n: int = 10):  # type: ignore[no-untyped-def]
    db = open_cache(tmp_path / "c.sqlite")
    log = AuditLog(db, KEY)
    with transaction(db):
        for i in range(n):
            log.append("W1", "suggestion_shown", citizen_id=f"C{i % 3}",
                       payload={"top": f"P0{i % 4}"}, at=START + dt.timedelta(days=30 * i))
    return db, log


def _unlock(db) -> None:  # type: ignore[no-untyped-def]
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")


def test_intact_chain_verifies_and_triggers_refuse_edits(tmp_path: Path) -> None:
    db, log = _log(tmp_path)
    assert log.verify() == []
    assert log.verify(expect_head=log.head()) == []
    with pytest.raises(Exception, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'X' WHERE seq = 2")


def test_edit_is_found_with_its_entry(tmp_path: Path) -> None:
    db, log = _log(tmp_path)
    _unlock(db)
    db.execute("UPDATE audit_log SET payload = '{\"top\":\"P99\"}' WHERE seq = 4")
    assert log.verify() == ["entry 4 does not match the chain (edited or inserted)"]


def test_changed_citizen_id_is_found(tmp_path: Path) -> None:
    db, log = _log(tmp_path)
    _unlock(db)
    db.execute("UPDATE audit_log SET citizen_id = 'C9' WHERE seq = 5")
    assert log.verify() == ["entry 5: the citizen id was changed (edited)"]


def test_insertion_is_found(tmp_path: Path) -> None:
    db, log = _log(tmp_path)
    _unlock(db)
    rows = db.execute("SELECT * FROM audit_log WHERE seq >= 6 ORDER BY seq DESC").fetchall()
    for row in rows:  # make room at 6 by renumbering the tail, then insert a forged entry
        db.execute("UPDATE audit_log SET seq = seq + 1 WHERE seq = ?", (row[0],))
    prev = db.execute("SELECT hash FROM audit_log WHERE seq = 5").fetchone()[0]
    db.execute(
        "INSERT INTO audit_log (seq, at, actor, action, payload, prev_hash, hash, chain_format) "
        "VALUES (6, '2025-06-01', 'X', 'decision', '{}', ?, ?, 2)", (prev, "f" * 64))
    problems = log.verify()
    assert problems[0] == "entry 6 does not match the chain (edited or inserted)"
    assert "entry 7 does not match the chain (edited or inserted)" in problems


def test_deletion_is_found_with_the_gap(tmp_path: Path) -> None:
    db, log = _log(tmp_path)
    _unlock(db)
    db.execute("DELETE FROM audit_log WHERE seq IN (3, 4)")
    problems = log.verify()
    assert problems[0] == "entries 3..4 are missing (deleted); next is 5"
    assert "entry 5 does not match the chain (edited or inserted)" in problems


def test_cut_off_tail_needs_the_outside_head(tmp_path: Path) -> None:
    db, log = _log(tmp_path)
    head = log.head()
    _unlock(db)
    db.execute("DELETE FROM audit_log WHERE seq >= 8")
    assert log.verify() == []  # undetectable from the inside alone ...
    assert log.verify(expect_head=head) == [  # ... found against the head kept outside
        "the log ends at entry 7 but entry 10 was recorded as the head: entries 8..10 were cut off"
    ]
    # a tail cut and rewritten with the same length is found too (its hash differs)
    other = parse_head(f"7:{'0' * 64}")
    assert log.verify(expect_head=other) == ["entry 7 differs from the recorded head (rewritten)"]


def test_retention_keeps_six_months_and_checkpoint_is_where_verification_starts(
    tmp_path: Path,
) -> None:
    db, log = _log(tmp_path)  # entries 30 days apart: 2025-01-01 .. 2025-09-28
    head_before = log.head()
    now = START + dt.timedelta(days=30 * 9 + 10)
    with pytest.raises(RetentionError, match="at least 183 days"):
        purge_audit(db, log, older_than_days=90, actor="it", now=now)
    result = purge_audit(db, log, older_than_days=183, actor="it", now=now)
    assert result.removed == 4 and result.checkpoint_seq == 4  # days 0..90 < day 97
    kept = [r[0] for r in db.execute("SELECT seq FROM audit_log ORDER BY seq")]
    assert kept == [5, 6, 7, 8, 9, 10, 11]  # 11 = the audited purge itself
    assert db.execute("SELECT action FROM audit_log WHERE seq = 11").fetchone()[0] == "audit_purged"
    report = log.verify_report(expect_head=head_before)
    assert report.problems == [] and report.start_seq == 5
    assert "retention purge" in report.notes[0]
    # the triggers are back
    with pytest.raises(Exception, match="append-only"):
        db.execute("DELETE FROM audit_log WHERE seq = 5")
    # deleting more of the head, or forging the checkpoint, is found
    _unlock(db)
    db.execute("DELETE FROM audit_log WHERE seq = 5")
    assert log.verify()[0] == "entries 5..5 are missing (deleted); next is 6"
    db.execute("UPDATE audit_checkpoint SET seq = 5, hash = (SELECT prev_hash FROM audit_log "
               "WHERE seq = 6)")
    assert log.verify()[0] == "the retention checkpoint is not signed by the audit key"


def test_purge_refused_on_a_broken_chain_and_rolled_back(tmp_path: Path) -> None:
    db, log = _log(tmp_path)
    _unlock(db)
    db.execute("UPDATE audit_log SET actor = 'X' WHERE seq = 9")
    with pytest.raises(RetentionError, match="does not verify"):
        purge_audit(db, log, older_than_days=183, actor="it",
                    now=START + dt.timedelta(days=400))
    assert db["audit_log"].count == 10 and db["audit_checkpoint"].count == 0


def test_head_goes_to_it_log_after_commit_and_into_exports(tmp_path: Path) -> None:
    handler = setup_it_log(tmp_path / "logs", level=logging.INFO)
    try:
        db, log = _log(tmp_path)
        with pytest.raises(RuntimeError), transaction(db):
            log.append("W1", "decision", citizen_id="C1")
            raise RuntimeError("rolled back: this head never existed")
        handler.flush()
        text = (tmp_path / "logs" / "wayfinder.log").read_text()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert text.count("audit head") == 1  # one line per committed batch, none for rollback
    assert latest_logged_head(tmp_path / "logs") == format_head(log.head())
    export_bundle(db, tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["audit_head"] == format_head(log.head())


def test_cli_verify_says_where(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    key_file = tmp_path / "home" / "keys" / "audit.key"
    key_file.parent.mkdir(parents=True)
    key_file.write_bytes(KEY)
    db, log = _log(tmp_path)
    head = format_head(log.head())
    cache = str(tmp_path / "c.sqlite")
    assert main(["audit", "verify", "--cache", cache, "--expect-head", head]) == 0
    assert "audit log intact: entries 1..10" in capsys.readouterr().out
    _unlock(db)
    db.execute("DELETE FROM audit_log WHERE seq >= 9")
    db.close()
    assert main(["audit", "verify", "--cache", cache, "--expect-head", head]) == 3
    captured = capsys.readouterr()
    assert "PROBLEM: the log ends at entry 8 but entry 10 was recorded" in captured.out
    assert "tampered with" in captured.err
    assert main(["audit", "verify", "--cache", cache, "--expect-head", "nonsense"]) == 2


def test_cli_verify_against_an_export_manifest(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "keys").mkdir(parents=True)
    (tmp_path / "home" / "keys" / "audit.key").write_bytes(KEY)
    db, _ = _log(tmp_path)
    export_bundle(db, tmp_path / "out")
    cache, manifest = str(tmp_path / "c.sqlite"), str(tmp_path / "out" / "manifest.json")
    assert main(["audit", "verify", "--cache", cache, "--manifest", manifest]) == 0
    assert f"1 head(s) recorded outside the cache ({manifest})" in capsys.readouterr().out
    _unlock(db)
    db.execute("DELETE FROM audit_log WHERE seq = 10")  # cut the tail after the export
    db.close()
    assert main(["audit", "verify", "--cache", cache, "--manifest", manifest]) == 3
    assert "entries 10..10 were cut off" in capsys.readouterr().out

"""Retention purge leaves no readable trace (raw bytes of file and WAL); audit entries are
pseudonymised and the chain still verifies; a citizen's access export holds everything."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.cache.audit import citizen_ref
from desktop_app.cache.connection import open_cache, transaction
from desktop_app.cache.search import SearchFilters, search_cases
from desktop_app.decisions.export import export_decisions
from desktop_app.decisions.record import DecisionInput, record_decision
from desktop_app.protection.citizen_export import UnknownCitizen, export_citizen
from desktop_app.protection.purge import PurgeRefused, purge_closed_cases
from tests.protection.conftest import AUDIT_KEY, CLOSED_ID, CLOSED_NAME, OPEN_ID

TODAY = dt.date(2026, 2, 1)


def _record_activity(db, audit, citizen_id: str) -> None:  # type: ignore[no-untyped-def]
    with transaction(db):
        audit.append("W7", "suggestion_shown", citizen_id=citizen_id, payload={"top": "P01"})
    name = db.execute("SELECT name FROM citizens WHERE id = ?", (citizen_id,)).fetchone()[0]
    record_decision(db, audit, DecisionInput(  # the app's own save, free text naming the person
        citizen_id, "W7", "P01", suggestion_shown=False, reason_text=f"{name} asked for it",
        suggestions={"suggested": "P01"}), now=dt.datetime(2026, 1, 10, tzinfo=dt.UTC))
    with transaction(db):
        audit.append("W7", "sheet_exported", citizen_id=citizen_id,
                     payload={"document_id": "D-1", "pages": 2})


def _raw(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))


def test_purge_deletes_closed_case_everywhere(cache) -> None:  # type: ignore[no-untyped-def]
    db, audit, path = cache
    _record_activity(db, audit, CLOSED_ID)
    _record_activity(db, audit, OPEN_ID)
    assert CLOSED_NAME.encode() in _raw(path)  # the test can see the name while it is there
    with pytest.raises(PurgeRefused, match="1 decision"):  # not yet back in the case system
        purge_closed_cases(db, audit, older_than_days=365, actor="it", today=TODAY)
    assert db.execute("SELECT count(*) FROM citizens WHERE id = ?", (CLOSED_ID,)).fetchone()[0]
    export_decisions(db, audit, path.parent / "to-case-system", actor="it")
    result = purge_closed_cases(db, audit, older_than_days=365, actor="it", today=TODAY)
    assert result.citizens == 1 and result.audit_entries_pseudonymised == 3
    assert db.execute("SELECT count(*) FROM citizens WHERE id = ?", (CLOSED_ID,)).fetchone()[0] == 0
    for table in ("app_decisions", "decisions", "appointments", "outcomes", "assessments"):
        left = db.execute(f"SELECT count(*) FROM {table} WHERE citizen_id = ?", (CLOSED_ID,))
        assert left.fetchone()[0] == 0, table
    caseload = db.execute("SELECT caseload FROM caseworkers WHERE id = 'W2'").fetchone()[0]
    assert CLOSED_ID not in json.loads(caseload) and OPEN_ID in json.loads(caseload)
    assert search_cases(db, "Quixotewright", SearchFilters(open_cases_only=False)) == []
    assert db.execute("SELECT count(*) FROM citizens_fts WHERE citizens_fts MATCH "
                      "'lighthouse'").fetchone()[0] == 0
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the open case and the case closed in the future stay
    assert db["citizens"].count == 29
    # the audit entries stay, pseudonymised, and the chain still verifies
    ref = citizen_ref(AUDIT_KEY, CLOSED_ID)
    rows = db.execute("SELECT citizen_id, action FROM audit_log WHERE citizen_ref = ?",
                      (ref,)).fetchall()
    assert [r[1] for r in rows] == ["suggestion_shown", "decision_recorded", "sheet_exported"]
    assert {r[0] for r in rows} == {None}
    payloads = [json.loads(p[0]) for p in db.execute(
        "SELECT payload FROM audit_log WHERE citizen_ref = ? ORDER BY seq", (ref,))]
    assert "reason_text" not in payloads[1] and CLOSED_NAME not in json.dumps(payloads[1])
    assert payloads[1]["_pseudonymised"] is True and payloads[1]["programme_id"] == "P01"
    assert payloads[2]["document_id"] == "D-1"  # codes and counts stay for oversight
    report = audit.verify_report()
    assert report.problems == []
    # marking another entry "pseudonymised" to hide an edit is caught
    open_ref = citizen_ref(AUDIT_KEY, OPEN_ID)
    seq = db.execute("SELECT max(seq) FROM audit_log WHERE citizen_ref = ?",
                     (open_ref,)).fetchone()[0]
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET payload = '{\"_pseudonymised\":true}' WHERE seq = ?", (seq,))
    assert audit.verify() == [f"entry {seq} is marked pseudonymised but no audited purge did so "
                              "(edited)"]
    db.execute("UPDATE audit_log SET payload = '{\"document_id\":\"D-1\",\"pages\":2}' "
               "WHERE seq = ?", (seq,))
    assert audit.verify() == []  # restored: the digest matches again
    db.close()
    raw = _raw(path)
    for needle in (CLOSED_NAME, "Zebulon", "Quixotewright", "lighthouse keeper", CLOSED_ID):
        assert needle.encode() not in raw, needle
        assert needle.encode("utf-16-le") not in raw, needle


def test_citizen_export_holds_everything(cache, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, audit, _ = cache
    _record_activity(db, audit, OPEN_ID)
    result = export_citizen(db, audit, OPEN_ID, tmp_path / "access", actor="it")
    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert data["case_data"]["citizens"][0]["id"] == OPEN_ID
    assert {"decisions", "appointments", "outcomes"} <= set(data["case_data"])
    assert data["decisions_recorded_in_wayfinder"][0]["suggestions"] == {"suggested": "P01"}
    assert len(data["suggestions_shown"]) == 1
    assert data["caseworkers"] == [{"id": "W2", "display_name": "Ahmad Rahimi",
                                    "team": "Team Nord"}]
    assert data["sheets_exported"][0]["payload"]["document_id"] == "D-1"
    summary = result.summary_path.read_text(encoding="utf-8")
    assert f"Citizen id: {OPEN_ID}" in summary and "Explanation sheets exported: 1" in summary
    assert "Caseworker: Ahmad Rahimi" in summary
    last = db.execute("SELECT action, citizen_id FROM audit_log ORDER BY seq DESC").fetchone()
    assert tuple(last) == ("citizen_data_exported", OPEN_ID)
    with pytest.raises(UnknownCitizen):
        export_citizen(db, audit, "NOPE", tmp_path / "none", actor="it")
    assert not (tmp_path / "none").exists()


def test_cli_citizen_export_and_purge(cache, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    db, _audit, path = cache
    db.close()
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    key_file = tmp_path / "home" / "keys" / "audit.key"
    key_file.parent.mkdir(parents=True)
    key_file.write_bytes(AUDIT_KEY)
    out = tmp_path / "export"
    assert main(["citizen", "export", CLOSED_ID, "--cache", str(path), "--out", str(out)]) == 0
    assert (out / f"citizen-{CLOSED_ID}.json").is_file()
    assert main(["citizen", "export", "C99999", "--cache", str(path), "--out",
                 str(tmp_path / "x")]) == 2
    assert main(["purge", "--older-than", "365", "--cache", str(path), "--dry-run"]) == 0
    assert "1 closed case(s) would be purged" in capsys.readouterr().out
    assert main(["purge", "--older-than", "365", "--cache", str(path)]) == 0
    assert "purged 1 closed case(s); 1 audit entries pseudonymised" in capsys.readouterr().out
    assert CLOSED_NAME.encode() not in _raw(path)
    assert main(["audit", "verify", "--cache", str(path),
                 "--log-dir", str(tmp_path / "home" / "logs")]) == 0
    db = open_cache(path, create=False)
    assert db["citizens"].count == 29
    db.close()

"""`wayfinder-admin sheet` on a real imported cache, and the cache reader behind it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from desktop_app.cache.records import load_citizen
from desktop_app.reports.builder import build_sheet
from desktop_app.reports.case_sheet import recorded_decision
from tests.conftest import write_audit_key
from tests.foundation.bundle_factory import write_bundle
from tests.reports.sample import request


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    path = tmp_path / "cache.sqlite"
    db = open_cache(path)
    import_bundle(db, read_bundle(write_bundle(tmp_path / "bundle")),
                  audit=AuditLog(db, b"k" * 32), actor="test")
    for at, programme, note in (("2024-03-01T09:00", "P02", "older"),
                                ("2024-04-02T09:00", "P01", "SECRET-NOTE")):
        db.execute(
            "INSERT INTO app_decisions (citizen_id, decided_at, caseworker_id, programme_id, "
            "suggested_programme_id, followed_suggestion, reason_code, reason_text, "
            "own_assessment, job_referrals) VALUES (?, ?, 'W9', ?, 'P01', 1, 'other', ?, ?, "
            "'[{\"id\": \"V1\", \"title\": \"Warehouse worker\"}]')",
            ("C00001", at, programme, note, f"OWN-{note}"))
    db.close()
    return path


def test_latest_decision_is_read_without_caseworker_notes(cache):
    db = open_cache(cache)
    decision, computer = recorded_decision(db, "C00001")
    citizen = load_citizen(db, "C00001").citizen
    db.close()
    assert decision.programme_id == "P01" and decision.caseworker_id == "W9"
    assert decision.job_referrals == ("Warehouse worker",)
    assert "SECRET" not in repr(decision)
    assert computer.state == "unknown"  # recorded before snapshots: nothing is re-scored
    sheet = build_sheet(request("en", decision=decision, citizen=citizen, computer=computer))
    assert "SECRET" not in sheet.plain_text()
    assert citizen["cv_text"] not in sheet.plain_text()
    # no display name recorded: never the login or internal id
    assert "Your caseworker made the decision on" in sheet.plain_text()
    assert "W9" not in sheet.plain_text()
    assert "We have no record of what the computer showed" in sheet.plain_text()


def test_command_without_a_verified_model_fails_clearly(cache, tmp_path, monkeypatch, capsys):
    """Nothing installed: a clear error, even in a demo build that ships a signed repository
    (the sheet never explains suggestions of a model other than the verified installed one)."""
    from desktop_app.assets_path import demo_repository

    assert (demo_repository() / "metadata").is_dir()
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    write_audit_key(tmp_path / "home", b"k" * 32)  # the key the cache's trail was written with
    out = tmp_path / "sheet.pdf"
    # no decision recorded: a proposal, which needs the model
    code = main(["sheet", "C00002", "--lang", "da", "--out", str(out), "--cache", str(cache)])
    assert code != 0
    err = capsys.readouterr().err
    assert "no verified model available: No model is installed yet" in err
    assert "bundled demo model" not in err
    assert not out.exists()
    # a recorded decision is explained from what was stored; only the country is unknown
    code = main(["sheet", "C00001", "--lang", "da", "--out", str(out), "--cache", str(cache)])
    assert code != 0
    assert "cannot tell which country's rights apply" in capsys.readouterr().err
    assert not out.exists()
    assert main(["sheet", "C00001", "--lang", "da", "--out", str(out), "--cache", str(cache),
                 "--country", "DK"]) == 0


def test_command_with_a_tampered_installed_model_does_not_fall_back(
    cache, tmp_path, monkeypatch, capsys
):
    from desktop_app.assets_path import demo_repository

    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    write_audit_key(tmp_path / "home", b"k" * 32)
    assert main(["models", "update", "--from", str(demo_repository())]) == 0
    card = next((tmp_path / "home" / "models" / "versions").glob("v*/files/model_card.json"))
    card.write_bytes(card.read_bytes() + b" ")
    capsys.readouterr()
    out = tmp_path / "sheet.pdf"
    # no decision recorded: a proposal, which needs the model
    code = main(["sheet", "C00002", "--lang", "da", "--out", str(out), "--cache", str(cache)])
    err = capsys.readouterr().err
    assert code != 0 and "no verified model available" in err and "model_card.json" in err
    assert not out.exists()


def test_command_names_an_unknown_citizen_and_language(cache, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    args = ["--out", str(tmp_path / "s.pdf"), "--cache", str(cache)]
    assert main(["sheet", "NOPE", "--lang", "en", *args]) != 0
    assert "no citizen with id 'NOPE'" in capsys.readouterr().err
    assert main(["sheet", "C00001", "--lang", "xx", *args]) != 0
    assert "no explanation-sheet catalog for language 'xx'" in capsys.readouterr().err


def test_sheet_command_end_to_end_with_the_installed_signed_demo_model(tmp_path, monkeypatch):
    """The shipped demo repository installed as IT would ('models update'), then the sheet."""
    import hashlib
    import json
    import subprocess

    from desktop_app.assets_path import demo_repository
    from desktop_app.smoke.bundle import write_smoke_bundle

    if not (demo_repository() / "metadata" / "timestamp.json").exists():
        pytest.fail("models_onnx/ is empty: run `make models`")
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "home"))
    manifest = json.loads(next((demo_repository() / "targets" / "model").glob(
        "*/*.manifest.json")).read_text())
    arms = [a for a in manifest["arms"] if a != "none"]
    path = tmp_path / "cache.sqlite"
    db = open_cache(path)
    bundle = read_bundle(write_smoke_bundle(tmp_path / "bundle", arms, {}))
    import_bundle(db, bundle, audit=AuditLog(db, b"k" * 32), actor="test")
    citizen_id = db.execute("SELECT id FROM citizens ORDER BY id LIMIT 1").fetchone()[0]
    db.close()
    write_audit_key(tmp_path / "home", b"k" * 32)  # the key the trail was written with
    assert main(["models", "update", "--from", str(demo_repository())]) == 0
    installed = sorted((tmp_path / "home" / "models").rglob("*"))
    out = tmp_path / "sheet.pdf"
    assert main(["sheet", citizen_id, "--lang", "da", "--out", str(out),
                 "--cache", str(path)]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Forslag" in text or "forslag" in text  # no decision recorded: a proposal sheet
    assert sorted((tmp_path / "home" / "models").rglob("*")) == installed  # store unchanged
    db = open_cache(path)
    payload = json.loads(db.execute(
        "SELECT payload FROM audit_log WHERE action = 'sheet_exported'").fetchone()[0])
    assert payload["pdf_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert payload["content_sha256"] in text  # the hash printed on the sheet

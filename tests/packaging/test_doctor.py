"""`wayfinder-admin doctor` on a real installed model and a real case cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from desktop_app.trust.update import check_for_updates
from tests.conftest import write_audit_key
from tests.foundation.bundle_factory import write_bundle


@pytest.fixture
def laptop(tmp_path, monkeypatch, signed_repository) -> Path:
    """A home with a verified model installed from the share and an imported cache."""
    home = tmp_path / "home"
    monkeypatch.setenv("WAYFINDER_HOME", str(home))
    monkeypatch.delenv("WAYFINDER_CONFIG", raising=False)
    check_for_updates(signed_repository, home / "models")
    db = open_cache(home / "case-cache.sqlite")
    import_bundle(db, read_bundle(write_bundle(tmp_path / "bundle", n=5)),
                  audit=AuditLog(db, b"k" * 32), actor="test")
    db.close()
    write_audit_key(home, b"k" * 32)
    return home


def report(capsys, *args: str) -> tuple[int, dict[str, list[dict]]]:
    code = main(["doctor", "--json", *args])
    checks: dict[str, list[dict]] = {}
    for check in json.loads(capsys.readouterr().out)["checks"]:
        checks.setdefault(check["name"], []).append(check)
    return code, checks


def test_a_healthy_laptop(laptop, capsys, signed_repository):
    (laptop / "wayfinder.toml").write_text(
        f'[paths]\nupdate_share = "{signed_repository}"\n', encoding="utf-8")
    code, checks = report(capsys)
    assert code == 0
    assert "Wayfinder 0.1.0 (demo build, from source)" in checks["versions"][0]["detail"]
    assert "onnxruntime 1." in checks["versions"][0]["detail"]
    model = checks["model"][0]
    assert model["status"] == "ok" and model["detail"].startswith("version 7 verified offline")
    assert checks["case cache"][0]["status"] == "ok"
    assert "quick_check ok, 5 citizens" in checks["case cache"][0]["detail"]
    assert checks["audit key"][0]["status"] == "ok"
    assert "audit heads" in checks
    assert checks["last update check"][0]["status"] == "ok"
    assert checks["update share"][0]["detail"].endswith("reachable")
    assert str(laptop / "wayfinder.toml") in checks["configuration"][0]["detail"]
    assert all(c["status"] == "ok" for c in checks["free disk"])


def test_text_output_has_one_line_per_check(laptop, capsys):
    assert main(["doctor"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("[  ok] versions: Wayfinder")
    assert any(line.startswith("[  ok] model: version 7") for line in lines)


def test_a_tampered_model_and_a_damaged_cache_fail(laptop, capsys):
    onnx = max((laptop / "models" / "versions").rglob("*.onnx"), key=lambda p: p.stat().st_size)
    data = bytearray(onnx.read_bytes())
    data[100] ^= 0xFF
    onnx.write_bytes(bytes(data))
    cache = laptop / "case-cache.sqlite"
    raw = bytearray(cache.read_bytes())
    raw[:16] = b"not a database!!"
    cache.write_bytes(bytes(raw))
    code, checks = report(capsys)
    assert code == 1
    assert checks["model"][0]["status"] == "FAIL"
    assert "failed verification" in checks["model"][0]["detail"]
    assert checks["case cache"][0]["status"] == "FAIL"
    assert "Recover a cache" in checks["case cache"][0]["detail"]


def test_no_model_and_no_cache_are_reported_not_crashed(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WAYFINDER_HOME", str(tmp_path / "empty"))
    code, checks = report(capsys)
    assert code == 1
    assert "No model is installed yet" in checks["model"][0]["detail"]
    assert checks["case cache"][0]["status"] == "warn"
    assert checks["last update check"][0]["detail"].startswith("never")


def test_a_trust_setting_in_the_configuration_is_a_warning(laptop, capsys):
    (laptop / "wayfinder.toml").write_text('[trust]\nroot = "/tmp/x.json"\n', encoding="utf-8")
    code, checks = report(capsys)
    assert code == 0
    notices = [c for c in checks["configuration"] if c["status"] == "warn"]
    assert len(notices) == 1 and "cannot be changed by a configuration file" in notices[0]["detail"]
    assert checks["model"][0]["status"] == "ok"


def test_a_broken_configuration_fails_and_names_the_line(laptop, capsys):
    (laptop / "wayfinder.toml").write_text("[paths]\ncase_cache = \n", encoding="utf-8")
    code, checks = report(capsys)
    assert code == 1
    assert "line 2" in checks["configuration"][0]["detail"]


def test_a_demo_build_is_a_warning(laptop, capsys):
    code, checks = report(capsys)
    assert code == 0
    assert checks["build"][0]["status"] == "warn"
    assert "DEMO build" in checks["build"][0]["detail"]
    assert "FLAVOUR=production" in checks["build"][0]["detail"]


def test_a_production_build_names_its_root_keys(laptop, capsys, monkeypatch, tmp_path):
    import json as json_module

    from desktop_app.admin.commands import doctor
    from desktop_app.trust import build_flavour, trust_root

    root = trust_root.builtin_trust_root("demo")
    monkeypatch.setattr(build_flavour, "BUILD_FLAVOUR", "production")
    monkeypatch.setattr(trust_root, "builtin_trust_root", lambda: root)
    checks = {c.name: c for c in [doctor.build()]}
    assert checks["build"].status == "ok" and checks["build"].detail.startswith("production")
    key = json_module.loads(root)["signed"]["roles"]["root"]["keyids"][0]
    assert key[:12] in checks["build"].detail


def test_last_update_check_against_the_age_it_allows(laptop, capsys):
    from datetime import UTC, datetime, timedelta

    state_path = laptop / "models" / "install-state.json"
    state = json.loads(state_path.read_text())
    state["last_check_at"] = (datetime.now(UTC) - timedelta(days=20)).isoformat()
    state_path.write_text(json.dumps(state))
    _code, checks = report(capsys)
    assert checks["last update check"][0]["status"] == "ok"
    assert "20 days ago; IT allows 90" in checks["last update check"][0]["detail"]
    (laptop / "wayfinder.toml").write_text("[updates]\nmax_check_age_days = 14\n")
    code, checks = report(capsys)
    check = checks["last update check"][0]
    assert code == 0 and check["status"] == "warn"
    assert "20 days ago: older than the 14 days IT allows" in check["detail"]
    assert "would not know of a withdrawn model" in check["detail"]


def test_the_anti_rollback_record_location_is_shown(laptop, capsys, tmp_path):
    _code, checks = report(capsys)
    assert "in the model store" in checks["anti-rollback record"][0]["detail"]
    admin = tmp_path / "admin-state"
    (laptop / "wayfinder.toml").write_text(f'[updates]\nstate_dir = "{admin}"\n')
    _code, checks = report(capsys)
    detail = checks["anti-rollback record"][0]["detail"]
    assert str(admin / "install-state.json") in detail and "administrator-only" in detail


def test_the_role_is_shown_with_where_it_comes_from(laptop, capsys):
    _code, checks = report(capsys)
    role = checks["role"][0]
    assert role["status"] == "ok"
    assert role["detail"].startswith("caseworker (default")
    assert "--role team-lead" in role["detail"] and '[app] role = "team_lead"' in role["detail"]
    (laptop / "wayfinder.toml").write_text('[app]\nrole = "team_lead"\n', encoding="utf-8")
    _code, checks = report(capsys)
    detail = checks["role"][0]["detail"]
    assert detail.startswith(f"team lead (set by IT in {laptop / 'wayfinder.toml'}")
    assert "planning" in detail and "--role is ignored" in detail


def test_programme_places_plan_and_roster_are_reported(laptop, capsys):
    import sqlite3

    code, checks = report(capsys)
    places = checks["programme places"][0]
    assert code == 0 and places["status"] == "warn"
    assert "no plan" in places["detail"] and "wayfinder-admin places plan" in places["detail"]
    assert checks["caseworkers"][0]["detail"].startswith("2 caseworkers in the roster")
    assert main(["places", "plan"]) == 0
    capsys.readouterr()
    _code, checks = report(capsys)
    places = checks["programme places"][0]
    assert places["status"] == "ok" and "model 7" in places["detail"]
    assert "current" in places["detail"]
    with sqlite3.connect(laptop / "case-cache.sqlite") as raw:
        raw.execute("UPDATE place_plan SET plan = json_set(plan, '$.model_version', '6')")
    _code, checks = report(capsys)
    places = checks["programme places"][0]
    assert places["status"] == "warn"
    assert "model 6" in places["detail"] and "model 7 is installed" in places["detail"]
    assert "wayfinder-admin places plan" in places["detail"]


def test_a_cache_without_intakes_says_places_are_not_counted(tmp_path, monkeypatch, capsys,
                                                             signed_repository):
    from tests.foundation.bundle_factory import programmes

    home = tmp_path / "home"
    monkeypatch.setenv("WAYFINDER_HOME", str(home))
    monkeypatch.delenv("WAYFINDER_CONFIG", raising=False)
    check_for_updates(signed_repository, home / "models")
    db = open_cache(home / "case-cache.sqlite")
    without = [{k: v for k, v in p.items() if k != "intakes"} for p in programmes()]
    import_bundle(db, read_bundle(write_bundle(tmp_path / "b", n=5, programmes=without,
                                               caseworkers=[])),
                  audit=AuditLog(db, b"k" * 32), actor="test")
    db.close()
    write_audit_key(home, b"k" * 32)
    _code, checks = report(capsys)
    assert checks["programme places"][0]["status"] == "ok"
    assert "no intakes" in checks["programme places"][0]["detail"]
    assert checks["caseworkers"][0]["detail"].startswith("no caseworker roster")


def test_the_local_check_of_the_installed_model_is_reported(laptop, capsys):
    """Issue 21 from IT's side: doctor says whether the installed model was checked on this
    cache, the verdict, and whether its suggestions are used because of it."""
    from desktop_app.cache.connection import transaction
    from desktop_app.scoring.local_verdict import LocalVerdict, record_verdict

    _code, checks = report(capsys)
    line = checks["local check"][0]
    assert line["status"] == "warn"  # a DEMO build uses a model never checked here
    assert "model 7: never checked on this cache" in line["detail"]
    assert "wayfinder-admin models check-local 7" in line["detail"]
    db = open_cache(laptop / "case-cache.sqlite")
    with transaction(db):
        record_verdict(db, LocalVerdict("7", "too_little_history", "2026-12-06T10:00:00+00:00",
                                        420, ("imprecise",), {}), AuditLog(db, b"k" * 32).append)
    db.close()
    _code, checks = report(capsys)
    line = checks["local check"][0]
    assert line["status"] == "warn"
    assert line["detail"].startswith("model 7: too little local history (checked 2026-12-06 "
                                     "on 420 citizens; failed: imprecise)")
    assert "its suggestions are NOT used" in line["detail"]
    (laptop / "wayfinder.toml").write_text("[models]\nuse_without_local_check = true\n")
    _code, checks = report(capsys)
    assert "used because IT allows it" in checks["local check"][0]["detail"]
    db = open_cache(laptop / "case-cache.sqlite")
    with transaction(db):
        record_verdict(db, LocalVerdict("7", "shown_to_work", "2026-12-07T10:00:00+00:00",
                                        900, (), {}), AuditLog(db, b"k" * 32).append)
    db.close()
    _code, checks = report(capsys)
    assert checks["local check"][0]["status"] == "ok"
    assert "shown to work here" in checks["local check"][0]["detail"]

"""`models check-local`: a signed, installed model evaluated on the cache's own history, the
verdict by the written rule, kept in the cache and in its audit trail; and the rule itself."""

from __future__ import annotations

import json

import pytest
from securesystemslib.signer import CryptoSigner

from desktop_app.admin.cli import main
from desktop_app.bundle.reader import read_bundle
from desktop_app.cache.audit import AuditLog
from desktop_app.cache.connection import open_cache
from desktop_app.cache.importer import import_bundle
from desktop_app.scoring.bundle_source import load_bundle
from desktop_app.scoring.local_verdict import (
    NOT_SHOWN_TO_WORK,
    SHOWN_TO_WORK,
    TOO_LITTLE_HISTORY,
    read_verdict,
    use_decision,
)
from desktop_app.trust import installed as installed_module
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.package_files import FolderPackage
from desktop_app.trust.update import check_for_updates
from tests.conftest import write_audit_key
from training.signing.central_repository import CentralRepository, ExpiryPolicy
from training.signing.packages import add_package
from training.signing.publish import publish
from training.suggestions.local_check import RULE, apply_rule, check_local

PERIOD = {"start": "2019-01-01", "end": "2024-11-01"}


def _interval(estimate: float, low: float, high: float) -> dict:
    return {"estimate": estimate, "ci_low": low, "ci_high": high}


def _report(**changes) -> dict:
    report = {
        "citizens_with_outcome": 1000,
        "gain_vs_observed": _interval(0.03, 0.01, 0.05),
        "calibration": {"gap": _interval(0.01, -0.01, 0.03)},
        "outside_support": {"share": 0.05},
        "fairness": {"gender": {"f": {"judged": True,
                                      "gain_vs_observed": _interval(0.02, -0.01, 0.05)},
                                "x": {"judged": False, "citizens": 3}}},
    }
    report.update(changes)
    return report


def test_the_rule_gives_each_verdict_and_names_what_failed():
    assert apply_rule(_report()) == (SHOWN_TO_WORK, [])
    assert apply_rule(_report(citizens_with_outcome=RULE["min_citizens"] - 1)) == (
        TOO_LITTLE_HISTORY, ["few_citizens"])
    assert apply_rule(_report(gain_vs_observed=_interval(0.0, -0.06, 0.06))) == (
        TOO_LITTLE_HISTORY, ["imprecise"])
    assert apply_rule(_report(gain_vs_observed=_interval(0.01, -0.01, 0.03))) == (
        NOT_SHOWN_TO_WORK, ["no_gain_shown"])
    verdict, failed = apply_rule(_report(
        calibration={"gap": _interval(-0.08, -0.1, -0.06)}, outside_support={"share": 0.3},
        fairness={"origin": {"born abroad": {"judged": True,
                                             "gain_vs_observed": _interval(-0.06, -0.1, -0.03)}}}))
    assert verdict == NOT_SHOWN_TO_WORK
    assert failed == ["miscalibrated", "outside_support", "group_harmed:origin=born abroad"]


def test_using_a_model_follows_the_verdict_unless_it_says_otherwise():
    from desktop_app.scoring.local_verdict import LocalVerdict

    shown = LocalVerdict("3", SHOWN_TO_WORK, "", 900, (), {})
    not_shown = LocalVerdict("3", NOT_SHOWN_TO_WORK, "", 900, ("no_gain_shown",), {})
    assert use_decision(shown, it_allows=False, require_check=True).use
    assert not use_decision(not_shown, it_allows=False, require_check=False).use
    assert use_decision(not_shown, it_allows=True, require_check=True).reason == "it_allows"
    assert not use_decision(None, it_allows=False, require_check=True).use
    assert use_decision(None, it_allows=False, require_check=False).reason == "not_checked"


def test_too_little_local_history_is_said_as_such(trained, toy):
    data = load_bundle(toy / "bundle")
    few = {str(c["id"]) for c in data.records["citizens"][:60]}
    data.records = {stem: [r for r in rows if stem == "programmes" or str(
        r.get("id" if stem == "citizens" else "citizen_id")) in few]
        for stem, rows in data.records.items()}
    report = check_local(FolderPackage(trained), data, None, draws=50, version="1")
    assert report["verdict"] == TOO_LITTLE_HISTORY and report["failed"] == ["few_citizens"]


@pytest.fixture(scope="module")
def installed(trained, toy, tmp_path_factory):
    """The toy model signed with fresh keys, installed into a store; the toy bundle (its own
    training citizens, hashed with a key the municipality does not have) in a cache."""
    folder = tmp_path_factory.mktemp("check-local")
    gen = CryptoSigner.generate_ed25519
    root_keys, targets, snapshot, timestamp = [gen() for _ in range(2)], gen(), gen(), gen()
    signers = [*root_keys, targets, snapshot, timestamp]
    repo = CentralRepository.create(
        folder / "repo", root_keys=[k.public_key for k in root_keys], root_threshold=2,
        role_keys={"targets": [targets.public_key], "snapshot": [snapshot.public_key],
                   "timestamp": [timestamp.public_key]}, signers=signers,
        expiry=ExpiryPolicy())
    add_package(repo, trained, 7, signers, PERIOD)
    publish(repo, folder / "share")
    root = (repo.metadata_dir / "1.root.json").read_bytes()
    assert check_for_updates(folder / "share", ModelStore(folder / "store"),
                             trust_root=root).status == "installed"
    cache = folder / "cache.sqlite"
    db = open_cache(cache)
    import_bundle(db, read_bundle(toy / "bundle"), audit=AuditLog(db, b"k" * 32), actor="test")
    db.close()
    return folder, root


def test_check_local_keeps_the_verdict_in_the_cache_and_the_audit_trail(
        installed, wayfinder_home, monkeypatch, capsys):
    folder, root = installed
    monkeypatch.setattr(installed_module, "builtin_trust_root", lambda *a: root)
    write_audit_key(wayfinder_home, b"k" * 32)
    cache = folder / "cache.sqlite"
    code = main(["models", "check-local", "7", "--cache", str(cache), "--store",
                 str(folder / "store"), "--draws", "60", "--json"])
    out = capsys.readouterr().out.splitlines()
    report = json.loads(out[0])
    assert code == (0 if report["verdict"] == SHOWN_TO_WORK else 3)
    assert out[1].startswith("verdict for model 7: ")
    # the municipality has no key of the model's: nothing left out, and said so
    assert report["training_citizens"]["key_matches"] is False
    assert report["evaluated_citizens"] == 500
    for name in ("suggested", "observed", "best_single", "within_places"):
        value = report["policy_value"][name]
        assert value["ci_low"] <= value["estimate"] <= value["ci_high"]
    assert 0 <= report["outside_support"]["share"] <= 1
    assert set(report["fairness"]) == {"gender", "origin", "age_band"}
    assert report["rule"] == RULE
    db = open_cache(cache)
    try:
        verdict = read_verdict(db, "7", b"k" * 32)
        assert verdict is not None and verdict.verdict == report["verdict"]
        assert verdict.figures["rule"] == RULE and verdict.citizens > 300
        row = db.execute("SELECT actor, model_version FROM audit_log "
                         "WHERE action = 'model_checked_locally'").fetchone()
        assert tuple(row) == ("admin", "7")
        assert read_verdict(db, "8", b"k" * 32) is None
    finally:
        db.close()


def test_check_local_refuses_a_version_that_is_not_installed(installed, monkeypatch, capsys):
    folder, root = installed
    monkeypatch.setattr(installed_module, "builtin_trust_root", lambda *a: root)
    assert main(["models", "check-local", "6", "--cache", str(folder / "cache.sqlite"),
                 "--store", str(folder / "store")]) != 0
    assert "version 6 is not the installed model (installed: 7)" in capsys.readouterr().err


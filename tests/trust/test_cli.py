"""The `models` commands end to end through `wayfinder-admin`, as IT and the data team use them:
keygen, init (2 of 3 root keys), add, publish, laptop update/verify/status, withdraw, revoke."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.trust.conftest import make_model, run, sign


def test_models_commands_end_to_end(tmp_path: Path, capsys, trust_repo_root, key_files) -> None:
    """The key ceremony with every role in its own step: no command ever holds two roles."""
    pub, priv = key_files
    repo, share, store = tmp_path / "repo", tmp_path / "share", tmp_path / "store"

    # init takes public keys only; every role then signs in its own step
    code, out, _ = run(
        capsys, "models", "init", repo,
        "--root-key", pub["root-1"], "--root-key", pub["root-2"], "--root-key", pub["root-3"],
        "--targets-key", pub["targets"], "--snapshot-key", pub["snapshot"],
        "--timestamp-key", pub["timestamp"],
    )
    assert code == 0 and "still needed: root v1 has 0 of 2" in out
    out = sign(capsys, repo, "root", priv["root-1"])
    assert "still needed: root v1 has 1 of 2" in out
    code, _, err = run(capsys, "models", "publish", repo, "--to", share)
    assert code == 1 and "not published" in err and "1 of 2" in err
    out = sign(capsys, repo, "root", priv["root-3"])
    assert "still needed: targets v1 needs signing" in out
    trust_repo_root["root"] = (repo / "metadata" / "1.root.json").read_bytes()
    for role in ("targets", "snapshot", "timestamp"):
        out = sign(capsys, repo, role, priv[role])
    assert "nothing more to sign" in out
    code, out, _ = run(capsys, "models", "check", repo)
    assert code == 0 and "ready to publish" in out

    model_dir = make_model(tmp_path / "trained")
    period = ("--training-start", "2019-01-01", "--training-end", "2023-12-31")
    code, _, err = run(capsys, "models", "add", repo, model_dir, "--version", "1", *period,
                       "--key", priv["snapshot"], "--passphrase-env", "KEY_PASS")
    assert code == 1 and "is a snapshot key of this repository; 'add' signs targets only" in err
    code, out, _ = run(capsys, "models", "add", repo, model_dir, "--version", "1", *period,
                       "--key", priv["targets"], "--passphrase-env", "KEY_PASS")
    assert code == 0 and "added model version 1 (3 files)" in out
    assert "still needed: snapshot needs signing" in out
    code, _, err = run(capsys, "models", "add", repo, model_dir, "--version", "1", *period,
                       "--key", priv["targets"], "--passphrase-env", "KEY_PASS")
    assert code == 1 and "not higher than the newest version 1" in err
    code, _, err = run(capsys, "models", "publish", repo, "--to", share)
    assert code == 1 and "snapshot needs signing" in err
    sign(capsys, repo, "snapshot", priv["snapshot"])
    sign(capsys, repo, "timestamp", priv["timestamp"])
    assert run(capsys, "models", "publish", repo, "--to", share)[0] == 0

    code, out, _ = run(capsys, "models", "update", "--from", share, "--store", store)
    assert code == 0 and "installed model version 1" in out
    code, out, _ = run(capsys, "models", "verify", "--store", store)
    assert code == 0 and "model version 1 verified (3 files)" in out
    code, out, _ = run(capsys, "models", "status", "--store", store, "--json")
    status = json.loads(out)
    assert status["model"]["version"] == 1 and status["highest_version_ever_installed"] == 1
    assert status["model"]["training_period"] == {"start": "2019-01-01", "end": "2023-12-31"}

    # lose the targets key: root holders revoke it; the replacement signs in its own step
    targets_keyid = json.loads(pub["targets"].read_text())["keyid"]
    code, out, _ = run(
        capsys, "models", "revoke", repo, "--role", "targets", "--keyid", targets_keyid[:10],
        "--replace-with", pub["targets-new"], "--key", priv["root-1"], "--key", priv["root-2"],
        "--passphrase-env", "KEY_PASS",
    )
    assert code == 0 and "revoked targets key" in out
    assert "still needed: targets" in out and "--role root" not in out
    for role, key in (("targets", "targets-new"), ("snapshot", "snapshot"),
                      ("timestamp", "timestamp")):
        sign(capsys, repo, role, priv[key])
    code, out, _ = run(
        capsys, "models", "withdraw", repo, "--version", "1", "--reason", "uses a stale feature",
        "--key", priv["targets-new"], "--passphrase-env", "KEY_PASS",
    )
    assert code == 0
    sign(capsys, repo, "snapshot", priv["snapshot"])
    sign(capsys, repo, "timestamp", priv["timestamp"])
    assert run(capsys, "models", "publish", repo, "--to", share)[0] == 0
    code, out, _ = run(capsys, "models", "update", "--from", share, "--store", store)
    assert code == 2 and "withdrawn" in out and "uses a stale feature" in out
    code, _, err = run(capsys, "models", "verify", "--store", store)
    assert code == 2 and "withdrawn: uses a stale feature" in err
    code, out, _ = run(capsys, "models", "list", repo)
    assert "v1  trained 2019-01-01..2023-12-31" in out and "WITHDRAWN" in out

    # routine renewals: the timestamp weekly, root yearly (same keys, new version)
    assert "timestamp v" in sign(capsys, repo, "timestamp", priv["timestamp"], "--renew")
    out = sign(capsys, repo, "root", priv["root-1"], "--renew")
    assert "wrote root version 3 (same keys, new expiry date)" in out
    assert "still needed: root v3 has 1 of 2" in out
    out = sign(capsys, repo, "root", priv["root-2"])
    assert "nothing more to sign" in out
    assert run(capsys, "models", "publish", repo, "--to", share)[0] == 0
    assert run(capsys, "models", "update", "--from", share, "--store", store)[0] == 2
    code, out, _ = run(capsys, "models", "status", "--store", store, "--json")
    assert json.loads(out)["model"]["version"] == 1


def test_demo_only_shortcuts_are_refused_without_demo(tmp_path: Path, capsys, key_files) -> None:
    pub, _priv = key_files
    code, _, err = run(capsys, "models", "keygen", "k", "--out", tmp_path / "k", "--no-passphrase")
    assert code == 1 and "unencrypted private key is for a demo repository only" in err
    code, _, err = run(
        capsys, "models", "init", tmp_path / "one", "--root-key", pub["root-1"],
        "--root-threshold", "1", "--targets-key", pub["targets"],
        "--snapshot-key", pub["snapshot"], "--timestamp-key", pub["timestamp"],
    )
    assert code == 1 and "a root threshold of 1" in err and "--demo" in err
    # an unencrypted key file is refused on a production repository ...
    assert run(capsys, "models", "keygen", "plain", "--out", tmp_path / "k", "--no-passphrase",
               "--demo")[0] == 0
    code, _, err = run(
        capsys, "models", "init", tmp_path / "prod",
        "--root-key", tmp_path / "k" / "plain.public.json", "--root-key", pub["root-2"],
        "--targets-key", pub["targets"], "--snapshot-key", pub["snapshot"],
        "--timestamp-key", pub["timestamp"],
    )
    assert code == 0
    code, _, err = run(capsys, "models", "sign", tmp_path / "prod", "--role", "root", "--key",
                       tmp_path / "k" / "plain.private.pem")
    assert code == 1 and "is not encrypted" in err and "demo repository" in err
    # ... and accepted, with a 1-of-1 root, on a demo one
    code, _, err = run(
        capsys, "models", "init", tmp_path / "demo", "--demo", "--root-threshold", "1",
        "--root-key", tmp_path / "k" / "plain.public.json", "--targets-key", pub["targets"],
        "--snapshot-key", pub["snapshot"], "--timestamp-key", pub["timestamp"],
    )
    assert code == 0, err
    code, out, err = run(capsys, "models", "sign", tmp_path / "demo", "--role", "root", "--key",
                         tmp_path / "k" / "plain.private.pem")
    assert code == 0 and "still needed: targets v1" in out, err


def test_update_refusal_is_one_clear_line(tmp_path: Path, capsys) -> None:
    code, _, err = run(
        capsys, "models", "update", "--from", tmp_path / "nowhere", "--store", tmp_path / "store"
    )
    assert code == 1
    assert err.strip().startswith("wayfinder-admin: error: update refused: no model repository")
    assert "Traceback" not in err


def test_verify_without_model_says_what_to_do(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "models", "verify", "--store", tmp_path / "store")
    assert code == 1 and "No model is installed yet" in err


def test_encrypted_key_needs_passphrase(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KEY_PASS", "correct horse")
    code, _, _ = run(
        capsys, "models", "keygen", "t", "--out", tmp_path, "--passphrase-env", "KEY_PASS"
    )
    assert code == 0 and b"ENCRYPTED" in (tmp_path / "t.private.pem").read_bytes()
    from training.signing.keys import KeyError_, load_signer

    with pytest.raises(KeyError_, match="encrypted; give its passphrase"):
        load_signer(tmp_path / "t.private.pem")
    assert load_signer(tmp_path / "t.private.pem", b"correct horse").public_key.keyid


def test_signing_commands_print_no_library_chatter(tmp_path: Path, keys) -> None:
    """Found in the outside trial: python-tuf's INFO lines ("No signature for keyid ...") reached
    stderr once the IT log had lowered the root logger's level."""
    import os
    import subprocess
    import sys

    from training.signing.central_repository import CentralRepository

    CentralRepository.create(  # root v1 signed by 2 of its 3 keys: one "missing" signature
        tmp_path / "repo", root_keys=[k.public_key for k in keys.root], root_threshold=2,
        role_keys={r: [getattr(keys, r).public_key] for r in ("targets", "snapshot",
                                                              "timestamp")},
        signers=[*keys.root[:2], *keys.online])
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app.admin.cli", "models", "check", str(tmp_path / "repo")],
        env={**os.environ, "WAYFINDER_HOME": str(tmp_path / "home")}, capture_output=True,
        text=True, timeout=120)
    assert done.returncode == 0 and "ready to publish" in done.stdout
    assert done.stderr == ""

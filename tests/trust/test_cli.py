"""The `models` commands end to end through `wayfinder-admin`, as IT and the data team use them:
keygen, init (2 of 3 root keys), add, publish, laptop update/verify/status, withdraw, revoke."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import desktop_app.trust.installed as installed_module
import desktop_app.trust.update as update_module
from desktop_app.admin.cli import main
from tests.trust.conftest import make_model


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def trust_repo_root(monkeypatch: pytest.MonkeyPatch):
    """Point the laptop functions at the test repository's root (as a build would embed it)."""
    holder: dict[str, bytes] = {}
    monkeypatch.setattr(update_module, "builtin_trust_root", lambda: holder["root"])
    monkeypatch.setattr(installed_module, "builtin_trust_root", lambda: holder["root"])
    return holder


def test_models_commands_end_to_end(tmp_path: Path, capsys, trust_repo_root) -> None:
    keys = tmp_path / "keys"
    for name in ("root-1", "root-2", "root-3", "targets", "snapshot", "timestamp", "targets-new"):
        assert run(capsys, "models", "keygen", name, "--out", keys, "--no-passphrase")[0] == 0
    pub = {
        n: keys / f"{n}.public.json"
        for n in ("root-1", "root-2", "root-3", "targets", "snapshot", "timestamp", "targets-new")
    }
    priv = {n: keys / f"{n}.private.pem" for n in pub}
    repo, share, store = tmp_path / "repo", tmp_path / "share", tmp_path / "store"

    # init with one root key holder present: root v1 still needs a second signature
    code, out, _ = run(
        capsys,
        "models",
        "init",
        repo,
        "--root-key",
        pub["root-1"],
        "--root-key",
        pub["root-2"],
        "--root-key",
        pub["root-3"],
        "--targets-key",
        pub["targets"],
        "--snapshot-key",
        pub["snapshot"],
        "--timestamp-key",
        pub["timestamp"],
        "--key",
        priv["root-1"],
        "--key",
        priv["targets"],
        "--key",
        priv["snapshot"],
        "--key",
        priv["timestamp"],
    )
    assert code == 0 and "still needed: root v1 has 1 of 2" in out
    code, _, err = run(capsys, "models", "publish", repo, "--to", share)
    assert code == 1 and "not published" in err and "1 of 2" in err
    assert run(capsys, "models", "sign", repo, "--role", "root", "--key", priv["root-3"])[0] == 0
    trust_repo_root["root"] = (repo / "metadata" / "1.root.json").read_bytes()

    model_dir = make_model(tmp_path / "trained")
    code, out, _ = run(
        capsys,
        "models",
        "add",
        repo,
        model_dir,
        "--version",
        "1",
        "--training-start",
        "2019-01-01",
        "--training-end",
        "2023-12-31",
        "--key",
        priv["targets"],
        "--key",
        priv["snapshot"],
        "--key",
        priv["timestamp"],
    )
    assert code == 0 and "added model version 1 (3 files)" in out
    code, _, err = run(
        capsys,
        "models",
        "add",
        repo,
        model_dir,
        "--version",
        "1",
        "--training-start",
        "2019-01-01",
        "--training-end",
        "2023-12-31",
        "--key",
        priv["targets"],
    )
    assert code == 1 and "not higher than the newest version 1" in err
    assert run(capsys, "models", "publish", repo, "--to", share)[0] == 0

    code, out, _ = run(capsys, "models", "update", "--from", share, "--store", store)
    assert code == 0 and "installed model version 1" in out
    code, out, _ = run(capsys, "models", "verify", "--store", store)
    assert code == 0 and "model version 1 verified (3 files)" in out
    code, out, _ = run(capsys, "models", "status", "--store", store, "--json")
    status = json.loads(out)
    assert status["model"]["version"] == 1 and status["highest_version_ever_installed"] == 1
    assert status["model"]["training_period"] == {"start": "2019-01-01", "end": "2023-12-31"}

    # lose the targets key: revoke it, the replacement signs from now on
    targets_keyid = json.loads(pub["targets"].read_text())["keyid"]
    code, out, _ = run(
        capsys,
        "models",
        "revoke",
        repo,
        "--role",
        "targets",
        "--keyid",
        targets_keyid[:10],
        "--replace-with",
        pub["targets-new"],
        "--key",
        priv["root-1"],
        "--key",
        priv["root-2"],
        "--key",
        priv["targets-new"],
        "--key",
        priv["snapshot"],
        "--key",
        priv["timestamp"],
    )
    assert code == 0 and "revoked targets key" in out and "still needed" not in out
    code, out, _ = run(
        capsys,
        "models",
        "withdraw",
        repo,
        "--version",
        "1",
        "--reason",
        "uses a stale feature",
        "--key",
        priv["targets-new"],
        "--key",
        priv["snapshot"],
        "--key",
        priv["timestamp"],
    )
    assert code == 0
    assert run(capsys, "models", "publish", repo, "--to", share)[0] == 0
    code, out, _ = run(capsys, "models", "update", "--from", share, "--store", store)
    assert code == 2 and "withdrawn" in out and "uses a stale feature" in out
    code, _, err = run(capsys, "models", "verify", "--store", store)
    assert code == 2 and "withdrawn: uses a stale feature" in err
    code, out, _ = run(capsys, "models", "list", repo)
    assert "v1  trained 2019-01-01..2023-12-31" in out and "WITHDRAWN" in out
    code, _, _ = run(
        capsys, "models", "sign", repo, "--renew", "timestamp", "--key", priv["timestamp"]
    )
    assert code == 0


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

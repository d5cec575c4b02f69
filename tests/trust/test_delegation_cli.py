"""The delegation ceremony through `wayfinder-admin models`, as the runbook tells it: the national
publisher delegates a municipality, the municipality publishes as a delegate with its own key,
its key is rotated and finally the publisher revoked, without a root signature; a laptop
follows the municipality by the system configuration file, not by anything the user sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.trust.conftest import make_model, run, sign

PERIOD = ("--training-start", "2019-01-01", "--training-end", "2023-12-31")


def _keygen(capsys, keys: Path, name: str) -> tuple[Path, Path]:
    code, _, err = run(capsys, "models", "keygen", name, "--out", keys,
                       "--passphrase-env", "KEY_PASS")
    assert code == 0, err
    return keys / f"{name}.public.json", keys / f"{name}.private.pem"


def test_delegation_ceremony(tmp_path: Path, capsys, trust_repo_root, key_files,
                             monkeypatch) -> None:
    pub, priv = key_files
    repo, share = tmp_path / "repo", tmp_path / "share"
    run(capsys, "models", "init", repo,
        "--root-key", pub["root-1"], "--root-key", pub["root-2"], "--root-key", pub["root-3"],
        "--targets-key", pub["targets"], "--snapshot-key", pub["snapshot"],
        "--timestamp-key", pub["timestamp"])
    sign(capsys, repo, "root", priv["root-1"])
    sign(capsys, repo, "root", priv["root-2"])
    trust_repo_root["root"] = (repo / "metadata" / "1.root.json").read_bytes()
    targets_key = ("--key", priv["targets"], "--passphrase-env", "KEY_PASS")
    odense_pub, odense_priv = _keygen(capsys, tmp_path / "odense-keys", "odense-1")

    # 1. the national publisher delegates odense's paths to odense's key (targets key only)
    code, _, err = run(capsys, "models", "delegate", repo, "odense", "--publisher-key",
                       odense_pub, "--key", priv["root-1"], "--passphrase-env", "KEY_PASS")
    assert code == 1 and "is a root key of this repository; 'delegate' signs targets only" in err
    code, out, err = run(capsys, "models", "delegate", repo, "odense", "--publisher-key",
                         odense_pub, *targets_key)
    assert code == 0, err
    assert "delegated publishers/odense/*/* to publisher odense" in out
    assert "still needed: publisher odense v1 needs signing" in out
    sign(capsys, repo, "odense", odense_priv)

    # 2. odense publishes as a delegate, with its own key only
    model_dir = make_model(tmp_path / "odense-model")
    code, _, err = run(capsys, "models", "add", repo, model_dir, "--version", "7", *PERIOD,
                       "--publisher", "odense", *targets_key)
    assert code == 1 and "'add' signs odense only" in err
    code, out, err = run(capsys, "models", "add", repo, model_dir, "--version", "7", *PERIOD,
                         "--publisher", "odense", "--key", odense_priv,
                         "--passphrase-env", "KEY_PASS")
    assert code == 0 and "added model version 7 for publisher odense" in out, err
    code, _, err = run(capsys, "models", "add", repo, model_dir, "--version", "8", *PERIOD,
                       "--publisher", "aarhus", "--key", odense_priv,
                       "--passphrase-env", "KEY_PASS")
    assert code == 1 and "no publisher of that name is delegated (delegated: odense)" in err
    sign(capsys, repo, "targets", priv["targets"])
    sign(capsys, repo, "snapshot", priv["snapshot"])
    sign(capsys, repo, "timestamp", priv["timestamp"])
    assert run(capsys, "models", "publish", repo, "--to", share)[0] == 0
    code, out, _ = run(capsys, "models", "publishers", repo)
    assert "odense: 1 of [" in out and "publishers/odense/*/*" in out and "signed" in out
    code, out, _ = run(capsys, "models", "list", repo)
    assert "v7  trained 2019-01-01..2023-12-31" in out and "publisher odense" in out

    # 3. IT makes the laptop follow odense in the system configuration file
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("WAYFINDER_HOME", str(home))
    (home / "wayfinder.toml").write_text('[updates]\npublisher = "odense"\n', encoding="utf-8")
    store = tmp_path / "store"
    code, out, err = run(capsys, "models", "update", "--from", share, "--store", store)
    assert code == 0 and "installed model version 7" in out, err
    code, out, _ = run(capsys, "models", "status", "--store", store, "--json")
    status = json.loads(out)
    assert status["model"]["publisher"] == "odense"
    assert status["followed_publisher"] == "odense"

    # 4. odense's key is rotated: a targets change, root untouched
    roots_before = sorted(p.name for p in (repo / "metadata").glob("*.root.json"))
    new_pub, new_priv = _keygen(capsys, tmp_path / "odense-keys", "odense-2")
    old_keyid = json.loads(odense_pub.read_text())["keyid"]
    code, out, err = run(capsys, "models", "publisher-keys", repo, "odense", "--add-key",
                         new_pub, "--revoke-key", old_keyid[:10], *targets_key)
    assert code == 0 and "1 key(s) added, 1 revoked" in out and "root unchanged" in out, err
    code, _, err = run(capsys, "models", "sign", repo, "--role", "odense", "--key",
                       odense_priv, "--passphrase-env", "KEY_PASS")
    assert code == 1 and "not a key of this repository" in err
    sign(capsys, repo, "odense", new_priv)
    sign(capsys, repo, "snapshot", priv["snapshot"])
    sign(capsys, repo, "timestamp", priv["timestamp"])
    assert run(capsys, "models", "publish", repo, "--to", share)[0] == 0
    assert run(capsys, "models", "update", "--from", share, "--store", store)[0] == 0
    assert run(capsys, "models", "verify", "--store", store)[0] == 0

    # 5. odense is revoked: its model stops being used on the laptop
    code, out, err = run(capsys, "models", "revoke-publisher", repo, "odense", *targets_key)
    assert code == 0, err
    sign(capsys, repo, "snapshot", priv["snapshot"])
    sign(capsys, repo, "timestamp", priv["timestamp"])
    assert run(capsys, "models", "publish", repo, "--to", share)[0] == 0
    code, out, _ = run(capsys, "models", "update", "--from", share, "--store", store)
    assert code == 2 and "does not (or no longer) delegate" in out
    code, _, err = run(capsys, "models", "verify", "--store", store)
    assert code == 1 and "older than what this laptop already verified" in err
    assert sorted(p.name for p in (repo / "metadata").glob("*.root.json")) == roots_before


def test_the_user_cannot_choose_the_publisher(tmp_path: Path, monkeypatch) -> None:
    """Only the system (administrator) file sets it; a per-user or WAYFINDER_CONFIG file is
    ignored and says so."""
    from desktop_app.config import ConfigError, load_settings

    user = tmp_path / "user.toml"
    user.write_text('[updates]\npublisher = "aarhus"\n', encoding="utf-8")
    system = tmp_path / "system.toml"
    system.write_text('[updates]\npublisher = "odense"\n', encoding="utf-8")
    settings = load_settings([system, user], admin_files=[system])
    assert settings.publisher == "odense"
    assert any("'updates.publisher' ignored" in n for n in settings.notices)
    bad = tmp_path / "bad.toml"
    bad.write_text('[updates]\npublisher = "../x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="not a usable publisher name"):
        load_settings([bad], admin_files=[bad])

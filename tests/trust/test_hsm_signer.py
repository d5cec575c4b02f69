"""Signing through a non-file signer: a PKCS#11 token (SoftHSM2, as a YubiKey or network HSM
would be used), through securesystemslib's HSMSigner. The targets key never exists as a file:
`models import-key --hsm` writes its public half naming the token, `add --key` signs on the
token, and a laptop verifies the ECDSA P-256 signature like any other."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.trust.conftest import make_model, run, sign

SOFTHSM_PATHS = ("/usr/lib/softhsm/libsofthsm2.so",
                 "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                 "/usr/local/lib/softhsm/libsofthsm2.so")
SOFTHSM = next((p for p in SOFTHSM_PATHS if Path(p).is_file()), None)
if SOFTHSM is None and os.environ.get("CI"):
    raise RuntimeError("SoftHSM2 is missing: .ci/run installs the softhsm2 package")
pytestmark = pytest.mark.skipif(SOFTHSM is None or shutil.which("softhsm2-util") is None,
                                reason="SoftHSM2 not installed (apt-get install softhsm2)")
LABEL, PIN = "wayfinder-targets", "4711-0815"


@pytest.fixture(scope="module")
def token(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh SoftHSM2 token holding one ECDSA P-256 key pair (id 2), made on the token.

    One per module: the PKCS#11 library reads its configuration once per process."""
    import pkcs11
    from pkcs11.util.ec import encode_named_curve_parameters

    base = tmp_path_factory.mktemp("softhsm")
    (base / "tokens").mkdir()
    conf = base / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {base / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOFTHSM2_CONF", str(conf))
        patch.setenv("PYKCS11LIB", SOFTHSM)
        patch.setenv("HSM_PIN", PIN)
        subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", LABEL, "--pin",
                        PIN, "--so-pin", "so-secret-1"], check=True, capture_output=True)
        token = pkcs11.lib(SOFTHSM).get_token(token_label=LABEL)
        with token.open(rw=True, user_pin=PIN) as session:
            params = session.create_domain_parameters(
                pkcs11.KeyType.EC,
                {pkcs11.Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")},
                local=True)
            params.generate_keypair(id=pkcs11.util.biginteger(2), label="targets", store=True)
        yield LABEL


def test_targets_signed_on_a_token_installs_on_a_laptop(
    tmp_path: Path, capsys, token: str, key_files, trust_repo_root
) -> None:
    pub, priv = key_files
    keys, repo, share = tmp_path / "keys", tmp_path / "repo", tmp_path / "share"
    code, out, err = run(capsys, "models", "import-key", "targets-token", "--out", keys, "--hsm",
                         "--hsm-keyid", "2", "--token-label", token, "--pin-env", "HSM_PIN")
    assert code == 0, err
    token_key = keys / "targets-token.public.json"
    public = json.loads(token_key.read_text())
    assert public["scheme"] == "ecdsa-sha2-nistp256"
    assert public["x-wayfinder-signer"] == f"hsm:2?label={token}"
    assert "private" not in json.dumps(public)

    code, _, err = run(
        capsys, "models", "init", repo,
        "--root-key", pub["root-1"], "--root-key", pub["root-2"], "--root-key", pub["root-3"],
        "--targets-key", token_key, "--snapshot-key", pub["snapshot"],
        "--timestamp-key", pub["timestamp"],
    )
    assert code == 0, err
    sign(capsys, repo, "root", priv["root-1"])
    sign(capsys, repo, "root", priv["root-2"])
    trust_repo_root["root"] = (repo / "metadata" / "1.root.json").read_bytes()

    def token_sign(role_args: list[str]) -> tuple[int, str, str]:
        return run(capsys, "models", *role_args, "--key", token_key, "--pin-env", "HSM_PIN")

    assert token_sign(["sign", str(repo), "--role", "targets"])[0] == 0
    sign(capsys, repo, "snapshot", priv["snapshot"])
    sign(capsys, repo, "timestamp", priv["timestamp"])
    code, out, err = token_sign(["add", str(repo), str(make_model(tmp_path / "m")), "--version",
                                 "3", "--training-start", "2020-01-01", "--training-end",
                                 "2024-12-31"])
    assert code == 0 and "added model version 3" in out, err
    sign(capsys, repo, "snapshot", priv["snapshot"])
    sign(capsys, repo, "timestamp", priv["timestamp"])
    assert run(capsys, "models", "publish", repo, "--to", share)[0] == 0

    store = tmp_path / "store"
    code, out, _ = run(capsys, "models", "update", "--from", share, "--store", store)
    assert code == 0 and "installed model version 3" in out
    code, out, _ = run(capsys, "models", "status", "--store", store, "--json")
    assert json.loads(out)["model"]["signed_by_keys"] == [public["keyid"]]


def test_a_wrong_pin_is_one_clear_line(
    tmp_path: Path, capsys, token: str, key_files, monkeypatch
) -> None:
    pub, _priv = key_files
    keys, repo = tmp_path / "keys", tmp_path / "repo"
    assert run(capsys, "models", "import-key", "t", "--out", keys, "--hsm", "--hsm-keyid", "2",
               "--token-label", token, "--pin-env", "HSM_PIN")[0] == 0
    assert run(capsys, "models", "init", repo, "--root-key", pub["root-1"], "--root-key",
               pub["root-2"], "--targets-key", keys / "t.public.json", "--snapshot-key",
               pub["snapshot"], "--timestamp-key", pub["timestamp"])[0] == 0
    monkeypatch.setenv("WRONG_PIN", "0000")
    code, _, err = run(capsys, "models", "sign", repo, "--role", "targets", "--key",
                       keys / "t.public.json", "--pin-env", "WRONG_PIN")
    assert code == 1 and err.startswith("wayfinder-admin: error: signing failed")
    assert "PinIncorrect" in err and "Traceback" not in err

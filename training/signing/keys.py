"""Signing keys for the model repository: generate, store, load (ed25519 via securesystemslib).

A file key is two files: `<name>.private.pem` (PKCS#8, encrypted with a passphrase; keep it
offline for root keys) and `<name>.public.json` (the public key with its key id, safe to share).
Unencrypted private keys are for demo repositories only. A key held elsewhere (a PKCS#11 token,
a cloud KMS) is just the public file, naming its signer URI (`SIGNER_FIELD`); see signers.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)
from securesystemslib.signer import CryptoSigner, SSlibKey
from securesystemslib.signer._utils import compute_default_keyid


class KeyError_(Exception):
    """A key file is missing, unreadable, encrypted without a passphrase, or of the wrong kind."""


def generate_key(out_dir: Path, name: str, passphrase: bytes | None = None) -> tuple[Path, Path]:
    """Write a new ed25519 key pair; refuse to overwrite existing files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    private_path = out_dir / f"{name}.private.pem"
    public_path = out_dir / f"{name}.public.json"
    for path in (private_path, public_path):
        if path.exists():
            raise KeyError_(f"{path} already exists; choose another name")
    signer = CryptoSigner.generate_ed25519()
    encryption = BestAvailableEncryption(passphrase) if passphrase else NoEncryption()
    pem = signer._private_key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, encryption)
    handle = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "wb") as out:
        out.write(pem)
    public_path.write_text(public_key_json(signer.public_key), encoding="utf-8")
    return private_path, public_path


SIGNER_FIELD = "x-wayfinder-signer"  # securesystemslib private key URI (e.g. "hsm:2?label=...")


def public_key_json(key: SSlibKey, signer_uri: str | None = None) -> str:
    data = {"keyid": key.keyid, **key.to_dict()}
    if signer_uri:
        data[SIGNER_FIELD] = signer_uri
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def write_public_key(path: Path, key: SSlibKey, signer_uri: str | None = None) -> Path:
    if path.exists():
        raise KeyError_(f"{path} already exists; choose another name")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(public_key_json(key, signer_uri), encoding="utf-8")
    return path


def signer_uri(path: Path) -> str | None:
    """The signer URI a public key file names, if any (its private half lives elsewhere)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    uri = raw.get(SIGNER_FIELD) if isinstance(raw, dict) else None
    return str(uri) if uri else None


def load_public_key(path: Path) -> SSlibKey:
    """Read a `.public.json` file, or derive the public key from a `.private.pem` file."""
    if path.suffix == ".pem":
        return load_signer(path).public_key
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw.pop(SIGNER_FIELD, None)
        keyid = raw.pop("keyid")
        key = SSlibKey.from_dict(keyid, raw)
    except FileNotFoundError:
        raise KeyError_(f"public key file {path} not found") from None
    except (ValueError, KeyError, TypeError) as error:
        raise KeyError_(f"{path} is not a public key file: {error}") from None
    if key.keyid != compute_default_keyid(key.keytype, key.scheme, key.keyval):
        raise KeyError_(f"{path}: the key id does not match the key (edited file?)")
    return key


def load_signer(path: Path, passphrase: bytes | None = None) -> CryptoSigner:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyError_(f"private key file {path} not found") from None
    try:
        private_key = load_pem_private_key(data, passphrase)
    except TypeError:
        raise KeyError_(f"{path} is encrypted; give its passphrase") from None
    except ValueError as error:
        raise KeyError_(f"{path} could not be read as a private key: {error}") from None
    return CryptoSigner(private_key)


def is_encrypted(path: Path) -> bool:
    return b"ENCRYPTED" in path.read_bytes()[:64]

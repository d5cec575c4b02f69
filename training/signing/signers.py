"""Turns `--key` arguments into securesystemslib signers: file keys, or any signer by URI.

- `NAME.private.pem`: a file key (`keys.py`). Encrypted keys ask for their passphrase;
  unencrypted ones are refused unless the repository is a demo repository.
- `NAME.public.json` that names a signer URI (`keys.SIGNER_FIELD`): the private half lives in
  a PKCS#11 token (`hsm:`), a cloud KMS (`gcpkms:`, `awskms:`, `azurekms:`), ... — whatever
  securesystemslib's `Signer.from_priv_key_uri` supports. A token's PIN is asked for, or read
  from the environment variable the caller names. `import_hsm_key` writes such a file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from securesystemslib.signer import SIGNER_FOR_URI_SCHEME, Signer

from training.signing.keys import (
    KeyError_,
    is_encrypted,
    load_public_key,
    load_signer,
    signer_uri,
    write_public_key,
)

SecretPrompt = Callable[[str], str]  # (what is asked, e.g. "passphrase for x.pem") -> secret


def load_key_argument(path: Path, secret: SecretPrompt, allow_unencrypted: bool) -> Signer:
    """The signer for one `--key PATH` (see the module docstring)."""
    if not path.is_file():
        raise KeyError_(f"key file {path} not found")
    if path.suffix == ".pem":
        if not is_encrypted(path):
            if not allow_unencrypted:
                raise KeyError_(
                    f"{path} is not encrypted; unencrypted key files are accepted only for a "
                    "demo repository (made with 'models init --demo'). Protect it with a "
                    "passphrase, or keep the key in a hardware token"
                )
            return load_signer(path)
        return load_signer(path, secret(f"passphrase for {path.name}").encode("utf-8"))
    uri = signer_uri(path)
    if uri is None:
        raise KeyError_(
            f"{path} is a public key without a signer; pass its .private.pem, or import the "
            "key from its token with 'models import-key'"
        )
    scheme = uri.partition(":")[0]
    if scheme not in SIGNER_FOR_URI_SCHEME:
        raise KeyError_(f"{path}: signer URI scheme '{scheme}:' is not supported here")
    key = load_public_key(path)
    try:
        return Signer.from_priv_key_uri(uri, key, lambda what: secret(f"{what} for {path.name}"))
    except (ValueError, ImportError) as error:
        raise KeyError_(f"{path}: cannot reach its signer {uri}: {error}") from None


def import_hsm_key(
    out_dir: Path, name: str, hsm_keyid: int | None, token_label: str | None,
    secret: SecretPrompt,
) -> Path:
    """Read a key's public half from a PKCS#11 token; write NAME.public.json naming it."""
    from securesystemslib.signer import HSMSigner

    try:
        uri, key = HSMSigner.import_(hsm_keyid, token_label, lambda what: secret(what))
    except (ValueError, ImportError) as error:
        raise KeyError_(f"cannot read the key from the token: {error}") from None
    return write_public_key(out_dir / f"{name}.public.json", key, uri)


def attach_signer_uri(out_dir: Path, name: str, public_key: Path, uri: str) -> Path:
    """Write NAME.public.json: the public key of `public_key`, naming signer `uri`."""
    scheme = uri.partition(":")[0]
    if scheme not in SIGNER_FOR_URI_SCHEME:
        raise KeyError_(f"signer URI scheme '{scheme}:' is not supported by securesystemslib")
    return write_public_key(out_dir / f"{name}.public.json", load_public_key(public_key), uri)

"""The neural layer of title matching: an ONNX sentence encoder, verified before use.

Two sources, tried in this order:
1. the project's own title encoder (`training/titles`), shipped inside the signed model
   package (`title_encoder.onnx` + `title_tokenizer.json`): `encoder_from_package` reads it
   from the VERIFIED install only, by name through `desktop_app.trust.package_files` (the
   one way model files are read: listed in the signed metadata, bytes re-checked against their
   signed hash, the ONNX file only if the safety layer checked it);
2. an encoder IT configures by hand, off unless IT writes `sentence_encoder.json` in the app
   data folder:

    {"folder": "D:/models/encoder", "weight": 0.3,
     "sha256": {"encoder.onnx": "<hex>", "tokenizer.json": "<hex>"}}

The folder holds `encoder.onnx` (inputs `input_ids` int64 [batch, tokens] and `attention_mask`
float [batch, tokens]; first output [batch, dimensions]) and `tokenizer.json`
(`{"kind": "char-ngram-hash", "ngram_range": [2, 4], "buckets": 4096, "max_tokens": 128}`, or
the title encoder's `"kind": "title-features-v1"`, see `title_features.py`): token ids are
CRC-32 hashes of character n-grams (and words), so no vocabulary file or download is needed.
It is read as a `FolderPackage` (same name rules and ONNX safety checks), and each file's bytes
must match the SHA-256 pin IT wrote. In both cases onnxruntime gets the checked bytes through
`desktop_app.trust.session.onnx_session` (CPU only, one thread), never the file again. Any
failure logs the reason and leaves matching lexical, which works on its own.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from desktop_app.locations import app_data_dir
from desktop_app.matching import title_encoder_files
from desktop_app.matching.title_features import KIND as TITLE_FEATURES_KIND
from desktop_app.matching.title_features import TitleFeatures
from desktop_app.matching.title_text import fold

if TYPE_CHECKING:
    from desktop_app.trust.package_files import PackageFiles

log = logging.getLogger(__name__)
CONFIG_NAME = "sentence_encoder.json"
MODEL_FILE = "encoder.onnx"
TOKENIZER_FILE = "tokenizer.json"
MAX_TOKENIZER_BYTES = 64 * 1024


class EncoderUnavailable(Exception):
    """The configured encoder cannot be used; the message says which file and why."""


class Featuriser(Protocol):
    def batch(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]: ...


@dataclass(frozen=True)
class NgramHashTokenizer:
    low: int = 2
    high: int = 4
    buckets: int = 4096
    max_tokens: int = 128

    def ids(self, text: str) -> list[int]:
        """Token ids 1..buckets (0 is padding) of the text's character n-grams."""
        out: list[int] = []
        for word in fold(text).split():
            padded = f" {word} "
            for n in range(self.low, self.high + 1):
                for start in range(len(padded) - n + 1):
                    gram = padded[start : start + n].encode("utf-8")
                    out.append(1 + zlib.crc32(gram) % self.buckets)
        return out[: self.max_tokens]

    def batch(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        rows = [self.ids(t) or [0] for t in texts]
        width = max(len(r) for r in rows)
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.float32)
        for i, row in enumerate(rows):
            ids[i, : len(row)] = row
            mask[i, : len(row)] = 1.0 if row != [0] else 0.0
        return ids, mask


class SentenceEncoder:
    """An ONNX title encoder on an onnxruntime session opened by `trust.session.onnx_session`
    (CPU only, one thread) from package bytes that passed the ONNX safety checks."""

    def __init__(self, session: Any, tokenizer: Featuriser, name: str) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self.name = name

    def encode(self, texts: list[str], batch_size: int = 256) -> np.ndarray:
        """Unit-length embeddings, one row per text."""
        parts = []
        for start in range(0, len(texts), batch_size):
            ids, mask = self._tokenizer.batch(texts[start : start + batch_size])
            output = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            vectors = np.asarray(output, dtype=np.float32)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            parts.append(np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0))
        return np.vstack(parts) if parts else np.zeros((0, 0), dtype=np.float32)


def _tokenizer(data: bytes, where: str) -> NgramHashTokenizer | TitleFeatures:
    tokenizer: NgramHashTokenizer | TitleFeatures
    if len(data) > MAX_TOKENIZER_BYTES:
        raise EncoderUnavailable(f"{where}: {len(data)} bytes, not a tokenizer description")
    try:
        spec = json.loads(data)
        low, high = (int(n) for n in spec["ngram_range"])
        buckets, max_tokens = int(spec["buckets"]), int(spec["max_tokens"])
        kind = spec.get("kind")
        if kind == "char-ngram-hash":
            tokenizer = NgramHashTokenizer(low, high, buckets, max_tokens)
        elif kind == TITLE_FEATURES_KIND:
            tokenizer = TitleFeatures(low, high, buckets, max_tokens)
        else:
            raise ValueError(f"kind {kind!r} is not 'char-ngram-hash' or {TITLE_FEATURES_KIND!r}")
    except (ValueError, KeyError, TypeError) as error:
        raise EncoderUnavailable(f"{where}: not a usable tokenizer description ({error})") from None
    if not (1 <= low <= high <= 8 and 1 <= buckets <= 2**24 and 1 <= max_tokens <= 4096):
        raise EncoderUnavailable(f"{where}: n-gram range, buckets or max_tokens out of bounds")
    return tokenizer


def _open(
    files: PackageFiles,
    model_file: str,
    tokenizer_file: str,
    name: str,
    pins: dict[str, str] | None = None,
) -> SentenceEncoder:
    """The encoder in `files`, read by name through the package-files mechanism; with `pins`
    (an encoder IT configured by hand) each file's bytes must also match the SHA-256 IT gave."""
    from desktop_app.trust.errors import TrustError
    from desktop_app.trust.session import onnx_session

    where = f"{name} ({files.directory})"
    try:
        tokenizer_bytes = files.read_bytes(tokenizer_file)
        if pins is not None:
            _check_pin(tokenizer_bytes, tokenizer_file, pins, files.directory)
            _check_pin(files.read_bytes(model_file), model_file, pins, files.directory)
        tokenizer = _tokenizer(tokenizer_bytes, f"{where}: {tokenizer_file}")
        model = files.onnx_bytes(model_file)  # the ONNX safety checks ran on these bytes
        if pins is not None:
            _check_pin(model, model_file, pins, files.directory)
    except TrustError as error:
        raise EncoderUnavailable(f"{where}: {error}") from None
    try:
        session = onnx_session(files, model_file, model)
    except Exception as error:  # onnxruntime refuses in many ways; say so, stay lexical
        raise EncoderUnavailable(
            f"{where}: onnxruntime cannot load {model_file} ({error})"
        ) from error
    return SentenceEncoder(session, tokenizer, name)


def _check_pin(data: bytes, file: str, pins: dict[str, str], folder: Path) -> None:
    pin = str(pins.get(file, ""))
    if not pin:
        raise EncoderUnavailable(f"{CONFIG_NAME} gives no sha256 for {file}")
    if not hmac.compare_digest(hashlib.sha256(data).hexdigest(), pin.lower()):
        raise EncoderUnavailable(
            f"{folder / file} does not match the SHA-256 IT configured; refused"
        )


def load_encoder(folder: Path, pins: dict[str, str]) -> SentenceEncoder:
    """Verify and load the encoder IT configured in `folder` (`encoder.onnx`,
    `tokenizer.json`); raises EncoderUnavailable saying why not."""
    from desktop_app.trust.package_files import FolderPackage

    return _open(
        FolderPackage(folder), MODEL_FILE, TOKENIZER_FILE, folder.name or str(folder), pins
    )


def load_encoder_folder(folder: Path) -> SentenceEncoder:
    """A title encoder folder written by `wayfinder-admin train-title-encoder` (central side,
    benchmarks): read as a `FolderPackage` (same name rules and ONNX checks as a package, no
    signature involved)."""
    from desktop_app.trust.package_files import FolderPackage

    encoder = encoder_from_package(FolderPackage(folder), folder.name or str(folder))
    if encoder is None:
        raise EncoderUnavailable(
            f"{folder}: no title encoder here ({title_encoder_files.MODEL_FILE} and "
            f"{title_encoder_files.TOKENIZER_FILE}); run 'wayfinder-admin train-title-encoder'"
        )
    return encoder


def load_configured_encoder(config: Path | None = None) -> SentenceEncoder | None:
    """The encoder IT configured, verified; None when none is configured or it fails."""
    path = config or app_data_dir() / CONFIG_NAME
    if not path.is_file():
        return None
    try:
        settings = json.loads(path.read_text(encoding="utf-8"))
        folder = Path(settings["folder"])
        pins = dict(settings.get("sha256") or {})
        return load_encoder(folder, pins)
    except (ValueError, KeyError, TypeError, OSError) as error:
        log.warning("sentence encoder not used: %s is not valid (%s)", path, error)
    except EncoderUnavailable as error:
        log.warning("sentence encoder not used: %s", error)
    return None


def configured_weight(config: Path | None = None, default: float = 0.3) -> float:
    path = config or app_data_dir() / CONFIG_NAME
    try:
        weight = float(json.loads(path.read_text(encoding="utf-8")).get("weight", default))
    except (OSError, ValueError, TypeError, AttributeError):
        return default
    return min(max(weight, 0.0), 1.0)


def encoder_from_package(files: PackageFiles, name: str) -> SentenceEncoder | None:
    """The title encoder inside a model package; None when the package has none.

    On the laptop `files` is the verified installed package (`load_verified_model`): its files
    are read by name, each one's bytes re-checked against its signed SHA-256, the ONNX file only
    if the safety layer checked it (`desktop_app.trust.package_files`). Raises
    EncoderUnavailable naming the file when they are there but cannot be used.
    """
    names = (title_encoder_files.MODEL_FILE, title_encoder_files.TOKENIZER_FILE)
    if not all(files.has(file) for file in names):
        return None
    return _open(files, *names, name)


def installed_title_encoder(model_store: Path | None = None) -> SentenceEncoder | None:
    """The title encoder of the verified installed model package, or None (logged why)."""
    from desktop_app.locations import default_model_store
    from desktop_app.trust.errors import ModelUnavailable, TrustError
    from desktop_app.trust.installed import load_verified_model
    from desktop_app.trust.model_store import ModelStore

    store = ModelStore(model_store or default_model_store())
    try:
        if store.current_version() is None:
            return None
        verified = load_verified_model(store)
        if not verified.usable:
            log.warning(
                "title encoder not used: model version %s was withdrawn (%s)",
                verified.version,
                verified.withdrawn_reason or "no reason given",
            )
            return None
        return encoder_from_package(verified, f"title encoder (model {verified.version})")
    except ModelUnavailable as error:
        log.warning("title encoder not used: %s", error.reason)
    except (TrustError, EncoderUnavailable) as error:
        log.warning("title encoder not used: %s", error)
    return None

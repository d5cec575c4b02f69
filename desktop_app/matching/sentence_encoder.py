"""The neural layer of title matching: an ONNX sentence encoder, verified before use.

Two sources, tried in this order:
1. the project's own title encoder (`training/titles`), shipped inside the signed model
   package (`title_encoder.onnx` + `title_tokenizer.json`): `encoder_from_package` reads it
   from the VERIFIED install only, so it is checked like the suggestion model;
2. an encoder IT configures by hand, off unless IT writes `sentence_encoder.json` in the app
   data folder:

    {"folder": "D:/models/encoder", "weight": 0.3,
     "sha256": {"encoder.onnx": "<hex>", "tokenizer.json": "<hex>"}}

The folder holds `encoder.onnx` (inputs `input_ids` int64 [batch, tokens] and `attention_mask`
float [batch, tokens]; first output [batch, dimensions]) and `tokenizer.json`
(`{"kind": "char-ngram-hash", "ngram_range": [2, 4], "buckets": 4096, "max_tokens": 128}`, or
the title encoder's `"kind": "title-features-v1"`, see `title_features.py`): token ids are
CRC-32 hashes of character n-grams (and words), so no vocabulary file or download is needed.
Verification, like the suggestion models: each file must be a plain file whose SHA-256 matches
the pin IT wrote; the model then passes `desktop_app.trust.onnx_safety` on a private copy, and
onnxruntime reads the verified bytes, never the file again. Any failure logs the reason and
leaves matching lexical, which works on its own.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from desktop_app.locations import app_data_dir
from desktop_app.matching import title_encoder_files
from desktop_app.matching.title_features import KIND as TITLE_FEATURES_KIND
from desktop_app.matching.title_features import TitleFeatures
from desktop_app.matching.title_text import fold

if TYPE_CHECKING:
    from desktop_app.trust.installed import VerifiedModel

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
    def __init__(self, model_bytes: bytes, tokenizer: Featuriser, name: str) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        self._session = ort.InferenceSession(
            model_bytes, options, providers=["CPUExecutionProvider"]
        )
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


def _verified_bytes(folder: Path, name: str, pins: dict[str, str], cap: int) -> bytes:
    from desktop_app.trust.errors import UnsafeModel
    from desktop_app.trust.onnx_safety import check_plain_file

    path = folder / name
    try:
        check_plain_file(path, cap)
    except UnsafeModel as error:
        raise EncoderUnavailable(f"{path}: {error}") from None
    data = path.read_bytes()
    pin = str(pins.get(name, ""))
    if not pin:
        raise EncoderUnavailable(f"{CONFIG_NAME} gives no sha256 for {name}")
    if not hmac.compare_digest(hashlib.sha256(data).hexdigest(), pin.lower()):
        raise EncoderUnavailable(f"{path} does not match the SHA-256 IT configured; refused")
    return data


def _tokenizer(data: bytes, path: Path) -> NgramHashTokenizer | TitleFeatures:
    tokenizer: NgramHashTokenizer | TitleFeatures
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
        raise EncoderUnavailable(f"{path}: not a usable tokenizer description ({error})") from None
    if not (1 <= low <= high <= 8 and 1 <= buckets <= 2**24 and 1 <= max_tokens <= 4096):
        raise EncoderUnavailable(f"{path}: n-gram range, buckets or max_tokens out of bounds")
    return tokenizer


def load_encoder(folder: Path, pins: dict[str, str]) -> SentenceEncoder:
    """Verify and load the encoder in `folder`; raises EncoderUnavailable saying why not."""
    from desktop_app.trust.errors import UnsafeModel
    from desktop_app.trust.onnx_safety import DEFAULT_LIMITS, check_onnx_file

    tokenizer = _tokenizer(
        _verified_bytes(folder, TOKENIZER_FILE, pins, MAX_TOKENIZER_BYTES), folder / TOKENIZER_FILE
    )
    model = _verified_bytes(folder, MODEL_FILE, pins, DEFAULT_LIMITS.max_file_bytes)
    with tempfile.TemporaryDirectory(prefix="wayfinder-encoder-") as private:
        # the checks parse a private copy of exactly the bytes that were hashed
        (Path(private) / MODEL_FILE).write_bytes(model)
        try:
            check_onnx_file(Path(private), MODEL_FILE, {MODEL_FILE})
        except UnsafeModel as error:
            raise EncoderUnavailable(f"{folder / MODEL_FILE}: {error}") from None
    try:
        return SentenceEncoder(model, tokenizer, folder.name or str(folder))
    except Exception as error:  # onnxruntime refuses in many ways; say so, stay lexical
        raise EncoderUnavailable(
            f"{folder / MODEL_FILE}: onnxruntime cannot load it ({error})"
        ) from error


def load_encoder_folder(folder: Path) -> SentenceEncoder:
    """A title encoder folder written by `wayfinder-admin train-title-encoder` (central side,
    benchmarks): the ONNX safety checks run on a private copy, no signature is involved."""
    from desktop_app.trust.errors import UnsafeModel
    from desktop_app.trust.onnx_safety import DEFAULT_LIMITS, check_onnx_file, check_plain_file

    model_path = folder / title_encoder_files.MODEL_FILE
    tokenizer_path = folder / title_encoder_files.TOKENIZER_FILE
    try:
        check_plain_file(tokenizer_path, MAX_TOKENIZER_BYTES)
        check_plain_file(model_path, DEFAULT_LIMITS.max_file_bytes)
        tokenizer = _tokenizer(tokenizer_path.read_bytes(), tokenizer_path)
        model = model_path.read_bytes()
        with tempfile.TemporaryDirectory(prefix="wayfinder-encoder-") as private:
            (Path(private) / MODEL_FILE).write_bytes(model)
            check_onnx_file(Path(private), MODEL_FILE, {MODEL_FILE})
    except UnsafeModel as error:
        raise EncoderUnavailable(f"{folder}: {error}") from None
    try:
        return SentenceEncoder(model, tokenizer, folder.name or str(folder))
    except Exception as error:  # onnxruntime refuses in many ways
        raise EncoderUnavailable(f"{model_path}: onnxruntime cannot load it ({error})") from error


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


def encoder_from_package(verified: VerifiedModel) -> SentenceEncoder | None:
    """The title encoder inside a verified model package; None when the package has none.

    Only a usable (not withdrawn) package's files are read, by name from the verified install;
    the ONNX safety checks already ran on them in `load_verified_model`. Raises
    EncoderUnavailable naming the file when they are there but cannot be used.
    """
    names = (title_encoder_files.MODEL_FILE, title_encoder_files.TOKENIZER_FILE)
    if not verified.usable or not all(name in verified.files for name in names):
        return None
    tokenizer_path = verified.path(title_encoder_files.TOKENIZER_FILE)
    try:
        tokenizer = _tokenizer(tokenizer_path.read_bytes()[:MAX_TOKENIZER_BYTES], tokenizer_path)
        model = verified.path(title_encoder_files.MODEL_FILE).read_bytes()
    except OSError as error:
        raise EncoderUnavailable(f"title encoder of model {verified.version}: {error}") from None
    try:
        return SentenceEncoder(model, tokenizer, f"title encoder (model {verified.version})")
    except Exception as error:  # onnxruntime refuses in many ways; say so, stay lexical
        raise EncoderUnavailable(
            f"title encoder of model {verified.version}: onnxruntime cannot load it ({error})"
        ) from error


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
        return encoder_from_package(load_verified_model(store))
    except ModelUnavailable as error:
        log.warning("title encoder not used: %s", error.reason)
    except (TrustError, EncoderUnavailable) as error:
        log.warning("title encoder not used: %s", error)
    return None

"""The laptop's own checks, run centrally before a package is signed or published.

A package every laptop would refuse must not burn a version number nor reach the share:
`add` runs these on the model folder before anything is signed, and `publish` on every
non-withdrawn version before anything is written. The checks are the laptop's code itself: the
ONNX safety checks a laptop runs before installing (`desktop_app.trust.onnx_safety`), and
opening the suggestion model through the same name rules the app applies at start
(`desktop_app.scoring.model.SuggestionModel` on a `FolderPackage`), and opening the title
encoder when the package carries one (`sentence_encoder.encoder_from_package`: a laptop would
otherwise fall back to lexical title matching without anyone noticing).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from desktop_app.matching import title_encoder_files
from desktop_app.matching.sentence_encoder import EncoderUnavailable, encoder_from_package
from desktop_app.scoring.model import ModelError, SuggestionModel
from desktop_app.trust.errors import TrustError
from desktop_app.trust.onnx_safety import check_package
from desktop_app.trust.package_files import FolderPackage
from training.signing.central_repository import SigningError


def check_as_laptop(folder: Path, files: set[str], what: str) -> None:
    """Raise `SigningError` naming `what` (e.g. "model version 4") if laptops would refuse it."""
    try:
        check_package(folder, files)
    except TrustError as error:
        raise SigningError(f"{what} would be refused by every laptop: {error}") from None
    if _is_suggestion_model(folder / "manifest.json"):
        try:
            SuggestionModel(FolderPackage(folder))
        except (ModelError, TrustError, KeyError, TypeError, ValueError) as error:
            raise SigningError(f"{what} would not load on a laptop: {error}") from None
    _check_title_encoder(folder, files, what)


def _check_title_encoder(folder: Path, files: set[str], what: str) -> None:
    encoder_files = {title_encoder_files.MODEL_FILE, title_encoder_files.TOKENIZER_FILE}
    if not encoder_files & files:
        return
    if not encoder_files <= files:
        raise SigningError(
            f"{what} carries only part of the title encoder (it needs "
            f"{' and '.join(sorted(encoder_files))})"
        )
    try:
        encoder = encoder_from_package(FolderPackage(folder), f"the title encoder of {what}")
        if encoder is not None:
            encoder.encode(["lagermedarbejder"])
    except EncoderUnavailable as error:
        raise SigningError(f"{what} would not load on a laptop: {error}") from None
    except Exception as error:  # onnxruntime: inputs or outputs not those of a title encoder
        raise SigningError(f"the title encoder of {what} cannot encode a title: {error}") from None


def check_stored_package(stored: Mapping[str, Path], what: str) -> None:
    """Lay a repository's content-addressed files out under their names and check them."""
    with tempfile.TemporaryDirectory(prefix="wayfinder-laptop-check-") as work:
        folder = Path(work)
        for relative, source in stored.items():
            destination = folder / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
        check_as_laptop(folder, set(stored), what)


def _is_suggestion_model(manifest: Path) -> bool:
    try:
        raw = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(raw, dict) and "horizons" in raw

"""The files of the package already shipped in `models_onnx/`, to re-sign them with additions.

Used to add the title encoder to the shipped demo package without retraining the suggestion
model: the newest signed targets metadata names every file of the newest version and its
SHA-256; each file is copied from its content-addressed place (`targets/model/N/<sha>.<name>`)
and its hash checked, so only what was signed is carried over.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from desktop_app.matching.title_encoder_files import CARD_FILE, MODEL_FILE, TOKENIZER_FILE
from desktop_app.trust.package_info import safe_relative_path
from training.signing.central_repository import SigningError

TITLE_ENCODER_FILES = (MODEL_FILE, TOKENIZER_FILE, CARD_FILE)


def _newest_targets(repository: Path) -> dict:
    found = sorted(
        (int(p.name.split(".", 1)[0]), p)
        for p in (repository / "metadata").glob("*.targets.json")
        if p.name.split(".", 1)[0].isdigit()
    )
    if not found:
        raise SigningError(f"{repository}: no signed targets metadata")
    return json.loads(found[-1][1].read_text(encoding="utf-8"))["signed"]["targets"]


def copy_shipped_package(repository: Path, out: Path, leave_out: tuple[str, ...] = ()) -> int:
    """Copy the newest version's files into `out` (hash-checked); returns that version."""
    by_version: dict[int, dict[str, str]] = {}
    for path, target in _newest_targets(repository).items():
        prefix, version, relative = path.split("/", 2)
        if prefix == "model" and version.isdigit():
            by_version.setdefault(int(version), {})[relative] = target["hashes"]["sha256"]
    if not by_version:
        raise SigningError(f"{repository}: the signed metadata lists no model package")
    version = max(by_version)
    for relative, sha256 in sorted(by_version[version].items()):
        if relative in leave_out:
            continue
        folder, _, name = safe_relative_path(relative).rpartition("/")
        stored = repository / "targets" / "model" / str(version) / folder / f"{sha256}.{name}"
        data = stored.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise SigningError(f"{stored} does not match its signed SHA-256")
        destination = out / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(data)
    return version


def add_title_encoder(encoder_dir: Path, package_dir: Path) -> None:
    """Copy the title encoder's three files (from `train-title-encoder`) into a package."""
    for name in TITLE_ENCODER_FILES:
        source = encoder_dir / name
        if not source.is_file():
            raise SigningError(f"{source} is missing: run 'make title-encoder' first")
        shutil.copyfile(source, package_dir / name)

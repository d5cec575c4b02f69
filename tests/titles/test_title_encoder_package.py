"""The title encoder ships inside the signed model package and is used only when verified."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import numpy as np
import pytest

from desktop_app.matching.sentence_encoder import (
    EncoderUnavailable,
    encoder_from_package,
    installed_title_encoder,
)
from desktop_app.matching.title_encoder_files import MODEL_FILE, TOKENIZER_FILE
from desktop_app.trust.installed import load_verified_model
from desktop_app.trust.model_store import ModelStore
from desktop_app.trust.update import check_for_updates
from training.signing import build_demo_repository
from training.signing.central_repository import SigningError

SHIPPED = Path(__file__).resolve().parents[2] / "models_onnx"


@pytest.fixture(scope="module")
def repository_with_encoder(
    tmp_path_factory: pytest.TempPathFactory, tiny_encoder_dir: Path
) -> tuple[Path, bytes]:
    """The shipped package re-signed with the tiny encoder (as `make models-title-encoder`)."""
    work = tmp_path_factory.mktemp("repo")
    shutil.copytree(SHIPPED, work / "models_onnx")
    argv = ["--from-shipped", "--title-encoder", str(tiny_encoder_dir)]
    argv += ["--out", str(work / "models_onnx"), "--root-out", str(work / "root.json")]
    assert build_demo_repository.main(argv) == 0
    return work / "models_onnx", (work / "root.json").read_bytes()


def _install(repository: Path, root: bytes, store: Path) -> ModelStore:
    check_for_updates(repository, store, trust_root=root)
    return ModelStore(store)


def test_installed_package_carries_a_working_encoder(
    repository_with_encoder: tuple[Path, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repository, root = repository_with_encoder
    monkeypatch.setattr("desktop_app.trust.trust_root.builtin_trust_root", lambda: root)
    monkeypatch.setattr("desktop_app.trust.installed.builtin_trust_root", lambda: root)
    store = _install(repository, root, tmp_path / "store")
    version = store.current_version()
    assert version is not None
    files = {p.name for p in (store.version_dir(version) / "files").iterdir()}
    assert {"title_encoder.onnx", "title_tokenizer.json", "manifest.json"} <= files
    encoder = installed_title_encoder(tmp_path / "store")
    assert encoder is not None and str(version) in encoder.name
    vectors = encoder.encode(["lagermedarbejder", "warehouse worker"])
    assert vectors.shape[0] == 2
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_tampered_encoder_is_not_used(
    repository_with_encoder: tuple[Path, bytes],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    repository, root = repository_with_encoder
    monkeypatch.setattr("desktop_app.trust.installed.builtin_trust_root", lambda: root)
    store = _install(repository, root, tmp_path / "store")
    version = store.current_version()
    assert version is not None
    onnx_file = store.version_dir(version) / "files" / MODEL_FILE
    data = bytearray(onnx_file.read_bytes())
    data[-10] ^= 0xFF
    onnx_file.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING):
        assert installed_title_encoder(tmp_path / "store") is None
    assert MODEL_FILE in caplog.text


def test_an_encoder_swapped_after_verification_is_not_read(
    repository_with_encoder: tuple[Path, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read by name through trust.package_files: the bytes are re-checked against their signed
    hash when the encoder is opened, not only at the start-up verification."""
    repository, root = repository_with_encoder
    monkeypatch.setattr("desktop_app.trust.installed.builtin_trust_root", lambda: root)
    store = _install(repository, root, tmp_path / "store")
    verified = load_verified_model(store)
    onnx_file = verified.directory / MODEL_FILE
    data = bytearray(onnx_file.read_bytes())
    data[-10] ^= 0xFF
    onnx_file.chmod(0o600)
    onnx_file.write_bytes(bytes(data))
    with pytest.raises(EncoderUnavailable, match="changed since it was verified"):
        encoder_from_package(verified, "title encoder")


def test_signing_refuses_a_title_encoder_a_laptop_could_not_load(
    tiny_encoder_dir: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken-encoder"
    shutil.copytree(tiny_encoder_dir, broken)
    (broken / TOKENIZER_FILE).write_text('{"kind": "unknown"}', encoding="utf-8")
    shutil.copytree(SHIPPED, tmp_path / "models_onnx")
    argv = ["--from-shipped", "--title-encoder", str(broken)]
    argv += ["--out", str(tmp_path / "models_onnx"), "--root-out", str(tmp_path / "root.json")]
    with pytest.raises(SigningError, match=f"{TOKENIZER_FILE}: not a usable tokenizer"):
        build_demo_repository.main(argv)


def test_no_store_no_encoder(tmp_path: Path) -> None:
    assert installed_title_encoder(tmp_path / "empty-store") is None

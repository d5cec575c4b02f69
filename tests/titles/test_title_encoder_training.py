"""The title encoder's training is deterministic, its int8 ONNX matches the trained network,
and its card names the data, the licence and the exact bytes."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch

from desktop_app.matching.title_encoder_files import CARD_FILE, MODEL_FILE, TOKENIZER_FILE
from training.titles.build import build_title_encoder
from training.titles.config import TINY
from training.titles.export import onnx_bytes, quantise_rows
from training.titles.model import TitleEncoder
from training.titles.noise import add_noise
from training.titles.pairs import PairSampler
from training.titles.taxonomy_labels import Concept, load_concepts
from training.titles.train import features_for, train_encoder


def test_same_seed_same_onnx_bytes_other_seed_other_bytes(
    tiny_encoder_dir: Path, tmp_path: Path, shared_data: Path
) -> None:
    again = build_title_encoder(tmp_path / "again", TINY, root=shared_data)
    first = (tiny_encoder_dir / MODEL_FILE).read_bytes()
    assert (tmp_path / "again" / MODEL_FILE).read_bytes() == first
    assert again["onnx_sha256"] == hashlib.sha256(first).hexdigest()
    other = dataclasses.replace(TINY, seed=TINY.seed + 1)
    build_title_encoder(tmp_path / "other", other, root=shared_data)
    assert (tmp_path / "other" / MODEL_FILE).read_bytes() != first


def test_card_names_data_licence_and_bytes(tiny_encoder_dir: Path) -> None:
    card = json.loads((tiny_encoder_dir / CARD_FILE).read_text(encoding="utf-8"))
    data = (tiny_encoder_dir / MODEL_FILE).read_bytes()
    assert card["onnx_sha256"] == hashlib.sha256(data).hexdigest()
    assert card["data"]["languages"] == ["da", "en", "nl", "no", "sv"]
    assert "MIT" in card["data"]["licence"] and "ESCO" in card["data"]["licence"]
    assert "queries" in card["data"]["never_used"]
    assert all(len(h) == 64 for h in card["data"]["files_sha256"].values())
    assert card["settings"]["seed"] == TINY.seed
    assert card["training"]["cpu_seconds"] >= 0
    tokenizer = json.loads((tiny_encoder_dir / TOKENIZER_FILE).read_text(encoding="utf-8"))
    assert tokenizer["kind"] == "title-features-v1" and tokenizer["buckets"] == TINY.buckets


def test_int8_onnx_gives_the_trained_networks_vectors(shared_data: Path) -> None:
    concepts = load_concepts(root=shared_data)[:300]
    model = train_encoder(concepts, TINY)
    session = ort.InferenceSession(onnx_bytes(model), providers=["CPUExecutionProvider"])
    titles = ["Lagermedarbejder", "verpleegkundige", "warehouse worker", "sjuksköterska"]
    ids, mask = features_for(TINY).batch(titles)
    from_onnx = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
    with torch.no_grad():
        from_torch = model(torch.from_numpy(ids), torch.from_numpy(mask)).numpy()
    np.testing.assert_allclose(np.linalg.norm(from_onnx, axis=1), 1.0, atol=1e-5)
    assert (from_onnx * from_torch).sum(axis=1).min() > 0.99


def test_export_mode_pools_like_training() -> None:
    torch.manual_seed(0)
    model = TitleEncoder(100, 8, 16).eval()
    ids = torch.tensor([[3, 5, 7, 0, 0], [9, 9, 2, 11, 4]])
    mask = (ids > 0).float()
    fast = model(ids, mask)
    model.export_mode = True
    torch.testing.assert_close(model(ids, mask), fast)


def test_row_quantisation_error_is_half_a_step_at_most() -> None:
    table = np.random.default_rng(1).normal(size=(50, 12)).astype(np.float32)
    table[0] = 0.0
    quantised, scale = quantise_rows(table)
    assert quantised.dtype == np.int8 and scale.shape == (50, 1)
    assert np.all(np.abs(quantised.astype(np.float32) * scale - table) <= scale / 2 + 1e-7)
    assert not quantised[0].any()


def test_noise_is_seeded_and_cv_like() -> None:
    title = "social- og sundhedsassistent"
    first = [add_noise(title, random.Random(5)) for _ in range(3)]
    assert first == [add_noise(title, random.Random(5)) for _ in range(3)]
    many = {add_noise(title, random.Random(seed)) for seed in range(300)}
    assert title in many and len(many) > 50
    assert any(t.endswith(".") or ". " in t for t in many)  # abbreviations
    assert any(t.isupper() for t in many)


def test_pairs_never_count_a_shared_label_as_a_negative() -> None:
    concepts = [
        Concept("isco/C011", {"da": ("Officerer",), "en": ("Officers",)}),
        Concept("isco/C0110", {"da": ("Officerer",), "en": ("Officers",)}),
        Concept("occ/baker", {"da": ("bager",), "en": ("baker",)}),
    ]
    sampler = PairSampler(concepts, random.Random(0), cross_language_share=0.5, noise_strength=0)
    batch = sampler.batch(3)
    rows = {batch.positives[c]: r for r, c in batch.shared}
    assert len(batch.shared) == 2 and "bager" not in rows and "baker" not in rows
    assert sorted(sampler.batch(3).anchors) != [] and len(batch.anchors) == 3


def test_command_refuses_a_data_folder_without_labels(tmp_path: Path) -> None:
    from desktop_app.admin.cli import main

    folder = tmp_path / "empty"
    folder.mkdir()
    code = main(["train-title-encoder", str(tmp_path / "out"), "--tiny", "--data", str(folder)])
    assert code != 0
    assert not (tmp_path / "out" / MODEL_FILE).exists()

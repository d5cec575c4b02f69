"""The optional sentence encoder: a tiny random ONNX export, verified, then blended in."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from desktop_app.matching import sentence_encoder as se
from desktop_app.matching.title_normaliser import TitleNormaliser

BUCKETS, DIM = 512, 16


def export_encoder(folder: Path, seed: int = 0, domain: str = "") -> dict[str, str]:
    """Token-id embedding lookup and masked mean pooling, random weights; returns the pins."""
    folder.mkdir(parents=True, exist_ok=True)
    table = np.random.default_rng(seed).normal(size=(BUCKETS + 1, DIM)).astype(np.float32)
    nodes = [
        helper.make_node("Gather", ["table", "input_ids"], ["embedded"], domain=domain),
        helper.make_node("Unsqueeze", ["attention_mask", "axis2"], ["mask3"]),
        helper.make_node("Mul", ["embedded", "mask3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis1"], ["total"], keepdims=0),
        helper.make_node("ReduceSum", ["attention_mask", "axis1"], ["count"], keepdims=1),
        helper.make_node("Max", ["count", "one"], ["safe_count"]),
        helper.make_node("Div", ["total", "safe_count"], ["sentence_embedding"]),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny-encoder",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.FLOAT, ["batch", "tokens"]),
        ],
        [helper.make_tensor_value_info("sentence_embedding", TensorProto.FLOAT, ["batch", DIM])],
        [
            numpy_helper.from_array(table, "table"),
            numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1"),
            numpy_helper.from_array(np.array([2], dtype=np.int64), "axis2"),
            numpy_helper.from_array(np.array([1.0], dtype=np.float32), "one"),
        ],
    )
    opsets = [helper.make_opsetid("", 17)] + ([helper.make_opsetid(domain, 1)] if domain else [])
    model = helper.make_model(graph, opset_imports=opsets, ir_version=8)  # onnxruntime >= 1.11
    (folder / se.MODEL_FILE).write_bytes(model.SerializeToString())
    tokenizer = {"kind": "char-ngram-hash", "ngram_range": [2, 4], "buckets": BUCKETS}
    tokenizer["max_tokens"] = 64
    (folder / se.TOKENIZER_FILE).write_text(json.dumps(tokenizer), encoding="utf-8")
    return {
        name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
        for name in (se.MODEL_FILE, se.TOKENIZER_FILE)
    }


def test_verified_encoder_embeds_and_is_blended(tmp_path: Path) -> None:
    folder = tmp_path / "encoder"
    pins = export_encoder(folder)
    config = tmp_path / se.CONFIG_NAME
    config.write_text(json.dumps({"folder": str(folder), "sha256": pins, "weight": 0.5}))
    encoder = se.load_configured_encoder(config)
    assert encoder is not None and se.configured_weight(config) == 0.5
    vectors = encoder.encode(["lagermedarbejder", "lagermedarbejder", "sygeplejerske", ""])
    assert vectors.shape == (4, DIM)
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0)
    assert np.allclose(vectors[0], vectors[1]) and not np.allclose(vectors[0], vectors[2])
    assert not vectors[3].any()  # nothing to embed: a zero vector, not NaN

    labels = [("urn:a", "lagermedarbejder", "da"), ("urn:b", "sygeplejerske", "da")]
    lexical = TitleNormaliser(labels).rank("lagermedarbejder")
    blended = TitleNormaliser(labels, encoder, 0.5).rank("lagermedarbejder")
    assert blended[0].occupation == "urn:a"
    # an exact title: lexical 1.0 and cosine 1.0 stay 1.0; the other label's score moves
    assert blended[0].score == pytest.approx(1.0)
    other = {h.occupation: h.score for h in blended}["urn:b"]
    cosine = float(np.clip(vectors[2] @ vectors[0], 0, 1))
    lexical_b = {h.occupation: h.score for h in lexical}["urn:b"]
    assert other == pytest.approx(0.5 * lexical_b + 0.5 * cosine)


def test_tampered_or_unsafe_encoders_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "encoder"
    pins = export_encoder(folder)
    with (folder / se.MODEL_FILE).open("ab") as handle:
        handle.write(b"\0")
    with pytest.raises(se.EncoderUnavailable, match="does not match the SHA-256"):
        se.load_encoder(folder, pins)
    with pytest.raises(se.EncoderUnavailable, match="gives no sha256"):
        se.load_encoder(folder, {se.TOKENIZER_FILE: pins[se.TOKENIZER_FILE]})

    unsafe = tmp_path / "unsafe"
    unsafe_pins = export_encoder(unsafe, domain="com.example.custom")
    with pytest.raises(se.EncoderUnavailable, match="operator domain"):
        se.load_encoder(unsafe, unsafe_pins)


def test_no_configuration_means_lexical_only(tmp_path: Path) -> None:
    assert se.load_configured_encoder(tmp_path / "missing.json") is None
    broken = tmp_path / se.CONFIG_NAME
    broken.write_text("{not json")
    assert se.load_configured_encoder(broken) is None  # logged, never a crash
    folder = tmp_path / "encoder"
    pins = export_encoder(folder)
    pins[se.MODEL_FILE] = "0" * 64
    broken.write_text(json.dumps({"folder": str(folder), "sha256": pins}))
    assert se.load_configured_encoder(broken) is None


def test_model_checks_still_apply_to_a_valid_onnx(tmp_path: Path) -> None:
    folder = tmp_path / "encoder"
    export_encoder(folder)
    onnx.checker.check_model(onnx.load(str(folder / se.MODEL_FILE)))

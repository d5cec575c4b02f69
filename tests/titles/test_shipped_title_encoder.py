"""The title encoder shipped in `models_onnx/`, installed the way a laptop installs it, matches
job titles across languages: the demo's Danish, Norwegian, Dutch and Swedish title variants
(abbreviations, employers, typos) against the 96 demo occupations' ENGLISH labels."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop_app.matching.sentence_encoder import SentenceEncoder, installed_title_encoder
from desktop_app.matching.title_ranker import TitleRanker
from desktop_app.trust.update import check_for_updates
from training.titles.config import EncoderConfig

PROJECT = Path(__file__).resolve().parents[2]
DEMO = PROJECT / "training" / "demo" / "data"


@pytest.fixture(scope="module")
def shipped_encoder(tmp_path_factory: pytest.TempPathFactory) -> SentenceEncoder:
    store = tmp_path_factory.mktemp("store")
    check_for_updates(PROJECT / "models_onnx", store)  # the built-in demo trust root
    encoder = installed_title_encoder(store)
    assert encoder is not None, "models_onnx/ ships no usable title encoder"
    return encoder


def _top1_across_languages(encoder: SentenceEncoder | None) -> float:
    with (DEMO / "esco" / "occupations_en.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    labels, uris = [r["preferredLabel"] for r in rows], [r["conceptUri"] for r in rows]
    with (DEMO / "title_variants.csv").open(encoding="utf-8") as handle:
        variants = [v for v in csv.DictReader(handle) if v["lang"] != "en"]
    ranker = TitleRanker(labels, uris, language="en", encoder=encoder, cross_language=True)
    hits = ranker.rank([v["title"] for v in variants], top=1)
    right = sum(
        uris[h[0].element] == v["occupation_uri"] for v, h in zip(variants, hits, strict=True)
    )
    return right / len(variants)


@pytest.mark.slow
def test_titles_in_other_languages_find_english_labels(shipped_encoder: SentenceEncoder) -> None:
    assert _top1_across_languages(None) < 0.35  # spelling alone barely crosses languages
    assert _top1_across_languages(shipped_encoder) >= 0.75


def test_a_danish_title_lands_nearer_its_english_label(shipped_encoder: SentenceEncoder) -> None:
    vectors = shipped_encoder.encode(["lagermedarbejder", "magazijnmedewerker", "warehouse worker"])
    assert vectors.shape == (3, 128)
    assert float(vectors[0] @ vectors[2]) > float(vectors[0] @ shipped_encoder.encode(["baker"])[0])


def test_shipped_encoder_file_is_int8_and_under_20_mb() -> None:
    import onnx

    files = list((PROJECT / "models_onnx" / "targets").rglob("*.title_encoder.onnx"))
    assert len(files) == 1
    assert files[0].stat().st_size <= 20 * 1024 * 1024
    model = onnx.load(str(files[0]))
    table = next(t for t in model.graph.initializer if t.name == "table_int8")
    assert table.data_type == onnx.TensorProto.INT8


def test_make_title_encoder_trains_with_the_shipped_encoders_settings() -> None:
    """`make title-encoder` (the default EncoderConfig) reproduces the shipped file's run."""
    cards = list((PROJECT / "models_onnx" / "targets").rglob("*.title_encoder_card.json"))
    assert len(cards) == 1
    card = json.loads(cards[0].read_text(encoding="utf-8"))
    assert card["settings"] == EncoderConfig().as_dict()
    onnx_files = list((PROJECT / "models_onnx" / "targets").rglob("*.title_encoder.onnx"))
    assert onnx_files[0].name.startswith(card["onnx_sha256"])

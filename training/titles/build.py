"""Trains the title encoder and writes its three files (the part of the model package it owns).

    OUT/title_encoder.onnx       int8 ONNX (see export.py)
    OUT/title_tokenizer.json     the hashed-feature description the app rebuilds inputs from
    OUT/title_encoder_card.json  data, licences, settings, seed, CPU time, SHA-256 of the ONNX

The card records where every label came from (files and their SHA-256) and under which licence,
so the same repository, data and seed can be checked to give the same ONNX bytes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import time
from collections.abc import Callable
from pathlib import Path

import torch

from desktop_app.matching.title_encoder_files import CARD_FILE, MODEL_FILE, TOKENIZER_FILE
from training.titles.config import EncoderConfig
from training.titles.export import onnx_bytes
from training.titles.taxonomy_labels import (
    DEFAULT_SOURCES,
    SHARED_DATA,
    fingerprint,
    load_concepts,
)
from training.titles.train import features_for, train_encoder

log = logging.getLogger(__name__)

DATA_LICENCE = (
    "ESCO occupation labels (European Commission, ESCO classification; reuse under the "
    "Commission's reuse policy, Decision 2011/833/EU, attribution required) as distributed "
    "in the MELO benchmark (Retyk et al. 2024, MIT licence, Copyright (c) 2024 Avature)."
)


def build_title_encoder(
    out: Path,
    config: EncoderConfig,
    sources: tuple[tuple[str, str], ...] = DEFAULT_SOURCES,
    root: Path = SHARED_DATA,
    progress: Callable[[int, float], None] | None = None,
) -> dict[str, object]:
    concepts = load_concepts(sources, root)
    cpu_started, wall_started = time.process_time(), time.perf_counter()
    model = train_encoder(concepts, config, progress)
    cpu_seconds = time.process_time() - cpu_started
    wall_seconds = time.perf_counter() - wall_started
    data = onnx_bytes(model)
    out.mkdir(parents=True, exist_ok=True)
    (out / MODEL_FILE).write_bytes(data)
    tokenizer = features_for(config).describe()
    (out / TOKENIZER_FILE).write_text(json.dumps(tokenizer, indent=2) + "\n", encoding="utf-8")
    languages = sorted({lang for c in concepts for lang in c.labels})
    card: dict[str, object] = {
        "model": "wayfinder title encoder",
        "purpose": "job titles (any language of the taxonomy) -> ESCO occupation labels",
        "onnx_sha256": hashlib.sha256(data).hexdigest(),
        "onnx_bytes": len(data),
        "settings": config.as_dict(),
        "data": {
            "sources": [{"language": lang, "folder": rel} for lang, rel in sources],
            "files_sha256": fingerprint(sources, root),
            "concepts": len(concepts),
            "labels": sum(len(v) for c in concepts for v in c.labels.values()),
            "languages": languages,
            "never_used": "MELO queries and relevance judgements (evaluation only)",
            "licence": DATA_LICENCE,
        },
        "training": {
            "cpu_seconds": round(cpu_seconds, 1),
            "wall_seconds": round(wall_seconds, 1),
            "torch": torch.__version__,
            "threads": config.threads,
            "machine": platform.machine(),
            "load_average_at_end": list(os.getloadavg()) if hasattr(os, "getloadavg") else [],
        },
        "reproduce": "make title-encoder (same seed, same data files, same torch and CPU kind)",
    }
    (out / CARD_FILE).write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    log.info("title encoder written to %s (%d bytes)", out, len(data))
    return card

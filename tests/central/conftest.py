"""A small demo municipality, as JSON Lines and as Parquet, shared by the central tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training.central.engine import LocalEngine
from training.central.progress import Progress
from training.central.sources import open_sources, programmes
from training.central.table import build_decision_table
from training.central.to_parquet import convert_bundle
from training.demo.generate import generate_demo
from training.suggestions.citizen_hashes import load_or_create_key
from training.suggestions.config import TrainingConfig
from training.suggestions.export_model import write_model_dir
from training.suggestions.trainer import train_model

CITIZENS = 1000
# Small learners: these tests check plumbing and determinism, not model quality.
SMALL = {"folds": 3, "nuisance_rounds": 20, "effect_rounds": 20, "effect_min_leaf": 30,
         "min_decisions_per_arm": 10, "allow_health_limitation": True, "holdout_share": 0.2}


@pytest.fixture(scope="session")
def region(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("central") / "region"
    generate_demo(out, citizens=CITIZENS, seed=5, vacancies=100, id_prefix="R")
    return out


@pytest.fixture(scope="session")
def region_parquet(region, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("central") / "region-parquet"
    convert_bundle(region / "bundle", out, partitions=3)
    return out


@pytest.fixture(scope="session")
def small_config(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("central") / "small.json"
    path.write_text(json.dumps(SMALL), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def id_key(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("central") / "id.key"
    path.write_text("cd" * 32 + "\n", encoding="ascii")
    return path


ONNX = ("effects_h26.onnx", "effects_h52.onnx", "propensity.onnx")


def train_model_files(bundle: Path, out: Path, config: Path, key_path: Path,
                      engine) -> dict[str, bytes]:
    """The model's ONNX files and feature schema, trained with seed 11 on `engine`."""
    sources = open_sources([bundle])
    settings = TrainingConfig.load(config)
    built = build_decision_table(sources, settings, engine, Progress.quiet())
    model = train_model(None, settings, 11, table=built.table, engine=engine)
    write_model_dir(model, out, load_or_create_key(key_path), programmes(sources))
    return {name: (out / name).read_bytes() for name in [*ONNX, "feature_schema.json"]}


@pytest.fixture(scope="session")
def without_dask(region, small_config, id_key, tmp_path_factory) -> dict[str, bytes]:
    """The model trained in this process from the JSON Lines bundle."""
    out = tmp_path_factory.mktemp("determinism") / "local-jsonl"
    return train_model_files(region / "bundle", out, small_config, id_key, LocalEngine())

"""Same seed, same model: in this process, or on a Dask cluster of one or two workers, from the
JSON Lines bundle or its Parquet partitions (ONNX files byte for byte)."""

from __future__ import annotations

from pathlib import Path

import pytest

from training.central.engine import LocalEngine, dask_engine
from training.central.sources import open_sources, programmes
from training.central.table import build_decision_table
from training.suggestions.citizen_hashes import load_or_create_key
from training.suggestions.config import TrainingConfig
from training.suggestions.export_model import write_model_dir
from training.suggestions.trainer import train_model

ONNX = ("effects_h26.onnx", "effects_h52.onnx", "propensity.onnx")


def _train(bundle: Path, out: Path, config: Path, key_path: Path, engine) -> dict[str, bytes]:
    sources = open_sources([bundle])
    settings = TrainingConfig.load(config)
    built = build_decision_table(sources, settings, engine, _quiet())
    model = train_model(None, settings, 11, table=built.table, engine=engine)
    write_model_dir(model, out, load_or_create_key(key_path), programmes(sources))
    return {name: (out / name).read_bytes() for name in [*ONNX, "feature_schema.json"]}


def _quiet():
    from training.central.progress import Progress

    return Progress.quiet()


@pytest.fixture(scope="module")
def without_dask(region, small_config, id_key, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("determinism") / "local-jsonl"
    return _train(region / "bundle", out, small_config, id_key, LocalEngine())


def test_parquet_partitions_give_the_model_of_the_json_lines_bundle(
        without_dask, region_parquet, small_config, id_key, tmp_path):
    assert _train(region_parquet, tmp_path / "m", small_config, id_key,
                  LocalEngine()) == without_dask


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_a_dask_cluster_gives_the_same_model_as_no_dask(
        without_dask, region_parquet, small_config, id_key, tmp_path, workers):
    with dask_engine(workers=workers, memory_limit="2GB") as engine:
        assert engine.workers == workers
        trained = _train(region_parquet, tmp_path / "m", small_config, id_key, engine)
    assert trained == without_dask

"""Same seed, same model: in this process, or on a Dask cluster of one or two workers, from the
JSON Lines bundle or its Parquet partitions (ONNX files byte for byte)."""

from __future__ import annotations

import pytest

from tests.central.conftest import train_model_files as _train
from training.central.engine import LocalEngine, dask_engine


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

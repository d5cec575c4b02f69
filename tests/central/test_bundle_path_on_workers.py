"""Workers read their partitions themselves: the bundle's path they get must mean the same
folder to them as to the driver, whatever folder a worker was started in."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from training.central.engine import dask_engine
from training.central.parquet_bundle import ParquetBundleError
from training.central.sources import open_source


def _citizens_in(source, part: int) -> int:
    return len(source.read(part)["citizens"])


def test_a_relative_bundle_path_reaches_workers_started_elsewhere(region_parquet, tmp_path,
                                                                   monkeypatch):
    monkeypatch.chdir(region_parquet.parent)
    source = open_source(Path(region_parquet.name))  # as typed: `--bundle region.parquet/`
    elsewhere = tmp_path / "worker-home"
    elsewhere.mkdir()
    with dask_engine(workers=1, memory_limit="1GB") as engine:
        engine.client.run(os.chdir, str(elsewhere))  # like `dask worker` started in another folder
        found = engine.client.submit(_citizens_in, source, 0, pure=False).result()
    assert found == len(source.read(0)["citizens"]) > 0


def test_a_bundle_a_worker_cannot_see_is_named_as_such(region_parquet, tmp_path):
    copy = tmp_path / "region.parquet"
    shutil.copytree(region_parquet, copy)
    source = open_source(copy)
    shutil.rmtree(copy)  # the folder is not there for the reader (another machine's view)
    with pytest.raises(ParquetBundleError) as caught:
        source.read(0)
    message = str(caught.value)
    assert str(copy) in message
    assert "same path" in message
    assert "incomplete" not in message

"""A pooled-outcome fold that outgrows a worker is trained across workers with lightgbm.dask."""

from __future__ import annotations

import json

import numpy as np
import pytest

from training.central.distributed_fit import sample_citizens
from training.central.engine import LocalEngine, dask_engine
from training.central.progress import Progress
from training.central.sources import open_sources
from training.central.table import build_decision_table
from training.suggestions.config import TrainingConfig
from training.suggestions.trainer import train_model


def test_a_probe_sample_takes_whole_citizens():
    citizens = np.repeat(np.arange(100), 4)
    mask = sample_citizens(citizens, 120, seed=1)
    assert 100 <= mask.sum() <= 140
    for c in np.unique(citizens[mask]):
        assert mask[citizens == c].all()
    assert sample_citizens(citizens, 1000, seed=1).all()


@pytest.mark.slow
def test_an_oversized_pooled_fold_is_fitted_across_workers(region_parquet, small_config):
    settings = TrainingConfig(**{**json.loads(small_config.read_text()), "horizons": [26.0]})
    sources = open_sources([region_parquet])
    table = build_decision_table(sources, settings, LocalEngine(), Progress.quiet()).table
    local = train_model(None, settings, 5, table=table)
    settings.distributed_fit_bytes = 1  # every pooled fold "outgrows" its worker
    with dask_engine(workers=2, memory_limit="2GB") as engine:
        spread = train_model(None, settings, 5, table=table, engine=engine)
    assert spread.distributed_fits == ["pooled-h26-fold0", "pooled-h26-fold1",
                                       "pooled-h26-fold2"]
    assert local.distributed_fits == []
    # Data-parallel boosting is not bit-identical, but it learns the same outcome model.
    mu_local, mu_spread = local.horizons[0].mu, spread.horizons[0].mu
    assert np.corrcoef(mu_local.ravel(), mu_spread.ravel())[0, 1] > 0.8
    assert abs(mu_local.mean() - mu_spread.mean()) < 0.02

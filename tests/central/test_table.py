"""The decision table from partitions: the same rows in the same order, any partitioning."""

from __future__ import annotations

import numpy as np

from training.central.engine import LocalEngine
from training.central.progress import Progress
from training.central.sources import open_sources
from training.central.table import build_decision_table
from training.suggestions import dataset
from training.suggestions.config import TrainingConfig


def test_partitions_give_the_whole_bundles_table_and_schema(region, region_parquet):
    config = TrainingConfig(attributes_allowlist=["caseworker_flag_motivation", "housing"],
                            allow_health_limitation=True)
    whole = build_decision_table(open_sources([region / "bundle"]), config, LocalEngine(),
                                 Progress.quiet())
    parts = build_decision_table(open_sources([region_parquet]), config, LocalEngine(),
                                 Progress.quiet())
    assert parts.table.schema.to_json() == whole.table.schema.to_json()
    assert list(parts.table.citizen) == list(whole.table.citizen)
    assert list(parts.table.citizen) == sorted(parts.table.citizen)
    np.testing.assert_array_equal(parts.table.X, whole.table.X)
    np.testing.assert_array_equal(parts.table.eligible, whole.table.eligible)
    assert parts.stats.dated_fields == whole.stats.dated_fields != set()
    assert len(parts.audit_citizens) == len(whole.audit_citizens) == 1000


def test_national_scale_tables_are_float32(region_parquet, monkeypatch):
    config = TrainingConfig()
    small = build_decision_table(open_sources([region_parquet]), config, LocalEngine(),
                                 Progress.quiet()).table
    assert small.X.dtype == np.float64
    monkeypatch.setattr(dataset, "FLOAT32_FROM_ROWS", len(small.X))
    large = build_decision_table(open_sources([region_parquet]), config, LocalEngine(),
                                 Progress.quiet()).table
    assert large.X.dtype == np.float32
    np.testing.assert_allclose(large.X, small.X, rtol=1e-6)

"""A small demo municipality, as JSON Lines and as Parquet, shared by the central tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training.central.to_parquet import convert_bundle
from training.demo.generate import generate_demo

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

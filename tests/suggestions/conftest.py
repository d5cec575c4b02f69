"""A small foreign-shaped bundle (not the demo) trained once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.admin.cli import main
from training.suggestions.toy_bundle import write_toy_bundle

SMALL = {
    "folds": 3, "ensemble_members": 4, "nuisance_rounds": 60, "effect_rounds": 80,
    "effect_min_leaf": 40, "min_decisions_per_arm": 30, "allow_health_limitation": False,
    "attributes_allowlist": ["region_code", "gender_of_client"],
}


@pytest.fixture(scope="session")
def toy(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("toy")
    write_toy_bundle(root, citizens=500, seed=4)
    (root / "config.json").write_text(json.dumps(SMALL), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def id_key(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "id.key"
    path.write_text("ab" * 32 + "\n", encoding="ascii")
    return path


@pytest.fixture(scope="session")
def trained(toy, id_key) -> Path:
    out = toy / "model"
    code = main(["train", "--bundle", str(toy / "bundle"), "--out", str(out), "--seed", "3",
                 "--config", str(toy / "config.json"), "--truth", str(toy / "truth.json"),
                 "--id-key", str(id_key)])
    assert code == 0
    return out

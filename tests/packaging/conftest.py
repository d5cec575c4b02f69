"""A real signed demo-key repository with a small trained model, built once per session.

The model is trained by the project's own training code on the small foreign-shaped toy bundle
and signed with the DEMO keys, so the root built into the app (demo flavour) trusts it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from training.signing.build_demo_repository import build
from training.suggestions.pipeline import TrainRequest, run_training
from training.suggestions.toy_bundle import write_toy_bundle

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SMALL = {"folds": 3, "ensemble_members": 4, "nuisance_rounds": 60, "effect_rounds": 80,
         "effect_min_leaf": 40, "min_decisions_per_arm": 30}


@pytest.fixture(scope="session")
def signed_repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("packaging-model")
    write_toy_bundle(root, citizens=500, seed=4)
    (root / "config.json").write_text(json.dumps(SMALL), encoding="utf-8")
    key = root / "id.key"
    key.write_text("cd" * 32 + "\n", encoding="ascii")
    run_training(TrainRequest(bundle=root / "bundle", out=root / "model", seed=3,
                              config_path=root / "config.json", key_path=key))
    repository = root / "repository"
    build(root / "model", 7, out_dir=repository, root_out=root / "demo_root.json")
    return repository


def run_python(code: str, env: dict[str, str] | None = None,
               timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `python -c code` in a fresh process from the project root (headless)."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, env=full_env,
                          capture_output=True, text=True, timeout=timeout)

"""The pooled model's outcome under each arm, predicted in row blocks: the same numbers."""

from __future__ import annotations

import lightgbm as lgb
import numpy as np

from training.suggestions import plugin


def test_block_predictions_equal_whole_table_predictions(monkeypatch):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(2500, 5))
    arm, y = rng.integers(0, 3, 2500), rng.random(2500)
    model = lgb.train({"verbosity": -1, "num_threads": 1},
                      lgb.Dataset(plugin.with_arm(X, arm, 3), y), num_boost_round=15)
    whole = np.column_stack([model.predict(plugin.with_arm(X, a, 3)) for a in range(3)])
    monkeypatch.setattr(plugin, "LEVEL_BLOCK", 1000)
    np.testing.assert_array_equal(plugin.levels(model, X, 3), whole)

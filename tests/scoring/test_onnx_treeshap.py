"""ONNX export equals LightGBM; numpy TreeSHAP equals LightGBM's own contributions and adds up
to the displayed value (base value + contributions = model output)."""

from __future__ import annotations

import lightgbm as lgb
import numpy as np
import onnxruntime as ort
import pytest

from desktop_app.scoring.tree_ensemble import path_tables
from desktop_app.scoring.treeshap import TreeShap
from training.suggestions.onnx_export import Ensemble, build_model


@pytest.fixture(scope="module")
def boosters():
    rng = np.random.default_rng(3)
    n, p = 2000, 10
    X = rng.normal(size=(n, p))
    X[rng.random((n, p)) < 0.15] = np.nan
    X[:, 4] = rng.normal(size=n)  # never missing in training: LightGBM's "None" missing type
    X[:, 2] = np.round(X[:, 2])  # ties on thresholds
    signal = np.nan_to_num(X[:, 0]) + (np.nan_to_num(X[:, 1]) > 0) * np.nan_to_num(X[:, 2])
    y = signal + rng.normal(size=n)
    params = {"objective": "regression", "num_leaves": 8, "max_depth": 4, "verbosity": -1,
              "min_data_in_leaf": 20, "num_threads": 1}
    a = lgb.train(params, lgb.Dataset(X, y), 40)
    b = lgb.train({**params, "objective": "binary"}, lgb.Dataset(X, (y > 0).astype(int)), 30)
    query = rng.normal(size=(300, p))
    query[rng.random((300, p)) < 0.3] = np.nan  # also missing where training never was
    return a, b, query


def test_onnx_matches_lightgbm_and_shap_matches_pred_contrib(boosters):
    a, b, query = boosters
    ensemble = Ensemble(n_targets=2)
    ensemble.add_booster(a, [0])
    ensemble.add_booster(b, [1])  # raw (log-odds) scores of the classifier
    model = build_model(query.shape[1], [("effect", ensemble, None)], doc="test")
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    got = session.run(["effect"], {"features": query})[0]
    want = np.column_stack([a.predict(query), b.predict(query, raw_score=True)])
    assert np.max(np.abs(got - want)) < 1e-5

    shap = TreeShap(path_tables(model, "effect"), query.shape[1])
    reference_a = a.predict(query, pred_contrib=True)
    reference_b = b.predict(query, pred_contrib=True)
    for i in range(0, 300, 7):
        contributions = shap.contributions(query[i])
        assert np.allclose(contributions[0], reference_a[i, :-1], atol=1e-9)
        assert np.allclose(contributions[1], reference_b[i, :-1], atol=1e-9)
        assert abs(shap.base_values[0] - reference_a[i, -1]) < 1e-9
        for target in (0, 1):
            total = shap.base_values[target] + contributions[target].sum()
            assert abs(total - want[i, target]) < 1e-6
            assert abs(total - got[i, target]) < 1e-6


def test_activation_outputs_and_single_leaf_trees():
    X = np.zeros((50, 3))
    y = np.ones(50)  # nothing to split on: every tree is one leaf
    booster = lgb.train({"objective": "regression", "verbosity": -1, "num_threads": 1},
                        lgb.Dataset(X, y), 3)
    ensemble = Ensemble(n_targets=1)
    ensemble.add_booster(booster, [0])
    model = build_model(3, [("baseline", ensemble, "Sigmoid")], doc="test")
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    out = session.run(["baseline"], {"features": X[:2]})[0]
    assert np.allclose(out, 1 / (1 + np.exp(-booster.predict(X[:2])[:, None])), atol=1e-6)

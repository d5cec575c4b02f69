"""The effect stage on data with a known effect: confounded choice, heterogeneous effect."""

from __future__ import annotations

import numpy as np

from training.suggestions.folds import citizen_folds
from training.suggestions.intervals import calibration, pseudo_outcome
from training.suggestions.nuisance import cross_fit_propensity
from training.suggestions.plugin import cross_fit_pooled
from training.suggestions.r_learner import effect_rows, fit_arm_effect


def _world(n: int, seed: int):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 4))
    X[rng.random(n) < 0.1, 2] = np.nan
    tau = {1: 0.25 * (X[:, 0] > 0), 2: np.full(n, 0.05)}
    score = np.column_stack([np.full(n, 1.0), 0.8 * X[:, 1], -0.3 + 0.5 * X[:, 0]])
    p = np.exp(score) / np.exp(score).sum(1, keepdims=True)
    arm = np.array([rng.choice(3, p=row) for row in p])
    # The chosen arm depends on x1, which also raises the baseline: confounded.
    base = 0.3 + 0.15 * np.tanh(X[:, 1])
    chance = base + np.where(arm == 0, 0.0, np.choose(arm, [0 * base, tau[1], tau[2]]))
    y = (rng.random(n) < chance).astype(float)
    citizens = np.array([f"c{i // 2}" for i in range(n)], dtype=object)
    return X, arm, y, citizens, tau


def test_r_learner_recovers_a_heterogeneous_effect_and_is_calibrated():
    X, arm, y, citizens, tau = _world(8000, 3)
    folds = citizen_folds(citizens, 3, 1)
    e, _ = cross_fit_propensity(X, arm, 3, folds, citizens, 80, 1, 1)
    pooled = cross_fit_pooled(X, arm, y, 3, folds, citizens, 1, 1)
    eligible = np.ones((len(X), 3))
    rows, trimmed = effect_rows(y, eligible, e, 1, 0.005)
    effect = fit_arm_effect(X, y, arm, citizens, folds, pooled, e, 1, rows, trimmed,
                            clip=0.02, rounds=150, leaves=8, min_leaf=60, threads=1, seed=5)
    estimate = effect.point.predict(X[rows])
    truth = tau[1][rows]
    assert np.corrcoef(estimate, truth)[0, 1] > 0.8
    assert abs(estimate.mean() - truth.mean()) < 0.04
    assert len(effect.members) == 3 and effect.replicate_var > 0
    phi = pseudo_outcome(y, arm, pooled.oof, e, 1, 0.02)
    calib = calibration(phi[rows], effect.oof, citizens[rows])
    assert len(calib["groups"]) == 5
    assert calib["extra_sd"] < 0.06

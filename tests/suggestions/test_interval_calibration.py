"""The interval's calibration allowance sees heterogeneity the model smoothed away: along an
input feature, not only along the model's own predictions (no ground truth involved)."""

from __future__ import annotations

import numpy as np

from training.suggestions.intervals import calibration, quantile_groups


def _scores(seed: int, n: int = 20_000):
    rng = np.random.default_rng(seed)
    skill = rng.integers(1, 6, n).astype(float)
    noise = rng.normal(size=n)
    truth = np.where(skill <= 2, 0.10, 0.0)
    phi = truth + rng.normal(scale=0.8, size=n)  # DR pseudo-outcomes: truth plus noise
    citizens = np.arange(n).astype(str)
    return skill, noise, truth, phi, citizens


def test_missed_heterogeneity_along_a_feature_widens_the_interval():
    skill, noise, truth, phi, citizens = _scores(1)
    flat = np.full(len(phi), truth.mean())  # right on average, blind to skill
    X = np.column_stack([noise, skill])
    result = calibration(phi, flat, citizens, X, ["noise", "skill"])
    assert result["extra_sd_sorted"] < 0.02  # sorting by a constant sees nothing
    assert result["worst_feature"] == "skill"
    true_error = float(np.sqrt(np.mean((flat - truth) ** 2)))  # 0.049
    assert 0.6 * true_error < result["extra_sd"] < 1.4 * true_error


def test_a_model_that_found_the_heterogeneity_gets_little_allowance():
    skill, noise, truth, phi, citizens = _scores(2)
    X = np.column_stack([noise, skill])
    result = calibration(phi, truth, citizens, X, ["noise", "skill"])
    assert result["extra_sd"] < 0.02


def test_quantile_groups_keep_missing_values_apart():
    values = np.array([1.0, 2.0, np.nan, 3.0, 4.0, 5.0, np.nan])
    groups = quantile_groups(values)
    assert groups[2] == groups[6] == 5
    assert len(set(groups[[0, 1, 3, 4, 5]])) == 5

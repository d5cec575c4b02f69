"""Oster-style adjustment for selection on unobservables: the formula, its guards, and that it
moves a confounded estimate towards the truth on data with a known hidden confounder."""

from __future__ import annotations

import numpy as np
import pytest

from training.suggestions.config import TrainingConfig
from training.suggestions.selection_adjustment import oster_shift, selection_adjustment


def test_formula_matches_oster_with_delta_one():
    # beta* = beta_f - (beta_s - beta_f) * (1.3 R2f - R2f) / (R2f - R2s)
    shift = oster_shift(0.17, 0.09, 0.02, 0.11, delta=1.0, r_max_factor=1.3)
    assert shift == pytest.approx(-(0.17 - 0.09) * (0.3 * 0.11) / (0.11 - 0.02))


def test_shift_is_capped_and_can_be_turned_off():
    # Features explain little more than the arm alone: extrapolation would explode; capped.
    assert oster_shift(0.20, 0.10, 0.010, 0.016, 1.0, 3.0) == pytest.approx(-0.10)
    assert oster_shift(0.20, 0.10, 0.010, 0.012, 1.0, 1.3) == 0.0  # too little R2 gain
    assert oster_shift(0.20, 0.10, 0.01, 0.11, 0.0, 1.3) == 0.0  # delta 0: off
    assert oster_shift(0.05, 0.08, 0.01, 0.11, 1.0, 1.3) > 0  # negative selection: upwards


def _nuisances_by_group(group: np.ndarray, arm: np.ndarray,
                        y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Outcome per arm and propensity as group means: flexible models of the recorded data."""
    mu = np.zeros((len(y), 2))
    e = np.zeros((len(y), 2))
    for value in np.unique(group):
        inside = group == value
        e[inside, 1] = arm[inside].mean()
        for a in (0, 1):
            mu[inside, a] = y[inside & (arm == a)].mean()
    e[:, 0] = 1 - e[:, 1]
    return mu, e


def _confounded(seed: int, n: int = 40_000):
    """Hidden u drives choice and outcome; a recorded x carries part of u. True effect 0.05."""
    rng = np.random.default_rng(seed)
    u = rng.normal(size=n)
    x = 0.7 * u + rng.normal(scale=0.7, size=n)
    chosen = rng.random(n) < 1 / (1 + np.exp(-(-1.0 + 0.8 * u)))
    base = 1 / (1 + np.exp(-(-0.4 + 0.9 * u)))
    y = (rng.random(n) < np.clip(base + 0.05 * chosen, 0, 1)).astype(float)
    arm = chosen.astype(int)
    # Outcome and propensity models on the recorded x only (binned means).
    bins = np.digitize(x, np.quantile(x, np.linspace(0, 1, 21)[1:-1]))
    mu, e = _nuisances_by_group(bins, arm, y)
    return y, arm, mu, e


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_adjustment_moves_a_confounded_effect_towards_the_truth(seed):
    y, arm, mu, e = _confounded(seed)
    rows = np.ones(len(y), bool)
    result = selection_adjustment("P", y, arm, 1, rows, mu, e, 0.02, 1.0, 1.3)
    assert result.beta_short > result.beta_full > 0.05  # features remove part of the bias
    assert result.shift < 0
    assert abs(result.adjusted - 0.05) < abs(result.beta_full - 0.05)


def test_no_hidden_selection_means_little_shift():
    rng = np.random.default_rng(5)
    n = 40_000
    arm = (rng.random(n) < 0.3).astype(int)  # randomised
    y = (rng.random(n) < 0.4 + 0.05 * arm).astype(float)
    mu = np.column_stack([np.full(n, y[arm == 0].mean()), np.full(n, y[arm == 1].mean())])
    e = np.column_stack([np.full(n, 0.7), np.full(n, 0.3)])
    result = selection_adjustment("P", y, arm, 1, np.ones(n, bool), mu, e, 0.02, 1.0, 1.3)
    assert result.shift == 0.0  # the features add nothing: nothing to extrapolate


def test_config_refuses_a_negative_delta_and_a_small_r_max():
    with pytest.raises(ValueError, match="unobserved_selection_delta"):
        TrainingConfig(unobserved_selection_delta=-1)
    with pytest.raises(ValueError, match="r_max_factor"):
        TrainingConfig(r_max_factor=0.5)


def test_choosing_those_a_programme_helps_is_not_counted_as_confounding():
    """Caseworkers give the programme to the people it helps (recorded x), and those people do
    no better or worse without it: the raw difference is the effect on the treated, which is
    what it is compared with, so nothing is extrapolated (an ATE comparison would shift)."""
    rng = np.random.default_rng(9)
    n = 60_000
    x = rng.integers(0, 4, n)
    arm = (rng.random(n) < np.where(x == 0, 0.6, 0.1)).astype(int)
    effect = np.where(x == 0, 0.20, 0.0)
    y = (rng.random(n) < 0.4 + effect * arm).astype(float)
    mu, e = _nuisances_by_group(x, arm, y)
    result = selection_adjustment("P", y, arm, 1, np.ones(n, bool), mu, e, 0.02, 1.0, 1.3)
    assert abs(result.beta_full - 0.20 * 0.6 * 0.25 / (0.6 * 0.25 + 0.1 * 0.75)) < 0.02
    assert abs(result.shift) < 0.01

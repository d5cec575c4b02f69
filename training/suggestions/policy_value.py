"""Doubly robust policy values with a bootstrap clustered by citizen.

Gamma[i, a] = mu_a(x_i) + 1[T_i = a] (Y_i - mu_a(x_i)) / e_a(x_i) is an unbiased score of the
outcome had decision i taken arm a (given cross-fitted nuisances); a policy's value is the mean
of Gamma over its chosen arms, and two policies are compared row by row (paired).
"""

from __future__ import annotations

import numpy as np


def dr_scores(y: np.ndarray, arm: np.ndarray, mu: np.ndarray, e: np.ndarray,
              clip: float) -> np.ndarray:
    n_arms = mu.shape[1]
    taken = arm[:, None] == np.arange(n_arms)[None, :]
    return mu + taken * (y[:, None] - mu) / np.maximum(e, clip)


def chosen(gamma: np.ndarray, choice: np.ndarray) -> np.ndarray:
    return gamma[np.arange(len(choice)), choice]


def clustered_bootstrap(rows: dict[str, np.ndarray], citizens: np.ndarray, draws: int,
                        seed: int, level: float = 0.95) -> dict[str, dict[str, float]]:
    """Percentile intervals of each row-mean, resampling whole citizens."""
    _, group = np.unique(citizens, return_inverse=True)
    n_groups = int(group.max()) + 1
    counts = np.bincount(group, minlength=n_groups).astype(float)
    sums = {name: np.bincount(group, values, minlength=n_groups) for name, values in rows.items()}
    rng = np.random.default_rng(seed)
    weights = rng.multinomial(n_groups, np.full(n_groups, 1 / n_groups), size=draws)
    total = weights @ counts
    tail = (1 - level) / 2
    out = {}
    for name, values in rows.items():
        samples = (weights @ sums[name]) / total
        out[name] = {"estimate": float(values.mean()),
                     "ci_low": float(np.quantile(samples, tail)),
                     "ci_high": float(np.quantile(samples, 1 - tail))}
    return out


def capacity_choice(effect: np.ndarray, allowed: np.ndarray, capacity: np.ndarray) -> np.ndarray:
    """Greedy allocation: largest estimated effects first, at most capacity[a] rows per
    programme; rows left over get arm 0 ("none"). effect/allowed: (n, arms), arm 0 = none."""
    n = effect.shape[0]
    choice = np.zeros(n, dtype=np.int64)
    left = capacity.astype(float).copy()
    free = np.ones(n, dtype=bool)
    candidates = np.argwhere(allowed[:, 1:] & (effect[:, 1:] > 0))
    gains = effect[candidates[:, 0], candidates[:, 1] + 1]
    for index in np.argsort(-gains, kind="stable"):
        row, arm = candidates[index][0], candidates[index][1] + 1
        if free[row] and left[arm] >= 1:
            choice[row] = arm
            free[row] = False
            left[arm] -= 1
    return choice

"""Interval half-widths for the effects: replicate spread plus a calibration allowance.

Sampling noise: the K cross-fitting replicates of the whole pipeline (pooled start included)
each saw (K-1)/K of the citizens, and two of them share (K-2)/(K-1) of their data; so the
expected spread^2 between replicates is var(full-sample estimate) * K/(K-1)^2, and the shipped
mean of the replicates has about that full-sample variance. `scale` = (K-1)/sqrt(K) turns the
spread into its standard deviation. With so few replicates one case's spread is a noisy
variance estimate, so the app pools it with the arm's mean spread (`prior_df` degrees of
freedom, Smyth-style moderation).

Bias: the spread cannot see smoothing error, so each arm also gets an allowance from a
sorted-groups calibration on held-out folds (GATES, Chernozhukov et al.): the taught rows are
split into quintiles of their out-of-fold effect; in each, the mean doubly robust
pseudo-outcome estimates the true mean effect. The squared gap to the mean predicted effect,
less its squared standard error (clustered by citizen), estimates the squared error left in
that group; their average is the allowance's variance. No ground truth enters.
"""

from __future__ import annotations

from statistics import NormalDist

import numpy as np

GROUPS = 5
PRIOR_DF = 8.0  # weight of the arm's mean spread against one case's (K - 1) degrees of freedom


def pseudo_outcome(y: np.ndarray, arm: np.ndarray, mu: np.ndarray, e: np.ndarray, a: int,
                   clip: float) -> np.ndarray:
    """Doubly robust score of arm a's effect against none; its conditional mean is the
    effect (given cross-fitted nuisances). Inverse weights use max(e, clip)."""
    treated = (arm == a).astype(float)
    control = (arm == 0).astype(float)
    return (mu[:, a] - mu[:, 0] + treated * (y - mu[:, a]) / np.maximum(e[:, a], clip)
            - control * (y - mu[:, 0]) / np.maximum(e[:, 0], clip))


def replicate_scale(k: int) -> float:
    return (k - 1) / np.sqrt(k) if k > 1 else 0.0


def _cluster_se(values: np.ndarray, citizens: np.ndarray) -> float:
    _, groups = np.unique(citizens, return_inverse=True)
    sums = np.bincount(groups, values - values.mean())
    return float(np.sqrt((sums ** 2).sum()) / len(values))


def calibration(phi: np.ndarray, oof: np.ndarray, citizens: np.ndarray) -> dict:
    """Sorted-groups calibration of out-of-fold effects against DR pseudo-outcomes."""
    edges = np.quantile(oof, np.linspace(0, 1, GROUPS + 1)[1:-1])
    group = np.searchsorted(edges, oof, side="right")
    rows, squared = [], 0.0
    for g in range(GROUPS):
        inside = group == g
        if inside.sum() < 2:
            continue
        observed, predicted = float(phi[inside].mean()), float(oof[inside].mean())
        se = _cluster_se(phi[inside], citizens[inside])
        gap2 = max(0.0, (observed - predicted) ** 2 - se ** 2)
        squared += gap2 * inside.mean()
        rows.append({"group": g + 1, "rows": int(inside.sum()), "predicted": predicted,
                     "dr_mean": observed, "se": se})
    return {"groups": rows, "extra_sd": float(np.sqrt(squared))}


def z_value(level: float) -> float:
    return NormalDist().inv_cdf(0.5 + level / 2)

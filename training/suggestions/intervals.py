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
that group; their average is the allowance's variance. Sorting by the prediction cannot see
heterogeneity the model smoothed away (a group can mix people it helps a lot and people it
does not help, and still match on average), so the same check also runs along every input
feature (its values, or quintiles); the allowance is the largest of these. No ground truth
enters.
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


def _group_error(phi: np.ndarray, oof: np.ndarray, citizens: np.ndarray,
                 group: np.ndarray) -> tuple[float, list[dict]]:
    """Weighted mean squared gap (less its noise) between DR and predicted group means."""
    rows, squared = [], 0.0
    for g in np.unique(group):
        inside = group == g
        if inside.sum() < 2:
            continue
        observed, predicted = float(phi[inside].mean()), float(oof[inside].mean())
        se = _cluster_se(phi[inside], citizens[inside])
        squared += max(0.0, (observed - predicted) ** 2 - se ** 2) * inside.mean()
        rows.append({"group": int(g) + 1, "rows": int(inside.sum()), "predicted": predicted,
                     "dr_mean": observed, "se": se})
    return squared, rows


def quantile_groups(values: np.ndarray, groups: int = GROUPS) -> np.ndarray:
    """Group index per row: quantile groups of `values` (or its few distinct values); missing
    values form a group of their own."""
    out = np.full(len(values), groups, dtype=int)
    known = ~np.isnan(values)
    if known.any():
        edges = np.unique(np.quantile(values[known], np.linspace(0, 1, groups + 1)[1:-1]))
        out[known] = np.searchsorted(edges, values[known], side="right")
    return out


def calibration(phi: np.ndarray, oof: np.ndarray, citizens: np.ndarray,
                X: np.ndarray | None = None, names: list[str] | None = None,
                min_rows: int = 200) -> dict:
    """Sorted-groups calibration of out-of-fold effects against DR pseudo-outcomes, by the
    prediction and (with X) along each feature. Feature groups with fewer than `min_rows`
    rows are left out: their noise would dominate."""
    squared, rows = _group_error(phi, oof, citizens, quantile_groups(oof))
    worst, worst_name = squared, None
    for j in range(0 if X is None else X.shape[1]):
        group = quantile_groups(X[:, j])
        counts = np.bincount(group)
        small = counts[group] < min_rows
        if small.all():
            continue
        error, _ = _group_error(phi[~small], oof[~small], citizens[~small], group[~small])
        error *= float(np.mean(~small))
        if error > worst:
            worst, worst_name = error, (names[j] if names else str(j))
    return {"groups": rows, "extra_sd": float(np.sqrt(worst)),
            "extra_sd_sorted": float(np.sqrt(squared)), "worst_feature": worst_name}


def z_value(level: float) -> float:
    return NormalDist().inv_cdf(0.5 + level / 2)

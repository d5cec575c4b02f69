"""Cross-fitting folds and train/holdout splits by citizen, reproducible from a seed."""

from __future__ import annotations

import numpy as np


def citizen_folds(citizens: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Fold number (0..k-1) per row; all rows of a citizen share a fold."""
    unique = np.unique(citizens)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(unique))
    fold_of = {unique[i]: n % k for n, i in enumerate(order)}
    return np.fromiter((fold_of[c] for c in citizens), dtype=np.int64, count=len(citizens))


def holdout_citizens(citizens: np.ndarray, share: float, seed: int) -> set[str]:
    """A random set of about `share` of the citizens, kept out of training."""
    unique = np.unique(citizens)
    if share <= 0:
        return set()
    rng = np.random.default_rng(seed + 7919)
    size = round(share * len(unique))
    return {str(c) for c in rng.choice(unique, size=size, replace=False)}

"""LightGBM fitting helpers shared by the nuisance and effect stages.

Early stopping uses a slice of *citizens* (never of rows), so several decisions of one person
never sit on both sides of a validation split.
"""

from __future__ import annotations

from typing import Any

import lightgbm as lgb
import numpy as np

BASE_PARAMS: dict[str, Any] = {
    "verbosity": -1,
    "learning_rate": 0.05,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "max_bin": 63,
    "deterministic": True,
    "force_row_wise": True,
}


def citizen_split(groups: np.ndarray, share: float, seed: int) -> np.ndarray:
    """Boolean mask selecting about `share` of the citizens (all their rows)."""
    unique = np.unique(groups)
    rng = np.random.default_rng(seed)
    chosen = set(rng.choice(unique, size=max(1, round(share * len(unique))), replace=False))
    return np.fromiter((g in chosen for g in groups), dtype=bool, count=len(groups))


def fit(X: np.ndarray, y: np.ndarray, params: dict[str, Any], rounds: int, seed: int,
        groups: np.ndarray | None = None, early_stopping: bool = True,
        weight: np.ndarray | None = None, init_score: np.ndarray | None = None) -> lgb.Booster:
    """Fit a booster; with `groups`, stop early on 15% of citizens held out from the fit.
    With `init_score` the trees model y - init_score (the booster excludes the start)."""
    full = {**BASE_PARAMS, **params, "seed": seed}

    def part(mask: np.ndarray | None, vector: np.ndarray | None) -> np.ndarray | None:
        return None if vector is None or mask is None else vector[mask]

    if early_stopping and groups is not None and len(np.unique(groups)) >= 20:
        valid = citizen_split(groups, 0.15, seed)
        train_set = lgb.Dataset(X[~valid], y[~valid], weight=part(~valid, weight),
                                init_score=part(~valid, init_score), free_raw_data=False)
        valid_set = lgb.Dataset(X[valid], y[valid], reference=train_set,
                                weight=part(valid, weight), init_score=part(valid, init_score))
        return lgb.train(full, train_set, num_boost_round=rounds, valid_sets=[valid_set],
                         callbacks=[lgb.early_stopping(20, verbose=False)])
    return lgb.train(full, lgb.Dataset(X, y, weight=weight, init_score=init_score),
                     num_boost_round=rounds)


def best_rounds(booster: lgb.Booster, fallback: int) -> int:
    best = booster.best_iteration
    return int(best) if best and best > 0 else fallback


def fit_refit(X: np.ndarray, y: np.ndarray, params: dict[str, Any], rounds: int, seed: int,
              groups: np.ndarray) -> lgb.Booster:
    """Pick the number of rounds by early stopping, then refit on all rows (for export)."""
    probe = fit(X, y, params, rounds, seed, groups=groups)
    return fit(X, y, params, max(10, best_rounds(probe, rounds)), seed, early_stopping=False)


def trimmed(booster: lgb.Booster) -> lgb.Booster:
    """A copy holding only the trees up to the best iteration (what gets exported)."""
    best = booster.best_iteration
    if not best or best <= 0 or best >= booster.current_iteration():
        return booster
    return lgb.Booster(model_str=booster.model_to_string(num_iteration=best))


class Binned:
    """One feature matrix binned once and trained on with several labels and seeds (the
    distillation ensembles of one programme all learn from the same rows). LightGBM bins up to
    200,000 rows exactly, so below that every fit equals a fit on a fresh Dataset; above it the
    bin boundaries come from the first fit's sample of rows."""

    def __init__(self, X: np.ndarray) -> None:
        self.dataset = lgb.Dataset(X, label=np.zeros(len(X)), free_raw_data=False)

    def fit(self, y: np.ndarray, params: dict[str, Any], rounds: int, seed: int) -> lgb.Booster:
        self.dataset.set_label(y)
        return lgb.train({**BASE_PARAMS, **params, "seed": seed}, self.dataset,
                         num_boost_round=rounds)

"""Cross-fitted nuisance estimates: propensity of each arm and chance of the outcome per arm.

Every prediction for a row comes from models that never saw that row's citizen (cross-fitting),
which is what makes the doubly robust scores downstream honest.
"""

from __future__ import annotations

from dataclasses import dataclass

import lightgbm as lgb
import numpy as np

from training.suggestions import boosting

PROPENSITY_PARAMS = {"objective": "multiclass", "num_leaves": 7, "min_data_in_leaf": 40,
                     "learning_rate": 0.1}
OUTCOME_PARAMS = {"objective": "binary", "num_leaves": 15, "min_data_in_leaf": 30,
                  "learning_rate": 0.1}


@dataclass
class Nuisance:
    propensity: np.ndarray  # (n, arms), rows sum to 1
    outcome: np.ndarray  # (n, arms): chance of the outcome under each arm


def cross_fit_propensity(X: np.ndarray, arm: np.ndarray, n_arms: int, folds: np.ndarray,
                         citizens: np.ndarray, rounds: int, seed: int,
                         threads: int) -> tuple[np.ndarray, lgb.Booster]:
    """Cross-fitted propensities, and the first fold's model (the support check in the app
    only needs a propensity, not the best one; this saves a full-data refit)."""
    ks = [int(k) for k in np.unique(folds)]
    parts = [propensity_fold(X, arm, n_arms, folds, citizens, rounds, seed, threads, k,
                             keep_model=k == ks[0]) for k in ks]
    return assemble_propensity(folds, n_arms, ks, parts)


def propensity_fold(X: np.ndarray, arm: np.ndarray, n_arms: int, folds: np.ndarray,
                    citizens: np.ndarray, rounds: int, seed: int, threads: int, k: int,
                    keep_model: bool = False) -> tuple[np.ndarray, lgb.Booster | None]:
    """One cross-fitting task: a model of the other folds' decisions, its predictions for fold
    k's rows, and (with `keep_model`) the model trimmed to its best iteration."""
    params = {**PROPENSITY_PARAMS, "num_class": n_arms, "num_threads": threads}
    train = folds != k
    model = boosting.fit(X[train], arm[train], params, rounds, seed + int(k),
                         groups=citizens[train])
    predicted = model.predict(X[folds == k], num_iteration=model.best_iteration)
    return predicted, boosting.trimmed(model) if keep_model else None


def assemble_propensity(folds: np.ndarray, n_arms: int, ks: list[int],
                        parts: list[tuple[np.ndarray, lgb.Booster | None]]
                        ) -> tuple[np.ndarray, lgb.Booster]:
    out = np.zeros((len(folds), n_arms))
    for k, (predicted, _) in zip(ks, parts, strict=True):
        out[folds == k] = predicted
    first = parts[0][1]
    assert first is not None
    return out, first


def cross_fit_outcomes(X: np.ndarray, arm: np.ndarray, y: np.ndarray, n_arms: int,
                       folds: np.ndarray, citizens: np.ndarray, rounds: int, seed: int,
                       threads: int) -> np.ndarray:
    """mu[:, a] = chance of the outcome under arm a, from models of arm a's other folds."""
    observed = ~np.isnan(y)
    out = np.full((len(X), n_arms), np.nan)
    params = {**OUTCOME_PARAMS, "num_threads": threads}
    for a in range(n_arms):
        for k in np.unique(folds):
            train = (folds != k) & (arm == a) & observed
            target = folds == k
            out[target, a] = _fit_predict(X, y, train, target, params, rounds,
                                          seed + 31 * a + int(k), citizens)
    return out


def _fit_predict(X: np.ndarray, y: np.ndarray, train: np.ndarray, target: np.ndarray,
                 params: dict, rounds: int, seed: int, citizens: np.ndarray) -> np.ndarray:
    labels = y[train]
    if len(labels) == 0:
        return np.full(target.sum(), np.nan)
    rate = float(labels.mean())
    if len(labels) < 40 or rate in (0.0, 1.0):
        # Too few to learn a shape: the arm's mean, shrunk towards one half a little.
        return np.full(target.sum(), (labels.sum() + 1) / (len(labels) + 2))
    model = boosting.fit(X[train], labels, params, rounds, seed, groups=citizens[train])
    return model.predict(X[target], num_iteration=model.best_iteration)

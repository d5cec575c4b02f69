"""A pooled outcome model over all arms (S-learner), cross-fitted by citizen.

One LightGBM regression on the features plus a one-hot of the arm learns the part of the
outcome that all arms share from every decision, so each programme's contrast against "none"
rests on far more data than a model of that programme's decisions alone. Its per-arm
predictions serve twice: as the outcome nuisance (chance of the outcome under each arm, for
the R-learner's residuals and the doubly robust scores) and, per fold, as the start of each
programme's effect, which the R-learner stage then corrects (r_learner.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import lightgbm as lgb
import numpy as np

from training.suggestions import boosting

PARAMS = {"objective": "regression", "num_leaves": 31, "min_data_in_leaf": 50,
          "learning_rate": 0.05, "feature_fraction": 0.9}
ROUNDS = 1000
LEVEL_BOUNDS = (0.002, 0.998)  # a regression on 0/1 can stray outside; chances cannot


def with_arm(X: np.ndarray, arm: np.ndarray | int, n_arms: int) -> np.ndarray:
    onehot = np.zeros((len(X), n_arms))
    onehot[np.arange(len(X)), arm] = 1.0
    return np.hstack([X, onehot])


def levels(model: lgb.Booster, X: np.ndarray, n_arms: int) -> np.ndarray:
    """(n, arms) predicted outcome under each arm."""
    best = model.best_iteration or None
    return np.column_stack([model.predict(with_arm(X, a, n_arms), num_iteration=best)
                            for a in range(n_arms)])


@dataclass
class PooledFit:
    oof: np.ndarray  # (n, arms) cross-fitted chance of the outcome under each arm
    models: list[lgb.Booster]  # models[k] never saw fold k
    starts: list[np.ndarray]  # starts[k]: (n, arms) fold-k model's contrasts on every row

    def contrasts(self, k: int, X: np.ndarray) -> np.ndarray:
        """(n, arms) fold-k model's outcome under each arm minus under "none"."""
        out = levels(self.models[k], X, self.oof.shape[1])
        return out - out[:, :1]


def cross_fit_pooled(X: np.ndarray, arm: np.ndarray, y: np.ndarray, n_arms: int,
                     folds: np.ndarray, citizens: np.ndarray, seed: int,
                     threads: int) -> PooledFit:
    observed = ~np.isnan(y)
    oof = np.zeros((len(X), n_arms))
    params = {**PARAMS, "num_threads": threads}
    models = []
    for k in range(int(folds.max()) + 1):
        train = observed & (folds != k)
        model = boosting.fit(with_arm(X[train], arm[train], n_arms), y[train], params, ROUNDS,
                             seed + int(k), groups=citizens[train])
        oof[folds == k] = levels(model, X[folds == k], n_arms)
        models.append(model)
    # Every programme's R-learner stage needs each fold model's contrasts on the training
    # rows; predicting them once here saves arms x folds repeated passes.
    starts = [PooledFit(oof, models, []).contrasts(k, X) for k in range(len(models))]
    return PooledFit(np.clip(oof, *LEVEL_BOUNDS), models, starts)

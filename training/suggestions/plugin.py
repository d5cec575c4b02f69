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
    onehot = np.zeros((len(X), n_arms), dtype=X.dtype)
    onehot[np.arange(len(X)), arm] = 1.0
    return np.hstack([X, onehot])


LEVEL_BLOCK = 250_000  # rows predicted at a time: one arm's copy of X stays small


def levels(model: lgb.Booster, X: np.ndarray, n_arms: int) -> np.ndarray:
    """(n, arms) predicted outcome under each arm (row blocks: memory stays bounded)."""
    best = model.best_iteration or None
    out = np.empty((len(X), n_arms))
    for start in range(0, len(X), LEVEL_BLOCK):
        block = X[start:start + LEVEL_BLOCK]
        for a in range(n_arms):
            out[start:start + len(block), a] = model.predict(with_arm(block, a, n_arms),
                                                             num_iteration=best)
    return out


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
    parts = [pooled_fold(X, arm, y, n_arms, folds, citizens, seed, threads, k)
             for k in range(int(folds.max()) + 1)]
    return assemble_pooled(folds, parts)


def pooled_fold(X: np.ndarray, arm: np.ndarray, y: np.ndarray, n_arms: int, folds: np.ndarray,
                citizens: np.ndarray, seed: int, threads: int,
                k: int) -> tuple[lgb.Booster, np.ndarray]:
    """One cross-fitting task: the model of the other folds' observed decisions, and its
    outcome under each arm on every row (fold k's rows are its out-of-fold predictions; every
    programme's R-learner stage starts from its contrasts on the training rows)."""
    observed = ~np.isnan(y)
    train = observed & (folds != k)
    params = {**PARAMS, "num_threads": threads}
    model = boosting.fit(with_arm(X[train], arm[train], n_arms), y[train], params, ROUNDS,
                         seed + int(k), groups=citizens[train])
    return model, levels(model, X, n_arms)


def assemble_pooled(folds: np.ndarray,
                    parts: list[tuple[lgb.Booster, np.ndarray]]) -> PooledFit:
    n_arms = parts[0][1].shape[1]
    oof = np.zeros((len(folds), n_arms))
    models, starts = [], []
    for k, (model, level) in enumerate(parts):
        oof[folds == k] = level[folds == k]
        models.append(model)
        level -= level[:, :1].copy()  # in place: at a million citizens each is ~0.4 GB
        starts.append(level)
    return PooledFit(np.clip(oof, *LEVEL_BOUNDS), models, starts)
